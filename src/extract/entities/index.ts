/**
 * Entity recognition: organizations, people, places and products, one entity per real-world party.
 *
 *   1. candidate runs of capitalized tokens (rules.ts: candidateRuns)
 *   2. span rules, in order, type each run or split it (rules.ts: SPAN_RULES)
 *   3. document consistency (consistency.ts): short forms, surnames, acronyms defined in the text,
 *      wire tickers, later mentions anywhere (sentence starts, headlines) of names already found
 *   4. grouping into entities: ids in order of first mention, name = fullest form, aliases
 */
import type { Analysis } from '../analysis.js';
import type { Entity } from '../../schema/index.js';
import { prepare } from './prepare.js';
import { benchmarkSpans, candidateRuns, classify, companySlot, listingAt, slashAS, surface, webName, type Ctx, type Span } from './rules.js';
import { COMMA_SUFFIXES, COMMON_WORDS, CORPORATE_SUFFIXES, WEB_DOMAINS, lookupPhrase } from './lexicon.js';
import { cluster, documentForms, type Cluster } from './consistency.js';

export type { Span } from './rules.js';

/** Typed spans before grouping (token indices into the prepared tokens); exported for tests and tools. */
export function findSpans(text: string, analysis: Analysis): { ctx: Ctx; spans: Span[] } {
  const ctx: Ctx = { toks: prepare(analysis), text, known: new Map() };
  // Market benchmarks ("S&P 500", "Brent crude") first: their words start no other name.
  const benchmarks = benchmarkSpans(ctx);
  const blocked = new Uint8Array(ctx.toks.length);
  for (const s of benchmarks) for (let i = s.a; i < s.b; i++) blocked[i] = 1;
  // The market part of a listing code ("(Amsterdam: PR8.AS - news)") is no name ("AS" after the period).
  for (let i = 0; i < ctx.toks.length; i++) {
    if (ctx.toks[i].text !== '(') continue;
    const l = listingAt(ctx.toks, i);
    if (l) for (let j = l[0] + 1; j < l[1]; j++) blocked[j] = 1;
  }
  const runs = capRuns(candidateRuns(ctx, blocked));
  const first: Span[][] = runs.map(([a, b]) => classify(a, b, ctx));
  first.push(benchmarks);
  // Second pass with the names the document uses: "Calder Northern to sell ..." in a headline once
  // "Calder Northern plc" is known, "Pellucid Media and Ortega Telecom" split at the known names.
  // Only runs holding the first word of a known name can change.
  const known = documentForms(ctx, first.flat());
  if (known.size === 0) return { ctx, spans: refine(ctx, first.flat()) };
  ctx.known = known;
  const starts = new Set<string>();
  // (The first token: "San" of "San/Bar", which the tokenizer splits at the slash.)
  for (const k of known.keys()) starts.add(k.split(/[ /]/)[0]);
  const spans: Span[] = [];
  runs.forEach(([a, b], r) => {
    let touched = false;
    for (let i = a; i < b && !touched; i++) if (starts.has(ctx.toks[i].text)) touched = true;
    spans.push(...(touched ? classify(a, b, ctx) : first[r]));
  });
  spans.push(...benchmarks);
  return { ctx, spans: refine(ctx, spans) };
}

/**
 * No name is longer than this many tokens; a longer capitalized run (a headline in capitals, a
 * table, junk) is read in pieces, which keeps classification linear in the run's length.
 */
const MAX_RUN_TOKENS = 16;

function capRuns(runs: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of runs) {
    for (let x = a; x < b; x += MAX_RUN_TOKENS) out.push([x, Math.min(b, x + MAX_RUN_TOKENS)]);
  }
  return out;
}

/** Refiners over the typed spans, in order. */
function refine(ctx: Ctx, spans: Span[]): Span[] {
  return acronymTail(ctx, numberedName(ctx, domainNames(ctx, parenSuffix(ctx, firmOfPartners(ctx, suffixChain(ctx, abbreviationPeriod(ctx, tableTeams(ctx, spans))))))));
}

/** Refiner: a name that goes on with "in" and a place before the acronym that spells it all
 * ("Organisation for Security and Cooperation in Europe (OSCE)"): the place is the name's last word. */
