/**
 * Benchmark of the distributed batch: the same inputs run (a) locally by `dealsift extract` with
 * worker threads and (b) through BullMQ and Redis by `dealsift queue add`, 1, 2 and 4 `dealsift
 * worker` processes (one thread each, plus one process with one thread per core), and `queue
 * collect`. Prints articles per second of each and the ratios to the local run, the Redis memory per
 * article and the time of add and collect, all from this run.
 *
 * Inputs: the stories of ../shared/datasets/reuters-acq (or the corpus, repeated, when absent).
 * Starts its own redis-server on a free loopback port (Debian's redis-server must be installed).
 * Usage: npm run bench:queue [-- --sample N]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { startRedis } from '../test/queue/redis-server.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin/dealsift.js');
const storiesFile = path.join(root, '..', 'shared', 'datasets', 'reuters-acq', 'acq.jsonl');
const args = process.argv.slice(2);
const sampleArg = args.includes('--sample') ? Number(args[args.indexOf('--sample') + 1]) : 800;

function inputs(dir: string): { file: string; n: number; bytes: number; source: string } {
  let items: { id: string; text: string; publishedAt?: string }[] = [];
  let source: string;
  if (existsSync(storiesFile)) {
    for (const l of readFileSync(storiesFile, 'utf8').split('\n').filter(Boolean)) {
      const o = JSON.parse(l) as { id: number; title: string | null; body: string | null; date_iso?: string };
      const text = [o.title, o.body].filter(Boolean).join('\n\n').trim();
      if (text) items.push({ id: `acq-${o.id}`, text, publishedAt: o.date_iso?.slice(0, 10) });
    }
    source = `stories of ${path.relative(root, storiesFile)}`;
  } else {
    const corpus = path.join(root, 'corpus');
    const texts = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(corpus, f), 'utf8'));
    items = Array.from({ length: sampleArg }, (_, i) => ({ id: `corpus-${i}`, text: texts[i % texts.length] }));
    source = 'corpus .txt articles, repeated (the shared datasets are absent)';
  }
  items = items.slice(0, sampleArg);
  const file = path.join(dir, 'items.jsonl');
  writeFileSync(file, items.map((x) => JSON.stringify(x)).join('\n') + '\n');
  return { file, n: items.length, bytes: items.reduce((s, x) => s + Buffer.byteLength(x.text), 0), source: `${items.length} ${source}` };
}

function run(argv: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`dealsift ${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

async function workers(url: string, queue: string, processes: number, threads: number): Promise<number> {
  const t0 = performance.now();
  await Promise.all(
    Array.from(
      { length: processes },
      (_, i) =>
        new Promise<void>((resolve, reject) => {
          const c = spawn(process.execPath, [bin, 'worker', '--redis', url, '--queue', queue, '-c', String(threads), '--until-empty', '-q', '--name', `bench-${i}`], { cwd: root, stdio: 'ignore' });
          c.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${i} exited with ${code}`))));
        }),
    ),
  );
  return (performance.now() - t0) / 1000;
}

async function main(): Promise<void> {
  const { redis, reason } = await startRedis();
  if (!redis) {
    console.log(`skipped: ${reason}`);
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'dealsift-bench-queue-'));
  const cores = availableParallelism();
  try {
    const inp = inputs(dir);
    console.log(`inputs: ${inp.source}, ${(inp.bytes / 1e6).toFixed(2)} MB of text; ${cores} cores; load average before: ${loadavg()[0].toFixed(2)}`);
    const out = path.join(dir, 'out.jsonl');
    const rows: { name: string; seconds: number }[] = [];
    const local1 = run(['extract', inp.file, '-j', '1', '-q', '-o', out]);
    rows.push({ name: 'local extract, 1 thread', seconds: local1 });
    const localN = run(['extract', inp.file, '-j', String(cores), '-q', '-o', out]);
    rows.push({ name: `local extract, ${cores} threads`, seconds: localN });
    const reference = readFileSync(out);

    const conn = new Redis(redis.url);
    const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await conn.info('memory'))?.[1] ?? 0);
    let addSeconds = 0;
    let collectSeconds = 0;
    let perArticle = 0;
    let resultPerArticle = 0;
    let identical = true;
    const plans: [number, number][] = [
      [1, 1],
      [2, 1],
      [4, 1],
      [1, cores],
    ];
    for (const [processes, threads] of plans) {
      const queue = `bench-${processes}x${threads}`;
      run(['queue', 'clear', '--redis', redis.url, '--queue', queue, '-q']);
      const m0 = await usedMemory();
      addSeconds = run(['queue', 'add', inp.file, '--redis', redis.url, '--queue', queue, '-q']);
      const m1 = await usedMemory();
      perArticle = (m1 - m0) / inp.n;
      const seconds = await workers(redis.url, queue, processes, threads);
      resultPerArticle = ((await usedMemory()) - m1) / inp.n;
      rows.push({ name: `queue, ${processes} worker process${processes > 1 ? 'es' : ''} x ${threads} thread${threads > 1 ? 's' : ''}`, seconds });
      collectSeconds = run(['queue', 'collect', '--redis', redis.url, '--queue', queue, '-q', '-o', out]);
      identical &&= readFileSync(out).equals(reference);
      run(['queue', 'clear', '--redis', redis.url, '--queue', queue, '-q']);
    }
    conn.disconnect();

    const pad = (s: string, n: number) => s.padEnd(n);
    console.log(`\n${pad('run', 44)} ${pad('seconds', 8)} ${pad('articles/s', 11)} ${pad('MB/s', 6)} vs local 1 thread   vs local ${cores} threads`);
    for (const r of rows) {
      console.log(
        `${pad(r.name, 44)} ${pad(r.seconds.toFixed(2), 8)} ${pad((inp.n / r.seconds).toFixed(1), 11)} ${pad((inp.bytes / 1e6 / r.seconds).toFixed(3), 6)} ${pad(`${(local1 / r.seconds).toFixed(2)}x`, 18)} ${(localN / r.seconds).toFixed(2)}x`,
      );
    }
    console.log(`\nqueue add: ${addSeconds.toFixed(2)} s (${(inp.n / addSeconds).toFixed(0)} inputs/s); queue collect: ${collectSeconds.toFixed(2)} s (${(inp.n / collectSeconds).toFixed(0)} lines/s)`);
    console.log(`Redis memory per article: ${(perArticle / 1024).toFixed(1)} KB queued (its text: ${(inp.bytes / inp.n / 1024).toFixed(1)} KB), ${(resultPerArticle / 1024).toFixed(1)} KB more for its result`);
    console.log(`collected output byte-identical to local extract in every run: ${identical ? 'yes' : 'NO'}`);
    console.log(`(times include starting each process and loading the models; load average after: ${loadavg()[0].toFixed(2)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await redis.stop();
  }
}

await main();
