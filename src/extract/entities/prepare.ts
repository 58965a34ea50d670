/**
 * The recognizer's view of the analysis: word tokens (no whitespace) with the flags every rule reads,
 * computed once per document.
 */
import type { Analysis } from '../analysis.js';
import { CORPORATE_SUFFIXES, MARKET_CODE, ORG_HEADS as ORG_HEAD_WORDS, lookupPhrase } from './lexicon.js';

export interface Line {
  /** A table row: many numbers, few words ("Shrs 12.5 mln vs 11.2 mln"). */
  tabular: boolean;
  /** Every alphabetic word is upper-case ("LONDON 1996-08-30", "CRICKET - LEICESTERSHIRE WIN"). */
  allCaps: boolean;
  /** A Title Case headline: most words of 4+ letters capitalized. */
  titleCase: boolean;
}

export interface Tok {
  start: number;
  end: number;
  text: string;
  pos: string;
  lower: string;
  /** Starts with an upper-case letter (or is an all-caps acronym). */
  cap: boolean;
  /** No lower-case letter and at least one upper-case letter. */
  upper: boolean;
  /** First word of its sentence (after opening quotes or bullets). */
  sentStart: boolean;
  line: Line;
  /** Index of the sentence the token belongs to. */
  sent: number;
}

const UPPER_START = /^[\p{Lu}]/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const CURRENCY_SIGN = /[$€£¥₹₩]/u;
/** Brand-style words: iPhone, xAI, eBay, and names of a few lower-case letters before a capital ("dataQuay", "gridLoom"; not a web name such as "brantWire.com"). */
const INNER_CAP = /^\p{Ll}{1,2}\p{Lu}|^\p{Ll}{3,5}\p{Lu}[\p{L}\d]*$/u;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '--', '—', '–', '*', '•']);
const POSSESSIVE = /\p{L}['’]s$/u;
const FUNCTION_POS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'AUX', 'PUNCT', 'SYM', 'NUM']);

/** A wire story's credit line: "(Reporting by ...; Editing by ...)", "Additional reporting by". */
const CREDIT_LINE = /\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Ee]dited|[Ww]ritten) by\b/;

const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/** The scale or unit written onto a figure ("$30M", "€2B", "500MW"): no word of a name. */
export const AMOUNT_UNIT = /^(?:[MBKT]|Bn|BN|Mn|MN|MW|GW|KW|GB|TB|MB)$/;

