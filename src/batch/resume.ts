/**
 * --resume: read the ids already in an output file, and repair its end so that appending to it
 * keeps it valid JSONL. An interrupted run can leave a last line without its newline (a partial
 * write); that tail is dropped when it is not a whole JSON value, and completed with a newline when
 * it is.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';

export interface ResumeState {
  /** Ids that already have a line (a record or an error line). */
  ids: Set<string>;
  /** Whole lines kept. */
  lines: number;
  /** Bytes dropped from the end (a truncated last line), or 0. */
  dropped: number;
}

function idOf(line: string): string | null {
  try {
    const o = JSON.parse(line) as unknown;
    if (o && typeof o === 'object' && !Array.isArray(o)) {
      const id = (o as { id?: unknown }).id;
      if (typeof id === 'string') return id;
    }
  } catch {
    /* not a whole line */
  }
  return null;
}

/** Read `file` (absent: nothing done), note its ids, and leave it ending with a whole line. */
export async function prepareResume(file: string): Promise<ResumeState> {
  const ids = new Set<string>();
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ids, lines: 0, dropped: 0 };
    throw e;
  }
  // An empty file (a run killed before its first line, or one created by the shell) has nothing to
  // read: a read stream's `end` of size - 1 would be -1, which Node rejects.
  if (size === 0) return { ids, lines: 0, dropped: 0 };
  let lines = 0;
  let offset = 0; // bytes consumed up to the last newline
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(file, { end: size - 1 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      pending.push(chunk.subarray(from, nl));
      const bytes = Buffer.concat(pending);
      const line = bytes.toString('utf8');
      offset += bytes.length + 1;
      pending = [];
      from = nl + 1;
      if (!line.trim()) continue;
      lines++;
      const id = idOf(line);
      if (id !== null) ids.add(id);
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (offset === size) return { ids, lines, dropped: 0 };
  const tail = Buffer.concat(pending).toString('utf8');
  const id = tail.trim() ? idOf(tail) : null;
  const fh = await open(file, 'r+');
  try {
    if (id !== null) {
      // a whole line that lacks only its newline
      await fh.write('\n', size);
      ids.add(id);
      return { ids, lines: lines + 1, dropped: 0 };
    }
    await fh.truncate(offset);
    return { ids, lines, dropped: size - offset };
  } finally {
    await fh.close();
  }
}
