/**
 * Fetching against a local server: every failure is one error item with its code and the URL in
 * its message, the batch goes on, order is kept, nothing hangs, and the politeness limits hold.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchInputs, type FetchInputsOptions, type PendingItem } from '../../src/fetch/stage.js';
import { VERSION } from '../../src/fetch/options.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { ingest } from '../../src/ingest/index.js';
import type { InputItem } from '../../src/io/inputs.js';
import { CP1252_TEXT, TEST_MAX_BYTES, corpusDir, corpusFiles, startTestServer, type TestServer } from './server.js';

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.base;
});
afterAll(async () => {
  await server.close();
});

/** Small limits and no delay, so that the suite stays fast. */
const FAST: FetchInputsOptions = { delayMs: 0, perHost: 4, timeoutMs: 600, connectTimeoutMs: 600, retries: 2, retryBaseMs: 20, maxRetryAfterMs: 5000, maxBytes: TEST_MAX_BYTES };

function urls(list: string[], expand = true): PendingItem[] {
  return list.map((u) => ({ id: u, url: { url: u, expand, depth: 0 } }));
}

async function collect(list: string[], options: FetchInputsOptions = {}, expand = true): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of fetchInputs(urls(list, expand), { ...FAST, ...options })) out.push(item);
  return out;
}

const page = corpusFiles.find((f) => f.endsWith('.html'))!;
const pageBytes = () => readFileSync(path.join(corpusDir, page));

