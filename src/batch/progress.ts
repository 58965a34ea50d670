/**
 * What a batch says on stderr: a progress bar while it runs (only on a terminal) and a summary line
 * at the end. Nothing of it goes to stdout.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';

export interface BatchCounts {
  records: number;
  errors: number;
  deals: number;
  skipped: number;
}

const ARTICLE = /\.(html?|txt)$/i;
const JSONL = /\.(jsonl|ndjson)$/i;

async function countJsonl(file: string): Promise<number> {
  let n = 0;
  let blank = true;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 0x0a) {
        if (!blank) n++;
        blank = true;
      } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) blank = false;
    }
  }
  return blank ? n : n + 1;
}

async function countPath(p: string, seen: Set<string>): Promise<number> {
  const st = await stat(p).catch(() => null);
  if (!st) return 1; // an error line
  if (st.isFile()) return JSONL.test(p) ? countJsonl(p) : 1;
  if (!st.isDirectory() || seen.has(p)) return 0;
  seen.add(p);
  let n = 0;
  for (const name of (await readdir(p).catch(() => [])).sort()) {
    if (name.startsWith('.')) continue;
    const full = path.join(p, name);
    const s = await stat(full).catch(() => null);
    if (s?.isDirectory()) n += await countPath(full, seen);
    else if (s?.isFile() && ARTICLE.test(name)) n += 1;
    else if (s?.isFile() && JSONL.test(name)) n += await countJsonl(full);
  }
  return n;
}

/**
 * How many inputs `paths` hold, for the progress bar's total, or null when unknown (standard input).
 * An estimate: the run itself is the authority on what is an input.
 */
export async function countInputs(paths: string[], cwd = process.cwd()): Promise<number | null> {
  if (paths.includes('-')) return null;
  let n = 0;
  for (const p of paths) n += await countPath(path.resolve(cwd, p), new Set());
  return n;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function summaryLine(c: BatchCounts, elapsedMs: number, mode: 'extract' | 'ingest' = 'extract'): string {
  const done = c.records + c.errors;
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const parts = [`${c.records} ${c.records === 1 ? 'record' : 'records'}`, `${c.errors} ${c.errors === 1 ? 'error' : 'errors'}`];
  if (mode === 'extract') parts.push(`${c.deals} ${c.deals === 1 ? 'deal' : 'deals'} found`);
  if (c.skipped) parts.push(`${c.skipped} skipped (already in the output)`);
  return `dealsift: ${parts.join(', ')} in ${seconds(elapsedMs)} (${rate.toFixed(1)} articles/s)`;
}

/** A progress bar on a terminal stream; every method is a no-op when disabled. */
export class BatchProgress {
  private multi: cliProgress.MultiBar | null = null;
  private bar: cliProgress.SingleBar | null = null;
  private readonly t0 = Date.now();
  private done = 0;
  private total: number | null = null;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    enabled: boolean,
  ) {
    if (!enabled) return;
    this.multi = new cliProgress.MultiBar(
      { stream, hideCursor: true, clearOnComplete: true, stopOnComplete: false, fps: 8, etaBuffer: 200, barsize: 30 },
      cliProgress.Presets.shades_classic,
    );
    this.bar = this.multi.create(0, 0, this.payload(), { format: ' {value} articles | {rate} articles/s | {elapsed}' });
  }

  private payload() {
    const s = (Date.now() - this.t0) / 1000;
    return { rate: s > 0 ? (this.done / s).toFixed(1) : '0.0', elapsed: `${s.toFixed(0)} s` };
  }

  /** The total, once known: the bar then shows done/total and an ETA. */
  setTotal(total: number | null): void {
    if (!this.multi || total === null) return;
    this.total = total;
    if (this.bar) this.multi.remove(this.bar);
    this.bar = this.multi.create(Math.max(total, this.done), this.done, this.payload(), {
      format: ' [{bar}] {value}/{total} | {rate} articles/s | ETA {eta_formatted}',
    });
  }

  /** One more input handled (written or skipped). */
  tick(): void {
    this.done++;
    if (!this.bar) return;
    if (this.total !== null && this.done > this.total) this.bar.setTotal(this.done);
    this.bar.update(this.done, this.payload());
  }

  /** A line above the bar (an error message). */
  log(line: string): void {
    if (this.multi) {
      this.multi.log(`${line}\n`);
      this.multi.update(); // draw now: a log line waits for the next redraw, which stop() does not do
    } else this.stream.write(`${line}\n`);
  }

  stop(): void {
    this.multi?.stop();
    this.multi = null;
    this.bar = null;
  }
}
