/**
 * Feeds and sitemaps -> the links they list, in their order: RSS 2.0 (and 0.9x), RSS 1.0 (RDF),
 * Atom, XML sitemaps (with Google News titles and dates) and sitemap indexes. fast-xml-parser reads
 * the XML (lenient with broken feeds, no external entities); this file only says which element of
 * each format holds the link, the title and the publication date.
 */
import { XMLParser } from 'fast-xml-parser';
import { decodeHTML } from 'entities';
import { DealsiftError } from '../errors.js';

export type FeedKind = 'rss' | 'rdf' | 'atom' | 'sitemap' | 'sitemapindex';

/** One entry of a feed or sitemap. */
export interface FeedLink {
  /** Absolute http(s) URL, or what the entry gave when it is none (then `error` says why). */
  url: string;
  title?: string;
  publishedAt?: string;
  /** Why the entry has no usable link. */
  error?: string;
}

export interface Feed {
  kind: FeedKind;
  /** The feed's own title, if any. */
  title?: string;
  links: FeedLink[];
}

/** Root elements (without a namespace prefix) that make a document a feed or sitemap. */
const ROOTS: Readonly<Record<string, FeedKind>> = { rss: 'rss', 'rdf': 'rdf', feed: 'atom', urlset: 'sitemap', sitemapindex: 'sitemapindex' };

/** The name of the first element, past an XML declaration, processing instructions, comments and a doctype. */
export function rootElement(head: string): string | null {
  const m = /^(?:\ufeff|\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>)*<([A-Za-z_][\w:.-]*)/i.exec(head);
  return m ? m[1] : null;
}

/** The kind of feed or sitemap whose first bytes are `bytes`, or null for anything else (a page). */
export function sniffFeed(bytes: Uint8Array): FeedKind | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  // UTF-16 feeds: read the head as UTF-16 when it starts with a BOM
  const text = head.startsWith('\xff\xfe') ? Buffer.from(bytes.subarray(2, 4096)).toString('utf16le') : head.startsWith('\xfe\xff') ? Buffer.from(bytes.subarray(2, 4096)).swap16().toString('utf16le') : head.replace(/^\xef\xbb\xbf/, '');
  const root = rootElement(text);
  if (!root) return null;
  return ROOTS[root.replace(/^[\w.-]+:/, '').toLowerCase()] ?? null;
}

const ARRAYS = new Set(['item', 'entry', 'url', 'sitemap', 'link', 'guid', 'title', 'loc', 'publication_date', 'pubDate', 'date', 'published', 'updated', 'issued', 'modified', 'news']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

type Node = Record<string, unknown>;

/** The text of an element: a string, or an element's "#text". */
function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) return textOf((v as Node)['#text']);
  return undefined;
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function list(v: unknown): Node[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is Node => !!x && typeof x === 'object') as Node[];
}

