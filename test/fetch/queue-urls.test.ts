/**
 * `dealsift queue add` with URLs: the pages are fetched where they are added and queued whole, so
 * that a worker gives each the line `dealsift extract` gives it. Needs a real Redis (skips, saying
 * why, where none can be started) and the build.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearQueue, type QueueTarget } from '../../src/queue/index.js';
import { startRedis } from '../queue/redis-server.js';
import { corpusFiles, root, startTestServer, type TestServer } from './server.js';

const bin = path.join(root, 'bin/dealsift.js');
const { redis, reason } = await startRedis();
if (!redis) console.warn(`queue tests with URLs skipped: ${reason}`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  await redis?.stop();
});

function dealsift(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!redis)('dealsift queue add with URLs', () => {
  it('queues the pages of a feed and an error job for a failing URL; the collected lines are those of extract', async () => {
    const t: QueueTarget = { redis: redis!.url, queue: `urls-${process.pid}` };
    const target = ['--redis', t.redis, '--queue', t.queue];
    const dir = mkdtempSync(path.join(tmpdir(), 'dealsift-queue-urls-'));
    const inputs = [`${server.base}/atom.xml`, `${server.base}/missing`];
    const fast = ['--delay', '0', '--retries', '0'];
    const added = await dealsift(['queue', 'add', ...inputs, ...fast, ...target]);
    expect(added.code).toBe(1); // the missing page
    expect(added.stderr).toMatch(/added 6 inputs .*\(0 already there, 1 unreadable\)/);
    const worker = await dealsift(['worker', ...target, '-c', '1', '--until-empty']);
    expect(worker.code).toBe(0);
    const collected = await dealsift(['queue', 'collect', '-o', path.join(dir, 'queue.jsonl'), ...target]);
    expect(collected.code).toBe(1);
    const local = await dealsift(['extract', ...inputs, ...fast, '-o', path.join(dir, 'local.jsonl'), '-q']);
    expect(local.code).toBe(1);
    const queueOut = readFileSync(path.join(dir, 'queue.jsonl'), 'utf8');
    expect(queueOut).toBe(readFileSync(path.join(dir, 'local.jsonl'), 'utf8'));
    expect(queueOut.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([...corpusFiles.slice(0, 5).map((f) => `${server.base}/pages/${f}`), `${server.base}/missing`]);
    await clearQueue(t);
  }, 120_000);
});
