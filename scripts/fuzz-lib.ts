/**
 * The fuzzer behind `npm run fuzz` and test/faults/fuzz.test.ts: inputs made by mutating the corpus
 * and the hostile set (test/reliability/hostile-files.ts), run through the batch's own worker pool
 * (the per-article time limit, a fresh thread after a crash), and checked one by one:
 *
 * - one line: the pool's line is a single JSON object with no line break in it;
 * - a valid record (the schema, and every span indexes the record's text) or a clean error line:
 *   a known code for bad input, a message that begins with the input's id; INTERNAL (an exception
 *   the pipeline did not expect), INVALID_RECORD and a crashed worker are exceptions that escaped;
 * - time under the limit: a TIMEOUT line is a finding;
 * - the same bytes on a second run, with the cases in the reverse order (so each article follows a
 *   different one: a record must not depend on the article before it).
 *
 * Every case is a pure function of (campaign seed, case number): `makeCase(seed, n)` rebuilds it, and
 * a failing case is saved with its seed, its recipe and its bytes (gzip, base64) so that it can be
 * replayed and kept as a regression test.
 */
import { gzipSync, gunzipSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { ArticlePool } from '../src/batch/pool.js';
import { decodeText, type InputItem } from '../src/io/inputs.js';
import { DealRecordSchema, ErrorLineSchema, type DealRecord, type Span } from '../src/schema/index.js';
import type { InputDoc } from '../src/types.js';
import { hostileFiles } from '../test/reliability/hostile-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Random numbers

/** mulberry32: small, seeded, the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of case `n` of the campaign with seed `seed`. */
export function caseSeed(seed: number, n: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
/** A size drawn on a log scale: mostly small, sometimes huge. */
const logSize = (r: Rand, lo: number, hi: number) => Math.floor(Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo))));

// ---------------------------------------------------------------------------------------------
// Seeds: the corpus and the hostile set

export interface SeedFile {
  name: string;
  html: boolean;
  bytes: Buffer;
}

/** Seeds larger than this are cut to a random slice of it before mutation (the 23 MB hostile page). */
const MAX_SEED_CHARS = 400_000;
/** Mutated text is cut to this length: the pipeline refuses more than 1,000,000 characters anyway. */
const MAX_CASE_CHARS = 2_500_000;