export function prepare(analysis: Analysis): Tok[] {
  const toks: Tok[] = [];
  const { tokens, sentences, text: doc } = analysis;
  /** Index in `toks` of each sentence's first and last token (or -1 when it has none). */
  const bounds: [number, number][] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const line: Line = { allCaps: false, titleCase: false, tabular: false };
    let numbers = 0;
    let letters = 0;
    let upperWords = 0;
    let content = 0;
    let capContent = 0;
    let lowerVerbs = 0;
    let first = true;
    const from = toks.length;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      let t = tokens[i];
      let known = false;
      if (t.pos === 'SPACE') continue;
      // A known name that wink-nlp cut in two: digits before letters ("3M", "23andMe") or a
      // possessive that belongs to the name ("McDonald's"): one word.
      const next = i + 1 < s.tokenEnd ? tokens[i + 1] : undefined;
      const glued = next !== undefined && next.start === t.end;
      // A market code and its exchange without spaces ("UBSG.VX", "WMT.N", Reuters' "<UMAR.L>"): one word.
      const ex = tokens[i + 2];
      if (glued && next.text === '.' && ex && i + 2 < s.tokenEnd && ex.start === next.end && /[A-Z]/.test(t.text) && MARKET_CODE.test(doc.slice(t.start, ex.end)) && /^\s*[)>]/.test(doc.slice(ex.end, ex.end + 3))) {
        t = { ...t, end: ex.end, text: doc.slice(t.start, ex.end), pos: 'PROPN' };
        known = true;
        i += 2;
      } else if (glued && (/^\d+$/.test(t.text) ? /^\p{L}/u.test(next.text) : /^['’]s$/.test(next.text) && UPPER_START.test(t.text))) {
        const joined = doc.slice(t.start, next.end);
        const after = tokens[i + 2];
        // (or digits and a capitalized word that open a capitalized name: "3D Systems", "3G Capital",
        // "3Sixty Health"; not an
        // amount's scale, "$30M", nor a figure's unit)
        const opensName = /^\d+$/.test(t.text) && /^\p{Lu}[\p{L}]*$/u.test(next.text) && !AMOUNT_UNIT.test(next.text) && !/[$€£¥₹.,]\s*$/.test(doc.slice(Math.max(0, t.start - 2), t.start)) && after !== undefined && i + 2 < s.tokenEnd && ((after.start > next.end && UPPER_START.test(after.text) && (CORPORATE_SUFFIXES.has(after.text) || ORG_HEAD_WORDS.has(after.text))) || (after.start === next.end && /^['’]s$/.test(after.text)));
        // (a possessive merges only where the name ends: not "Queen's Park")
        const possessiveEnds = !/^['’]s$/.test(next.text) || !(after !== undefined && i + 2 < s.tokenEnd && UPPER_START.test(after.text));
        if ((lookupPhrase(joined, false)?.type === 'organization' && possessiveEnds) || opensName) {
          t = { ...t, end: next.end, text: joined, pos: 'PROPN' };
          known = true;
          i++;
        }
      }
      const text = t.text;
      // a known name in lower camel case ("easyJet"): capitalized as a name is
      if (!known && text.length > 3 && isLowerAscii(text.charCodeAt(0)) && text !== text.toLowerCase() && /^\p{Ll}{3,}\p{Lu}/u.test(text) && lookupPhrase(text, false)?.type === 'organization') known = true;
      const hasLetter = HAS_LETTER.test(text);
      const upper = hasLetter && !HAS_LOWER.test(text) && HAS_UPPER.test(text);
      // (A currency prefix is no word of a name: "from Hancock Prospecting for A$3.5 billion".)
      const cap = known || (hasLetter && !CURRENCY_SIGN.test(text) && (UPPER_START.test(text) || INNER_CAP.test(text)));
      // wink-nlp keeps the possessive on abbreviations ("Corp's", "Inc's"): split it off here.
      // ("Boatmen's Bancshares" is a name and stays whole.)
      const poss = cap && text.length > 3 && POSSESSIVE.test(text) && (CORPORATE_SUFFIXES.has(text.slice(0, -2)) || !HAS_LOWER.test(text.slice(0, -2))) ? 2 : 0;
      // wink-nlp also keeps a sentence-final period on an all-caps suffix ("Holloway Price LLP."): the
      // suffix is "LLP", the period ends the sentence. ("Co.", "Inc." are suffixes with their period.)
      const dot = !poss && cap && text.length > 2 && text.endsWith('.') && !CORPORATE_SUFFIXES.has(text) && /^\p{L}+\.$/u.test(text) && CORPORATE_SUFFIXES.has(text.slice(0, -1)) ? 1 : 0;
      const cut = poss || dot;
      const base = cut ? text.slice(0, -cut) : text;
      toks.push({ start: t.start, end: t.end - cut, text: base, pos: t.pos, lower: base.toLowerCase(), cap, upper, sentStart: first, line, sent: si });
      if (poss) toks.push({ start: t.end - poss, end: t.end, text: text.slice(-poss), pos: 'PART', lower: text.slice(-poss).toLowerCase(), cap: false, upper: false, sentStart: false, line, sent: si });
      if (dot) toks.push({ start: t.end - 1, end: t.end, text: '.', pos: 'PUNCT', lower: '.', cap: false, upper: false, sentStart: false, line, sent: si });
      if (first && !OPENERS.has(text)) first = false;
      if (/^[\d.,\-\/:+%()]+$/.test(text) && /\d/.test(text)) numbers++;
      if (hasLetter) {
        letters++;
        if (upper) upperWords++;
        // (Title Case capitalizes every verb: "Harwood Group to buy Lindell Foods" is sentence case.)
        if (!cap && t.pos === 'VERB' && text.length >= 3) lowerVerbs++;
        if (text.length >= 4 && !FUNCTION_POS.has(t.pos)) {
          content++;
          if (cap) capContent++;
        }
      }
    }
    const count = toks.length - from;
    bounds.push(count ? [from, toks.length - 1] : [-1, -1]);
    line.tabular = count >= 3 && numbers / count >= 0.3;
    line.allCaps = letters > 0 && upperWords === letters && (letters >= 2 || s.tokenEnd - s.tokenStart <= 3);
    const last = tokens[s.tokenEnd - 1]?.text;
    // (Not a wire story's credit line, whose names are capitalized because they are names: "(Reporting
    // by Adam Jourdan; Editing by Kazunori Takada and Kenneth Maxwell)".)
    line.titleCase = !line.allCaps && content >= 4 && !lowerVerbs && capContent / content >= 0.8 && !last?.endsWith('.') && !CREDIT_LINE.test(doc.slice(tokens[s.tokenStart]?.start ?? 0, tokens[s.tokenEnd - 1]?.end ?? 0));
  }
  // Wire copy wraps lines inside sentences ("Durand Textile\nCorp", "Fundamental\nManagement"): a long
  // line that does not end a sentence continues on the next line, unless either is a headline or dateline.
  let logical = -1;
  let prev: Tok | null = null;
  // Start of the line holding `pos`, scanning forward once (positions only grow): a text without line
  // breaks would make lastIndexOf quadratic.
  let scanned = 0;
  let lastBreak = -1;
  const lineStartOf = (pos: number) => {
    for (; scanned < pos; scanned++) if (doc.charCodeAt(scanned) === 10) lastBreak = scanned;
    return lastBreak + 1;
  };
  for (const [from, to] of bounds) {
    if (from < 0) continue;
    const head = toks[from];
    const gap = prev ? doc.slice(prev.end, head.start) : '';
    const lineStart = prev ? lineStartOf(prev.start) : 0;
    const continues =
      prev !== null && !isHeadingLine(prev.line) && !isHeadingLine(head.line) && /^[ \t]*\n[ \t]*$/.test(gap) &&
      /[\p{L}\d,]$/u.test(prev.text) && prev.end - lineStart >= 20;
    if (!continues) logical++;
    else head.sentStart = false;
    for (let i = from; i <= to; i++) toks[i].sent = logical;
    prev = toks[to];
  }
  return toks;
}

function isHeadingLine(l: Line): boolean {
  return l.allCaps || l.titleCase || l.tabular;
}
