/**
 * Calendar arithmetic for the date rules: days via UTC (years < 100 included), ISO weeks (Monday
 * first), Easter (Gregorian computus), the n-th weekday of a month, and the inclusive bounds of a
 * period ("2026-03" -> 2026-03-01..2026-03-31). Pure functions, no I/O.
 */

export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function toDate(y: number, m: number, d: number): Date {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  return dt;
}

export function isoOf(dt: Date): string {
  return `${String(dt.getUTCFullYear()).padStart(4, '0')}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}

export function isoDay(y: number, m: number, d: number): string {
  return isoOf(toDate(y, m, d));
}

export function dayOfIso(s: string): Day {
  return { y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) };
}

/** 0 = Monday ... 6 = Sunday. */
export function weekdayIndex(y: number, m: number, d: number): number {
  return (toDate(y, m, d).getUTCDay() + 6) % 7;
}

/** The Monday of the week that holds the day. */
export function mondayOf(y: number, m: number, d: number): Day {
  const dt = toDate(y, m, d - weekdayIndex(y, m, d));
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO week label ("2026-W45") of the week that starts on the given Monday. */
export function isoWeekLabel(monday: Day): string {
  const thursday = toDate(monday.y, monday.m, monday.d + 3);
  const wy = thursday.getUTCFullYear();
  const jan4 = toDate(wy, 1, 4);
  const week1 = toDate(wy, 1, 4 - ((jan4.getUTCDay() + 6) % 7));
  const n = Math.round((toDate(monday.y, monday.m, monday.d).getTime() - week1.getTime()) / (7 * 86400000)) + 1;
  return `${String(wy).padStart(4, '0')}-W${pad(n)}`;
}

/** The Monday of ISO week `n` of week-year `y`. */
export function isoWeekMonday(y: number, n: number): Day {
  const jan4 = toDate(y, 1, 4);
  const dt = toDate(y, 1, 4 - ((jan4.getUTCDay() + 6) % 7) + 7 * (n - 1));
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Value and inclusive range of the week starting on `monday`. */
export function weekOf(monday: Day): { value: string; range: { start: string; end: string } } {
  return {
    value: isoWeekLabel(monday),
    range: { start: isoDay(monday.y, monday.m, monday.d), end: isoDay(monday.y, monday.m, monday.d + 6) },
  };
}

export function daysInMonth(y: number, m: number): number {
  return toDate(y, m + 1, 0).getUTCDate();
}

/** Easter Sunday (Gregorian), as [month, day]. */
export function easter(y: number): [number, number] {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

/** The n-th (1-based; -1 = last) weekday (0 = Monday) of a month, as a day of the month. */
export function nthWeekday(y: number, m: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = weekdayIndex(y, m, 1);
    return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
  }
  const last = daysInMonth(y, m);
  return last - ((weekdayIndex(y, m, last) - weekday + 7) % 7);
}

/**
 * Inclusive day bounds of a value: "2026" -> 2026-01-01..2026-12-31, "2026-03" -> the month,
 * "2026-Q3", "2026-H2", "2026-W45", a day; null for other shapes (partial, decade, time).
 */
export function boundsOf(v: string): { start: string; end: string } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) return { start: v, end: v };
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return { start: `${v}-01`, end: isoDay(+m[1], +m[2] + 1, 0) };
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return { start: isoDay(+m[1], (+m[2] - 1) * 3 + 1, 1), end: isoDay(+m[1], +m[2] * 3 + 1, 0) };
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return { start: isoDay(+m[1], (+m[2] - 1) * 6 + 1, 1), end: isoDay(+m[1], +m[2] * 6 + 1, 0) };
  m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) return weekOf(isoWeekMonday(+m[1], +m[2])).range;
  m = /^(\d{4})$/.exec(v);
  if (m) return { start: `${v}-01-01`, end: `${v}-12-31` };
  return null;
}
