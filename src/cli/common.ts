/** What the commands share: output streams and the checks of option values (usage errors, exit code 2). */
import { closeSync, fstatSync, ftruncateSync, openSync, write } from 'node:fs';
import { CommanderError } from 'commander';

export interface Out {
  write(s: string): Promise<void>;
  close(): Promise<void>;
}

/** Exit code when the output could not be written after the run began (EX_IOERR of sysexits.h). */
export const EXIT_OUTPUT_FAILED = 74;

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
  EFBIG: 'the file is too large (over the file-size limit, ulimit -f)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EROFS: 'a read-only file system',
  EPIPE: 'it was closed (the program reading it stopped)',
  EIO: 'an input/output error',
};

/**
 * The output (a file, or standard output) could not be opened or written. `opening`: nothing was
 * run yet (the command exits 2, as for a usage error); otherwise the run stopped part way (exit 74).
 */
export class OutputError extends Error {
  constructor(
    /** The file, or "standard output". */
    readonly output: string,
    readonly code: string,
    readonly opening: boolean,
    /** Writes (lines, for JSONL) that went through before the failure. */
    readonly written: number,
    options?: { cause?: unknown },
  ) {
    const reason = REASONS[code] ?? (options?.cause instanceof Error ? options.cause.message : String(options?.cause));
    super(`${output}: ${opening ? 'cannot open it for writing' : 'writing failed'}: ${reason} (${code})`, options);
    this.name = 'OutputError';
  }
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException)?.code ?? 'EIO';

/**
 * Open the output: standard output, or `file` (truncated, or appended to with `append`). A file is
 * opened at once, so that a path that cannot be written fails before any input is read. Each
 * write() is written whole (a short write is continued); when one fails (a full disk, a file-size
 * limit) the file is cut back to the end of the last whole write, so it never ends in part of a
 * line, and the write rejects with an OutputError.
 */
export function openOutput(file: string | undefined, append = false): Out {
  if (!file) return stdoutOutput();
  let fd: number;
  try {
    fd = openSync(file, append ? 'a' : 'w');
  } catch (e) {
    throw new OutputError(file, codeOf(e), true, 0, { cause: e });
  }
  const st = fstatSync(fd);
  const regular = st.isFile();
  let end = append ? st.size : 0; // the file's length after the last whole write
  let written = 0;
  let failed: OutputError | null = null;
  let closed = false;
  const writeSome = (buf: Buffer, from: number) =>
    new Promise<number>((resolve, reject) => write(fd, buf, from, buf.length - from, null, (e, n) => (e ? reject(e) : resolve(n))));
  return {
    write: async (s) => {
      if (failed) throw failed;
      const buf = Buffer.from(s, 'utf8');
      try {
        for (let from = 0; from < buf.length; ) from += await writeSome(buf, from);
      } catch (e) {
        if (regular) {
          try {
            ftruncateSync(fd, end);
          } catch {
            /* the partial line stays; --resume drops it */
          }
        }
        failed = new OutputError(file, codeOf(e), false, written, { cause: e });
        throw failed;
      }
      end += buf.length;
      written++;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      closeSync(fd);
    },
  };
}

/** Standard output. A closed pipe (`| head`) or a full disk is an OutputError: it ends the run instead of crashing the process. */
function stdoutOutput(): Out {
  const name = 'standard output';
  let failed: OutputError | null = null;
  let written = 0;
  const waiters = new Set<(e?: Error) => void>();
  const fail = (e: unknown) => (failed ??= new OutputError(name, codeOf(e), false, written, { cause: e }));
  const onError = (e: Error) => {
    fail(e);
    for (const w of waiters) w(failed!);
  };
  process.stdout.on('error', onError);
  return {
    write: (s) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        written++;
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
