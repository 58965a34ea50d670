/**
 * The batch options of `dealsift extract` as a user runs them: a real process over real files.
 * Needs the build (npm test builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/dealsift.js');
const corpus = path.join(root, 'corpus');

function dealsift(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input ?? '', encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'dealsift-batch-'));
const corpusFiles = readdirSync(corpus).sort();
const corpusIds = corpusFiles.map((f) => `corpus/${f}`);

/** A JSONL file of n items: the corpus's .txt articles, round and round, each with its own id. */
function jsonlOf(n: number, dir: string): { file: string; ids: string[] } {
  const texts = corpusFiles.filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(corpus, f), 'utf8'));
  const ids = Array.from({ length: n }, (_, i) => `item-${String(i).padStart(4, '0')}`);
  const file = path.join(dir, 'items.jsonl');
  writeFileSync(file, ids.map((id, i) => JSON.stringify({ id, text: texts[i % texts.length] })).join('\n') + '\n');
  return { file, ids };
}

const ids = (jsonl: string) =>
  jsonl
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).id as string);

describe('dealsift extract --jobs', () => {
  it('gives byte-identical output, in input order, with 1 and with 2 workers', () => {
    const one = dealsift(['extract', 'corpus', '--jobs', '1']);
    const two = dealsift(['extract', 'corpus', '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(ids(two.stdout)).toEqual(corpusIds);
    expect(two.stdout).toBe(one.stdout);
  });

  it('keeps stdout for JSONL: the summary goes to stderr, and --quiet silences it', () => {
    const r = dealsift(['extract', 'corpus/' + corpusFiles[0], '-j', '2']);
    expect(r.lines.map((l) => JSON.parse(l).id)).toEqual([corpusIds[0]]);
    expect(r.stderr).toMatch(/^dealsift: 1 record, 0 errors, \d+ deals? found in [\d.]+ s \([\d.]+ articles\/s\)\n$/);
    const q = dealsift(['extract', 'corpus/' + corpusFiles[0], '--quiet']);
    expect(q.stderr).toBe('');
    expect(q.stdout).toBe(r.stdout);
  });
});

describe('dealsift extract --resume', () => {
  it('skips the ids already in the file, repairs a truncated last line, and appends the rest', () => {
    const dir = tempDir();
    const { file } = jsonlOf(12, dir);
    const full = path.join(dir, 'full.jsonl');
    expect(dealsift(['extract', file, '-o', full, '-q'], { cwd: dir }).code).toBe(0);
    const whole = readFileSync(full, 'utf8');
    const kept = whole.split('\n').slice(0, 7);
    const out = path.join(dir, 'out.jsonl');
    writeFileSync(out, `${kept.join('\n')}\n${whole.split('\n')[7].slice(0, 50)}`); // an interrupted 8th line

    const r = dealsift(['extract', file, '-o', out, '--resume'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/dropped a truncated last line/);
    expect(r.stderr).toMatch(/5 records, 0 errors, .* 7 skipped/);
    expect(readFileSync(out, 'utf8')).toBe(whole);

    const again = dealsift(['extract', file, '-o', out, '--resume'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 records, 0 errors, .* 12 skipped/);
    expect(readFileSync(out, 'utf8')).toBe(whole);
  });

  it('resumes into an empty file (a run killed before its first line): the whole output, as one run writes it', () => {
    const dir = tempDir();
    const { file } = jsonlOf(5, dir);
    const full = path.join(dir, 'full.jsonl');
    expect(dealsift(['extract', file, '-o', full, '-q'], { cwd: dir }).code).toBe(0);
    const out = path.join(dir, 'out.jsonl');
    writeFileSync(out, '');
    const r = dealsift(['extract', file, '-o', out, '--resume'], { cwd: dir });
    expect(r.stderr).not.toMatch(/out of range/);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/5 records, 0 errors/);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(full, 'utf8'));
  });

  it('resumes inputs that share an id: as many of them are skipped as have a line, the others run', () => {
    const dir = tempDir();
    const text = readFileSync(path.join(corpus, corpusFiles.find((f) => f.endsWith('.txt'))!), 'utf8');
    const file = path.join(dir, 'dup.jsonl');
    const items = ['a', 'b', 'a', 'c', 'a'].map((id, i) => JSON.stringify({ id, text: i === 2 ? '' : text }));
    writeFileSync(file, `${items.join('\n')}\n`);
    const full = path.join(dir, 'full.jsonl');
    expect(dealsift(['extract', file, '-o', full, '-q'], { cwd: dir }).code).toBe(1); // the empty 'a'
    const whole = readFileSync(full, 'utf8');
    expect(ids(whole)).toEqual(['a', 'b', 'a', 'c', 'a']);
    const out = path.join(dir, 'out.jsonl');
    writeFileSync(out, whole.split('\n').slice(0, 2).join('\n') + '\n'); // killed after 'a', 'b'
    const r = dealsift(['extract', file, '-o', out, '--resume'], { cwd: dir });
    expect(r.stderr).toMatch(/2 records, 1 error, .* 2 skipped/);
    expect(readFileSync(out, 'utf8')).toBe(whole);
  });

  it('needs -o FILE', () => {
    const r = dealsift(['extract', 'corpus', '--resume']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--resume: expected -o FILE/);
  });
});

describe('an interrupted run', () => {
  it('stops on SIGINT with whole lines only and exit 130; --resume then completes it', async () => {
    const dir = tempDir();
    const { file, ids: all } = jsonlOf(150, dir);
    const out = path.join(dir, 'out.jsonl');
    const child = spawn(process.execPath, [bin, 'extract', file, '-o', out, '-j', '2'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // interrupt once the first lines are written
    for (let i = 0; i < 600 && !(existsSync(out) && readFileSync(out, 'utf8').includes('\n')); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    const partial = readFileSync(out, 'utf8');
    expect(partial.endsWith('\n')).toBe(true);
    const done = ids(partial); // every line parses
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(all.length);
    expect(done).toEqual(all.slice(0, done.length));

    const r = dealsift(['extract', file, '-o', out, '--resume', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(ids(readFileSync(out, 'utf8'))).toEqual(all);
  });
});

describe('dealsift extract --timeout', () => {
  it('turns a pathological input into a TIMEOUT line and goes on', () => {
    const dir = tempDir();
    const article = readFileSync(path.join(corpus, corpusFiles.find((f) => f.endsWith('.txt'))!), 'utf8');
    // just under the pipeline's size limit (1,000,000 characters): seconds of work, a hundred times an article's.
    // The limit is 1 s of CPU: the first article in a fresh thread (the last one runs in the thread that
    // replaces the stopped one) pays up to half a second compiling the rules it reaches, on base as on HEAD.
    const huge = Array(Math.floor(990_000 / (article.length + 2))).fill(article).join('\n\n');
    const items = [
      { id: 'first', text: article },
      { id: 'huge', text: huge },
      { id: 'last', text: article },
    ];
    const r = dealsift(['extract', '--jsonl', '-', '--timeout', '1000', '-j', '1'], { input: items.map((i) => JSON.stringify(i)).join('\n'), cwd: dir });
    expect(r.code).toBe(1);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.error?.code ?? 'ok'])).toEqual([
      ['first', 'ok'],
      ['huge', 'TIMEOUT'],
      ['last', 'ok'],
    ]);
    expect(out[1].error.message).toMatch(/^huge: took longer than the time limit of 1000 ms/);
    expect(r.stderr).toMatch(/huge: took longer/);
  });
});

describe('batch usage errors exit 2', () => {
  it.each([
    [['extract', 'corpus', '--jobs', '0'], /--jobs: expected a whole number of worker threads/],
    [['extract', 'corpus', '-j', 'many'], /--jobs: expected/],
    [['extract', 'corpus', '--timeout', '-5'], /--timeout: expected a time limit/],
    [['extract', 'corpus', '-o', 'x.jsonl', '--resume', '--pretty'], /--resume: works on JSONL output/],
  ])('%j', (args, message) => {
    const r = dealsift(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
