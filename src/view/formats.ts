/**
 * Output formats of `extract`, as streaming formatters: `begin()`, then `entry()` per output line in
 * input order, then `end()`. Each returns the text to write, so memory stays flat for CSV and JSONL
 * (JSON, an array, is written as it goes too).
 */
import { csvRow, DEAL_COLUMNS, dealRows, TERM_COLUMNS, termRows, BOM } from './csv.js';
import type { ReportEntry } from './report.js';

export { OUTPUT_FORMATS, type OutputFormat } from './format-names.js';
import type { OutputFormat } from './format-names.js';

export interface Formatter {
  begin(): string;
  /** One entry; `json` is its JSONL line when the caller has it (saves a stringify). */
  entry(e: ReportEntry, json?: string): string;
  end(): string;
}

/** The formatter of a format: JSONL lines, a pretty JSON array, or the deals CSV. */
export function createFormatter(format: OutputFormat, options: { bom?: boolean } = {}): Formatter {
  if (format === 'jsonl') {
    return { begin: () => '', entry: (e, json) => `${json ?? JSON.stringify(e)}\n`, end: () => '' };
  }
  if (format === 'json') {
    let n = 0;
    return {
      begin: () => '[',
      entry: (e) => `${n++ ? ',' : ''}\n  ${JSON.stringify(e, null, 2).replace(/\n/g, '\n  ')}`,
      end: () => (n ? '\n]\n' : ']\n'),
    };
  }
  return {
    begin: () => (options.bom ? BOM : '') + csvRow(DEAL_COLUMNS),
    entry: (e) => dealRows(e).map(csvRow).join(''),
    end: () => '',
  };
}

/** The terms CSV (`--terms-csv`) as a streaming formatter. */
export function createTermsFormatter(options: { bom?: boolean } = {}): Formatter {
  return {
    begin: () => (options.bom ? BOM : '') + csvRow(TERM_COLUMNS),
    entry: (e) => termRows(e).map(csvRow).join(''),
    end: () => '',
  };
}
