/**
 * Dates: span first (one regex per rule, each with an `extract` that returns null to reject), then
 * value: an ISO-8601 prefix at the precision stated ("2030", "2026-10", "1987-03-03", "2025-Q3",
 * "2027-H2"), resolved against the publication date by the news convention:
 *   a bare month, day or weekday is the most recent one (this one included), unless "next", "this"
 *   or a future tense ("will", "is expected to", "plans to") in the sentence says otherwise.
 * Without a reference date nothing is guessed: "October" -> "XXXX-10"; "yesterday" is dropped.
 * The relation ("until 2030") comes from the word before the span, which is not part of it.
 */
import type { DateMention } from '../../schema/index.js';
import { DATE_RELATIONS, FIXED_HOLIDAYS, MONTHS, NOT_YEAR_AFTER, NOT_YEAR_BEFORE, ORDINALS, UNITS, WEEKDAYS, alt } from './lexicon.js';
import { removeOverlaps } from './refiners.js';

export interface FindDatesOptions {
  /** Publication date (ISO date or date-time), or null when unknown. */
  referenceDate: string | null;
}

interface Ref {
  y: number;
  m: number;
  d: number;
}

interface Ctx {
  text: string;
  ref: Ref | null;
  /** Set by `monthDay` when it inferred a year for the current match. */
  inferred?: boolean;
}

type Relation = DateMention['relation'];
interface Candidate {
  start: number;
  end: number;
  value: string;
  rule: string;
  /** The year was not written but inferred from the reference date (ranges may re-infer it). */
  inferred?: boolean;
}

export interface DateRule {
  name: string;
  pattern: RegExp;
  /** One candidate, or two for a range rule (its two ends), or null to reject. */
  extract: (m: RegExpExecArray, ctx: Ctx) => Omit<Candidate, 'rule'> | Omit<Candidate, 'rule'>[] | null;
}

// ------------------------------------------------------------------ vocabulary, compiled
/** A full name, or an abbreviation with an optional dot ("Oct."); a sentence's period is not taken. */
const named = (names: string[]) => `(?:(?:${alt(names.filter((n) => n.length > 4 || n === 'may' || n === 'june' || n === 'july'), (w) => w)})(?![a-z])|(?:${alt(names.filter((n) => n.length <= 4 && n !== 'may' && n !== 'june' && n !== 'july'), (w) => w)})(?![a-z])\\.?)`;
const MONTH = named(Object.keys(MONTHS));
const WEEKDAY = named(Object.keys(WEEKDAYS));
const ORD_WORD = `(?:${alt(Object.keys(ORDINALS), (w) => w)})`;
const DAY = `(?:(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])|${ORD_WORD})`;
const YEAR = `(?:1[0-9]\\d{2}|20\\d{2}|2100)(?!\\d)`;
const SP = '[ \\t\\u00a0]{1,2}';

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')];
const weekdayOf = (s: string) => WEEKDAYS[s.toLowerCase().replace(/\.$/, '')];
function dayOf(s: string): number {
  const w = ORDINALS[s.toLowerCase()];
  return w ?? parseInt(s, 10);
}

function parseRef(s: string | null): Ref | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) throw new TypeError(`findDates: opts.referenceDate must be an ISO date or null, got ${JSON.stringify(s)}`);
  return { y: +m[1], m: +m[2], d: +m[3] };
}

