/**
 * Hostile and broken files in one batch with the corpus: every input yields exactly one line
 * (a record, or an error line whose message names the input), nothing crashes, exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DealRecordSchema } from '../../src/schema/index.js';
import { hostileFiles } from './hostile-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('a batch of the corpus mixed with every bad file', () => {
  it('yields one line per input and exit code 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dealsift-hostile-'));
    cpSync(path.join(root, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
    mkdirSync(path.join(dir, 'bad'));
    const files = hostileFiles();
    for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, 'bad', name), body);
    symlinkSync(path.join(dir, 'bad'), path.join(dir, 'bad', 'loop'));
    const nCorpus = readdirSync(path.join(dir, 'corpus')).length;
    const r = spawnSync(process.execPath, [path.join(root, 'bin/dealsift.js'), 'extract', 'corpus', 'bad', '--quiet', '--timeout', '120000'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(r.status, r.stderr.slice(-2000)).toBe(1);
    const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines).toHaveLength(nCorpus + Object.keys(files).length);
    const byId = new Map(lines.map((l) => [l.id, l]));
    for (const name of Object.keys(files)) expect(byId.has(`bad/${name}`), name).toBe(true);
    for (const l of lines) {
      if (l.error) {
        expect(typeof l.error.code).toBe('string');
        expect(l.error.message).toContain(l.id);
      } else {
        const parsed = DealRecordSchema.safeParse(l);
        expect(parsed.success, l.id).toBe(true);
      }
    }
    // corpus articles all succeed; the expected failures fail with the right codes
    for (const l of lines.filter((x) => x.id.startsWith('corpus/'))) expect(l.error, l.id).toBeUndefined();
    expect(byId.get('bad/empty.txt').error.code).toBe('EMPTY_INPUT');
    expect(byId.get('bad/whitespace.txt').error.code).toBe('EMPTY_INPUT');
    expect(byId.get('bad/image.html').error.code).toBe('BINARY_INPUT');
    expect(byId.get('bad/huge.html').error.code).toBe('TOO_LARGE');
    expect(byId.get('bad/long-line.txt').error?.code ?? 'record').toMatch(/TOO_LARGE|record/);
    // text in other scripts is a record (no deal found is fine), not an error
    for (const n of ['chinese.txt', 'arabic.txt', 'russian.txt', 'invalid-utf8.txt', 'wrong-charset.html', 'deep.html']) {
      expect(byId.get(`bad/${n}`).error, n).toBeUndefined();
    }
  }, 240_000);
});
