/** The viewer and the output formats: pure functions from records and error lines to text. */
export { renderReport, renderArticle, isErrorLine, MENTION_KINDS, type ReportEntry, type ReportOptions, type MentionKind } from './report.js';
export { renderGoldenReport, type GoldenViewItem } from './golden.js';
export { dealsCsv, termsCsv, dealRows, termRows, csvField, csvRow, DEAL_COLUMNS, TERM_COLUMNS, BOM, type Cell } from './csv.js';
export { createFormatter, createTermsFormatter, OUTPUT_FORMATS, type OutputFormat, type Formatter } from './formats.js';
export { markupSpans, type MarkupSpan } from './spans.js';
export { escapeHtml } from './escape.js';
