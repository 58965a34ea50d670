/** The batch runner and its helpers (the CLI's `extract` and `ingest` run on these). */
export { runBatch, defaultJobs, defaultWorkerFile, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_HEAP_MB, type BatchOptions, type BatchResult } from './runner.js';
export { ArticlePool, type PoolOptions } from './pool.js';
export { prepareResume, type ResumeState } from './resume.js';
export { countInputs, summaryLine, BatchProgress, type BatchCounts } from './progress.js';
export type { BatchTask, BatchTaskResult } from './task.js';
