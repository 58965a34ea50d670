/**
 * Fetching one URL politely and safely, on undici (the HTTP client inside Node's own fetch, here as
 * a package so that its Agent can set the connect timeout): redirects followed by hand (counted,
 * loops caught, robots.txt checked at every hop), the size limit applied to the body as it streams
 * in (after decompression: a gzip bomb stops at the limit), content types checked before the body is
 * read, retries with backoff for 429, 5xx and network errors, honouring Retry-After.
 */
import { Agent, fetch, type Response } from 'undici';
import { DealsiftError } from '../errors.js';
import { HostLimiter } from './limiter.js';
import { resolveFetchOptions, type FetchOptions, type ResolvedFetchOptions } from './options.js';
import { ROBOTS_MAX_BYTES, RobotsCache } from './robots.js';

/** A page as fetched: the bytes of its body (decompressed) and what the headers say about them. */
export interface FetchedResponse {
  /** The URL asked for. */
  requested: string;
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** The media type, lower case, without parameters ("text/html"), or null when the header is absent. */
  mediaType: string | null;
  /** The charset parameter of Content-Type, or null. */
  charset: string | null;
  bytes: Uint8Array;
  redirects: number;
}

/** Media types read as pages. */
export const PAGE_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);
/** Media types a feed or sitemap comes as. */
export const FEED_TYPES: ReadonlySet<string> = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml']);
/** A gzipped file (a sitemap.xml.gz), as opposed to a gzip Content-Encoding. */
export const GZIP_TYPES: ReadonlySet<string> = new Set(['application/gzip', 'application/x-gzip']);

export interface FetchCall {
  /** Which media types are accepted (others are CONTENT_TYPE errors, their body unread); an absent Content-Type is accepted. */
  accept?: (mediaType: string) => boolean;
  /** Body limit for this call (default: the fetcher's maxBytes). */
  maxBytes?: number;
  /** Stops the request (Ctrl-C). */
  signal?: AbortSignal;
  /** The id errors are named by (default: the URL asked for). */
  id?: string;
  /** Keep the first maxBytes of a longer body instead of refusing it (robots.txt). */
  truncate?: boolean;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** Network errors worth a retry: the next attempt may well succeed. */
const RETRY_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_CLOSED']);

/**
 * How a message names the URL it is about: "the server" when that is the input itself (the error's
 * id names it already), the URL when a redirect led there.
 */
export function named(url: string, id: string): string {
  return url === id ? 'the server' : url;
}

/** A message without the "id: " prefix DealsiftError puts before it. */
function bare(err: DealsiftError): string {
  return err.message.startsWith(`${err.input}: `) ? err.message.slice(err.input.length + 2) : err.message;
}

/** Media type and charset from a Content-Type header. */
export function parseContentType(header: string | null): { mediaType: string | null; charset: string | null } {
  if (!header) return { mediaType: null, charset: null };
  const [type, ...params] = header.split(';');
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1].toLowerCase();
  }
  return { mediaType: type.trim().toLowerCase() || null, charset };
}

/** Retry-After (seconds, or an HTTP date) in ms from now, or null. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const s = header.trim();
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

/** The code of a network failure, from the error or its cause. */
function errnoOf(err: unknown): string | undefined {
  let e = err as { code?: unknown; cause?: unknown; errors?: unknown[] } | undefined;
  for (let depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && e.code !== 'ABORT_ERR') return e.code;
    if (Array.isArray(e.errors) && e.errors.length) return errnoOf(e.errors[0]);
    e = e.cause as typeof e;
  }
  return undefined;
}

function causeMessage(err: unknown): string {
  const c = (err as { cause?: unknown })?.cause;
  return c instanceof Error ? c.message : err instanceof Error ? err.message : String(err);
}

/** A failure of the request itself (no HTTP answer) as a DealsiftError, and whether a retry may help. */
export function networkError(err: unknown, url: string, id: string, options: { timeoutMs: number; connectTimeoutMs: number }): { error: DealsiftError; retry: boolean } {
  if (err instanceof DealsiftError) return { error: err, retry: false };
  const name = (err as { name?: string })?.name;
  if (name === 'TimeoutError') {
    return { error: new DealsiftError('TIMEOUT', id, `${named(url, id)} did not answer in full within ${options.timeoutMs} ms (--fetch-timeout)`, { cause: err }), retry: false };
  }
  const code = errnoOf(err);
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  if (code === 'ENOTFOUND') return { error: new DealsiftError('DNS', id, `the host ${host} was not found (DNS)`, { cause: err }), retry: false };
  if (code === 'EAI_AGAIN') return { error: new DealsiftError('DNS', id, `the host ${host} could not be resolved (DNS: EAI_AGAIN)`, { cause: err }), retry: true };
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return { error: new DealsiftError('TIMEOUT', id, `could not connect to ${host} within ${options.connectTimeoutMs} ms (--connect-timeout)`, { cause: err }), retry: true };
  }
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return { error: new DealsiftError('TIMEOUT', id, `${named(url, id)} did not answer in full within ${options.timeoutMs} ms (--fetch-timeout)`, { cause: err }), retry: false };
  }
  if (code && (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL') || code === 'EPROTO')) {
    return { error: new DealsiftError('TLS', id, `the secure connection to ${host} failed: ${causeMessage(err)} (${code})`, { cause: err }), retry: false };
  }
  if (/bad port/i.test(causeMessage(err))) {
    return { error: new DealsiftError('BAD_URL', id, `the port of ${host} is one that fetch refuses to use (the Fetch standard's blocked ports)`, { cause: err }), retry: false };
  }
  return {
    error: new DealsiftError('NETWORK', id, `${url === id ? 'the request' : `the request for ${url}`} failed: ${causeMessage(err)}${code ? ` (${code})` : ''}`, { cause: err }),
    retry: code ? RETRY_CODES.has(code) : true,
  };
}

