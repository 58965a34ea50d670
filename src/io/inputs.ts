/**
 * Reading inputs for a batch: files, directories (recursive, sorted), JSONL files, standard input
 * and http(s) URLs (fetched by src/fetch, which is loaded only when a URL is among the inputs).
 * Every input yields exactly one item, either a document or the error that stops it, so a batch
 * never drops anything silently (a feed or sitemap yields one per page it lists).
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DealsiftError } from '../errors.js';
import type { FetchInputsOptions, PendingItem } from '../fetch/stage.js';
import type { InputDoc } from '../types.js';

export type InputItem = { id: string; doc: InputDoc; error?: undefined } | { id: string; doc?: undefined; error: DealsiftError };

export interface ReadInputsOptions {
  /** Directory that ids are made relative to (default: process.cwd()). */
  cwd?: string;
  /** Read standard input ("-") as JSONL items rather than one article. */
  jsonl?: boolean;
  /** The stream read for "-" (default: process.stdin). */
  stdin?: Readable;
  /** Largest file read as one article, in bytes (default 20 MB); larger ones are TOO_LARGE errors. */
  maxBytes?: number;
  /** Files that list URLs, one per line ("#" starts a comment), read after `paths`. */
  urlFiles?: string[];
  /** How URLs are fetched: politeness, limits, feeds (src/fetch; maxBytes above is the default body limit). */
  fetch?: FetchInputsOptions;
}

/** True for an input that is an http:// or https:// URL. */
export function isUrl(p: string): boolean {
  return /^https?:\/\//i.test(p);
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const ARTICLE_EXT = new Set(['.html', '.htm', '.txt']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

function relId(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file).split(path.sep).join('/');
}

/** Decode a text file's bytes: UTF-8 (BOM or not) or UTF-16 with a BOM. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

/** The fields a JSONL item may have (record.md). */
const JSONL_FIELDS = new Set(['id', 'html', 'text', 'title', 'url', 'publishedAt']);

/** One JSONL line -> an input item (or the error that says what was expected). */
export function parseJsonlLine(line: string, where: string): InputItem {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { id: where, error: new DealsiftError('BAD_JSONL', where, `expected a JSON object per line: ${(e as Error).message}`) };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
    return { id: where, error: new DealsiftError('BAD_JSONL', where, 'expected a JSON object per line, like {"id": "...", "text": "..."}') };
  }
  const o = obj as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => !JSONL_FIELDS.has(k));
  const id = typeof o.id === 'string' && o.id ? o.id : typeof o.id === 'number' ? String(o.id) : null;
  if (!id) return { id: where, error: new DealsiftError('BAD_JSONL', where, 'expected a non-empty string "id"') };
  const hasHtml = typeof o.html === 'string';
  const hasText = typeof o.text === 'string';
  if (hasHtml === hasText) {
    return { id, error: new DealsiftError('BAD_JSONL', id, `expected exactly one of "html" or "text" (strings), got ${hasHtml ? 'both' : 'neither'} (${where})`) };
  }
  if (unknown.length) {
    return { id, error: new DealsiftError('BAD_JSONL', id, `unexpected field ${JSON.stringify(unknown[0])} (${where}); expected only ${[...JSONL_FIELDS].join(', ')}`) };
  }
  for (const k of ['title', 'url', 'publishedAt'] as const) {
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') {
      return { id, error: new DealsiftError('BAD_JSONL', id, `expected "${k}" to be a string (${where})`) };
    }
  }
  const doc: InputDoc = { id };
  if (hasHtml) doc.html = o.html as string;
  else doc.text = o.text as string;
  if (typeof o.title === 'string') doc.title = o.title;
  if (typeof o.url === 'string') doc.url = o.url;
  if (typeof o.publishedAt === 'string') doc.publishedAt = o.publishedAt;
  return { id, doc };
}

const NEWLINE = 0x0a;

