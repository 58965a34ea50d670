/**
 * The batch runner as a library: input order, error lines, the time limit (with a worker that never
 * finishes on a deliberately slow input), crashes, skipping, stopping, and the bounded window.
 * Needs the build (npm test builds first): the workers run dist/batch/worker.js.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions, type BatchResult } from '../../src/batch/runner.js';
import { heapFlagsIn, workerExecArgv } from '../../src/batch/pool.js';
import { DealsiftError } from '../../src/errors.js';
import type { InputItem } from '../../src/io/inputs.js';

const testWorker = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/test-worker.mjs');

const ARTICLE = (n: number) => `Acme Corp said on Monday it agreed to acquire Widget Inc for $${n + 1} million in cash.`;
const item = (id: string, text: string): InputItem => ({ id, doc: { id, text } });

async function collect(items: Iterable<InputItem> | AsyncIterable<InputItem>, options: BatchOptions): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of runBatch(items, options)) out.push(r);
  return out;
}

describe('runBatch', () => {
  it('leaves the pipeline to the workers: the main thread loads neither wink-nlp nor the pipeline', () => {
    // A value imported from worker.js once made every batch's main thread load the whole pipeline and
    // its models (and run its warm-up): 160 MB more at the peak for nothing.
    const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
    const script = `
      import { createRequire } from 'node:module';
      await import(${JSON.stringify(pathToFileURL(path.join(dist, 'batch/runner.js')).href)});
      await import(${JSON.stringify(pathToFileURL(path.join(dist, 'batch/pool.js')).href)});
      const cached = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({ wink: cached.filter((k) => k.includes('wink')), heapMb: process.memoryUsage().heapUsed / 1048576 }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const { wink, heapMb } = JSON.parse(r.stdout);
    expect(wink).toEqual([]);
    expect(heapMb).toBeLessThan(20); // the pipeline's vocabularies alone are over 40 MB
  });

  it('keeps input order with 2 workers, even when early inputs are the slow ones', async () => {
    // long articles first, short ones after: with two workers the short ones finish first
    const items = Array.from({ length: 24 }, (_, i) => item(`a${i}`, i % 6 === 0 ? Array(40).fill(ARTICLE(i)).join('\n\n') : ARTICLE(i)));
    const out = await collect(items, { jobs: 2, window: 6 });
    expect(out.map((r) => r.id)).toEqual(items.map((i) => i.id));
    expect(out.map((r) => r.index)).toEqual(items.map((_, i) => i));
    expect(out.every((r) => r.ok && JSON.parse(r.json).id === r.id)).toBe(true);
    expect(out.reduce((n, r) => n + r.deals, 0)).toBeGreaterThan(0);
  });

  it('spreads the inputs over more than one worker', async () => {
    const items = Array.from({ length: 16 }, (_, i) => item(`thread${i}`, Array(20).fill(ARTICLE(i)).join('\n\n')));
    const out = await collect(items, { jobs: 2, workerFile: testWorker });
    expect(new Set(out.map((r) => JSON.parse(r.json).threadId)).size).toBe(2);
  });

  it('writes an error line, in place, for an unreadable input and for one the pipeline rejects', async () => {
    const items: InputItem[] = [
      item('good-1', ARTICLE(1)),
      { id: 'f.jsonl:2', error: new DealsiftError('BAD_JSONL', 'f.jsonl:2', 'expected a JSON object per line') },
      item('blank', '   \n  '),
      item('good-2', ARTICLE(2)),
    ];
    const out = await collect(items, { jobs: 2 });
    expect(out.map((r) => [r.id, r.ok])).toEqual([
      ['good-1', true],
      ['f.jsonl:2', false],
      ['blank', false],
      ['good-2', true],
    ]);
    expect(JSON.parse(out[1].json)).toEqual({ id: 'f.jsonl:2', error: { code: 'BAD_JSONL', message: 'f.jsonl:2: expected a JSON object per line' } });
    expect(JSON.parse(out[2].json)).toMatchObject({ id: 'blank', error: { code: 'EMPTY_INPUT' } });
  });

  it.each([1, 2])('turns an input that never finishes into a TIMEOUT line and goes on (--jobs %i)', async (jobs) => {
    const items = [item('before', ARTICLE(1)), item('slow-one', ARTICLE(2)), item('after-1', ARTICLE(3)), item('after-2', ARTICLE(4))];
    const out = await collect(items, { jobs, timeoutMs: 1000, workerFile: testWorker });
    expect(out.map((r) => [r.id, r.ok ? 'ok' : r.error?.code])).toEqual([
      ['before', 'ok'],
      ['slow-one', 'TIMEOUT'],
      ['after-1', 'ok'],
      ['after-2', 'ok'],
    ]);
    const line = JSON.parse(out[1].json);
    expect(line).toEqual({ id: 'slow-one', error: { code: 'TIMEOUT', message: expect.stringContaining('slow-one') } });
    expect(line.error.message).toMatch(/time limit of 1000 ms/);
  });

  it('turns a worker that dies into an INTERNAL error line, and the pool recovers', async () => {
    const items = [item('crash-1', ARTICLE(1)), item('fine', ARTICLE(2))];
    const out = await collect(items, { jobs: 1, workerFile: testWorker });
    expect(out[0]).toMatchObject({ id: 'crash-1', ok: false, error: { code: 'INTERNAL' } });
    expect(out[0].error?.message).toContain('crash-1');
    expect(out[1]).toMatchObject({ id: 'fine', ok: true });
  });

  it('turns an input that exhausts the worker heap limit into an error line, and the pool recovers', async () => {
    const items = [item('hog-1', ARTICLE(1)), item('fine', ARTICLE(2))];
    const out = await collect(items, { jobs: 1, maxHeapMb: 96, workerFile: testWorker });
    expect(out[0]).toMatchObject({ id: 'hog-1', ok: false, error: { code: 'INTERNAL' } });
    expect(out[0].error?.message).toMatch(/^hog-1: ran out of memory: it needs more than the worker's heap limit of 96 MB/);
    expect(out[1]).toMatchObject({ id: 'fine', ok: true });
  });

  it('skips the inputs the skip predicate names', async () => {
    const items = ['a', 'b', 'c', 'd'].map((id, i) => item(id, ARTICLE(i)));
    const out = await collect(items, { jobs: 2, skip: (id) => id === 'b' || id === 'd' });
    expect(out.map((r) => [r.id, r.index])).toEqual([
      ['a', 0],
      ['c', 1],
    ]);
  });

  it('streams: a bounded number of inputs in flight, and stopping yields the inputs already taken, in order', async () => {
    let pulled = 0;
    let yielded = 0;
    let maxInFlight = 0;
    const stop = new AbortController();
    async function* endless(): AsyncGenerator<InputItem> {
      for (let i = 0; ; i++) {
        pulled++;
        maxInFlight = Math.max(maxInFlight, pulled - yielded);
        yield item(`n${i}`, ARTICLE(i));
      }
    }
    const ids: string[] = [];
    for await (const r of runBatch(endless(), { jobs: 2, window: 5, signal: stop.signal })) {
      yielded++;
      ids.push(r.id);
      if (yielded === 20) stop.abort();
    }
    expect(maxInFlight).toBeLessThanOrEqual(5 + 1); // the window, plus the one just yielded
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(ids.length).toBeLessThanOrEqual(20 + 5);
    expect(ids).toEqual(ids.map((_, i) => `n${i}`));
  });
});

describe('heap-size options of the process do not replace the workers\' own limits', () => {
  it.each([
    [['--max-semi-space-size=2'], ['--max-semi-space-size']],
    [['--max_old_space_size=4096', '--max-semi-space-size', '2'], ['--max-semi-space-size', '--max-old-space-size']],
    [['--enable-source-maps', '--stack-size=2000'], []],
    [[], []],
  ])('%j -> %j', (given, expected) => {
    expect(heapFlagsIn(given)).toEqual(expected);
  });

  it('a worker gets its 8 MB young generation and its heap limit whatever heap options the process was given', () => {
    const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
    const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/test-worker.mjs');
    const script = `
      const { ArticlePool } = await import(${JSON.stringify(pathToFileURL(path.join(dist, 'batch/pool.js')).href)});
      const pool = new ArticlePool({ jobs: 1, workerFile: ${JSON.stringify(fixture)} });
      const r = await pool.run({ id: 'young', doc: { id: 'young', text: 'x' } }, 0);
      await pool.destroy();
      console.log(r.json);`;
    const r = spawnSync(process.execPath, ['--max-semi-space-size=2', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // the process flag alone would give the worker 2 MB semi-spaces: about 4 MB of young generation
    expect(JSON.parse(r.stdout).young).toBeGreaterThanOrEqual(8 * 2 ** 20);
    // and NODE_OPTIONS' --max-old-space-size would replace the worker's heap limit (--max-heap, 128 MB)
    const big = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=2048' } });
    expect(big.status, big.stderr).toBe(0);
    expect(JSON.parse(big.stdout).limit).toBeLessThan(256 * 2 ** 20);
  });
});

describe('workerExecArgv', () => {
  it.each([
    [['--require', '/x/tsx/preflight.cjs', '--import', 'file:///x/tsx/loader.mjs'], []],
    [['-r', 'ts-node/register', '--enable-source-maps'], []],
    [['--import=file:///a.mjs', '--max-semi-space-size=2'], []],
    [['--experimental-loader', 'x', '--no-warnings'], []],
    [['--max-semi-space-size=2'], undefined], // inherited: Node refuses V8 options in a worker's own list
    [[], undefined],
  ])('%j -> %j', (given, expected) => {
    expect(workerExecArgv(given)).toEqual(expected);
  });

  it('runs a batch in a process started with the dealsift command\'s V8 flag and with a preload', () => {
    const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
    const script = `
      const { runBatch } = await import(${JSON.stringify(pathToFileURL(path.join(dist, 'batch/runner.js')).href)});
      const out = [];
      for await (const r of runBatch([{ id: 'a', doc: { id: 'a', text: 'Acme Corp agreed to buy Widget Inc for $5 million.' } }], { jobs: 1 })) out.push(r.ok);
      console.log(JSON.stringify(out));`;
    for (const flags of [['--max-semi-space-size=2'], ['--max-semi-space-size=2', '--require', 'node:os']]) {
      const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([true]);
    }
  });
});