function acronymTail(ctx: Ctx, spans: Span[]): Span[] {
  const { toks } = ctx;
  let drop: Set<Span> | null = null;
  for (const s of spans) {
    const sent = toks[s.a].sent;
    if (s.type !== 'organization' || toks[s.b]?.lower !== 'in' || toks[s.b].sent !== sent) continue;
    let e = s.b + 1;
    while (e < toks.length && e < s.b + 4 && toks[e].sent === sent && toks[e].cap && toks[e].text !== '(') e++;
    if (e === s.b + 1 || toks[e]?.text !== '(' || toks[e + 2]?.text !== ')' || !toks[e + 1]?.upper) continue;
    const initials = toks.slice(s.a, e).filter((t) => t.cap).map((t) => t.text[0]).join('');
    if (initials !== toks[e + 1].text) continue;
    drop = inside(spans, s, s.b, e, drop);
    s.b = e;
  }
  return drop ? spans.filter((x) => !drop!.has(x)) : spans;
}

/** Refiner: a company whose name ends in a number ("Tessel 360 has acquired Y", "Studio 71 agreed to
 * buy"): a number of two to four digits, no year, right after a company's name and before the verb of
 * a deal, is the name's last word. */
function numberedName(ctx: Ctx, spans: Span[]): Span[] {
  const { toks } = ctx;
  for (const s of spans) {
    const n = toks[s.b];
    if (s.type !== 'organization' || !n || n.sent !== toks[s.a].sent || !/^\d{2,4}$/.test(n.text) || /^(?:19|20)\d\d$/.test(n.text) || n.start !== toks[s.b - 1].end + 1) continue;
    if (spans.some((x) => x !== s && x.a <= s.b && s.b < x.b)) continue;
    if (companySlot(ctx, s.a, s.b + 1, true)) s.b++;
  }
  return spans;
}

/** Refiner: a firm named by its partners' surnames, listed with commas and joined by "and" before its
 * legal form ("Kidder, Peabody and Co", "Donaldson, Lufkin and Jenrette Inc", "Holt, Rinehart and
 * Winston Inc"): the name the legal form ends takes the one-word names listed before it, when none of
 * them is a place, a common word or a name the lists know (not "Apple, Google and Harwood Inc",
 * nor "Today, Brantly & Co. said"). */
function firmOfPartners(ctx: Ctx, spans: Span[]): Span[] {
  const { toks } = ctx;
  let drop: Set<Span> | null = null;
  for (const s of spans) {
    if (s.type !== 'organization' || s.b - s.a < 3 || s.b - s.a > 4 || !CONNECTOR.test(toks[s.a + 1].text) || !CORPORATE_SUFFIXES.has(toks[s.b - 1].text) || toks[s.a].line.allCaps) continue;
    let a = s.a;
    while (a >= 2 && toks[a - 1].text === ',' && toks[a - 2].cap && toks[a - 2].sent === toks[s.a].sent && toks[a - 2].end + 1 >= toks[a - 1].start && /^\p{Lu}\p{Ll}+$/u.test(toks[a - 2].text)) {
      const w = a - 2;
      const h = lookupPhrase(toks[w].text, false);
      if ((h && !h.weak) || COMMON_WORDS.has(toks[w].lower) || spans.some((x) => x.a <= w && w < x.b && (x.type === 'place' || x.b - x.a > 1))) break;
      a = w;
    }
    // (The first partner opens the list: no capitalized word right before it.)
    if (a === s.a || (a > 0 && toks[a - 1].cap && toks[a - 1].sent === toks[a].sent)) continue;
    drop = inside(spans, s, a, s.a, drop);
    s.a = a;
    s.rule = 'firm-of-partners';
  }
  return drop ? spans.filter((x) => !drop!.has(x)) : spans;
}

const CONNECTOR = /^(?:and|&)$/;

/** The spans other than `s` inside tokens [a, b), added to `drop` (made when there is one): a span
 * that grows over them takes their words. */
function inside(spans: Span[], s: Span, a: number, b: number, drop: Set<Span> | null): Set<Span> | null {
  for (const x of spans) if (x !== s && x.a >= a && x.b <= b) (drop ??= new Set()).add(x);
  return drop;
}

/** A company named by its web address in lower case ("quellmark.io", "monday.com"). */
const LOWER_DOMAIN = new RegExp(`^[a-z][a-z0-9-]{1,30}\\.(?:${[...WEB_DOMAINS].join('|')})$`);

/** Refiner: a lower-case web address where a company stands ("agreed to acquire quellmark.io, a
 * developer platform"): an organization (capitals start every other name; a link is no name). */
function domainNames(ctx: Ctx, spans: Span[]): Span[] {
  const { toks } = ctx;
  let out: Span[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // (A web name with a capital inside needs no slot: "allAfrica.com" is written as a name.)
    const camel = !t.cap && webName(t.text);
    if (!(camel || LOWER_DOMAIN.test(t.text)) || (i > 0 && toks[i - 1].end === t.start) || (toks[i + 1]?.start === t.end && !/^[,.;:)]$/.test(toks[i + 1].text))) continue;
    if (spans.some((s) => s.a <= i && i < s.b) || (!camel && !companySlot(ctx, i, i + 1, false))) continue;
    (out ??= [...spans]).push({ a: i, b: i + 1, type: 'organization', rule: 'web-domain', weak: false });
  }
  return out ?? spans;
}

