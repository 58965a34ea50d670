/**
 * The shared analysis of one article's text: tokenized, tagged and split into sentences once
 * (by wink-nlp), then read by every extractor and by the normalizer.
 */
import type WinkNLP from 'wink-nlp';
import { createRequire } from 'node:module';
import { loadWink, type LexiconCache } from './wink-reset.js';
import entityWords from './entities/data/lexicon.json' with { type: 'json' };

const require = createRequire(import.meta.url);

export interface Token {
  /** UTF-16 offsets into the text, end-exclusive. */
  start: number;
  end: number;
  text: string;
  /** Universal part-of-speech tag from wink-nlp ("PROPN", "VERB", "SPACE", ...). */
  pos: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof WinkNLP>;
let nlp: Nlp | null = null;
let lexicon: LexiconCache | null = null;

/**
 * The annotations dealsift reads: sentences and parts of speech. wink-nlp's
 * named entities, negation and sentiment are not read, and none of them changes the tokens, tags or
 * sentences (readDoc runs them as separate passes), so they are left out of the pipe: a third less work.
 */
const PIPE = ['sbd', 'pos'];

/** The wink-nlp instance, loaded once per process (or worker). */
export function getNlp(): Nlp {
  if (!nlp) {
    const { winkNLP, created } = loadWink();
    nlp = winkNLP(require('wink-eng-lite-web-model'), PIPE) as Nlp;
    lexicon = created();
  }
  return nlp;
}

/** A word (letters and digits; any non-ASCII character counts as a letter) or one sign. */
const TOKENISH = /[0-9A-Za-z\u00aa-\uffff]+|[^\s0-9A-Za-z\u00aa-\uffff]/g;

/**
 * About how many tokens `analyze(text)` makes (words and signs: within a few percent for prose
 * and for runs of symbols), counted without analyzing: the memory and time the analysis takes go
 * with its tokens. Stops counting past `limit`. A text of `limit` characters or fewer has no more
 * tokens than that, and is not scanned.
 */
export function countTokens(text: string, limit: number): number {
  if (text.length <= limit) return Math.min(text.length, limit);
  TOKENISH.lastIndex = 0;
  let n = 0;
  while (n <= limit && TOKENISH.exec(text)) n++;
  return n;
}

/** Tokenize, tag and sentence-split `text`; offsets are exact (checked against the text). */
export function analyze(text: string): Analysis {
  const n = getNlp();
  // Whatever this article teaches wink-nlp's lexicon is forgotten afterwards, so that the same
  // text is always analyzed the same way, whatever was read before it.
  const snap = lexicon!.snapshot();
  try {
    return analyzeWith(n, text);
  } finally {
    lexicon!.restore(snap);
  }
}

/**
 * wink-nlp's tokenizer takes time quadratic in the length of a run without white space (a 100 KB
 * run of capitals took a minute). Runs longer than this get a space every MAX_RUN characters in
 * the copy wink-nlp reads; offsets are unchanged (one character for one), and tokens are cut
 * from the original text. Real words are far shorter; such runs are base64, hashes or junk.
 */
const MAX_RUN = 64;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

function breakLongRuns(text: string): string {
  if (!LONG_RUN.test(text)) return text;
  LONG_RUN.lastIndex = 0;
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i += MAX_RUN) out += (i ? ' ' : '') + run.slice(i + (i ? 1 : 0), i + MAX_RUN);
    return out;
  });
}

/** Top-level domains of a company's web name written as its name ("Amazon.com", "Booking.com"). */
export const WEB_DOMAINS: ReadonlySet<string> = new Set(entityWords.webDomains);
/** The word before a web domain in a company's web name ("Amazon" of "Amazon.com"). */
export const WEB_NAME = /^\p{L}[\p{L}\d-]*$/u;

