/** dealsift: news articles about business deals -> validated, structured deal records. */
export { extract, safeExtract, ingestOnly, recordFromArticle, type ExtractInput, type SafeResult } from './pipeline.js';
export { ingest } from './ingest/index.js';
export { extractMentions, analyze, type Extraction, type Analysis } from './extract/index.js';
export { findEntities } from './extract/entities/index.js';
export { findMoney, findPercentages, findDates } from './extract/values/index.js';
export { normalize } from './normalize/index.js';
export * from './schema/index.js';
export { DealsiftError, toErrorLine, type ErrorCode } from './errors.js';
export type { Article, ArticleMeta, FetchedMeta, InputDoc, Mentions, PipelineOptions } from './types.js';
export { readInputs, isUrl, type InputItem, type ReadInputsOptions } from './io/inputs.js';
// The fetcher itself (undici, the feed parser) is the subpath 'dealsift/fetch', loaded only by who needs it;
// readInputs loads it by itself when its inputs hold a URL.
export type { FetchOptions, FetchInputsOptions, FetchedResponse, Feed, FeedLink } from './fetch/index.js';
export { runBatch, prepareResume, defaultJobs, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_HEAP_MB, type BatchOptions, type BatchResult, type ResumeState } from './batch/index.js';
export * from './view/index.js';
