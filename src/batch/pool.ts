/**
 * A pool of worker threads (piscina) that runs the pipeline on one article at a time per thread,
 * with the per-article time limit and heap limit. The local batch (`runBatch`) and the queue worker
 * (`dealsift worker`) both run articles through it, so an article gives the same line either way.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import v8 from 'node:v8';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { DealsiftError, toErrorLine } from '../errors.js';
import type { InputItem } from '../io/inputs.js';
import type { PipelineOptions } from '../types.js';
import { TICKS_PER_SECOND, threadCpuTicks } from './cpu.js';
import { STARTED_FIELDS, type BatchTask, type BatchTaskResult } from './task.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_HEAP_MB = 128;
/**
 * With the heap limit, each worker's young generation is kept small too (V8's default is larger): 8
 * MB, which V8 turns into two 4 MB semi-spaces. Over the 1,950 benchmark articles one worker then
 * runs about 360 scavenges (375 ms), where 2 MB semi-spaces took 720 (650 ms) and a 16 MB young
 * generation (8 MB semi-spaces) 185 (300 ms) but added about 10 MB per worker to the peak.
 */
const YOUNG_GENERATION_MB = 8;

/** Node options that load code into every thread: module hooks and preloads (tsx, ts-node, ...). */
const LOADER_FLAGS = new Set(['--require', '-r', '--import', '--loader', '--experimental-loader']);

/**
 * The worker threads' node options: the process's own (undefined: inherited), or none when they
 * load module hooks or preloads. The worker is plain built JavaScript; a host running under tsx or
 * ts-node would otherwise have every worker load the TypeScript hooks too (in the benchmark, which
 * runs under tsx, 0.6 s more per run). Node refuses V8 options in a worker's own list, so the rest
 * cannot simply be passed on; V8 options apply to the whole process anyway.
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] | undefined {
  return execArgv.some((a) => LOADER_FLAGS.has(a.split('=')[0])) ? [] : undefined;
}

/**
 * V8 options that size a heap. Given to the process, V8 applies them to every thread after its
 * resourceLimits, so they would replace the workers' own limits: the dealsift command starts Node
 * with --max-semi-space-size=2 for its main thread, which gave each worker a young generation of a
 * few MB (twice the scavenges, about 5% of the batch's time over the benchmark articles), and a
 * --max-old-space-size=4096 in NODE_OPTIONS made --max-heap 4 GB.
 */
const HEAP_SIZE_FLAGS = ['--max-semi-space-size', '--max-old-space-size'];

/** The heap-size options among the process's node options (either spelling, with or without a value). */
export function heapFlagsIn(execArgv: readonly string[]): string[] {
  const names = new Set(execArgv.map((a) => a.split('=')[0].replace(/_/g, '-')));
  return HEAP_SIZE_FLAGS.filter((f) => names.has(f));
}

/**
 * Let the workers' resourceLimits apply: reset the process's heap-size options (from the command
 * line or NODE_OPTIONS, where --max-old-space-size is often set for a whole machine) for the threads
 * started from now on. Threads already running, the main one among them, keep the heap they were
 * given at their start.
 */
function releaseHeapFlags(): void {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  for (const f of heapFlagsIn(given)) v8.setFlagsFromString(`${f}=0`);
}

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

export interface PoolOptions {
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
  /**
   * True when the worker thread itself failed (a bug, not the input's fault, and not a time or heap
   * limit): the line is then an INTERNAL error line. The queue worker retries such articles.
   */
  crashed?: boolean;
}

export function errorResult(index: number, id: string, err: unknown): BatchResult {
  const line = toErrorLine(id, err);
  return { index, id, ok: false, json: JSON.stringify(line), error: line.error, deals: 0 };
}

/**
 * Articles each worker thread holds at once: the one it runs and the next ones, which wait in the
 * thread's own message queue. With one, a thread idled for a round trip through the main thread
 * after every article (0.5 ms on average, a sixth of a short story's time; 1.0 s over the 1,950
 * benchmark articles); with two, 0.6 s over the run; with four, 0.3 s, the rest mostly garbage
 * collection between articles. The articles queued behind a slow one wait for it, so the batch
 * runner's window keeps as many again waiting in the pool, for whichever thread is free first.
 */
export const TASKS_PER_THREAD = 4;
/** A task that failed without starting (its thread died under another article) is run again, this many times at most. */
const MAX_RESUBMITS = 3;

