/**
 * The HTML viewer: records and error lines -> one self-contained HTML page (no network, no external
 * scripts or fonts). Per article: the clean text with every mention highlighted by kind, and a deal
 * card whose facts, when clicked, scroll to and flash the words they came from. A pure function of
 * its input: the same entries give the same page.
 *
 * Every string from an article or a record is escaped; element ids are generated here (a0, a0-f3),
 * never taken from the input; a Content-Security-Policy allows only this page's own style and script
 * (by hash), so even a failure of escaping could not load or run anything.
 */
import { createHash } from 'node:crypto';
import type { DateMention, Deal, DealRecord, Entity, ErrorLine, Money, Percent, Span, Term } from '../schema/index.js';
import { escapeHtml as esc, safeHref } from './escape.js';
import { markupSpans, type MarkupSpan } from './spans.js';

/** One line of extract's output: a record, or the error line of an input that failed. */
export type ReportEntry = DealRecord | ErrorLine;

export interface ReportOptions {
  /** The page title (default "dealsift report"). */
  title?: string;
}

export function isErrorLine(e: ReportEntry): e is ErrorLine {
  return 'error' in e && !('text' in e);
}

/** The kinds of highlight, in legend order, with their labels. */
export const MENTION_KINDS = [
  ['organization', 'organization'],
  ['person', 'person'],
  ['place', 'place'],
  ['product', 'product'],
  ['money', 'money'],
  ['percent', 'percent'],
  ['date', 'date'],
] as const;

export type MentionKind = (typeof MENTION_KINDS)[number][0];