export function loadSeeds(): SeedFile[] {
  const corpus = path.join(root, 'corpus');
  const seeds: SeedFile[] = readdirSync(corpus)
    .filter((f) => statSync(path.join(corpus, f)).isFile())
    .sort()
    .map((f) => ({ name: `corpus/${f}`, html: /\.html?$/.test(f), bytes: readFileSync(path.join(corpus, f)) }));
  for (const [name, body] of Object.entries(hostileFiles())) {
    seeds.push({ name: `hostile/${name}`, html: name.endsWith('.html'), bytes: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8') });
  }
  return seeds;
}

// ---------------------------------------------------------------------------------------------
// Mutators: string -> string, each a small function of the random source

const CONTROL = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)),
  '\u007f', '\u0085', '\u0090', '\u009b', '\u00ad',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\ufffd', '\ufffe', '\uffff',
  '\u2028', '\u2029', '\ud800', '\udc00', '\udbff', '\u0300', '\u0301', '\u20dd',
];
const BIDI = ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const TAGS = [
  '<p>', '</p>', '<div>', '</div>', '<div class="article-body">', '<article>', '</article>', '<span>', '</span>', '<br>', '<br/>', '<p/>',
  '<script>', '</script>', '<style>', '</style>', '<!--', '-->', '<![CDATA[', ']]>', '<title>', '</title>', '<h1>', '</h1>',
  '<table><tr><td>', '</td></tr></table>', '<svg><foreignObject>', '<math><mi>', '<template>', '<noscript>', '<iframe srcdoc="<p>x</p>">',
  '<plaintext>', '<xmp>', '<textarea>', '<select><option>', '<a href="', '">', '<', '>', '</', '<!DOCTYPE html>', '<html>', '<body>', '</body>', '</html>',
  '<meta charset="shift_jis">', '<meta http-equiv="content-type" content="text/html; charset=utf-16">', '<meta property="article:published_time" content="2099-99-99">',
  '<time datetime="not a date">', '<nav>', '<footer>', '<aside class="related">', '<ul><li>', '<blockquote>', '<pre>', '<base href="javascript:alert(1)">',
  '&', '&amp', '&#', '&#x110000;', '&#0;', '&#xD800;', '&nbsp', '&NotARealEntity;', '&#99999999999;', '&lt;p&gt;', '<?xml version="1.0" encoding="koi8-r"?>',
];
const OPENERS: [string, string][] = [
  ['<div>', '</div>'], ['<span>', '</span>'], ['<b>', '</b>'], ['<i>', '</i>'], ['<a href="x">', '</a>'], ['<table><tr><td>', '</td></tr></table>'],
  ['<ul><li>', '</li></ul>'], ['<blockquote>', '</blockquote>'], ['<font>', '</font>'], ['<p>', '</p>'], ['<section>', '</section>'], ['<em><strong>', '</strong></em>'],
];
const MONEY_DATES = [
  '$', '€', '£', '¥', '₹', '₩', '₽', 'US$', 'C$', 'HK$', 'A$', 'CHF', 'mln', 'bln', 'billion', 'million', 'dlrs', 'stg', 'pct', '%', '12.5 mln dlrs',
  '$1.2 billion', 'between $1 and $2 billion', 'more than $13 billion', '€1,234,567.89', '$.5', '$1,,000', '$1e9', '¥ 5 trillion', '£-3', '-$40 million',
  'March 3, 1987', '3/4/87', '2024-13-45', '31 February 2020', 'Q3 2025', 'FY2026', 'H1 2024', 'in October', 'on Monday', 'last week', '1987', '9999',
  '0000-00-00', '12:30 GMT', '1st', '2nd quarter', 'year-end', '99.9%', '51 pct', '100.0001 per cent', '1/2', '½', '²', '١٢٣', '１２３',
];
const WHITESPACE = [' ', '  ', '\t', '\u00a0', '\u3000', '\u2009', '\u200a', '\r', '\r\n', '\n', '\n\n', '\u200b', '\f', '\v', '\u1680', '\u2028'];
const DEAL = [
  'Acme Corp said it agreed to acquire Widget Inc for $5 million.',
  'Widget Inc will buy a 51% stake in Acme Holdings from Beta Ltd for 12.2 mln dlrs.',
  'The merger of Alpha plc and Omega SA, valued at €3 billion, is expected to close in the third quarter of 2027.',
  'Acme Corp agreed to sell its valve unit to Widget Inc.',
];

export interface Mutator {
  name: string;
  apply(s: string, r: Rand, seeds: SeedFile[]): string;
}

const at = (s: string, r: Rand) => Math.floor(r() * (s.length + 1));
const insertAt = (s: string, i: number, x: string) => s.slice(0, i) + x + s.slice(i);
/** Insert `count` pieces made by `make` at random places. */
const scatter = (s: string, r: Rand, count: number, make: () => string) => {
  const pieces: [number, string][] = Array.from({ length: count }, () => [at(s, r), make()]);
  pieces.sort((a, b) => b[0] - a[0]);
  for (const [i, x] of pieces) s = insertAt(s, i, x);
  return s;
};
const run = (r: Rand, xs: readonly string[], n: number, sep: readonly string[] = ['']) => {
  const out: string[] = [];
  let len = 0;
  while (len < n) {
    const x = pick(r, xs) + pick(r, sep);
    out.push(x);
    len += x.length;
  }
  return out.join('');
};