/** Refiner: a short parenthesis between a name and its legal form is part of the name ("United Coal
 * (Canada) Ltd", "Chevron Petroleum (U.K.) Ltd", "Total Holdings (Australia) Pty Ltd"). */
function parenSuffix(ctx: Ctx, spans: Span[]): Span[] {
  const { toks } = ctx;
  let out = spans;
  for (let i = 1; i < toks.length; i++) {
    if (toks[i].text !== '(' || !toks[i - 1].cap || toks[i - 1].sent !== toks[i].sent) continue;
    let j = i + 1;
    while (j < toks.length && j <= i + 4 && toks[j].text !== ')' && toks[j].cap) j++;
    if (j === i + 1 || toks[j]?.text !== ')' || !toks[j + 1] || toks[j + 1].sent !== toks[i].sent || !CORPORATE_SUFFIXES.has(toks[j + 1].text)) continue;
    let end = j + 2;
    while (end < toks.length && toks[end].sent === toks[i].sent && CORPORATE_SUFFIXES.has(toks[end].text)) end++;
    const before = out.find((s) => s.b === i && s.type === 'organization');
    let start = i - 1;
    if (before) start = before.a;
    else while (start > 0 && i - start < 5 && toks[start - 1].cap && toks[start - 1].sent === toks[i].sent && !CORPORATE_SUFFIXES.has(toks[start - 1].text)) start--;
    out = out.filter((s) => s.b <= start || s.a >= end);
    out.push({ a: start, b: end, type: 'organization', rule: 'paren-suffix', weak: false });
  }
  return out.length === spans.length && out === spans ? spans : out.sort((x, y) => x.a - y.a);
}

/** Refiner: a legal form after a comma is the name's ("LifePoint Health, Inc.", "Friedman, LLP"), as is a
 * chain of abbreviated legal forms ("Kisaragi Pharmaceutical Co., Ltd."), whichever rule found the name
 * (the second pass may find "Kisaragi Pharmaceutical Co." as a known form): the registered form is the
 * fullest one the article writes, and the short form stays an alias. */
function suffixChain(ctx: Ctx, spans: Span[]): Span[] {
  const { toks } = ctx;
  const taken = new Set<Span>();
  for (const s of spans) {
    const c = toks[s.b];
    const x = toks[s.b + 1];
    // (Not when the legal form opens another name: "Google, AB InBev".)
    if (s.type === 'organization' && !taken.has(s) && c?.text === ',' && x && x.sent === toks[s.a].sent && COMMA_SUFFIXES.has(x.text) && !spans.some((o) => o.a === s.b + 1 && o.b > s.b + 2)) {
      for (const o of spans) if (o.a === s.b + 1 && o.b === s.b + 2) taken.add(o);
      s.b += 2;
    }
    // The Danish and Norwegian "A/S", which the tokenizer splits: "Velder Foods A/S".
    if (s.type === 'organization' && slashAS(toks, s.b - 1)) s.b += 2;
    else if (s.type === 'organization' && slashAS(toks, s.b) && toks[s.b].sent === toks[s.a].sent) s.b += 3;
    // The German limited partnership written with "and": "Kessler Verwaltung GmbH and Co KG".
    if (s.type === 'organization' && /^(?:GmbH|AG)$/.test(toks[s.b - 1].text) && c?.lower === 'and' && x && /^Co\.?$/.test(x.text) && x.sent === toks[s.a].sent) {
      const k = toks[s.b + 2];
      s.b += k && k.sent === x.sent && /^(?:KG|KGaA|OHG)$/.test(k.text) ? 3 : 2;
    }
  }
  return taken.size ? spans.filter((s) => !taken.has(s)) : spans;
}

/** Refiner: an abbreviation keeps its period when the tokenizer split it off ("Madison, Wis., makes",
 * "Hamilton, Ont.-based"): the span takes the period when the dotted form is a list entry. */
function abbreviationPeriod(ctx: Ctx, spans: Span[]): Span[] {
  const { toks } = ctx;
  for (const s of spans) {
    const dot = toks[s.b];
    // (And a name written with its exclamation mark, "Yahoo!".)
    if (!dot || (dot.text !== '.' && dot.text !== '!') || dot.start !== toks[s.b - 1].end || /\.$/.test(toks[s.b - 1].text)) continue;
    const h = lookupPhrase(surface(ctx, s.a, s.b) + dot.text, false);
    if (h && h.type === s.type) s.b++;
  }
  return spans;
}

