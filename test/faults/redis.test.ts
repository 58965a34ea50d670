/**
 * Redis faults for the queue: a Redis of our own (redis-server on a free loopback port, in a
 * temporary folder) shut down and restarted in the middle of a batch.
 * - With the append-only file on: the workers reconnect by themselves, say so, and the collected
 *   file is byte-identical to `dealsift extract`.
 * - Without persistence: the queue is lost. The workers do not hang; `queue collect` does not print
 *   a silent short file: without the inputs it refuses, naming the cause; with them it writes a LOST
 *   line for each input that has no result; adding those again and collecting gives the whole file.
 * Skips, saying why, when redis-server is not on PATH. Needs the build (npm test builds first).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, corpus, corpusTexts, dealsift, idsOf, tempDir } from './helpers.js';

const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
const haveRedis = !probe.error && probe.status === 0;
if (!haveRedis) console.warn('Redis fault tests skipped: no redis-server on PATH (.ci/run installs Debian\'s redis-server)');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A redis-server that can be stopped and started again on the same port and folder. */
class TestServer {
  private child: ChildProcess | null = null;
  constructor(
    readonly port: number,
    readonly dir: string,
    readonly persistence: string[],
  ) {}
  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, ...this.persistence], { stdio: 'ignore' });
    for (let i = 0; i < 200; i++) {
      const c = new Redis(this.url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      c.on('error', () => {});
      const ok = await c.connect().then(
        () => c.ping().then((p) => p === 'PONG'),
        () => false,
      );
      c.disconnect();
      if (ok) return;
      await sleep(50);
    }
    throw new Error(`redis-server did not start on port ${this.port}`);
  }
  /** Shut down as an operator does (SIGTERM: with the append-only file on, it is flushed first). */
  async stop(): Promise<void> {
    const c = this.child;
    this.child = null;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
    });
  }
}

function startWorker(url: string, queue: string, name: string) {
  const child = spawn(process.execPath, [bin, 'worker', '--redis', url, '--queue', queue, '--name', name, '-c', '1', '--until-empty'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  let code: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve((code = c))));
  return { child, exited, stderr: () => err, running: () => code === undefined };
}

/** Jobs completed in `queue`, or -1 while Redis does not answer. */
async function completed(url: string, queue: string): Promise<number> {
  const c = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  c.on('error', () => {});
  try {
    await c.connect();
    return await c.zcard(`dealsift:${queue}:completed`);
  } catch {
    return -1;
  } finally {
    c.disconnect();
  }
}

async function until(test: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const dir = tempDir('redis');
let long = '';
let inputs: string[] = [];
let reference = Buffer.alloc(0);
const servers: TestServer[] = [];

beforeAll(() => {
  if (!haveRedis) return;
  // articles of 60,000 characters (a third of a second each): the batch lasts long enough to be cut
  let text = '';
  const all = corpusTexts().join('\n\n');
  while (text.length < 60_000) text += `${all}\n\n`;
  long = path.join(dir, 'long.jsonl');
  writeFileSync(long, Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `long-${i}`, text: text.slice(i * 500) })).join('\n') + '\n');
  inputs = [long, corpus];
  const r = dealsift(['extract', ...inputs, '-o', path.join(dir, 'reference.jsonl'), '-q'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  reference = readFileSync(path.join(dir, 'reference.jsonl'));
}, 120_000);

afterAll(async () => {
  for (const s of servers) await s.stop();
});

