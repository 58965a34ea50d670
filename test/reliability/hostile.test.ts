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

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** name -> contents: the bad files of a real batch. */
function hostileFiles(): Record<string, string | Buffer> {
  const para = '<p>Acme Corp said it agreed to acquire Widget Inc for 12.2 mln dlrs in cash and notes.</p>\n';
  return {
    'empty.txt': '',
    'whitespace.txt': ' \n\t\n  \r\n',
    'image.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array(200).fill(0)]),
    'archive.txt': Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 0), Buffer.from([0xff, 0xfe, 0x00, 0x13])]),
    'truncated.html': '<html><head><title>Acme to buy Wid',
    'truncated-body.html': `<html><body><article>${para}<p>Acme Corp said it agreed to acq`,
    'huge.html': `<html><body><article>${para.repeat(260_000)}</article></body></html>`, // about 23 MB
    'deep.html': `<html><body>${'<div>'.repeat(100_000)}Acme Corp agreed to buy Widget Inc.${'</div>'.repeat(100_000)}</body></html>`,
    'all-script.html': `<html><head><style>${'p{color:red}'.repeat(1000)}</style></head><body><script>${'var x = 1;'.repeat(5000)}</script></body></html>`,
    'chinese.txt': '阿里巴巴集团同意以120亿美元收购一家公司。\n\n该交易预计将于2027年完成。',
    'arabic.txt': 'وافقت شركة أرامكو على شراء حصة بنسبة 20% في الشركة مقابل 13 مليار دولار.',
    'russian.txt': 'Компания «Газпром» согласилась купить 51% акций за 12 млн долларов.',
    'invalid-utf8.txt': Buffer.concat([Buffer.from('Acme Corp agreed to buy Widget Inc for $5 million '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), Buffer.from(' in cash.')]),
    'wrong-charset.html': Buffer.from('<html><head><meta charset="shift_jis"></head><body><p>Société Générale agreed to buy a 9.9% stake in Acme for €120 million.</p></body></html>', 'utf8'),
    'nul.txt': Buffer.from('Acme Corp\u0000 agreed\u0000 to buy\u0000 Widget Inc.'),
    'long-line.txt': 'A'.repeat(10 * 1024 * 1024),
    'digits.txt': `${'9'.repeat(200_000)} ${'$'.repeat(100_000)} ${'. '.repeat(100_000)} ${'ABC '.repeat(100_000)}`,
  };
}

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