/** The body, read as it streams in, refused once it passes `max` bytes. */
async function readBody(res: Response, max: number, url: string, id: string, truncate = false): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.byteLength;
    if (n > max) {
      await reader.cancel().catch(() => {});
      if (truncate) {
        chunks.push(value.subarray(0, value.byteLength - (n - max)));
        break;
      }
      throw new DealsiftError('TOO_LARGE', id, `${named(url, id)} sent more than ${max} bytes${res.headers.get('content-encoding') ? ' once decompressed' : ''}, over the limit for one article (expected a news page or story); stopped reading`);
    }
    chunks.push(value);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The product token of a User-Agent ("dealsift" of "dealsift/0.1.0 (+...)"), matched in robots.txt. */
export function agentToken(userAgent: string): string {
  return (userAgent.trim().split(/[\s/]/)[0] || 'dealsift').toLowerCase();
}

/**
 * Fetches URLs for a run: one connection pool, one politeness limiter and one robots.txt cache
 * shared by all its requests. Call close() at the end.
 */
export class Fetcher {
  readonly options: ResolvedFetchOptions;
  readonly limiter: HostLimiter;
  private readonly agent: Agent;
  private readonly robots: RobotsCache | null;

  constructor(options: FetchOptions = {}) {
    this.options = resolveFetchOptions(options);
    const o = this.options;
    this.limiter = new HostLimiter(o.perHost, o.delayMs);
    // headers and body timeouts are covered by the whole request's time limit; these only keep undici's own (300 s) out of the way
    this.agent = new Agent({ connect: { timeout: o.connectTimeoutMs }, headersTimeout: o.timeoutMs + 1000, bodyTimeout: o.timeoutMs + 1000 });
    this.robots = o.robots
      ? new RobotsCache(async (robotsUrl) => {
          try {
            const r = await this.fetchFollowing(robotsUrl, { accept: () => true, maxBytes: ROBOTS_MAX_BYTES, truncate: true, id: robotsUrl }, false, true);
            return { status: r.status, text: Buffer.from(r.bytes).toString('utf8') };
          } catch (err) {
            // 429 and 5xx still failing after the retries: an answer all the same, which RobotsCache judges
            if (err instanceof DealsiftError && err.code.startsWith('HTTP_')) return { status: Number(err.code.slice(5)), text: '' };
            throw err;
          }
        }, agentToken(o.userAgent))
      : null;
  }

  /**
   * Fetch `url`: its final URL and body. Throws a DealsiftError naming the URL: HTTP_<status>,
   * TIMEOUT, TOO_LARGE, ROBOTS, DNS, REDIRECTS, CONTENT_TYPE, NETWORK, TLS or BAD_URL.
   */
  fetch(url: string, call: FetchCall = {}): Promise<FetchedResponse> {
    return this.fetchFollowing(url, call, this.robots !== null, false);
  }

