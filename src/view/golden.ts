/**
 * The golden review page (`dealsift view --golden`): for each corpus article whose record differs from
 * its golden file, the differences as field paths, then the expected record beside the actual one,
 * each rendered as in the report, so a reviewer can bless a golden file by looking.
 */
import { DealRecordSchema, type DealRecord } from '../schema/index.js';
import { escapeHtml as esc } from './escape.js';
import { page, renderArticle } from './report.js';

export interface GoldenViewItem {
  /** The corpus file. */
  file: string;
  /** The golden file's path, as shown. */
  golden: string;
  status: 'same' | 'different' | 'missing-golden' | 'error';
  differences: { path: string; expected: unknown; actual: unknown }[];
  /** The golden file's content (any JSON), or null when there is none. */
  expected: unknown;
  actual: DealRecord | null;
  error: { code: string; message: string } | null;
}

function short(v: unknown): string {
  const s = v === undefined ? '(absent)' : JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 297)}...` : s;
}

const STATUS: Record<GoldenViewItem['status'], string> = {
  same: 'matches',
  different: 'differs',
  'missing-golden': 'no golden file',
  error: 'error',
};

function side(label: string, rec: unknown, prefix: string): string {
  if (rec === null || rec === undefined) return `<div><h3>${esc(label)}</h3><p class="none">none</p></div>`;
  const parsed = DealRecordSchema.safeParse(rec);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return `<div><h3>${esc(label)}</h3><div class="errbox"><p>Not a valid record (at <code>${esc(first.path.join('.'))}</code>: ${esc(first.message)}):</p><pre>${esc(JSON.stringify(rec, null, 2).slice(0, 20000))}</pre></div></div>`;
  }
  return `<div><h3>${esc(label)}</h3>${renderArticle(parsed.data, prefix)}</div>`;
}

function item(it: GoldenViewItem, i: number): string {
  const head = `<header class="gold"><h2>${esc(it.file)} <span class="badge">${esc(STATUS[it.status])}</span><a class="back" href="#index">back to index</a></h2><p class="meta">golden file <code>${esc(it.golden)}</code></p></header>`;
  if (it.status === 'error') {
    return `<section class="golden-item" id="g${i}">${head}<div class="errbox"><p>Code <code>${esc(it.error?.code ?? '?')}</code>:</p><pre>${esc(it.error?.message ?? '')}</pre></div></section>`;
  }
  const diffs = it.differences.length
    ? `<table class="diff"><thead><tr><th>field</th><th>expected (golden)</th><th>actual</th></tr></thead><tbody>${it.differences
        .slice(0, 200)
        .map((d) => `<tr><td>${esc(d.path)}</td><td>${esc(short(d.expected))}</td><td>${esc(short(d.actual))}</td></tr>`)
        .join('')}</tbody></table>${it.differences.length > 200 ? `<p class="none">... and ${it.differences.length - 200} more</p>` : ''}`
    : '';
  return `<section class="golden-item" id="g${i}">${head}${diffs}<div class="pair">${side('expected (golden file)', it.expected, `g${i}-e`)}${side('actual (this code)', it.actual, `g${i}-a`)}</div></section>`;
}

/** The golden review page: an index of every corpus article's status, then each one that does not match. */
export function renderGoldenReport(items: readonly GoldenViewItem[], options: { title?: string; orphans?: readonly string[] } = {}): string {
  const changed = items.map((it, i) => ({ it, i })).filter(({ it }) => it.status !== 'same');
  const rows = items
    .map((it, i) => `<tr><td>${it.status === 'same' ? esc(it.file) : `<a href="#g${i}">${esc(it.file)}</a>`}</td><td>${esc(STATUS[it.status])}</td><td>${it.differences.length || ''}</td></tr>`)
    .join('');
  const orphans = options.orphans?.length
    ? `<p class="errbox">Golden files without a corpus article: ${options.orphans.map((o) => `<code>${esc(o)}</code>`).join(', ')}</p>`
    : '';
  const index = `<nav class="index" id="index"><h2>Corpus articles</h2><table><thead><tr><th>article</th><th>status</th><th>differences</th></tr></thead><tbody>${rows}</tbody></table></nav>`;
  const same = items.length - changed.length;
  const summary = `<p class="summary">${same} of ${items.length} corpus articles match their golden files. Below, each other article: its differences, then the golden record beside the actual one. Bless a change with <code>npx dealsift check --update</code> only after checking it here.</p>`;
  const body = [index, orphans, ...changed.map(({ it, i }) => item(it, i))].join('\n');
  return page(options.title ?? 'dealsift golden review', summary, body);
}
