/**
 * The dealsift command line: a thin client of the library. Results go to stdout (or --output),
 * logs and per-input errors to stderr. Exit 0: all good; 1: some input failed or golden drift;
 * 2: usage error.
 */
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { checkGolden, type GoldenResult } from '../golden/index.js';
import { readInputs } from '../io/inputs.js';
import { ingestOnly, safeExtract } from '../pipeline.js';
import { recordJsonSchema } from '../schema/index.js';
import { toErrorLine } from '../errors.js';
import type { PipelineOptions } from '../types.js';
import { prettyRecord } from './pretty.js';

interface Out {
  write(s: string): Promise<void>;
  close(): Promise<void>;
}

function openOutput(file: string | undefined): Out {
  if (!file) {
    return {
      write: (s) => new Promise((resolve) => (process.stdout.write(s) ? resolve() : process.stdout.once('drain', resolve))),
      close: async () => {},
    };
  }
  const stream = createWriteStream(file);
  return {
    write: (s) => new Promise((resolve, reject) => (stream.write(s, (e) => (e ? reject(e) : resolve())))),
    close: () => new Promise((resolve) => stream.end(resolve)),
  };
}

function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value.slice(0, 10)))) {
    throw new CommanderError(2, 'dealsift.usage', `--published: expected an ISO date such as 1987-02-26 or 2026-11-03T09:30:00Z, got "${value}"`);
  }
  return value;
}

interface BatchOpts {
  output?: string;
  published?: string;
  jsonl?: boolean;
  pretty?: boolean;
}

async function runBatch(paths: string[], opts: BatchOpts, mode: 'extract' | 'ingest'): Promise<number> {
  const options: PipelineOptions = { published: checkDate(opts.published) };
  const out = openOutput(opts.output);
  let failed = 0;
  let count = 0;
  try {
    for await (const item of readInputs(paths, { jsonl: opts.jsonl })) {
      count++;
      let line: string;
      if (item.error) {
        failed++;
        line = JSON.stringify(toErrorLine(item.id, item.error));
        process.stderr.write(`dealsift: ${item.error.message}\n`);
      } else if (mode === 'ingest') {
        const res = safeIngest(item.doc, options);
        if ('error' in res) {
          failed++;
          process.stderr.write(`dealsift: ${res.error.message}\n`);
        }
        line = JSON.stringify(res);
      } else {
        const res = safeExtract(item.doc, options);
        if (res.success) {
          line = opts.pretty ? prettyRecord(res.data) : JSON.stringify(res.data);
        } else {
          failed++;
          process.stderr.write(`dealsift: ${res.error.message}\n`);
          line = JSON.stringify(toErrorLine(item.id, res.error));
        }
      }
      await out.write(`${line}\n`);
    }
  } finally {
    await out.close();
  }
  if (count === 0) process.stderr.write('dealsift: no inputs found (expected .html, .htm, .txt or .jsonl files)\n');
  return failed > 0 ? 1 : 0;
}

function safeIngest(doc: Parameters<typeof ingestOnly>[0], options: PipelineOptions) {
  try {
    return ingestOnly(doc, options);
  } catch (err) {
    const id = typeof doc === 'string' ? 'input' : doc.id;
    return toErrorLine(id, err);
  }
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

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('dealsift')
    .description('Turn news articles about business deals into validated, structured deal records.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  const inputsHelp = 'files (.html, .htm, .txt, .jsonl), directories (walked recursively, sorted), or - for stdin';
  program
    .command('extract')
    .description('extract one deal record per input article, as JSONL')
    .argument('<inputs...>', inputsHelp)
    .option('-o, --output <file>', 'write JSONL to this file instead of stdout')
    .option('--published <date>', 'publication date for inputs that carry none (ISO date)')
    .option('--jsonl', 'read standard input as JSONL items')
    .option('--pretty', 'print a human-readable view instead of JSONL')
    .action(async (inputs: string[], opts: BatchOpts) => {
      code = await runBatch(inputs, opts, 'extract');
    });

  program
    .command('ingest')
    .description('run the ingest stage alone: JSONL of {id, title, publishedAt, author, siteName, url, text}')
    .argument('<inputs...>', inputsHelp)
    .option('-o, --output <file>', 'write JSONL to this file instead of stdout')
    .option('--published <date>', 'publication date for inputs that carry none (ISO date)')
    .option('--jsonl', 'read standard input as JSONL items')
    .action(async (inputs: string[], opts: BatchOpts) => {
      code = await runBatch(inputs, opts, 'ingest');
    });

  program
    .command('check')
    .description('run corpus/ and compare each record with its golden file; exit 1 on any difference')
    .option('--corpus <dir>', 'the corpus folder', 'corpus')
    .option('--golden <dir>', 'the golden folder', 'golden')
    .option('--update', 'rewrite the golden files whose record changed (and add missing ones); lists them')
    .addOption(new Option('--allow-orphans', 'let --update run although golden files without an article exist'))
    .action(async (opts: { corpus: string; golden: string; update?: boolean; allowOrphans?: boolean }) => {
      const log = (s: string) => process.stderr.write(`${s}\n`);
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

  program
    .command('schema')
    .description("print the record's JSON Schema (generated from the zod schema)")
    .action(() => {
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
    return 1;
  }
  return code;
}
