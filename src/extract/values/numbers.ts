/**
 * Quantities: a numeral ("12,345.6", "12.2") or a written number ("thirteen", "five million",
 * "a quarter million", "one point three"), optionally followed by a scale word ("mln", "bn", "m").
 * Every regex here is sticky or bounded, so scanning 1 MB of digits or spaces stays linear.
 */
import { FRACTIONS, SCALES, UNITS, WORD_SCALES, alt } from './lexicon.js';

export interface Quantity {
  start: number;
  /** End of the number itself, before any scale word. */
  numberEnd: number;
  /** End including the scale word, if any. */
  end: number;
  /** The number without the scale. */
  number: number;
  scale: number;
  /** Written with words ("five million") rather than digits. */
  words: boolean;
  /** Number of digits before the decimal point (0 for words); used to tell years from amounts. */
  intDigits: number;
  hasDecimal: boolean;
  hasComma: boolean;
}

/** Rounds away binary noise: 12.2 * 1e6 -> 12200000. */
export function fix(x: number): number {
  return Number(x.toPrecision(12));
}

const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(WORD_SCALES), ...Object.keys(FRACTIONS), 'point', 'a', 'an', 'and'];
const WORD = `(?:${alt(NUMBER_WORDS, (w) => w)})`;

/** A numeral: grouped thousands or a plain run of digits, an optional decimal part. */
const DIGITS_RE = /(?:\d{1,3}(?:,\d{3}){1,6}(?![\d])|\d{1,15}(?!\d))(?:\.\d{1,12}(?!\d))?/y;
/** A run of number words (parsed and trimmed by `parseWords`). */
const WORDS_RE = new RegExp(`${WORD}(?:(?:[ \\t]{1,2}|-)${WORD}){0,14}(?![\\w])`, 'iy');
/** Where a written number may start: a unit, a tens word, a fraction, or "a"/"an" before a scale. */
export const WORD_START = `(?:${alt([...Object.keys(UNITS), ...Object.keys(FRACTIONS)], (w) => w)}|an?(?=[ \\t]{1,2}(?:half|quarter|hundred|thousand|million|billion|trillion|lakh|dollar|euro|pound|buck|yen|percent)\\b))(?![\\w])`;

/** Where a number may start: a digit, or a number word at a word start. One scanner shared by the
 * money and percentage extractors (each resets lastIndex before it scans). */
export const NUMBER_START_RE = new RegExp(`\\d|(?<![\\w])${WORD_START}`, 'gi');

// (Or a hyphen before a whole scale word: "$1.2-billion", as some papers write it.)
const SCALE_SPACED_RE = new RegExp(
  `(?:[ \\t]{0,2}|-(?=(?:thousand|million|billion|trillion)\\b))(?:${alt(SCALES.filter((s) => !s.attachedOnly).map((s) => s.word), (w) => w)})(?![\\w])`, 'iy');
const SCALE_ATTACHED_RE = new RegExp(`(?:${alt(SCALES.map((s) => s.word), (w) => w)})(?![\\w])`, 'iy');
const SCALE_VALUE = new Map(SCALES.map((s) => [s.word, s.value]));

/** Reads a scale word at `pos` ("mln", "bn", "m"), attached or after blanks. */
export function readScale(text: string, pos: number): { end: number; value: number } | null {
  SCALE_ATTACHED_RE.lastIndex = pos;
  let m = SCALE_ATTACHED_RE.exec(text);
  if (!m) {
    SCALE_SPACED_RE.lastIndex = pos;
    m = SCALE_SPACED_RE.exec(text);
  }
  if (!m) return null;
  const value = SCALE_VALUE.get(m[0].trim().replace(/^-/, '').toLowerCase());
  return value === undefined ? null : { end: pos + m[0].length, value };
}

/**
 * Parses number words; returns the value and how many characters of `s` form a valid number
 * ("ten and twenty" stops after "ten": "and" only joins after hundred/thousand/...).
 */
