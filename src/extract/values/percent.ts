/**
 * Percentages: span first (a quantity with a percent unit after it, or "per cent of" before it,
 * widened by a range, a sign and a qualifier), then value in percent ("20%" -> 20). Basis points
 * become percentage points (50 bps -> 0.5, unit "percentage_points").
 *
 * Rules, in order (PERCENT_RULES):
 *   1. num-unit   "20%", "20 percent", "14.6 pct", "twenty per cent", "10-15%", "2 percentage points"
 *   2. unit-of    "per cent of 210", "percents of twenty"
 *   3. fraction   "one in two", "one out of three", "1/4 of", "a third of" (shares written as fractions)
 * Refiners: range merge ("10% to 15%"), sign ("minus five percent"), qualifier ("about 20%").
 */
import type { Percent, Qualifier } from '../../schema/index.js';
import { changeBefore, numberMayStart, qualifierBefore, rangeLead, rangeSep } from './context.js';
import { PERCENT_UNITS, alt, norm } from './lexicon.js';
import { NUMBER_START_RE, fix, readQuantity, type Quantity } from './numbers.js';
import { removeOverlaps } from './refiners.js';

const UNIT_INFO = new Map(Object.entries(PERCENT_UNITS).map(([k, v]) => [norm(k), v]));
const UNIT_RE = new RegExp(`[ \\t\\u00a0]{0,2}(${alt(Object.keys(PERCENT_UNITS))})(?![\\w%])`, 'iy');
const UNIT_BEFORE_RE = /\b(percents?|per[ -]cent|percentage)[ \t]{1,2}of[ \t]{1,2}(?=\d|[a-z])/gi;
const SIGN_BEFORE_RE = /(?:^|[^\w])((?:minus|negative)[ \t]{1,2})$/i;

interface Candidate {
  start: number;
  end: number;
  value: number;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  unit: 'percent' | 'percentage_points';
  rule: string;
  lead: 'between' | 'from' | null;
  signed: boolean;
}

function readUnit(text: string, pos: number) {
  UNIT_RE.lastIndex = pos;
  const m = UNIT_RE.exec(text);
  if (!m) return null;
  const info = UNIT_INFO.get(norm(m[1]));
  if (!info) return null;
  return { end: pos + m[0].length, ...info };
}

const plainNumber = (q: Quantity) => (q.scale === 1 ? q.number : NaN);

type PercentRule = { name: string; extract: (text: string, pos: number, q: Quantity) => Candidate | null };

export const PERCENT_RULES: PercentRule[] = [
  {
    name: 'num-unit',
    extract(text, pos, q) {
      let unit = readUnit(text, q.numberEnd);
      let lo = q.number;
      let hi: number | null = null;
      let lead: 'between' | 'from' | null = null;
      if (!unit) {
        lead = rangeLead(text, pos)?.word ?? null;
        const after = rangeSep(text, q.numberEnd, lead);
        if (after === null) return null;
        const q2 = readQuantity(text, after, q.words);
        if (!q2 || Number.isNaN(plainNumber(q2))) return null;
        unit = readUnit(text, q2.numberEnd);
        if (!unit) return null;
        hi = q2.number;
      }
      const f = unit.factor;
      if (hi === null) return { start: pos, end: unit.end, value: fix(lo * f), min: null, max: null, qualifier: null, unit: unit.unit, rule: 'num-unit', lead: null, signed: false };
      [lo, hi] = [Math.min(lo, hi), Math.max(lo, hi)];
      return { start: pos, end: unit.end, value: fix(lo * f), min: fix(lo * f), max: fix(hi * f), qualifier: null, unit: unit.unit, rule: 'num-unit+range', lead, signed: false };
    },
  },
];

/** "per cent of 210", "percents of twenty": the unit before the number. */
function unitOf(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = UNIT_BEFORE_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const pos = m.index + m[0].length;
    const q = readQuantity(text, pos);
    if (!q || q.scale !== 1) continue;
    out.push({ start: m.index, end: q.numberEnd, value: q.number, min: null, max: null, qualifier: null, unit: 'percent', rule: 'unit-of', lead: null, signed: false });
  }
  return out;
}

