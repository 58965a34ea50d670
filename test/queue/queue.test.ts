/**
 * The distributed batch against a real Redis (see redis-server.ts): enqueue, run worker processes,
 * kill one in the middle of a job, collect, and compare with `dealsift extract` byte for byte.
 * Needs the build (npm test builds first). Skips, saying why, where no Redis can be started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { addToQueue, clearQueue, collectResults, queueStatus, runQueueWorker, type QueueTarget } from '../../src/queue/index.js';
import { startRedis } from './redis-server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/dealsift.js');
const corpus = path.join(root, 'corpus');
const testWorker = path.join(root, 'test/batch/fixtures/test-worker.mjs');

const { redis, reason } = await startRedis();
if (!redis) console.warn(`queue tests skipped: ${reason}`);
afterAll(async () => redis?.stop());

let queues = 0;
function newTarget(): QueueTarget {
  return { redis: redis!.url, queue: `test-${process.pid}-${++queues}` };
}
const targetArgs = (t: QueueTarget) => ['--redis', t.redis, '--queue', t.queue];

function dealsift(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function startWorker(t: QueueTarget, name: string, extra: string[] = []): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, [bin, 'worker', ...targetArgs(t), '--name', name, '-c', '1', ...extra], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => err };
}

/** Wait until `test` holds, looking every 25 ms, for at most `ms`. */
async function until<T>(test: () => Promise<T | null | undefined | false>, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await test();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A JSONL file of long articles (the corpus's texts, repeated): each takes a worker a second or more. */
function slowItems(dir: string, ids: string[]): string {
  const texts = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(corpus, f), 'utf8'))
    .join('\n\n');
  let long = '';
  while (long.length < 300_000) long += `${texts}\n\n`;
  const file = path.join(dir, 'long.jsonl');
  writeFileSync(file, ids.map((id, i) => JSON.stringify({ id, text: long.slice(i * 1000) })).join('\n') + '\n');
  return file;
}

async function withQueue<T>(t: QueueTarget, fn: (q: Queue) => Promise<T>): Promise<T> {
  const conn = new Redis(t.redis, { maxRetriesPerRequest: null });
  const q = new Queue(t.queue, { connection: conn, prefix: 'dealsift' });
  try {
    return await fn(q);
  } finally {
    await q.close();
    conn.disconnect();
  }
}