function analyzeWith(n: Nlp, original: string): Analysis {
  const text = breakLongRuns(original);
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  /** wink token index -> index in `tokens` (a token wink normalized beyond recognition is skipped). */
  const byWinkIndex = new Map<number, number>();
  let off = 0;
  for (let i = 0; i < values.length; i++) {
    off += spaces[i].length;
    let start = off;
    let value = values[i];
    if (text.startsWith(value, start)) {
      off += value.length;
    } else {
      // wink-nlp normalizes a few characters; fall back to searching forward.
      const found = text.indexOf(value, start);
      if (found < 0) continue;
      start = found;
      off = found + value.length;
      value = text.slice(start, off);
    }
    // wink-nlp splits a web name in three ("Amazon", ".", "com") and may end a sentence after the
    // period: "Amazon.com" is one word.
    const n = tokens.length;
    if (n >= 2 && tokens[n - 1].text === '.' && tokens[n - 1].end === start && tokens[n - 2].end === tokens[n - 1].start &&
      WEB_DOMAINS.has(value.toLowerCase()) && WEB_NAME.test(tokens[n - 2].text)) {
      const word = tokens[n - 2];
      tokens.pop();
      word.end = off;
      word.text = original.slice(word.start, off);
      word.pos = 'PROPN';
      byWinkIndex.set(i - 1, n - 2);
      byWinkIndex.set(i, n - 2);
      continue;
    }
    byWinkIndex.set(i, tokens.length);
    tokens.push({ start, end: off, text: original.slice(start, off), pos: pos[i] });
  }
  const sentences: Sentence[] = [];
  // Sentences from wink's token spans, re-based on our token list (which may skip tokens).
  const spans: [number, number][] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    spans.push(s.out(its.span) as [number, number]);
  });
  for (const [a, b] of spans) {
    const ta = byWinkIndex.get(a);
    const tb = byWinkIndex.get(b);
    if (ta === undefined || tb === undefined) continue;
    // Trim whitespace tokens at the edges.
    let s = ta;
    let e = tb;
    while (s < e && tokens[s].pos === 'SPACE') s++;
    while (e > s && tokens[e].pos === 'SPACE') e--;
    if (tokens[s].pos === 'SPACE') continue;
    // a sentence wink-nlp ended inside a web name goes on with the next ("Amazon." | "com Inc. said")
    const prev = sentences[sentences.length - 1];
    if (prev && s < prev.tokenEnd) {
      sentences[sentences.length - 1] = { start: prev.start, end: tokens[e].end, tokenStart: prev.tokenStart, tokenEnd: e + 1 };
      continue;
    }
    sentences.push({ start: tokens[s].start, end: tokens[e].end, tokenStart: s, tokenEnd: e + 1 });
  }
  return { text: original, tokens, sentences: splitAfterFigures(tokens, splitAfterLegalForms(tokens, splitAfterLetterLabels(tokens, splitOnBlankLines(text, tokens, joinLegalForms(text, joinInsideNumbers(text, sentences)))))) };
}

/** Sentences that wink-nlp ended too early: each one that `joins(prev, next)` is one sentence with the one before. */
function joinWhere(sentences: Sentence[], joins: (prev: Sentence, next: Sentence) => boolean): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && joins(prev, s)) out[out.length - 1] = { start: prev.start, end: s.end, tokenStart: prev.tokenStart, tokenEnd: s.tokenEnd };
    else out.push(s);
  }
  return out;
}

/** wink-nlp sometimes ends a sentence at the point inside a figure ("(Dh1." | "84 billion)") or a
 * market code ("(UBSG." | "VX)", Reuters' "<UMAR." | "L>"): a sentence that ends in a point, with the next one starting right
 * there, without a space, on a digit or a letter, is one sentence with it. */
function joinInsideNumbers(text: string, sentences: Sentence[]): Sentence[] {
  return joinWhere(sentences, (prev, s) => prev.end === s.start && ((/\d\.$/.test(text.slice(prev.end - 2, prev.end)) && /^\d/.test(text.slice(s.start, s.start + 1))) || (/[(<]\s*[0-9A-Z]{1,8}\.$/.test(text.slice(prev.end - 12, prev.end)) && /^[A-Z]{1,3}\s*[)>]/.test(text.slice(s.start, s.start + 5)))));
}

/** wink-nlp ends a sentence at the point of a legal form that another one follows ("Castellane Pharma
 * Pte." | "Ltd. has licensed ..."): the two are one sentence. */
function joinLegalForms(text: string, sentences: Sentence[]): Sentence[] {
  return joinWhere(sentences, (prev, s) => /^[ \t]*$/.test(text.slice(prev.end, s.start)) && /\b(?:Pte|Pty|Co|Corp|Inc|Sdn|Bhd)\.$/.test(text.slice(prev.end - 6, prev.end)) && /^(?:Ltd|Limited|Inc|LLC|Bhd|plc|PLC)\b/.test(text.slice(s.start, s.start + 8)));
}

