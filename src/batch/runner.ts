/**
 * The batch runner: inputs in, JSONL lines out, in input order, spread over a pool of worker
 * threads (piscina). It streams: at most `window` inputs are in flight at any time, so memory stays
 * flat however many inputs there are. A per-article time limit turns a pathological input into a
 * TIMEOUT error line; the worker running it is terminated and the pool replaces it.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { DealsiftError, toErrorLine } from '../errors.js';
import type { InputItem } from '../io/inputs.js';
import type { PipelineOptions } from '../types.js';
import { TICKS_PER_SECOND, threadCpuTicks } from './cpu.js';
import type { BatchTask, BatchTaskResult } from './worker.js';

export interface BatchOptions {
  /** `extract` (records, the default) or `ingest` (the ingest stage's fields only). */
  mode?: 'extract' | 'ingest';
  /** Worker threads (default: the number of cores). */
  jobs?: number;
  /**
   * Per-article time limit in ms (default 10000; 0 for none): CPU time on Linux, so that a loaded
   * machine does not turn slow articles into timeouts (wall-clock time elsewhere). As a backstop, an
   * article is also stopped after ten times the limit in wall-clock time.
   */
  timeoutMs?: number;
  /** Options passed to the pipeline for every input. */
  pipeline?: PipelineOptions;
  /** Inputs in flight at most (default: 4 per worker, at least 8). */
  window?: number;
  /** Inputs for which this returns true are skipped (no line is produced): used by --resume. */
  skip?: (id: string) => boolean;
  /** When aborted, no further input is taken; the inputs in flight finish and are yielded. */
  signal?: AbortSignal;
  /**
   * Old-generation heap limit of each worker, in MB (default 128; 0 for V8's defaults). It keeps memory flat over a long
   * run: without it V8 lets each worker's heap grow with garbage it has not collected yet. An input
   * that needs more than this becomes an error line, and its worker is replaced.
   */
  maxHeapMb?: number;
  /** The worker module (a built .js file); default dist/batch/worker.js. Tests pass their own. */
  workerFile?: string;
}

export interface BatchResult {
  /** Position of the input among those processed (skipped ones not counted), from 0. */
  index: number;
  id: string;
  ok: boolean;
  /** The JSONL line, without its newline: a record (or ingest fields), or an error line. */
  json: string;
  /** The error, for a failed input. */
  error?: { code: string; message: string };
  /** Deals found in the record (`deal` plus `otherDeals`). */
  deals: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_HEAP_MB = 128;
/** With the heap limit, the young generation of each worker is kept small too (V8's default is larger). */
const YOUNG_GENERATION_MB = 16;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** The built worker module: next to this file, or under dist/ when running from the TypeScript source. */
export function defaultWorkerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const file = here.endsWith('.ts') ? path.resolve(path.dirname(here), '../../dist/batch/worker.js') : path.join(path.dirname(here), 'worker.js');
  if (!existsSync(file)) throw new DealsiftError('INTERNAL', 'batch', `the batch worker ${file} is missing: run \`npm run build\` first`);
  return file;
}

interface Slot {
  promise: Promise<BatchResult>;
}

function errorResult(index: number, id: string, err: unknown): BatchResult {
  const line = toErrorLine(id, err);
  return { index, id, ok: false, json: JSON.stringify(line), error: line.error, deals: 0 };
}

/**
 * Run the pipeline over `items`, yielding one result per input that is not skipped, in input order.
 * Breaking out of the loop stops reading inputs and shuts the pool down.
 */
