/**
 * The batch runner: inputs in, JSONL lines out, in input order, spread over a pool of worker
 * threads (piscina). It streams: at most `window` inputs are in flight at any time, so memory stays
 * flat however many inputs there are. A per-article time limit turns a pathological input into a
 * TIMEOUT error line; the worker running it is terminated and the pool replaces it.
 */
import type { InputItem } from '../io/inputs.js';
import type { PipelineOptions } from '../types.js';
import { ArticlePool, DEFAULT_MAX_HEAP_MB, DEFAULT_TIMEOUT_MS, TASKS_PER_THREAD, defaultJobs, defaultWorkerFile, type BatchResult, type PoolOptions } from './pool.js';

export { DEFAULT_MAX_HEAP_MB, DEFAULT_TIMEOUT_MS, defaultJobs, defaultWorkerFile, type BatchResult };

export interface BatchOptions extends PoolOptions {
  /** Options passed to the pipeline for every input. */
  pipeline?: PipelineOptions;
  /** Inputs in flight at most (default: 8 per worker: 4 held by the worker, 4 waiting in the pool). */
  window?: number;
  /** Inputs for which this returns true are skipped (no line is produced): used by --resume. */
  skip?: (id: string) => boolean;
  /** When aborted, no further input is taken; the inputs in flight finish and are yielded. */
  signal?: AbortSignal;
}

interface Slot {
  promise: Promise<BatchResult>;
}

/**
 * Run the pipeline over `items`, yielding one result per input that is not skipped, in input order.
 * Breaking out of the loop stops reading inputs and shuts the pool down.
 */
export async function* runBatch(items: AsyncIterable<InputItem> | Iterable<InputItem>, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const window = Math.max(1, Math.floor(options.window ?? jobs * TASKS_PER_THREAD * 2));
  const pipeline = options.pipeline ?? {};
  const pool = new ArticlePool({ mode: options.mode, jobs, timeoutMs: options.timeoutMs, maxHeapMb: options.maxHeapMb, workerFile: options.workerFile });

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
    return { promise: pool.run(item, index, pipeline) };
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