/** Days from a (y, m, d) triple, via UTC (years < 100 included). */
function toDate(y: number, m: number, d: number): Date {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  return dt;
}
function iso(dt: Date): string {
  return `${String(dt.getUTCFullYear()).padStart(4, '0')}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}
function addDays(r: Ref, n: number): string {
  return iso(toDate(r.y, r.m, r.d + n));
}

// ------------------------------------------------------------------ tense and direction
const FUTURE_RE = /\b(?:will|won't|'ll|shall|going to|expected to|expects? to|plans? to|planned|scheduled|due to|due|set to|is to|are to|would|to be (?:held|completed|closed)|extended|extends?|expires?|deadline|calls for)\b/i;
const PAST_RE = /\b(?:was|were|had|did|ago|last|earlier|previously|said|announced|reported)\b/i;

/** The sentence text before `pos` (up to 120 characters). */
function clauseBefore(text: string, pos: number): string {
  const win = text.slice(Math.max(0, pos - 120), pos);
  // Sentence ends, blank lines and indented paragraph starts end a clause; a wrapped line does not.
  let cut = -1;
  const re = /[.?!]\s|\n\s*\n|\n[ \t]{2,}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(win))) cut = m.index + m[0].length;
  return cut >= 0 ? win.slice(cut) : win;
}

const GLOBAL = new Map<RegExp, RegExp>();
/** Where the last match of `re` starts in `s`, or -1. */
function lastIndex(re: RegExp, s: string): number {
  const g = GLOBAL.get(re) ?? GLOBAL.set(re, new RegExp(re.source, 'gi')).get(re)!;
  g.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = g.exec(s))) last = m.index;
  return last;
}

type Direction = 'past' | 'future' | 'this';
const PERIOD_PREP_RE = /(?:^|[^\w])(?:for|of|since)[ \t]{1,2}(?:the[ \t]{1,2})?$/i;
const DIRECTION_RE = /\b(next|coming|following|this|last|past|previous)[ \t]{1,2}$/i;

function direction(text: string, start: number): Direction {
  const w = DIRECTION_RE.exec(text.slice(Math.max(0, start - 12), start));
  if (w) {
    const x = w[1].toLowerCase();
    return x === 'next' || x === 'coming' || x === 'following' ? 'future' : x === 'this' ? 'this' : 'past';
  }
  // A future tense does not move a period already reported on ("will watch the data for October").
  if (PERIOD_PREP_RE.test(text.slice(Math.max(0, start - 16), start))) return 'past';
  const clause = clauseBefore(text, start);
  const after = text.slice(start, start + 40).split(/[.;!?]/)[0];
  if (lastIndex(FUTURE_RE, clause) > lastIndex(PAST_RE, clause)) return 'future';
  if (/\bwill\b/i.test(after) && !PAST_RE.test(clause)) return 'future';
  return 'past';
}

/** Year of a month(-day) without year: the most recent (or, looking forward, the next) one. */
function yearFor(ref: Ref, m: number, d: number | null, dir: Direction): number {
  const cmp = m - ref.m || (d === null ? 0 : d - ref.d);
  if (dir === 'future') return cmp >= 0 ? ref.y : ref.y + 1;
  if (dir === 'this') return ref.y;
  return cmp <= 0 ? ref.y : ref.y - 1;
}

function monthDay(ctx: Ctx, start: number, m: number, d: number | null, y: number | null): string {
  const md = d === null ? pad(m) : `${pad(m)}-${pad(d)}`;
  if (y !== null) return `${y}-${md}`;
  if (!ctx.ref) return `XXXX-${md}`;
  ctx.inferred = true;
  return `${yearFor(ctx.ref, m, d, direction(ctx.text, start))}-${md}`;
}

function twoDigitYear(s: string): number {
  const n = parseInt(s.replace(/^'/, ''), 10);
  return s.replace(/^'/, '').length === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

/** Words that are months only when capitalized or after a date preposition ("may", "march"). */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'sat', 'sun', 'wed', 'dec', 'aug', 'sept', 'sep', 'oct', 'nov', 'feb', 'apr', 'jul', 'mon', 'tue', 'thu', 'fri']);
const DATE_PREP_RE = /\b(?:in|on|since|until|till|through|by|from|before|after|during|of|last|next|this|early|late|mid|end|start|beginning|between|and|to|the)[ \t-]{1,2}$/i;
const MAY_PREP_RE = /\b(?:in|since|until|till|through|by|from|before|after|during|of|last|next|this|early|late|mid|end of|beginning of)[ \t-]{1,2}$/i;
function monthWordOk(text: string, start: number, word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (!AMBIGUOUS_MONTHS.has(w)) return true;
  if (w === 'may' && /^may$/.test(word)) return MAY_PREP_RE.test(text.slice(Math.max(0, start - 12), start));
  if (/^[A-Z]/.test(word)) return true;
  return DATE_PREP_RE.test(text.slice(Math.max(0, start - 12), start));
}

// ------------------------------------------------------------------ the rules, in order
const NOT_YEAR_BEFORE_RE = new RegExp(`(?:^|[^\\w])(?:${alt(NOT_YEAR_BEFORE, (w) => w.replace(/&/g, '&'))})[ \\t#.-]{0,2}$`, 'i');
const NOT_YEAR_AFTER_RE = new RegExp(`^[ \\t-]{0,2}(?:${alt(NOT_YEAR_AFTER, (w) => w)})\\b`, 'i');

export const DATE_RULES: DateRule[] = [
  {
    // 1987-03-03, 2015-3-3, 2019/aug/01 is not here (see month-name rules)
    name: 'iso',
    pattern: new RegExp(`(?<![\\w.-])(${YEAR})([-/])(\\d{1,2})\\2(\\d{1,2})(?![\\w-]|[./]\\d)`, 'g'),
    extract(m) {
      const mo = +m[3];
      const d = +m[4];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      return { start: m.index, end: m.index + m[0].length, value: `${m[1]}-${pad(mo)}-${pad(d)}` };
    },
  },
  {
    // 3/3/1987, 10/1/2018 (US order)
    name: 'mdy-numeric',
    pattern: /(?<![\w./-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\w/]|\.\d)/g,
    extract(m) {
      const mo = +m[1];
      const d = +m[2];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      return { start: m.index, end: m.index + m[0].length, value: `${twoDigitYear(m[3])}-${pad(mo)}-${pad(d)}` };
    },
  },
  {
    // July 13 to 15; Aug. 27-29, 2026; 13th to 15th July; 1-8 September: two dates, a range
    name: 'day-range',
    pattern: new RegExp(`\\b(?:(${MONTH})${SP}(${DAY})([ \\t]{0,2}(?:-|–|to|thru|through|until)[ \\t]{0,2})(?:the${SP})?(${DAY})|(?:the${SP})?(${DAY})([ \\t]{0,2}(?:-|–|to|thru|through|until)[ \\t]{0,2})(?:the${SP})?(${DAY})(?:${SP}of)?${SP}(${MONTH}))(?:,?${SP}(${YEAR}))?(?![\\w:%/.-]|\\.\\d)`, 'gi'),
    extract(m, ctx) {
      const monthFirst = !!m[1];
      const mo = monthOf(monthFirst ? m[1] : m[8]);
      const d1 = dayOf(monthFirst ? m[2] : m[5]);
      const d2 = dayOf(monthFirst ? m[4] : m[7]);
      if (!mo || !(d1 >= 1 && d1 < d2 && d2 <= 31)) return null;
      if (/^may$/.test(monthFirst ? m[1] : m[8])) return null;
      const y = m[9] ? +m[9] : null;
      const v1 = monthDay(ctx, m.index, mo, d1, y);
      const v2 = `${v1.slice(0, 8)}${pad(d2)}`;
      if (monthFirst) {
        const firstEnd = m.index + m[1].length + m[0].slice(m[1].length).indexOf(m[2]) + m[2].length;
        const secondStart = firstEnd + m[3].length;
        return [
          { start: m.index, end: firstEnd, value: v1 },
          { start: secondStart, end: m.index + m[0].length, value: v2 },
        ];
      }
      const firstEnd = m.index + m[0].indexOf(m[5]) + m[5].length;
      const secondStart = firstEnd + m[6].length;
      return [
        { start: m.index, end: firstEnd, value: v1 },
        { start: secondStart, end: m.index + m[0].length, value: v2 },
      ];
    },
  },
  {
    // March 3, 1987; Tuesday, March 3; Oct. 2; March 3rd 1987; Oct/2
    name: 'month-day',
    pattern: new RegExp(`\\b(?:(${WEEKDAY}),?${SP})?(${MONTH})(?:${SP}|[/-]|\\.${SP}?)(?:the${SP})?(${DAY})(?:(?:,${SP}?|${SP}|,?${SP}?of${SP}|-)('?\\d{2}(?![\\d:])|${YEAR}))?(?![\\w:%])`, 'gi'),
    extract(m, ctx) {
      const start = m.index;
      const monthStart = m.index + m[0].indexOf(m[2], m[1] ? m[1].length : 0);
      if (!m[1] && /^may$/.test(m[2]) && !monthWordOk(ctx.text, monthStart, m[2])) return null;
      const mo = monthOf(m[2]);
      const d = dayOf(m[3]);
      if (!mo || !(d >= 1 && d <= 31)) return null;
      let end = m.index + m[0].length;
      let y: number | null = null;
      if (m[4]) {
        if (m[4].length === 2 && !m[0].includes(`'${m[4]}`) && !/of/i.test(m[0])) {
          // "May 5 10" is not a year; drop the tail
          end = m.index + m[0].lastIndexOf(m[4]);
          end = m.index + m[0].slice(0, end - m.index).replace(/[ ,\t-]+$/, '').length;
        } else y = twoDigitYear(m[4]);
      }
      return { start, end, value: monthDay(ctx, start, mo, d, y) };
    },
  },
  {
    // 3 March 1987; the 2nd of March; 15 April of 87; Tuesday the 19th is elsewhere
    name: 'day-month',
    pattern: new RegExp(`(?<![$€£¥.,][ \\t]?)\\b(?:(${WEEKDAY}),?${SP})?(?:the${SP})?(${DAY})(?:${SP}of)?${SP}(${MONTH})(?:(?:,${SP}?|${SP}|${SP}of${SP})('?\\d{2}(?![\\d:])|${YEAR}))?(?![\\w:%])`, 'gi'),
    extract(m, ctx) {
      const mo = monthOf(m[3]);
      const d = dayOf(m[2]);
      if (!mo || !(d >= 1 && d <= 31)) return null;
      const monthStart = m.index + m[0].lastIndexOf(m[3], m[0].length - (m[4]?.length ?? 0) - 1);
      if (/^may$/.test(m[3]) && !monthWordOk(ctx.text, monthStart, m[3]) && !/\d/.test(m[2])) return null;
      let y: number | null = null;
      let end = m.index + m[0].length;
      if (m[4]) {
        if (m[4].length === 2 && !/of|'/.test(m[0].slice(m[0].length - m[4].length - 4))) {
          end = m.index + m[0].length - m[4].length;
          while (/[ ,\t]/.test(ctx.text[end - 1])) end--;
        } else y = twoDigitYear(m[4]);
      }
      return { start: m.index, end, value: monthDay(ctx, m.index, mo, d, y) };
    },
  },
  {
    // 05-Aug-2016, 2019-aug-01, 2019/aug/01
    name: 'numeric-month-name',
    pattern: new RegExp(`(?<![\\w.-])(?:(\\d{1,2})([-/ ])(${MONTH})\\2(${YEAR})|(${YEAR})([-/])(${MONTH})\\6(\\d{1,2}))(?![\\w/-]|\\.\\d)`, 'gi'),
    extract(m) {
      const [d, mo, y] = m[1] ? [+m[1], monthOf(m[3]), m[4]] : [+m[8], monthOf(m[7]), m[5]];
      if (!mo || d < 1 || d > 31) return null;
      return { start: m.index, end: m.index + m[0].length, value: `${y}-${pad(mo)}-${pad(d)}` };
    },
  },
  {
    // Oct. 2026; June of 1992; September-2020; 2014/10 is below
    name: 'month-year',
    pattern: new RegExp(`\\b(${MONTH})(?:${SP}of${SP}|,?${SP}|-|/)(${YEAR})(?![\\w%])`, 'gi'),
    extract(m, ctx) {
      const mo = monthOf(m[1]);
      if (!mo) return null;
      return { start: m.index, end: m.index + m[0].length, value: `${m[2]}-${pad(mo)}` };
    },
  },
  {
    // 2017 April (year first)
    name: 'year-month',
    pattern: new RegExp(`(?<![\\w.,$-])(${YEAR})${SP}(${MONTH})(?![\\w%])`, 'gi'),
    extract(m, ctx) {
      const mo = monthOf(m[2]);
      if (!mo || (/^may$/.test(m[2]))) return null;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      if (/^[ \t]{1,2}\d/.test(after)) return null;
      return { start: m.index, end: m.index + m[0].length, value: `${m[1]}-${pad(mo)}` };
    },
  },
  {
    name: 'year-month-numeric',
    pattern: new RegExp(`(?<![\\w./-])(${YEAR})[/-](\\d{1,2})(?![\\w/-]|\\.\\d)`, 'g'),
    extract(m) {
      const mo = +m[2];
      if (mo < 1 || mo > 12) return null;
      return { start: m.index, end: m.index + m[0].length, value: `${m[1]}-${pad(mo)}` };
    },
  },
  {
    // the third quarter of 2025; Q3 2025; 2019 q1; 18q4; third qtr; the fourth quarter
    name: 'quarter',
    pattern: new RegExp(`\\b(?:(?:the${SP})?(first|second|third|fourth|1st|2nd|3rd|4th|final|last|current|this|next|previous|coming|following|past)[ \\t-]{1,2}(?:(?:fiscal|calendar)${SP})?(?:quarter|qtr)(?:${SP}(?:of${SP})?(?:(?:fiscal|calendar)${SP})?(${YEAR}))?|[Qq]([1-4])(?:${SP}|-|${SP}of${SP})?(${YEAR}|'\\d{2})|(${YEAR})[ \\t-]{0,2}[Qq]([1-4])|(\\d{2})[Qq]([1-4])|Q([1-4]))(?![\\w%])`, 'g'),
    extract(m, ctx) {
      let q: number;
      let y: number | null = null;
      if (m[1]) {
        const w = m[1].toLowerCase();
        const ordinal: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
        if (m[2]) y = +m[2];
        if (w in ordinal) q = ordinal[w];
        else {
          if (!ctx.ref || m[2]) return null;
          const cur = Math.floor((ctx.ref.m - 1) / 3) + 1;
          const shift = w === 'next' || w === 'coming' || w === 'following' ? 1 : w === 'last' || w === 'previous' || w === 'past' ? -1 : 0;
          const k = ctx.ref.y * 4 + (cur - 1) + shift;
          return { start: m.index, end: m.index + m[0].length, value: `${Math.floor(k / 4)}-Q${(k % 4) + 1}` };
        }
        if (w === 'last' && !m[2]) return null;
      } else if (m[3]) {
        q = +m[3];
        y = twoDigitYear(m[4]);
      } else if (m[5]) {
        y = +m[5];
        q = +m[6];
      } else if (m[7]) {
        y = twoDigitYear(m[7]);
        q = +m[8];
      } else {
        q = +m[9]; // "in Q3": the year comes from the reference date
      }
      if (y === null) {
        if (!ctx.ref) return { start: m.index, end: m.index + m[0].length, value: `XXXX-Q${q}` };
        const cur = Math.floor((ctx.ref.m - 1) / 3) + 1;
        const dir = direction(ctx.text, m.index);
        y = dir === 'future' ? (q >= cur ? ctx.ref.y : ctx.ref.y + 1) : q <= cur ? ctx.ref.y : ctx.ref.y - 1;
      }
      return { start: m.index, end: m.index + m[0].length, value: `${y}-Q${q}` };
    },
  },
  {
    // the second half of 2027; first-half 2026; H2 2027
    name: 'half',
    pattern: new RegExp(`\\b(?:(?:the${SP})?(first|second|1st|2nd)[ \\t-]{1,2}half(?:${SP}(?:of${SP})?(?:(?:fiscal|calendar)${SP})?(${YEAR}))?|H([12])(?:${SP}|-)?(${YEAR}|'\\d{2}))(?![\\w%])`, 'g'),
    extract(m, ctx) {
      const h = m[1] ? (/^(?:first|1st)$/i.test(m[1]) ? 1 : 2) : +m[3];
      let y: number | null = m[2] ? +m[2] : m[4] ? twoDigitYear(m[4]) : null;
      if (y === null) {
        if (!/\b(?:year|fiscal)\b|[0-9]/i.test(clauseBefore(ctx.text, m.index).slice(-60)) && !/^[ \t]{1,2}(?:of[ \t]{1,2}(?:the|this|next|last)[ \t]{1,2}year)/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30))) {
          // "the second half" of a match, not of a year
          return null;
        }
        if (!ctx.ref) return { start: m.index, end: m.index + m[0].length, value: `XXXX-H${h}` };
        const cur = ctx.ref.m <= 6 ? 1 : 2;
        const dir = direction(ctx.text, m.index);
        y = dir === 'future' ? (h >= cur ? ctx.ref.y : ctx.ref.y + 1) : h <= cur ? ctx.ref.y : ctx.ref.y - 1;
      }
      return { start: m.index, end: m.index + m[0].length, value: `${y}-H${h}` };
    },
  },
  {
    // fiscal 2024; fiscal year 2008; FY2024; FY24; calendar year 2008; cy 2008
    name: 'fiscal-year',
    pattern: new RegExp(`\\b(?:fiscal(?:${SP}year)?|FY|calendar(?:${SP}year)?|[Cc][Yy])${SP.replace('{1,2}', '{0,2}')}(${YEAR}|'?\\d{2})(?![\\w%])`, 'g'),
    extract(m) {
      return { start: m.index, end: m.index + m[0].length, value: String(twoDigitYear(m[1])) };
    },
  },
  {
    // early 2026; mid-October; late March (the modifier joins the span, the value keeps its precision)
    name: 'month',
    pattern: new RegExp(`\\b(?:(?:early|late|mid|end of|the end of|beginning of|the beginning of)[ \\t-]{1,2})?(${MONTH})(?![\\w%/])`, 'gi'),
    extract(m, ctx) {
      const monthStart = m.index + m[0].length - m[1].length;
      if (!monthWordOk(ctx.text, monthStart, m[1])) return null;
      if (/^[a-z]{3}$/i.test(m[1]) && !/^[A-Z]/.test(m[1]) && m[1] !== 'may') return null;
      if (m[1] === 'May' && !DATE_PREP_RE.test(ctx.text.slice(Math.max(0, monthStart - 12), monthStart))) return null;
      const mo = monthOf(m[1]);
      if (!mo) return null;
      return { start: m.index, end: m.index + m[0].length, value: monthDay(ctx, m.index, mo, null, null) };
    },
  },
  {
    // Christmas, New Year's Day 2020, next Halloween (fixed-day holidays only)
    name: 'holiday',
    pattern: new RegExp(`\\b(?:(next|last|this)${SP})?(${alt(Object.keys(FIXED_HOLIDAYS).map((k) => k.replace(/'/g, "['’]?")), (w) => w.replace(/ /g, SP))})(?:,?${SP}(${YEAR}))?(?![\\w])`, 'gi'),
    extract(m, ctx) {
      const key = m[2].toLowerCase().replace(/’/g, "'").replace(/\\s+/g, ' ');
      const hit = FIXED_HOLIDAYS[key] ?? FIXED_HOLIDAYS[Object.keys(FIXED_HOLIDAYS).find((k) => k.replace(/'/g, '') === key.replace(/'/g, '')) ?? ''];
      if (!hit) return null;
      const [mo, d] = hit;
      if (m[3]) return { start: m.index, end: m.index + m[0].length, value: `${m[3]}-${pad(mo)}-${pad(d)}` };
      if (!ctx.ref) return { start: m.index, end: m.index + m[0].length, value: `XXXX-${pad(mo)}-${pad(d)}` };
      const w = m[1]?.toLowerCase();
      const dir: Direction = w === 'next' ? 'future' : w === 'last' ? 'past' : direction(ctx.text, m.index);
      ctx.inferred = true;
      return { start: m.index, end: m.index + m[0].length, value: `${yearFor(ctx.ref, mo, d, dir)}-${pad(mo)}-${pad(d)}` };
    },
  },
  {
    // a year standing alone: "until 2030", "in 2014 AD"; not "2,030 employees", "Boeing 747", "Windows 95"
    name: 'year',
    pattern: new RegExp(`(?<![\\w$€£¥.,:/#])(?<!(?<!\\d{4})[-–])(?:(?:early|late|mid|the end of|end of)[ \\t-]{1,2})?(${YEAR})(?:${SP}(?:AD|A\\.D\\.|CE))?(?![\\w%$€£:/]|[.,]\\d|[-–~](?!${YEAR}(?![\\w-]))\\d)`, 'g'),
    extract(m, ctx) {
      const yStart = m.index + m[0].indexOf(m[1]);
      const before = ctx.text.slice(Math.max(0, yStart - 24), yStart);
      const after = ctx.text.slice(yStart + 4, yStart + 24);
      if (NOT_YEAR_BEFORE_RE.test(before)) return null;
      if (NOT_YEAR_AFTER_RE.test(after)) return null;
      if (/[$€£¥][ \t]?$|\d[ \t]$/.test(before)) return null;
      const y = +m[1];
      if (y < 1500 || y > 2100) return null;
      return { start: m.index, end: m.index + m[0].length, value: m[1] };
    },
  },
  {
    // today, yesterday, tomorrow, the day after tomorrow
    name: 'relative-day',
    pattern: /\b(?:the[ \t]{1,2})?(?:(day[ \t]{1,2}(?:after|before))[ \t]{1,2})?(today|yesterday|tomorrow|tonight)\b/gi,
    extract(m, ctx) {
      if (!ctx.ref) return null;
      let n = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[m[2].toLowerCase()] ?? 0;
      if (m[1]) n += /after/i.test(m[1]) ? 1 : -1;
      return { start: m.index, end: m.index + m[0].length, value: addDays(ctx.ref, n) };
    },
  },
  {
    // last year, next month, this quarter, earlier this year
    name: 'relative-unit',
    pattern: /\b(?:(?:earlier|later)[ \t]{1,2})?(last|next|this|past|previous|coming|current|following)[ \t]{1,2}(?:(?:calendar|fiscal)[ \t]{1,2})?(month|year)\b/gi,
    extract(m, ctx) {
      if (!ctx.ref) return null;
      const w = m[1].toLowerCase();
      const shift = w === 'next' || w === 'coming' || w === 'following' ? 1 : w === 'this' || w === 'current' ? 0 : -1;
      if (m[2].toLowerCase() === 'year') return { start: m.index, end: m.index + m[0].length, value: String(ctx.ref.y + shift) };
      const k = ctx.ref.y * 12 + ctx.ref.m - 1 + shift;
      return { start: m.index, end: m.index + m[0].length, value: `${Math.floor(k / 12)}-${pad((k % 12) + 1)}` };
    },
  },
  {
    // three days ago, 2 weeks ago, in 5 days, 3 years from now, 4 months from tomorrow
    name: 'relative-offset',
    pattern: new RegExp(`\\b(?:(in|within)${SP})?(\\d{1,3}|a|an|${alt(Object.keys(UNITS), (w) => w)})${SP}(day|week|month|year)s?(?:${SP}(ago|earlier|later|hence|(?:from|after|before)${SP}(?:now|today|tomorrow|yesterday)))?\\b`, 'gi'),
    extract(m, ctx) {
      if (!ctx.ref || (!m[1] && !m[4]) || (m[1] && m[4])) return null;
      if (m[1] && m[1].toLowerCase() === 'within') return null;
      // "the biggest gain in three months" is a duration; "will close in three months" a date
      if (m[1] && lastIndex(FUTURE_RE, clauseBefore(ctx.text, m.index)) < 0) return null;
      const nRaw = m[2].toLowerCase();
      const n = /^\d+$/.test(nRaw) ? +nRaw : nRaw === 'a' || nRaw === 'an' ? 1 : UNITS[nRaw];
      if (n === undefined) return null;
      const tail = (m[4] ?? '').toLowerCase();
      let sign = tail === 'ago' || tail === 'earlier' || tail.startsWith('before') ? -1 : 1;
      let base: Ref = ctx.ref;
      if (/tomorrow/.test(tail)) base = parseRef(addDays(ctx.ref, 1))!;
      if (/yesterday/.test(tail)) base = parseRef(addDays(ctx.ref, -1))!;
      if (m[1]) sign = 1;
      const unit = m[3].toLowerCase();
      const k = sign * n;
      const dt = unit === 'day' ? toDate(base.y, base.m, base.d + k)
        : unit === 'week' ? toDate(base.y, base.m, base.d + 7 * k)
          : unit === 'month' ? toDate(base.y, base.m + k, base.d) : toDate(base.y + k, base.m, base.d);
      return { start: m.index, end: m.index + m[0].length, value: iso(dt) };
    },
  },
  {
    // Friday, last Monday, next Tuesday, this Friday (the most recent one unless "next"/future)
    name: 'weekday',
    pattern: new RegExp(`\\b(?:(last|next|this|past|coming|upcoming|previous|following)${SP})?(${WEEKDAY})(?:,?${SP}(?:the${SP})?((?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d:.,/]\\d|[\\w:%])))?(?![\\w'’])`, 'gi'),
    extract(m, ctx) {
      const word = m[2];
      const w = word.toLowerCase().replace(/\.$/, '');
      if (w.length <= 3 && !m[1] && !/^[A-Z]/.test(word)) return null;
      if ((w === 'sun' || w === 'sat' || w === 'wed' || w === 'mon') && !m[1] && !/^(?:on|by|from|until|since|before|after)[ \t]$/i.test(ctx.text.slice(Math.max(0, m.index - 7), m.index).trim() + ' ')) return null;
      if (!ctx.ref) return null;
      const target = weekdayOf(word);
      const today = toDate(ctx.ref.y, ctx.ref.m, ctx.ref.d).getUTCDay();
      const mod = m[1]?.toLowerCase();
      let delta: number;
      if (m[3] && !mod) {
        // "Thu 14th", "Tuesday the 19th": the most recent (or next) month whose day-of-month falls on that weekday
        const day = parseInt(m[3], 10);
        const future = direction(ctx.text, m.index) === 'future';
        for (let k = 0; k < 28; k++) {
          const off = future ? k : -k;
          const dt = toDate(ctx.ref.y, ctx.ref.m + off, day);
          if (dt.getUTCDate() !== day || dt.getUTCDay() !== target) continue;
          const cmp = dt.getTime() - toDate(ctx.ref.y, ctx.ref.m, ctx.ref.d).getTime();
          if (future ? cmp < 0 : cmp > 0) continue;
          return { start: m.index, end: m.index + m[0].length, value: iso(dt) };
        }
        return null;
      }
      if (mod === 'next' || mod === 'following' || mod === 'previous') {
        const weekShift = mod === 'previous' ? -1 : 1;
        const mondayOffset = (today + 6) % 7;
        delta = 7 * weekShift - mondayOffset + ((target + 6) % 7);
      } else if (mod === 'next') {
        // the day in next week (weeks start on Monday)
        const mondayOffset = ((today + 6) % 7);
        delta = 7 - mondayOffset + ((target + 6) % 7);
      } else if (mod === 'this') {
        delta = ((target + 6) % 7) - ((today + 6) % 7);
      } else if (mod === 'coming' || mod === 'upcoming') {
        delta = ((target - today + 7) % 7) || 7;
      } else if (mod === 'last' || mod === 'past') {
        delta = -(((today - target + 7) % 7) || 7);
      } else {
        const dir = direction(ctx.text, m.index);
        delta = dir === 'future' ? (((target - today + 7) % 7) || 7) : -((today - target + 7) % 7);
      }
      return { start: m.index, end: m.index + m[0].length, value: addDays(ctx.ref, delta) };
    },
  },
];