const collect = (url: string, queue: string, out: string, extra: string[] = []) =>
  spawnSync(process.execPath, [bin, 'queue', 'collect', ...extra, '--redis', url, '--queue', queue, '-o', out], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

describe.skipIf(!haveRedis)('the queue when Redis is shut down and restarted mid-batch', () => {
  it('with the append-only file: two workers reconnect by themselves and the collected file is byte-identical to extract', async () => {
    const server = new TestServer(await freePort(), tempDir('redis-aof'), ['--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '']);
    servers.push(server);
    await server.start();
    const q = 'aof';
    const added = dealsift(['queue', 'add', ...inputs, '--redis', server.url, '--queue', q], { cwd: dir });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).not.toMatch(/warning/); // these settings are the ones the README asks for

    const workers = [startWorker(server.url, q, 'w1'), startWorker(server.url, q, 'w2')];
    await until(async () => (await completed(server.url, q)) >= 3, 90_000, 'three jobs done');
    const before = await completed(server.url, q);
    expect(before).toBeLessThan(32); // mid-batch
    await server.stop();
    await sleep(2000); // Redis down for two seconds: the workers wait for it
    expect(workers.every((w) => w.running())).toBe(true);
    await server.start();
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes).toEqual([0, 0]);
    for (const w of workers) {
      expect(w.stderr()).toMatch(/lost the connection to Redis/);
      expect(w.stderr()).toMatch(/reconnected to Redis; going on/);
      expect(w.stderr()).not.toMatch(/\n\s+at /); // no stack traces
    }
    const out = path.join(dir, 'aof.jsonl');
    const c = collect(server.url, q, out);
    expect(c.status, c.stderr).toBe(0);
    expect(readFileSync(out).equals(reference)).toBe(true);
    await server.stop();
  }, 180_000);

  it('without persistence: jobs are lost, and collect names each input without a result; added again, the file is whole', async () => {
    const server = new TestServer(await freePort(), tempDir('redis-none'), ['--appendonly', 'no', '--save', '']);
    servers.push(server);
    await server.start();
    const q = 'none';
    const added = dealsift(['queue', 'add', ...inputs, '--redis', server.url, '--queue', q], { cwd: dir });
    expect(added.stderr).toMatch(/warning: Redis keeps neither an append-only file nor snapshots .* a restart of Redis loses the whole queue/);

    const w = startWorker(server.url, q, 'w1');
    await until(async () => (await completed(server.url, q)) >= 2, 90_000, 'two jobs done');
    await server.stop();
    await sleep(1000);
    await server.start(); // empty: the queue is gone
    expect(await w.exited).toBe(0); // reconnected, found nothing left to do, and stopped: no hang
    expect(w.stderr()).toMatch(/reconnected to Redis/);

    // without the inputs: a clear refusal, not an empty file that looks like a result
    const bare = collect(server.url, q, path.join(dir, 'bare.jsonl'));
    expect(bare.status).toBe(1);
    expect(bare.stderr).toMatch(/the queue holds no inputs .* Redis lost it \(a restart without persistence/);
    expect(readFileSync(path.join(dir, 'bare.jsonl'), 'utf8')).toBe('');

    // part of the batch added again and done (the corpus), the long articles not
    expect(dealsift(['queue', 'add', corpus, '--redis', server.url, '--queue', q, '-q'], { cwd: dir }).code).toBe(0);
    const w2 = startWorker(server.url, q, 'w2');
    expect(await w2.exited).toBe(0);
    const out = path.join(dir, 'none.jsonl');
    const c = collect(server.url, q, out, inputs);
    expect(c.status).toBe(1);
    const text = readFileSync(out, 'utf8');
    const lines = text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(idsOf(reference.toString('utf8'))); // a line for every input, in input order
    const lost = lines.filter((l) => l.error?.code === 'LOST');
    expect(lost.map((l) => l.id)).toEqual(Array.from({ length: 12 }, (_, i) => `long-${i}`));
    for (const l of lost) expect(l.error.message).toMatch(new RegExp(`^${l.id}: no result in the queue: its job is missing from Redis`));
    expect(c.stderr).toMatch(/12 input\(s\) have no result in the queue \(LOST error lines\)/);
    // the lines that are there are extract's own
    const refLines = reference.toString('utf8').split('\n');
    text.split('\n').forEach((l, i) => {
      if (!l.includes('"code":"LOST"')) expect(l).toBe(refLines[i]);
    });

    // add the lost ones again: the collected file is whole
    const again = dealsift(['queue', 'add', ...inputs, '--redis', server.url, '--queue', q, '-q'], { cwd: dir });
    expect(again.code).toBe(0);
    expect((await startWorker(server.url, q, 'w3').exited)).toBe(0);
    const c2 = collect(server.url, q, out, inputs);
    expect(c2.status, c2.stderr).toBe(0);
    expect(readFileSync(out).equals(reference)).toBe(true);
    await server.stop();
  }, 180_000);
});