/** A title as plain text: tags dropped, entities decoded (feeds often escape HTML in titles), spaces collapsed. */
function plainTitle(v: unknown): string | undefined {
  const t = textOf(first(v));
  if (!t) return undefined;
  const s = decodeHTML(t.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  return s || undefined;
}

function firstText(node: Node, keys: string[]): string | undefined {
  for (const k of keys) {
    const t = textOf(first(node[k]));
    if (t) return t;
  }
  return undefined;
}

/** An entry's link resolved against the feed's URL; an entry without a usable one says why. */
function resolve(raw: string | undefined, base: string, what: string, extra: Omit<FeedLink, 'url'>, index: number): FeedLink {
  if (!raw) return { url: `${base}#${what}-${index + 1}`, ...extra, error: `${what} ${index + 1} of ${base} has no link` };
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    return { url: raw, ...extra, error: `${what} ${index + 1} of ${base} links to "${raw}", which is not a URL` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { url: raw, ...extra, error: `${what} ${index + 1} of ${base} links to "${raw}", not an http(s) URL` };
  return { url: u.href, ...extra };
}

/** The link of an RSS item: <link>'s text, else an atom:link's href, else a <guid> that is a permalink. */
function rssLink(item: Node): string | undefined {
  const links: unknown[] = Array.isArray(item.link) ? item.link : item.link === undefined ? [] : [item.link];
  const text = links.map((l) => textOf(l)).find(Boolean);
  if (text) return text;
  const href = links.map((l) => (l && typeof l === 'object' ? (l as Node)['@href'] : undefined)).find((h): h is string => typeof h === 'string' && h.trim() !== '');
  if (href) return href.trim();
  const guid = first(item.guid);
  const g = textOf(guid);
  const permalink = !(guid && typeof guid === 'object' && String((guid as Node)['@isPermaLink']).toLowerCase() === 'false');
  return g && permalink && /^https?:\/\//i.test(g) ? g : undefined;
}

/** The link of an Atom entry: rel="alternate" (or no rel), an HTML type first. */
function atomLink(entry: Node): string | undefined {
  const links = list(entry.link).map((l) => ({ href: typeof l['@href'] === 'string' ? (l['@href'] as string).trim() : '', rel: String(l['@rel'] ?? 'alternate').toLowerCase(), type: String(l['@type'] ?? '').toLowerCase() }));
  const alternates = links.filter((l) => l.href && l.rel === 'alternate');
  return (alternates.find((l) => !l.type || l.type.includes('html')) ?? alternates[0])?.href || undefined;
}

/**
 * The links a feed or sitemap lists, in order, resolved against `base` (the feed's final URL).
 * Throws BAD_FEED when the document is not one.
 */
export function parseFeed(xml: string, base: string): Feed {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new DealsiftError('BAD_FEED', base, `expected an RSS or Atom feed or an XML sitemap, but the XML could not be read: ${(err as Error).message}`);
  }
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#') && ROOTS[k.toLowerCase()]);
  const kind = rootName ? ROOTS[rootName.toLowerCase()] : undefined;
  const root = rootName ? (doc[rootName] as Node) : undefined;
  if (!kind || !root || typeof root !== 'object') {
    throw new DealsiftError('BAD_FEED', base, 'expected an RSS or Atom feed or an XML sitemap (a root element rss, rdf:RDF, feed, urlset or sitemapindex)');
  }
  if (kind === 'rss' || kind === 'rdf') {
    const channel = first(root.channel) as Node | undefined;
    // RSS 2.0 puts its items in the channel; RSS 1.0 (RDF) beside it
    const items = list(channel?.item).length ? list(channel?.item) : list(root.item);
    return {
      kind,
      title: channel ? plainTitle(channel.title) : undefined,
      links: items.map((item, i) =>
        resolve(rssLink(item), base, 'item', { title: plainTitle(item.title), publishedAt: firstText(item, ['pubDate', 'date', 'published', 'updated']) }, i),
      ),
    };
  }
  if (kind === 'atom') {
    return {
      kind,
      title: plainTitle(root.title),
      links: list(root.entry).map((entry, i) =>
        resolve(atomLink(entry), base, 'entry', { title: plainTitle(entry.title), publishedAt: firstText(entry, ['published', 'issued', 'updated', 'modified']) }, i),
      ),
    };
  }
  if (kind === 'sitemap') {
    return {
      kind,
      links: list(root.url).map((u, i) => {
        // a Google News sitemap gives each URL its headline and publication date; lastmod is not a publication date
        const news = first(u.news) as Node | undefined;
        return resolve(textOf(first(u.loc)), base, 'url', { title: news ? plainTitle(news.title) : undefined, publishedAt: news ? firstText(news, ['publication_date']) : undefined }, i);
      }),
    };
  }
  return { kind, links: list(root.sitemap).map((s, i) => resolve(textOf(first(s.loc)), base, 'sitemap', {}, i)) };
}
