/**
 * Plain-text input: paragraphs, the title line, and leading/trailing boilerplate lines.
 *
 * - Paragraphs are separated by blank lines; hard-wrapped lines inside a paragraph are joined. A
 *   text with a line longer than any wrap width (100 characters) was never wrapped: there every line
 *   break ends a paragraph.
 *   In a text with no blank lines, an indented line starts a new paragraph (wire copy).
 * - A first line followed by a blank line is the title (record.md) when it reads as one (short, not
 *   ending as a sentence does), unless the caller gave a title that differs from it. The article
 *   keeps it as its first paragraph (`titleInText`): a headline is part of the article and often
 *   states the whole deal. A lead sentence on the first line is no title.
 * - A scraper's date stamp before the first line ("date 2014-11-12 ...") is removed and read as the
 *   publication date.
 * - Boilerplate lines ("Share this article", "Leave a Reply", copyright...) are removed from the
 *   start and the end, and a lone trailing wire sign-off ("Reuter") is dropped. A line inside the
 *   article is only removed when it is an advertisement marker or a stock-quote line
 *   ("ORNO US $33.51 +0.42% Last close").
 * - Then the same edge rules as for HTML (lines.ts): bylines and date stamps at the start,
 *   contact lines and a press-release trailer ("About Acme", "Contacts") at the end.
 */
import { BOILERPLATE_LINES, RELATED_INSIDE, WIRE_SIGNOFFS } from './boilerplate.js';
import { collapse } from './dom.js';
import { isBoilerplateLine, isLeadingLine, trimEdges, trimEndChars } from './lines.js';
import type { RawBlock } from './html.js';

export interface TextExtraction {
  title: string | null;
  blocks: RawBlock[];
  /** Byline and date-stamp lines removed from the start (read for a dateline date and the author). */
  leading: string[];
  /** Sign-off, credit and trailer lines removed from the end (a wire credit names the author). */
  trailing: string[];
  /** The date of a scraper's stamp before the first line ("date 2014-11-12"), as written. */
  stamped: string | null;
  /** The title is the text's first line: the article's first paragraph (not in `blocks`). */
  titleInText: boolean;
}

/** A date stamp that scraped text puts before the article: "date 2014-11-12", "Published: 2021-05-18". */
const DATE_STAMP = /^\s*(?:(?:date|published|posted|updated)\s*:?\s*)?(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)(?:\s+|$)/i;
/** A wire dateline opening a line: a place in capitals, then a date, an agency or a dash ("TOKYO, March
 * 30 ...", "MILAN (Reuters) - ...", "NEW YORK -- ..."). */
