/** Types shared between pipeline stages (the record's own types live in ./schema). */
import type { DateMention, Entity, Money, Percent } from './schema/index.js';

/** One input item, as read from a file, a JSONL line or a library call. */
export interface InputDoc {
  id: string;
  html?: string;
  text?: string;
  /** Raw bytes of an HTML page whose charset is still to be decided (ingest decodes them). */
  bytes?: Uint8Array;
  title?: string;
  url?: string;
  publishedAt?: string;
  /** Set for a page fetched from the web (src/fetch): what the fetch said about it. */
  fetched?: FetchedMeta;
}

/** What fetching a page said about it. Ingest reads it; it never fetches anything itself. */
export interface FetchedMeta {
  /** The final URL after redirects: the record's id and source.url, whatever the page's canonical link says. */
  url: string;
  /** The charset of the Content-Type header: it decides how `bytes` are decoded (a byte order mark still wins). */
  charset?: string;
  /** The title and publication date a feed or news sitemap gave for this page: used when the page has none of its own. */
  title?: string;
  publishedAt?: string;
}

export interface ArticleMeta {
  title: string | null;
  publishedAt: string | null;
  author: string | null;
  siteName: string | null;
  url: string | null;
  language: string | null;
}

/** The ingest stage's output: clean text plus its block structure and page metadata. */
export interface Article extends ArticleMeta {
  id: string;
  /** Clean article text; blocks joined by "\n\n". All offsets index into it. */
  text: string;
  /** Block (paragraph, heading, list item) spans in `text`, in order. */
  blocks: { start: number; end: number; kind: 'title' | 'heading' | 'paragraph' | 'list' | 'quote' }[];
}

/** Everything the extract stage finds, each mention carrying the rule that made it. */
export interface Mentions {
  entities: Entity[];
  money: Money[];
  percentages: Percent[];
  dates: DateMention[];
}

export interface PipelineOptions {
  /** Publication date for inputs that carry none (ISO date or date-time). */
  published?: string;
  /** Read the title as the article's headline (default true): a headline often states the whole
   * deal. A plain text's title line stays the first paragraph of `text`; a title given apart from
   * the text (a page's, or the input's `title`) is read before the body, and the record's text and
   * offsets are the body's. False: the text is the body alone and no headline is read. */
  readHeadline?: boolean;
  /** Longest clean article text analyzed, in characters (default 1,000,000: about 200 pages). */
  maxTextLength?: number;
}

export const DEFAULT_MAX_TEXT_LENGTH = 1_000_000;
