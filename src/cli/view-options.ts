/**
 * The light half of the CLI's viewing and output formats: the options and the `view` command's
 * registration. The half that renders (view.ts: the zod schema, the HTML report, the CSV writer) is
 * imported only by the commands that use it, so that `extract` to JSONL does not load it on the
 * thread that feeds the workers.
 */
import { type Command, Option } from 'commander';
import { OUTPUT_FORMATS } from '../view/format-names.js';
import { usage } from './common.js';
import type { ViewOpts } from './view.js';

// ---------------------------------------------------------------------------------------------
// Output formats of `extract`

/** What `extract` needs to know about the format flags. */
export interface FormatOpts {
  format?: string;
  termsCsv?: string;
  bom?: boolean;
  resume?: boolean;
  pretty?: boolean;
}

/** The `--format` option, with its choices (commander refuses others with exit code 2). */
export function formatOption(): Option {
  return new Option('--format <format>', 'output format: jsonl (one record per line), json (a pretty array) or csv (one row per deal)')
    .choices(OUTPUT_FORMATS)
    .default('jsonl');
}

/** Whether extract's lines are written as they come: JSONL, the default, without a terms file. */
export function passesThrough(opts: FormatOpts): boolean {
  return (opts.format ?? 'jsonl') === 'jsonl' && !opts.termsCsv;
}

/** Refuse combinations that cannot work, before anything is read or written. */
export function checkFormatOptions(opts: FormatOpts): void {
  const format = opts.format ?? 'jsonl';
  if (format !== 'jsonl' && opts.resume) throw usage(`--resume: works on JSONL output, not with --format ${format}`);
  if (format !== 'jsonl' && opts.pretty) throw usage(`--pretty: is a format of its own; drop it or --format ${format}`);
  if (opts.termsCsv && opts.resume) throw usage('--terms-csv: cannot be resumed; run without --resume');
  if (opts.termsCsv && opts.pretty) throw usage('--terms-csv: works with JSONL, JSON or CSV output, not with --pretty');
  if (opts.bom && format !== 'csv' && !opts.termsCsv) throw usage('--bom: applies to CSV output (--format csv or --terms-csv)');
}

/** Register `dealsift view` on the program; `setCode` receives the exit code. */
export function registerView(program: Command, setCode: (code: number) => void): void {
  program
    .command('view')
    .description('write one self-contained HTML page showing each record: highlighted mentions, deal cards, evidence on click')
    .argument('[inputs...]', 'articles as for extract (files, directories, .jsonl, - for stdin)')
    .option('-o, --output <file>', 'write the HTML to this file instead of stdout')
    .option('--records <file>', 'already extracted records: the JSONL output of extract (- for stdin); repeatable', (v: string, prev: string[] = []) => [...prev, v])
    .option('--published <date>', 'publication date for inputs that carry none (ISO date)')
    .option('--jsonl', 'read standard input as JSONL items')
    .option('--title <text>', 'the page title')
    .option('--golden [dir]', "show check's differences instead: each changed record's golden file beside the actual record (default dir: golden)")
    .option('--corpus <dir>', 'with --golden: the corpus folder', 'corpus')
    .action(async (inputs: string[], opts: ViewOpts) => {
      const { viewGolden, viewRecords } = await import('./view.js');
      if (opts.golden !== undefined) {
        if (inputs.length || opts.records?.length) throw usage('view --golden: runs the corpus against the golden files; it takes no inputs or --records');
        setCode(await viewGolden(opts));
      } else {
        setCode(await viewRecords(inputs, opts));
      }
    });
}