const STYLE = `
:root{--org:#cfe0ff;--org-b:#2f62c9;--person:#ffd3e6;--person-b:#b8336a;--place:#d2f2cc;--place-b:#2f8a2a;
--product:#e6dbff;--product-b:#6d45c4;--money:#ffd9b8;--money-b:#cc5a0e;--percent:#c4efed;--percent-b:#12807b;
--date:#fff1a0;--date-b:#9c8500;--ev:#ff6a3d;--ink:#1d1f23;--muted:#5d636e;--line:#d9dce1;--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header.top{padding:14px 24px;background:#fff;border-bottom:1px solid var(--line)}
header.top h1{margin:0 0 6px;font-size:19px}
.summary{color:var(--muted);margin:0 0 8px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;font-size:13px;margin:0;padding:0;list-style:none}
.legend li{display:flex;align-items:center;gap:5px}
.legend mark{padding:0 6px}
main{padding:0 24px 40px}
nav.index{background:#fff;border:1px solid var(--line);border-radius:6px;margin:16px 0;padding:10px 14px}
nav.index h2{font-size:15px;margin:0 0 6px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:4px 6px;border-bottom:1px solid var(--line);font-size:13px}
th{color:var(--muted);font-weight:600}
.article{display:grid;grid-template-columns:minmax(0,1fr) minmax(320px,450px);gap:18px;margin:18px 0;padding-top:6px;border-top:2px solid var(--line)}
.article>header{grid-column:1/-1}
.article h2{font-size:17px;margin:4px 0 2px}
.meta{color:var(--muted);font-size:13px;margin:0;word-break:break-word}
.meta a{color:inherit}
.meta code{font-size:12px}
.text{background:#fff;border:1px solid var(--line);border-radius:6px;padding:14px 18px;white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9}
mark.m{background:var(--bg-k);border-bottom:2px solid var(--b-k);border-radius:3px;padding:1px 1px;color:inherit;cursor:help}
mark.m mark.m{padding:0}
.k-organization{--bg-k:var(--org);--b-k:var(--org-b)}.k-person{--bg-k:var(--person);--b-k:var(--person-b)}
.k-place{--bg-k:var(--place);--b-k:var(--place-b)}.k-product{--bg-k:var(--product);--b-k:var(--product-b)}
.k-money{--bg-k:var(--money);--b-k:var(--money-b)}.k-percent{--bg-k:var(--percent);--b-k:var(--percent-b)}
.k-date{--bg-k:var(--date);--b-k:var(--date-b)}
mark.m.cont{border-top-left-radius:0;border-bottom-left-radius:0}
.ev{border-radius:3px;transition:background-color .3s}
.ev.active,.ev-sample{background:rgba(255,106,61,.16);outline:2px solid var(--ev);outline-offset:1px;border-radius:3px}
.ev.flash{animation:flash 1.2s ease-out 1}
@keyframes flash{0%{background:rgba(255,106,61,.75)}100%{background:rgba(255,106,61,.16)}}
.card{position:sticky;top:8px;align-self:start;max-height:calc(100vh - 16px);overflow:auto;background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 14px}
.card h3{font-size:15px;margin:0 0 6px}
.card h4{font-size:13px;margin:12px 0 4px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.deal+.deal{margin-top:14px;padding-top:10px;border-top:1px dashed var(--line)}
button.fact{font:inherit;color:inherit;background:none;border:0;border-bottom:1px dotted var(--muted);padding:0;cursor:pointer;text-align:left}
button.fact:hover,button.fact:focus-visible{color:#b8340f;border-bottom-color:#b8340f;outline:none}
button.fact.current{color:#b8340f;border-bottom:1px solid #b8340f}
.badge{display:inline-block;font-size:11px;line-height:1.6;padding:0 6px;border-radius:9px;background:#eceef2;color:#333;margin-right:4px;white-space:nowrap}
.badge.type{background:#1d1f23;color:#fff}
.badge.neg{background:#ffe0e0;color:#a00}
.role{display:inline-block;min-width:72px;color:var(--muted);font-size:12px}
td .role{min-width:0;margin-right:5px}
.terms{table-layout:fixed}.terms th:first-child{width:34%}
.terms td>div+div{margin-top:2px}.terms .chips{margin-top:3px}
ul.plain{list-style:none;margin:0;padding:0}
ul.plain li{margin:2px 0}
.none{color:var(--muted);font-style:italic}
.nodeal{background:#f3f4f6;border-radius:5px;padding:8px 10px;margin:0}
.err{grid-template-columns:1fr}
.errbox{background:#fff4f2;border:1px solid #f2b8aa;border-radius:6px;padding:10px 14px}
.errbox code{font-weight:600}
.errbox pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:6px 0 0;font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.chips{display:flex;flex-wrap:wrap;gap:3px}
.chip{font-size:12px;border-radius:3px;padding:0 4px;background:var(--bg-k);border-bottom:1px solid var(--b-k)}
.diff td{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:14px}
.pair>div>h3{font-size:14px;margin:8px 0}
.pair .article{grid-template-columns:1fr;border-top:0;margin:0}
.pair .card{position:static;max-height:none;order:-1}
.pair .article>header{order:-2}
.back{font-size:12px;margin-left:8px}
.golden-item{margin:18px 0;padding-top:6px;border-top:2px solid var(--line)}
.golden-item h2{font-size:17px;margin:4px 0 2px}
.golden-item .diff{background:#fff;margin:8px 0}
#tip{position:fixed;z-index:10;max-width:360px;background:#1d1f23;color:#fff;font-size:12px;line-height:1.45;padding:6px 8px;border-radius:5px;white-space:pre-line;pointer-events:none;display:none;box-shadow:0 2px 8px rgba(0,0,0,.25)}
#tip.on{display:block}
@media (max-width:900px){.article{grid-template-columns:1fr}.card{position:static;max-height:none}.pair{grid-template-columns:1fr}}
@media print{
body{background:#fff;font-size:11pt}
mark,.chip,.badge,.ev.active,.ev-sample{-webkit-print-color-adjust:exact;print-color-adjust:exact}
#tip,.back{display:none}
.article{display:block;break-before:page;border-top:0}
.text,.card{border:0;padding:0;position:static;max-height:none;overflow:visible}
.card{margin-top:12px;break-inside:avoid}
nav.index{border:0;padding:0}
button.fact{border-bottom:0}
.ev.flash{animation:none}
}
`;