export const MUTATORS: Mutator[] = [
  { name: 'truncate', apply: (s, r) => s.slice(0, at(s, r)) },
  { name: 'truncate-start', apply: (s, r) => s.slice(at(s, r)) },
  { name: 'tag-soup', apply: (s, r) => scatter(s, r, logSize(r, 1, 400), () => pick(r, TAGS)) },
  {
    name: 'deep-nesting',
    apply: (s, r) => {
      const [open, close] = pick(r, OPENERS);
      const depth = logSize(r, 50, 60_000);
      const a = at(s, r);
      const b = Math.min(s.length, a + logSize(r, 1, 5000));
      const closers = r() < 0.5 ? close.repeat(depth) : '';
      return s.slice(0, a) + open.repeat(depth) + s.slice(a, b) + closers + s.slice(b);
    },
  },
  {
    name: 'huge-attribute',
    apply: (s, r) => {
      const kind = int(r, 0, 3);
      let el: string;
      if (kind === 0) el = `<div data-x="${pick(r, ['a', '"', '&quot;', ' ', '9', 'é'])!.repeat(logSize(r, 1000, 2_000_000))}">`;
      else if (kind === 1) el = `<p ${Array.from({ length: logSize(r, 100, 50_000) }, (_, i) => `a${i}="${i}"`).join(' ')}>`;
      else if (kind === 2) el = `<img alt="${'x '.repeat(logSize(r, 10, 100_000))}`; // never closed
      else el = `<meta name="description" content="${run(r, DEAL, logSize(r, 100, 500_000), [' '])}">`;
      return insertAt(s, at(s, r), el);
    },
  },
  { name: 'control-chars', apply: (s, r) => scatter(s, r, logSize(r, 1, 2000), () => pick(r, CONTROL)) },
  {
    name: 'bidi',
    apply: (s, r) => {
      if (r() < 0.5) return scatter(s, r, logSize(r, 1, 2000), () => pick(r, BIDI));
      // wrap words in overrides, and join the letters of capitalized words
      return s.replace(/\b[A-Z][a-z]+\b/g, (w) => (r() < 0.3 ? `${pick(r, BIDI)}${w}${pick(r, BIDI)}` : r() < 0.1 ? w.split('').join(pick(r, ['\u200d', '\u200c', '\u00ad'])) : w));
    },
  },
  { name: 'digits', apply: (s, r) => scatter(s, r, int(r, 1, 5), () => pick(r, ['9', '1,234,', '0.', '12.5', '١', '１', '1 000 '])!.repeat(logSize(r, 10, 200_000))) },
  { name: 'money-dates', apply: (s, r) => scatter(s, r, int(r, 1, 8), () => run(r, MONEY_DATES, logSize(r, 10, 200_000), [' ', '', ', ', '-', '.', '\n'])) },
  {
    name: 'whitespace',
    apply: (s, r) => {
      const k = int(r, 0, 3);
      if (k === 0) return scatter(s, r, int(r, 1, 6), () => run(r, WHITESPACE, logSize(r, 10, 200_000)));
      if (k === 1) return s.replace(/\r?\n/g, pick(r, ['\r', '\u2028', '\n\n\n\n', ' \n \n', '\u0085']));
      if (k === 2) {
        const a = at(s, r);
        const b = Math.min(s.length, a + logSize(r, 10, 20_000));
        return s.slice(0, a) + s.slice(a, b).split('').join(pick(r, WHITESPACE)) + s.slice(b);
      }
      return s.replace(/\s+/g, '');
    },
  },
  {
    name: 'duplicate',
    apply: (s, r) => {
      const a = at(s, r);
      const piece = s.slice(a, a + logSize(r, 1, 5000));
      return insertAt(s, a, piece.repeat(logSize(r, 2, 2000)));
    },
  },
  {
    name: 'splice',
    apply: (s, r, seeds) => {
      const other = pick(r, seeds).bytes.toString('utf8');
      const o = Math.floor(r() * other.length);
      return s.slice(0, at(s, r)) + other.slice(o, o + logSize(r, 10, 100_000));
    },
  },
  { name: 'deal-words', apply: (s, r) => scatter(s, r, logSize(r, 1, 300), () => ` ${pick(r, DEAL)} `) },
  { name: 'entities', apply: (s, r) => s.replace(/[<>&"' ]/g, (c) => (r() < 0.2 ? pick(r, ['&lt;', '&gt;', '&amp;', '&quot;', '&#39;', '&nbsp;', '&#x202E;', '&#0;', '&', '&#']) : c)) },
];

// ---------------------------------------------------------------------------------------------
// Cases

/** How a case's string reaches the pipeline: as a page's bytes, a JSONL html or text field, or a .txt file's bytes. */
type Form = 'html-bytes' | 'html' | 'text' | 'text-bytes';
const ENCODINGS = ['latin1', 'win1252', 'utf16le', 'utf16be', 'shift_jis', 'gb18030', 'koi8-r', 'euc-kr', 'big5', 'iso-8859-7'];

export interface FuzzCase {
  id: string;
  seed: number;
  n: number;
  /** The seed file and the mutations applied, in order. */
  recipe: string[];
  doc: InputDoc;
}

/** Bytes in several encodings at once: segments of the string re-encoded, a BOM or a charset that lies. */
function mixedBytes(s: string, r: Rand, recipe: string[]): Buffer {
  const parts: Buffer[] = [];
  const k = int(r, 0, 3);
  if (k === 0) {
    const bom = pick(r, [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]]);
    recipe.push(`bom-${bom.map((b) => b.toString(16)).join('')}`);
    parts.push(Buffer.from(bom));
  }
  let i = 0;
  const cuts = int(r, 1, 8);
  for (let c = 0; c < cuts && i < s.length; c++) {
    const j = Math.min(s.length, i + Math.floor(r() * (s.length / cuts + 1)) + 1);
    const enc = r() < 0.5 ? 'utf8' : pick(r, ENCODINGS);
    parts.push(iconv.encode(s.slice(i, j), enc));
    if (enc !== 'utf8') recipe.push(`encode-${enc}`);
    i = j;
  }
  parts.push(Buffer.from(s.slice(i), 'utf8'));
  let b = Buffer.concat(parts);
  if (r() < 0.3) {
    const cut = Math.floor(r() * b.length); // mid-character, often
    b = b.subarray(0, cut);
    recipe.push(`cut-bytes-${cut}`);
  }
  return b;
}

export function makeCase(seeds: SeedFile[], seed: number, n: number): FuzzCase {
  const r = rng(caseSeed(seed, n));
  const file = pick(r, seeds);
  const recipe = [file.name];
  let s = file.bytes.toString('utf8');
  if (s.length > MAX_SEED_CHARS) {
    const o = Math.floor(r() * (s.length - MAX_SEED_CHARS));
    s = s.slice(o, o + MAX_SEED_CHARS);
    recipe.push(`slice-${o}`);
  }
  const steps = int(r, 1, 4);
  for (let k = 0; k < steps; k++) {
    const m = pick(r, MUTATORS);
    s = m.apply(s, r, seeds);
    if (s.length > MAX_CASE_CHARS) s = s.slice(0, MAX_CASE_CHARS);
    recipe.push(m.name);
  }
  let form: Form = file.html ? pick(r, ['html-bytes', 'html-bytes', 'html', 'text'] as const) : pick(r, ['text', 'text', 'text-bytes', 'html'] as const);
  recipe.push(`as-${form}`);
  const id = `fuzz-${seed}-${n}`;
  const doc: InputDoc = { id };
  if (form === 'html-bytes' || form === 'text-bytes') {
    const b = r() < 0.5 ? mixedBytes(s, r, recipe) : Buffer.from(s, 'utf8');
    if (form === 'html-bytes') doc.bytes = new Uint8Array(b);
    else doc.text = decodeText(b);
  } else if (form === 'html') doc.html = s;
  else doc.text = s;
  // JSONL fields, sometimes odd
  if (r() < 0.2) doc.title = pick(r, ['', ' ', '\u202e', 'Acme to buy Widget', 'x'.repeat(100_000), pick(r, MONEY_DATES), pick(r, CONTROL)]);
  if (r() < 0.2) doc.publishedAt = pick(r, ['', '2026-11-26', '2024-13-45', '99999-01-01', 'yesterday', '1987-02-29', '2026-11-26T25:61:00Z', '0000-01-01', '\u0000']);
  if (r() < 0.1) doc.url = pick(r, ['', 'not a url', 'javascript:alert(1)', 'https://example.com/' + 'a'.repeat(10_000), 'http://[::1', '\u202ehttps://x']);
  if (doc.title !== undefined || doc.publishedAt !== undefined || doc.url !== undefined) recipe.push('fields');
  return { id, seed, n, recipe, doc };
}

// ---------------------------------------------------------------------------------------------
// Checking a line

/** Error codes that bad input may get: anything else is a fault of ours. */
const CLEAN_CODES = new Set(['EMPTY_INPUT', 'BINARY_INPUT', 'NO_TEXT', 'BAD_JSONL', 'UNSUPPORTED_INPUT', 'READ_FAILED', 'TOO_LARGE']);

export type FindingKind = 'line' | 'escaped' | 'timeout' | 'invalid' | 'message' | 'spans' | 'nondeterministic';

export interface Finding {
  kind: FindingKind;
  detail: string;
}

function spansOf(rec: DealRecord): Span[] {
  const out: Span[] = [...rec.money, ...rec.percentages, ...rec.dates, ...rec.entities.flatMap((e) => e.mentions)];
  for (const d of rec.deal ? [rec.deal, ...rec.otherDeals] : rec.otherDeals) {
    out.push(d.evidence, ...d.parties.map((p) => p.evidence), ...d.terms, ...d.terms.flatMap((t) => t.evidence));
    if (d.value) out.push(d.value);
    if (d.statusEvidence) out.push(d.statusEvidence);
  }
  return out;
}

/** The faults in one output line of input `id` (null: it is a valid record or a clean error line). */
export function checkLine(id: string, line: string, crashed = false): Finding | null {
  if (crashed) return { kind: 'escaped', detail: `the worker thread failed: ${line.slice(0, 300)}` };
  if (/[\n\r]/.test(line)) return { kind: 'line', detail: 'the line has a line break in it' };
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch (e) {
    return { kind: 'line', detail: `not JSON: ${(e as Error).message}` };
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return { kind: 'line', detail: 'not a JSON object' };
  if ('error' in o) {
    const e = ErrorLineSchema.safeParse(o);
    if (!e.success) return { kind: 'line', detail: `a malformed error line: ${e.error.message.slice(0, 300)}` };
    const { code, message } = e.data.error;
    if (e.data.id !== id) return { kind: 'line', detail: `the error line's id is ${JSON.stringify(e.data.id)}` };
    if (code === 'TIMEOUT') return { kind: 'timeout', detail: message };
    if (!CLEAN_CODES.has(code)) return { kind: 'escaped', detail: `${code}: ${message.slice(0, 500)}` };
    if (!message.startsWith(`${id}: `)) return { kind: 'message', detail: `the message does not name the input: ${message.slice(0, 200)}` };
    return null;
  }
  const p = DealRecordSchema.safeParse(o);
  if (!p.success) return { kind: 'invalid', detail: p.error.message.slice(0, 500) };
  const rec = p.data as DealRecord;
  if (rec.id !== id) return { kind: 'invalid', detail: `the record's id is ${JSON.stringify(rec.id)}` };
  for (const s of spansOf(rec)) {
    if (rec.text.slice(s.start, s.end) !== s.text) return { kind: 'spans', detail: `span [${s.start}, ${s.end}) is ${JSON.stringify(rec.text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}` };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Saved cases

export interface SavedCase {
  /** The campaign seed and case number: `npm run fuzz -- --seed S --case N` makes it again. */
  seed: number;
  n: number;
  recipe: string[];
  finding: Finding;
  /** The document, its bytes or string gzip'd and base64'd, so that a change of the mutators does not change it. */
  doc: { id: string; title?: string; url?: string; publishedAt?: string; form: 'bytes' | 'html' | 'text'; data: string };
}

export function saveCase(c: FuzzCase, finding: Finding): SavedCase {
  const { id, title, url, publishedAt } = c.doc;
  const [form, raw]: ['bytes' | 'html' | 'text', Buffer] = c.doc.bytes
    ? ['bytes', Buffer.from(c.doc.bytes)]
    : c.doc.html !== undefined
      ? ['html', Buffer.from(JSON.stringify(c.doc.html))]
      : ['text', Buffer.from(JSON.stringify(c.doc.text ?? ''))];
  return { seed: c.seed, n: c.n, recipe: c.recipe, finding, doc: { id, title, url, publishedAt, form, data: gzipSync(raw).toString('base64') } };
}

export function loadCase(s: SavedCase): FuzzCase {
  const raw = gunzipSync(Buffer.from(s.doc.data, 'base64'));
  const doc: InputDoc = { id: s.doc.id };
  if (s.doc.form === 'bytes') doc.bytes = new Uint8Array(raw);
  else if (s.doc.form === 'html') doc.html = JSON.parse(raw.toString('utf8')) as string;
  else doc.text = JSON.parse(raw.toString('utf8')) as string;
  if (s.doc.title !== undefined) doc.title = s.doc.title;
  if (s.doc.url !== undefined) doc.url = s.doc.url;
  if (s.doc.publishedAt !== undefined) doc.publishedAt = s.doc.publishedAt;
  return { id: s.doc.id, seed: s.seed, n: s.n, recipe: s.recipe, doc };
}

// ---------------------------------------------------------------------------------------------
// Running

export interface RunOptions {
  /** Worker threads (default 1: the machine may be shared). */
  jobs?: number;
  /** The per-article time limit in ms of CPU time (default 10000, the batch's own). */
  timeoutMs?: number;
}

export interface CaseResult {
  c: FuzzCase;
  line: string;
  finding: Finding | null;
}

/** A pool that runs cases twice (the second time in reverse order) and checks every line. */
export class FuzzRunner {
  private readonly pool: ArticlePool;
  constructor(options: RunOptions = {}) {
    this.pool = new ArticlePool({ mode: 'extract', jobs: options.jobs ?? 1, timeoutMs: options.timeoutMs ?? 10_000 });
  }

  private async once(cases: FuzzCase[]): Promise<{ json: string; crashed: boolean }[]> {
    return Promise.all(
      cases.map(async (c, i) => {
        const item: InputItem = { id: c.id, doc: c.doc };
        try {
          const res = await this.pool.run(item, i);
          return { json: res.json, crashed: Boolean(res.crashed) };
        } catch (e) {
          return { json: `the pool rejected: ${(e as Error).stack ?? String(e)}`, crashed: true };
        }
      }),
    );
  }

  async run(cases: FuzzCase[]): Promise<CaseResult[]> {
    const first = await this.once(cases);
    const second = (await this.once([...cases].reverse())).reverse();
    return cases.map((c, i) => {
      const a = first[i];
      const b = second[i];
      let finding = checkLine(c.id, a.json, a.crashed);
      if (!finding && a.json !== b.json) {
        let k = 0;
        while (k < a.json.length && a.json[k] === b.json[k]) k++;
        finding = { kind: 'nondeterministic', detail: `the second run differs at character ${k}: ${JSON.stringify(a.json.slice(Math.max(0, k - 60), k + 60))} / ${JSON.stringify(b.json.slice(Math.max(0, k - 60), k + 60))}` };
      }
      return { c, line: a.json, finding };
    });
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