/**
 * The lines of a stream (split on "\n", a "\r" before it dropped), read only as fast as they are
 * taken: at most one chunk and one line are held. (readline's async iterator reads ahead up to 1,024
 * lines, which for a dump of web pages is tens of megabytes, on the thread that feeds the workers.)
 * A line is decoded as UTF-8 once it is whole, so a character split across chunks stays whole.
 */
export async function* linesOf(stream: Readable): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  const text = (b: Buffer) => {
    const end = b.length && b[b.length - 1] === 0x0d ? b.length - 1 : b.length;
    return b.toString('utf8', 0, end);
  };
  for await (const chunk of stream) {
    const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(NEWLINE); nl !== -1; nl = buf.indexOf(NEWLINE, start)) {
      const piece = buf.subarray(start, nl);
      const line = parts.length ? Buffer.concat([...parts, piece]) : piece;
      parts = [];
      start = nl + 1;
      yield text(line);
    }
    if (start < buf.length) parts.push(buf.subarray(start));
  }
  if (parts.length) yield text(Buffer.concat(parts));
}

async function* readJsonlStream(stream: Readable, name: string): AsyncGenerator<InputItem> {
  let n = 0;
  for await (const line of linesOf(stream)) {
    n++;
    if (!line.trim()) continue;
    yield parseJsonlLine(line, `${name}:${n}`);
  }
}

async function readStdinAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

async function fileItem(file: string, id: string, maxBytes: number): Promise<InputItem> {
  const ext = path.extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    const size = (await stat(file)).size;
    if (size > maxBytes) {
      return { id, error: new DealsiftError('TOO_LARGE', id, `the file has ${size} bytes, over the limit of ${maxBytes} for one article (expected a news page or story)`) };
    }
    bytes = await readFile(file);
  } catch (e) {
    return { id, error: new DealsiftError('READ_FAILED', id, `could not read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`) };
  }
  if (ext === '.txt') return { id, doc: { id, text: decodeText(bytes) } };
  return { id, doc: { id, bytes: new Uint8Array(bytes) } };
}

/** Walk a directory recursively in sorted order, yielding article and JSONL files; symlink loops are cut. */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<string | { file: string; error: DealsiftError }> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    yield { file: dir, error: new DealsiftError('READ_FAILED', dir, `could not resolve the directory: ${(e as NodeJS.ErrnoException).code}`) };
    return;
  }
  if (seen.has(real)) return; // a symlink loop, or a directory already walked
  seen.add(real);
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (e) {
    yield { file: dir, error: new DealsiftError('READ_FAILED', dir, `could not list the directory: ${(e as NodeJS.ErrnoException).code}`) };
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    let st;
    try {
      st = await stat(full);
    } catch (e) {
      const ext = path.extname(name).toLowerCase();
      if (ARTICLE_EXT.has(ext) || JSONL_EXT.has(ext)) {
        yield { file: full, error: new DealsiftError('READ_FAILED', full, `could not read the file: ${(e as NodeJS.ErrnoException).code}`) };
      }
      continue;
    }
    if (st.isDirectory()) yield* walk(full, seen);
    else if (st.isFile()) {
      const ext = path.extname(name).toLowerCase();
      if (ARTICLE_EXT.has(ext) || JSONL_EXT.has(ext)) yield full;
    }
  }
}

/**
 * The inputs named by `paths` (and the URLs listed in `options.urlFiles`), one item per article, in
 * order. Files other than .html, .htm, .txt and .jsonl are skipped inside directories and reported
 * as errors when named directly. A URL's item is its page, fetched (its id the final URL); a feed's
 * or sitemap's, the items of the pages it lists.
 */
export async function* readInputs(paths: string[], options: ReadInputsOptions = {}): AsyncGenerator<InputItem> {
  if (!paths.some(isUrl) && !options.urlFiles?.length) {
    yield* readSources(paths, options) as AsyncGenerator<InputItem>;
    return;
  }
  const { fetchInputs } = await import('../fetch/stage.js');
  yield* fetchInputs(readSources(paths, options), { maxBytes: options.maxBytes, ...options.fetch });
}

