/**
 * `dealsift view`: records -> one self-contained HTML report; and the output formats of `extract`
 * (`--format jsonl|json|csv`, `--terms-csv FILE`, `--bom`). A thin client of the library: the page
 * and the tables are built by src/view/, this file only reads and writes.
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { readInputs } from '../io/inputs.js';
import { DealRecordSchema, ErrorLineSchema, type DealRecord } from '../schema/index.js';
import { toErrorLine } from '../errors.js';
import { createFormatter, createTermsFormatter, type Formatter, type OutputFormat } from '../view/formats.js';
import { checkDate, usage } from './common.js';
import { passesThrough, type FormatOpts } from './view-options.js';
import { renderGoldenReport, type GoldenViewItem } from '../view/golden.js';
import { isErrorLine, renderReport, type ReportEntry } from '../view/report.js';

const log = (s: string) => process.stderr.write(`${s}\n`);

interface Sink {
  write(s: string): Promise<void>;
  close(): Promise<void>;
}

function fileSink(file: string): Sink {
  const stream = createWriteStream(file);
  let failed: Error | null = null;
  stream.on('error', (e) => (failed = e));
  return {
    write: (s) => new Promise((resolve, reject) => (failed ? reject(failed) : stream.write(s, (e) => (e ? reject(e) : resolve())))),
    close: () => new Promise((resolve) => (failed ? resolve() : stream.end(resolve))),
  };
}

/**
 * Wrap extract's output, which is written one JSONL line at a time, so that it comes out in the
 * chosen format (and feeds the terms CSV). JSONL without a terms file passes through untouched.
 */
export function formatOutput<T extends Sink>(out: T, opts: FormatOpts): Sink {
  if (passesThrough(opts)) return out;
  const format = (opts.format ?? 'jsonl') as OutputFormat;
  const main = createFormatter(format, { bom: opts.bom });
  const terms: { sink: Sink; fmt: Formatter } | null = opts.termsCsv ? { sink: fileSink(opts.termsCsv), fmt: createTermsFormatter({ bom: opts.bom }) } : null;
  let started = false;
  const begin = async () => {
    if (started) return;
    started = true;
    const head = main.begin();
    if (head) await out.write(head);
    if (terms) await terms.sink.write(terms.fmt.begin());
  };
  return {
    async write(s: string) {
      await begin();
      const json = s.endsWith('\n') ? s.slice(0, -1) : s;
      const entry = JSON.parse(json) as ReportEntry;
      await out.write(main.entry(entry, json));
      if (terms) {
        const rows = terms.fmt.entry(entry);
        if (rows) await terms.sink.write(rows);
      }
    },
    async close() {
      try {
        await begin();
        const tail = main.end();
        if (tail) await out.write(tail);
      } catch {
        // the output is gone (a closed pipe): the caller has reported it
      } finally {
        await out.close();
        if (terms) await terms.sink.close();
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// `dealsift view`

export interface ViewOpts {
  output?: string;
  records?: string[];
  published?: string;
  jsonl?: boolean;
  title?: string;
  golden?: string | boolean;
  corpus: string;
}

/** One line of a records file -> the record or error line, or an error line saying what is wrong with it. */
export function parseRecordLine(line: string, where: string): ReportEntry {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { id: where, error: { code: 'BAD_JSONL', message: `${where}: expected a record or an error line of dealsift extract, one JSON object per line: ${(e as Error).message}` } };
  }
  if (obj && typeof obj === 'object' && 'error' in obj && !('text' in obj)) {
    const err = ErrorLineSchema.safeParse(obj);
    if (err.success) return err.data;
  }
  const rec = DealRecordSchema.safeParse(obj);
  if (rec.success) return rec.data;
  const first = rec.error.issues[0];
  const id = obj && typeof obj === 'object' && typeof (obj as { id?: unknown }).id === 'string' ? (obj as { id: string }).id : where;
  return { id, error: { code: 'BAD_JSONL', message: `${where}: expected a record of schema version 1 or an error line; at ${first.path.join('.') || '(top)'}: ${first.message}` } };
}

async function* readRecords(file: string): AsyncGenerator<ReportEntry> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  const name = file === '-' ? '-' : path.relative(process.cwd(), file) || file;
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of rl) {
      n++;
      if (line.trim()) yield parseRecordLine(line.replace(/^\uFEFF/, ''), `${name}:${n}`);
    }
  } catch (e) {
    yield { id: name, error: { code: 'READ_FAILED', message: `${name}: could not read the records file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` } };
  }
}

async function writeHtml(file: string | undefined, html: string): Promise<void> {
  if (file) await writeFile(file, html, 'utf8');
  else await new Promise<void>((resolve, reject) => process.stdout.write(html, (e) => (e ? reject(e) : resolve())));
}

export async function viewRecords(inputs: string[], opts: ViewOpts): Promise<number> {
  const published = checkDate(opts.published);
  if (!inputs.length && !opts.records?.length) throw usage('view: expected inputs (articles, directories, JSONL) or --records FILE');
  const entries: ReportEntry[] = [];
  for (const file of opts.records ?? []) for await (const e of readRecords(file)) entries.push(e);
  if (inputs.length) {
    const { safeExtract } = await import('../pipeline.js'); // loads the pipeline in this thread only when needed
    for await (const item of readInputs(inputs, { jsonl: opts.jsonl })) {
      if (item.error) {
        entries.push(toErrorLine(item.id, item.error));
        continue;
      }
      const res = safeExtract(item.doc, { published });
      entries.push(res.success ? res.data : toErrorLine(item.id, res.error));
    }
  }
  const errors = entries.filter(isErrorLine);
  for (const e of errors) log(`dealsift: ${e.error.message}`);
  await writeHtml(opts.output, renderReport(entries, { title: opts.title }));
  const deals = entries.filter((e): e is DealRecord => !isErrorLine(e) && Boolean(e.deal || e.otherDeals.length)).length;
  log(`dealsift: ${opts.output ? `wrote ${opts.output}: ` : ''}${entries.length - errors.length} record(s), ${deals} with a deal, ${errors.length} error(s)`);
  return errors.length ? 1 : 0;
}

export async function viewGolden(opts: ViewOpts): Promise<number> {
  const goldenDir = typeof opts.golden === 'string' ? opts.golden : 'golden';
  const { checkGolden } = await import('../golden/index.js');
  const res = await checkGolden({ corpusDir: opts.corpus, goldenDir });
  const items: GoldenViewItem[] = [];
  for (const r of res.results) {
    let expected: unknown = null;
    if (existsSync(r.golden)) {
      try {
        expected = JSON.parse(await readFile(r.golden, 'utf8'));
      } catch (e) {
        expected = null;
        log(`dealsift: ${r.golden}: not valid JSON: ${(e as Error).message}`);
      }
    }
    items.push({ file: r.file, golden: path.relative(process.cwd(), r.golden), status: r.status, differences: r.differences, expected, actual: r.record ?? null, error: r.error ?? null });
  }
  const orphans = res.orphans.map((o) => path.relative(process.cwd(), o));
  await writeHtml(opts.output, renderGoldenReport(items, { title: opts.title, orphans }));
  const same = items.filter((i) => i.status === 'same').length;
  log(`dealsift: ${opts.output ? `wrote ${opts.output}: ` : ''}${same} of ${items.length} corpus articles match their golden files${orphans.length ? `, ${orphans.length} orphan golden file(s)` : ''}`);
  return same === items.length && !orphans.length && items.length > 0 ? 0 : 1;
}
