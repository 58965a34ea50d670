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
  /**
   * Lines per id. Output is in input order, so when inputs share an id (two JSONL items, or a file
   * named twice), the file holds the first `n` of them: skip that many, not all of them.
   */
  counts: Map<string, number>;
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
  const counts = new Map<string, number>();
  const note = (id: string) => {
    ids.add(id);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ids, counts, lines: 0, dropped: 0 };
    throw e;
  }
  // An empty file (a run killed before its first line, or one created by the shell) has nothing to
  // read: a read stream's `end` of size - 1 would be -1, which Node rejects.
  if (size === 0) return { ids, counts, lines: 0, dropped: 0 };
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
      if (id !== null) note(id);
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (offset === size) return { ids, counts, lines, dropped: 0 };
  const tail = Buffer.concat(pending).toString('utf8');
  const id = tail.trim() ? idOf(tail) : null;
  const fh = await open(file, 'r+');
  try {
    if (id !== null) {
      // a whole line that lacks only its newline
      await fh.write('\n', size);
      note(id);
      return { ids, counts, lines: lines + 1, dropped: 0 };
    }
    await fh.truncate(offset);
    return { ids, counts, lines, dropped: size - offset };
  } finally {
    await fh.close();
  }
}
