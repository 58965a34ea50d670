/** What the commands share: output streams and the checks of option values (usage errors, exit code 2). */
import { createWriteStream } from 'node:fs';
import { CommanderError } from 'commander';

export interface Out {
  write(s: string): Promise<void>;
  close(): Promise<void>;
}

export function openOutput(file: string | undefined, append = false): Out {
  if (!file) {
    // A closed pipe (`| head`) is an error on stdout: it ends the batch instead of crashing the process.
    let failed: Error | null = null;
    const waiters = new Set<(e?: Error) => void>();
    const onError = (e: Error) => {
      failed = e;
      for (const w of waiters) w(e);
    };
    process.stdout.on('error', onError);
    return {
      write: (s) =>
        new Promise((resolve, reject) => {
          if (failed) return reject(failed);
          if (process.stdout.write(s)) return resolve();
          const done = (e?: Error) => {
            waiters.delete(done);
            process.stdout.off('drain', done);
            if (e) reject(e);
            else resolve();
          };
          waiters.add(done);
          process.stdout.once('drain', done);
        }),
      close: async () => {
        if (!failed) process.stdout.off('error', onError);
      },
    };
  }
  const stream = createWriteStream(file, { flags: append ? 'a' : 'w' });
  return {
    write: (s) => new Promise((resolve, reject) => (stream.write(s, (e) => (e ? reject(e) : resolve())))),
    close: () => new Promise((resolve) => stream.end(resolve)),
  };
}

export function usage(message: string): CommanderError {
  return new CommanderError(2, 'dealsift.usage', message);
}

export function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value.slice(0, 10)))) {
    throw usage(`--published: expected an ISO date such as 1987-02-26 or 2026-11-03T09:30:00Z, got "${value}"`);
  }
  return value;
}

export function checkInt(flag: string, value: string | undefined, min: number, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value))) throw usage(`${flag}: expected ${what}, got "${value}"`);
  return Number(value);
}
