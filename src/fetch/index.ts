/**
 * Fetching web pages, feeds and sitemaps for a batch (the CLI's URL inputs). Separate from the
 * pipeline, which stays pure: ingest never fetches; this module hands it the bytes and what the
 * fetch said about them (InputDoc.fetched).
 */
export { Fetcher, parseContentType, retryAfterMs, agentToken, PAGE_TYPES, FEED_TYPES, GZIP_TYPES, type FetchedResponse, type FetchCall } from './http.js';
export { fetchInputs, pageItem, type FetchInputsOptions, type PendingItem, type UrlItem, type UrlRef } from './stage.js';
export { parseFeed, sniffFeed, rootElement, type Feed, type FeedKind, type FeedLink } from './feeds.js';
export { HostLimiter } from './limiter.js';
export { RobotsCache, type RobotsRules } from './robots.js';
export { DEFAULT_FETCH_OPTIONS, DEFAULT_USER_AGENT, VERSION, resolveFetchOptions, type FetchOptions, type ResolvedFetchOptions } from './options.js';
