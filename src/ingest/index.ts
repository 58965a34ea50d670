/**
 * The ingest stage: an input (HTML, plain text or raw page bytes) -> Article, the clean article
 * text with its block spans and page metadata. Pure and deterministic: never runs scripts,
 * never fetches anything.
 */
import { DealsiftError } from '../errors.js';
import type { Article, InputDoc, PipelineOptions } from '../types.js';
import { authorFromLines } from './byline.js';
import { datelineDate, parseDate } from './dates.js';
import { decodeBytes } from './decode.js';
import { parseHtml } from './dom.js';
import { extractBlocks } from './html.js';
import { gatherFacts, resolveMetadata } from './metadata.js';
import { extractText } from './text.js';

export { decodeBytes, sniffCharset, normalizeCharset, looksBinary } from './decode.js';
export { parseDate, dateFromUrl, datelineDate } from './dates.js';
export { authorFromByline, authorFromCredit, authorFromNames, parseNames, AUTHOR_JOINER } from './byline.js';
export { isBoilerplateLine, isLeadingLine, isTrailingLine, isTrailerHeading } from './lines.js';

export type SafeIngestResult = { success: true; data: Article } | { success: false; error: DealsiftError };

/** Control characters other than tab, newline, carriage return, form feed and escape. */
function controlShare(s: string): number {
  const n = Math.min(s.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return 1;
    if (c < 9 || (c > 13 && c < 32 && c !== 27) || c === 0xfffd) bad++;
  }
  return n ? bad / n : 0;
}

function checkText(s: string, id: string, what: string): void {
  if (!s.trim()) throw new DealsiftError('EMPTY_INPUT', id, `expected ${what} with some text, got ${s.length ? 'only whitespace' : 'an empty string'}`);
  if (controlShare(s) > 0.1 || s.includes('\u0000')) {
    throw new DealsiftError('BINARY_INPUT', id, `expected ${what}, got binary data (NUL or control characters)`);
  }
}

function assemble(blocks: { text: string; kind: Article['blocks'][number]['kind'] }[]): Pick<Article, 'text' | 'blocks'> {
  let text = '';
  const spans: Article['blocks'] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    spans.push({ start: text.length, end: text.length + b.text.length, kind: b.kind });
    text += b.text;
  }
  return { text, blocks: spans };
}

/** The date a feed gave for a fetched page (used when the page gives none). */
function fetchedDate(input: InputDoc): string | null {
  return input.fetched?.publishedAt ? parseDate(input.fetched.publishedAt) : null;
}

/** Anything that looks like an HTML tag, comment or doctype. */
const TAG = /<(?:[a-zA-Z][\w:-]*(?:\s[^>]*)?\/?|\/[a-zA-Z][\w:-]*\s*|!--[\s\S]*?--|!doctype[^>]*)>/i;

function ingestText(input: InputDoc, raw: string, explicitDate: string | null, fallbackDate: string | null, keepTitle: boolean): Article {
  const id = input.id;
  const { title, blocks, leading, trailing, stamped, titleInText } = extractText(raw, input.title);
  const body = assemble(blocks);
  if (!body.text) throw new DealsiftError('NO_TEXT', id, 'expected article text, found only a title or boilerplate lines');
  // The title line is the article's first paragraph (text.ts) unless the headline is not to be read;
  // dates and bylines are read from the body.
  return {
    id,
    ...(keepTitle && titleInText && title ? assemble([{ text: title, kind: 'title' }, ...blocks]) : body),
    title: title ?? input.fetched?.title ?? null,
    publishedAt: explicitDate ?? (stamped && parseDate(stamped)) ?? datelineDate([...leading, body.text.slice(0, 600)].join('\n')) ?? fetchedDate(input) ?? fallbackDate,
    author: authorFromLines(leading, trailing),
    siteName: null,
    url: input.fetched?.url ?? input.url ?? null,
    language: null,
  };
}

/** Ingest one input. Throws DealsiftError (EMPTY_INPUT, BINARY_INPUT, NO_TEXT, UNSUPPORTED_INPUT). */
export function ingest(input: InputDoc, options: PipelineOptions = {}): Article {
  const id = input.id;
  const given = [input.html, input.text, input.bytes].filter((v) => v !== undefined && v !== null).length;
  if (given === 0) throw new DealsiftError('EMPTY_INPUT', id, 'expected one of html, text or bytes, got none');
  if (given > 1) throw new DealsiftError('UNSUPPORTED_INPUT', id, 'expected exactly one of html, text or bytes, got several');

  const explicitDate = input.publishedAt ? (parseDate(input.publishedAt) ?? input.publishedAt.trim()) : null;
  const fallbackDate = options.published ? (parseDate(options.published) ?? options.published.trim()) : null;

  if (input.text !== undefined) {
    checkText(input.text, id, 'plain text');
    return ingestText(input, input.text, explicitDate, fallbackDate, options.readHeadline !== false);
  }

  let html: string;
  if (input.bytes !== undefined) {
    if (input.bytes.length === 0) throw new DealsiftError('EMPTY_INPUT', id, 'expected the bytes of an HTML page, got 0 bytes');
    html = decodeBytes(input.bytes, id, input.fetched?.charset).text;
    // raw bytes without a single tag are a plain-text file: keep its paragraphs and title line
    if (!TAG.test(html)) {
      checkText(html, id, 'a text file');
      return ingestText(input, html, explicitDate, fallbackDate, options.readHeadline !== false);
    }
  } else {
    html = input.html as string;
  }
  checkText(html, id, 'an HTML page');

  const root = parseHtml(html);
  const facts = gatherFacts(root);
  const inputUrl = input.url ?? input.fetched?.url;
  const pre = resolveMetadata(facts, { inputUrl });
  const titles = [pre.title, input.title, facts.jsonLd?.headline, facts.meta.get('og:title'), facts.h1[0], facts.title]
    .filter((t): t is string => !!t);
  const { blocks, leading, trailing } = extractBlocks(root, titles);
  const body = assemble(blocks);
  if (!body.text) throw new DealsiftError('NO_TEXT', id, 'expected an HTML page with article text, found no readable paragraphs');

  const meta = pre.publishedAt ? pre : resolveMetadata(facts, { inputUrl, bodyStart: [...leading, body.text.slice(0, 600)].join('\n'), dateFromText: datelineDate });
  return {
    id,
    ...body,
    title: input.title ?? meta.title ?? input.fetched?.title ?? null,
    publishedAt: explicitDate ?? meta.publishedAt ?? fetchedDate(input) ?? fallbackDate,
    author: meta.author ?? authorFromLines(leading, trailing),
    siteName: meta.siteName,
    url: input.fetched?.url ?? meta.url,
    language: meta.language,
  };
}

/** The non-throwing twin of ingest. Errors other than DealsiftError (bugs) still throw. */
export function safeIngest(input: InputDoc, options?: PipelineOptions): SafeIngestResult {
  try {
    return { success: true, data: ingest(input, options) };
  } catch (err) {
    if (err instanceof DealsiftError) return { success: false, error: err };
    throw err;
  }
}