describe('fetching pages', () => {
  it('gives the bytes of a page, the final URL after redirects, and decompresses gzip, deflate and brotli', async () => {
    const list = [`/pages/${page}`, `/hop/1/${page}`, `/hop/5/${page}`, `/gzip/${page}`, `/deflate/${page}`, `/br/${page}`, `/flaky/${page}`].map((p) => base + p);
    const items = await collect(list);
    expect(items.map((i) => i.error?.message)).toEqual(list.map(() => undefined));
    const want = pageBytes();
    for (const [i, item] of items.entries()) {
      expect(Buffer.from(item.doc!.bytes!).equals(want)).toBe(true);
      expect(item.doc!.fetched!.charset).toBe('utf-8');
    }
    expect(items.map((i) => i.id)).toEqual([`${base}/pages/${page}`, `${base}/pages/${page}`, `${base}/pages/${page}`, `${base}/gzip/${page}`, `${base}/deflate/${page}`, `${base}/br/${page}`, `${base}/flaky/${page}`]);
    expect(items.every((i) => i.doc!.fetched!.url === i.id)).toBe(true);
    // the 500 was retried once
    expect(server.stats.hits.get(`/flaky/${page}`)).toBe(2);
    expect([...server.stats.agents]).toContain(`dealsift/${VERSION} (+https://www.npmjs.com/package/dealsift)`);
    expect([...server.stats.encodings].some((e) => /gzip/.test(e) && /br/.test(e) && /deflate/.test(e))).toBe(true);
  });

  it('turns every failure into one error item with its code, naming the URL, in input order, without hanging', async () => {
    const cases: [string, string][] = [
      ['/missing', 'HTTP_404'],
      [`/hop/6/${page}`, 'REDIRECTS'],
      ['/loop/a', 'REDIRECTS'],
      ['/stall', 'TIMEOUT'],
      ['/stall-headers', 'TIMEOUT'],
      ['/endless', 'TIMEOUT'],
      ['/large', 'TOO_LARGE'],
      ['/large-chunked', 'TOO_LARGE'],
      ['/bomb', 'TOO_LARGE'],
      ['/report.pdf', 'CONTENT_TYPE'],
      ['/data.xml', 'CONTENT_TYPE'],
      [`/private/${page}`, 'ROBOTS'],
      ['/always-503', 'HTTP_503'],
      ['/busy-long', 'HTTP_429'],
    ];
    const list = [`${base}/pages/${page}`, ...cases.map(([p]) => base + p), 'ftp://example.org/x', `${base}/pages/${page}`];
    const t0 = Date.now();
    const items = await collect(list);
    const took = Date.now() - t0;
    expect(items).toHaveLength(list.length);
    expect(items.map((i) => i.error?.code ?? 'ok')).toEqual(['ok', ...cases.map(([, code]) => code), 'BAD_URL', 'ok']);
    for (const [i, item] of items.entries()) {
      if (!item.error) continue;
      expect(item.id).toBe(list[i]);
      expect(item.error.message).toContain(list[i].replace(/\/[^/]*$/, '')); // the URL (a redirect names where it went)
    }
    expect(items[1 + cases.findIndex(([p]) => p === `/private/${page}`)].error!.message).toMatch(/disallowed by .*robots\.txt/);
    // a 503 is retried, then given up; a Retry-After beyond the limit is not waited for
    expect(server.stats.hits.get('/always-503')).toBe(3);
    expect(server.stats.hits.get('/busy-long')).toBe(1);
    // reading stopped near the limit: the server did not get to send its 64 MB
    expect(server.stats.chunkedSent).toBeLessThan(16 * 1024 * 1024);
    // timeouts of 600 ms each, run side by side: far from a hang
    expect(took).toBeLessThan(8000);
  });

  it('names a host that does not resolve as a DNS error', async () => {
    const [item] = await collect(['http://no-such-host.invalid/news/1.html'], { retries: 0 });
    expect(item.error?.code).toBe('DNS');
    expect(item.error?.message).toContain('no-such-host.invalid');
  });

  it('waits as long as Retry-After says before retrying a 429', async () => {
    const [item] = await collect([`${base}/busy/${page}`]);
    expect(item.error).toBeUndefined();
    const [first, second] = server.stats.busyTimes;
    expect(second - first).toBeGreaterThanOrEqual(950);
  });

  it('decodes a page by the charset of the Content-Type header when the page declares none', async () => {
    const [item] = await collect([`${base}/cp1252`]);
    expect(item.doc!.fetched!.charset).toBe('windows-1252');
    const article = ingest(item.doc!);
    expect(article.title).toBe(CP1252_TEXT[0]);
    expect(article.text).toContain('for €1.2 billion in cash, in a deal its chief executive called “a natural fit”.');
    expect(article.url).toBe(`${base}/cp1252`);
    // without the header, the bytes are not UTF-8: the header is what made the difference
    expect(decodeBytes(item.doc!.bytes!, 'x').text).toContain('\ufffd');
  });

  it('obeys robots.txt for its own user agent, and ignores it when told to', async () => {
    const [allowed] = await collect([`${base}/private/${page}`], { robots: false });
    expect(allowed.error).toBeUndefined();
    const [refused] = await collect([`${base}/pages/${page}`], { userAgent: 'otherbot/2.0' });
    expect(refused.error?.code).toBe('ROBOTS');
    expect(refused.error?.message).toContain('"otherbot"');
  });
});

describe('politeness', () => {
  it('keeps at most perHost requests in flight to one host', async () => {
    server.stats.slowMax = 0;
    const items = await collect([1, 2, 3, 4, 5, 6].map((n) => `${base}/slow/${n}`), { perHost: 2, lookahead: 8 });
    expect(items.every((i) => !i.error)).toBe(true);
    expect(server.stats.slowMax).toBe(2);
  });

  it('spaces the starts of requests to one host by the delay', async () => {
    server.stats.slowStarts.length = 0;
    await collect([11, 12, 13, 14].map((n) => `${base}/slow/${n}`), { perHost: 4, delayMs: 120 });
    const starts = server.stats.slowStarts;
    expect(starts).toHaveLength(4);
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(110);
  });

  it('fetches no further ahead than the lookahead while the batch is busy', async () => {
    const list = [21, 22, 23, 24, 25, 26, 27, 28].map((n) => `${base}/slow/${n}`);
    const gen = fetchInputs(urls(list), { ...FAST, lookahead: 3 });
    const first = await gen.next();
    expect(first.value?.id).toBe(list[0]);
    await new Promise((r) => setTimeout(r, 600)); // the batch is busy: nothing more is taken
    const fetched = list.filter((u) => server.stats.hits.has(new URL(u).pathname)).length;
    expect(fetched).toBeLessThanOrEqual(4);
    const rest: string[] = [];
    for await (const item of gen) rest.push(item.id);
    expect(rest).toEqual(list.slice(1));
  });

  it('does not fetch URLs that the skip function (--resume) says are done', async () => {
    const list = [31, 32, 33].map((n) => `${base}/slow/${n}`);
    const items = await collect(list, { skip: (id) => id.endsWith('/32') });
    expect(items.map((i) => i.id)).toEqual([list[0], list[2]]);
    expect(server.stats.hits.has('/slow/32')).toBe(false);
  });
});

