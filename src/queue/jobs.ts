/**
 * What a queue job carries: one input, whole, so that a worker on another machine needs nothing but
 * Redis (no shared file system). Pure functions, kept apart from Redis so they can be tested alone.
 */
import { createHash } from 'node:crypto';
import { DealsiftError, toErrorLine, type ErrorCode } from '../errors.js';
import type { InputItem } from '../io/inputs.js';
import type { FetchedMeta, InputDoc, PipelineOptions } from '../types.js';

/** The job's data (JSON). Exactly one of html, text, bytes (base64) or error. */
export interface ArticleJobData {
  /** The input's id, as `extract` would name it (a path relative to where `queue add` ran, or a JSONL id). */
  id: string;
  html?: string;
  text?: string;
  /** An HTML page's raw bytes, base64: ingest decides its charset, as for a local file. */
  bytes?: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  /** A page fetched from the web: its final URL, header charset, and the feed's title and date. */
  fetched?: FetchedMeta;
  /** The input could not be read when it was added: the worker turns this into its error line. */
  error?: { code: ErrorCode; message: string };
  /** Pipeline options given to `queue add` (so every worker uses the same ones). */
  options?: PipelineOptions;
}

/** What a worker stores as the job's result: the JSONL line, and what the summary counts. */
export interface ArticleJobResult {
  ok: boolean;
  deals: number;
  line: string;
}

/**
 * A stable job id for an input id: the same input added twice is the same job. BullMQ's own ids
 * may not be integers or contain ":", which input ids may ("feed.jsonl:12"), hence a digest.
 */
export function jobIdFor(inputId: string): string {
  return `a${createHash('sha256').update(inputId).digest('hex').slice(0, 40)}`;
}

export function toJobData(item: InputItem, options: PipelineOptions = {}): ArticleJobData {
  const data: ArticleJobData = { id: item.id };
  if (item.error) {
    data.error = toErrorLine(item.id, item.error).error as ArticleJobData['error'];
    return data;
  }
  const d = item.doc;
  if (d.bytes) data.bytes = Buffer.from(d.bytes.buffer, d.bytes.byteOffset, d.bytes.byteLength).toString('base64');
  else if (d.html !== undefined) data.html = d.html;
  else data.text = d.text ?? '';
  if (d.title !== undefined) data.title = d.title;
  if (d.url !== undefined) data.url = d.url;
  if (d.publishedAt !== undefined) data.publishedAt = d.publishedAt;
  if (d.fetched !== undefined) data.fetched = d.fetched;
  if (options.published !== undefined || options.maxTextLength !== undefined) data.options = { ...options };
  return data;
}

/** The error line of an input that could not be read when it was added: the same line `extract` writes. */
export function errorLineOf(data: ArticleJobData): string | null {
  return data.error ? JSON.stringify({ id: data.id, error: { code: data.error.code, message: data.error.message } }) : null;
}

/** The input item a job carries (the inverse of toJobData); for an error job, see errorLineOf. */
export function fromJobData(data: ArticleJobData): InputItem {
  if (!data || typeof data.id !== 'string') throw new DealsiftError('BAD_JSONL', 'queue', 'expected a dealsift job with a string "id" (was this queue filled by `dealsift queue add`?)');
  const id = data.id;
  if (data.error) return { id, error: new DealsiftError(data.error.code, id, data.error.message.startsWith(`${id}: `) ? data.error.message.slice(id.length + 2) : data.error.message) };
  const doc: InputDoc = { id };
  if (typeof data.bytes === 'string') {
    const b = Buffer.from(data.bytes, 'base64');
    doc.bytes = new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  } else if (typeof data.html === 'string') doc.html = data.html;
  else doc.text = typeof data.text === 'string' ? data.text : '';
  if (data.title !== undefined) doc.title = data.title;
  if (data.url !== undefined) doc.url = data.url;
  if (data.publishedAt !== undefined) doc.publishedAt = data.publishedAt;
  if (data.fetched !== undefined) doc.fetched = data.fetched;
  return { id, doc };
}