// Click a fact: mark and flash its evidence, scroll the first piece into view. Hover a highlight: show
// its normalized value and rule. Text goes in with textContent, never as HTML.
const SCRIPT = `
(function(){
  var tip=document.getElementById('tip');
  document.addEventListener('click',function(e){
    var b=e.target.closest&&e.target.closest('[data-fact]');
    if(!b)return;
    var id=b.getAttribute('data-fact');
    if(!/^[a-z0-9-]+$/.test(id))return;
    document.querySelectorAll('.ev.active').forEach(function(el){el.classList.remove('active','flash');});
    document.querySelectorAll('[data-fact].current').forEach(function(el){el.classList.remove('current');});
    var els=document.querySelectorAll('[data-ev~="'+id+'"]');
    if(!els.length)return;
    b.classList.add('current');
    els.forEach(function(el){void el.offsetWidth;el.classList.add('active','flash');});
    els[0].scrollIntoView({block:'center',inline:'nearest'});
  });
  function hide(){tip.classList.remove('on');}
  document.addEventListener('mouseover',function(e){
    var m=e.target.closest&&e.target.closest('[data-tip]');
    if(!m){hide();return;}
    tip.textContent=m.getAttribute('data-tip');
    tip.classList.add('on');
    var r=m.getBoundingClientRect();
    var x=Math.min(r.left,window.innerWidth-tip.offsetWidth-8);
    var y=r.bottom+6;
    if(y+tip.offsetHeight>window.innerHeight)y=r.top-tip.offsetHeight-6;
    tip.style.left=Math.max(4,x)+'px';tip.style.top=Math.max(4,y)+'px';
  });
  document.addEventListener('scroll',hide,true);
})();
`;

function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('base64');
}

const num = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function moneyValue(m: Money): string {
  const q = m.qualifier ? `${m.qualifier.replace('_', ' ')} ` : '';
  const range = m.min !== null && m.max !== null ? `${num.format(m.min)}–${num.format(m.max)}` : num.format(m.value);
  return `${q}${range} ${m.currency ?? '(currency unknown)'}${m.perShare ? ' per share' : ''}`;
}

function percentValue(p: Percent): string {
  const q = p.qualifier ? `${p.qualifier.replace('_', ' ')} ` : '';
  const v = p.min !== null && p.max !== null ? `${num.format(p.min)}–${num.format(p.max)}` : num.format(p.value);
  return `${q}${v}${p.unit === 'percentage_points' ? ' percentage points' : '%'}`;
}

function dateValue(d: DateMention): string {
  return `${d.relation ? `${d.relation} ` : ''}${d.value}${d.range ? ` (${d.range.start} .. ${d.range.end})` : ''}`;
}

/** The tooltip text of each kind of mention: kind, normalized value, rule. */
function entityTip(e: Entity): string {
  const aliases = e.aliases.length ? `\naliases: ${e.aliases.join(', ')}` : '';
  return `${e.type}: ${e.name} (${e.id})${aliases}\n${e.mentions.length} mention(s)\nrule: ${e.rule}`;
}

function moneyTip(m: Money): string {
  return `money: ${moneyValue(m)}\nvalue: ${m.value}\nrule: ${m.rule}`;
}

function percentTip(p: Percent): string {
  return `percent: ${percentValue(p)}\nrule: ${p.rule}`;
}

function dateTip(d: DateMention): string {
  return `date: ${d.value}${d.relation ? `\nrelation: ${d.relation}` : ''}${d.range ? `\nrange: ${d.range.start} .. ${d.range.end}` : ''}\nrule: ${d.rule}`;
}

