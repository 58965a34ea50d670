/**
 * Publication dates: parse the forms pages use (ISO 8601, RFC 2822, "March 3, 1987",
 * "3 March 1987", "2019/11/19", "20191119") into an ISO date or date-time, and find dates in URLs
 * and in a text's dateline or byline. A date without a year is never completed: it gives null.
 */

/** Month names and abbreviations (English), longest first where prefixes overlap. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const MONTH_RE = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';

/** "March 3, 1987", "Mar. 3 1987", "March 3rd, 1987" */
const MDY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'i');
/** "3 March 1987", "3rd of March, 1987" */
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE},?\\s+((?:19|20)\\d\\d)\\b`, 'i');

const pad = (n: number): string => String(n).padStart(2, '0');

function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const ymd = (y: number, m: number, d: number): string | null => (validYmd(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null);

/** A date written in prose ("March 3, 1987", "3 March 1987") anywhere in s, or null. */
export function findProseDate(s: string): string | null {
  let m = MDY.exec(s);
  if (m) return ymd(Number(m[3]), MONTHS[m[1].toLowerCase()], Number(m[2]));
  m = DMY.exec(s);
  if (m) return ymd(Number(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1]));
  return null;
}

/**
 * Parse a machine- or human-written date into ISO: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM[:SS[.fff]]"
 * followed by "Z" or an offset when the input had one. Null when it is not a date.
 */
export function parseDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input.trim();
  if (!s) return null;
  // ISO 8601 (also with a space instead of T, and offsets without a colon)
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(s);
  if (m) {
    const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!date) return null;
    if (m[4] === undefined) return date;
    const hh = Number(m[4]);
    const mi = Number(m[5]);
    if (hh > 23 || mi > 59) return date;
    let out = `${date}T${pad(hh)}:${m[5]}`;
    if (m[6] !== undefined) out += `:${m[6]}${m[7] ?? ''}`;
    if (m[8]) out += m[8].toUpperCase() === 'Z' ? 'Z' : m[8].length === 5 ? `${m[8].slice(0, 3)}:${m[8].slice(3)}` : m[8];
    return out;
  }
  // 2019/11/19, 2019.11.19
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  // 20191119 (parsely, some CMSs)
  m = /^((?:19|20)\d\d)(\d\d)(\d\d)(?:\D|$)/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  // RFC 2822 and other forms with a written month: take the calendar date as written
  const prose = findProseDate(s);
  if (prose) return prose;
  return null;
}

/** A date in a URL path ("/2019/11/19/", "/2019-11-19-", "/20191119/"), or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url; // a relative or malformed URL: read it as a path
  }
  let m = /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(path);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(?:^|[/_-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[/_.-]|$)/.exec(path);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\/((?:19|20)\d\d)(\d\d)(\d\d)\//.exec(path);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/**
 * A short line that can carry the publication date: a byline or stamp ("By Jane Doe | ...",
 * "Published ..."), or a line that is little more than a date ("Tuesday, March 3, 1987 10:43 AM").
 */
const BYLINE_LIKE = new RegExp(
  `^(by|published|posted|updated|dated?|filed)\\b|\\b(published|posted|updated)\\b|\\||^[\\p{L}]*,? ?${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}.{0,30}$|^[\\p{L}]*,? ?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+\\d{4}.{0,30}$`,
  'iu',
);

/** "NEW YORK, March 3, 1987 -", "LONDON (Reuters) 3 March 1987 -": a place in capitals, then the date. */
const DATELINE_START = /^[\p{Lu}][\p{Lu}\p{M} .,'’/-]{1,40}(\([^)]{1,30}\))?[,\s]+(?:[-–—]\s*)?/u;

/**
 * A dateline or byline date at the start of an article: a short line among the first three
 * ("By Jane Doe | March 3, 1987", "Published 3 March 1987"), or the date right after the place at
 * the start of the first paragraph ("NEW YORK, March 3, 1987 -"). A date inside the prose ("the
 * offer that ended Feb 27, 1987") is not a publication date; a dateline without a year
 * ("NEW YORK, March 2 -") gives null.
 */
export function datelineDate(text: string): string | null {
  const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean).slice(0, 3);
  for (const line of lines) {
    if (line.length <= 120 && BYLINE_LIKE.test(line)) {
      const d = findProseDate(line);
      if (d) return d;
    }
    const m = DATELINE_START.exec(line);
    if (m) {
      const rest = line.slice(m[0].length, m[0].length + 40);
      const d = new RegExp(`^(?:${MDY.source}|${DMY.source})`, 'i').test(rest) ? findProseDate(rest) : null;
      if (d) return d;
    }
  }
  return null;
}
