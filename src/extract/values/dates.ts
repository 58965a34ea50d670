/**
 * Dates: span first (one regex per rule, each with an `extract` that returns null to reject), then
 * value: an ISO-8601 prefix at the precision stated ("2030", "2026-10", "1987-03-03", "2025-Q3",
 * "2027-H2", an ISO week "2026-W45", a decade "199", a time of day "2026-11-07T17:00"), resolved
 * against the publication date by the news convention:
 *   a bare month, day, weekday, quarter or half is the most recent one (this one included), unless
 *   "next", "this", a future tense ("will", "is expected to", "plans to") or a future cue word
 *   ("payable", "due", "scheduled", "slated") in the clause says otherwise. "for"/"of" before a date
 *   marks a period reported on ("data for October"), except after "the end/start/beginning of".
 * A comparison with a period "a year earlier" / "a year ago" ("up from $286 million a year
 * earlier", "compared with two months ago") states no day: its value stops at the unit ("2025",
 * "2026-08"); "N years/months earlier" always does (it counts from a narrated period, not the
 * publication day). A narrated "two months ago" keeps its day (Recognizers-Text's convention).
 * Without a reference date nothing is guessed: "October" -> "XXXX-10"; "yesterday" is dropped.
 * The relation ("until 2030") comes from the word before the span, which is not part of it.
 *
 * A period that is a span gets `range`, its inclusive bounds: a week, part of a period ("late
 * March" -> 03-21..03-31, "the end of 2012" -> 2012-09..2012-12), a decade, a season, a part of the
 * day ("tomorrow evening"), "the past two years", "within 9 months", "18th Dec for 10 days".
 * A rolling span's value is its start at the precision of its unit, never a day the text does not
 * state ("the past two years" -> "2024", range 2024-03-03..2026-03-02).
 * Plain dates, months, quarters, halves and years have none (the value says it).
 * Relation: "from" after a change or comparison ("up 18% from 2024", "unchanged from the previous
 * quarter") is none; "become effective in" is none; a "since" naming an event ("since it was founded
 * in 2021") gives the event's date "since".
 *
 * `scanDates` also reports the readings the record leaves out (`alternatives`): the future reading
 * of a bare date when no word or tense picks one, and the pm reading of an hour without am/pm.
 * Times of day and parts of the day are found by clock.ts and joined to their day there.
 * Overlaps are resolved afterwards: the longer span wins (for the very same span, the earlier rule).
 */
import type { DateMention, DateRange } from '../../schema/index.js';
import { boundsOf, dayOfIso, daysInMonth, easter, isoDay, mondayOf, nthWeekday, weekOf, isoWeekMonday } from './calendar.js';
import { joinClock, CLOCK_RULES, type ClockInfo, type PartInfo } from './clock.js';
import { CHANGE_WORDS, DATE_RELATIONS, FIXED_HOLIDAYS, FLOATING_HOLIDAYS, HOLIDAY_PLACES, MONTHS, PLACE_NOUNS_AFTER, NOT_YEAR_AFTER, NOT_YEAR_BEFORE, ORDINALS, UNITS, WEEKDAYS, alt } from './lexicon.js';
import { removeOverlaps } from './refiners.js';

export interface FindDatesOptions {
  /** Publication date (ISO date or date-time), or null when unknown. */
  referenceDate: string | null;
}

export interface Ref {
  y: number;
  m: number;
  d: number;
  /** Time of day of the reference, when it has one (minutes since midnight), else null. */
  minutes: number | null;
}

export interface Ctx {
  text: string;
  ref: Ref | null;
  /** Set by `monthDay` when it inferred a year for the current match. */
  inferred?: boolean;
  /** Other readings of the current match's value that the text leaves open (set by the resolvers). */
  alts: string[];
}

/** One reading of a date: its value and, for a period, its inclusive range. */
export interface Reading {
  value: string;
  range: DateRange | null;
}

/** A part of a period: "early March", "the end of 2012", "beginning of next week". */
export type Mod = 'early' | 'mid' | 'late';

