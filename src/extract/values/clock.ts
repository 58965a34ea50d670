/**
 * Times of day. Two rule kinds find the spans ("5pm", "3:30", "half past three pm", "noon"; "this
 * morning", "tonight", "in the afternoon"); `joinClock` then joins each to the day next to it
 * ("tomorrow at 5pm", "at 9am on Saturday", "Monday morning", "8 tonight") and resolves it:
 *   - a day with a time -> "2026-11-07T17:00" (seconds when written: "T17:00:30");
 *   - a day with a part of the day -> the day, with the part as its range (18:00..23:59 for evening);
 *   - a time alone -> on the reference day, the next day as the alternative reading when the
 *     reference time is later; dropped unless the reference has a time of day;
 *   - an hour without am/pm and without a part of the day ("at 5") keeps its written hour, and its
 *     pm reading is the alternative; "at 5" alone (no day) is not a date at all.
 */
import { isoDay } from './calendar.js';
import type { Candidate, Ctx, DateRule, Ref } from './dates.js';
import { UNITS } from './lexicon.js';

export interface ClockInfo {
  h: number;
  mi: number;
  s: number | null;
  /** Written am/pm, or null when the hour is ambiguous. */
  ampm: 'am' | 'pm' | null;
  /** Only a bare number after "at"/"@": a time only when joined to a day or a part of the day. */
  weak: boolean;
}