function mark(kind: MentionKind, s: Span, tip: string): MarkupSpan {
  const attrs = `data-kind="${kind}" data-tip="${esc(tip)}"`;
  return {
    start: s.start,
    end: s.end,
    open: `<mark class="m k-${kind}" ${attrs}>`,
    openCont: `<mark class="m k-${kind} cont" ${attrs}>`,
    close: '</mark>',
    rank: 1,
  };
}

/** Collects the clickable facts of one article and the evidence spans they point at. */
class Facts {
  private n = 0;
  /** "start:end" -> fact ids whose evidence is exactly that span. */
  readonly spans = new Map<string, { start: number; end: number; ids: string[] }>();
  constructor(private readonly prefix: string) {}

  /** A new fact id with these evidence spans, or null when there is no span to show. */
  add(evidence: (Span | null | undefined)[]): string | null {
    const spans = evidence.filter((s): s is Span => Boolean(s) && s!.end > s!.start);
    if (!spans.length) return null;
    const id = `${this.prefix}-f${++this.n}`;
    for (const s of spans) {
      const key = `${s.start}:${s.end}`;
      const slot = this.spans.get(key) ?? { start: s.start, end: s.end, ids: [] };
      if (!slot.ids.includes(id)) slot.ids.push(id);
      this.spans.set(key, slot);
    }
    return id;
  }

  markup(): MarkupSpan[] {
    return [...this.spans.values()].map((s) => {
      const open = `<span class="ev" data-ev="${s.ids.join(' ')}">`;
      return { start: s.start, end: s.end, open, close: '</span>', rank: 0 };
    });
  }
}

/** A button that shows `evidence` when clicked, or plain text when there is none. */
function fact(facts: Facts, label: string, evidence: (Span | null | undefined)[], title?: string): string {
  const id = facts.add(evidence);
  const t = title ? ` title="${esc(title)}"` : '';
  return id ? `<button type="button" class="fact" data-fact="${id}"${t}>${label}</button>` : `<span${t}>${label}</span>`;
}

function chip(kind: MentionKind, text: string, tip: string): string {
  return `<span class="chip k-${kind}" data-tip="${esc(tip)}">${esc(text)}</span>`;
}

function termRow(t: Term, facts: Facts): string {
  const label = `${t.negated ? '<span class="badge neg">not</span>' : ''}${esc(t.kind.replace(/_/g, ' '))}`;
  const evidence = [t as Span, ...t.evidence];
  const button = fact(facts, label, evidence, `${t.text}\n(rule: ${t.rule}; ${t.evidence.length} evidence sentence(s))`);
  const parties = t.parties.map((p) => `<div><span class="role">${esc(p.role)}</span>${esc(p.name)}</div>`).join('');
  const values = [
    ...t.money.map((m) => chip('money', moneyValue(m), moneyTip(m))),
    ...t.percentages.map((p) => chip('percent', percentValue(p), percentTip(p))),
    ...t.dates.map((d) => chip('date', dateValue(d), dateTip(d))),
  ].join('');
  const body = `${parties}${values ? `<div class="chips">${values}</div>` : ''}` || '<span class="none">-</span>';
  return `<tr><td>${button}</td><td>${body}</td></tr>`;
}