type Relation = DateMention['relation'];
export interface Candidate {
  start: number;
  end: number;
  value: string;
  rule: string;
  /** The year was not written but inferred from the reference date (ranges may re-infer it). */
  inferred?: boolean;
  /** The inclusive span of a period; derived from `value` and `mod` when not given. */
  range?: DateRange | null;
  mod?: Mod | null;
  /** Alternative values (the future reading of a cue-less bare date, the pm reading of "at 5"). */
  alts?: string[];
  /** Alternative ranges, parallel to `alts`, when they cannot be derived from the value. */
  altRanges?: (DateRange | null)[];
  /** A time of day waiting for a day (see clock.ts); `value` is "" until joined. */
  clock?: ClockInfo;
  /** A part of the day ("morning", "tonight"), with or without its day. */
  part?: PartInfo;
  /** A relation stated inside the span ("tomorrow before 5pm"); else the word before it decides. */
  relation?: Relation;
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
const MONTH = `(?<![$#@])${named(Object.keys(MONTHS))}`;
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
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(s);
  if (!m) throw new TypeError(`findDates: opts.referenceDate must be an ISO date or null, got ${JSON.stringify(s)}`);
  // Relative dates move the year by one ("last October", written as is) or by up to 999 ("999
  // years ago", written with four digits); from a reference year outside 1001-8999 (a publication
  // date of "0000-01-01" or "9999-12-31") that leaves the four digits of a value ("-1-10", "999-10",
  // "10000"): such a date anchors nothing, as if there were none.
  if (+m[1] < 1001 || +m[1] > 8999) return null;
  return { y: +m[1], m: +m[2], d: +m[3], minutes: m[4] ? +m[4] * 60 + +m[5] : null };
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
export function addDays(r: { y: number; m: number; d: number }, n: number): string {
  return iso(toDate(r.y, r.m, r.d + n));
}

// ------------------------------------------------------------------ tense and direction
const FUTURE_RE = /\b(?:will|won't|'ll|shall|going to|expected to|expects? to|plans? to|planned|scheduled|slated|due to|due|payable|set to|is to|are to|would|to be (?:held|completed|closed|paid)|extended|extends?|expires?|deadline|calls for)\b/i;
const SUPERLATIVE_RE = /\b(?:\w+est|most|least|first|second|third|fourth|fifth|\w+th|fewest|best|worst|since|only|ever|any)\b/i;
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
/** "the end of", "the start of": a part of the period named next, not a period reported on ("data for"). */
const PART_OF_RE = /\b(?:end|close|start|beginning|middle|half|rest|remainder)[ \t]{1,2}of[ \t]{1,2}(?:the[ \t]{1,2})?$/i;
const DIRECTION_RE = /\b(next|coming|following|this|last|past|previous)[ \t]{1,2}$/i;

/** Set by `direction`: the last call found no word or tense to go by (the news default applied). */
let lastUncued = false;

function direction(text: string, start: number): Direction {
  lastUncued = false;
  const w = DIRECTION_RE.exec(text.slice(Math.max(0, start - 12), start));
  if (w) {
    const x = w[1].toLowerCase();
    return x === 'next' || x === 'coming' || x === 'following' ? 'future' : x === 'this' ? 'this' : 'past';
  }
  // A future tense does not move a period already reported on ("will watch the data for October").
  const lead = text.slice(Math.max(0, start - 24), start);
  if (PERIOD_PREP_RE.test(lead) && !PART_OF_RE.test(lead)) return 'past';
  const clause = clauseBefore(text, start);
  const after = text.slice(start, start + 40).split(/[.;!?]/)[0];
  const fut = lastIndex(FUTURE_RE, clause);
  const past = lastIndex(PAST_RE, clause);
  if (fut > past) return 'future';
  if (/\bwill\b/i.test(after) && !PAST_RE.test(clause)) return 'future';
  lastUncued = past < 0 && !PAST_AFTER_RE.test(after);
  return 'past';
}
/** Words that compare an amount with an earlier one ("up from", "compared with", "than"). */
const COMPARISON_RE = /\b(?:from|than|versus|vs|compared|comparison|against|unchanged|up|down|rose|fell|increased|decreased|grew|declined|higher|lower|jumped|dropped|climbed)\b/i;
/** A past tense right after the date ("Friday said", "in March was"): the past reading is cued. */
const PAST_AFTER_RE = /\b(?:said|says|was|were|had|did|announced|reported|ago)\b/i;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Year of a month(-day) without year: the most recent (or, looking forward, the next) one. */
function yearFor(ref: Ref, m: number, d: number | null, dir: Direction): number {
  if (m === 2 && d === 29) {
    // February 29 exists only in leap years: the most recent (or next) one
    let y = ref.y;
    const after = ref.m > 2;
    if (dir === 'future') {
      if (after) y++;
      while (!isLeap(y)) y++;
    } else {
      if (!after) y--;
      while (!isLeap(y)) y--;
    }
    return y;
  }
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
  const dir = direction(ctx.text, start);
  const value = `${yearFor(ctx.ref, m, d, dir)}-${md}`;
  if (lastUncued) {
    const future = `${yearFor(ctx.ref, m, d, 'future')}-${md}`;
    if (future !== value) ctx.alts.push(future);
  }
  return value;
}

function twoDigitYear(s: string): number {
  const n = parseInt(s.replace(/^'/, ''), 10);
  return s.replace(/^'/, '').length === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

/** Words that are months only when capitalized or after a date preposition ("may", "march"). */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'sat', 'sun', 'wed', 'dec', 'aug', 'sept', 'sep', 'oct', 'nov', 'feb', 'apr', 'jul', 'mon', 'tue', 'thu', 'fri']);
const DATE_PREP_RE = /\b(?:in|on|since|until|till|through|by|from|before|after|during|of|last|next|this|early|late|mid|end|start|beginning|between|and|to|the)[ \t-]{1,2}$/i;
const MAY_PREP_RE = /\b(?:in|since|until|till|through|by|from|before|after|during|of|last|next|this|early|late|mid|end of|beginning of)[ \t-]{1,2}$/i;
/** After a capitalized month word: the rest of a company's name ("The May Department Stores Co",
 * "March Networks Corp", "August Capital Partners"), so the word is a name's, no date. */
const COMPANY_TAIL_AFTER = /^\s+(?:[A-Z][\w&'-]*\s+){0,3}(?:Co|Corp|Inc|Ltd|Plc|LLC|Company|Corporation|Stores|Group|Holdings|Partners|Capital|Industries|Networks|Systems|Technologies|Communications|Enterprises)\b\.?/;

function monthWordOk(text: string, start: number, word: string): boolean {
  if (/^[A-Z]/.test(word) && COMPANY_TAIL_AFTER.test(text.slice(start + word.length, start + word.length + 60))) return false;
  const w = word.toLowerCase().replace(/\.$/, '');
  if (!AMBIGUOUS_MONTHS.has(w)) return true;
  if (w === 'may' && /^may$/.test(word)) return MAY_PREP_RE.test(text.slice(Math.max(0, start - 12), start));
  if (/^[A-Z]/.test(word)) return true;
  return DATE_PREP_RE.test(text.slice(Math.max(0, start - 12), start));
}

// ------------------------------------------------------------------ holidays
const HOLIDAY_NAMES = [...Object.keys(FIXED_HOLIDAYS), ...Object.keys(FLOATING_HOLIDAYS)];

/** Words after a name that make it a place: "Corpus Christi, Texas", "its Corpus Christi refinery". */
const PLACE_AFTER = new RegExp(`^(?:,\\s+(?!(?:${[...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})\\b)\\p{Lu}\\p{Ll}|\\s+(?:${PLACE_NOUNS_AFTER.join('|')})\\b|-based\\b)`, 'u');
/** Words before a name that make it a place: "in Corpus Christi", "near Corpus Christi". */
const PLACE_BEFORE = /\b(?:in|at|near|from|outside|based in)\s+$/i;

/** Whether the name at [start, end) reads as a place, not a day. */
function placeContext(text: string, start: number, end: number): boolean {
  return PLACE_AFTER.test(text.slice(end, end + 40)) || PLACE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/** The day of a holiday in year `y`. */
function holidayIn(name: string, y: number): string {
  const fixed = FIXED_HOLIDAYS[name];
  if (fixed) return isoDay(y, fixed[0], fixed[1]);
  const f = FLOATING_HOLIDAYS[name];
  if (f[0] === 'easter') {
    const [em, ed] = easter(y);
    return isoDay(y, em, ed + f[1]);
  }
  const [, mo, wd, n, off] = f;
  return isoDay(y, mo, nthWeekday(y, mo, wd, n) + off);
}

// ------------------------------------------------------------------ parts of periods
const MOD_OF: Record<string, Mod> = {
  early: 'early', beginning: 'early', start: 'early', mid: 'mid', middle: 'mid', late: 'late', end: 'late',
};
/** "the end of", "early", "mid-", "the beginning of" before a period, as a Mod. */
function modOf(s: string | undefined): Mod | null {
  if (!s) return null;
  const w = /(early|beginning|start|mid|middle|late|end)/i.exec(s);
  return w ? MOD_OF[w[1].toLowerCase()] : null;
}
const MOD_PREFIX = `(?:(?:the${SP})?(?:beginning|start|middle|end)${SP}of${SP}|(?:early|late|mid)[ \\t-]{1,2})`;

/**
 * The inclusive range of part of a period: a year in thirds (Jan-Apr, May-Aug, Sep-Dec), a month
 * as days 1-10, 10-20, 21-end (Recognizers-Text's and Duckling's conventions), a week as Mon-Wed,
 * Wed-Thu, Fri-Sun. Without a mod, a period's own bounds; null for a day or a partial value.
 */
export function rangeOf(value: string, mod: Mod | null | undefined): DateRange | null {
  if (/^\d{3}$/.test(value)) {
    const d = +value * 10;
    const [a, b] = mod === 'early' ? [0, 3] : mod === 'mid' ? [3, 6] : mod === 'late' ? [7, 9] : [0, 9];
    return { start: String(d + a), end: String(d + b) };
  }
  // A year, month, quarter, half or day says its own span; a week's days are spelled out
  if (!mod) return /^\d{4}-W\d{2}$/.test(value) ? boundsOf(value) : null;
  let m = /^(\d{4})$/.exec(value);
  if (m) {
    const [a, b] = mod === 'early' ? [1, 4] : mod === 'mid' ? [5, 8] : [9, 12];
    return { start: `${m[1]}-${pad(a)}`, end: `${m[1]}-${pad(b)}` };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const last = daysInMonth(+m[1], +m[2]);
    const [a, b] = mod === 'early' ? [1, 10] : mod === 'mid' ? [10, 20] : [21, last];
    return { start: `${value}-${pad(a)}`, end: `${value}-${pad(b)}` };
  }
  const b = /^\d{4}-W\d{2}$/.test(value) ? boundsOf(value) : null;
  if (b) {
    const mon = { y: +b.start.slice(0, 4), m: +b.start.slice(5, 7), d: +b.start.slice(8, 10) };
    const [a, z] = mod === 'early' ? [0, 2] : mod === 'mid' ? [2, 3] : [4, 6];
    return { start: isoDay(mon.y, mon.m, mon.d + a), end: isoDay(mon.y, mon.m, mon.d + z) };
  }
  return boundsOf(value);
}

const NUM_WORD = alt(Object.keys(UNITS).filter((w) => UNITS[w] >= 2), (w) => w);
const WEEK_SHIFT: Record<string, number> = { this: 0, current: 0, the: 0, next: 1, coming: 1, upcoming: 1, following: 1, last: -1, past: -1, previous: -1 };

/** The week `shift` weeks from the reference's week. */
function weekFrom(ref: Ref, shift: number): string {
  const mon = mondayOf(ref.y, ref.m, ref.d);
  return weekOf(mondayOf(mon.y, mon.m, mon.d + 7 * shift)).value;
}

// ------------------------------------------------------------------ the rules, in order
const NOT_YEAR_BEFORE_RE = new RegExp(`(?:^|[^\\w])(?:${alt(NOT_YEAR_BEFORE, (w) => w.replace(/&/g, '&'))})[ \\t#.-]{0,2}$`, 'i');
const NOT_YEAR_AFTER_RE = new RegExp(`^[ \\t-]{0,2}(?:${alt(NOT_YEAR_AFTER, (w) => w)})\\b`, 'i');

export const DATE_RULES: DateRule[] = [
  {
    // 1987-03-03, 2015-3-3, 2019/aug/01 is not here (see month-name rules)
    name: 'iso',
    pattern: new RegExp(`(?<![\\w.]|\\d-)(${YEAR})([-/])(\\d{1,2})\\2(\\d{1,2})(?![\\w]|-\\d|[./]\\d)`, 'g'),
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
    pattern: /(?<![\w./-])(\d{1,2})(?:\/(\d{1,2})\/(\d{4}|\d{2})|-(\d{1,2})-(\d{4}))(?![\w/]|[.-]\d)/g,
    extract(m) {
      const mo = +m[1];
      const d = +(m[2] ?? m[4]);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      return { start: m.index, end: m.index + m[0].length, value: `${twoDigitYear(m[3] ?? m[5])}-${pad(mo)}-${pad(d)}` };
    },
  },
  {
    // 10/1-11/7, 5/1-5/7/2020, 2/29-3/1/2019: a range of month/day pairs (the year on the second)
    name: 'md-range',
    pattern: /(?<![\w./-])(\d{1,2})\/(\d{1,2})[ \t]?[-–][ \t]?(\d{1,2})\/(\d{1,2})(?:\/(\d{4})|,[ \t]{1,2}(\d{4}))?(?![\w/]|[.-]\d)/g,
    extract(m, ctx) {
      const [m1, d1, m2, d2] = [+m[1], +m[2], +m[3], +m[4]];
      if (!(m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 && d1 >= 1 && d1 <= 31 && d2 >= 1 && d2 <= 31)) return null;
      const y2 = m[5] ? +m[5] : m[6] ? +m[6] : null;
      const v2 = monthDay(ctx, m.index, m2, d2, y2);
      const alt2 = ctx.alts.splice(0);
      const y1 = /^\d{4}/.test(v2) ? +v2.slice(0, 4) - (m1 * 100 + d1 > m2 * 100 + d2 ? 1 : 0) : null;
      const v1 = y1 === null ? `XXXX-${pad(m1)}-${pad(d1)}` : `${y1}-${pad(m1)}-${pad(d1)}`;
      const firstEnd = m.index + m[1].length + 1 + m[2].length;
      const secondStart = m.index + m[0].search(/[-–]/) + 1 + (m[0][m[0].search(/[-–]/) + 1] === ' ' ? 1 : 0);
      const shiftYear = (v: string, to: string) => `${to.slice(0, 4)}${v.slice(4)}`;
      return [
        { start: m.index, end: firstEnd, value: v1, alts: alt2.map((a) => shiftYear(v1, String(+a.slice(0, 4) - (m1 * 100 + d1 > m2 * 100 + d2 ? 1 : 0)))) },
        { start: secondStart, end: m.index + m[0].length, value: v2, alts: alt2 },
      ];
    },
  },
  {
    // on 6/4, from 10/25, until 12/1: a month/day pair needs a date word before it ("1/2" is a half)
    name: 'md-numeric',
    pattern: /(?<=\b(?:on|from|between|to|until|till|by|since|before|after|through|for|and)[ \t]{1,2})(\d{1,2})\/(\d{1,2})(?![\w/%]|[.,]\d)/g,
    extract(m, ctx) {
      const [mo, d] = [+m[1], +m[2]];
      if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
      return { start: m.index, end: m.index + m[0].length, value: monthDay(ctx, m.index, mo, d, null) };
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
    pattern: new RegExp(`(?<![$€£¥.,][ \\t]?)\\b(?:(${WEEKDAY}),?${SP})?(?:the${SP})?(${DAY})(?:${SP}day)?(?:${SP}of)?${SP}(${MONTH})(?:(?:,${SP}?|${SP}|${SP}of${SP})('?\\d{2}(?![\\d:])|${YEAR}))?(?![\\w:%])`, 'gi'),
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
    extract(m) {
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
        if (lastUncued && q > cur) ctx.alts.push(`${ctx.ref.y}-Q${q}`);
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
        if (lastUncued && h > cur) ctx.alts.push(`${ctx.ref.y}-H${h}`);
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
    // mid-October; late March; the end of April; October (the modifier joins the span and gives the range)
    name: 'month',
    pattern: new RegExp(`\\b(?:(?:at${SP})?(${MOD_PREFIX}))?(${MONTH})(?![\\w%/])`, 'gi'),
    extract(m, ctx) {
      const word = m[2];
      const monthStart = m.index + m[0].length - word.length;
      if (!monthWordOk(ctx.text, monthStart, word)) return null;
      if (/^[a-z]{3}$/i.test(word) && !/^[A-Z]/.test(word) && word !== 'may') return null;
      if (word === 'May' && !m[1] && !DATE_PREP_RE.test(ctx.text.slice(Math.max(0, monthStart - 12), monthStart))) return null;
      const mo = monthOf(word);
      if (!mo) return null;
      return { start: m.index, end: m.index + m[0].length, value: monthDay(ctx, m.index, mo, null, null), mod: modOf(m[1]) };
    },
  },
  {
    // Christmas, New Year's Day 2020, next Halloween, Easter Monday, Thanksgiving 2025, last MLK day
    name: 'holiday',
    pattern: new RegExp(`\\b(?:(next|last|this|previous|coming|upcoming)${SP})?(${alt(HOLIDAY_NAMES.map((k) => k.replace(/'/g, "['’]?").replace(/\./g, '\\.?')), (w) => w.replace(/ /g, SP))})(?:,?${SP}(?:of${SP})?(${YEAR}))?(?![\\w])`, 'gi'),
    extract(m, ctx) {
      const key = m[2].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
      const norm = (k: string) => k.replace(/['.]/g, '');
      const name = HOLIDAY_NAMES.find((k) => k === key) ?? HOLIDAY_NAMES.find((k) => norm(k) === norm(key));
      if (!name) return null;
      const span = { start: m.index, end: m.index + m[0].length };
      if (HOLIDAY_PLACES.has(name) && !m[1] && !m[3] && placeContext(ctx.text, span.start, span.end)) return null;
      if (m[3]) return { ...span, value: holidayIn(name, +m[3]) };
      if (!ctx.ref) {
        const fixed = FIXED_HOLIDAYS[name];
        return fixed ? { ...span, value: `XXXX-${pad(fixed[0])}-${pad(fixed[1])}` } : null;
      }
      const w = m[1]?.toLowerCase();
      const dir: Direction = w === 'next' || w === 'coming' || w === 'upcoming' ? 'future' : w === 'last' || w === 'previous' ? 'past' : w === 'this' ? 'this' : direction(ctx.text, m.index);
      const today = isoDay(ctx.ref.y, ctx.ref.m, ctx.ref.d);
      const here = holidayIn(name, ctx.ref.y);
      const past = here <= today ? here : holidayIn(name, ctx.ref.y - 1);
      const future = here >= today ? here : holidayIn(name, ctx.ref.y + 1);
      ctx.inferred = true;
      if (dir === 'this') return { ...span, value: here };
      if (dir === 'past' && !w && lastUncued && future !== past) ctx.alts.push(future);
      // "next Christmas" said on Christmas Day is the one a year on; "last" likewise
      if (w && (w === 'next' || w === 'coming' || w === 'upcoming') && future === today) return { ...span, value: holidayIn(name, ctx.ref.y + 1) };
      if (w && (w === 'last' || w === 'previous') && past === today) return { ...span, value: holidayIn(name, ctx.ref.y - 1) };
      return { ...span, value: dir === 'future' ? future : past };
    },
  },
  {
    // a year standing alone: "until 2030", "in 2014 AD"; not "2,030 employees", "Boeing 747", "Windows 95"
    name: 'year',
    pattern: new RegExp(`(?<![\\w$€£¥.,:/#])(?<!(?<!\\d{4})[-–])(?:(?:at${SP})?(${MOD_PREFIX}))?(${YEAR})(?:${SP}(?:AD|A\\.D\\.|CE))?(?![\\w%$€£:/]|[.,]\\d|[-–~](?!${YEAR}(?![\\w-]))\\d)`, 'g'),
    extract(m, ctx) {
      const yStart = m.index + m[0].indexOf(m[2], (m[1] ?? '').length);
      const before = ctx.text.slice(Math.max(0, yStart - 24), yStart);
      const after = ctx.text.slice(yStart + 4, yStart + 24);
      if (NOT_YEAR_BEFORE_RE.test(before)) return null;
      if (NOT_YEAR_AFTER_RE.test(after)) return null;
      if (/[$€£¥][ \t]?$|\d[ \t]$/.test(before)) return null;
      const y = +m[2];
      if (y < 1500 || y > 2100) return null;
      return { start: m.index, end: m.index + m[0].length, value: m[2], mod: modOf(m[1]) };
    },
  },
  {
    // today, yesterday, tomorrow, the day after tomorrow
    name: 'relative-day',
    pattern: /\b(?:the[ \t]{1,2})?(?:(day[ \t]{1,2}(?:after|before))[ \t]{1,2})?(today|yesterday|tomorrow)\b/gi,
    extract(m, ctx) {
      if (!ctx.ref) return null;
      let n = { today: 0, yesterday: -1, tomorrow: 1 }[m[2].toLowerCase()] ?? 0;
      if (m[1]) n += /after/i.test(m[1]) ? 1 : -1;
      return { start: m.index, end: m.index + m[0].length, value: addDays(ctx.ref, n) };
    },
  },
  {
    // last year, next month, this week, earlier this year, the end of the month, beginning of next week
    name: 'relative-unit',
    pattern: new RegExp(`\\b(?:(?:at${SP})?(${MOD_PREFIX}))?(?:(earlier|later)${SP}(?:in${SP})?)?(?:the${SP}(?=following|next|last|previous|past|coming|upcoming|current))?(?:(last|next|this|past|previous|coming|upcoming|current|following|the)${SP})?(?:(?:calendar|fiscal)${SP})?(week|workweek|month|year)(?![\\w'’-])`, 'gi'),
    extract(m, ctx) {
      if (!ctx.ref) return null;
      const w = m[3]?.toLowerCase();
      const mod = modOf(m[1]);
      // "the year", "year" alone are nouns ("the year's best"); "the end of the month" is a date
      if (!w && !mod) return null;
      if (w === 'the' && !mod && !m[2]) return null;
      if (!w && m[2]) return null;
      const shift = WEEK_SHIFT[w ?? 'this'] ?? 0;
      const unit = m[4].toLowerCase();
      const span = { start: m.index, end: m.index + m[0].length };
      let value: string;
      if (unit === 'year') value = String(ctx.ref.y + shift);
      else if (unit === 'month') {
        const k = ctx.ref.y * 12 + ctx.ref.m - 1 + shift;
        value = `${Math.floor(k / 12)}-${pad((k % 12) + 1)}`;
      } else value = weekFrom(ctx.ref, shift);
      if (m[2] && shift === 0) {
        // "earlier this year": the first half of the period; "later this month": the second half
        const b = boundsOf(value)!;
        const first = { y: +b.start.slice(0, 4), m: +b.start.slice(5, 7), d: +b.start.slice(8, 10) };
        const days = Math.round((Date.parse(b.end) - Date.parse(b.start)) / 86400000) + 1;
        const half = unit === 'year' ? isoDay(first.y, 7, 1) : unit === 'month' ? isoDay(first.y, first.m, 16) : isoDay(first.y, first.m, first.d + Math.ceil(days / 2));
        return { ...span, value, range: /^earlier$/i.test(m[2]) ? { start: b.start, end: addDays({ y: +half.slice(0, 4), m: +half.slice(5, 7), d: +half.slice(8, 10) }, -1) } : { start: half, end: b.end } };
      }
      if (unit === 'workweek' && !mod) return { ...span, value, range: { start: boundsOf(value)!.start, end: rangeOf(value, 'late')!.start } };
      return { ...span, value, mod };
    },
  },
  {
    // this weekend, last weekend, the weekend, next week-end: Saturday and Sunday
    name: 'weekend',
    pattern: new RegExp(`\\b(?:(this|next|last|past|previous|coming|upcoming|the|following)${SP})?week[ -]?end(?![\\w'’])`, 'gi'),
    extract(m, ctx) {
      if (!ctx.ref) return null;
      const w = (m[1] ?? 'this').toLowerCase();
      const mon = mondayOf(ctx.ref.y, ctx.ref.m, ctx.ref.d);
      const shift = WEEK_SHIFT[w] ?? 0;
      const sat = isoDay(mon.y, mon.m, mon.d + 7 * shift + 5);
      return { start: m.index, end: m.index + m[0].length, value: weekFrom(ctx.ref, shift), range: { start: sat, end: isoDay(mon.y, mon.m, mon.d + 7 * shift + 6) } };
    },
  },
  {
    // EOY, the EOM, at the BOM: the end or beginning of the current year or month
    name: 'period-abbrev',
    pattern: /\b(?:at[ \t]{1,2})?(?:the[ \t]{1,2})?(EOY|EOM|BOY|BOM)\b/g,
    extract(m, ctx) {
      if (!ctx.ref) return null;
      const a = m[1];
      const value = a.endsWith('Y') ? String(ctx.ref.y) : `${ctx.ref.y}-${pad(ctx.ref.m)}`;
      return { start: m.index, end: m.index + m[0].length, value, mod: a.startsWith('E') ? 'late' : 'early' };
    },
  },
  {
    // within 9 months, within the next 10 days, within 5 minutes: from the reference to that far on
    name: 'within',
    pattern: new RegExp(`\\bwithin${SP}(?:the${SP})?(?:next${SP})?(\\d{1,3}|a|an|one|${NUM_WORD})${SP}(minute|hour|day|week|month|year)s?(?![\\w'’]|${SP}(?:of|after|from|following|before)\\b)`, 'gi'),
    extract(m, ctx) {
      if (!ctx.ref) return null;
      const nRaw = m[1].toLowerCase();
      const n = /^\d+$/.test(nRaw) ? +nRaw : /^(?:a|an|one)$/.test(nRaw) ? 1 : UNITS[nRaw];
      if (!(n >= 1)) return null;
      const r = ctx.ref;
      const unit = m[2].toLowerCase();
      const span = { start: m.index, end: m.index + m[0].length };
      if (unit === 'minute' || unit === 'hour') {
        if (r.minutes === null) return null;
        const at = (t: number) => `${addDays(r, Math.floor(t / 1440))}T${pad(Math.floor((t % 1440) / 60))}:${pad(t % 60)}`;
        const range = { start: at(r.minutes), end: at(r.minutes + n * (unit === 'hour' ? 60 : 1)) };
        return { ...span, value: range.start, range };
      }
      const endDay = unit === 'day' ? addDays(r, n) : unit === 'week' ? addDays(r, 7 * n) : iso(toDate(r.y, r.m + (unit === 'month' ? n : 12 * n), r.d));
      return { ...span, value: isoDay(r.y, r.m, r.d), range: { start: isoDay(r.y, r.m, r.d), end: endDay } };
    },
  },
  {
    // 3 fridays from now, two sundays from now: the n-th such weekday after the reference day
    name: 'weekdays-from-now',
    pattern: new RegExp(`\\b(\\d{1,2}|${NUM_WORD})${SP}(${WEEKDAY.replace(/\(\?!\[a-z\]\)/g, '')})s${SP}(?:from${SP}(?:now|today)|hence)\\b`, 'gi'),
    extract(m, ctx) {
      if (!ctx.ref) return null;
      const n = /^\d+$/.test(m[1]) ? +m[1] : UNITS[m[1].toLowerCase()];
      const target = weekdayOf(m[2]);
      if (!(n >= 1) || target === undefined) return null;
      const today = toDate(ctx.ref.y, ctx.ref.m, ctx.ref.d).getUTCDay();
      return { start: m.index, end: m.index + m[0].length, value: addDays(ctx.ref, (((target - today + 7) % 7) || 7) + 7 * (n - 1)) };
    },
  },
  {
    // this summer, last winter, next season, the current season (astronomical seasons, northern)
    name: 'season',
    pattern: new RegExp(`\\b(?:(this|next|last|past|previous|coming|upcoming|current|following)${SP})?(spring|summer|autumn|fall|winter|seasons?)(?:${SP}(?:of${SP})?(${YEAR}))?(?![\\w'’])`, 'gi'),
    extract(m, ctx) {
      const w = m[1]?.toLowerCase();
      const word = m[2].toLowerCase().replace(/s$/, '');
      // "fall" and "spring" are verbs and nouns too: only with a modifier or a year
      if (!w && !m[3] && (word === 'fall' || word === 'spring' || word === 'season')) return null;
      if (word === 'season' && !w) return null;
      // seasons as [start month, start day] .. the day before the next one's start
      const STARTS: [number, number][] = [[3, 20], [6, 21], [9, 23], [12, 21]];
      const idx: Record<string, number> = { spring: 0, summer: 1, autumn: 2, fall: 2, winter: 3 };
      const seasonAt = (y: number, k: number) => {
        const yy = y + Math.floor(k / 4);
        const q = ((k % 4) + 4) % 4;
        const [sm, sd] = STARTS[q];
        const [nm, nd] = STARTS[(q + 1) % 4];
        const start = isoDay(yy, sm, sd);
        const end = isoDay(q === 3 ? yy + 1 : yy, nm, nd - 1);
        return { value: String(yy), range: { start, end } };
      };
      const span = { start: m.index, end: m.index + m[0].length };
      if (m[3]) return word === 'season' ? null : { ...span, ...seasonAt(+m[3], idx[word]) };
      if (!ctx.ref) return null;
      const md = ctx.ref.m * 100 + ctx.ref.d;
      // the season holding the reference day, as year * 4 + index (winter counts from December)
      const curQ = md >= 1221 ? 3 : md >= 923 ? 2 : md >= 621 ? 1 : md >= 320 ? 0 : -1;
      const cur = ctx.ref.y * 4 + curQ;
      const shift = w ? WEEK_SHIFT[w] ?? 0 : 0;
      if (word === 'season') {
        const k = cur + shift;
        return { ...span, ...seasonAt(Math.floor(k / 4), k - 4 * Math.floor(k / 4)) };
      }
      const i = idx[word];
      // the most recent (this one included) or the next such season
      let past = Math.floor(cur / 4) * 4 + i;
      if (past > cur) past -= 4;
      const future = past === cur ? cur : past + 4;
      let k: number;
      if (w === 'this' || w === 'current') k = ctx.ref.y * 4 + i - (i === 3 && curQ === -1 ? 4 : 0);
      else if (shift > 0) k = past === cur ? cur + 4 : future;
      else if (shift < 0) k = past === cur ? past - 4 : past;
      else {
        const dir = direction(ctx.text, m.index);
        k = dir === 'future' ? future : past;
        if (dir === 'past' && lastUncued && future !== past) {
          const f = seasonAt(Math.floor(future / 4), future - 4 * Math.floor(future / 4));
          ctx.alts.push(f.value);
          return { ...span, ...seasonAt(Math.floor(k / 4), k - 4 * Math.floor(k / 4)), altRanges: [f.range] };
        }
      }
      return { ...span, ...seasonAt(Math.floor(k / 4), k - 4 * Math.floor(k / 4)) };
    },
  },
  {
    // the rest of the week, all week: the remaining days of (or the whole of) the current week
    name: 'rest-of-week',
    pattern: new RegExp(`\\b(?:(?:the${SP})?(?:rest|remain(?:der|ing))${SP}of${SP}(?:the|this)${SP}week|all${SP}week)(?![\\w'’-])`, 'gi'),
    extract(m, ctx) {
      if (!ctx.ref) return null;
      const mon = mondayOf(ctx.ref.y, ctx.ref.m, ctx.ref.d);
      const start = /^all/i.test(m[0]) ? isoDay(mon.y, mon.m, mon.d) : isoDay(ctx.ref.y, ctx.ref.m, ctx.ref.d);
      return { start: m.index, end: m.index + m[0].length, value: weekFrom(ctx.ref, 0), range: { start, end: isoDay(mon.y, mon.m, mon.d + 6) } };
    },
  },
  {
    // end of day, EOD, by the end of the day (not the idiom "at the end of the day"): the reference day's last minute
    name: 'end-of-day',
    pattern: /\b(?:(?:the[ \t]{1,2})?end[ \t]{1,2}of[ \t]{1,2}(?:the[ \t]{1,2})?(?:business[ \t]{1,2})?day|EOD|eod)(?![\w'’-])/g,
    extract(m, ctx) {
      if (!ctx.ref) return null;
      if (/\bat[ \t]{1,2}$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index)) && /^the/i.test(m[0])) return null;
      return { start: m.index, end: m.index + m[0].length, value: `${isoDay(ctx.ref.y, ctx.ref.m, ctx.ref.d)}T23:59` };
    },
  },
  {
    // the next 4 business days, the previous 3 working days: weekdays only
    name: 'business-days',
    pattern: new RegExp(`\\b(?:the${SP})?(next|last|past|previous|following|coming)${SP}(\\d{1,2}|${NUM_WORD})${SP}(?:business|working|trading)${SP}days(?![\\w'’])`, 'gi'),
    extract(m, ctx) {
      if (!ctx.ref) return null;
      const n = /^\d+$/.test(m[2]) ? +m[2] : UNITS[m[2].toLowerCase()];
      if (!(n >= 1)) return null;
      const step = WEEK_SHIFT[m[1].toLowerCase()] > 0 ? 1 : -1;
      const days: string[] = [];
      for (let k = step; days.length < n; k += step) {
        const dt = toDate(ctx.ref.y, ctx.ref.m, ctx.ref.d + k);
        if (dt.getUTCDay() !== 0 && dt.getUTCDay() !== 6) days.push(iso(dt));
      }
      const range = step > 0 ? { start: days[0], end: days[n - 1] } : { start: days[n - 1], end: days[0] };
      return { start: m.index, end: m.index + m[0].length, value: range.start, range };
    },
  },
  {
    // the week after next
    name: 'week-after-next',
    pattern: new RegExp(`\\b(?:the${SP})?week${SP}after${SP}next\\b`, 'gi'),
    extract(m, ctx) {
      return ctx.ref ? { start: m.index, end: m.index + m[0].length, value: weekFrom(ctx.ref, 2) } : null;
    },
  },
  {
    // right now, at the moment, at present: the reference instant (needs its time of day)
    name: 'now',
    pattern: /\b(?:right[ \t]now|at[ \t]the[ \t](?:present[ \t]time|moment)|at[ \t]present)\b/gi,
    extract(m, ctx) {
      if (!ctx.ref || ctx.ref.minutes === null) return null;
      return { start: m.index, end: m.index + m[0].length, value: `${isoDay(ctx.ref.y, ctx.ref.m, ctx.ref.d)}T${pad(Math.floor(ctx.ref.minutes / 60))}:${pad(ctx.ref.minutes % 60)}` };
    },
  },
  {
    // in half an hour, in a quarter of an hour, in 2.5 hours, in a couple of hours, in 3/4 hour
    name: 'time-offset',
    pattern: new RegExp(`\\b(?:in|within)${SP}(?:(?:about|around|approximately)${SP})?(half${SP}an|an?${SP}quarter${SP}of${SP}an|three[ -]quarters${SP}of${SP}an|[13]\\/[24]|\\d{1,3}(?:\\.\\d+)?|an?|(?:a${SP})?couple(?:${SP}of)?|(?:a${SP})?few|${NUM_WORD}|one)${SP}(hours?|hrs?|h|minutes?|mins?)(?![\\w'’])`, 'gi'),
    extract(m, ctx) {
      if (!ctx.ref || ctx.ref.minutes === null || /^within/i.test(m[0])) return null;
      const q = m[1].toLowerCase().replace(/\s+/g, ' ');
      const n = /^half/.test(q) ? 0.5 : /^an? quarter/.test(q) ? 0.25 : /^three[ -]quarters/.test(q) ? 0.75 : /\//.test(q) ? +q[0] / +q[2]
        : /^[\d.]+$/.test(q) ? +q : /^an?$/.test(q) ? 1 : /couple/.test(q) ? 2 : /few/.test(q) ? 3 : q === 'one' ? 1 : UNITS[q];
      if (!(n > 0)) return null;
      const mins = Math.round(n * (/^h/i.test(m[2]) ? 60 : 1));
      const t = ctx.ref.minutes + mins;
      const day = Math.floor(t / 1440);
      const rest = t - day * 1440;
      return { start: m.index, end: m.index + m[0].length, value: `${addDays(ctx.ref, day)}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}` };
    },
  },
  {
    // week 31, the week 3 of 2027
    name: 'week-number',
    pattern: new RegExp(`\\b(?:the${SP})?week${SP}(\\d{1,2})(?:${SP}(?:of${SP})?(${YEAR}))?(?![\\w%:/]|[.,]\\d)`, 'gi'),
    extract(m, ctx) {
      const n = +m[1];
      const y = m[2] ? +m[2] : ctx.ref?.y;
      if (y === undefined || n < 1 || n > 53) return null;
      const w = weekOf(isoWeekMonday(y, n));
      return { start: m.index, end: m.index + m[0].length, value: w.value };
    },
  },
  {
    // the first week of 2015, last week of July, 3rd week of Jan, the last week of this month
    name: 'nth-week',
    pattern: new RegExp(`\\b(?:the${SP})?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)${SP}week${SP}(?:of|in)${SP}(?:(${MONTH})(?:,?${SP}(${YEAR}))?|(${YEAR})|(this|last|next|the)${SP}(month|year))(?![\\w%])`, 'gi'),
    extract(m, ctx) {
      const nth = m[1].toLowerCase();
      const n = nth === 'last' ? -1 : ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 } as Record<string, number>)[nth];
      const span = { start: m.index, end: m.index + m[0].length };
      const weekIn = (y: number, mo: number | null) => {
        if (mo === null) return n > 0 ? weekOf(isoWeekMonday(y, n)).value : weekOf(mondayOf(y, 12, 28)).value;
        const first = mondayOf(y, mo, 1);
        if (n > 0) return weekOf(mondayOf(first.y, first.m, first.d + 7 * (n - 1))).value;
        return weekOf(mondayOf(y, mo, daysInMonth(y, mo))).value;
      };
      if (m[2]) {
        const mo = monthOf(m[2]);
        if (!mo) return null;
        if (m[3]) return { ...span, value: weekIn(+m[3], mo) };
        if (!ctx.ref) return null;
        const v = monthDay(ctx, m.index, mo, null, null);
        const alts = ctx.alts.splice(0).map((a) => weekIn(+a.slice(0, 4), mo));
        ctx.alts.push(...alts);
        return { ...span, value: weekIn(+v.slice(0, 4), mo) };
      }
      if (m[4]) return { ...span, value: weekIn(+m[4], null) };
      if (!ctx.ref) return null;
      const shift = WEEK_SHIFT[m[5].toLowerCase()] ?? 0;
      if (m[6].toLowerCase() === 'year') return { ...span, value: weekIn(ctx.ref.y + shift, null) };
      const k = ctx.ref.y * 12 + ctx.ref.m - 1 + shift;
      return { ...span, value: weekIn(Math.floor(k / 12), (k % 12) + 1) };
    },
  },
  {
    // the nineties, the 1990s, the '80s, the early 2000s (not "in his 50s")
    name: 'decade',
    pattern: new RegExp(`\\b(?:the${SP})?(?:(early|mid|late)[ \\t-]{1,2})?(?:(1[5-9]\\d|20\\d)0['’]?s|['’]?([0-9])0['’]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\\w])`, 'gi'),
    extract(m, ctx) {
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:his|her|their|its|my|your|our|aged?|in)[ \t]+$/i.test(before) && !/^the\b/i.test(m[0]) && !m[2]) {
        // "in his 50s", "aged 60s": ages; "in 1990s" and "in the nineties" are decades
        if (!/\bin[ \t]+$/i.test(before) || !m[4]) return null;
      }
      let dec: number;
      if (m[2]) dec = +m[2];
      else {
        const d = m[3] !== undefined ? +m[3] : ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[4].toLowerCase()) + 2;
        if (m[3] !== undefined && !/['’]/.test(m[0]) && !/^the\b/i.test(m[0]) && !/\bin[ \t]+$/i.test(before)) return null;
        dec = d <= 1 ? 200 + d : 190 + d;
      }
      return { start: m.index, end: m.index + m[0].length, value: String(dec), mod: modOf(m[1]) };
    },
  },
  {
    // three days ago, 2 weeks ago, in 5 days, 3 years from now, 4 months from tomorrow
    name: 'relative-offset',
    pattern: new RegExp(`\\b(?:(in|within)${SP})?(\\d{1,3}|a|an|${alt(Object.keys(UNITS), (w) => w)})${SP}(minute|hour|day|week|fortnight|month|year)s?(?:${SP}(ago|earlier|later|hence|(?:from|after|before)${SP}(?:now|today|tomorrow|yesterday)))?\\b`, 'gi'),
    extract(m, ctx) {
      if (!ctx.ref || (!m[1] && !m[4]) || (m[1] && m[4])) return null;
      if (m[1] && m[1].toLowerCase() === 'within') return null;
      // "the biggest gain in three months" is a duration; "will close in three months" a date; with
      // neither tense nor a superlative ("in three months, the plant opens") the offset reads forward
      if (m[1]) {
        const clause = clauseBefore(ctx.text, m.index);
        if (lastIndex(FUTURE_RE, clause) < 0 && (PAST_RE.test(clause) || SUPERLATIVE_RE.test(clause) || /\b(?:posted|rose|fell|gained|lost|climbed|dropped|jumped|slid)\b/i.test(clause))) return null;
      }
      const nRaw = m[2].toLowerCase();
      const n = /^\d+$/.test(nRaw) ? +nRaw : nRaw === 'a' || nRaw === 'an' ? 1 : UNITS[nRaw];
      if (n === undefined) return null;
      const tail = (m[4] ?? '').toLowerCase();
      let sign = tail === 'ago' || tail === 'earlier' || tail.startsWith('before') ? -1 : 1;
      let base: Ref = ctx.ref;
      if (/tomorrow/.test(tail)) base = parseRef(addDays(ctx.ref, 1))!;
      if (/yesterday/.test(tail)) base = parseRef(addDays(ctx.ref, -1))!;
      if (m[1]) sign = 1;
      let unit = m[3].toLowerCase();
      let k = sign * n;
      if (unit === 'fortnight') [unit, k] = ['day', 14 * k];
      if (unit === 'minute' || unit === 'hour') {
        // a time offset needs the reference's time of day
        if (ctx.ref.minutes === null || base !== ctx.ref) return null;
        const t = ctx.ref.minutes + k * (unit === 'hour' ? 60 : 1);
        const day = Math.floor(t / 1440);
        const mins = t - day * 1440;
        return { start: m.index, end: m.index + m[0].length, value: `${addDays(ctx.ref, day)}T${pad(Math.floor(mins / 60))}:${pad(mins % 60)}` };
      }
      const dt = unit === 'day' ? toDate(base.y, base.m, base.d + k)
        : unit === 'week' ? toDate(base.y, base.m, base.d + 7 * k)
          : unit === 'month' ? toDate(base.y, base.m + k, base.d) : toDate(base.y + k, base.m, base.d);
      // "up from $286 million a year earlier", "compared with two months ago": a period compared
      // with a period; the text states no day, so the value stops at the unit ("2025", "2026-08").
      // "earlier" always counts back from a period the text narrates, never from the publication day.
      if ((unit === 'year' || unit === 'month') && sign < 0 && base === ctx.ref
        && (tail === 'earlier' || (tail === 'ago' && COMPARISON_RE.test(clauseBefore(ctx.text, m.index))))) {
        const v = unit === 'year' ? String(dt.getUTCFullYear()).padStart(4, '0') : iso(dt).slice(0, 7);
        return { start: m.index, end: m.index + m[0].length, value: v };
      }
      return { start: m.index, end: m.index + m[0].length, value: iso(dt) };
    },
  },
  {
    // the next three years, the last 2 weeks, the past 6 months, the 5 upcoming years: a rolling span
    // from the reference day (Recognizers-Text's convention: "last 3 months" = 2016-08-07..2016-11-07);
    // quarters count whole quarters ("the following 2 quarters" starts with the next quarter)
    name: 'unit-span',
    pattern: new RegExp(`\\b(?:the${SP})?(?:(next|last|past|previous|following|coming|upcoming)${SP}(\\d{1,3}|${NUM_WORD}|few|couple(?:${SP}of)?)|(\\d{1,3}|${NUM_WORD})${SP}(next|last|past|previous|following|coming|upcoming))${SP}(minute|hour|day|week|month|quarter|year)s(?![\\w'’])`, 'gi'),
    extract(m, ctx) {
      if (!ctx.ref) return null;
      const w = (m[1] ?? m[4]).toLowerCase();
      const nRaw = (m[2] ?? m[3]).toLowerCase();
      const n = /^\d+$/.test(nRaw) ? +nRaw : /^couple/.test(nRaw) ? 2 : nRaw === 'few' ? 3 : UNITS[nRaw];
      if (!(n >= 1)) return null;
      const fwd = WEEK_SHIFT[w] > 0;
      const r = ctx.ref;
      const unit = m[5].toLowerCase();
      const span = { start: m.index, end: m.index + m[0].length };
      if (unit === 'minute' || unit === 'hour') {
        // from the reference instant: "the 13 last minutes" = 12:17..12:30
        if (r.minutes === null) return null;
        const at = (t: number) => `${addDays(r, Math.floor(t / 1440))}T${pad(Math.floor((((t % 1440) + 1440) % 1440) / 60))}:${pad(((t % 60) + 60) % 60)}`;
        const len = n * (unit === 'hour' ? 60 : 1);
        const range = fwd ? { start: at(r.minutes), end: at(r.minutes + len) } : { start: at(r.minutes - len), end: at(r.minutes) };
        return { ...span, value: range.start, range };
      }
      if (unit === 'quarter') {
        const cur = r.y * 4 + Math.floor((r.m - 1) / 3);
        const a = fwd ? cur + 1 : cur - n;
        const b = a + n - 1;
        const q = (k: number) => `${Math.floor(k / 4)}-Q${(k % 4) + 1}`;
        return { ...span, value: q(a), range: { start: boundsOf(q(a))!.start, end: boundsOf(q(b))!.end } };
      }
      const shifted = (k: number) => (unit === 'day' ? addDays(r, k) : unit === 'week' ? addDays(r, 7 * k) : iso(toDate(r.y, r.m + (unit === 'month' ? k : 12 * k), r.d)));
      const range = fwd ? { start: addDays(r, 1), end: shifted(n) } : { start: shifted(-n), end: addDays(r, -1) };
      // A span, not a day: the value is its start at the precision of its unit ("the past two years"
      // -> "2024"; "the next 6 months" -> "2026-12"; a week -> its ISO week); `range` has the days.
      const s0 = dayOfIso(range.start);
      const value = unit === 'year' ? range.start.slice(0, 4) : unit === 'month' ? range.start.slice(0, 7) : unit === 'week' ? weekOf(mondayOf(s0.y, s0.m, s0.d)).value : range.start;
      return { ...span, value, range };
    },
  },
  {
    // Wednesday of next week, next week on Tuesday, Monday of the following week, previous week - Monday
    name: 'weekday-of-week',
    pattern: new RegExp(`\\b(?:(${WEEKDAY})${SP}(?:of${SP})?(?:the${SP})?(this|next|last|previous|past|coming|following|current)${SP}week|(this|next|last|previous|following)${SP}week(?:${SP}-)?(?:,?${SP}|${SP}on${SP})(${WEEKDAY}))(?![\\w'’])`, 'gi'),
    extract(m, ctx) {
      if (!ctx.ref) return null;
      const target = weekdayOf(m[1] ?? m[4]);
      const shift = WEEK_SHIFT[(m[2] ?? m[3]).toLowerCase()] ?? 0;
      if (target === undefined) return null;
      const mon = mondayOf(ctx.ref.y, ctx.ref.m, ctx.ref.d);
      return { start: m.index, end: m.index + m[0].length, value: isoDay(mon.y, mon.m, mon.d + 7 * shift + ((target + 6) % 7)) };
    },
  },
  {
    // Friday after next, March after next
    name: 'after-next',
    pattern: new RegExp(`\\b(?:(${WEEKDAY})|(${MONTH}))${SP}after${SP}next(?![\\w])`, 'gi'),
    extract(m, ctx) {
      if (!ctx.ref) return null;
      const span = { start: m.index, end: m.index + m[0].length };
      if (m[1]) {
        const target = weekdayOf(m[1]);
        if (target === undefined) return null;
        const today = toDate(ctx.ref.y, ctx.ref.m, ctx.ref.d).getUTCDay();
        return { ...span, value: addDays(ctx.ref, (((target - today + 7) % 7) || 7) + 7) };
      }
      const mo = monthOf(m[2]);
      if (!mo) return null;
      return { ...span, value: `${(mo > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1) + 1}-${pad(mo)}` };
    },
  },
  {
    // the first Tuesday of October, last Monday of March 2027, the second monday of last month
    name: 'nth-weekday',
    pattern: new RegExp(`\\b(?:the${SP})?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)${SP}(${WEEKDAY})${SP}(?:of|in)${SP}(?:(${MONTH})(?:,?${SP}(${YEAR}))?|(this|last|next|the)${SP}month)(?![\\w%])`, 'gi'),
    extract(m, ctx) {
      const nth = m[1].toLowerCase();
      const n = nth === 'last' ? -1 : ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 } as Record<string, number>)[nth];
      const wd = weekdayOf(m[2]);
      if (wd === undefined) return null;
      const span = { start: m.index, end: m.index + m[0].length };
      const dayIn = (y: number, mo: number) => {
        const d = nthWeekday(y, mo, (wd + 6) % 7, n);
        return d <= daysInMonth(y, mo) ? isoDay(y, mo, d) : null;
      };
      if (m[3]) {
        const mo = monthOf(m[3]);
        if (!mo) return null;
        if (m[4]) return { ...span, value: dayIn(+m[4], mo) ?? '' };
        if (!ctx.ref) return null;
        const v = monthDay(ctx, m.index, mo, null, null);
        const alts = ctx.alts.splice(0).map((a) => dayIn(+a.slice(0, 4), mo)).filter((a): a is string => !!a);
        ctx.alts.push(...alts);
        return { ...span, value: dayIn(+v.slice(0, 4), mo) ?? '' };
      }
      if (!ctx.ref) return null;
      const k = ctx.ref.y * 12 + ctx.ref.m - 1 + (WEEK_SHIFT[m[5].toLowerCase()] ?? 0);
      return { ...span, value: dayIn(Math.floor(k / 12), (k % 12) + 1) ?? '' };
    },
  },
  {
    // the 20th of next month, the 15th day of next month, on the 15th (of this month)
    name: 'day-of-month',
    pattern: new RegExp(`\\b(?:(?:the${SP})?(${DAY})(?:${SP}day)?${SP}of${SP}(?:the${SP})?(this|next|last|previous|following|the)${SP}month|on${SP}the${SP}((?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)|${ORD_WORD})(?![ \\t]+(?:day[ \\t]+)?of\\b))(?![\\w%])`, 'gi'),
    extract(m, ctx) {
      if (!ctx.ref) return null;
      const d = dayOf(m[1] ?? m[3]);
      if (!(d >= 1 && d <= 31)) return null;
      const span = { start: m.index, end: m.index + m[0].length };
      if (m[1]) {
        const k = ctx.ref.y * 12 + ctx.ref.m - 1 + (WEEK_SHIFT[m[2].toLowerCase()] ?? 0);
        const y = Math.floor(k / 12);
        const mo = (k % 12) + 1;
        return d <= daysInMonth(y, mo) ? { ...span, value: isoDay(y, mo, d) } : null;
      }
      // "on the 15th": this month's, or (looking forward) the next month's when it is past
      const dir = direction(ctx.text, m.index);
      const past = d <= ctx.ref.d ? isoDay(ctx.ref.y, ctx.ref.m, d) : isoDay(ctx.ref.y, ctx.ref.m - 1, d);
      const future = d >= ctx.ref.d ? isoDay(ctx.ref.y, ctx.ref.m, d) : isoDay(ctx.ref.y, ctx.ref.m + 1, d);
      if (dir === 'past' && lastUncued && future !== past) ctx.alts.push(future);
      return { ...span, value: dir === 'future' ? future : past };
    },
  },
  {
    // Friday, last Monday, next Tuesday, this Friday (the most recent one unless "next"/future)
    name: 'weekday',
    pattern: new RegExp(`\\b(?:(last|next|this|past|coming|upcoming|previous|following)${SP})?(${WEEKDAY})(?:,?${SP}(?:the${SP})?((?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d:.,/]\\d|[\\w:%]|[ \\t]?(?:[ap]\\.?m\\b|o['’]?clock)|[ \\t]*[-–][ \\t]*\\d{1,2}(?::\\d{2})?[ \\t]*[ap]\\.?m)))?(?![\\w'’])`, 'gi'),
    extract(m, ctx) {
      const word = m[2];
      const w = word.toLowerCase().replace(/\.$/, '');
      if (w.length <= 3 && !m[1] && !/^[A-Z]/.test(word)) return null;
      if ((w === 'sun' || w === 'sat' || w === 'wed' || w === 'mon') && !m[1] && !(m[3] && /^[A-Z]/.test(word)) && !/^(?:on|by|from|until|since|before|after)[ \t]$/i.test(ctx.text.slice(Math.max(0, m.index - 7), m.index).trim() + ' ')) return null;
      if (!ctx.ref) return null;
      const target = weekdayOf(word);
      const today = toDate(ctx.ref.y, ctx.ref.m, ctx.ref.d).getUTCDay();
      const mod = m[1]?.toLowerCase();
      let delta: number;
      if (m[3] && !mod) {
        // "Thu 14th", "Tuesday the 19th": the most recent (or next) month whose day-of-month falls on that weekday
        const day = parseInt(m[3], 10);
        const future = direction(ctx.text, m.index) === 'future';
        const uncued = lastUncued;
        const find = (fut: boolean): string | null => {
          for (let k = 0; k < 28; k++) {
            const off = fut ? k : -k;
            const dt = toDate(ctx.ref!.y, ctx.ref!.m + off, day);
            if (dt.getUTCDate() !== day || dt.getUTCDay() !== target) continue;
            const cmp = dt.getTime() - toDate(ctx.ref!.y, ctx.ref!.m, ctx.ref!.d).getTime();
            if (fut ? cmp < 0 : cmp > 0) continue;
            return iso(dt);
          }
          return null;
        };
        const v = find(future);
        if (v === null) return null;
        if (!future && uncued) {
          const f = find(true);
          if (f && f !== v) ctx.alts.push(f);
        }
        return { start: m.index, end: m.index + m[0].length, value: v };
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
        if (dir === 'past' && lastUncued) ctx.alts.push(addDays(ctx.ref, ((target - today + 7) % 7) || 7));
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
  const wordStart = Math.max(0, start - 40) + m.index + m[0].toLowerCase().indexOf(m[1].toLowerCase());
  const before = text.slice(Math.max(0, wordStart - 50), wordStart);
  // "up 18% from 2024", "rose 0.4% from September", "unchanged from the previous quarter": a comparison
  if (word === 'from' && CHANGE_FROM_RE.test(before)) return null;
  // "is expected to become effective in the fourth quarter": when it takes effect, not a start
  if (word === 'effective' && /\bbec(?:ome|omes|ame|oming)[ \t]{1,2}$/i.test(before)) return null;
  return RELATION_VALUE.get(word) ?? null;
}

/** A change or comparison word, then at most four words ("up 18%", "rose 0.4%", "unchanged"), before "from". */
const CHANGE_FROM_RE = new RegExp(`\\b(?:${alt(CHANGE_WORDS, (w) => w)}|unchanged|different|compared|down|up)\\b(?:[ \\t]{1,2}[^\\s.;]+){0,4}[ \\t]{1,2}$|[0-9.]+[ \\t]?(?:%|per[ \\t]?cent|percent|pct)[ \\t]{1,2}$`, 'i');

/**
 * "since it was founded in 2021", "had held them since the listing in 2011": the date of the event
 * a "since" names (a few words, no comma, no other number between) starts the period.
 */
const SINCE_EVENT_RE = /\bsince[ \t]{1,2}(?:[^\s,.;:!?\d]+[ \t]{1,2}){1,6}?(?:in|on)[ \t]{1,2}(?:the[ \t]{1,2})?$/i;
function sinceEvent(text: string, start: number): Relation {
  return SINCE_EVENT_RE.test(text.slice(Math.max(0, start - 70), start)) ? 'since' : null;
}

/** A date as `scanDates` reports it: the record's mention plus the other readings the text admits. */
export interface DateFinding extends DateMention {
  /**
   * Other readings, most likely first: the future reading of a bare month, day or weekday when no
   * word or tense picks one (the record keeps the news reading, the most recent one), and the pm
   * reading of an hour written without am/pm ("at 5").
   */
  alternatives: Reading[];
}

const ALL_RULES: DateRule[] = [...DATE_RULES, ...CLOCK_RULES];

/** All dates in `text` with their alternative readings, sorted by start, without overlaps. */
export function scanDates(text: string, opts: FindDatesOptions): DateFinding[] {
  if (!opts || typeof opts !== 'object') throw new TypeError(`findDates: opts must be { referenceDate: string | null }, got ${JSON.stringify(opts)}`);
  const ctx: Ctx = { text, ref: parseRef(opts.referenceDate), alts: [] };
  const found: Candidate[] = [];
  for (const rule of ALL_RULES) {
    rule.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.pattern.exec(text))) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      ctx.inferred = false;
      ctx.alts = [];
      const r = rule.extract(m, ctx);
      const list = r === null ? [] : Array.isArray(r) ? r : [r];
      for (const c of list) {
        if (c.end <= c.start || (c.value === '' && !c.clock && !c.part)) continue;
        // a range rule's two ends share the year: the alternative year of the first is the second's too
        const alts = list.length === 1 ? ctx.alts : ctx.alts.map((a) => (/^\d{4}/.test(c.value) ? `${a.slice(0, 4)}${c.value.slice(4)}` : a));
        found.push({ ...c, rule: rule.name, inferred: ctx.inferred, alts: [...(c.alts ?? []), ...alts] });
      }
    }
  }
  const kept = forDaysPass(text, weekOfPass(text, joinClock(text, removeOverlaps(found), ctx)));
  const out: DateFinding[] = kept.map((c) => {
    const range = c.range !== undefined ? c.range : rangeOf(c.value, c.mod);
    const alts = (c.alts ?? []).filter((v) => v !== c.value);
    return {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      value: c.value,
      relation: c.relation ?? relationBefore(text, c.start) ?? sinceEvent(text, c.start),
      range,
      rule: c.rule,
      alternatives: alts.map((v, i) => ({ value: v, range: c.altRanges?.[i] !== undefined ? c.altRanges[i]! : c.range != null && !c.altRanges ? null : rangeOf(v, c.mod) })),
    };
  });
  return markRanges(text, out, kept.map((c) => !!c.inferred));
}

/** All dates in `text`, sorted by start, without overlaps (the record's form of `scanDates`). */
export function findDates(text: string, opts: FindDatesOptions): DateMention[] {
  return scanDates(text, opts).map(({ alternatives: _a, ...d }) => d);
}

const FOR_AFTER_RE = new RegExp(`^,?[ \\t]{1,2}for[ \\t]{1,2}(\\d{1,3}|a|an|one|${NUM_WORD})[ \\t]{1,2}(day|week)s?\\b`, 'i');
const FOR_BEFORE_RE = new RegExp(`\\bfor[ \\t]{1,2}(\\d{1,3}|a|an|one|${NUM_WORD})[ \\t]{1,2}(day|week)s?,?[ \\t]{1,2}(?:starting[ \\t]{1,2})?(?:(?:from|on)[ \\t]{1,2})?$`, 'i');
/** "18th Dec for 10 days", "for 3 days starting from next Monday": a span of days from that day. */
function forDaysPass(text: string, list: Candidate[]): Candidate[] {
  for (const c of list) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(c.value) || c.range) continue;
    const after = FOR_AFTER_RE.exec(text.slice(c.end, c.end + 30));
    const before = after ? null : FOR_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 40), c.start));
    const w = after ?? before;
    if (!w) continue;
    const nRaw = w[1].toLowerCase();
    const n = (/^\d+$/.test(nRaw) ? +nRaw : /^(?:a|an|one)$/.test(nRaw) ? 1 : UNITS[nRaw]) * (w[2].toLowerCase() === 'week' ? 7 : 1);
    if (!(n >= 1)) continue;
    const span = (v: string) => ({ start: v, end: addDays({ y: +v.slice(0, 4), m: +v.slice(5, 7), d: +v.slice(8, 10) }, n - 1) });
    if (after) c.end += after[0].length;
    else c.start -= before![0].length;
    c.rule += '+for-days';
    c.range = span(c.value);
    c.altRanges = (c.alts ?? []).map(span);
  }
  return list;
}

