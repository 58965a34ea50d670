/**
 * robots.txt, read once per origin and kept for the run (robots-parser does the matching: groups,
 * wildcards, Allow against Disallow by longest match). What RFC 9309 says is done when it cannot be
 * read: a 4xx answer allows everything, a 5xx answer (after retries) disallows everything.
 */
import { createRequire } from 'node:module';
import { DealsiftError } from '../errors.js';

/** robots-parser's parsed file (its own types declare an ES default export that its CommonJS module lacks). */
interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getMatchingLineNumber(url: string, ua?: string): number;
  getCrawlDelay(ua?: string): number | undefined;
}

const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, contents: string) => Robot;

/** The answer for one origin: rules, everything allowed, or everything refused with a reason. */
export type RobotsRules = { kind: 'rules'; robot: Robot } | { kind: 'allow' } | { kind: 'deny'; reason: string };

/** Only this much of a robots.txt is read (Google reads 500 KiB). */
export const ROBOTS_MAX_BYTES = 512 * 1024;

/** Origins remembered at most; the oldest is forgotten beyond (a run over very many hosts). */
const MAX_ORIGINS = 10_000;

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<RobotsRules>>();

  /**
   * @param load reads the origin's robots.txt: its status and text, or throws the DealsiftError of
   *   a network failure (which then stands for every URL of that origin, as RFC 9309's "unreachable").
   * @param agent the name matched against User-agent lines (the User-Agent's product token).
   */
  constructor(
    private readonly load: (robotsUrl: string) => Promise<{ status: number; text: string }>,
    private readonly agent: string,
  ) {}

  rules(origin: string): Promise<RobotsRules> {
    let p = this.byOrigin.get(origin);
    if (!p) {
      if (this.byOrigin.size >= MAX_ORIGINS) this.byOrigin.delete(this.byOrigin.keys().next().value!);
      const robotsUrl = `${origin}/robots.txt`;
      p = this.load(robotsUrl).then(({ status, text }): RobotsRules => {
        if (status >= 200 && status < 300) return { kind: 'rules', robot: robotsParser(robotsUrl, text) };
        if (status >= 500) return { kind: 'deny', reason: `${robotsUrl} answered HTTP ${status}, so nothing on ${origin} may be fetched (RFC 9309: an unreachable robots.txt disallows all)` };
        return { kind: 'allow' }; // 4xx: no robots.txt
      });
      this.byOrigin.set(origin, p);
    }
    return p;
  }

  /** Throw ROBOTS when robots.txt disallows `url` (or the network error that kept robots.txt from being read). Returns the Crawl-delay in seconds, if any. */
  async check(url: string, id: string): Promise<number | undefined> {
    const origin = new URL(url).origin;
    let r: RobotsRules;
    try {
      r = await this.rules(origin);
    } catch (err) {
      if (err instanceof DealsiftError) {
        const message = err.message.startsWith(`${err.input}: `) ? err.message.slice(err.input.length + 2) : err.message;
        throw new DealsiftError(err.code, id, `could not read ${origin}/robots.txt: ${message}`, { cause: err });
      }
      throw err;
    }
    if (r.kind === 'allow') return undefined;
    if (r.kind === 'deny') throw new DealsiftError('ROBOTS', id, r.reason);
    if (r.robot.isAllowed(url, this.agent) === false) {
      const line = r.robot.getMatchingLineNumber(url, this.agent);
      throw new DealsiftError('ROBOTS', id, `${url === id ? 'it' : url} is disallowed by ${origin}/robots.txt${line > 0 ? ` (line ${line})` : ''} for user agent "${this.agent}" (--no-robots ignores robots.txt)`);
    }
    return r.robot.getCrawlDelay(this.agent);
  }
}
