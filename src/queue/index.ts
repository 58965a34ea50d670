/**
 * A distributed batch on BullMQ and Redis: `addToQueue` enqueues inputs as jobs with stable ids,
 * `runQueueWorker` runs the pipeline on them (any number of processes on any number of machines),
 * `collectResults` reads every result back in input order, `queueStatus` counts. Import it as
 * `dealsift/queue`: the main entry point does not load BullMQ.
 *
 * Keys (under the BullMQ prefix, default "dealsift"): BullMQ's own, plus `<queue>:order`, a sorted
 * set of job ids by input position (the order of `queue add` calls, then of inputs within a call),
 * and `<queue>:seq`, its counter. Results are the jobs' return values, kept until `clearQueue`.
 */
import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { DealsiftError } from '../errors.js';
import type { InputItem } from '../io/inputs.js';
import type { PipelineOptions } from '../types.js';
import { ArticlePool, DEFAULT_TIMEOUT_MS, defaultJobs, type PoolOptions } from '../batch/pool.js';
import { errorLineOf, fromJobData, jobIdFor, toJobData, type ArticleJobData, type ArticleJobResult } from './jobs.js';

export { jobIdFor, toJobData, fromJobData, errorLineOf, type ArticleJobData, type ArticleJobResult } from './jobs.js';

export interface QueueTarget {
  /** Redis URL: redis://[user:password@]host:port[/db], or rediss:// for TLS. */
  redis: string;
  /** Queue name (no ":"). */
  queue: string;
  /** Key prefix (default "dealsift"). */
  prefix?: string;
}

export const DEFAULT_PREFIX = 'dealsift';
/** Attempts per job when the worker thread crashes (a bug), with exponential backoff from 1 s. */
export const DEFAULT_ATTEMPTS = 3;
/** How long a job stays with a worker that stopped answering before another worker takes it. */
export const DEFAULT_LOCK_MS = 30_000;