// ------------------------------------------------------------------ relation
const RELATION_RE = new RegExp(`(?:^|[^\\w])(${alt(Object.keys(DATE_RELATIONS))})[ \\t\\u00a0]{1,2}(?:(?:the|on|in|early|late|mid|the end of|the start of|the year)[ \\t\\u00a0]{1,2}){0,2}$`, 'i');
const RELATION_VALUE = new Map(Object.entries(DATE_RELATIONS).map(([k, v]) => [k, v]));

function relationBefore(text: string, start: number): Relation {
  const m = RELATION_RE.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return null;
  const word = m[1].toLowerCase().replace(/\s+/g, ' ');
  if (word === 'to' && !/\bfrom\b/i.test(text.slice(Math.max(0, start - 60), start))) return null;
  if (word === 'by' && /\b(?:rose|fell|increased|decreased|grew|up|down|cut|raised)\b/i.test(text.slice(Math.max(0, start - 30), start))) return null;
  return RELATION_VALUE.get(word) ?? null;
}

/** All dates in `text`, sorted by start, without overlaps. */
export function findDates(text: string, opts: FindDatesOptions): DateMention[] {
  if (!opts || typeof opts !== 'object') throw new TypeError(`findDates: opts must be { referenceDate: string | null }, got ${JSON.stringify(opts)}`);
  const ctx: Ctx = { text, ref: parseRef(opts.referenceDate) };
  const found: Candidate[] = [];
  for (const rule of DATE_RULES) {
    rule.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.pattern.exec(text))) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      ctx.inferred = false;
      const r = rule.extract(m, ctx);
      for (const c of r === null ? [] : Array.isArray(r) ? r : [r]) {
        if (c.end > c.start) found.push({ ...c, rule: rule.name, inferred: ctx.inferred });
      }
    }
  }
  const kept = removeOverlaps(found);
  const out: DateMention[] = kept.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    value: c.value,
    relation: relationBefore(text, c.start),
    rule: c.rule,
  }));
  return markRanges(text, out, kept.map((c) => !!c.inferred));
}