const NUMBER = /^\d+(?:[.,]\d+)?$/;

/** Refiner: in a results table a place followed by a number is a team, an organization
 * ("NEW YORK 74 58 .561", "Leicestershire 22 points"). Applies to the whole entity through consistency. */
function tableTeams(ctx: Ctx, spans: Span[]): Span[] {
  for (const s of spans) {
    const next = ctx.toks[s.b];
    if (s.type === 'place' && ctx.toks[s.a].line.tabular && next && next.sent === ctx.toks[s.a].sent && NUMBER.test(next.text)) {
      s.type = 'organization';
      s.rule = 'table-team';
    }
  }
  return spans;
}

/** Find the entities of `text`; `analysis` must be `analyze(text)`. Deterministic. */
export function findEntities(text: string, analysis: Analysis): Entity[] {
  if (typeof text !== 'string') throw new TypeError(`findEntities: text must be a string, got ${typeof text}`);
  if (!analysis || analysis.text !== text) throw new TypeError('findEntities: analysis must be analyze(text) of the same text');
  const { ctx, spans } = findSpans(text, analysis);
  const clusters = cluster(ctx, spans);
  return toEntities(ctx, clusters);
}

function toEntities(ctx: Ctx, clusters: Cluster[]): Entity[] {
  const { toks, text } = ctx;
  const built = clusters
    .filter((c) => c.spans.length > 0)
    .map((c) => {
      const spans = [...c.spans].sort((x, y) => x.a - y.a || x.b - y.b);
      const mentions = spans.map((s) => {
        const start = toks[s.a].start;
        const end = toks[s.b - 1].end;
        return { start, end, text: text.slice(start, end) };
      });
      const { name, aliases } = nameAndAliases(mentions.map((m) => m.text));
      return { first: mentions[0].start, name, type: c.type, aliases, mentions, rule: c.rule };
    })
    .sort((x, y) => x.first - y.first);
  return built.map((e, i) => ({ id: `e${i + 1}`, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, rule: e.rule }));
}

function isUpper(s: string): boolean {
  return !/\p{Ll}/u.test(s) && s.length > 6;
}

/**
 * An entity's name and aliases from its mentions' texts, in order of use: the name is the fullest
 * form (most words, then longest, then first used; in normal case when the text also has it so),
 * the aliases are the other forms in order of first use. Both are written on one line ("Durand
 * Textile\nCorp" in wrapped wire copy).
 */
export function nameAndAliases(texts: string[]): { name: string; aliases: string[] } {
  const forms: string[] = [];
  for (const t of texts) if (!forms.includes(t)) forms.push(t);
  const words = (s: string) => s.split(/\s+/).length;
  let name = forms[0];
  for (const f of forms) if (words(f) > words(name) || (words(f) === words(name) && f.length > name.length && !isUpper(f))) name = f;
  // A headline's plural of two names' shared head ("Hinodeura And Asagiri Banks") is one of them in the singular.
  const singular = forms.find((f) => words(f) === words(name) && (`${f}s` === name || `${f}es` === name));
  if (singular) name = singular;
  if (isUpper(name)) {
    const mixed = forms.filter((f) => !isUpper(f) || f.length <= 6);
    if (mixed.length) name = mixed.reduce((x, f) => (words(f) > words(x) || (words(f) === words(x) && f.length > x.length) ? f : x), mixed[0]);
  }
  // A dateline in capitals and the name in running text: the name is written in normal case ("Chicago").
  if (!/\p{Ll}/u.test(name)) {
    const cased = forms.find((f) => f.toUpperCase() === name && /\p{Ll}/u.test(f));
    if (cased) name = cased;
  }
  const one = (f: string) => f.replace(/\s+/g, ' ');
  const aliases: string[] = [];
  // A headline's capitals restate a form already listed ("COBBETT" beside "Cobbett", "HARLAN
  // INDUSTRIES" before "Harlan Industries Inc"): no alias of its own. A ticker ("HRLN") is one.
  const lowered = forms.filter((f) => !isUpper(f)).map((f) => one(f).toLowerCase());
  const restates = (f: string) => isUpper(f) && lowered.some((l) => l === f.toLowerCase() || l.startsWith(`${f.toLowerCase()} `));
  for (const f of forms.map(one)) if (f !== one(name) && !aliases.includes(f) && !restates(f)) aliases.push(f);
  return { name: one(name), aliases };
}