/** A URL list: one URL per line; blank lines and "#" comments (at the start, or after a space) skipped. */
async function* readUrlFile(file: string, cwd: string, expand: boolean): AsyncGenerator<PendingItem> {
  const name = relId(path.resolve(cwd, file), cwd);
  let n = 0;
  try {
    for await (const raw of linesOf(createReadStream(path.resolve(cwd, file)))) {
      n++;
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (!line) continue;
      if (!isUrl(line)) {
        yield { id: `${name}:${n}`, error: new DealsiftError('BAD_URL', `${name}:${n}`, `expected an http:// or https:// URL per line (--urls), got "${line.length > 80 ? `${line.slice(0, 77)}...` : line}"`) };
        continue;
      }
      yield { id: line, url: { url: line, expand, depth: 0 } };
    }
  } catch (e) {
    yield { id: name, error: new DealsiftError('READ_FAILED', name, `could not read the URL list (--urls): ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`) };
  }
}

/** The inputs in order, URLs not yet fetched. */
async function* readSources(paths: string[], options: ReadInputsOptions): AsyncGenerator<PendingItem> {
  const cwd = options.cwd ?? process.cwd();
  const seen = new Set<string>();
  const expand = options.fetch?.expand ?? true;
  for (const p of paths) {
    if (isUrl(p)) {
      yield { id: p, url: { url: p, expand, depth: 0 } };
      continue;
    }
    if (p === '-') {
      const stream = options.stdin ?? process.stdin;
      if (options.jsonl) {
        yield* readJsonlStream(stream, '-');
      } else {
        const bytes = await readStdinAll(stream);
        const text = decodeText(bytes);
        const doc: InputDoc = /^\s*</.test(text) ? { id: '-', html: text } : { id: '-', text };
        yield { id: '-', doc };
      }
      continue;
    }
    const full = path.resolve(cwd, p);
    let st;
    try {
      st = await stat(full);
    } catch (e) {
      // A quoted glob ('pages/**/*.html'): its matches, sorted, as if named one by one.
      if (isDynamicPattern(p)) {
        const matches = (await glob(p, { cwd, absolute: true, onlyFiles: true, dot: false })).sort();
        if (matches.length) {
          yield* readSources(matches, { ...options, cwd, urlFiles: [] });
          continue;
        }
        yield { id: p, error: new DealsiftError('READ_FAILED', p, 'no file matches this pattern') };
        continue;
      }
      yield { id: p, error: new DealsiftError('READ_FAILED', p, `no such file or directory (${(e as NodeJS.ErrnoException).code})`) };
      continue;
    }
    const files: (string | { file: string; error: DealsiftError })[] = [];
    if (st.isDirectory()) {
      for await (const f of walk(full, seen)) files.push(f);
    } else {
      const ext = path.extname(full).toLowerCase();
      if (!ARTICLE_EXT.has(ext) && !JSONL_EXT.has(ext)) {
        yield { id: relId(full, cwd), error: new DealsiftError('UNSUPPORTED_INPUT', relId(full, cwd), `expected a .html, .htm, .txt or .jsonl file, or a directory`) };
        continue;
      }
      files.push(full);
    }
    for (const f of files) {
      if (typeof f !== 'string') {
        yield { id: relId(f.file, cwd), error: f.error };
        continue;
      }
      const id = relId(f, cwd);
      if (JSONL_EXT.has(path.extname(f).toLowerCase())) {
        try {
          yield* readJsonlStream(createReadStream(f), id);
        } catch (e) {
          yield { id, error: new DealsiftError('READ_FAILED', id, `could not read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`) };
        }
      } else {
        yield await fileItem(f, id, options.maxBytes ?? DEFAULT_MAX_BYTES);
      }
    }
  }
  for (const file of options.urlFiles ?? []) yield* readUrlFile(file, cwd, expand);
}
