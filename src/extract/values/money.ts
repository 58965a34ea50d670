/**
 * Money: span first (a quantity with a currency before or after it, widened by a range, a
 * qualifier, a per-share tail and a sub-unit add-on), then value.
 *
 * The rules run in this order for each number found in the text (one line each in MONEY_RULES):
 *   1. cur-before   "$13 billion", "US$3", "EUR 20 million", "c $ 16.4 million", "Rs20", "MAUD 60"
 *   2. cur-after    "12.2 mln dlrs", "five million yen", "20€", "75 USD million", "1.5 billion Canadian dlrs"
 *   3. subunit      "15 cts", "50 cents", "470 pence", "50p"  (value / 100)
 * then the refiners: range ("$1-2 billion", "between $5 million and $6 million"), qualifier
 * ("more than", "about"), per-share tail ("a share"), sub-unit add-on ("dollars and 45 cents"), and
 * after range merging ("$5.60 to $5.75 a share": the tail covers both ends) the per-share pass
 * (`perSharePass`): the other end of a from/to pair, a share price after "shares ... rose ... to",
 * and a repeat of a stated per-share price; amounts written with a scale are never per share.
 */
import type { Money, Qualifier } from '../../schema/index.js';
import { changeBefore, numberMayStart, qualifierBefore, rangeLead, rangeSep } from './context.js';
import {
  CODE_ALIASES, CURRENCY_SYMBOLS, CURRENCY_WORDS, ISO_CODES, LETTER_SYMBOLS, LOWERCASE_CODES_OK, PER_SHARE,
  SCALED_CODE_PREFIXES, SUBUNIT_ATTACHED_ONLY, SUBUNIT_WORDS, SUFFIX_SYMBOLS, alt, norm,
} from './lexicon.js';
import { NUMBER_START_RE, fix, readQuantity, readScale, type Quantity } from './numbers.js';
import { removeOverlaps } from './refiners.js';

const LETTER_SYMBOL_KEYS = new Set(LETTER_SYMBOLS.map(norm));

interface Currency {
  start: number;
  end: number;
  code: string | null;
  /** Multiplier carried by the currency itself ("MEUR" = million euros). */
  scale: number;
  /** A sub-unit (cents, pence): the amount is divided by 100. */
  sub: boolean;
  /** Written as a symbol ($, €) rather than a word or code. */
  symbol: boolean;
}

// ------------------------------------------------------------------ currency lexicon, compiled
const SYMBOL_CODE = new Map(Object.entries(CURRENCY_SYMBOLS).map(([k, v]) => [norm(k), v]));
const WORD_CODE = new Map(Object.entries(CURRENCY_WORDS).map(([k, v]) => [norm(k), v]));
const SUB_CODE = new Map(Object.entries(SUBUNIT_WORDS).map(([k, v]) => [norm(k), v]));
const CODES = new Set(ISO_CODES);
const SCALED_CODES = ['USD', 'EUR', 'GBP', 'AUD', 'CAD', 'CHF', 'SEK', 'NOK', 'DKK', 'JPY', 'NZD'];
const SCALED_CODE_RE_SRC = `(?:${alt(Object.keys(SCALED_CODE_PREFIXES), (w) => w)})(?:${SCALED_CODES.join('|')})`;
const SCALED_CODE_EXACT_RE = new RegExp(`^${SCALED_CODE_RE_SRC}$`);

