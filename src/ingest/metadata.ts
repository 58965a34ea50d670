/**
 * Page metadata from an HTML tree: title, publication date, author, site name, URL, language.
 * Sources are read in one walk, then resolved in the order of trust listed in the tables below.
 */
import type { ArticleMeta } from '../types.js';
import { collapse, forEachElement, rawText, type DomElement, type DomNode } from './dom.js';
import { dateFromUrl, parseDate } from './dates.js';

/** <meta> keys (name, property or itemprop, lower case) read for each field, most trusted first. */
export const META_KEYS = {
  title: ['og:title', 'twitter:title', 'sailthru.title', 'parsely-title', 'dc.title', 'headline'],
  published: [
    'article:published_time', 'og:article:published_time', 'datepublished', 'article.published',
    'published_time', 'publish-date', 'publish_date', 'pubdate', 'publishdate', 'date', 'dc.date.issued',
    'dc.date', 'dcterms.created', 'dcterms.date', 'parsely-pub-date', 'sailthru.date', 'article_date_original',
    'original-publish-date', 'og:published_time', 'cxenseparse:recs:publishtime', 'datecreated', 'dc.date.created',
  ],
  author: ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'twitter:creator'],
  siteName: ['og:site_name', 'application-name', 'twitter:site'],
  url: ['og:url', 'twitter:url'],
  language: ['content-language', 'og:locale', 'dc.language', 'language'],
} as const;

/** JSON-LD @type values that describe the article itself. */
const ARTICLE_TYPES = /(Article|BlogPosting|Posting|Report|NewsArticle|WebPage|CreativeWork|LiveBlogPosting)$/;

interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
  /** Higher for more specific types (NewsArticle beats WebPage). */
  rank: number;
}

/** Everything metadata needs, gathered in one walk of the tree. */
export interface PageFacts {
  lang: string | null;
  title: string | null;
  meta: Map<string, string>;
  canonical: string | null;
  jsonLd: JsonLdArticle | null;
  h1: string[];
  times: string[];
}

export function gatherFacts(root: DomNode): PageFacts {
  const facts: PageFacts = { lang: null, title: null, meta: new Map(), canonical: null, jsonLd: null, h1: [], times: [] };
  forEachElement(root, (el: DomElement) => {
    const a = el.attribs;
    switch (el.name) {
      case 'html':
        if (a.lang && !facts.lang) facts.lang = a.lang.trim();
        else if (a['xml:lang'] && !facts.lang) facts.lang = a['xml:lang'].trim();
        break;
      case 'title':
        if (facts.title === null && !isInSvg(el)) facts.title = collapse(rawTextIncludingTitle(el));
        break;
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').trim().toLowerCase();
        const content = a.content ?? a.datetime;
        if (key && content !== undefined && content.trim() && !facts.meta.has(key)) facts.meta.set(key, collapse(content));
        break;
      }
      case 'link':
        if (!facts.canonical && /(^|\s)canonical(\s|$)/i.test(a.rel ?? '') && a.href) facts.canonical = a.href.trim();
        break;
      case 'script':
        if (/ld\+json/i.test(a.type ?? '')) {
          const found = readJsonLd(rawTextIncludingTitle(el));
          if (found && (!facts.jsonLd || found.rank > facts.jsonLd.rank)) facts.jsonLd = found;
        }
        break;
      case 'h1': {
        const t = collapse(rawText(el));
        if (t) facts.h1.push(t);
        break;
      }
      case 'time':
        if (a.datetime) facts.times.push(a.datetime);
        break;
      default:
        if ((a.itemprop === 'datePublished' || a.itemprop === 'dateCreated') && (a.content || a.datetime)) {
          facts.meta.set('datepublished', facts.meta.get('datepublished') ?? (a.content || a.datetime));
        }
    }
  });
  return facts;
}

function isInSvg(el: DomNode): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.name === 'svg') return true;
  return false;
}

/** Text of a <title> or <script> element (its children are text even though rawText skips scripts). */
function rawTextIncludingTitle(el: DomElement): string {
  let out = '';
  for (const c of el.children) if (c.type === 'text' || c.type === 'cdata') out += c.data ?? rawText(c);
  return out;
}

function asString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return asString(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return asString(o.name ?? o['@id'] ?? o.url ?? null);
  }
  return null;
}

function names(v: unknown): string | null {
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of list) {
    const n = typeof item === 'string' ? item.trim() : item && typeof item === 'object' ? asString((item as Record<string, unknown>).name) : null;
    if (n && !/^https?:/i.test(n) && !out.includes(n)) out.push(n);
  }
  return out.length ? out.join(', ') : null;
}

