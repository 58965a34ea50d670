/** Page metadata: title, publication date (with its precedence), author, site name, URL, language. */
import { describe, expect, it } from 'vitest';
import { dateFromUrl, ingest, parseDate } from '../../src/ingest/index.js';
import { siteNameFromTitle, stripSiteName } from '../../src/ingest/metadata.js';
import { page } from './helpers.js';

const meta = (head: string, extra: Partial<Parameters<typeof page>[0]> = {}) => ingest({ id: 'm', html: page({ head, ...extra }) });
const jsonLd = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('title', () => {
  it('prefers og:title, then JSON-LD headline, then <h1>, then <title> minus the site name', () => {
    expect(meta('<meta property="og:title" content="OG headline">').title).toBe('OG headline');
    expect(meta(jsonLd({ '@type': 'NewsArticle', headline: 'LD headline' })).title).toBe('LD headline');
    expect(meta('').title).toBe('Acme to buy Widget for $2.1 billion'); // the <h1>
    const noH1 = ingest({ id: 'm', html: '<html><head><title>Acme to buy Widget | Example News</title></head><body><p>Acme Corp agreed on Tuesday to buy Widget Holdings for $2.1 billion in cash, the companies said, in a deal to create the largest maker of sensors.</p></body></html>' });
    expect(noH1.title).toBe('Acme to buy Widget');
  });

  it('is not repeated at the start of the text', () => {
    expect(meta('').text.startsWith('Acme Corp agreed')).toBe(true);
  });

  /** [title, site name, url, expected] */
  const CASES: [string, string | null, string | null, string][] = [
    ['Acme to buy Widget | Example News', null, null, 'Acme to buy Widget'],
    ['Acme to buy Widget - Example News', 'Example News', null, 'Acme to buy Widget'],
    ['Acme to buy Widget — TechLedger', null, 'https://www.techledger.news/a', 'Acme to buy Widget'],
    ['Example News: Acme to buy Widget', null, null, 'Example News: Acme to buy Widget'],
    // negative: a dash inside the headline is not a site suffix
    ['Acme to buy Widget - sources', 'Example News', null, 'Acme to buy Widget - sources'],
    ['Coca-Cola - PepsiCo rivalry heats up', null, null, 'Coca-Cola - PepsiCo rivalry heats up'],
  ];
  it.each(CASES)('stripSiteName(%s)', (title, site, url, expected) => {
    expect(stripSiteName(title, site, url)).toBe(expected);
  });
});

describe('publishedAt', () => {
  it('reads JSON-LD datePublished first', () => {
    const a = meta(jsonLd({ '@type': 'NewsArticle', datePublished: '2019-11-18T10:00:00+01:00' }) + '<meta property="article:published_time" content="2019-11-17">');
    expect(a.publishedAt).toBe('2019-11-18T10:00:00+01:00');
  });

  /** [meta tag, expected] */
  const TAGS: [string, string][] = [
    ['<meta property="article:published_time" content="2019-11-18T08:22:00Z">', '2019-11-18T08:22:00Z'],
    ['<meta name="pubdate" content="2019-11-18">', '2019-11-18'],
    ['<meta name="date" content="2019/11/18">', '2019-11-18'],
    ['<meta name="DC.date.issued" content="2019-11-18">', '2019-11-18'],
    ['<meta name="parsely-pub-date" content="2019-11-18T08:22:00Z">', '2019-11-18T08:22:00Z'],
    ['<meta name="sailthru.date" content="Mon, 18 Nov 2019 08:22:00 GMT">', '2019-11-18'],
    ['<meta itemprop="datePublished" content="2019-11-18">', '2019-11-18'],
  ];
  it.each(TAGS)('%s', (tag, expected) => {
    expect(meta(tag).publishedAt).toBe(expected);
  });

  it('falls back to <time datetime>, then the URL, then a byline date in the text', () => {
    expect(meta('', { before: '<time datetime="2019-11-18T08:00:00Z">Nov 18</time>' }).publishedAt).toBe('2019-11-18T08:00:00Z');
    expect(ingest({ id: 'm', html: page(), url: 'https://example.com/2019/11/18/acme-widget/' }).publishedAt).toBe('2019-11-18');
    const byline = page({ body: '<p>By Jane Doe, March 3, 1987</p><p>Acme Corp agreed on Tuesday to buy Widget Holdings for $2.1 billion in cash, the companies said, in a deal.</p>' });
    expect(ingest({ id: 'm', html: byline }).publishedAt).toBe('1987-03-03');
  });

  it('precedence: input.publishedAt > page > options.published > null', () => {
    const html = page({ head: '<meta property="article:published_time" content="2019-11-18">' });
    expect(ingest({ id: 'm', html, publishedAt: '2020-01-02' }, { published: '2021-01-01' }).publishedAt).toBe('2020-01-02');
    expect(ingest({ id: 'm', html }, { published: '2021-01-01' }).publishedAt).toBe('2019-11-18');
    expect(ingest({ id: 'm', html: page() }, { published: '2021-01-01' }).publishedAt).toBe('2021-01-01');
    expect(ingest({ id: 'm', html: page() }).publishedAt).toBeNull();
  });

  it('ignores modified dates and unparseable values', () => {
    expect(meta('<meta property="article:modified_time" content="2019-11-20">').publishedAt).toBeNull();
    expect(meta('<meta name="pubdate" content="yesterday">').publishedAt).toBeNull();
  });
});