const WIRE_DATELINE = /^\s*\p{Lu}{2,}(?:[ .'-]\p{Lu}{2,})*\.?(?:, (?:\p{Lu}\p{Ll}+\.? \d{1,2}\b|\p{Lu}{2,})| \((?:Reuters|AP|AFP|Bloomberg|UPI|Dow Jones)\)| -{1,2} | — )/u;
/** The same with its keyword ("date 2014-11-12 ..."): a stamp on the second line too. */
const DATE_KEYWORD_STAMP = /^\s*(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}\b/i;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const NAME_WORD = "[\\p{Lu}][\\p{L}'’.-]+";
/**
 * A byline and its date glued between a scraped headline and the lead, on one line: "Harwood buys
 * Lindell for $410m By Jane Roe March 4, 2021 Harwood Group said ...". The byline is cut out as a line
 * of its own, so the headline reads as the title and the lead starts the body (the byline then goes
 * with the other leading lines). A name of two to four words (and a second one after "and"), then a
 * date with its year; only on the text's first line.
 */
const INLINE_BYLINE = new RegExp(
  `(?<=\\S)\\s+(By ${NAME_WORD}(?: ${NAME_WORD}){1,3}(?:,? (?:and|&) ${NAME_WORD}(?: ${NAME_WORD}){1,3})?,?\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4})(?:,? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,4})?)?)\\s+(?=[\\p{Lu}"“])`,
  'u',
);
/** The same with the writer's role and a time stamp instead of "By": "... Jane Roe, Staff Writer
 * Published 9:00 am EST, Thursday, March 4, 2021 Harwood Group said ...". */
const INLINE_ROLE_BYLINE = new RegExp(
  `(?<=\\S)\\s+(${NAME_WORD}(?: ${NAME_WORD}){1,3},? (?:Staff Writer|Staff Reporter|Senior Writer|Senior Reporter|Reporter|Correspondent|Contributor|Contributing Writer)\\s+(?:(?:Published|Updated|Posted)\\b:?\\s*)?[^.!?]{0,40}?(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4})(?:,? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,4})?)?)\\s+(?=[\\p{Lu}"“])`,
  'u',
);
/** A section label or breadcrumb before the first line's headline: "Business | Harwood buys ...", "Home » News » ...". */
const KICKER = /^\s*(?:[\p{Lu}][\p{L}'’-]*(?: (?:[\p{Lu}][\p{L}'’-]*|&|and)){0,2}\s+[|»›]\s+){1,4}(?=\S+(?:\s+\S+){2})/u;
/** Share widgets glued before the first line's prose: "Share this article Share on Facebook Share on Twitter Harwood ...". */
const GLUED_SHARE = /^\s*(?:Share (?:this|the) (?:article|story|page|post)\s+)?(?:(?:Share (?:on|via) )?(?:Facebook|Twitter|X|LinkedIn|WhatsApp|Email|E-mail|Pinterest|Reddit|Print)\s+){2,}(?=[\p{Lu}"“])/u;

/** Longest title line, in words: a headline is short; a first line longer than this is a lead. */
const TITLE_WORDS = 24;
/** Words whose full stop ends a title without making it a sentence ("Acme buys Widget Inc."). */
const ABBREVIATION_END = /\b(?:Inc|Corp|Co|Ltd|Plc|Bhd|Pty|Pte|LLC|S\.?A|N\.?V|A\.?G|Jr|Sr|U\.S|U\.K)\.$/i;

/**
 * A first line reads as a title when it is short and does not end as a sentence does: a headline
 * ("Harwood to buy Lindell for $410m") rather than a lead sentence ending in a full stop.
 */
export function readsAsTitle(line: string): boolean {
  const t = line.trim();
  if (!t || t.split(/\s+/).length > TITLE_WORDS) return false;
  return !/[.:;,]["”’)]?$/.test(t) || ABBREVIATION_END.test(t);
}

const BULLET = /^\s*(?:[-*•·▪]|\d{1,2}[.)])\s+/;

/** Split plain text into paragraphs (arrays of raw lines). */
/** Longest line of hard-wrapped text (wire copy, e-mail): a line longer than this was not wrapped. */
const WRAP_WIDTH = 100;

function paragraphs(text: string): string[][] {
  const lines = text.split('\n');
  const hasBlank = lines.some((l, i) => i > 0 && i < lines.length - 1 && !l.trim());
  // Text whose lines run past any wrap width was never hard-wrapped: each line break ends a
  // paragraph (scraped pages: "headline\n07 Aug 2012\nThe lead ..."), none joins two lines.
  const unwrapped = lines.some((l) => l.trim().length > WRAP_WIDTH);
  let prevBoiler = false;
  const out: string[][] = [];
  let cur: string[] = [];
  const push = (): void => {
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (const line of lines) {
    if (!line.trim()) {
      push();
      continue;
    }
    // bullets always start an item; in wire copy without blank lines, so does indentation
    // (A boilerplate line, "Share" or a photo credit, is a paragraph of its own: it joins no prose:
    // "Share\nHarwood has bought ...". Wire copy breaks lines short of its width too, so a short line
    // alone says nothing.)
    const boiler = isBoilerplateLine(line);
    if (cur.length && (unwrapped || boiler || prevBoiler || BULLET.test(line) || (!hasBlank && /^(\s{2,}|\t)\S/.test(line)))) push();
    cur.push(line);
    prevBoiler = boiler;
  }
  push();
  return out;
}

/** Lines removed anywhere in the article, not only at its edges: ad markers, stock-quote lines. */
const INSIDE = [...BOILERPLATE_LINES.ads, ...BOILERPLATE_LINES.quotes, ...RELATED_INSIDE];

export function extractText(text: string, givenTitle?: string): TextExtraction {
  // a wire sign-off on the last line ("Reuter", often indented) is never article text
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  if (lines.length > 1 && WIRE_SIGNOFFS.some((re) => re.test(trimEndChars(lines[lines.length - 1].trim(), '.')))) lines.pop();
  // leading boilerplate lines ("Share this article") come before the title too
  let first = 0;
  while (first < lines.length && (!lines[first].trim() || isBoilerplateLine(lines[first]))) first++;
  // a scraper's date stamp before the first line ("date 2014-11-12 STOCKHOLM (Reuters) - ...")
  let stamped: string | null = null;
  // (Or on the line after a stray one, when the stamp says what it is: "Tesla shares slide\ndate
  // 2019-05-06 MILAN (Reuters) - ...": the stray line stays, the stamp goes.)
  let stampAt = first;
  if (first + 1 < lines.length && !DATE_STAMP.exec(lines[first]) && DATE_KEYWORD_STAMP.test(lines[first + 1]) && lines[first + 1].replace(DATE_KEYWORD_STAMP, '').trim()) {
    const m = DATE_STAMP.exec(lines[first + 1]);
    if (m) {
      stamped = m[1];
      lines[first + 1] = lines[first + 1].slice(m[0].length);
      stampAt = -1;
    }
  }
  if (stampAt === first && first < lines.length) {
    const stamp = DATE_STAMP.exec(lines[first]);
    if (stamp && lines[first].slice(stamp[0].length).trim()) {
      stamped = stamp[1];
      lines[first] = lines[first].slice(stamp[0].length);
    } else if (stamp) {
      // (alone on its line: "date 2022-06-14", then the page; boilerplate after it goes too)
      stamped = stamp[1];
      first++;
      while (first < lines.length && (!lines[first].trim() || isBoilerplateLine(lines[first]))) first++;
    }
  }
  if (first < lines.length) {
    const kicker = KICKER.exec(lines[first]);
    if (kicker) lines[first] = lines[first].slice(kicker[0].length);
    const share = GLUED_SHARE.exec(lines[first]);
    if (share) lines[first] = lines[first].slice(share[0].length);
    const by = INLINE_BYLINE.exec(lines[first]) ?? INLINE_ROLE_BYLINE.exec(lines[first]);
    if (by && readsAsTitle(lines[first].slice(0, by.index))) {
      lines.splice(first, 1, lines[first].slice(0, by.index), '', by[1], '', lines[first].slice(by.index + by[0].length));
    }
  }
  // A line that reads as a title right before a wire dateline ("Tesla shares slide\nTOKYO, March 30
  // Marubeni Corp said ...") is a headline of its own, not the first line of the lead's paragraph.
  if (first + 1 < lines.length && readsAsTitle(lines[first]) && WIRE_DATELINE.test(lines[first + 1]) && !WIRE_DATELINE.test(lines[first])) lines.splice(first + 1, 0, '');
  let title: string | null = null;
  // the title: a first line followed by a blank line (record.md) that reads as a title; a lead
  // sentence stays in the body ("Harwood Group has completed its purchase of Lindell Foods.")
  // (Or followed by a byline or a date line: "Harwood to buy Lindell\n07 Aug 2012\nHarwood Group said ...".)
  const next = lines[first + 1] ?? '';
  if (first + 2 < lines.length && (!next.trim() || isLeadingLine(next)) && lines.slice(first + 2).some((l) => l.trim())) {
    const line = collapse(lines[first]);
    const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (givenTitle === undefined ? readsAsTitle(line) : key(givenTitle) === key(line)) {
      title = line;
      first++;
    }
  }
  const titleInText = title !== null;
  const paras = paragraphs(lines.slice(first).join('\n'));
  if (givenTitle !== undefined) title = collapse(givenTitle) || title;

  interface Para extends RawBlock {
    lines: string[];
  }
  let blocks: Para[] = paras
    .map((p): Para => ({
      text: collapse(p.join(' ').replace(BULLET, '')),
      kind: BULLET.test(p[0]) ? 'list' : 'paragraph',
      lines: p,
    }))
    .filter((b) => b.text.length > 0);

  // a paragraph is boilerplate when it, or each of its lines, is ("Share / Tweet / Email")
  const isBoiler = (b: Para): boolean => isBoilerplateLine(b.text) || b.lines.every((l) => isBoilerplateLine(l));
  const isSignoff = (b: Para): boolean => WIRE_SIGNOFFS.some((re) => re.test(trimEndChars(b.text, '.')));
  while (blocks.length && isBoiler(blocks[0])) blocks.shift();
  while (blocks.length && (isBoiler(blocks[blocks.length - 1]) || isSignoff(blocks[blocks.length - 1]))) blocks.pop();
  // a trailing sign-off glued to the last paragraph's end ("... said. REUTER")
  if (blocks.length) {
    const last = blocks[blocks.length - 1];
    const m = /^(.*\S)\s+(reuters?|REUTERS?)\s*$/.exec(last.text);
    if (m && /[.!?"”’)]$/.test(m[1]) && /^REUTERS?$|^Reuters?$/.test(m[2])) blocks[blocks.length - 1] = { ...last, text: m[1] };
  }
  // inside the article, only advertisement markers and stock-quote lines go
  blocks = blocks.filter((b) => !INSIDE.some((re) => re.test(trimEndChars(b.text, ':.!>»›→|-'))));
  // bylines and date stamps at the start, sign-offs and a press-release trailer at the end
  const trailing: string[] = [];
  const leading = trimEdges(blocks, trailing);
  // (boilerplate the byline or date line hid: "Published 4 hours ago\nShare\n...")
  while (blocks.length > 1 && isBoiler(blocks[0])) blocks.shift();
  return { title, blocks: blocks.map(({ text, kind }) => ({ text, kind })), leading, trailing, stamped, titleInText };
}
