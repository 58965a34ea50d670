/**
 * Small context readers shared by the money and percent rules: the qualifier before an amount,
 * the separator of a range, and whether a number may start where it does.
 * Left-context regexes run on a short window ending at the position, so they cost O(window).
 */
import type { Qualifier } from '../../schema/index.js';
import { CHANGE_WORDS, QUALIFIERS, alt } from './lexicon.js';

const WINDOW = 40;

const QUALIFIER_BEFORE_RE = new RegExp(`(?:^|[^\\w])((?:${alt(Object.keys(QUALIFIERS))})[ \\t\\u00a0]{1,2})$`, 'i');
const QUALIFIER_VALUE = new Map(Object.entries(QUALIFIERS).map(([k, v]) => [k.replace(/\s+/g, ' '), v]));

/** The qualifier phrase ending at `pos` ("more than "), with where it starts. */
export function qualifierBefore(text: string, pos: number): { start: number; qualifier: Exclude<Qualifier, null> } | null {
  const win = text.slice(Math.max(0, pos - WINDOW), pos);
  const m = QUALIFIER_BEFORE_RE.exec(win);
  if (!m) return null;
  const q = QUALIFIER_VALUE.get(m[1].trim().toLowerCase().replace(/\s+/g, ' '));
  if (!q) return null;
  return { start: pos - m[1].length, qualifier: q };
}

const RANGE_LEAD_RE = /(?:^|[^\w])((between|from)[ \t]{1,2})$/i;
const CHANGE_BEFORE_RE = new RegExp(`\\b(?:${alt(CHANGE_WORDS, (w) => w)})\\b(?:[ \\t]{1,2}[\\w'’]+){0,3}[ \\t]{1,2}$`, 'i');

/** "between " / "from " ending at `pos`; "from" counts only when no change verb precedes it. */
export function rangeLead(text: string, pos: number): { start: number; word: 'between' | 'from' } | null {
  const win = text.slice(Math.max(0, pos - 16), pos);
  const m = RANGE_LEAD_RE.exec(win);
  if (!m) return null;
  const word = m[2].toLowerCase() as 'between' | 'from';
  const start = pos - m[1].length;
  if (word === 'from' && CHANGE_BEFORE_RE.test(text.slice(Math.max(0, start - 60), start))) return null;
  return { start, word };
}

/** A change verb up to three words before `pos` ("rose 5% to", "cut its forecast $5 to"): a change, not a range. */
export function changeBefore(text: string, pos: number): boolean {
  return CHANGE_BEFORE_RE.test(text.slice(Math.max(0, pos - 60), pos).replace(/(\d)[.,](?=\d)/g, '$1').replace(/%/g, ''));
}

const RANGE_SEP_RE = /[ \t]{0,2}(?:-|–|—|to|and)[ \t]{0,2}/iy;

/** A range separator at `pos`: "-", "–", " to ", " and " ("and" only after "between"). */
export function rangeSep(text: string, pos: number, lead: 'between' | 'from' | null): number | null {
  RANGE_SEP_RE.lastIndex = pos;
  const m = RANGE_SEP_RE.exec(text);
  if (!m) return null;
  const word = m[0].trim().toLowerCase();
  if (word === 'and' && lead !== 'between') return null;
  if ((word === 'to' || word === 'and') && !/^\s.*\s$/.test(m[0])) return null;
  return pos + m[0].length;
}

/**
 * Whether a number may start at `pos`: not inside another number, a URL or an identifier.
 * A letter right before is allowed only when `letterOk` (a currency code such as "USD50").
 */
export function numberMayStart(text: string, pos: number, letterOk: boolean): boolean {
  if (pos === 0) return true;
  const prev = text.charCodeAt(pos - 1);
  const ch = text[pos - 1];
  if (prev >= 48 && prev <= 57) return false;
  if (ch === '.' || ch === ',') return !(pos >= 2 && /\d/.test(text[pos - 2]));
  if (/[%=&#/@_\\]/.test(ch)) return false;
  if (/[A-Za-z]/.test(ch)) return letterOk;
  return true;
}
