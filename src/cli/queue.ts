/**
 * `dealsift queue add|status|collect|clear` and `dealsift worker`: the distributed batch on BullMQ
 * and Redis. A thin client of src/queue (which this file loads only when one of these runs).
 */
import { hostname } from 'node:os';
import type { Command } from 'commander';
import { readInputs } from '../io/inputs.js';
import { BatchProgress, summaryLine, type BatchCounts } from '../batch/progress.js';
import { DEFAULT_MAX_HEAP_MB, DEFAULT_TIMEOUT_MS, defaultJobs } from '../batch/pool.js';
import { checkDate, checkInt, openOutput, usage } from './common.js';
import { fetchOptionsFrom, withFetchOptions, type FetchOpts } from './fetch-options.js';
import type { QueueTarget } from '../queue/index.js';

const log = (s: string) => process.stderr.write(`${s}\n`);

interface TargetOpts {
  redis: string;
  queue: string;
  prefix?: string;
  quiet?: boolean;
}

function target(opts: TargetOpts): QueueTarget {
  return { redis: opts.redis, queue: opts.queue, prefix: opts.prefix };
}

function withTarget(cmd: Command): Command {
  return cmd
    .option('--redis <url>', 'Redis URL (default: $DEALSIFT_REDIS_URL, else redis://127.0.0.1:6379)', process.env.DEALSIFT_REDIS_URL || 'redis://127.0.0.1:6379')
    .option('--queue <name>', 'queue name', 'dealsift')
    .option('--prefix <prefix>', 'Redis key prefix', 'dealsift')
    .option('-q, --quiet', 'no progress and no summary on stderr');
}

const queueLib = () => import('../queue/index.js');

/** Warn on stderr about Redis settings that would lose jobs in a restart (see the README's Redis settings). */
async function warnSettings(t: QueueTarget, quiet?: boolean): Promise<void> {
  if (quiet) return;
  const { redisSettings, settingsWarnings } = await queueLib();
  const s = await redisSettings(t).catch(() => null); // the command itself reports a connection failure
  for (const w of s ? settingsWarnings(s) : []) log(`dealsift: warning: ${w} (see the README: Redis settings)`);
}

