/**
 * The whole pipeline: ingest -> extract -> normalize -> schema.
 * Each stage is a pure function of its input and options; only the CLI does I/O.
 */
import { DealsiftError, toDealsiftError } from './errors.js';
import { countTokens } from './extract/analysis.js';
import { extractMentions } from './extract/index.js';
import { HEADLINE_BREAK, headlineOf, projectToBody, titleParagraphEnd } from './headline.js';
import { ingest } from './ingest/index.js';
import { normalize } from './normalize/index.js';
import { DealRecordSchema, SCHEMA_VERSION, type DealRecord } from './schema/index.js';
import { DEFAULT_MAX_TEXT_LENGTH, type Article, type InputDoc, type PipelineOptions } from './types.js';

/** Input accepted by `extract`: an input item, or plain article text. */
export type ExtractInput = InputDoc | string;

function toInputDoc(input: ExtractInput): InputDoc {
  if (typeof input === 'string') return { id: 'input', text: input };
  if (!input || typeof input !== 'object') {
    throw new DealsiftError('UNSUPPORTED_INPUT', 'input', `expected a string or an object with id and html or text, got ${typeof input}`);
  }
  const given = ['html', 'text', 'bytes'].filter((k) => (input as unknown as Record<string, unknown>)[k] !== undefined);
  if (given.length !== 1) {
    throw new DealsiftError('UNSUPPORTED_INPUT', String(input.id ?? 'input'), `expected exactly one of html, text or bytes, got ${given.length ? given.join(', ') : 'none'}`);
  }
  return input;
}

/** Build the record from an ingested article (the extract and normalize stages, then the schema). */
export function recordFromArticle(article: Article, options: PipelineOptions = {}): DealRecord {
  const max = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  if (article.text.length > max) {
    throw new DealsiftError('TOO_LARGE', article.id, `the article text has ${article.text.length} characters, over the limit of ${max} (expected a news article; raise maxTextLength to analyze it)`);
  }
  // Words and signs at most a quarter of the character limit (prose has one per five or six
  // characters): a text of symbols ("<div><div>...", "$1 (Q3) 5% ...") under the character limit
  // would otherwise outgrow a worker's heap and time limits.
  const maxTokens = Math.floor(max / 4);
  if (countTokens(article.text, maxTokens) > maxTokens) {
    throw new DealsiftError('TOO_LARGE', article.id, `the article text has more than ${maxTokens} words and signs, over the limit of a quarter of maxTextLength (${max}) (expected a news article, not a table or a run of symbols; raise maxTextLength to analyze it)`);
  }
  // The headline is read with the body (headline.ts); the record keeps what lies in the body.
  const headline = options.readHeadline === false ? null : headlineOf(article);
  const shift = headline ? headline.length + HEADLINE_BREAK.length : 0;
  const read = headline ? { ...article, text: headline + HEADLINE_BREAK + article.text } : article;
  const found = extractMentions(read);
  // (A plain text's title line is already the text's first paragraph: it is read as the headline.)
  const bodyStart = headline ? shift : titleParagraphEnd(article);
  const normalized = normalize(read, found.mentions, found.analysis, bodyStart, !headline && bodyStart > 0);
  // Names the recognizer missed that a deal frame placed as parties are entities too.
  // A lone word guessed to be a person that a deal names in a company's role is an organization.
  const recognized = normalized.retyped.size ? found.mentions.entities.map((e) => (normalized.retyped.has(e.id) ? { ...e, type: 'organization' as const } : e)) : found.mentions.entities;
  const withFrames = normalized.entities.length || normalized.retyped.size ? { ...found.mentions, entities: [...recognized, ...normalized.entities] } : found.mentions;
  const { mentions, deal, otherDeals } = headline ? projectToBody(withFrames, normalized, shift) : { mentions: withFrames, deal: normalized.deal, otherDeals: normalized.otherDeals };
  const record = {
    schemaVersion: SCHEMA_VERSION,
    id: article.id,
    source: {
      title: article.title,
      publishedAt: article.publishedAt,
      url: article.url,
      author: article.author,
      siteName: article.siteName,
      language: article.language,
    },
    text: article.text,
    entities: mentions.entities,
    money: mentions.money,
    percentages: mentions.percentages,
    dates: mentions.dates,
    deal,
    otherDeals,
  };
  const parsed = DealRecordSchema.safeParse(record);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DealsiftError('INVALID_RECORD', article.id, `record failed its schema at ${first.path.join('.')}: ${first.message} (a bug: please report it with this input)`);
  }
  return parsed.data;
}

/** Turn one article into a validated deal record; throws a DealsiftError on bad input. */
/** Raw input over this many characters or bytes is refused before parsing (a page, not an archive). */
const MAX_RAW = 20 * 1024 * 1024;

function checkRawSize(doc: InputDoc): void {
  const size = doc.html?.length ?? doc.text?.length ?? doc.bytes?.length ?? 0;
  if (size > MAX_RAW) {
    throw new DealsiftError('TOO_LARGE', doc.id, `the input has ${size} characters or bytes, over the limit of ${MAX_RAW} for one article (expected a news page or story)`);
  }
}

export function extract(input: ExtractInput, options: PipelineOptions = {}): DealRecord {
  const doc = toInputDoc(input);
  checkRawSize(doc);
  return recordFromArticle(ingest(doc, options), options);
}

export type SafeResult<T> = { success: true; data: T } | { success: false; error: DealsiftError };

/** The non-throwing twin of `extract`. */
export function safeExtract(input: ExtractInput, options: PipelineOptions = {}): SafeResult<DealRecord> {
  const id = typeof input === 'string' ? 'input' : String(input?.id ?? 'input');
  try {
    return { success: true, data: extract(input, options) };
  } catch (err) {
    return { success: false, error: toDealsiftError(id, err) };
  }
}

/** The ingest stage alone, as `dealsift ingest` prints it. */
export function ingestOnly(input: ExtractInput, options: PipelineOptions = {}) {
  const a = ingest(toInputDoc(input), options);
  return { id: a.id, title: a.title, publishedAt: a.publishedAt, author: a.author, siteName: a.siteName, url: a.url, text: a.text };
}