const RANGE_GAP_RE = /^[ \t]{0,2}(?:-|–|—|~|to|and|through|thru|until|till)[ \t]{0,2}$/i;
const BETWEEN_BEFORE_RE = /\bbetween[ \t]{1,2}(?:the[ \t]{1,2})?$/i;

/**
 * "from 2014 to 2018", "between March and May", "2014-2018": the first date gets relation "from",
 * the second "until" (a range is the pair; the record has no separate range type).
 */
function markRanges(text: string, list: DateMention[], inferred: boolean[]): DateMention[] {
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    const gap = text.slice(a.end, b.start);
    if (!RANGE_GAP_RE.test(gap)) continue;
    const between = BETWEEN_BEFORE_RE.test(text.slice(Math.max(0, a.start - 12), a.start));
    if (/and/i.test(gap) && !between) continue;
    if (a.relation && a.relation !== 'from') continue;
    a.relation = 'from';
    b.relation = 'until';
    // "from May to Oct 2020", "Nov-Feb 2017", "between August and October": one year for the pair
    const ya = /^\d{4}/.exec(a.value);
    const yb = /^\d{4}/.exec(b.value);
    if (ya && yb && a.value.length > 4 && b.value.length > 4) {
      const rest = (v: string) => v.slice(4);
      if (inferred[i] && !inferred[i + 1]) {
        const y = +yb[0] - (rest(a.value) > rest(b.value) ? 1 : 0);
        a.value = `${y}${rest(a.value)}`;
      } else if (inferred[i + 1] && !inferred[i]) {
        const y = +ya[0] + (rest(b.value) < rest(a.value) ? 1 : 0);
        b.value = `${y}${rest(b.value)}`;
      } else if (inferred[i] && inferred[i + 1] && a.value > b.value) {
        a.value = `${+ya[0] - 1}${rest(a.value)}`;
        if (`${+ya[0] - 1}` + rest(a.value) > b.value) a.value = `${+yb[0] - 1}${rest(a.value)}`;
      }
    }
    i++;
  }
  return list;
}