/** wink-nlp sometimes runs a sentence across a paragraph break; split there. */
function splitOnBlankLines(text: string, tokens: Token[], sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let a = s.tokenStart;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (tokens[i].pos === 'SPACE' && /\n/.test(tokens[i].text)) {
        let e = i - 1;
        while (e >= a && tokens[e].pos === 'SPACE') e--;
        if (e >= a) out.push({ start: tokens[a].start, end: tokens[e].end, tokenStart: a, tokenEnd: e + 1 });
        a = i + 1;
        while (a < s.tokenEnd && tokens[a].pos === 'SPACE') a++;
        i = a - 1;
      }
    }
    if (a < s.tokenEnd) out.push({ start: tokens[a].start, end: tokens[s.tokenEnd - 1].end, tokenStart: a, tokenEnd: s.tokenEnd });
  }
  void text;
  return out;
}

const LETTER_LABELS = new Set<string>(entityWords.letterLabels.words);

/**
 * Sentences that wink-nlp runs on past a full stop it read as an abbreviation's: a new sentence opens
 * at the capitalized word (token n) after a token i that `ends(i)`, where `opens(i, n)`.
 */
function splitAfter(tokens: Token[], sentences: Sentence[], ends: (i: number) => boolean, opens: (i: number, n: number) => boolean = () => true): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let a = s.tokenStart;
    for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
      if (!ends(i)) continue;
      let n = i + 1;
      while (n < s.tokenEnd && tokens[n].pos === 'SPACE') n++;
      if (n >= s.tokenEnd || !/^\p{Lu}/u.test(tokens[n].text) || !opens(i, n)) continue;
      out.push({ start: tokens[a].start, end: tokens[i].end, tokenStart: a, tokenEnd: i + 1 });
      a = n;
      i = n - 1;
    }
    out.push(a === s.tokenStart ? s : { start: tokens[a].start, end: s.end, tokenStart: a, tokenEnd: s.tokenEnd });
  }
  return out;
}

/** The letter of "Series A." read as an initial ("... in a Series A. The round was led by ..."):
 * after a label word's letter with a full stop, a capitalized word opens a new sentence. */
function splitAfterLetterLabels(tokens: Token[], sentences: Sentence[]): Sentence[] {
  return splitAfter(tokens, sentences, (i) => {
    const x = tokens[i].text;
    return x.length === 2 && x.charCodeAt(1) === 46 && LETTER_LABELS.has(tokens[i - 1].text) && /^\p{Lu}\.$/u.test(x);
  });
}

const LEGAL_FORMS = new Set<string>(entityWords.corporateSuffixes.filter((w: string) => w.endsWith('.')));
const AFTER_LEGAL_FORM = new Set<string>([...entityWords.corporateSuffixes, ...entityWords.commaSuffixes, ...entityWords.personTitles, ...entityWords.roleTitleWords]);

/** An abbreviated legal form's full stop ("... bought Quellmark Inc. Harwood Group agreed to ..."):
 * a capitalized word after it opens a new sentence, unless it is another legal form ("Co. Ltd.") or
 * a title or role word ("Acme Inc. Chairman Jane Roe said"), or is glued to it. */
function splitAfterLegalForms(tokens: Token[], sentences: Sentence[]): Sentence[] {
  return splitAfter(tokens, sentences, (i) => LEGAL_FORMS.has(tokens[i].text), (i, n) => !AFTER_LEGAL_FORM.has(tokens[n].text) && tokens[n].start !== tokens[i].end);
}

/** A figure's one-letter multiple read as an initial ("... for $320m. The deal closed", "20k."): after
 * a number with "m.", "k." or "b." glued to it, a capitalized word opens a new sentence. */
function splitAfterFigures(tokens: Token[], sentences: Sentence[]): Sentence[] {
  return splitAfter(tokens, sentences, (i) => /^[mkb]\.$/i.test(tokens[i].text) && tokens[i - 1].end === tokens[i].start && /\d$/.test(tokens[i - 1].text));
}

/** The sentence containing character offset `pos`, or null. */
export function sentenceAt(a: Analysis, pos: number): Sentence | null {
  let lo = 0;
  let hi = a.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = a.sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