export function parseWords(s: string): { value: number; length: number } | null {
  const re = /[a-z]+/gi;
  let total = 0;
  let current = 0;
  let last: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'fraction' | 'a' | 'and' | 'point' = 'none';
  let decimals = '';
  let validEnd = 0;
  let value = 0;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(s))) {
    const w = m[0].toLowerCase();
    const end = m.index + m[0].length;
    if (last === 'point') {
      if (w in UNITS && UNITS[w] < 10) {
        decimals += String(UNITS[w]);
        value = total + current + Number(`0.${decimals}`);
        validEnd = end;
        continue;
      }
      break;
    }
    if (decimals) break;
    if (w === 'a' || w === 'an') {
      if (seen > 0 && last !== 'and') break;
      last = 'a';
      seen++;
      continue;
    }
    if (w === 'and') {
      if (last !== 'hundred' && last !== 'scale') break;
      last = 'and';
      continue;
    }
    if (w === 'point') {
      if (last === 'none' || last === 'a' || last === 'and') break;
      last = 'point';
      continue;
    }
    if (w in UNITS) {
      const u = UNITS[w];
      const isTens = u >= 20;
      if (last === 'a') break;
      if (last === 'unit' || last === 'teen' || (last === 'tens' && (isTens || u === 0 || u >= 10))) break;
      current += u;
      last = isTens ? 'tens' : u >= 10 ? 'teen' : 'unit';
    } else if (w in FRACTIONS) {
      if (last === 'unit' || last === 'teen' || last === 'tens') break;
      current += FRACTIONS[w];
      last = 'fraction';
    } else if (w === 'hundred') {
      if (current >= 100 || last === 'hundred') break;
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (w in WORD_SCALES) {
      if (last === 'scale' && current === 0) break;
      total += (current || 1) * WORD_SCALES[w];
      current = 0;
      last = 'scale';
    } else break;
    seen++;
    value = total + current;
    validEnd = end;
  }
  if (!validEnd) {
    // A lone "a"/"an" counts as one where a unit follows ("a dollar", "a percent").
    const lone = /^an?\b/i.exec(s);
    return last === 'a' && seen === 1 && lone ? { value: 1, length: lone[0].length } : null;
  }
  return { value: fix(value), length: validEnd };
}

/**
 * Reads a quantity starting exactly at `pos`: a numeral or written number, then an optional
 * scale. `allowWords` false restricts to numerals.
 */
export function readQuantity(text: string, pos: number, allowWords = true): Quantity | null {
  const c = text.charCodeAt(pos);
  let numberEnd: number;
  let number: number;
  let words = false;
  let intDigits = 0;
  let hasDecimal = false;
  let hasComma = false;
  if (c >= 48 && c <= 57) {
    DIGITS_RE.lastIndex = pos;
    const m = DIGITS_RE.exec(text);
    if (!m) return null;
    const raw = m[0];
    hasComma = raw.includes(',');
    const dot = raw.indexOf('.');
    hasDecimal = dot >= 0;
    intDigits = (dot >= 0 ? raw.slice(0, dot) : raw).replace(/,/g, '').length;
    number = Number(raw.replace(/,/g, ''));
    numberEnd = pos + raw.length;
  } else {
    if (!allowWords) return null;
    WORDS_RE.lastIndex = pos;
    const m = WORDS_RE.exec(text);
    if (!m) return null;
    const p = parseWords(m[0]);
    if (!p) return null;
    number = p.value;
    numberEnd = pos + p.length;
    words = true;
  }
  let end = numberEnd;
  let scale = 1;
  const s = readScale(text, numberEnd);
  // "a million" / "five million" already carry their scale; a numeral may take one ("5 million").
  if (s && !(words && /(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)$/i.test(text.slice(pos, numberEnd)))) {
    const attached = s.end - numberEnd === text.slice(numberEnd, s.end).trim().length;
    const word = text.slice(numberEnd, s.end).trim().toLowerCase();
    const def = SCALES.find((x) => x.word === word);
    if (!def?.attachedOnly || (attached && !words)) {
      scale = s.value;
      end = s.end;
    }
  }
  return { start: pos, numberEnd, end, number, scale, words, intDigits, hasDecimal, hasComma };
}
