/**
 * CSV for spreadsheets: one row per deal (the main deal and each further deal), and a second table of
 * terms. RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled, rows end in CRLF.
 * A record with no deal and an error line each get one row too, so no input disappears from the table.
 */
import type { Deal, DealRecord, Role, Term } from '../schema/index.js';
import { RoleSchema } from '../schema/index.js';
import { isErrorLine, type ReportEntry } from './report.js';

/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';

export type Cell = string | number | boolean | null | undefined;

/**
 * One field. Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR, as in
 * a name taken from a hostile page) gets a leading apostrophe; numbers and a lone "-" are left alone.
 */
export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && s !== '-') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row, CRLF-terminated. */
export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

const ROLES: readonly Role[] = RoleSchema.options;

/** Columns of the deals table, in order. */
export const DEAL_COLUMNS = [
  'id', 'deal', 'type', 'status', ...ROLES,
  'value', 'currency', 'value_qualifier', 'value_text', 'value_undisclosed', 'terms',
  'date', 'title', 'url', 'evidence', 'error_code', 'error_message',
] as const;

/** Columns of the terms table, in order. */
export const TERM_COLUMNS = [
  'id', 'deal', 'deal_type', 'term', 'kind', 'negated', 'parties', 'amounts', 'currencies',
  'percentages', 'dates', 'text', 'start', 'end', 'evidence_sentences', 'rule',
] as const;

function dealsOf(r: DealRecord): { index: number; deal: Deal }[] {
  const all = r.deal ? [r.deal, ...r.otherDeals] : r.otherDeals;
  return all.map((deal, i) => ({ index: r.deal ? i : i + 1, deal }));
}

function dealRow(r: DealRecord, index: number, d: Deal): Cell[] {
  const byRole = ROLES.map((role) => d.parties.filter((p) => p.role === role).map((p) => p.name).join('; '));
  return [
    r.id, index, d.type, d.status, ...byRole,
    d.value?.value, d.value?.currency, d.value?.qualifier, d.value?.text, d.valueUndisclosed, d.terms.length,
    r.source.publishedAt, r.source.title, r.source.url, d.evidence.text, null, null,
  ];
}

/**
 * The deal rows of one entry: one per deal (column `deal`: 0 for the main deal, 1, 2, ... for further
 * deals); a record without a deal gives one row with the deal columns empty; an error line gives one
 * row with its code and message.
 */
export function dealRows(e: ReportEntry): Cell[][] {
  const width = DEAL_COLUMNS.length;
  if (isErrorLine(e)) {
    const row: Cell[] = new Array(width).fill(null);
    row[0] = e.id;
    row[width - 2] = e.error.code;
    row[width - 1] = e.error.message;
    return [row];
  }
  const deals = dealsOf(e);
  if (!deals.length) {
    const row: Cell[] = new Array(width).fill(null);
    row[0] = e.id;
    const at = (c: (typeof DEAL_COLUMNS)[number]) => DEAL_COLUMNS.indexOf(c);
    row[at('date')] = e.source.publishedAt;
    row[at('title')] = e.source.title;
    row[at('url')] = e.source.url;
    return [row];
  }
  return deals.map(({ index, deal }) => dealRow(e, index, deal));
}

function termRow(r: DealRecord, index: number, d: Deal, i: number, t: Term): Cell[] {
  return [
    r.id, index, d.type, i, t.kind, t.negated,
    t.parties.map((p) => `${p.role}: ${p.name}`).join('; '),
    t.money.map((m) => String(m.value)).join('; '),
    t.money.map((m) => m.currency ?? '').join('; '),
    t.percentages.map((p) => String(p.value)).join('; '),
    t.dates.map((x) => (x.relation ? `${x.relation} ${x.value}` : x.value)).join('; '),
    t.text, t.start, t.end, t.evidence.length, t.rule,
  ];
}

/** The term rows of one entry: one per term of each deal (none for an error line or a record without deals). */
export function termRows(e: ReportEntry): Cell[][] {
  if (isErrorLine(e)) return [];
  return dealsOf(e).flatMap(({ index, deal }) => deal.terms.map((t, i) => termRow(e, index, deal, i, t)));
}

/** A whole deals table as one string (header first); `bom` prepends the UTF-8 byte order mark. */
export function dealsCsv(entries: readonly ReportEntry[], options: { bom?: boolean } = {}): string {
  return (options.bom ? BOM : '') + csvRow(DEAL_COLUMNS) + entries.flatMap(dealRows).map(csvRow).join('');
}

/** A whole terms table as one string (header first). */
export function termsCsv(entries: readonly ReportEntry[], options: { bom?: boolean } = {}): string {
  return (options.bom ? BOM : '') + csvRow(TERM_COLUMNS) + entries.flatMap(termRows).map(csvRow).join('');
}
