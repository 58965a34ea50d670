/** The fetcher's options and their defaults: each one a polite, safe default that a caller can change. */
import { createRequire } from 'node:module';

export interface FetchOptions {
  /** Requests in flight at most per host (scheme, name and port), default 2. */
  perHost?: number;
  /** Least time between the starts of two requests to one host, in ms (default 1000). A robots.txt Crawl-delay raises it for its host (up to maxCrawlDelayMs). */
  delayMs?: number;
  /** A robots.txt Crawl-delay is honoured up to this many ms (default 30000). */
  maxCrawlDelayMs?: number;
  /** Time to open the connection, in ms (default 10000). */
  connectTimeoutMs?: number;
  /** Time for one whole request, from its start to the last byte of the body, in ms (default 30000). */
  timeoutMs?: number;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
  /** Largest body read, in bytes after decompression (default 20 MB, the limit for a file): a larger one is refused (TOO_LARGE) as soon as that shows. */
  maxBytes?: number;
  /** Retries after a 429, a 5xx or a network error (default 3), with exponential backoff. */
  retries?: number;
  /** First backoff in ms, doubled at each retry (default 1000). A Retry-After header wins over it. */
  retryBaseMs?: number;
  /** A Retry-After longer than this (ms) is not waited for: the URL fails at once with its status (default 60000). */
  maxRetryAfterMs?: number;
  /** Obey robots.txt (default true). */
  robots?: boolean;
  /** The User-Agent header (default `dealsift/<version> (+https://www.npmjs.com/package/dealsift)`); its first word is the name matched in robots.txt. */
  userAgent?: string;
  /** A URL whose response is an RSS or Atom feed or an XML sitemap stands for the links it lists (default true); false reads it as a page. */
  expand?: boolean;
  /** URLs fetched ahead of the one the batch waits for, at most (default 16): the bound on pages held in memory. */
  lookahead?: number;
}

export type ResolvedFetchOptions = Required<FetchOptions>;

const require = createRequire(import.meta.url);

/** The package's version, read from its package.json (src/fetch and dist/fetch are both two levels down). */
export const VERSION: string = (require('../../package.json') as { version: string }).version;

export const DEFAULT_USER_AGENT = `dealsift/${VERSION} (+https://www.npmjs.com/package/dealsift)`;

export const DEFAULT_FETCH_OPTIONS: ResolvedFetchOptions = {
  perHost: 2,
  delayMs: 1000,
  maxCrawlDelayMs: 30_000,
  connectTimeoutMs: 10_000,
  timeoutMs: 30_000,
  maxRedirects: 5,
  maxBytes: 20 * 1024 * 1024,
  retries: 3,
  retryBaseMs: 1000,
  maxRetryAfterMs: 60_000,
  robots: true,
  userAgent: DEFAULT_USER_AGENT,
  expand: true,
  lookahead: 16,
};

/** The options with every default filled in (undefined values count as not given). */
export function resolveFetchOptions(options: FetchOptions = {}): ResolvedFetchOptions {
  const out = { ...DEFAULT_FETCH_OPTIONS };
  for (const [k, v] of Object.entries(options)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  out.perHost = Math.max(1, Math.floor(out.perHost));
  out.lookahead = Math.max(1, Math.floor(out.lookahead));
  return out;
}
