/**
 * A real Redis for the queue tests: $DEALSIFT_TEST_REDIS_URL when set (CI starts one), otherwise a
 * redis-server of our own on a free loopback port in a temporary directory, stopped at the end.
 * `null` (with the reason) when neither is possible: the tests then skip and say why.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

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

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => s.write('PING\r\n'));
    s.once('data', (d) => {
      s.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    s.once('error', () => resolve(false));
  });
}

export async function startRedis(): Promise<{ redis: TestRedis | null; reason: string }> {
  const given = process.env.DEALSIFT_TEST_REDIS_URL;
  if (given) return { redis: { url: given, stop: async () => {} }, reason: '' };
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return { redis: null, reason: 'no redis-server on PATH and no DEALSIFT_TEST_REDIS_URL (.ci/run installs Debian\'s redis-server)' };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'dealsift-redis-'));
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !(await answers(port)); i++) await new Promise((r) => setTimeout(r, 50));
  if (!(await answers(port))) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    return { redis: null, reason: `redis-server did not answer on port ${port}` };
  }
  return {
    redis: {
      url: `redis://127.0.0.1:${port}`,
      stop: () =>
        new Promise<void>((resolve) => {
          child.once('exit', () => {
            rmSync(dir, { recursive: true, force: true });
            resolve();
          });
          child.kill('SIGTERM');
        }),
    },
    reason: '',
  };
}
