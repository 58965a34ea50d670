/**
 * Output faults: an -o path that cannot be written, a full disk (a file-size limit with `ulimit -f`;
 * a small tmpfs where this machine lets us mount one), a standard output closed by its reader. Each
 * gets a clear error naming the output and its own exit code, and a file that ends with whole lines,
 * which --resume then completes to the bytes of one uninterrupted run. Needs the build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, corpus, dealsift, tempDir } from './helpers.js';

const dir = tempDir('output');
let full = Buffer.alloc(0);

beforeAll(() => {
  const r = dealsift(['extract', corpus, '-o', path.join(dir, 'full.jsonl'), '-q'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  full = readFileSync(path.join(dir, 'full.jsonl'));
}, 60_000);

/** Whole lines, each a JSON object, and a byte prefix of the uninterrupted run. */
function expectWholePrefix(file: string): Buffer {
  const b = readFileSync(file);
  expect(b.length).toBeGreaterThan(0);
  expect(b.length).toBeLessThan(full.length);
  expect(b.at(-1), 'the file ends with a newline').toBe(0x0a);
  for (const l of b.toString('utf8').split('\n').filter(Boolean)) expect(() => JSON.parse(l)).not.toThrow();
  expect(b.equals(full.subarray(0, b.length))).toBe(true);
  return b;
}

/** `dealsift args` run by bash under a file-size limit of `kb` KB. */
function underFileLimit(kb: number, args: string[], redirect = '') {
  const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `ulimit -f ${kb} && exec ${quoted} ${redirect}`], { cwd: dir, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe('an -o path that cannot be written', () => {
  const file = path.join(dir, 'a-file');
  writeFileSync(file, 'x');
  it.each([
    ['a missing directory', ['extract', corpus, '-o', path.join(dir, 'no-such-dir', 'out.jsonl')], /no-such-dir\/out\.jsonl: cannot open it for writing: no such directory \(ENOENT\)/],
    ['a directory', ['extract', corpus, '-o', dir], /: cannot open it for writing: it is a directory \(EISDIR\)/],
    ['a directory, with --resume', ['extract', corpus, '-o', dir, '--resume'], /: cannot open it for writing: it is a directory \(EISDIR\)/],
    ['a path through a file', ['ingest', corpus, '-o', path.join(file, 'out.jsonl')], /a-file\/out\.jsonl: cannot open it for writing: a part of the path is not a directory \(ENOTDIR\)/],
    ['queue collect into a missing directory', ['queue', 'collect', '--redis', 'redis://127.0.0.1:1', '-o', path.join(dir, 'no-such-dir', 'q.jsonl')], /q\.jsonl: cannot open it for writing/],
  ])('%s: exit 2 before any input is read, the file named', (_what, args, message) => {
    const r = dealsift(args as string[], { cwd: dir });
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('a full disk: a file-size limit (ulimit -f)', () => {
  it('-o FILE: exit 74, the file named, whole lines left; --resume without the limit completes it', () => {
    const out = path.join(dir, 'limited.jsonl');
    const r = underFileLimit(100, ['extract', corpus, '-o', out, '-q']);
    expect(r.code, r.stderr).toBe(74);
    expect(r.stderr).toMatch(/limited\.jsonl: writing failed: the file is too large .*\(EFBIG\); stopped: the file ends with the last whole line \(\d+ written by this run\); run the same command with --resume/);
    const kept = expectWholePrefix(out);
    expect(kept.length).toBeLessThanOrEqual(100 * 1024);

    // again under the same limit: nothing more fits; the file is left as it was
    const again = underFileLimit(100, ['extract', corpus, '-o', out, '-q', '--resume']);
    expect(again.code).toBe(74);
    expect(readFileSync(out).equals(kept)).toBe(true);

    const done = dealsift(['extract', corpus, '-o', out, '-q', '--resume'], { cwd: dir });
    expect(done.code, done.stderr).toBe(0);
    expect(readFileSync(out).equals(full)).toBe(true);
  });

  it('standard output redirected to a file: exit 74, "standard output" named', () => {
    const out = path.join(dir, 'redirected.jsonl');
    const r = underFileLimit(100, ['extract', corpus, '-q'], `> '${out}'`);
    expect(r.code).toBe(74);
    expect(r.stderr).toMatch(/^dealsift: standard output: writing failed: .*\(EFBIG\); stopped\n$/);
    // the partial last line (standard output cannot be cut back) is one that --resume repairs
    const done = dealsift(['extract', corpus, '-o', out, '-q', '--resume'], { cwd: dir });
    expect(done.code).toBe(0);
    expect(readFileSync(out).equals(full)).toBe(true);
  });
});

// A small tmpfs: ENOSPC, a real full disk. Mounting needs root and a kernel that allows it here.
const mnt = path.join(dir, 'tmpfs');
mkdirSync(mnt);
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=160k', 'tmpfs', mnt], { encoding: 'utf8' });
const canMount = !mounted.error && mounted.status === 0;
if (!canMount) console.warn(`full-tmpfs test skipped: cannot mount a tmpfs here (${mounted.error?.message ?? mounted.stderr.trim()}); the file-size limit tests cover the same path`);
afterAll(() => {
  if (canMount) spawnSync('umount', [mnt]);
  rmdirSync(mnt);
});

describe.skipIf(!canMount)('a full disk: a 160 KB tmpfs', () => {
  it('-o FILE: exit 74, ENOSPC named, whole lines left; --resume completes the file once it has room (moved to a larger disk)', () => {
    const out = path.join(mnt, 'out.jsonl');
    writeFileSync(path.join(mnt, 'ballast'), Buffer.alloc(40 * 1024)); // something else on the disk
    const r = dealsift(['extract', corpus, '-o', out, '-q'], { cwd: dir });
    expect(r.code, r.stderr).toBe(74);
    expect(r.stderr).toMatch(/out\.jsonl: writing failed: no space left on the device \(ENOSPC\); stopped: the file ends with the last whole line/);
    expectWholePrefix(out);
    // make room by moving the file off the small disk, then resume it there
    const moved = path.join(dir, 'moved.jsonl');
    writeFileSync(moved, readFileSync(out));
    const done = dealsift(['extract', corpus, '-o', moved, '-q', '--resume'], { cwd: dir });
    expect(done.code).toBe(0);
    expect(readFileSync(moved).equals(full)).toBe(true);
  });
});

describe('a standard output closed by its reader (| head -1)', () => {
  it.each(['extract', 'ingest'])('%s: exit 74, the closed output named, no stack trace', async (mode) => {
    const child = spawn(process.execPath, [bin, mode, corpus, '-q'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    // read the first line, then close the pipe, as `head -1` does
    let first = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        first += d.toString('utf8');
        if (first.includes('\n')) {
          child.stdout.destroy();
          resolve();
        }
      });
    });
    expect(JSON.parse(first.split('\n')[0]).id).toMatch(/aldermoor/);
    expect(await code, stderr).toBe(74);
    expect(stderr).toMatch(/^dealsift: standard output: writing failed: it was closed .*\(EPIPE\); stopped\n$/);
  }, 60_000);
});
