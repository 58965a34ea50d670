/**
 * Politeness per host: at most `perHost` requests in flight to one host, their starts at least
 * `delayMs` apart, and a pause for the whole host when it answers 429 or 503 with Retry-After.
 * Requests wait in order of arrival (first come, first served), so the batch's order is kept.
 */

interface HostState {
  active: number;
  /** Waiters, first come first served. */
  queue: (() => void)[];
  /** No request starts before this time (ms since the epoch): the delay after the last start. */
  nextStart: number;
  /** Paused until this time (Retry-After). */
  pausedUntil: number;
  /** This host's delay, when robots.txt asks for more than the default. */
  delayMs: number;
  timer: NodeJS.Timeout | null;
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly perHost: number,
    private readonly delayMs: number,
  ) {}

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, queue: [], nextStart: 0, pausedUntil: 0, delayMs: this.delayMs, timer: null };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** Run `fn` when the host has room; the slot is held until its promise settles. */
  async run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const s = this.state(host);
    await new Promise<void>((resolve) => {
      s.queue.push(resolve);
      this.pump(host, s);
    });
    try {
      return await fn();
    } finally {
      s.active--;
      this.pump(host, s);
    }
  }

  /** No request to `host` starts before `until` (ms since the epoch). */
  pause(host: string, until: number): void {
    const s = this.state(host);
    s.pausedUntil = Math.max(s.pausedUntil, until);
  }

  /** Raise the delay between requests to `host` (a robots.txt Crawl-delay). */
  setDelay(host: string, delayMs: number): void {
    const s = this.state(host);
    s.delayMs = Math.max(s.delayMs, delayMs);
  }

  /** Requests in flight to `host` now. */
  active(host: string): number {
    return this.hosts.get(host)?.active ?? 0;
  }

  private pump(host: string, s: HostState): void {
    while (s.queue.length && s.active < this.perHost) {
      const now = Date.now();
      const wait = Math.max(s.nextStart, s.pausedUntil) - now;
      if (wait > 0) {
        if (!s.timer) {
          s.timer = setTimeout(() => {
            s.timer = null;
            this.pump(host, s);
          }, wait);
        }
        return;
      }
      s.active++;
      s.nextStart = now + s.delayMs;
      s.queue.shift()!();
    }
    // forget an idle host whose delay has passed (a long run over many hosts keeps no state for them)
    if (!s.queue.length && !s.active && !s.timer && Date.now() >= Math.max(s.nextStart, s.pausedUntil) && s.delayMs === this.delayMs) this.hosts.delete(host);
  }

  /** Cancel pending timers (the waiters are dropped: only for shutting down). */
  close(): void {
    for (const s of this.hosts.values()) if (s.timer) clearTimeout(s.timer);
    this.hosts.clear();
  }
}