const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
};
const SMALL = '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a)';
const FRACTION_RES: { re: RegExp; value: (m: RegExpExecArray) => number | null }[] = [
  {
    // "one out of three", "one in two", "1 in 10"
    re: new RegExp(`(?<![\\w.,/])(${SMALL})[ \\t]{1,2}(?:out[ \\t]{1,2}of|in)[ \\t]{1,2}(${SMALL})(?![\\w.,/%])`, 'gi'),
    value: (m) => ratio(m[1], m[2]),
  },
  {
    // "1/4 of", "one fourth of", "a third of", "two thirds of"
    re: new RegExp(`(?<![\\w.,/])(?:(\\d{1,2})/(\\d{1,2})|(${SMALL})[ \\t-]{1,2}(${Object.keys(DENOMINATORS).join('|')}))[ \\t]{1,2}of(?![\\w])`, 'gi'),
    value: (m) => (m[1] ? ratio(m[1], m[2]) : ratio(m[3], String(DENOMINATORS[m[4].toLowerCase()]))),
  },
];
function small(s: string): number {
  const w = s.toLowerCase();
  return /^\d+$/.test(w) ? +w : w === 'a' ? 1 : ({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 } as Record<string, number>)[w];
}
function ratio(a: string, b: string): number | null {
  const x = small(a);
  const y = small(b);
  if (!x || !y || x >= y || y > 1000) return null;
  return (100 * x) / y;
}

/** Shares written as fractions: "one in two" -> 50, "a third of" -> 33.3 (rule "fraction"). */
function fractions(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { re, value } of FRACTION_RES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const v = value(m);
      if (v === null) continue;
      out.push({ start: m.index, end: m.index + m[0].length, value: v, min: null, max: null, qualifier: null, unit: 'percent', rule: 'fraction', lead: null, signed: false });
    }
  }
  return out;
}

const GAP_RE = /^[ \t]{0,2}(?:-|–|—|to|and)[ \t]{0,2}$/i;
/** "from 5% to 6%" after a change verb ("rose from") is a change, which `rangeLead` already refused. */
const FROM_BEFORE_RE = /\bfrom[ \t]{1,2}$/i;

function mergeRanges(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    const gapText = prev ? text.slice(prev.end, c.start) : '';
    if (prev && prev.min === null && c.min === null && prev.unit === c.unit && GAP_RE.test(gapText)) {
      const gap = gapText.trim().toLowerCase();
      const lead = rangeLead(text, prev.start);
      // "to" needs "between"/"from", or no change verb before ("growth of 5% to 6%", not "rose 5% to 6%")
      const ok = gap === 'and' ? lead?.word === 'between' : gap === 'to' ? lead !== null || (!changeBefore(text, prev.start) && !FROM_BEFORE_RE.test(text.slice(Math.max(0, prev.start - 8), prev.start))) : true;
      if (ok) {
        prev.min = Math.min(prev.value, c.value);
        prev.max = Math.max(prev.value, c.value);
        prev.value = prev.min;
        prev.end = c.end;
        prev.rule += '+range';
        if (lead) prev.start = lead.start;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}


/** All percentages in `text`, sorted by start, without overlaps. */
export function findPercentages(text: string): Percent[] {
  const found: Candidate[] = [];
  NUMBER_START_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_START_RE.exec(text))) {
    const pos = m.index;
    const isDigit = /\d/.test(m[0]);
    if (isDigit && !numberMayStart(text, pos, false)) continue;
    const q = readQuantity(text, pos);
    if (!q || q.scale !== 1 && !isDigit) {
      if (q) NUMBER_START_RE.lastIndex = Math.max(NUMBER_START_RE.lastIndex, q.numberEnd);
      continue;
    }
    let cand: Candidate | null = null;
    for (const rule of PERCENT_RULES) {
      cand = rule.extract(text, pos, q);
      if (cand) break;
    }
    if (!cand) {
      if (!isDigit) NUMBER_START_RE.lastIndex = Math.max(NUMBER_START_RE.lastIndex, q.numberEnd);
      continue;
    }
    // Sign: "-5%", "minus five percent".
    if (isDigit && pos > 0 && text[pos - 1] === '-' && (pos === 1 || /[\s(]/.test(text[pos - 2]))) {
      cand.start = pos - 1;
      cand.signed = true;
    } else {
      const sm = SIGN_BEFORE_RE.exec(text.slice(Math.max(0, pos - 12), pos));
      if (sm) {
        cand.start = pos - sm[1].length;
        cand.signed = true;
      }
    }
    if (cand.signed) {
      cand.value = -cand.value;
      if (cand.min !== null && cand.max !== null) [cand.min, cand.max] = [-cand.max, -cand.min];
      cand.value = cand.min ?? cand.value;
    }
    const lead = cand.lead ? rangeLead(text, cand.start) : null;
    if (lead) cand.start = lead.start;
    else {
      const qual = qualifierBefore(text, cand.start);
      if (qual) {
        cand.start = qual.start;
        cand.qualifier = qual.qualifier;
      }
    }
    found.push(cand);
    NUMBER_START_RE.lastIndex = Math.max(NUMBER_START_RE.lastIndex, cand.end);
  }
  found.push(...unitOf(text), ...fractions(text));
  return mergeRanges(text, removeOverlaps(found)).map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    value: c.value,
    min: c.min,
    max: c.max,
    qualifier: c.qualifier,
    unit: c.unit,
    rule: c.rule,
  }));
}
