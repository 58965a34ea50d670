/**
 * The CLI as a user runs it: a real process over real files. Needs the build (npm test builds first).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DealRecordSchema } from '../../src/schema/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/dealsift.js');

function dealsift(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input ?? '', encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

const ARTICLE = 'Acme Widgets agreed to buy\n\nAcme Corp said on Monday it agreed to acquire Widget Inc for $500 million in cash.\n\nThe deal is expected to close in the third quarter of 2027.';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'dealsift-cli-'));
}

describe('dealsift extract', () => {
  it('writes one line per input, an error line for each bad one, and exits 1', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a-good.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'b-empty.txt'), '   \n');
    writeFileSync(path.join(dir, 'c-binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    writeFileSync(path.join(dir, 'notes.md'), 'not an article');
    const r = dealsift(['extract', dir], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(3);
    const [good, empty, binary] = r.lines.map((l) => JSON.parse(l));
    expect(DealRecordSchema.safeParse(good).success).toBe(true);
    expect(good.id).toBe('a-good.txt');
    expect(empty).toMatchObject({ id: 'b-empty.txt', error: { code: 'EMPTY_INPUT' } });
    expect(binary).toMatchObject({ id: 'c-binary.html', error: { code: 'BINARY_INPUT' } });
    expect(empty.error.message).toContain('b-empty.txt');
    expect(r.stderr).toContain('b-empty.txt');
  });

  it('reads JSONL from stdin with --jsonl, keeping input order and reporting bad lines', () => {
    const lines = [
      JSON.stringify({ id: 'one', text: ARTICLE, publishedAt: '2026-03-02' }),
      '{not json',
      JSON.stringify({ id: 'three', html: `<html><body><article><p>${ARTICLE.replace(/\n\n/g, '</p><p>')}</p></article></body></html>` }),
      JSON.stringify({ id: 'four', text: 'x', html: '<p>x</p>' }),
    ].join('\n');
    const r = dealsift(['extract', '--jsonl', '-'], { input: lines });
    expect(r.code).toBe(1);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['one', '-:2', 'three', 'four']);
    expect(out[0].source.publishedAt).toBe('2026-03-02');
    expect(out[1].error.code).toBe('BAD_JSONL');
    expect(out[3].error.code).toBe('BAD_JSONL');
  });

  it('writes to -o FILE and exits 0 when every input succeeds', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    const r = dealsift(['extract', 'a.txt', '-o', 'out.jsonl', '--published', '2026-03-02'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const rec = JSON.parse(readFileSync(path.join(dir, 'out.jsonl'), 'utf8').trim());
    expect(rec.source.publishedAt).toBe('2026-03-02');
    expect(rec.deal?.type).toBe('acquisition');
  });

  it('prints a human-readable view with --pretty', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    const r = dealsift(['extract', '--pretty', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/deal: acquisition/);
    expect(r.stdout).toMatch(/acquirer\s+Acme Corp/);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    const a = dealsift(['extract', 'corpus']);
    const b = dealsift(['extract', 'corpus']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.lines.length).toBe(readdirSync(path.join(root, 'corpus')).length);
  });
});

describe('usage errors exit 2 and say what was expected', () => {
  it.each([
    [['extract'], /missing required argument/i],
    [['extract', 'corpus', '--published', 'yesterday'], /expected an ISO date/],
    [['frobnicate'], /unknown command/i],
    [['extract', '--no-such-flag', 'corpus'], /unknown option/i],
  ])('%j', (args, message) => {
    const r = dealsift(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
  it('a missing file is an error line, not a crash', () => {
    const r = dealsift(['extract', 'no/such/file.txt']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.lines[0])).toMatchObject({ id: 'no/such/file.txt', error: { code: 'READ_FAILED' } });
  });
});

describe('the dealsift executable', () => {
  it('runs through its first lines (sh, then node with the flags it sets there)', () => {
    // run the file itself, as npm's bin link does (not `node bin/dealsift.js`)
    const r = spawnSync(bin, ['extract', '-', '-q'], { input: ARTICLE, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).deal.type).toBe('acquisition');
    // POSIX sh starts node with the options (not `env -S`, which BusyBox lacks)
    const [shebang, exec] = readFileSync(bin, 'utf8').split('\n');
    expect(shebang).toBe('#!/bin/sh');
    expect(exec).toMatch(/^":" \/\/; exec node --max-semi-space-size=\d+ --no-regexp-tier-up --no-turbo-inlining "\$0" "\$@"$/);
  });
});

describe('dealsift ingest and schema', () => {
  it('ingest prints the ingest stage fields only', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    const r = dealsift(['ingest', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const o = JSON.parse(r.lines[0]);
    expect(Object.keys(o).sort()).toEqual(['author', 'id', 'publishedAt', 'siteName', 'text', 'title', 'url']);
    expect(o.title).toBe('Acme Widgets agreed to buy');
    expect(o.text.startsWith('Acme Widgets agreed to buy\n\nAcme Corp said')).toBe(true);
  });
  it('schema prints a JSON Schema of the record', () => {
    const r = dealsift(['schema']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'source', 'text', 'entities', 'money', 'percentages', 'dates', 'deal']));
  });
});

describe('dealsift check', () => {
  it('reports a missing golden file, blesses it only with --update, then reports a changed field by path', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'corpus'));
    writeFileSync(path.join(dir, 'corpus', 'acme.txt'), ARTICLE);
    let r = dealsift(['check'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no golden file/);
    expect(() => readdirSync(path.join(dir, 'golden'))).toThrow();

    r = dealsift(['check', '--update'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/updated golden\/acme.json/);
    r = dealsift(['check'], { cwd: dir });
    expect(r.code).toBe(0);

    const file = path.join(dir, 'golden', 'acme.json');
    const rec = JSON.parse(readFileSync(file, 'utf8'));
    rec.deal.type = 'merger';
    writeFileSync(file, JSON.stringify(rec, null, 2));
    r = dealsift(['check'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/deal\.type\s+expected "merger"\s+actual\s+"acquisition"/);

    // --update rewrites only what changed, and refuses to run with an orphan golden file
    copyFileSync(file, path.join(dir, 'golden', 'orphan.json'));
    r = dealsift(['check', '--update'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refusing to update/);
  });
});