/** The most specific article object in a JSON-LD block, or null (malformed JSON-LD is common: ignored). */
export function readJsonLd(source: string): JsonLdArticle | null {
  let data: unknown;
  try {
    data = JSON.parse(source.trim().replace(/^<!--|-->$/g, '').replace(/^\/\/<!\[CDATA\[|\/\/\]\]>$/g, ''));
  } catch {
    return null; // not JSON: the page's problem, not ours; other sources still apply
  }
  let best: JsonLdArticle | null = null;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    const t = types.find((x) => ARTICLE_TYPES.test(x));
    if (t) {
      const rank = /NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting/.test(t) ? 3
        : /Article|Posting|Report/.test(t) ? 2 : 1;
      if (!best || rank > best.rank) {
        const mainEntity = o.mainEntityOfPage;
        best = {
          headline: asString(o.headline) ?? (rank > 1 ? asString(o.name) : null),
          datePublished: asString(o.datePublished) ?? asString(o.dateCreated),
          author: names(o.author ?? o.creator),
          publisher: o.publisher ? asString(o.publisher) : null,
          url: asString(o.url) ?? (typeof mainEntity === 'string' ? mainEntity : asString((mainEntity as Record<string, unknown> | undefined)?.['@id'])),
          language: asString(o.inLanguage),
          rank,
        };
      }
    }
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  visit(data, 0);
  return best;
}

/** Separators between a headline and the site name in <title> ("Headline | Site", "Headline - Site"). */
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · ', ' // '];

const loose = (s: string): string => s.toLowerCase().replace(/^www\./, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** Strip a site-name suffix or prefix from a title. */
export function stripSiteName(title: string, siteName: string | null, url: string | null): string {
  const t = collapse(title);
  let host = '';
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '').split('.')[0] : '';
  } catch {
    host = '';
  }
  const isSite = (part: string): boolean => {
    const p = loose(part);
    if (!p) return false;
    if (siteName && (p === loose(siteName) || p.startsWith(loose(siteName)) || loose(siteName).startsWith(p))) return true;
    if (host && (p === loose(host) || p.startsWith(loose(host)))) return true;
    return /\.(com|org|net|co\.uk|news|io)$/i.test(part.trim());
  };
  for (const sep of TITLE_SEPARATORS) {
    const i = t.lastIndexOf(sep);
    if (i > 0) {
      const head = t.slice(0, i);
      const tail = t.slice(i + sep.length);
      // a pipe almost always introduces the site name; other separators only when the tail names the site
      if (isSite(tail) || (sep === ' | ' && tail.split(' ').length <= 5 && head.length > tail.length)) return stripSiteName(head, siteName, url);
    }
    const j = t.indexOf(sep);
    if (j > 0 && isSite(t.slice(0, j)) && t.length - j > 20) return t.slice(j + sep.length).trim();
  }
  return t;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

export interface MetaInput {
  inputUrl?: string;
  /** Text of the extracted body, for a dateline/byline date (lowest trust). */
  bodyStart?: string;
  dateFromText?: (text: string) => string | null;
}

/** Resolve the page's metadata from gathered facts. publishedAt here is the PAGE's date only. */
export function resolveMetadata(f: PageFacts, input: MetaInput): ArticleMeta {
  const meta = (keys: readonly string[]): string | null => {
    for (const k of keys) {
      const v = f.meta.get(k);
      if (v) return v;
    }
    return null;
  };
  const ld = f.jsonLd;

  const url = absolute(f.canonical, input.inputUrl ?? meta(META_KEYS.url)) ?? absolute(meta(META_KEYS.url), input.inputUrl ?? null)
    ?? absolute(ld?.url ?? null, input.inputUrl ?? null) ?? input.inputUrl ?? null;

  // a site name that is a URL ("https://www.cbsnews.com/") is not a name
  const named = (v: string | null | undefined): string | null => (v && !/^(https?:|www\.)/i.test(v.trim()) ? collapse(v) : null);
  const siteName = named(meta(['og:site_name'])) ?? named(ld?.publisher) ?? named(meta(['application-name']));

  const rawTitle = meta(['og:title']) ?? ld?.headline ?? f.h1[0] ?? meta(META_KEYS.title) ?? f.title;
  const title = rawTitle ? stripSiteName(rawTitle, siteName, url) || null : null;

  const publishedAt = parseDate(ld?.datePublished) ?? firstDate(META_KEYS.published.map((k) => f.meta.get(k)))
    ?? firstDate(f.times) ?? dateFromUrl(url) ?? dateFromUrl(input.inputUrl)
    ?? (input.bodyStart && input.dateFromText ? input.dateFromText(input.bodyStart) : null);

  let author = ld?.author ?? null;
  if (!author) {
    for (const k of META_KEYS.author) {
      const v = f.meta.get(k);
      if (v && !/^https?:/i.test(v) && !/^@/.test(v)) {
        author = v;
        break;
      }
    }
  }

  // "By Jane Doe" -> "Jane Doe"
  if (author) author = collapse(author.replace(/^by\s+/i, '')) || null;

  let language = f.lang ?? meta(META_KEYS.language) ?? ld?.language ?? null;
  if (language) language = language.replace(/_/g, '-');

  return { title, publishedAt, author, siteName, url, language };
}

function firstDate(values: readonly (string | undefined)[]): string | null {
  for (const v of values) {
    const d = parseDate(v);
    if (d) return d;
  }
  return null;
}