  /** Redirects followed by hand: each hop counted, checked against robots.txt and the limiter. */
  private async fetchFollowing(url: string, call: FetchCall, checkRobots: boolean, anyStatus: boolean): Promise<FetchedResponse> {
    const id = call.id ?? url;
    const seen = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        throw new DealsiftError('BAD_URL', id, hop ? `a redirect led to "${current}", which is not a URL` : `expected an http:// or https:// URL, got "${current}"`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new DealsiftError(hop ? 'REDIRECTS' : 'BAD_URL', id, hop ? `a redirect led to ${current}, which is not an http(s) URL` : `expected an http:// or https:// URL, got "${current}"`);
      }
      seen.add(parsed.href);
      if (checkRobots) {
        const crawlDelay = await this.robots!.check(parsed.href, id);
        if (crawlDelay !== undefined && crawlDelay > 0) this.limiter.setDelay(parsed.origin, Math.min(crawlDelay * 1000, this.options.maxCrawlDelayMs));
      }
      const res = await this.withRetries(parsed, call, id, anyStatus);
      if (res.kind === 'redirect') {
        if (hop + 1 > this.options.maxRedirects) {
          throw new DealsiftError('REDIRECTS', id, `redirected more than ${this.options.maxRedirects} times (the last time to ${res.location ?? '?'}); the limit is --max-redirects`);
        }
        if (!res.location) throw new DealsiftError('REDIRECTS', id, `${current} answered HTTP ${res.status} without a Location to go to`);
        let next: URL;
        try {
          next = new URL(res.location, parsed);
        } catch {
          throw new DealsiftError('REDIRECTS', id, `${current} redirected to "${res.location}", which is not a URL`);
        }
        next.hash = '';
        if (seen.has(next.href)) throw new DealsiftError('REDIRECTS', id, `redirects in a loop (${current} -> ${next.href}, seen before)`);
        current = next.href;
        continue;
      }
      return { ...res.page, requested: url, redirects: hop };
    }
  }

  /** One hop, retried after 429, 5xx and network errors. */
  private async withRetries(url: URL, call: FetchCall, id: string, anyStatus: boolean) {
    const o = this.options;
    for (let attempt = 0; ; attempt++) {
      let wait: number;
      let last: DealsiftError;
      try {
        const r = await this.limiter.run(url.origin, () => this.once(url, call, id, anyStatus));
        if (r.kind !== 'retry') return r;
        last = r.error;
        const after = r.retryAfter;
        if (after !== null && after > o.maxRetryAfterMs) {
          throw new DealsiftError(last.code, id, `${bare(last)}; it asks to retry after ${Math.round(after / 1000)} s, longer than the ${Math.round(o.maxRetryAfterMs / 1000)} s waited at most`);
        }
        wait = after ?? o.retryBaseMs * 2 ** attempt;
        if (after !== null) this.limiter.pause(url.origin, Date.now() + after);
      } catch (err) {
        if (call.signal?.aborted) throw err;
        const { error, retry } = networkError(err, url.href, id, o);
        if (!retry) throw error;
        last = error;
        wait = o.retryBaseMs * 2 ** attempt;
      }
      if (attempt >= o.retries) {
        throw new DealsiftError(last.code, id, `${bare(last)} (${attempt + 1} attempts)`, { cause: last });
      }
      await sleep(wait, call.signal);
    }
  }

  /** One request. */
  private async once(url: URL, call: FetchCall, id: string, anyStatus: boolean) {
    const o = this.options;
    const timeout = AbortSignal.timeout(o.timeoutMs);
    const signal = call.signal ? AbortSignal.any([timeout, call.signal]) : timeout;
    const res = await fetch(url.href, {
      dispatcher: this.agent,
      redirect: 'manual',
      signal,
      headers: {
        'user-agent': o.userAgent,
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    const status = res.status;
    if (REDIRECT.has(status)) {
      await res.body?.cancel().catch(() => {});
      return { kind: 'redirect' as const, status, location: res.headers.get('location') };
    }
    if (RETRY_STATUS.has(status)) {
      await res.body?.cancel().catch(() => {});
      return { kind: 'retry' as const, error: new DealsiftError(`HTTP_${status}`, id, `${named(url.href, id)} answered HTTP ${status}${res.statusText ? ` ${res.statusText}` : ''}`), retryAfter: retryAfterMs(res.headers.get('retry-after')) };
    }
    if ((status < 200 || status > 299) && !anyStatus) {
      await res.body?.cancel().catch(() => {});
      throw new DealsiftError(`HTTP_${status}`, id, `${named(url.href, id)} answered HTTP ${status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const { mediaType, charset } = parseContentType(res.headers.get('content-type'));
    if (mediaType && call.accept && !call.accept(mediaType)) {
      await res.body?.cancel().catch(() => {});
      throw new DealsiftError('CONTENT_TYPE', id, `${url.href === id ? 'the page' : url.href} is ${mediaType}, expected an HTML or text page (text/html, application/xhtml+xml, text/plain) or an RSS/Atom feed or XML sitemap`);
    }
    const max = call.maxBytes ?? o.maxBytes;
    const length = Number(res.headers.get('content-length'));
    if (length > max && !call.truncate) {
      // compressed or not: a body this long does not shrink when it is decompressed
      await res.body?.cancel().catch(() => {});
      throw new DealsiftError('TOO_LARGE', id, `${url.href === id ? 'the page' : url.href} has ${length} bytes (Content-Length), over the limit of ${max} for one article (expected a news page or story); not read`);
    }
    const bytes = await readBody(res, max, url.href, id, call.truncate);
    return { kind: 'page' as const, page: { url: url.href, status, mediaType, charset, bytes } };
  }

  async close(): Promise<void> {
    this.limiter.close();
    await this.agent.close();
  }
}