describe.skipIf(!redis)('dealsift queue and worker, with a real Redis', () => {
  it('adds each input once, however often it is added', async () => {
    const t = newTarget();
    const first = dealsift(['queue', 'add', 'corpus', ...targetArgs(t)]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/added 20 inputs .*\(0 already there, 0 unreadable\)/);
    const again = dealsift(['queue', 'add', 'corpus', 'corpus/solvane-q3-earnings-no-deal.html', ...targetArgs(t)]);
    expect(again.stderr).toMatch(/added 0 inputs .*\(21 already there/);
    expect(await queueStatus(t)).toMatchObject({ inputs: 20, waiting: 20, active: 0, completed: 0 });
    const status = dealsift(['queue', 'status', '--json', ...targetArgs(t)]);
    expect(JSON.parse(status.stdout)).toMatchObject({ inputs: 20, waiting: 20 });
    expect(dealsift(['queue', 'status', ...targetArgs(t)]).stdout).toMatch(/20 inputs: 20 waiting, 0 active, 0 delayed \(retry\), 0 done, 0 failed/);
    // no worker has run: collect --no-wait refuses, writes nothing, and says what to do
    const early = dealsift(['queue', 'collect', '--no-wait', ...targetArgs(t)]);
    expect(early.code).toBe(1);
    expect(early.stdout).toBe('');
    expect(early.stderr).toMatch(/20 of 20 jobs are not done yet .*start workers/);
    await clearQueue(t);
    expect(await queueStatus(t)).toMatchObject({ inputs: 0, waiting: 0 });
  });

  it(
    'survives a worker killed in the middle of a job: the output is byte-identical to extract, every input exactly once',
    async () => {
      const t = newTarget();
      const dir = mkdtempSync(path.join(tmpdir(), 'dealsift-queue-'));
      const long = slowItems(dir, ['long-1', 'long-2']);
      const inputs = [long, corpus, path.join(dir, 'missing.html')];
      const added = dealsift(['queue', 'add', ...inputs, ...targetArgs(t)]);
      expect(added.code).toBe(1); // one input could not be read
      expect(added.stderr).toMatch(/added 23 inputs .*1 unreadable/);

      const lock = ['--lock-ms', '1500', '--until-empty'];
      const a = startWorker(t, 'worker-a', lock);
      // worker-a takes the first job, a long one; kill it while it works on it
      const victim = await until(
        () => withQueue(t, async (q) => (await q.getJobs(['active'])).find((j) => j.processedBy === 'worker-a')),
        60_000,
        'worker-a to take a job',
      );
      const b = startWorker(t, 'worker-b', lock);
      await new Promise((r) => setTimeout(r, 300));
      expect(await withQueue(t, async (q) => (await q.getJob(victim.id!))?.finishedOn)).toBeFalsy(); // still in worker-a's hands
      a.child.kill('SIGKILL');
      expect(await a.exited).toBe(null);
      expect(await b.exited).toBe(0);

      const collected = dealsift(['queue', 'collect', '-o', path.join(dir, 'queue.jsonl'), ...targetArgs(t)]);
      expect(collected.code).toBe(1); // the unreadable input's error line
      const local = dealsift(['extract', ...inputs, '-o', path.join(dir, 'local.jsonl'), '-q']);
      expect(local.code).toBe(1);
      const queueOut = readFileSync(path.join(dir, 'queue.jsonl'));
      expect(queueOut.equals(readFileSync(path.join(dir, 'local.jsonl')))).toBe(true);
      const ids = queueOut.toString('utf8').trim().split('\n').map((l) => JSON.parse(l).id as string);
      expect(ids.length).toBe(23);
      expect(new Set(ids).size).toBe(23);
      expect(ids.slice(0, 2)).toEqual(['long-1', 'long-2']);

      // the killed worker's job went back to the queue and worker-b did it
      const job = await withQueue(t, (q) => q.getJob(victim.id!));
      expect(job?.processedBy).toBe('worker-b');
      expect(job?.stalledCounter).toBeGreaterThanOrEqual(1);
      await clearQueue(t);
    },
    180_000,
  );

  it('finishes the job in hand on SIGTERM, then exits 0', async () => {
    const t = newTarget();
    const dir = mkdtempSync(path.join(tmpdir(), 'dealsift-queue-'));
    dealsift(['queue', 'add', slowItems(dir, ['long-1']), ...targetArgs(t)]);
    const w = startWorker(t, 'worker-t');
    await until(() => withQueue(t, async (q) => (await q.getJobs(['active'])).length > 0), 60_000, 'the worker to take the long job');
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
    expect(w.stderr()).toMatch(/stopping: finishing the jobs in hand/);
    const c = await queueStatus(t);
    expect(c.active).toBe(0);
    expect(c.completed).toBeGreaterThanOrEqual(1); // the long job was finished, not dropped
    const done = await withQueue(t, async (q) => (await q.getJobs(['completed'])).map((j) => j.data.id as string));
    expect(done).toContain('long-1');
    await clearQueue(t);
  }, 120_000);

  it('as a library: order kept, the time limit applied, a crashing article retried and then reported', async () => {
    const t = newTarget();
    const items = ['a', 'slow-1', 'b', 'crash-1', 'c'].map((id) => ({ id, doc: { id, text: `${id.toUpperCase()} Corp agreed to acquire Widget Inc for $5 million.` } }));
    const res = await addToQueue(items, t, { attempts: 2 });
    expect(res).toEqual({ added: 5, existing: 0, errors: 0 });
    await expect(collectResults(t, { wait: false }).next()).rejects.toThrow(/5 of 5 jobs are not done yet/);
    const seen: string[] = [];
    await runQueueWorker(t, { concurrency: 2, timeoutMs: 500, lockMs: 2000, untilEmpty: true, workerFile: testWorker, onResult: (r) => seen.push(r.id) });
    const lines = [];
    for await (const r of collectResults(t)) lines.push(r);
    expect(lines.map((l) => l.id)).toEqual(['a', 'slow-1', 'b', 'crash-1', 'c']);
    expect(lines.map((l) => l.ok)).toEqual([true, false, true, false, true]);
    expect(lines[1].error?.code).toBe('TIMEOUT');
    expect(lines[3].error).toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/worker failed/) });
    const crash = await withQueue(t, async (q) => (await q.getJobs(['completed'])).find((j) => j.data.id === 'crash-1'));
    expect(crash?.attemptsMade).toBe(2); // a failed attempt, then the last one, which stored the error line
    expect(seen.filter((id) => id === 'crash-1').length).toBe(1);
    await clearQueue(t);
  }, 120_000);
});

describe('dealsift queue: bad connection settings get a clear error', () => {
  it.each([
    [['--redis', 'http://example.com'], /expected a Redis URL such as redis:\/\/127\.0\.0\.1:6379/],
    [['--redis', 'redis://127.0.0.1:1'], /could not connect to Redis/],
    [['--redis', 'redis://127.0.0.1:1', '--queue', 'a:b'], /expected a queue name without ":"/],
  ])('%j', (args, message) => {
    const r = dealsift(['queue', 'status', ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });
});