function checkTarget(t: QueueTarget): void {
  if (!/^rediss?:\/\//.test(t.redis)) throw new DealsiftError('UNSUPPORTED_INPUT', '--redis', `expected a Redis URL such as redis://127.0.0.1:6379, got "${t.redis}"`);
  if (!t.queue || t.queue.includes(':')) throw new DealsiftError('UNSUPPORTED_INPUT', '--queue', `expected a queue name without ":", got "${t.queue}"`);
}

/** Reconnection attempts of a command's connection (add, status, collect) before it gives up: about 35 s. */
const COMMAND_RETRIES = 20;

/**
 * One Redis connection. BullMQ needs `maxRetriesPerRequest: null` for workers (blocking commands);
 * a server that cannot be reached at the start fails fast with a clear error. A connection lost
 * later is retried: by a command about 35 s (a Redis restart), then its calls fail; by a worker
 * (`forever`) for as long as it runs, every 2 s at most, so that workers outlive any Redis outage.
 */
async function connect(t: QueueTarget, forever = false): Promise<Redis> {
  checkTarget(t);
  const retryStrategy = (n: number) => (!forever && n > COMMAND_RETRIES ? null : Math.min(n * 200, 2000));
  const conn = new Redis(t.redis, { maxRetriesPerRequest: null, lazyConnect: true, connectTimeout: 5000, retryStrategy });
  conn.on('error', () => {}); // reported through the commands that fail
  try {
    await conn.connect();
  } catch (err) {
    conn.disconnect();
    throw new DealsiftError('READ_FAILED', t.redis, `could not connect to Redis: ${(err as Error).message}`);
  }
  return conn;
}

const prefixOf = (t: QueueTarget) => t.prefix ?? DEFAULT_PREFIX;

/** The BullMQ queue of `t` on an open connection. */
function queueOn<D = ArticleJobData, R = ArticleJobResult>(conn: Redis, t: QueueTarget): Queue<D, R> {
  const q = new Queue<D, R>(t.queue, { connection: conn, prefix: prefixOf(t) });
  // Connection errors reach the calls that fail; without a listener BullMQ prints each one with its stack.
  q.on('error', () => {});
  return q;
}

/** A connection and the queue on it, for one call; `close` ends both. */
async function openQueue(t: QueueTarget): Promise<{ conn: Redis; queue: Queue<ArticleJobData, ArticleJobResult>; close: () => Promise<void> }> {
  const conn = await connect(t);
  const queue = queueOn(conn, t);
  return {
    conn,
    queue,
    close: async () => {
      await queue.close();
      conn.disconnect();
    },
  };
}

function keys(t: QueueTarget) {
  const base = `${prefixOf(t)}:${t.queue}`;
  return { order: `${base}:order`, seq: `${base}:seq` };
}

/** Give `jobId` the next input position unless it has one; returns 1 when new, 0 when already there. */
const ORDER_SCRIPT = `
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
local n = redis.call('INCR', KEYS[2])
redis.call('ZADD', KEYS[1], n, ARGV[1])
return 1`;

export interface AddOptions {
  /** Pipeline options for these inputs (carried by each job). */
  pipeline?: PipelineOptions;
  /** Attempts per job (default 3) when the worker thread crashes. */
  attempts?: number;
  /** Jobs sent to Redis per round trip (default 100). */
  chunk?: number;
  /** Called for each input: added, or already in the queue (same input id). */
  onItem?: (item: InputItem, added: boolean) => void;
}

export interface AddResult {
  added: number;
  /** Inputs whose id was already in the queue: not added again. */
  existing: number;
  /** Inputs that could not be read (their jobs carry the error line). */
  errors: number;
}

/** Enqueue inputs (streamed: at most `chunk` are held at once). Re-adding an input id adds nothing. */
export async function addToQueue(items: AsyncIterable<InputItem> | Iterable<InputItem>, target: QueueTarget, options: AddOptions = {}): Promise<AddResult> {
  const { conn, queue, close } = await openQueue(target);
  const { order, seq } = keys(target);
  const chunk = Math.max(1, options.chunk ?? 100);
  const jobOpts: JobsOptions = { attempts: options.attempts ?? DEFAULT_ATTEMPTS, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: false, removeOnFail: false };
  const result: AddResult = { added: 0, existing: 0, errors: 0 };
  let batch: InputItem[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const ids = batch.map((it) => jobIdFor(it.id));
    const p = conn.pipeline();
    for (const id of ids) p.eval(ORDER_SCRIPT, 2, order, seq, id);
    const res = (await p.exec()) ?? [];
    const fresh: { name: string; data: ArticleJobData; opts: JobsOptions }[] = [];
    batch.forEach((item, i) => {
      const [err, isNew] = res[i] ?? [];
      if (err) throw err;
      if (item.error) result.errors++;
      if (isNew === 1) {
        result.added++;
        fresh.push({ name: 'article', data: toJobData(item, options.pipeline), opts: { ...jobOpts, jobId: ids[i] } });
      } else result.existing++;
      options.onItem?.(item, isNew === 1);
    });
    if (fresh.length) await queue.addBulk(fresh);
    batch = [];
  };
  try {
    for await (const item of items) {
      batch.push(item);
      if (batch.length >= chunk) await flush();
    }
    await flush();
  } finally {
    await close();
  }
  return result;
}

export interface RedisSettings {
  /** `appendonly yes`: every write is logged, so a restart loses nothing (at most the last second on a crash, with `appendfsync everysec`). */
  appendOnly: boolean;
  /** `save` rules: snapshots, so a restart loses what came after the last one. */
  snapshots: boolean;
  /** `maxmemory-policy`: BullMQ needs `noeviction` (an evicted key is a lost job or result). */
  maxmemoryPolicy: string;
}

/** The Redis settings the queue depends on, read with INFO (which managed services allow where CONFIG is often disabled). */
export async function redisSettings(target: QueueTarget): Promise<RedisSettings> {
  const conn = await connect(target);
  try {
    const info = `${await conn.info('persistence')}\n${await conn.info('memory')}`;
    const field = (k: string) => new RegExp(`^${k}:(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
    let snapshots = true;
    try {
      const save = (await conn.config('GET', 'save')) as string[];
      snapshots = Boolean(save[1]?.trim());
    } catch {
      /* CONFIG disabled: assume snapshots */
    }
    return { appendOnly: field('aof_enabled') === '1', snapshots, maxmemoryPolicy: field('maxmemory_policy') || 'unknown' };
  } finally {
    conn.disconnect();
  }
}

/** What the settings put at risk, one sentence each (none: the queue survives a Redis restart). */
export function settingsWarnings(s: RedisSettings): string[] {
  const out: string[] = [];
  if (!s.appendOnly) {
    out.push(
      s.snapshots
        ? 'Redis keeps no append-only file (appendonly no): a restart of Redis loses the jobs added and the results stored since its last snapshot'
        : 'Redis keeps neither an append-only file nor snapshots (appendonly no, save ""): a restart of Redis loses the whole queue',
    );
  }
  if (s.maxmemoryPolicy !== 'noeviction' && s.maxmemoryPolicy !== 'unknown') {
    out.push(`Redis's maxmemory-policy is ${s.maxmemoryPolicy}: under memory pressure it drops keys, jobs and results among them; the queue needs noeviction`);
  }
  return out;
}

export interface QueueCounts {
  /** Inputs added to the queue. */
  inputs: number;
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
}

async function countsOf(queue: Queue, conn: Redis, target: QueueTarget): Promise<QueueCounts> {
  const c = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'completed', 'failed');
  const inputs = await conn.zcard(keys(target).order);
  return { inputs, waiting: (c.wait ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, completed: c.completed ?? 0, failed: c.failed ?? 0 };
}

/** Jobs still to be done (waiting, delayed for a retry, or in a worker's hands). */
export function pending(c: QueueCounts): number {
  return c.waiting + c.active + c.delayed;
}

export async function queueStatus(target: QueueTarget): Promise<QueueCounts> {
  const { conn, queue, close } = await openQueue(target);
  try {
    return await countsOf(queue, conn, target);
  } finally {
    await close();
  }
}

/** Delete the queue: its jobs, results and input order. */
export async function clearQueue(target: QueueTarget): Promise<void> {
  const { conn, queue, close } = await openQueue(target);
  try {
    await queue.obliterate({ force: true });
    const k = keys(target);
    await conn.del(k.order, k.seq);
  } finally {
    await close();
  }
}

export interface CollectOptions {
  /**
   * The inputs given to `addToQueue` (the same files, in the same folder, or the same items): then
   * there is a line for each of them, in their order, and a LOST error line for each one whose job
   * is gone from Redis. Without them the queue's own record of its inputs is used, which a Redis
   * restart without persistence loses with the jobs.
   */
  inputs?: AsyncIterable<InputItem> | Iterable<InputItem>;
  /** Wait until no job is pending (default true); false: throw when some are. */
  wait?: boolean;
  /** How often to look while waiting, in ms (default 500). */
  pollMs?: number;
  /** Called with the counts while waiting. */
  onWait?: (c: QueueCounts) => void;
  /** Stop waiting when aborted. */
  signal?: AbortSignal;
}

export interface CollectedLine {
  index: number;
  id: string;
  ok: boolean;
  deals: number;
  /** The JSONL line without its newline. */
  line: string;
  error?: { code: string; message: string };
}

/** What a LOST line says: where the job went, and what to do. */
const LOST_HINT =
  'its job is missing from Redis (removed, evicted under maxmemory, or lost by a Redis restart without persistence: see the README\'s Redis settings); add the input again (queue add), run a worker and collect again';

function lostLine(id: string): CollectedLine {
  const error = { code: 'LOST', message: `${id}: no result in the queue: ${LOST_HINT}` };
  return { index: 0, id, ok: false, deals: 0, line: JSON.stringify({ id, error }), error };
}

function failedLine(job: Job<ArticleJobData> | undefined, id: string): CollectedLine & { index: number } {
  if (!job) return lostLine(id);
  const reason = job.failedReason ? job.failedReason.replace(/\s+/g, ' ').trim() : 'it holds no result';
  const message = `${id}: failed in the queue after ${job.attemptsMade ?? 0} attempt(s): ${reason}`;
  const error = { code: 'INTERNAL', message };
  return { index: 0, id, ok: false, deals: 0, line: JSON.stringify({ id, error }), error };
}

/** The collected line of `job` (its result, or why there is none). */
function lineOf(job: Job<ArticleJobData, ArticleJobResult> | undefined, id: string): CollectedLine {
  const rv = job?.returnvalue as ArticleJobResult | null | undefined;
  if (job && rv && typeof rv.line === 'string') {
    const error = rv.ok ? undefined : ((JSON.parse(rv.line) as { error?: { code: string; message: string } }).error ?? undefined);
    return { index: 0, id, ok: rv.ok, deals: rv.deals, line: rv.line, error };
  }
  return failedLine(job, id);
}

/**
 * Every result, in input order: a record line or an error line per input, the same lines
 * `dealsift extract` writes. Waits for the workers to finish unless `wait: false`.
 */
export async function* collectResults(target: QueueTarget, options: CollectOptions = {}): AsyncGenerator<CollectedLine> {
  const { conn, queue, close } = await openQueue(target);
  try {
    for (;;) {
      const c = await countsOf(queue, conn, target);
      if (pending(c) === 0) break;
      if (options.wait === false) {
        throw new DealsiftError('INTERNAL', target.queue, `${pending(c)} of ${c.inputs} jobs are not done yet (waiting ${c.waiting}, active ${c.active}, delayed ${c.delayed}): start workers, or collect without --no-wait to wait for them`);
      }
      options.onWait?.(c);
      if (options.signal?.aborted) throw new DealsiftError('INTERNAL', target.queue, 'interrupted while waiting for the workers');
      await new Promise((r) => setTimeout(r, options.pollMs ?? 500));
    }
    const page = 500;
    let index = 0;
    if (options.inputs) {
      // the inputs say what to expect; Redis may have lost any part of it
      let batch: string[] = [];
      const flush = async function* () {
        const jobs = await Promise.all(batch.map((id) => queue.getJob(jobIdFor(id))));
        for (const [i, job] of jobs.entries()) yield { ...lineOf(job, batch[i]), index: index++ };
        batch = [];
      };
      for await (const item of options.inputs) {
        batch.push(item.id);
        if (batch.length >= page) yield* flush();
      }
      yield* flush();
      return;
    }
    const { order } = keys(target);
    if ((await conn.zcard(order)) === 0) {
      throw new DealsiftError(
        'LOST',
        target.queue,
        `the queue holds no inputs at ${target.redis.replace(/\/\/[^@/]*@/, '//***@')}: nothing was added to it, it was cleared, or Redis lost it (a restart without persistence: see the README's Redis settings). Give collect the inputs given to queue add to see which have no result`,
      );
    }
    for (let start = 0; ; start += page) {
      const ids = await conn.zrange(order, start, start + page - 1);
      if (!ids.length) break;
      const jobs = await Promise.all(ids.map((id) => queue.getJob(id)));
      for (const [i, job] of jobs.entries()) yield { ...lineOf(job, job?.data?.id ?? `job ${ids[i]}`), index: index++ };
    }
  } finally {
    await close();
  }
}

export interface WorkerOptions extends Omit<PoolOptions, 'mode'> {
  /** Worker name, stored with each job it takes (default: host and process id). */
  name?: string;
  /** Worker threads (default: the number of cores); twice as many jobs are in hand at once. */
  concurrency?: number;
  /** How long a job stays locked by a worker that stopped answering (default 30000 ms). */
  lockMs?: number;
  /** Exit once the queue has nothing waiting, delayed or active. */
  untilEmpty?: boolean;
  /** When aborted: take no new job, finish the ones in hand, then return. */
  signal?: AbortSignal;
  /** Called after each job with its result. */
  onResult?: (r: ArticleJobResult & { id: string }) => void;
  /** Called when the connection to Redis is lost (with the reason) and when it is back. */
  onConnection?: (state: 'lost' | 'back', reason?: string) => void;
}

/**
 * Run a worker until `signal` aborts (or, with `untilEmpty`, until the queue is done): pull jobs,
 * run the pipeline on a pool of worker threads with the per-article time limit, and store each line
 * as the job's result. A worker thread that crashes fails the attempt (retried with backoff; the
 * last attempt stores the INTERNAL error line that `extract` would write). A worker process that
 * dies leaves its jobs locked until `lockMs` runs out; another worker then takes them.
 */
export async function runQueueWorker(target: QueueTarget, options: WorkerOptions = {}): Promise<{ done: number }> {
  const conn = await connect(target, true);
  // A Redis restart: ioredis reconnects (BullMQ's blocking connection too), and the worker goes on.
  let lost = false;
  conn.on('reconnecting', () => {
    if (lost) return;
    lost = true;
    options.onConnection?.('lost', 'the connection was closed; reconnecting');
  });
  conn.on('ready', () => {
    if (!lost) return;
    lost = false;
    options.onConnection?.('back');
  });
  const jobs = Math.max(1, Math.floor(options.concurrency ?? options.jobs ?? defaultJobs()));
  const pool = new ArticlePool({ mode: 'extract', jobs, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxHeapMb: options.maxHeapMb, workerFile: options.workerFile });
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
  let done = 0;
  const worker = new Worker<ArticleJobData, ArticleJobResult>(
    target.queue,
    async (job) => {
      const data = job.data;
      const pre = errorLineOf(data);
      let res: ArticleJobResult;
      if (pre) res = { ok: false, deals: 0, line: pre };
      else {
        const r = await pool.run(fromJobData(data), 0, data.options ?? {});
        const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        if (r.crashed && !last) throw new Error(r.error?.message ?? 'the worker thread failed');
        res = { ok: r.ok, deals: r.deals, line: r.json };
      }
      done++;
      options.onResult?.({ ...res, id: data.id });
      return res;
    },
    {
      connection: conn,
      prefix: prefixOf(target),
      // Twice as many jobs in hand as threads: while a thread works on one, the next is already
      // fetched, so Redis round trips do not leave threads idle.
      concurrency: jobs * 2,
      name: options.name,
      lockDuration: lockMs,
      stalledInterval: lockMs,
      maxStalledCount: 2,
      autorun: false,
    },
  );
  worker.on('error', () => {}); // connection errors: ioredis reconnects; a lost lock is the stalled check's business
  const stop = new Promise<void>((resolve) => {
    if (options.signal?.aborted) resolve();
    options.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  // --until-empty: look every half second whether anything is left to do (anywhere, not only here).
  const watch = options.untilEmpty ? queueOn(conn, target) : null;
  let idleTimer: NodeJS.Timeout | undefined;
  const empty = new Promise<void>((resolve) => {
    if (!watch) return;
    const look = async () => {
      const left = await countsOf(watch, conn, target).then(pending, () => -1);
      if (left === 0) resolve();
      else idleTimer = setTimeout(look, 500);
    };
    idleTimer = setTimeout(look, 500);
  });
  const running = worker.run();
  try {
    await Promise.race([stop, empty, running]);
  } finally {
    clearTimeout(idleTimer);
    await watch?.close();
    await worker.close(); // waits for the jobs in hand
    await running.catch(() => {});
    await pool.destroy();
    conn.disconnect();
  }
  return { done };
}