function dealCard(d: Deal, index: number, facts: Facts): string {
  const type = fact(facts, `<span class="badge type">${esc(d.type.replace(/_/g, ' '))}</span>`, [d.evidence], d.evidence.text);
  const status = d.status
    ? fact(facts, `<span class="badge">${esc(d.status)}</span>`, [d.statusEvidence], d.statusEvidence?.text)
    : '<span class="badge">status unknown</span>';
  const parties = d.parties.length
    ? `<ul class="plain">${d.parties
        .map((p) => `<li><span class="role">${esc(p.role)}</span>${fact(facts, esc(p.name), [p.evidence], p.entity ? `entity ${p.entity}` : 'unnamed party (no entity)')}</li>`)
        .join('')}</ul>`
    : '<p class="none">no parties found</p>';
  const value = d.value
    ? `${fact(facts, esc(moneyValue(d.value)), [d.value], `${d.value.text} (rule: ${d.value.rule})`)}`
    : d.valueUndisclosed
      ? '<span class="none">undisclosed</span>'
      : '<span class="none">not stated</span>';
  const terms = d.terms.length
    ? `<table class="terms"><thead><tr><th>term</th><th>parties and values</th></tr></thead><tbody>${d.terms.map((t) => termRow(t, facts)).join('')}</tbody></table>`
    : '<p class="none">no terms found</p>';
  return `<div class="deal" data-deal="${index}">
<h3>${index === 0 ? 'Deal' : `Further deal ${index}`}: ${type} ${status}</h3>
<h4>Parties</h4>${parties}
<h4>Value</h4><p class="value">${value}</p>
<h4>Terms</h4>${terms}
</div>`;
}

function entityList(r: DealRecord, facts: Facts): string {
  if (!r.entities.length) return '<p class="none">none found</p>';
  return `<ul class="plain entities">${r.entities
    .map((e) => `<li><span class="chip k-${e.type}" data-tip="${esc(entityTip(e))}">${esc(e.type)}</span> ${fact(facts, esc(e.name), e.mentions)} <span class="meta">×${e.mentions.length}</span></li>`)
    .join('')}</ul>`;
}

function sourceMeta(r: DealRecord): string {
  const parts = [`<code>${esc(r.id)}</code>`];
  if (r.source.publishedAt) parts.push(`published ${esc(r.source.publishedAt)}`);
  if (r.source.author) parts.push(`by ${esc(r.source.author)}`);
  if (r.source.siteName) parts.push(esc(r.source.siteName));
  const href = safeHref(r.source.url);
  if (href) parts.push(`<a href="${esc(href)}" rel="noopener noreferrer">${esc(r.source.url!)}</a>`);
  else if (r.source.url) parts.push(esc(r.source.url));
  return parts.join(' · ');
}

function counts(r: DealRecord): string {
  const deals = (r.deal ? 1 : 0) + r.otherDeals.length;
  return `${r.entities.length} entities, ${r.money.length} amounts, ${r.percentages.length} percentages, ${r.dates.length} dates, ${deals} deal(s)`;
}

/** The highlighted text and the deal card of one record; `prefix` makes its element ids unique. */
export function renderArticle(r: DealRecord, prefix: string, opts: { back?: boolean } = {}): string {
  const facts = new Facts(prefix);
  const deals = r.deal ? [r.deal, ...r.otherDeals] : r.otherDeals;
  const cards = deals.map((d, i) => dealCard(d, r.deal ? i : i + 1, facts)).join('');
  const noDeal = r.deal
    ? ''
    : `<p class="nodeal"><strong>No deal reported.</strong> The record's <code>deal</code> is null: the extractor found no business deal in this article${r.otherDeals.length ? ', though it lists further deals below' : ''}. Its mentions are still highlighted.</p>`;
  const entities = entityList(r, facts);
  const spans: MarkupSpan[] = [...facts.markup()];
  for (const e of r.entities) for (const m of e.mentions) spans.push(mark(e.type, m, entityTip(e)));
  for (const m of r.money) spans.push(mark('money', m, moneyTip(m)));
  for (const p of r.percentages) spans.push(mark('percent', p, percentTip(p)));
  for (const d of r.dates) spans.push(mark('date', d, dateTip(d)));
  const title = r.source.title ? esc(r.source.title) : `<span class="none">untitled</span>`;
  return `<section class="article${r.deal ? '' : ' no-deal'}" id="${prefix}" data-id="${esc(r.id)}">
<header><h2>${title}${opts.back ? '<a class="back" href="#index">back to index</a>' : ''}</h2><p class="meta">${sourceMeta(r)} · ${counts(r)}</p></header>
<div class="text">${markupSpans(r.text, spans)}</div>
<aside class="card">${noDeal}${cards}<h4>Entities</h4>${entities}</aside>
</section>`;
}

