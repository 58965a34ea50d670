/**
 * Line-level boilerplate tests shared by the HTML and plain-text paths: whole short lines
 * ("Share this article", "Leave a Reply") and edge-only lines (bylines, date stamps).
 */
import {
  BOILERPLATE_LINES, COMPANY_DESCRIPTION, COMPANY_SUFFIXES, LEADING_LINES, MAX_BOILERPLATE_LINE, SENTENCE_GROUPS, TRAILER_HEADINGS, TRAILING_LINES,
} from './boilerplate.js';

/**
 * `s` without trailing white space and the given characters. A loop, not /[…]+$/: that regex is
 * quadratic on a long run of such characters that does not reach the end (". . . . x").
 */
export function trimEndChars(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && (chars.includes(s[e - 1]) || /\s/.test(s[e - 1]))) e--;
  return s.slice(0, e);
}


const ALL_LINE_PATTERNS: readonly RegExp[] = Object.values(BOILERPLATE_LINES).flat();
const SENTENCE_LINE_PATTERNS: readonly RegExp[] = SENTENCE_GROUPS.flatMap((g) => BOILERPLATE_LINES[g] ?? []);

/** A line written as a sentence: 8 words or more, ending in . ! or ? (possibly before a quote). */
function readsAsSentence(line: string): boolean {
  return /[.!?]["”’)]?$/.test(line) && line.split(/\s+/).length >= 8;
}

/**
 * True when a short line is boilerplate ("Share this article", "Leave a Reply", ...). A line that
 * reads as a sentence is only tested against the SENTENCE_GROUPS patterns.
 */
export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  const s = trimEndChars(t, ':.!>»›→|-');
  if (!s || s.length > MAX_BOILERPLATE_LINE) return false;
  const patterns = readsAsSentence(t) ? SENTENCE_LINE_PATTERNS : ALL_LINE_PATTERNS;
  for (const re of patterns) if (re.test(s)) return true;
  return false;
}

/** A byline, date stamp or section label: furniture at the start of the body (LEADING_LINES). */
export function isLeadingLine(line: string): boolean {
  const s = line.trim();
  return s.length <= MAX_BOILERPLATE_LINE && s.split(/\s+/).length <= 18 && LEADING_LINES.some((re) => re.test(s));
}

/** A sign-off or contact line: furniture at the end of the body (TRAILING_LINES). */
export function isTrailingLine(line: string): boolean {
  const s = line.trim();
  return s.length <= 400 && TRAILING_LINES.some((re) => re.test(s));
}

export interface EdgeBlock {
  text: string;
  kind: string;
}

/**
 * Trim edge furniture in place: leading lines among the first four blocks, trailing lines at the
 * end, and a press-release trailer ("About Acme", "Forward-Looking Statements", "Contacts", from a
 * heading-like block in the second half of the text to the end). An "About <product/study>"
 * section followed by a later trailer heading is content (isContentAbout). Returns the removed
 * leading lines (a byline's date is still the publication date); the removed trailing lines and
 * trailer blocks go to `trailing` when given (a wire credit there names the author).
 */
export function trimEdges<T extends EdgeBlock>(blocks: T[], trailing?: string[]): string[] {
  const leading: string[] = [];
  for (let i = 0; i < 4 && i < blocks.length; ) {
    if (blocks[i].kind !== 'heading' && isLeadingLine(blocks[i].text)) leading.push(blocks.splice(i, 1)[0].text);
    else i++;
  }
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (seen >= total * 0.5 && i > 0 && isTrailerHeading(b.text) && !isContentAbout(blocks, i)) {
      trailing?.push(...blocks.slice(i).map((x) => x.text));
      blocks.length = i;
      break;
    }
    seen += b.text.length;
  }
  while (blocks.length > 1 && (isTrailingLine(blocks[blocks.length - 1].text) || isLeadingLine(blocks[blocks.length - 1].text))) {
    trailing?.unshift(blocks.pop()!.text);
  }
  return leading;
}

/**
 * True when blocks[i] opens an "About X" section that is not company boilerplate (X is a product,
 * a drug, a study: no corporate suffix in the heading, no company description in the section) and
 * a later trailer heading follows it (the company "About" blocks, disclaimers, contacts).
 */
export function isContentAbout<T extends EdgeBlock>(blocks: readonly T[], i: number): boolean {
  const m = /^about\s+(?:the\s+)?(.+?)[:\s]*$/i.exec(blocks[i].text.trim());
  if (!m || COMPANY_SUFFIXES.test(m[1].trim())) return false;
  let end = i + 1;
  while (end < blocks.length && !isTrailerHeading(blocks[end].text) && blocks[end].kind !== 'heading') end++;
  if (end === i + 1 || end >= blocks.length || !isTrailerHeading(blocks[end].text)) return false;
  const section = blocks.slice(i + 1, end).map((b) => b.text).join(' ');
  return !COMPANY_DESCRIPTION.some((re) => re.test(section));
}

/** A heading-like line (short, no sentence end) that opens a press-release trailer. */
export function isTrailerHeading(line: string): boolean {
  // "About Acme Holdings Inc." ends in an abbreviation's full stop, not a sentence's
  const s = trimEndChars(line.trim(), ':').replace(/\b(Inc|Ltd|Co|Corp|Bhd|Pty|Pte)\.$/, '$1');
  return s.length <= 80 && !/[.!?]$/.test(s) && TRAILER_HEADINGS.some((re) => re.test(s));
}