/** [input, expected ISO] */
const DATES: [string, string | null][] = [
  ['2019-11-18', '2019-11-18'],
  ['2019-11-18T08:22:00Z', '2019-11-18T08:22:00Z'],
  ['2019-11-18 08:22:00', '2019-11-18T08:22:00'],
  ['2019-11-18T08:22:00.000+0100', '2019-11-18T08:22:00.000+01:00'],
  ['2019/11/18', '2019-11-18'],
  ['20191118', '2019-11-18'],
  ['Mon, 18 Nov 2019 08:22:00 GMT', '2019-11-18'],
  ['November 18, 2019', '2019-11-18'],
  ['18 November 2019', '2019-11-18'],
  // negative cases
  ['2019-02-30', null],
  ['November 18', null],
  ['yesterday', null],
  ['', null],
];
describe('parseDate', () => {
  it.each(DATES)('%s -> %s', (input, expected) => expect(parseDate(input)).toBe(expected));
});

const URLS: [string, string | null][] = [
  ['https://www.cnn.com/2019/11/18/investing/asian-market-latest/index.html', '2019-11-18'],
  ['https://example.com/news/2019-11-18-acme-buys-widget', '2019-11-18'],
  ['https://example.com/2018/08/breaking-news.html', null],
  ['https://example.com/story/1234567', null],
];
describe('dateFromUrl', () => {
  it.each(URLS)('%s -> %s', (url, expected) => expect(dateFromUrl(url)).toBe(expected));
});

describe('author, site name, url, language', () => {
  it('reads JSON-LD and meta tags', () => {
    const a = meta(
      jsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': 'NewsArticle', headline: 'H', author: [{ '@type': 'Person', name: 'Jane Doe' }, { name: 'John Roe' }], publisher: { '@type': 'Organization', name: 'Example News' } }] })
        + '<link rel="canonical" href="/deals/acme-widget"><meta property="og:url" content="https://example.com/og">',
      { htmlAttrs: ' lang="en-GB"' },
    );
    expect(a.author).toBe('Jane Doe; John Roe'); // several authors joined with "; "
    expect(a.siteName).toBe('Example News');
    expect(a.url).toBe('https://example.com/deals/acme-widget');
    expect(a.language).toBe('en-GB');
  });

  it('prefers og:site_name and falls back to input.url', () => {
    const a = ingest({ id: 'm', html: page({ head: '<meta property="og:site_name" content="Example" ><meta name="author" content="Jane Doe">', htmlAttrs: '' }), url: 'https://example.com/a' });
    expect(a.siteName).toBe('Example');
    expect(a.author).toBe('Jane Doe');
    expect(a.url).toBe('https://example.com/a');
    expect(a.language).toBeNull();
  });

  it('survives malformed JSON-LD', () => {
    const a = meta('<script type="application/ld+json">{ "headline": "broken", </script><meta property="og:title" content="Fine">');
    expect(a.title).toBe('Fine');
  });
});