export interface PartInfo {
  /** Inclusive minutes of the day covered. */
  from: number;
  to: number;
  ampm: 'am' | 'pm';
  /** The day the part belongs to ("this morning", "tomorrow evening"), or null ("in the morning"). */
  day: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const HOUR_WORDS: Record<string, number> = Object.fromEntries(Object.entries(UNITS).filter(([, v]) => v >= 1 && v <= 12));
const HOUR_WORD = `(?:${Object.keys(HOUR_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const MINUTE_WORD = `(?:${Object.keys(UNITS).filter((w) => UNITS[w] >= 1 && UNITS[w] <= 59).sort((a, b) => b.length - a.length).join('|')}|twenty|thirty|forty|fifty)`;
/** am/pm; a bare "a"/"p" only right after minutes ("3:18a"), never after an hour ("5p" is pence). */
const AMPM = `(?:[ \\t]?(?:[ap]\\.[ \\t]?m\\.?|[ap]m\\b))`;
const AMPM_SHORT = `(?:[ \\t]?(?:[ap]\\.[ \\t]?m\\.?|[ap]m\\b)|[ap](?![\\w]))`;

function ampmOf(s: string | undefined): 'am' | 'pm' | null {
  if (!s) return null;
  return /p/i.test(s) ? 'pm' : 'am';
}
const minuteWord = (s: string): number => {
  const w = s.toLowerCase();
  return /^\d+$/.test(w) ? +w : { twenty: 20, thirty: 30, forty: 40, fifty: 50 }[w] ?? UNITS[w] ?? NaN;
};

/** What a part-of-day word covers (Duckling's conventions), and the half of the day it implies. */
const PARTS: Record<string, [number, number, 'am' | 'pm']> = {
  morning: [0, 11 * 60 + 59, 'am'],
  afternoon: [12 * 60, 18 * 60 + 59, 'pm'],
  evening: [18 * 60, 23 * 60 + 59, 'pm'],
  night: [18 * 60, 23 * 60 + 59, 'pm'],
  tonight: [18 * 60, 23 * 60 + 59, 'pm'],
  tonite: [18 * 60, 23 * 60 + 59, 'pm'],
  lunch: [12 * 60, 13 * 60 + 59, 'pm'],
  lunchtime: [12 * 60, 13 * 60 + 59, 'pm'],
};

export const CLOCK_RULES: DateRule[] = [
  {
    // 15:15, 3:30pm, 9:01:10 AM, 8.30 pm, 3pm, 3 p.m., 15h, 3h18, noon, midnight
    name: 'clock',
    pattern: new RegExp(
      `(?<![\\w:.,/$€£-])(?:(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(${AMPM_SHORT})?|(\\d{1,2})(?:\\.(\\d{2}))?(?:ish)?(${AMPM})|(?<!\\b(?:in|within|for|over|last|next|past|every|after)[ \\t]{1,2})(\\d{1,2})h(\\d{2})?|(${HOUR_WORD})(?:[ \\t]o['’]?clock|[ \\t]oclock)?(${AMPM})|(${HOUR_WORD}|\\d{1,2})[ \\t]o['’]?clock(${AMPM})?|(noon|midday|midnight))(?:[ \\t]?ish)?(?![\\w:%$€£]|[.,]\\d)`,
      'gi',
    ),
    extract(m) {
      let h: number;
      let mi = 0;
      let s: number | null = null;
      let ampm: 'am' | 'pm' | null = null;
      if (m[1] !== undefined) {
        h = +m[1];
        mi = +m[2];
        s = m[3] !== undefined ? +m[3] : null;
        ampm = ampmOf(m[4]);
      } else if (m[5] !== undefined) {
        h = +m[5];
        mi = m[6] !== undefined ? +m[6] : 0;
        ampm = ampmOf(m[7]);
      } else if (m[8] !== undefined) {
        h = +m[8];
        mi = m[9] !== undefined ? +m[9] : 0;
      } else if (m[10] !== undefined) {
        h = HOUR_WORDS[m[10].toLowerCase()];
        ampm = ampmOf(m[11]);
      } else if (m[12] !== undefined) {
        h = /^\d+$/.test(m[12]) ? +m[12] : HOUR_WORDS[m[12].toLowerCase()];
        ampm = ampmOf(m[13]);
      } else {
        const w = m[14].toLowerCase();
        h = w === 'midnight' ? 0 : 12;
        ampm = w === 'midnight' ? 'am' : 'pm';
      }
      if (!(h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && (s === null || s <= 59))) return null;
      if (ampm && (h < 1 || h > 12)) return null;
      return { start: m.index, end: m.index + m[0].length, value: '', clock: { h, mi, s, ampm, weak: false } };
    },
  },
  {
    // half past three pm, a quarter past noon, 20 minutes past 3pm, twenty after 3pm, quarter to 5
    name: 'clock-past',
    pattern: new RegExp(
      `(?<![:\\d.])\\b(?:(?:a[ \\t]+)?(quarter|half)|(\\d{1,2}|${MINUTE_WORD})(?:[ \\t]+min(?:ute)?s?)?)[ \\t]+(past|after|to|till|before)[ \\t]+(\\d{1,2}|${HOUR_WORD}|noon|midnight)h?(${AMPM})?(?![\\w:%])`,
      'gi',
    ),
    extract(m) {
      const mins = m[1] ? (m[1].toLowerCase() === 'half' ? 30 : 15) : minuteWord(m[2]);
      const hw = m[4].toLowerCase();
      let h = hw === 'noon' ? 12 : hw === 'midnight' ? 0 : /^\d+$/.test(hw) ? +hw : HOUR_WORDS[hw];
      let ampm = ampmOf(m[5]) ?? (hw === 'noon' ? 'pm' : hw === 'midnight' ? 'am' : null);
      if (!(mins >= 1 && mins <= 59) || !(h >= 0 && h <= 23)) return null;
      // "13 to 15" is a range of numbers; "twenty after three" is too unsure without am/pm or noon
      if (ampm === null && !/past/i.test(m[3]) && !m[1] && !/min/i.test(m[0])) return null;
      const weak = false;
      let total = h * 60 + (/past|after/i.test(m[3]) ? mins : -mins);
      if (total < 0) total += 24 * 60;
      h = Math.floor(total / 60);
      if (ampm === 'pm' && h === 12 && hw !== 'noon') ampm = 'pm';
      return { start: m.index, end: m.index + m[0].length, value: '', clock: { h, mi: total % 60, s: null, ampm: hw === 'noon' || hw === 'midnight' ? null : ampm, weak } };
    },
  },
  {
    // 3-8pm, 10am-12pm, 9:30 - 11:00am: two times, a range (the am/pm of the second is shared)
    name: 'clock-range',
    pattern: new RegExp(`(?<![\\w:.,/$€£-])(\\d{1,2})(?::(\\d{2}))?(${AMPM})?([ \\t]*(?:-|–|to)[ \\t]*)(\\d{1,2})(?::(\\d{2}))?(${AMPM})(?![\\w:%$€£]|[.,]\\d)`, 'gi'),
    extract(m) {
      const h1 = +m[1];
      const h2 = +m[5];
      if (!(h1 <= 23 && h2 >= 1 && h2 <= 12)) return null;
      let a2 = ampmOf(m[7]);
      // "10am-12am": an end at 12 "am" before the start is noon
      if (h2 === 12 && a2 === 'am' && ampmOf(m[3]) === 'am' && h1 < 12) a2 = 'pm';
      const a1 = ampmOf(m[3]) ?? (h1 <= h2 && h1 !== 12 ? a2 : a2 === 'pm' ? 'am' : 'pm');
      const firstEnd = m.index + m[1].length + (m[2] !== undefined ? m[2].length + 1 : 0) + (m[3]?.length ?? 0);
      const secondStart = firstEnd + m[4].length;
      return [
        { start: m.index, end: firstEnd, value: '', clock: { h: h1, mi: m[2] !== undefined ? +m[2] : 0, s: null, ampm: h1 > 12 ? null : a1, weak: false } },
        { start: secondStart, end: m.index + m[0].length, value: '', clock: { h: h2, mi: m[6] !== undefined ? +m[6] : 0, s: null, ampm: a2, weak: false } },
      ];
    },
  },
  {
    // "at 5", "@ 3", "at three", "between 7 and 9:30": an hour that is a time only beside a day, a
    // part of the day or another time
    name: 'clock-weak',
    pattern: new RegExp(`(?:(?<=(?:\\b(?:at|around)|@)[ \\t]{0,2})(?<![\\w])(\\d{1,2}|${HOUR_WORD}|(?:[01]?\\d|2[0-3])[0-5]\\d(?=(?:ish)?[ \\t]+(?:in[ \\t]the[ \\t](?:morning|afternoon|evening)|tonight)|ish\\b))(?:ish)?|(?<=\\b(?:from|between|and|to|till|until)[ \\t]{1,2})(\\d{1,2})|\\b(\\d{1,2})(?=[ \\t]{1,2}(?:tonight|tonite|in[ \\t]the[ \\t](?:morning|afternoon|evening)|this[ \\t](?:morning|afternoon|evening)|tomorrow[ \\t](?:morning|afternoon|evening|night))))(?![\\w%$€£:/]|[.,]\\d|[ \\t]*(?:%|percent|per|a[ \\t]share|cents?|million|billion|mln|bln|bn|times|years?|days?|weeks?|months?))`, 'gi'),
    extract(m) {
      const w = m[1] ?? m[2] ?? m[3];
      // "730 in the evening", "150ish": hours and minutes written without a colon
      const [h, mi] = /^\d{3,4}$/.test(w) ? [Math.floor(+w / 100), +w % 100] : [/^\d+$/.test(w) ? +w : HOUR_WORDS[w.toLowerCase()], 0];
      if (!(h >= 0 && h <= 23)) return null;
      return { start: m.index, end: m.index + m[0].length, value: '', clock: { h, mi, s: null, ampm: null, weak: true } };
    },
  },
  {
    // this morning, tomorrow evening, tonight, late tonight, in the afternoon, at lunch
    name: 'part-of-day',
    pattern: /\b(?:(this|tomorrow|yesterday|today|last)[ \t]+(?!lunch))?(?:(early|late)[ \t]+)?(?:in[ \t]+the[ \t]+)?(morning|afternoon|evening|night|lunch(?:time)?|tonight|tonite)(?:ish)?\b/gi,
    extract(m, ctx) {
      const word = m[3].toLowerCase();
      const p = PARTS[word];
      if (!p) return null;
      const dayWord = m[1]?.toLowerCase() ?? (word === 'tonight' || word === 'tonite' ? 'today' : null);
      // "night" alone, "the morning" alone: no day, so only a qualifier of a neighbouring date
      let [from, to] = [p[0], p[1]];
      if (m[2]?.toLowerCase() === 'late') from = Math.max(from, to - 3 * 60 + 1);
      if (m[2]?.toLowerCase() === 'early') to = Math.min(to, from + 9 * 60 - 1);
      let day: string | null = null;
      if (dayWord) {
        if (!ctx.ref) return null;
        // "last night" is yesterday's; "last morning" likewise
        const n = dayWord === 'tomorrow' ? 1 : dayWord === 'yesterday' || dayWord === 'last' ? -1 : 0;
        day = isoDay(ctx.ref.y, ctx.ref.m, ctx.ref.d + n);
      }
      return { start: m.index, end: m.index + m[0].length, value: day ?? '', part: { from, to, ampm: p[2], day } };
    },
  },
];

const hm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** Hour on the 24-hour clock, given am/pm (written, or implied by a part of the day). */
function hour24(h: number, ampm: 'am' | 'pm' | null): number {
  if (ampm === 'pm' && h < 12) return h + 12;
  if (ampm === 'am' && h === 12) return 0;
  return h;
}

function stamp(day: string, h: number, mi: number, s: number | null): string {
  return `${day}T${pad(h)}:${pad(mi)}${s === null ? '' : `:${pad(s)}`}`;
}

/** The readings of a time on a day: [primary, ...alternatives]. */
function clockValues(day: string, c: ClockInfo, partAmpm: 'am' | 'pm' | null): string[] {
  const ampm = c.ampm ?? partAmpm;
  const h = hour24(c.h, ampm);
  const out = [stamp(day, h, c.mi, c.s)];
  if (ampm === null && c.h >= 1 && c.h <= 12) out.push(stamp(day, c.h === 12 ? 0 : c.h + 12, c.mi, c.s));
  return out;
}

const isDay = (c: Candidate) => !c.clock && !c.part && /^\d{4}-\d{2}-\d{2}$/.test(c.value) && !c.range;
const DAY_THEN_CLOCK = /^[ \t]*(?:,[ \t]*)?(?:(?:at|@|around|about|by|from|for|before|after|until|till|since)[ \t]+)?(?:(?:about|around)[ \t]+)?$/i;
/** The word between a day and its time that bounds the pair ("tomorrow before 5pm"). */
const INNER_RELATION: Record<string, Candidate['relation']> = { before: 'before', by: 'by', after: 'after', until: 'until', till: 'until', since: 'since' };
const innerRelation = (gap: string) => INNER_RELATION[(/\b(before|by|after|until|till|since)\b/i.exec(gap)?.[1] ?? '').toLowerCase()];
const CLOCK_THEN_DAY = /^[ \t]*(?:,[ \t]*)?(?:on[ \t]+|of[ \t]+)?$/i;
const DAY_THEN_PART = /^[ \t]*(?:,[ \t]*)?(?:in[ \t]+the[ \t]+|in[ \t]+)?$/i;
const PART_THEN_DAY = /^[ \t]+(?:of|on)[ \t]+(?:the[ \t]+)?$/i;
const PART_THEN_CLOCK = /^[ \t]*(?:,[ \t]*)?(?:at|@|around|about|from|by|before|after|until)?[ \t]*(?:(?:at|about|around)[ \t]+)?$/i;
const TIME_RANGE_GAP = /^[ \t]*(?:-|–|to|till|until|untill|and|through|thru)[ \t]*$/i;
const CLOCK_THEN_PART = /^[ \t]*(?:,[ \t]*)?(?:in[ \t]+the[ \t]+|in[ \t]+)?$/i;

function merge(a: Candidate, b: Candidate, patch: Partial<Candidate>): Candidate {
  return { ...a, ...patch, start: a.start, end: b.end, rule: `${a.rule}+${b.rule}` };
}

/**
 * Joins times and parts of the day to their days (candidates sorted, without overlaps), then
 * resolves what is left; times and parts with no day are dropped.
 */
export function joinClock(text: string, list: Candidate[], ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    if (prev && (c.clock || c.part || prev.clock || prev.part)) {
      const gap = text.slice(prev.end, c.start);
      let joined: Candidate | null = null;
      if (isDay(prev) && c.clock && DAY_THEN_CLOCK.test(gap)) joined = merge(prev, c, { clock: c.clock, part: undefined, dayOf: prev.value, relation: innerRelation(gap) } as Partial<Candidate>);
      else if (prev.clock && !(prev as Joined).dayOf && isDay(c) && CLOCK_THEN_DAY.test(gap)) joined = merge(prev, c, { value: c.value, dayOf: c.value, alts: c.alts } as Partial<Candidate>);
      else if (isDay(prev) && c.part && !c.part.day && DAY_THEN_PART.test(gap)) joined = merge(prev, c, { part: { ...c.part, day: prev.value } });
      else if (prev.part && !prev.part.day && isDay(c) && PART_THEN_DAY.test(gap)) joined = merge(prev, c, { value: c.value, part: { ...prev.part, day: c.value }, alts: c.alts });
      else if (prev.part && !prev.clock && c.clock && PART_THEN_CLOCK.test(gap)) joined = merge(prev, c, { clock: c.clock, dayOf: prev.part.day ?? undefined, relation: innerRelation(gap) } as Partial<Candidate>);
      else if (prev.clock && !prev.part && c.part && CLOCK_THEN_PART.test(gap)) {
        const day = (prev as Joined).dayOf ?? c.part.day;
        joined = merge(prev, c, { part: c.part, dayOf: day ?? undefined } as Partial<Candidate>);
      } else if (prev.clock && !(prev as Joined).dayOf && c.part?.day && CLOCK_THEN_PART.test(gap)) {
        joined = merge(prev, c, { part: c.part, dayOf: c.part.day } as Partial<Candidate>);
      }
      if (joined) {
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(c);
  }
  // "9:30 - 11:00 on Thursday", "Thursday from 9:30 to 11:00", "3:30 to 6 PM": the two ends of a
  // range of times share the day, the part of the day and the am/pm written on one of them
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i] as Joined;
    const b = out[i + 1] as Joined;
    if (!a.clock || !b.clock || !TIME_RANGE_GAP.test(text.slice(a.end, b.start))) continue;
    const day = a.dayOf ?? b.dayOf;
    if (day) {
      const alts = a.dayOf ? a.alts : b.alts;
      a.dayOf = b.dayOf = day;
      a.alts = b.alts = alts;
    }
    const part = a.part ?? b.part;
    if (part && !a.part) a.part = { ...part, day: part.day };
    if (part && !b.part) b.part = { ...part, day: part.day };
    if (!a.clock.ampm && b.clock.ampm && a.clock.h <= b.clock.h) a.clock = { ...a.clock, ampm: b.clock.ampm, weak: false };
    // "from 10:30 to 3": an end hour before the start hour is in the afternoon
    if (!b.clock.ampm && !b.part && b.clock.h < a.clock.h && b.clock.h < 12 && (a.clock.ampm !== 'pm')) b.clock = { ...b.clock, ampm: 'pm' };
    // a bare number is a time only beside a real one ("between 7 and 9:30"), not in "from 5 to 7"
    if (!a.clock.weak || !b.clock.weak) {
      a.clock = { ...a.clock, weak: false };
      b.clock = { ...b.clock, weak: false };
    }
  }
  const resolved: Candidate[] = [];
  for (const c of out as Joined[]) {
    if (!c.clock && !c.part) {
      resolved.push(c);
      continue;
    }
    const day = c.dayOf ?? c.part?.day ?? (isoLike(c.value) ? c.value : null);
    if (c.clock) {
      if (c.clock.weak && !c.part && !c.dayOf) continue;
      let base = day;
      let next: string | null = null;
      if (!base) {
        // A time alone ("3pm") is resolved only against a reference instant: with a publication date
        // but no time of day, a byline's "6:00 AM" or "every weekday at 6 a.m." is not a date
        if (!ctx.ref || ctx.ref.minutes === null) continue;
        base = isoDay(ctx.ref.y, ctx.ref.m, ctx.ref.d);
        next = laterThan(ctx.ref, c.clock) ? null : isoDay(ctx.ref.y, ctx.ref.m, ctx.ref.d + 1);
      }
      const vals = clockValues(base, c.clock, c.part?.ampm ?? null);
      const dayAlts = (c.alts ?? []).filter((a) => /^\d{4}-\d{2}-\d{2}$/.test(a));
      const alts = [...vals.slice(1), ...(next ? clockValues(next, c.clock, c.part?.ampm ?? null) : []), ...dayAlts.flatMap((d) => clockValues(d, c.clock!, c.part?.ampm ?? null))];
      resolved.push(strip({ ...c, value: vals[0], range: null, alts, altRanges: undefined }));
      continue;
    }
    if (!day || !c.part) continue;
    const part = c.part;
    const rangeOn = (d: string) => ({ start: `${d}T${hm(part.from)}`, end: `${d}T${hm(part.to)}` });
    const dayAlts = (c.alts ?? []).filter((a) => /^\d{4}-\d{2}-\d{2}$/.test(a));
    resolved.push(strip({ ...c, value: day, range: rangeOn(day), alts: dayAlts, altRanges: dayAlts.map(rangeOn) }));
  }
  return resolved;
}

interface Joined extends Candidate {
  dayOf?: string;
}
const isoLike = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** True when the time is at or after the reference time (or the reference has no time). */
function laterThan(ref: Ref, c: ClockInfo): boolean {
  if (ref.minutes === null) return true;
  const h = hour24(c.h, c.ampm);
  return h * 60 + c.mi >= ref.minutes;
}

function strip(c: Joined): Candidate {
  const { clock: _c, part: _p, dayOf: _d, ...rest } = c;
  return rest;
}
