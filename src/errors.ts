/** Errors as data: a stable code, the input they concern, and what was expected. */

export type ErrorCode =
  | 'EMPTY_INPUT' // nothing to read, or only whitespace
  | 'BINARY_INPUT' // bytes that are not text (an image, an archive)
  | 'NO_TEXT' // a page with no readable article text
  | 'BAD_JSONL' // a JSONL line that is not a valid item
  | 'UNSUPPORTED_INPUT' // a file type or item shape we do not read
  | 'READ_FAILED' // the file system refused
  | 'TOO_LARGE' // over the size limit for one article (see PipelineOptions.maxTextLength, ReadInputsOptions.maxBytes)
  | 'TIMEOUT' // the per-article time limit ran out
  | 'INVALID_RECORD' // the record failed its own schema (a bug: please report)
  | 'LOST' // the queue holds no result for this input: its job is gone from Redis (see the README's Redis settings)
  | 'INTERNAL' // anything else (a bug: please report)
  // fetching a URL (src/fetch); TIMEOUT and TOO_LARGE above serve there too
  | `HTTP_${number}` // the server answered with this status (after retries for 429 and 5xx)
  | 'ROBOTS' // robots.txt disallows the URL, or could not be read (5xx: RFC 9309 then disallows all)
  | 'DNS' // the host name did not resolve
  | 'REDIRECTS' // more redirects than allowed, a loop, or a redirect without a usable Location
  | 'CONTENT_TYPE' // not an HTML or text page (nor a feed or sitemap where one may stand)
  | 'NETWORK' // the connection failed (refused, reset) after retries
  | 'TLS' // the TLS handshake or the certificate failed
  | 'BAD_URL' // not an http(s) URL, or one that fetch refuses (a blocked port)
  | 'BAD_FEED'; // a feed or sitemap that could not be read

export class DealsiftError extends Error {
  readonly code: ErrorCode;
  /** The input's id or path. */
  readonly input: string;
  constructor(code: ErrorCode, input: string, message: string, options?: { cause?: unknown }) {
    super(`${input}: ${message}`, options);
    this.name = 'DealsiftError';
    this.code = code;
    this.input = input;
  }
}

/** Anything thrown while handling input `id`, as a DealsiftError (unexpected ones are INTERNAL). */
export function toDealsiftError(id: string, err: unknown): DealsiftError {
  if (err instanceof DealsiftError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new DealsiftError('INTERNAL', id, `${message} (a bug: please report it with this input)`, { cause: err });
}

/** The error line written for an input that failed. */
export function toErrorLine(id: string, err: unknown): { id: string; error: { code: string; message: string } } {
  const e = toDealsiftError(id, err);
  return { id, error: { code: e.code, message: e.message } };
}
