/**
 * The dealsift command line: a thin client of the library. Results go to stdout (or --output),
 * logs and per-input errors to stderr. Exit 0: all good; 1: some input failed or golden drift;
 * 2: usage error.
 */
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { GoldenResult } from '../golden/index.js';
import { isUrl, readInputs } from '../io/inputs.js';
import type { DealRecord } from '../schema/index.js';
import type { PipelineOptions } from '../types.js';
import { BatchProgress, countInputs, summaryLine, type BatchCounts } from '../batch/progress.js';
import { prepareResume } from '../batch/resume.js';
import { DEFAULT_MAX_HEAP_MB, DEFAULT_TIMEOUT_MS, defaultJobs, runBatch } from '../batch/runner.js';
import { EXIT_OUTPUT_FAILED, OutputError, checkDate, checkInt, openOutput, usage } from './common.js';
import { fetchOptionsFrom, withFetchOptions, type FetchOpts } from './fetch-options.js';
import { prettyRecord } from './pretty.js';
import { registerQueue } from './queue.js';
import { checkFormatOptions, formatOption, passesThrough, registerView } from './view-options.js';

interface BatchOpts extends FetchOpts {
  output?: string;
  published?: string;
  jsonl?: boolean;
  pretty?: boolean;
  jobs?: string;
  timeout?: string;
  maxHeap?: string;
  resume?: boolean;
  quiet?: boolean;
  format?: string;
  termsCsv?: string;
  bom?: boolean;
}

/** `extract` and `ingest`: inputs -> JSONL lines in input order, over a pool of worker threads. */
async function batchCommand(paths: string[], opts: BatchOpts, mode: 'extract' | 'ingest'): Promise<number> {
  const options: PipelineOptions = { published: checkDate(opts.published) };
  checkFormatOptions(opts);
  const jobs = checkInt('--jobs', opts.jobs, 1, 'a whole number of worker threads, 1 or more') ?? defaultJobs();
  const timeoutMs = checkInt('--timeout', opts.timeout, 0, 'a time limit per article in milliseconds (0 for none)') ?? DEFAULT_TIMEOUT_MS;
  const maxHeapMb = checkInt('--max-heap', opts.maxHeap, 0, 'a heap limit per worker in MB (0 for V8\'s default)') ?? DEFAULT_MAX_HEAP_MB;
  if (opts.resume && !opts.output) throw usage('--resume: expected -o FILE, the output file of the run to resume');
  if (opts.resume && opts.pretty) throw usage('--resume: works on JSONL output, not with --pretty');
  if (!paths.length && !opts.urls?.length) throw usage("missing required argument 'inputs': expected files, directories, URLs, - for stdin, or --urls FILE");
  const fetchOptions = fetchOptionsFrom(opts);
  const hasUrls = paths.some(isUrl) || Boolean(opts.urls?.length);

  const log = (s: string) => process.stderr.write(`${s}\n`);
  let done: Map<string, number> | null = null;
  if (opts.resume && opts.output) {
    const state = await prepareResume(opts.output).catch((e: unknown) => {
      throw new OutputError(opts.output!, (e as NodeJS.ErrnoException).code ?? 'EIO', true, 0, { cause: e });
    });
    done = state.counts;
    if (state.dropped) log(`dealsift: ${opts.output}: dropped a truncated last line (${state.dropped} bytes) left by an interrupted run`);
  }
  // opened before any input is read: a path that cannot be written fails at once (exit 2)
  const sink = openOutput(opts.output, Boolean(opts.resume));
  const progress = new BatchProgress(process.stderr, !opts.quiet && process.stderr.isTTY === true);
  if (!opts.quiet && process.stderr.isTTY && !hasUrls) countInputs(paths).then((n) => progress.setTotal(n), () => {});

  const counts: BatchCounts = { records: 0, errors: 0, deals: 0, skipped: 0 };
  const skip = done
    ? (id: string): boolean => {
        const n = done.get(id);
        if (!n) return false;
        done.set(id, n - 1); // as many inputs of this id as it has lines (see ResumeState.counts)
        counts.skipped++;
        progress.tick();
        return true;
      }
    : undefined;

  // Ctrl-C: take no further input, finish the articles in flight and write their lines; again: quit now.
  const stop = new AbortController();
  let interrupted = false;
  const onSigint = () => {
    if (interrupted) {
      progress.stop();
      process.exit(130);
    }
    interrupted = true;
    stop.abort();
    if (paths.includes('-')) process.stdin.destroy();
    progress.log('dealsift: interrupted: finishing the articles in progress (Ctrl-C again to quit now)');
  };
  process.on('SIGINT', onSigint);

  const t0 = Date.now();
  // JSONL, the default, is written as it comes; the other formats load their writers.
  const out = passesThrough(opts) ? sink : (await import('./view.js')).formatOutput(sink, opts);
  try {
    const items = readInputs(paths, { jsonl: opts.jsonl, urlFiles: opts.urls, fetch: { ...fetchOptions, skip, signal: stop.signal } });
    for await (const r of runBatch(items, { mode, jobs, timeoutMs, maxHeapMb, pipeline: options, skip, signal: stop.signal })) {
      let line = r.json;
      if (r.ok) {
        counts.records++;
        counts.deals += r.deals;
        if (opts.pretty && mode === 'extract') line = prettyRecord(JSON.parse(r.json) as DealRecord);
      } else {
        counts.errors++;
        progress.log(`dealsift: ${r.error?.message ?? r.json}`);
      }
      await out.write(`${line}\n`);
      progress.tick();
    }
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    progress.stop();
    // --resume continues JSONL only; a CSV or JSON file is written again from the start
    const again = passesThrough(opts) ? 'run the same command with --resume to finish' : 'run the command again';
    const file = opts.output ? `: the file ends with the last whole line (${err.written} written by this run); ${again}` : '';
    log(`dealsift: ${err.message}; stopped${file}`);
    return EXIT_OUTPUT_FAILED;
  } finally {
    progress.stop();
    process.off('SIGINT', onSigint);
    await out.close();
  }
  if (counts.records + counts.errors + counts.skipped === 0 && !interrupted) log('dealsift: no inputs found (expected .html, .htm, .txt or .jsonl files, or URLs of pages, feeds or sitemaps)');
  if (!opts.quiet) log(summaryLine(counts, Date.now() - t0, mode));
  if (interrupted) return 130;
  return counts.errors > 0 ? 1 : 0;
}

