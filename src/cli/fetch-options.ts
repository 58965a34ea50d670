/** The options for URL inputs that extract, ingest and queue add share, and their checks. */
import type { Command } from 'commander';
import { DEFAULT_FETCH_OPTIONS as D, type FetchOptions } from '../fetch/options.js';
import { checkInt, usage } from './common.js';

export interface FetchOpts {
  urls?: string[];
  expand?: boolean;
  perHost?: string;
  delay?: string;
  connectTimeout?: string;
  fetchTimeout?: string;
  retries?: string;
  maxRedirects?: string;
  robots?: boolean;
  userAgent?: string;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function withFetchOptions(cmd: Command): Command {
  return cmd
    .option('--urls <file>', 'read URLs from this file, one per line ("#" comments); may be repeated', collect)
    .option('--no-expand', 'read a URL that is an RSS/Atom feed or a sitemap as a page, instead of the articles it lists')
    .option('--per-host <n>', `requests at a time per host (default ${D.perHost})`)
    .option('--delay <ms>', `least time between two requests to one host, in ms (default ${D.delayMs}; a robots.txt Crawl-delay may raise it)`)
    .option('--connect-timeout <ms>', `time to connect, in ms (default ${D.connectTimeoutMs})`)
    .option('--fetch-timeout <ms>', `time for a whole request, in ms (default ${D.timeoutMs})`)
    .option('--retries <n>', `retries after a 429, a 5xx or a network error, with backoff and Retry-After (default ${D.retries})`)
    .option('--max-redirects <n>', `redirects followed at most (default ${D.maxRedirects})`)
    .option('--no-robots', 'do not read or obey robots.txt (only for sites you may fetch freely)')
    .option('--user-agent <text>', `the User-Agent header (default "${D.userAgent}")`);
}

/** The fetch options given on the command line (absent ones left to the defaults). */
export function fetchOptionsFrom(opts: FetchOpts): FetchOptions {
  const ua = opts.userAgent;
  if (ua !== undefined && (!ua.trim() || /[\r\n]/.test(ua))) throw usage(`--user-agent: expected a one-line, non-empty User-Agent, got ${JSON.stringify(ua)}`);
  return {
    expand: opts.expand,
    perHost: checkInt('--per-host', opts.perHost, 1, 'a whole number of requests, 1 or more'),
    delayMs: checkInt('--delay', opts.delay, 0, 'a delay in milliseconds'),
    connectTimeoutMs: checkInt('--connect-timeout', opts.connectTimeout, 1, 'a time in milliseconds, 1 or more'),
    timeoutMs: checkInt('--fetch-timeout', opts.fetchTimeout, 1, 'a time in milliseconds, 1 or more'),
    retries: checkInt('--retries', opts.retries, 0, 'a whole number of retries'),
    maxRedirects: checkInt('--max-redirects', opts.maxRedirects, 0, 'a whole number of redirects'),
    robots: opts.robots,
    userAgent: ua?.trim(),
  };
}