const WEEK_OF_RE = /\b(?:the[ \t]{1,2})?week[ \t]{1,2}(?:of|starting(?:[ \t]{1,2}on)?|commencing|beginning)[ \t]{1,2}$/i;
/** "the week of April 10th", "the week starting on February 4": the week from that day. */
function weekOfPass(text: string, list: Candidate[]): Candidate[] {
  for (const c of list) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(c.value) || c.range) continue;
    const w = WEEK_OF_RE.exec(text.slice(Math.max(0, c.start - 30), c.start));
    if (!w) continue;
    const toWeek = (v: string) => ({ start: v, end: addDays({ y: +v.slice(0, 4), m: +v.slice(5, 7), d: +v.slice(8, 10) }, 6) });
    c.start -= w[0].length;
    c.rule += '+week-of';
    c.range = toWeek(c.value);
    c.altRanges = (c.alts ?? []).map(toWeek);
  }
  return list;
}

const RANGE_GAP_RE = /^[ \t]{0,2}(?:-|–|—|~|to|and|through|thru|until|till)[ \t]{0,2}$/i;
const BETWEEN_BEFORE_RE = /\bbetween[ \t]{1,2}(?:the[ \t]{1,2})?$/i;

/**
 * "from 2014 to 2018", "between March and May", "2014-2018": the first date gets relation "from",
 * the second "until" (a range is the pair; the record has no separate range type).
 */
function markRanges<T extends DateMention>(text: string, list: T[], inferred: boolean[]): T[] {
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