export async function* runBatch(items: AsyncIterable<InputItem> | Iterable<InputItem>, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const mode = options.mode ?? 'extract';
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const window = Math.max(1, Math.floor(options.window ?? Math.max(8, jobs * 4)));
  const pipeline = options.pipeline ?? {};
  const workerFile = options.workerFile ?? defaultWorkerFile();
  const maxHeapMb = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  const base = Date.now();
  const pool = new Piscina<BatchTask, BatchTaskResult>({
    filename: pathToFileURL(workerFile).href,
    minThreads: 1, // more start on demand (up to jobs), so a one-article run loads the library once
    maxThreads: jobs,
    idleTimeout: 60_000,
    resourceLimits: maxHeapMb > 0 ? { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } : undefined,
  });

  const queue: Slot[] = [];
  let producerDone = false;
  let producerError: unknown = null;
  let stopped = false;
  // One waiter each way: the consumer waits for a slot to appear, the producer for room in the window.
  let wakeConsumer: (() => void) | null = null;
  let wakeProducer: (() => void) | null = null;
  const notifyConsumer = () => {
    const w = wakeConsumer;
    wakeConsumer = null;
    w?.();
  };
  const notifyProducer = () => {
    const w = wakeProducer;
    wakeProducer = null;
    w?.();
  };
  const onAbort = () => {
    stopped = true;
    notifyProducer();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) stopped = true;

  function submit(item: InputItem, index: number): Slot {
    if (item.error) return { promise: Promise.resolve(errorResult(index, item.id, item.error)) };
    const doc = item.doc;
    const started = timeoutMs > 0 ? new SharedArrayBuffer(16) : undefined;
    const ac = new AbortController();
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const check = (): void => {
      const v = new Int32Array(started!);
      if (Atomics.load(v, 0) === 0) {
        timer = setTimeout(check, timeoutMs); // still queued: the clock has not started
        return;
      }
      const wall = Date.now() - (base + Atomics.load(v, 1));
      const tid = Atomics.load(v, 2);
      const cpu0 = Atomics.load(v, 3);
      const cpuNow = tid > 0 && cpu0 >= 0 ? threadCpuTicks(tid) : -1;
      const used = cpuNow >= 0 ? ((cpuNow - cpu0) * 1000) / TICKS_PER_SECOND : wall;
      if (used < timeoutMs && wall < timeoutMs * 10) {
        timer = setTimeout(check, Math.max(20, timeoutMs - used));
        return;
      }
      timedOut = true;
      ac.abort(); // piscina terminates the worker running it and starts a fresh one
    };
    if (started) timer = setTimeout(check, timeoutMs);
    const transferList = doc.bytes && doc.bytes.byteOffset === 0 && doc.bytes.byteLength === doc.bytes.buffer.byteLength && doc.bytes.buffer instanceof ArrayBuffer ? [doc.bytes.buffer] : undefined;
    const promise = pool
      .run({ doc, mode, options: pipeline, started, base }, { signal: ac.signal, transferList })
      .then(
        (r): BatchResult => (r.ok ? { index, id: item.id, ok: true, json: r.json, deals: r.deals } : { index, id: item.id, ok: false, json: r.json, error: r.error, deals: 0 }),
        (err: unknown): BatchResult => {
          if (timedOut) {
            return errorResult(index, item.id, new DealsiftError('TIMEOUT', item.id, `took longer than the time limit of ${timeoutMs} ms (--timeout) and was stopped`));
          }
          if ((err as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
            return errorResult(index, item.id, new DealsiftError('INTERNAL', item.id, `ran out of memory: it needs more than the worker's heap limit of ${maxHeapMb} MB, and was stopped`, { cause: err }));
          }
          const message = err instanceof Error ? err.message : String(err);
          return errorResult(index, item.id, new DealsiftError('INTERNAL', item.id, `the worker failed: ${message} (a bug: please report it with this input)`, { cause: err }));
        },
      )
      .finally(() => clearTimeout(timer));
    return { promise };
  }

  const producer = (async () => {
    let index = 0;
    const it = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<InputItem>)[Symbol.iterator]();
    try {
      for (;;) {
        // wait for room before taking the next input, so at most `window` inputs are held
        while (queue.length >= window && !stopped) await new Promise<void>((r) => (wakeProducer = r));
        if (stopped) break;
        const next = await it.next();
        if (next.done || stopped) break;
        const item = next.value;
        if (options.skip?.(item.id)) continue;
        queue.push(submit(item, index++));
        notifyConsumer();
      }
    } catch (err) {
      producerError = err;
    } finally {
      producerDone = true;
      notifyConsumer();
      await it.return?.();
    }
  })();

  try {
    for (;;) {
      const head = queue[0];
      if (head) {
        const result = await head.promise;
        queue.shift();
        notifyProducer();
        yield result;
        continue;
      }
      if (producerDone) break;
      await new Promise<void>((r) => (wakeConsumer = r));
    }
    if (producerError) throw producerError;
  } finally {
    stopped = true;
    notifyProducer();
    options.signal?.removeEventListener('abort', onAbort);
    await pool.destroy();
    // The producer may still be waiting on the input (stdin): it stops at its next item.
    void producer.catch(() => {});
  }
}
