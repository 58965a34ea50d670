/**
 * Interrupted runs: `extract -o FILE` (and `ingest`) killed with SIGKILL again and again (before its
 * first line, in the middle, near the end, right after --resume repaired the file), with the last
 * line torn in the middle as a crash of the machine leaves it, then `--resume` until done: the file
 * is byte-identical to one uninterrupted run, with 1 and with 2 workers.
 *
 * Where each kill lands in time depends on the machine; what the seed fixes is the byte count at
 * which each kill is sent and where each tear cuts, so a failure can be run again from its seed.
 * Needs the build (npm test builds first).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, corpus, dealsift, jsonlItems, rng, tempDir } from './helpers.js';

const dir = tempDir('interrupted');
let inputs: string[] = [];
const reference: Record<'extract' | 'ingest', Buffer> = { extract: Buffer.alloc(0), ingest: Buffer.alloc(0) };

beforeAll(() => {
  inputs = [corpus, jsonlItems(dir, 30)];
  for (const mode of ['extract', 'ingest'] as const) {
    const out = path.join(dir, `reference-${mode}.jsonl`);
    const r = dealsift([mode, ...inputs, '-o', out, '-q', '-j', '1'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1); // the empty item's error line
    reference[mode] = readFileSync(out);
  }
}, 120_000);

const sizeOf = (f: string) => (existsSync(f) ? statSync(f).size : -1);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Run `dealsift args` and send it SIGKILL as soon as `when(size of out)` holds (or let it finish).
 * Returns the signal that ended it (null: it finished first) and the size it was killed at.
 */
async function killWhen(args: string[], out: string, when: (size: number) => boolean): Promise<{ signal: NodeJS.Signals | null; code: number | null; at: number }> {
  const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'ignore'] });
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const done = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    }),
  );
  let at = -1;
  while (!exited) {
    const size = sizeOf(out);
    if (when(size)) {
      at = size;
      child.kill('SIGKILL');
      break;
    }
    await sleep(2);
  }
  await done;
  const e = exited as unknown as { code: number | null; signal: NodeJS.Signals | null };
  return { signal: e.signal, code: e.code, at };
}

/** The file is a byte prefix of the uninterrupted run's output. */
function expectPrefix(out: string, full: Buffer, what: string): Buffer {
  const now = existsSync(out) ? readFileSync(out) : Buffer.alloc(0);
  expect(now.length, what).toBeLessThanOrEqual(full.length);
  expect(now.equals(full.subarray(0, now.length)), `${what}: the file is not a prefix of the uninterrupted run's output`).toBe(true);
  return now;
}

/** The offset just after each line's newline. */
function lineEnds(b: Buffer): number[] {
  const ends: number[] = [];
  for (let i = b.indexOf(0x0a); i !== -1; i = b.indexOf(0x0a, i + 1)) ends.push(i + 1);
  return ends;
}

/**
 * Cut the file inside the line that ends at `ends[k]` (default: its last line), what a crash of the
 * machine in the middle of a write leaves: anywhere in the line, or just before its newline (a whole
 * record that lacks only the newline) one time in four.
 */
function tear(out: string, random: () => number, end = sizeOf(out)): number {
  const now = readFileSync(out).subarray(0, end);
  const start = now.subarray(0, now.length - 1).lastIndexOf(0x0a) + 1;
  const cut = random() < 0.25 ? now.length - 1 : start + 1 + Math.floor(random() * Math.max(1, now.length - start - 2));
  truncateSync(out, cut);
  return cut;
}

const CASES = [
  { mode: 'extract', jobs: 1, seed: 101 },
  { mode: 'extract', jobs: 2, seed: 202 },
  { mode: 'ingest', jobs: 1, seed: 303 },
  { mode: 'ingest', jobs: 2, seed: 404 },
] as const;

describe('a run killed with SIGKILL again and again, then resumed until done', () => {
  it.each(CASES)('$mode with $jobs worker(s), seed $seed: byte-identical to one uninterrupted run', async ({ mode, jobs, seed }) => {
    const random = rng(seed);
    const full = reference[mode];
    const out = path.join(dir, `${mode}-${jobs}-${seed}.jsonl`);
    const args = [mode, ...inputs, '-o', out, '-q', '-j', String(jobs)];
    const resume = [...args, '--resume'];
    const kills: string[] = [];

    // 1. before the first line: killed as soon as the file exists
    const first = await killWhen(args, out, (size) => size >= 0);
    expect(first.signal).toBe('SIGKILL');
    expect(first.at).toBe(0);
    expectPrefix(out, full, 'killed before its first line');
    kills.push('start');

    // 2. in the middle, then the last line torn
    const mid = Math.floor(full.length * (0.15 + 0.35 * random()));
    const k2 = await killWhen(resume, out, (size) => size >= mid);
    expectPrefix(out, full, `killed at ${mid} bytes`);
    if (k2.signal === 'SIGKILL') kills.push(`at ${k2.at} of ${full.length} bytes`);
    const torn = tear(out, random);
    expectPrefix(out, full, `torn at ${torn} bytes`);

    // 3. right after --resume repaired the torn line, before (or just after) its first new line
    const k3 = await killWhen(resume, out, (size) => size !== torn);
    expectPrefix(out, full, 'killed after the repair');
    expect(readFileSync(out).at(-1), 'the repair leaves whole lines').toBe(0x0a);
    if (k3.signal === 'SIGKILL') kills.push('after the repair');

    // 4. near the end, torn again
    // (the last lines may come out together, faster than a kill can land between them: the run is
    // killed once one of the last five lines is out, and the file then torn inside that line)
    const ends = lineEnds(full);
    const late = ends[ends.length - 2 - Math.floor(random() * 4)];
    const k4 = await killWhen(resume, out, (size) => size >= late);
    expectPrefix(out, full, `killed at ${late} bytes`);
    if (k4.signal === 'SIGKILL') kills.push(`at ${k4.at} of ${full.length} bytes`);
    const torn4 = tear(out, random, late);
    expectPrefix(out, full, `torn at ${torn4} bytes`);

    // 5. resumed until done
    const errorWritten = readFileSync(out, 'utf8').includes('{"id":"item-0002","error":');
    const last = dealsift(resume, { cwd: dir });
    expect(last.code, last.stderr).toBe(errorWritten ? 0 : 1); // 1 when this run wrote the empty item's error line
    const final = readFileSync(out);
    expect(final.length).toBe(full.length);
    expect(final.equals(full), `differs from one uninterrupted run after kills: ${kills.join(', ')}`).toBe(true);
    expect(kills.length, `kills that landed: ${kills.join(', ')}`).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