function short(v: unknown): string {
  const s = v === undefined ? '(absent)' : JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
}

function reportGolden(r: GoldenResult, log: (s: string) => void): void {
  if (r.status === 'same') return;
  if (r.status === 'error') log(`✗ ${r.file}: ${r.error?.code}: ${r.error?.message}`);
  else if (r.status === 'missing-golden') log(`✗ ${r.file}: no golden file ${path.relative(process.cwd(), r.golden)} (bless it with --update after checking it by hand)`);
  else {
    log(`✗ ${r.file}: ${r.differences.length} difference(s)`);
    for (const d of r.differences.slice(0, 50)) log(`    ${d.path}\n      expected ${short(d.expected)}\n      actual   ${short(d.actual)}`);
    if (r.differences.length > 50) log(`    ... and ${r.differences.length - 50} more`);
  }
}

/** The input, output and batch options that extract and ingest share. */
function withBatchOptions(cmd: Command): void {
  cmd
    .option('-o, --output <file>', 'write JSONL to this file instead of stdout')
    .option('--published <date>', 'publication date for inputs that carry none (ISO date)')
    .option('--jsonl', 'read standard input as JSONL items')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)')
    .option('--timeout <ms>', `time limit per article in milliseconds of CPU time; 0 for none (default ${DEFAULT_TIMEOUT_MS})`)
    .option('--max-heap <mb>', `heap limit per worker in MB, which keeps memory flat; 0 for V8's default (default ${DEFAULT_MAX_HEAP_MB})`)
    .option('--resume', 'with -o FILE: skip inputs whose ids already have a line in FILE, and append')
    .option('-q, --quiet', 'no progress bar and no summary line on stderr');
  withFetchOptions(cmd);
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('dealsift')
    .description('Turn news articles about business deals into validated, structured deal records.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  const inputsHelp = 'files (.html, .htm, .txt, .jsonl), directories (walked recursively, sorted), http(s) URLs of pages, feeds or sitemaps, or - for stdin';
  const extractCommand = program
    .command('extract')
    .description('extract one deal record per input article, as JSONL')
    .argument('[inputs...]', inputsHelp)
    .option('--pretty', 'print a human-readable view instead of JSONL')
    .addOption(formatOption())
    .option('--terms-csv <file>', 'also write the terms of every deal to this CSV file')
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (for spreadsheet programs)')
    .action(async (inputs: string[], opts: BatchOpts) => {
      code = await batchCommand(inputs, opts, 'extract');
    });
  withBatchOptions(extractCommand);

  const ingestCommand = program
    .command('ingest')
    .description('run the ingest stage alone: JSONL of {id, title, publishedAt, author, siteName, url, text}')
    .argument('[inputs...]', inputsHelp)
    .action(async (inputs: string[], opts: BatchOpts) => {
      code = await batchCommand(inputs, opts, 'ingest');
    });
  withBatchOptions(ingestCommand);

  program
    .command('check')
    .description('run corpus/ and compare each record with its golden file; exit 1 on any difference')
    .option('--corpus <dir>', 'the corpus folder', 'corpus')
    .option('--golden <dir>', 'the golden folder', 'golden')
    .option('--update', 'rewrite the golden files whose record changed (and add missing ones); lists them')
    .addOption(new Option('--allow-orphans', 'let --update run although golden files without an article exist'))
    .action(async (opts: { corpus: string; golden: string; update?: boolean; allowOrphans?: boolean }) => {
      const log = (s: string) => process.stderr.write(`${s}\n`);
      const { checkGolden } = await import('../golden/index.js'); // loads the pipeline in this thread only when needed
      const res = await checkGolden({ corpusDir: opts.corpus, goldenDir: opts.golden, update: opts.update, allowOrphans: opts.allowOrphans });
      for (const r of res.results) reportGolden(r, log);
      for (const o of res.orphans) log(`✗ ${path.relative(process.cwd(), o)}: golden file without a corpus article`);
      const same = res.results.filter((r) => r.status === 'same').length;
      log(`${same} of ${res.results.length} corpus articles match their golden files`);
      if (opts.update) {
        for (const w of res.written) process.stdout.write(`updated ${path.relative(process.cwd(), w)}\n`);
        log(`${res.written.length} golden file(s) written`);
        code = res.results.some((r) => r.status === 'error') ? 1 : 0;
      } else {
        code = same === res.results.length && res.orphans.length === 0 && res.results.length > 0 ? 0 : 1;
      }
    });

  registerView(program, (c) => (code = c));
  registerQueue(program, (c) => (code = c));

  program
    .command('schema')
    .description("print the record's JSON Schema (generated from the zod schema)")
    .action(async () => {
      const { recordJsonSchema } = await import('../schema/index.js');
      process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
    });

  if (argv.length === 0) {
    process.stderr.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      if (err.code === 'dealsift.usage') process.stderr.write(`dealsift: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`dealsift: ${err instanceof Error ? err.message : String(err)}\n`);
    if (err instanceof OutputError) return err.opening ? 2 : EXIT_OUTPUT_FAILED;
    return 1;
  }
  return code;
}
