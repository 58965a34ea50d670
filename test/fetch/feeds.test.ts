/** Feeds and sitemaps read alone, and the small parts of the fetcher: positive and negative tables. */
import { describe, expect, it } from 'vitest';
import { parseFeed, rootElement, sniffFeed } from '../../src/fetch/feeds.js';
import { agentToken, networkError, parseContentType, retryAfterMs } from '../../src/fetch/http.js';
import { HostLimiter } from '../../src/fetch/limiter.js';
import { ingest } from '../../src/ingest/index.js';
import { fromJobData, toJobData } from '../../src/queue/jobs.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const BASE = 'https://news.example/feeds/deals.xml';

describe('sniffFeed', () => {
  const feeds: [string, string][] = [
    ['<?xml version="1.0"?><rss version="2.0"><channel/></rss>', 'rss'],
    ['\ufeff<?xml version="1.0"?>\n<!-- generator: x -->\n<feed xmlns="http://www.w3.org/2005/Atom"/>', 'atom'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel/></rdf:RDF>', 'rdf'],
    ['<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', 'sitemap'],
    ['<!DOCTYPE sitemapindex [<!ENTITY x "y">]><sitemapindex/>', 'sitemapindex'],
  ];
  it.each(feeds)('%s is a %s', (doc, kind) => expect(sniffFeed(bytes(doc))).toBe(kind));

  const pages = ['<!DOCTYPE html><html><head><title>RSS feeds</title></head></html>', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>', '<catalog><book/></catalog>', 'rss feeds are great', '<p>feed</p>', ''];
  it.each(pages)('%j is no feed', (doc) => expect(sniffFeed(bytes(doc))).toBeNull());

  it('reads the root element of a UTF-16 feed', () => {
    const doc = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="UTF-16"?><rss/>', 'utf16le')]);
    expect(sniffFeed(new Uint8Array(doc))).toBe('rss');
    expect(rootElement('  <!-- c --> <feed>')).toBe('feed');
  });
});

describe('parseFeed', () => {
  it('RSS 2.0: link, else a permalink guid; a guid that is no permalink gives no link; titles as text; dates as written', () => {
    const feed = parseFeed(
      `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Deals &amp; more</title>
        <item><title><![CDATA[Acme &amp; Widget agree <b>merger</b>]]></title><link> /2024/acme-widget </link><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>
        <item><title>Guid only &#8217;s</title><guid>https://news.example/a/2</guid><dc:date>2024-02-03T04:05:06Z</dc:date></item>
        <item><title>Not a permalink</title><guid isPermaLink="false">https://news.example/a/3</guid></item>
        <item><title>Mail</title><link>mailto:desk@news.example</link></item>
      </channel></rss>`,
      BASE,
    );
    expect(feed.kind).toBe('rss');
    expect(feed.title).toBe('Deals & more');
    expect(feed.links).toEqual([
      { url: 'https://news.example/2024/acme-widget', title: 'Acme & Widget agree merger', publishedAt: 'Tue, 10 Jun 2003 04:00:00 GMT' },
      { url: 'https://news.example/a/2', title: 'Guid only ’s', publishedAt: '2024-02-03T04:05:06Z' },
      { url: `${BASE}#item-3`, title: 'Not a permalink', publishedAt: undefined, error: `item 3 of ${BASE} has no link` },
      { url: 'mailto:desk@news.example', title: 'Mail', publishedAt: undefined, error: `item 4 of ${BASE} links to "mailto:desk@news.example", not an http(s) URL` },
    ]);
  });

  it('RSS 1.0 (RDF): the items beside the channel', () => {
    const feed = parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="x"><title>RDF</title></channel>
        <item rdf:about="https://news.example/r/1"><title>One</title><link>https://news.example/r/1</link><dc:date>2024-01-01</dc:date></item>
        <item rdf:about="https://news.example/r/2"><title>Two</title><link>https://news.example/r/2</link></item>
      </rdf:RDF>`,
      BASE,
    );
    expect(feed.kind).toBe('rdf');
    expect(feed.links.map((l) => [l.url, l.publishedAt])).toEqual([
      ['https://news.example/r/1', '2024-01-01'],
      ['https://news.example/r/2', undefined],
    ]);
  });

  it('Atom: the alternate HTML link, published before updated, an entry without an alternate link is an error', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">A</title>
        <entry><title>One</title><link rel="self" href="/api/1"/><link href="/a/1" type="text/html"/><published>2024-01-01T00:00:00Z</published><updated>2024-02-01T00:00:00Z</updated></entry>
        <entry><title>Two</title><link rel="alternate" type="application/json" href="/a/2.json"/><link rel="alternate" type="text/html" href="https://other.example/a/2"/><updated>2024-02-02T00:00:00Z</updated></entry>
        <entry><title>Three</title><link rel="enclosure" href="/a/3.mp3"/></entry>
      </feed>`,
      BASE,
    );
    expect(feed.links.map((l) => [l.url, l.publishedAt, l.error ?? null])).toEqual([
      ['https://news.example/a/1', '2024-01-01T00:00:00Z', null],
      ['https://other.example/a/2', '2024-02-02T00:00:00Z', null],
      [`${BASE}#entry-3`, undefined, `entry 3 of ${BASE} has no link`],
    ]);
  });

  it('sitemaps: lastmod is no publication date; a Google News sitemap gives title and date', () => {
    const feed = parseFeed(
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://news.example/s/1</loc><lastmod>2024-05-01</lastmod></url>
        <url><loc>https://news.example/s/2</loc><news:news><news:publication><news:name>N</news:name></news:publication><news:publication_date>2024-05-02T08:00:00+02:00</news:publication_date><news:title>Two &amp; three</news:title></news:news></url>
      </urlset>`,
      BASE,
    );
    expect(feed.links).toEqual([
      { url: 'https://news.example/s/1', title: undefined, publishedAt: undefined },
      { url: 'https://news.example/s/2', title: 'Two & three', publishedAt: '2024-05-02T08:00:00+02:00' },
    ]);
    const index = parseFeed('<sitemapindex><sitemap><loc>/s1.xml</loc></sitemap><sitemap><loc>https://news.example/s2.xml.gz</loc></sitemap></sitemapindex>', BASE);
    expect(index.kind).toBe('sitemapindex');
    expect(index.links.map((l) => l.url)).toEqual(['https://news.example/s1.xml', 'https://news.example/s2.xml.gz']);
  });

  it('does not expand entities declared in a doctype (no billion laughs)', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]><rss><channel><item><title>&g;</title><link>https://news.example/x</link></item></channel></rss>`;
    const feed = parseFeed(lol, BASE);
    expect(feed.links[0].url).toBe('https://news.example/x');
    expect((feed.links[0].title ?? '').length).toBeLessThan(1000);
  });

  it('names what it expected for a document that is no feed', () => {
    expect(() => parseFeed('<catalog/>', BASE)).toThrow(/expected an RSS or Atom feed or an XML sitemap/);
  });
});

describe('the fetcher parts', () => {
  it('parses Content-Type and Retry-After', () => {
    expect(parseContentType('text/HTML; Charset="Windows-1252"')).toEqual({ mediaType: 'text/html', charset: 'windows-1252' });
    expect(parseContentType('application/rss+xml')).toEqual({ mediaType: 'application/rss+xml', charset: null });
    expect(parseContentType(null)).toEqual({ mediaType: null, charset: null });
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30_000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(agentToken('dealsift/0.1.0 (+https://www.npmjs.com/package/dealsift)')).toBe('dealsift');
  });

  it('maps network failures to codes, and says which are worth a retry', () => {
    const opts = { timeoutMs: 100, connectTimeoutMs: 50 };
    const fail = (cause: object) => Object.assign(new TypeError('fetch failed'), { cause });
    const url = 'https://news.example/a';
    const cases: [unknown, string, boolean][] = [
      [fail({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND news.example' }), 'DNS', false],
      [fail({ code: 'EAI_AGAIN' }), 'DNS', true],
      [fail({ code: 'UND_ERR_CONNECT_TIMEOUT' }), 'TIMEOUT', true],
      [Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }), 'TIMEOUT', false],
      [fail({ code: 'ECONNRESET' }), 'NETWORK', true],
      [fail({ code: 'CERT_HAS_EXPIRED', message: 'certificate has expired' }), 'TLS', false],
      [fail(new Error('bad port')), 'BAD_URL', false],
    ];
    for (const [err, code, retry] of cases) {
      const r = networkError(err, url, url, opts);
      expect([r.error.code, r.retry]).toEqual([code, retry]);
      expect(r.error.message.startsWith(`${url}: `)).toBe(true);
    }
  });

  it('the limiter waits out a pause (Retry-After) for the whole host, and lets other hosts go on', async () => {
    const limiter = new HostLimiter(2, 0);
    const t0 = Date.now();
    limiter.pause('http://a', t0 + 150);
    const [a, b] = await Promise.all([limiter.run('http://a', async () => Date.now() - t0), limiter.run('http://b', async () => Date.now() - t0)]);
    expect(a).toBeGreaterThanOrEqual(140);
    expect(b).toBeLessThan(100);
    limiter.close();
  });
});

describe('queue jobs', () => {
  it('carry what the fetch said about a page (final URL, header charset, feed title and date)', () => {
    const fetched = { url: 'https://news.example/a', charset: 'windows-1252', title: 'T', publishedAt: '2024-01-01' };
    const item = fromJobData(JSON.parse(JSON.stringify(toJobData({ id: fetched.url, doc: { id: fetched.url, bytes: bytes('<p>x</p>'), fetched } }))));
    expect(item.doc?.fetched).toEqual(fetched);
    expect(Buffer.from(item.doc!.bytes!).toString()).toBe('<p>x</p>');
  });
});

describe('ingest of a fetched page', () => {
  const body = '<p>Acme Corp said on Monday it agreed to acquire Widget Inc for $500 million in cash, its largest deal.</p><p>The deal is expected to close in the third quarter.</p>';
  const fetched = { url: 'https://news.example/a?utm_source=rss', title: 'Feed headline', publishedAt: 'Mon, 03 Jun 2024 09:15:00 +0000' };
  it("takes the feed's title and date only where the page has none, and the final URL over the canonical link", () => {
    const own = ingest({ id: 'x', html: `<html><head><title>Page headline</title><link rel="canonical" href="https://news.example/a"><meta property="article:published_time" content="2024-06-01"></head><body><article>${body}</article></body></html>`, fetched });
    expect([own.title, own.publishedAt, own.url]).toEqual(['Page headline', '2024-06-01', fetched.url]);
    const bare = ingest({ id: 'x', html: `<html><body><article>${body}</article></body></html>`, fetched });
    expect([bare.title, bare.publishedAt, bare.url]).toEqual(['Feed headline', '2024-06-03', fetched.url]);
    const text = ingest({ id: 'x', text: 'Acme Corp said on Monday it agreed to acquire Widget Inc for $500 million in cash, its largest deal in years.', fetched });
    expect([text.title, text.publishedAt, text.url]).toEqual(['Feed headline', '2024-06-03', fetched.url]);
    // --published stays the last resort
    expect(ingest({ id: 'x', html: `<article>${body}</article>`, fetched: { url: fetched.url } }, { published: '2020-01-01' }).publishedAt).toBe('2020-01-01');
  });
});