describe('feeds and sitemaps', () => {
  it('an RSS feed stands for its articles, in the feed order, with the feed title and date', async () => {
    const items = await collect([`${base}/rss.xml`]);
    expect(items.map((i) => i.id)).toEqual([...corpusFiles].reverse().map((f) => `${base}/pages/${f}`));
    expect(items.every((i) => !i.error)).toBe(true);
    expect(items[0].doc!.fetched).toMatchObject({ title: `Feed title for ${corpusFiles[corpusFiles.length - 1]}`, publishedAt: 'Tue, 02 Jan 2024 08:30:00 GMT' });
  });

  it('an Atom feed: relative links resolved, the alternate link chosen over an enclosure, HTML titles as text', async () => {
    const items = await collect([`${base}/atom.xml`]);
    expect(items.map((i) => i.id)).toEqual(corpusFiles.slice(0, 5).map((f) => `${base}/pages/${f}`));
    expect(items[0].doc!.fetched).toMatchObject({ title: 'Atom title 0', publishedAt: '2024-03-01T10:00:00Z' });
  });

  it('a sitemap index stands for the pages of its sitemaps, a gzipped one too', async () => {
    const items = await collect([`${base}/sitemap-index.xml`]);
    expect(items.map((i) => i.id)).toEqual(corpusFiles.slice(0, 9).map((f) => `${base}/pages/${f}`));
    // lastmod is not a publication date
    expect(items[0].doc!.fetched!.publishedAt).toBeUndefined();
  });

  it('an entry without a link is an error item, a repeated link is fetched once, a failing one is an error item', async () => {
    const items = await collect([`${base}/odd.xml`]);
    expect(items.map((i) => [i.id, i.error?.code ?? 'ok'])).toEqual([
      [`${base}/untitled.html`, 'ok'],
      [`${base}/odd.xml#item-2`, 'BAD_FEED'],
      [`${base}/missing`, 'HTTP_404'],
      [`${base}/pages/${corpusFiles[0]}`, 'ok'],
    ]);
    expect(items[1].error!.message).toMatch(/item 2 of .*odd\.xml has no link/);
  });

  it('with expand off, a feed is read as a page', async () => {
    const items = await collect([`${base}/rss.xml`], {}, false);
    expect(items).toHaveLength(1);
    expect(items[0].id).toBe(`${base}/rss.xml`);
    expect(Buffer.from(items[0].doc!.bytes!).toString('utf8')).toMatch(/^<\?xml/);
  });

  it('mixes URLs with other inputs in the order given', async () => {
    const file: InputItem = { id: 'local.txt', doc: { id: 'local.txt', text: 'x' } };
    const out: string[] = [];
    for await (const item of fetchInputs([file, ...urls([`${base}/atom.xml`]), file, ...urls([`${base}/missing`])], FAST)) out.push(item.id);
    expect(out).toEqual(['local.txt', ...corpusFiles.slice(0, 5).map((f) => `${base}/pages/${f}`), 'local.txt', `${base}/missing`]);
  });
});