export function registerQueue(program: Command, setCode: (code: number) => void): void {
  const queue = program.command('queue').description('a distributed batch on BullMQ and Redis: add inputs, see the status, collect the results');

  withTarget(
    withFetchOptions(
      queue
        .command('add')
        .description('enqueue inputs as jobs (an input already in the queue, by id, is not added again); URLs are fetched here, and their pages queued')
        .argument('[inputs...]', 'files (.html, .htm, .txt, .jsonl), directories, http(s) URLs of pages, feeds or sitemaps, or - for stdin')
        .option('--published <date>', 'publication date for inputs that carry none (ISO date)')
        .option('--jsonl', 'read standard input as JSONL items'),
    ),
  ).action(async (inputs: string[], opts: TargetOpts & FetchOpts & { published?: string; jsonl?: boolean }) => {
    const published = checkDate(opts.published);
    if (!inputs.length && !opts.urls?.length) throw usage("missing required argument 'inputs': expected files, directories, URLs, - for stdin, or --urls FILE");
    const fetch = fetchOptionsFrom(opts);
    const { addToQueue } = await queueLib();
    await warnSettings(target(opts), opts.quiet);
    const t0 = Date.now();
    const res = await addToQueue(readInputs(inputs, { jsonl: opts.jsonl, urlFiles: opts.urls, fetch }), target(opts), {
      pipeline: published ? { published } : {},
      onItem: (item) => {
        if (item.error && !opts.quiet) log(`dealsift: ${item.error.message}`);
      },
    });
    if (!opts.quiet) {
      log(`dealsift: added ${res.added} inputs to queue ${opts.queue} (${res.existing} already there, ${res.errors} unreadable) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    setCode(res.errors > 0 ? 1 : 0);
  });

  withTarget(queue.command('status').description('count the jobs: waiting, active, done, failed').option('--json', 'print the counts as JSON')).action(
    async (opts: TargetOpts & { json?: boolean }) => {
      const { queueStatus } = await queueLib();
      const c = await queueStatus(target(opts));
      if (opts.json) process.stdout.write(`${JSON.stringify(c)}\n`);
      else process.stdout.write(`${opts.queue}: ${c.inputs} inputs: ${c.waiting} waiting, ${c.active} active, ${c.delayed} delayed (retry), ${c.completed} done, ${c.failed} failed\n`);
      setCode(0);
    },
  );

  withTarget(
    queue
      .command('collect')
      .description('write every result as JSONL, in input order, once all jobs are done (the same lines as extract)')
      .argument('[inputs...]', "the inputs given to queue add (same folder): a line for each, and a LOST error line for each one Redis has no result for")
      .option('--jsonl', 'read standard input as JSONL items')
      .option('-o, --output <file>', 'write JSONL to this file instead of stdout')
      .option('--no-wait', 'fail at once if some jobs are not done, instead of waiting for the workers'),
  ).action(async (inputs: string[], opts: TargetOpts & { output?: string; wait: boolean; jsonl?: boolean }) => {
    const { collectResults } = await queueLib();
    let lost = 0;
    const t0 = Date.now();
    const counts: BatchCounts = { records: 0, errors: 0, deals: 0, skipped: 0 };
    const progress = new BatchProgress(process.stderr, !opts.quiet && process.stderr.isTTY === true);
    let waited = false;
    const out = openOutput(opts.output);
    try {
      for await (const r of collectResults(target(opts), {
        inputs: inputs.length ? readInputs(inputs, { jsonl: opts.jsonl }) : undefined,
        wait: opts.wait,
        onWait: (c) => {
          if (!waited && !opts.quiet) log(`dealsift: waiting for the workers: ${c.waiting + c.active + c.delayed} of ${c.inputs} jobs to go`);
          waited = true;
        },
      })) {
        if (r.ok) {
          counts.records++;
          counts.deals += r.deals;
        } else {
          counts.errors++;
          if (r.error?.code === 'LOST') lost++;
          progress.log(`dealsift: ${r.error?.message ?? r.line}`);
        }
        await out.write(`${r.line}\n`);
        progress.tick();
      }
    } finally {
      progress.stop();
      await out.close();
    }
    if (!opts.quiet) log(summaryLine(counts, Date.now() - t0));
    if (lost) log(`dealsift: ${lost} input(s) have no result in the queue (LOST error lines): add them again with queue add, run a worker, and collect again`);
    setCode(counts.errors > 0 ? 1 : 0);
  });

  withTarget(queue.command('clear').description('delete the queue: its jobs, results and input order')).action(async (opts: TargetOpts) => {
    const { clearQueue } = await queueLib();
    await clearQueue(target(opts));
    if (!opts.quiet) log(`dealsift: queue ${opts.queue} cleared`);
    setCode(0);
  });

  withTarget(
    program
      .command('worker')
      .description('pull jobs from a queue and run the pipeline on them, until SIGTERM (or, with --until-empty, until the queue is done)')
      .option('-c, --concurrency <n>', 'worker threads, with two jobs in hand per thread (default: the number of cores)')
      .option('--timeout <ms>', `time limit per article in milliseconds of CPU time; 0 for none (default ${DEFAULT_TIMEOUT_MS})`)
      .option('--max-heap <mb>', `heap limit per worker thread in MB; 0 for V8's default (default ${DEFAULT_MAX_HEAP_MB})`)
      .option('--lock-ms <ms>', 'how long a job stays with a worker that stopped answering before another takes it (default 30000)')
      .option('--name <name>', 'worker name stored with each job it takes (default: host:pid)')
      .option('--until-empty', 'exit once no job is waiting, delayed or active'),
  ).action(async (opts: TargetOpts & { concurrency?: string; timeout?: string; maxHeap?: string; lockMs?: string; name?: string; untilEmpty?: boolean }) => {
    const concurrency = checkInt('--concurrency', opts.concurrency, 1, 'a whole number of jobs, 1 or more') ?? defaultJobs();
    const timeoutMs = checkInt('--timeout', opts.timeout, 0, 'a time limit per article in milliseconds (0 for none)') ?? DEFAULT_TIMEOUT_MS;
    const maxHeapMb = checkInt('--max-heap', opts.maxHeap, 0, "a heap limit per worker in MB (0 for V8's default)") ?? DEFAULT_MAX_HEAP_MB;
    const lockMs = checkInt('--lock-ms', opts.lockMs, 1000, 'a time in milliseconds, 1000 or more');
    const name = opts.name ?? `${hostname()}:${process.pid}`;
    const { runQueueWorker } = await queueLib();
    const counts: BatchCounts = { records: 0, errors: 0, deals: 0, skipped: 0 };
    const t0 = Date.now();
    // SIGTERM or Ctrl-C: take no new job, finish the ones in hand; a second one: quit now (the jobs
    // in hand go back to the queue when their lock runs out).
    const stop = new AbortController();
    const onSignal = () => {
      if (stop.signal.aborted) process.exit(130);
      stop.abort();
      if (!opts.quiet) log(`dealsift worker ${name}: stopping: finishing the jobs in hand (again to quit now)`);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    if (!opts.quiet) log(`dealsift worker ${name}: working on queue ${opts.queue} at ${opts.redis.replace(/\/\/[^@/]*@/, '//***@')} with ${concurrency} thread(s)`);
    await warnSettings(target(opts), opts.quiet);
    try {
      await runQueueWorker(target(opts), {
        name,
        concurrency,
        timeoutMs,
        maxHeapMb,
        lockMs,
        untilEmpty: opts.untilEmpty,
        signal: stop.signal,
        // a Redis restart: said once when the connection is lost and once when it is back
        onConnection: (state, reason) => log(`dealsift worker ${name}: ${state === 'lost' ? `lost the connection to Redis (${reason})` : 'reconnected to Redis; going on'}`),
        onResult: (r) => {
          if (r.ok) {
            counts.records++;
            counts.deals += r.deals;
          } else {
            counts.errors++;
            if (!opts.quiet) log(`dealsift: ${(JSON.parse(r.line) as { error?: { message?: string } }).error?.message ?? r.line}`);
          }
        },
      });
    } finally {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    }
    if (!opts.quiet) log(`${summaryLine(counts, Date.now() - t0)} (worker ${name})`);
    setCode(0);
  });
}