describe('author from the page when no JSON-LD name or meta tag gives one', () => {
  const P = 'Acme Corp agreed on Tuesday to buy Widget Holdings for $2.1 billion in cash, the companies said, in a deal that would create the largest maker of sensors.';
  /** [case, page, expected author, a phrase that must not be in the text (or null)] */
  const CASES: [string, string, string | null, string | null][] = [
    ['JSON-LD author as an @id reference to a Person node (Yoast)',
      page({ head: jsonLd({ '@context': 'https://schema.org', '@graph': [
        { '@type': 'NewsArticle', headline: 'H', author: { '@id': 'https://example.com/#/schema/person/4b1e0c' }, publisher: { '@id': 'https://example.com/#organization' } },
        { '@type': 'Person', '@id': 'https://example.com/#/schema/person/4b1e0c', name: 'Sophie Marlow' },
        { '@type': 'Organization', '@id': 'https://example.com/#organization', name: 'Example Ledger' }] }), body: `<p>${P}</p>` }),
      'Sophie Marlow', null],
    ['microdata itemprop="author", several',
      page({ body: `<div class="story-byline">By <span itemprop="author">Nadia Farouk</span> and <span itemprop="author">Ben Hollis</span></div><p>${P}</p>` }),
      'Nadia Farouk; Ben Hollis', 'Nadia Farouk'],
    ['microdata author item with its itemprop="name"',
      page({ body: `<div itemprop="author" itemscope><span itemprop="name">Ann Lee</span> <span itemprop="jobTitle">Markets Editor</span></div><p>${P}</p>` }),
      'Ann Lee', null],
    ['byline element in the body ("By Ryan Delacorte, Houston correspondent")',
      page({ body: `<p class="gg-author">By Ryan Delacorte, Houston correspondent</p><p>${P}</p>` }),
      'Ryan Delacorte', 'Delacorte'],
    ['byline paragraph without a class (removed from the text, author kept)',
      page({ body: `<p>By Harriet Colley, Industry Correspondent</p><p>${P}</p>` }),
      'Harriet Colley', 'Harriet Colley'],
    ['the innermost byline element (a "byline-section" holding the author and the publication)',
      page({ body: `<div class="byline-section"><span class="author">Elliot Brownstein</span> <span class="publication">Florida Today</span></div><p>${P}</p>` }),
      'Elliot Brownstein', null],
    ['wire credit at the end', page({ body: `<p>${P}</p><p>${P}</p><p>(Reporting by Dana Whitfield in Chicago; Editing by Mark Ostrowski)</p>` }),
      'Dana Whitfield', 'Reporting by'],
    // negative cases
    ['a commenter is not the author',
      page({ body: `<p>${P}</p>`, outside: '<section class="comments"><div class="comment-author">John Smith</div><p>Great deal for Acme shareholders, I think.</p></section>' }),
      null, null],
    ['an author bio box does not give a name', page({ body: `<p>${P}</p>`, outside: '<div class="author-bio"><p>Jane Roe is a senior reporter covering mergers and acquisitions.</p></div>' }), null, null],
    ['an agency byline is not a person', page({ body: `<p class="byline">By Reuters Staff</p><p>${P}</p>` }), null, null],
    ['a sentence starting with "By" is not a byline', page({ body: `<p>By the end of the year, Acme expects to close the deal, it said.</p><p>${P}</p>` }), null, null],
  ];
  it.each(CASES)('%s', (_name, html, expected, gone) => {
    const a = ingest({ id: 'm', html });
    expect(a.author).toBe(expected);
    if (gone) expect(a.text).not.toContain(gone);
    expect(a.text).toContain(P);
  });

  it('prefers JSON-LD and meta tags over a byline in the body', () => {
    const a = ingest({ id: 'm', html: page({ head: '<meta name="author" content="Jane Doe">', body: `<p class="byline">By John Roe</p><p>${P}</p>` }) });
    expect(a.author).toBe('Jane Doe');
  });

  it('resolves the JSON-LD publisher reference as the site name', () => {
    const html = page({ head: jsonLd({ '@graph': [{ '@type': 'NewsArticle', headline: 'H', publisher: { '@id': '#org' } }, { '@type': 'Organization', '@id': '#org', name: 'Example Ledger' }] }) });
    expect(ingest({ id: 'm', html }).siteName).toBe('Example Ledger');
  });
});

describe('site name from the <title> suffix when og:site_name is absent', () => {
  /** [title, brand texts, copyright lines, url, expected] */
  const CASES: [string, string[], string[], string | null, string | null][] = [
    ['Aldermoor Enters Licence Agreement – NewsDesk Wire', ['NewsDesk Wire'], [], null, 'NewsDesk Wire'],
    ['Acme to buy Widget | Example News', [], ['Copyright © 2026 Example News Ltd. All Rights Reserved.'], null, 'Example News'],
    ['Acme to buy Widget — Deal Street', [], [], 'https://www.dealstreet.com/a', 'Deal Street'],
    ['Acme to buy Widget - Ticker & Tape', ['Ticker & Tape'], [], null, 'Ticker & Tape'],
    // negative cases: a suffix not confirmed elsewhere is not a site name
    ['Acme to buy Widget - sources', ['Example News'], ['© 2026 Example News'], 'https://example.com/a', null],
    ['Coca-Cola - PepsiCo rivalry heats up', ['Example News'], [], null, null],
    ['Acme to buy Widget', ['Example News'], [], null, null],
  ];
  it.each(CASES)('%s', (title, brands, copyrights, url, expected) => {
    expect(siteNameFromTitle(title, brands, copyrights, url)).toBe(expected);
  });

  it('reads the header logo of a page without og:site_name', () => {
    const html = '<html><head><title>Acme to buy Widget – NewsDesk Wire</title></head><body><header><a href="/" class="ndw-logo">NewsDesk Wire</a></header><article><h1>Acme to buy Widget</h1><p>Acme Corp agreed on Tuesday to buy Widget Holdings for $2.1 billion in cash, the companies said, in a deal that would create the largest maker of sensors.</p></article></body></html>';
    const a = ingest({ id: 'm', html });
    expect(a.siteName).toBe('NewsDesk Wire');
    expect(a.title).toBe('Acme to buy Widget');
    const noLogo = ingest({ id: 'm', html: html.replace(' class="ndw-logo"', '').replace('NewsDesk Wire</a>', 'Home</a>') });
    expect(noLogo.siteName).toBeNull();
  });
});