function renderError(e: ErrorLine, prefix: string, opts: { back?: boolean } = {}): string {
  return `<section class="article err" id="${prefix}" data-id="${esc(e.id)}">
<header><h2>Error: <code>${esc(e.id)}</code>${opts.back ? '<a class="back" href="#index">back to index</a>' : ''}</h2></header>
<div class="errbox"><p>This input produced no record. Code <code>${esc(e.error.code)}</code>:</p><pre>${esc(e.error.message)}</pre></div>
</section>`;
}

function dealSummary(d: Deal): string {
  return `${esc(d.type.replace(/_/g, ' '))}${d.status ? `, ${esc(d.status)}` : ''}: ${d.parties.map((p) => `${esc(p.name)} <span class="role">(${esc(p.role)})</span>`).join(', ')}`;
}

function renderIndex(entries: readonly ReportEntry[]): string {
  const rows = entries.map((e, i) => {
    const link = `<a href="#a${i}">${esc(e.id)}</a>`;
    if (isErrorLine(e)) return `<tr class="err"><td>${i + 1}</td><td>${link}</td><td></td><td>error <code>${esc(e.error.code)}</code></td></tr>`;
    const deal = e.deal ? dealSummary(e.deal) + (e.otherDeals.length ? ` <span class="badge">+${e.otherDeals.length}</span>` : '') : '<span class="none">no deal</span>';
    return `<tr><td>${i + 1}</td><td>${link}</td><td>${esc(e.source.title ?? '')}</td><td>${deal}</td></tr>`;
  });
  return `<nav class="index" id="index"><h2>Index</h2><table><thead><tr><th>#</th><th>input</th><th>title</th><th>deal</th></tr></thead><tbody>${rows.join('')}</tbody></table></nav>`;
}

function legend(): string {
  const items = MENTION_KINDS.map(([k, label]) => `<li><mark class="m k-${k}">${label}</mark></li>`);
  items.push('<li><span class="ev-sample">evidence of the clicked fact</span></li>');
  return `<ul class="legend" aria-label="legend">${items.join('')}</ul>`;
}

function summaryLine(entries: readonly ReportEntry[]): string {
  const errors = entries.filter(isErrorLine).length;
  const records = entries.length - errors;
  const withDeal = entries.filter((e) => !isErrorLine(e) && (e.deal || e.otherDeals.length)).length;
  return `${entries.length} input(s): ${records} record(s), ${withDeal} with a deal, ${errors} error(s). Click a fact in a deal card to see its evidence; hover a highlight for its value and rule.`;
}

/** Wrap a body in the page: head with the style, CSP, the tooltip element and the script. */
export function page(title: string, headerHtml: string, body: string): string {
  const csp = `default-src 'none'; style-src 'sha256-${sha256(STYLE)}'; script-src 'sha256-${sha256(SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="dealsift">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top"><h1>${esc(title)}</h1>${headerHtml}${legend()}</header>
<main>
${body}
</main>
<div id="tip" role="tooltip"></div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/**
 * The report: one page for records and error lines, in the order given. With more than one entry it
 * starts with an index linking to each article.
 */
export function renderReport(entries: readonly ReportEntry[], options: ReportOptions = {}): string {
  const many = entries.length > 1;
  const body = [
    many ? renderIndex(entries) : '',
    ...entries.map((e, i) => (isErrorLine(e) ? renderError(e, `a${i}`, { back: many }) : renderArticle(e, `a${i}`, { back: many }))),
    entries.length ? '' : '<p class="none">No inputs.</p>',
  ].join('\n');
  return page(options.title ?? 'dealsift report', `<p class="summary">${esc(summaryLine(entries))}</p>`, body);
}