/** Worker threads that turn input items into JSONL lines. */
export class ArticlePool {
  readonly jobs: number;
  private readonly mode: 'extract' | 'ingest';
  private destroying = false;
  private readonly timeoutMs: number;
  private readonly maxHeapMb: number;
  private readonly base = Date.now();
  private readonly pool: Piscina<BatchTask, BatchTaskResult>;

  constructor(options: PoolOptions = {}) {
    this.mode = options.mode ?? 'extract';
    this.jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxHeapMb = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
    const workerFile = options.workerFile ?? defaultWorkerFile();
    if (this.maxHeapMb > 0) releaseHeapFlags();
    this.pool = new Piscina<BatchTask, BatchTaskResult>({
      filename: pathToFileURL(workerFile).href,
      minThreads: 1, // more start on demand (up to jobs), so a one-article run loads the library once
      maxThreads: this.jobs,
      // Tasks carry no AbortSignal (piscina runs an abortable task alone on its thread): the time
      // limit terminates the thread itself (see stop()).
      concurrentTasksPerWorker: TASKS_PER_THREAD,
      execArgv: workerExecArgv(),
      idleTimeout: 60_000,
      resourceLimits: this.maxHeapMb > 0 ? { maxOldGenerationSizeMb: this.maxHeapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } : undefined,
    });
    // Once destroy() has cancelled the tasks, a thread that was finishing one still posts its result,
    // and piscina reports that result as an 'error' ("Unexpected message from Worker"): nothing is
    // waiting for it, so it is dropped. Before that, an error stays an uncaught error, as it was.
    this.pool.on('error', (err) => {
      if (!this.destroying) throw err;
    });
  }

  /** Run one input; never rejects: a failure is an error line. */
  async run(item: InputItem, index: number, pipeline: PipelineOptions = {}): Promise<BatchResult> {
    if (item.error) return errorResult(index, item.id, item.error);
    for (let attempt = 0; ; attempt++) {
      const r = await this.attempt(item, index, pipeline);
      if (r !== 'not-started') return r;
      if (attempt >= MAX_RESUBMITS) {
        return { ...errorResult(index, item.id, new DealsiftError('INTERNAL', item.id, `its worker thread stopped ${attempt + 1} times before the article started (a bug: please report it with this input)`)), crashed: true };
      }
    }
  }

  /** Terminate the worker thread whose worker_threads id is `threadId` (piscina replaces it). */
  private stop(threadId: number): void {
    void this.pool.threads.find((t) => t.threadId === threadId)?.terminate();
  }

  /**
   * One run of one input. 'not-started' when the task failed before the article started: its thread
   * was terminated or died while running the article before it (a time limit, a heap limit, a crash).
   */
  private attempt(item: InputItem, index: number, pipeline: PipelineOptions): Promise<BatchResult | 'not-started'> {
    const { timeoutMs, maxHeapMb, base } = this;
    const doc = item.doc!;
    const started = new SharedArrayBuffer(4 * STARTED_FIELDS);
    const v = new Int32Array(started);
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const check = (): void => {
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
      this.stop(Atomics.load(v, 4)); // piscina fails the thread's tasks and starts a fresh thread
    };
    if (timeoutMs > 0) timer = setTimeout(check, timeoutMs);
    // The bytes are copied, not transferred, so that a task that did not start can be sent again.
    const task: BatchTask = { doc, mode: this.mode, options: pipeline, started, base };
    return this.pool
      .run(task)
      .then(
        (r): BatchResult => (r.ok ? { index, id: item.id, ok: true, json: r.json, deals: r.deals } : { index, id: item.id, ok: false, json: r.json, error: r.error, deals: 0 }),
        (err: unknown): BatchResult | 'not-started' => {
          if (timedOut) {
            return errorResult(index, item.id, new DealsiftError('TIMEOUT', item.id, `took longer than the time limit of ${timeoutMs} ms (--timeout) and was stopped`));
          }
          if (Atomics.load(v, 0) === 0) return 'not-started';
          if ((err as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
            return errorResult(index, item.id, new DealsiftError('INTERNAL', item.id, `ran out of memory: it needs more than the worker's heap limit of ${maxHeapMb} MB, and was stopped`, { cause: err }));
          }
          const message = err instanceof Error ? err.message : String(err);
          const res = errorResult(index, item.id, new DealsiftError('INTERNAL', item.id, `the worker failed: ${message} (a bug: please report it with this input)`, { cause: err }));
          return { ...res, crashed: true };
        },
      )
      .finally(() => clearTimeout(timer));
  }

  destroy(): Promise<void> {
    this.destroying = true;
    return this.pool.destroy();
  }
}