/** Symbol with dotted/spaced variants: "u.s. $" also matches "US$" and "u.s $". */
function symbolPattern(k: string): string {
  return k
    .split('')
    .map((ch) => (ch === ' ' ? '[ \\t]{0,2}' : ch === '.' ? '\\.?' : /[a-z]/.test(ch) ? `${ch}\\.?` : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
    .replace(/\\\.\?\\\.\?/g, '\\.?');
}

const PREFIX_ALT = [
  alt(Object.keys(CURRENCY_SYMBOLS), symbolPattern),
  SCALED_CODE_RE_SRC,
  alt(ISO_CODES, (w) => w),
].join('|');
/** A currency ending at the window's end, then 0-2 blanks. Group 1 = the currency. */
const PREFIX_RE = new RegExp(`(?:${PREFIX_ALT})(?=[ \\t\\u00a0]{0,2}$)`, 'i');
const PREFIX_SCAN_RE = new RegExp(`(${PREFIX_ALT})[ \\t\\u00a0]{0,2}$`, 'i');

const SUFFIX_WORDS_ALT = alt([...Object.keys(CURRENCY_WORDS)]);
const SUFFIX_RE = new RegExp(
  `([ \\t\\u00a0]{0,2})(${SCALED_CODE_RE_SRC}|${SUFFIX_WORDS_ALT}|${alt(ISO_CODES, (w) => w)}|${alt(SUFFIX_SYMBOLS, symbolPattern)})(?![\\w$€£¥])`, 'iy');
const SUB_RE = new RegExp(`([ \\t\\u00a0]{0,2})(${alt(Object.keys(SUBUNIT_WORDS))})(?![\\w])`, 'iy');
const PER_SHARE_RE = new RegExp(`[ \\t\\u00a0]{0,2}(?:${alt(PER_SHARE)})(?![\\w])`, 'iy');

function codeOk(raw: string): boolean {
  const letters = raw.replace(/[^A-Za-z]/g, '');
  return raw === raw.toUpperCase() || LOWERCASE_CODES_OK.has(letters.toLowerCase());
}

/** Resolves a matched currency text to a Currency, or null when it is not one (e.g. "all"). */
function resolveCurrency(raw: string, start: number, end: number): Currency | null {
  const n = norm(raw);
  const scaled = SCALED_CODE_EXACT_RE.exec(raw);
  if (scaled && raw === raw.toUpperCase()) {
    const code = SCALED_CODES.find((c) => raw.endsWith(c))!;
    const scale = SCALED_CODE_PREFIXES[raw.slice(0, raw.length - 3)];
    return { start, end, code, scale, sub: false, symbol: false };
  }
  if (SYMBOL_CODE.has(n)) {
    const symbol = /[^a-z ]/.test(n) || LETTER_SYMBOL_KEYS.has(n);
    if (/^[a-z]+$/i.test(raw) && !codeOk(raw) && !LETTER_SYMBOLS.includes(raw)) return null;
    return { start, end, code: SYMBOL_CODE.get(n) ?? null, scale: 1, sub: false, symbol };
  }
  const up = raw.toUpperCase();
  if (CODES.has(up) && /^[a-z]+$/i.test(raw)) {
    if (!codeOk(raw)) return null;
    return { start, end, code: CODE_ALIASES[up] ?? up, scale: 1, sub: false, symbol: false };
  }
  if (WORD_CODE.has(n)) return { start, end, code: WORD_CODE.get(n) ?? null, scale: 1, sub: false, symbol: false };
  return null;
}

/** The currency written right before `pos` (0-2 blanks between). */
function currencyBefore(text: string, pos: number): Currency | null {
  const from = Math.max(0, pos - 12);
  const win = text.slice(from, pos);
  if (!PREFIX_RE.test(win)) return null;
  // Try the longest candidate first: shorten the window start until a currency matches at a boundary.
  for (let s = 0; s < win.length; s++) {
    const sub = win.slice(s);
    const m = PREFIX_SCAN_RE.exec(sub);
    if (!m || m.index !== 0) continue;
    const abs = from + s;
    // The currency must not be glued to a preceding word ("ABC$5", "PROUSD 5").
    if (abs > 0 && /[A-Za-z0-9.]/.test(text[abs - 1]) && /^[A-Za-z]/.test(m[1])) continue;
    const c = resolveCurrency(m[1], abs, abs + m[1].length);
    if (c) return c;
  }
  return null;
}

/** The currency (or sub-unit) written right after `pos`. */
function currencyAfter(text: string, pos: number, allowSub: boolean): Currency | null {
  SUFFIX_RE.lastIndex = pos;
  const m = SUFFIX_RE.exec(text);
  if (m) {
    const start = pos + m[1].length;
    const c = resolveCurrency(m[2], start, start + m[2].length);
    if (c) return c;
  }
  if (!allowSub) return null;
  SUB_RE.lastIndex = pos;
  const s = SUB_RE.exec(text);
  if (s) {
    const word = s[2];
    if (SUBUNIT_ATTACHED_ONLY.has(word.toLowerCase()) && s[1].length) return null;
    if (word === 'C' || word === 'P') return null; // "10 C" is Celsius; "3 P" is not pence
    const start = pos + s[1].length;
    return { start, end: start + word.length, code: SUB_CODE.get(norm(word)) ?? null, scale: 1, sub: true, symbol: false };
  }
  return null;
}

// ------------------------------------------------------------------ candidates
interface Candidate {
  start: number;
  end: number;
  value: number;
  min: number | null;
  max: number | null;
  currency: string | null;
  qualifier: Qualifier;
  perShare: boolean;
  rule: string;
  /** Integral amount without scale, so a sub-unit add-on may follow ("$3 and fourteen"). */
  plain: boolean;
  /** The first quantity was written without currency: a bare number starting a range. */
  lead: 'between' | 'from' | null;
  /** Written with a scale ("$2 billion", "MEUR 5"): a total, never a price per share. */
  scaled: boolean;
}

interface RuleCtx {
  text: string;
  pos: number;
  q: Quantity;
}

type MoneyRule = { name: string; extract: (c: RuleCtx) => Candidate | null };

/** Second half of a range after `q` ("-2 billion", " to $6 million", " and 20"). */
function readRangeEnd(text: string, q: Quantity, lead: 'between' | 'from' | null) {
  const after = rangeSep(text, q.end, lead);
  if (after === null) return null;
  let pos = after;
  const sym = currencyAfter(text, pos, false); // "$10-$20": a symbol may repeat
  if (sym && sym.symbol) pos = sym.end + (/[ \t]/.test(text[sym.end] ?? '') ? 1 : 0);
  const q2 = readQuantity(text, pos, q.words);
  if (!q2 || q2.words !== q.words) return null;
  return q2;
}

function amount(q: Quantity, cur: Currency, q2: Quantity | null) {
  const scale2 = q2 ? q2.scale : 1;
  const s1 = q.scale !== 1 ? q.scale : scale2;
  const mult = cur.scale * (cur.sub ? 0.01 : 1);
  const v1 = fix(q.number * s1 * mult);
  if (!q2) return { value: v1, min: null, max: null };
  const v2 = fix(q2.number * q2.scale * mult);
  return { value: Math.min(v1, v2), min: Math.min(v1, v2), max: Math.max(v1, v2) };
}

export const MONEY_RULES: MoneyRule[] = [
  {
    // "$13 billion", "US$ 3", "EUR 20 million", "MAUD 60", "$1-2 billion", "$10-$20"
    name: 'cur-before',
    extract({ text, pos, q }) {
      const cur = currencyBefore(text, pos);
      if (!cur) return null;
      if (q.words && cur.symbol === false && cur.code !== null && !/[A-Z]{3}/.test(text.slice(cur.start, cur.end))) return null;
      const q2 = readRangeEnd(text, q, null);
      let end = (q2 ?? q).end;
      // "$ 20 USD": a redundant code after is part of the mention.
      const again = currencyAfter(text, end, false);
      if (again && !again.sub && again.code === cur.code && !again.symbol) end = again.end;
      return { start: cur.start, end, ...amount(q, cur, q2), currency: cur.code, qualifier: null, perShare: false, rule: 'cur-before', plain: !q2 && q.scale === 1 && Number.isInteger(q.number), lead: null, scaled: q.scale !== 1 || (q2?.scale ?? 1) !== 1 || cur.scale !== 1 };
    },
  },
  {
    // "12.2 mln dlrs", "five million yen", "20€", "10-20 dollars", "between 10 and 20 dollars"
    name: 'cur-after',
    extract({ text, pos, q }) {
      const lead = rangeLead(text, pos);
      let q2: Quantity | null = null;
      let cur = currencyAfter(text, q.end, false);
      if (!cur) {
        q2 = readRangeEnd(text, q, lead?.word ?? null);
        if (q2) cur = currencyAfter(text, q2.end, false);
      }
      if (!cur) return null;
      // "500 pounds of cocaine" is a weight; "5 million pounds of funding" stays money
      if (/^pounds?$/i.test(text.slice(cur.start, cur.end)) && (q2 ?? q).scale === 1 && /^[ \t]{1,2}of\b/i.test(text.slice(cur.end, cur.end + 5))) return null;
      let end = cur.end;
      let scaled: Quantity = q2 ?? q;
      // "75 USD million": the scale may follow a code.
      if (scaled.scale === 1 && !cur.symbol) {
        const s = readScale(text, cur.end);
        if (s && s.end > cur.end && /^[ \t]/.test(text[cur.end])) {
          scaled = { ...scaled, scale: s.value };
          end = s.end;
        }
      }
      const first = q2 ? q : scaled;
      return { start: pos, end, ...amount(first, cur, q2 ? scaled : null), currency: cur.code, qualifier: null, perShare: false, rule: 'cur-after', plain: !q2 && scaled.scale === 1 && Number.isInteger(q.number), lead: q2 ? lead?.word ?? null : null, scaled: q.scale !== 1 || scaled.scale !== 1 || cur.scale !== 1 };
    },
  },
  {
    // "15 cts", "50 cents", "470 pence", "50p", "10 c"
    name: 'subunit',
    extract({ text, pos, q }) {
      if (q.scale !== 1) return null;
      const lead = rangeLead(text, pos);
      let q2: Quantity | null = null;
      let cur = currencyAfter(text, q.end, true);
      if (!cur) {
        q2 = readRangeEnd(text, q, lead?.word ?? null);
        if (q2) cur = currencyAfter(text, q2.end, true);
      }
      if (!cur || !cur.sub) return null;
      return { start: pos, end: cur.end, ...amount(q, cur, q2), currency: cur.code, qualifier: null, perShare: false, rule: 'subunit', plain: false, lead: q2 ? lead?.word ?? null : null, scaled: false };
    },
  },
];

// ------------------------------------------------------------------ refiners
const ADDON_RE = /([ \t]{1,2}and)?[ \t]{1,2}/y;
const TAIL_END_RE = /[ \t]{0,2}(?:[.,;:!?)"']|$)/y;

/** "dollars and 45 cents", "$3 and fourteen", "20 dollar 43", "3 UAH 4 kopiykas" */
function subunitAddon(text: string, c: Candidate): void {
  if (!c.plain) return;
  ADDON_RE.lastIndex = c.end;
  const m = ADDON_RE.exec(text);
  if (!m) return;
  const pos = c.end + m[0].length;
  const q = readQuantity(text, pos, true);
  if (!q || q.scale !== 1 || q.hasDecimal || q.number >= 100 || q.number < 1 || (!q.words && q.intDigits > 2)) return;
  const sub = currencyAfter(text, q.end, true);
  if (sub && sub.sub) {
    c.value = fix(c.value + q.number / 100);
    c.end = sub.end;
    c.rule += '+subunit';
    return;
  }
  if (sub) return; // "50 dollar 50 dollar": a new amount, not cents
  TAIL_END_RE.lastIndex = q.end;
  if (!TAIL_END_RE.test(text)) return;
  if (!m[1] && c.rule === 'cur-before' && !/[A-Z]{3}/.test(text.slice(c.start, c.end))) return; // "$20 30" is two numbers
  c.value = fix(c.value + q.number / 100);
  c.end = q.end;
  c.rule += '+subunit';
}

function perShareTail(text: string, c: Candidate): void {
  PER_SHARE_RE.lastIndex = c.end;
  const m = PER_SHARE_RE.exec(text);
  if (!m) return;
  c.end += m[0].length;
  c.perShare = true;
}

function qualify(text: string, c: Candidate): void {
  const lead = c.lead ? rangeLead(text, c.start) : null;
  if (lead) {
    c.start = lead.start;
    return;
  }
  const q = qualifierBefore(text, c.start);
  if (q) {
    c.start = q.start;
    c.qualifier = q.qualifier;
  }
}

const BETWEEN_GAP_RE = /^[ \t]{0,2}(?:-|–|—|to|and)[ \t]{0,2}$/i;

/** "between $5 million and $6 million", "$5 million to $6 million": two amounts, one range. */
function mergeRanges(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    if (prev && prev.min === null && c.min === null && BETWEEN_GAP_RE.test(text.slice(prev.end, c.start))) {
      const gap = text.slice(prev.end, c.start).trim().toLowerCase();
      const lead = rangeLead(text, prev.start);
      // "and" needs "between"; "to" needs "between"/"from" (else it may be a change: "rose $5 million to $6 million")
      // "to" needs "between"/"from", or no change verb before ("earnings of $5.60 to $5.75 a share",
      // not "cut its forecast $5 to $4"); "and" needs "between"
      const ok = gap === 'and' ? lead?.word === 'between' : gap === 'to' ? lead !== null || (!changeBefore(text, prev.start) && !/\bfrom[ \t]{1,2}$/i.test(text.slice(Math.max(0, prev.start - 8), prev.start))) : true;
      // a per-share tail after the second amount covers both ("$5.60 to $5.75 a share")
      const shareOk = prev.perShare === c.perShare || (!prev.perShare && c.perShare && !prev.scaled);
      if (ok && (prev.currency === c.currency || prev.currency === null || c.currency === null) && shareOk) {
        prev.min = Math.min(prev.value, c.value);
        prev.max = Math.max(prev.value, c.value);
        prev.value = prev.min;
        prev.end = c.end;
        prev.currency = c.currency ?? prev.currency;
        prev.rule += '+range';
        prev.perShare = prev.perShare || c.perShare;
        prev.scaled = prev.scaled || c.scaled;
        prev.lead = lead?.word ?? null;
        if (lead) prev.start = Math.min(prev.start, lead.start);
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/**
 * The amount right before or after a per-share price, joined by "from"/"to"/"versus"/"beating"
 * ("to $31.75 a share from $28", "$5.60 to $5.75 a share, up from its previous forecast of $5.35 to
 * $5.55", "earned $1.52 a share, beating the average analyst estimate of $1.41").
 */
const PAIR_GAP_RE = /^[ \t]{0,2},?[ \t]{0,2}(?:(?:up|down)[ \t]{1,2})?(?:from|to|versus|vs\.?|compared[ \t]{1,2}(?:with|to)|beating|missing|above|below)(?:[ \t]{1,2}(?:its|the|their|an?)(?:[ \t]{1,2}[\w-]+){0,3}[ \t]{1,2}of)?[ \t]{1,2}$/i;
/**
 * A share price: "shares closed at $41.60", "Keswick shares fell 9% to $27.40", "Shares in Calder
 * rose 4.6 per cent to 312p" (shares/stock, then a trading verb, then at/to, in one sentence).
 */
const SHARE_PRICE_BEFORE_RE = /\b(?:shares?|stock|share[ \t]price|ADRs?|ADSs?)\b(?:[^.;!?]|\.\d){0,60}?\b(?:closed|close|closing|ended|finished|opened|settled|traded|trading|rose|risen|fell|fallen|jumped|climbed|gained|slid|slipped|dropped|declined|surged|soared|tumbled|sank|plunged|advanced|edged|added|lost|rallied|hit|touched|reached|were|was|stood)\b(?:[^.;!?$€£¥]|\.\d){0,30}?\b(?:at|to)[ \t]{1,2}$/i;

/**
 * Per-share propagation (after range merging), for unscaled amounts only:
 *   1. the other end of a "from"/"to" pair with a per-share price ("to $31.75 a share from $28");
 *   2. a share price after "shares ... closed/rose/fell ... at/to";
 *   3. an amount equal to a per-share price stated elsewhere in the text, same currency ("the $36
 *      offer price", "Thirty-eight euros", "At $31.75, the board has to engage").
 */
function perSharePass(text: string, list: Candidate[]): Candidate[] {
  const mark = (c: Candidate, why: string) => {
    c.perShare = true;
    c.rule += `+per-share-${why}`;
  };
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c.perShare || c.scaled) continue;
    const prev = list[i - 1];
    const next = list[i + 1];
    const same = (o: Candidate | undefined) => !!o && o.perShare && !o.scaled && (o.currency === c.currency || o.currency === null || c.currency === null);
    if ((same(prev) && PAIR_GAP_RE.test(text.slice(prev!.end, c.start))) || (same(next) && PAIR_GAP_RE.test(text.slice(c.end, next!.start)))) mark(c, 'pair');
    else if (SHARE_PRICE_BEFORE_RE.test(text.slice(Math.max(0, c.start - 110), c.start))) mark(c, 'price');
  }
  const stated = new Set(list.filter((c) => c.perShare && !c.scaled && c.min === null).map((c) => `${c.currency}:${c.value}`));
  for (const c of list) if (!c.perShare && !c.scaled && c.min === null && stated.has(`${c.currency}:${c.value}`)) mark(c, 'repeat');
  return list;
}

// ------------------------------------------------------------------ scanning

/** All money amounts in `text`, sorted by start, without overlaps. */
export function findMoney(text: string): Money[] {
  const found: Candidate[] = [];
  NUMBER_START_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_START_RE.exec(text))) {
    const pos = m.index;
    const isDigit = /\d/.test(m[0]);
    if (isDigit && !numberMayStart(text, pos, true)) continue;
    if (isDigit && pos > 0 && /[A-Za-z]/.test(text[pos - 1]) && !currencyBefore(text, pos)) continue;
    const q = readQuantity(text, pos);
    if (!q) continue;
    let cand: Candidate | null = null;
    for (const rule of MONEY_RULES) {
      cand = rule.extract({ text, pos, q });
      if (cand) break;
    }
    if (!cand) {
      if (!isDigit) NUMBER_START_RE.lastIndex = Math.max(NUMBER_START_RE.lastIndex, q.numberEnd);
      continue;
    }
    subunitAddon(text, cand);
    perShareTail(text, cand);
    qualify(text, cand);
    found.push(cand);
    NUMBER_START_RE.lastIndex = Math.max(NUMBER_START_RE.lastIndex, cand.end);
  }
  const merged = perSharePass(text, mergeRanges(text, removeOverlaps(found)));
  return merged.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    value: c.value,
    currency: c.currency,
    qualifier: c.qualifier,
    min: c.min,
    max: c.max,
    perShare: c.perShare,
    rule: c.rule,
  }));
}
