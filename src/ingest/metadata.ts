/**
 * Page metadata from an HTML tree: title, publication date, author, site name, URL, language.
 * Sources are read in one walk, then resolved in the order of trust listed in the tables below.
 */
import type { ArticleMeta } from '../types.js';
import { collapse, forEachElement, isElement, rawText, type DomElement, type DomNode } from './dom.js';
import { dateFromUrl, parseDate } from './dates.js';
import { AUTHOR_JOINER, authorFromByline, authorFromNames } from './byline.js';
import { BOILERPLATE_TOKENS, BRAND_TOKENS, BYLINE_TOKENS } from './boilerplate.js';
import { tokensOf } from './html.js';

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
  /** Values of itemprop="author" elements (their itemprop="name", content or text), in page order. */
  microdataAuthors: string[];
  /** Texts of byline/author elements and rel="author" links (BYLINE_TOKENS), in page order. */
  bylines: string[];
  /** Texts (and logo alt texts) of header logo / brand / site-title elements (BRAND_TOKENS). */
  brands: string[];
  /** Short copyright lines ("Copyright © 2026 NewsDesk Wire Ltd."). */
  copyrights: string[];
}

const BYLINE: ReadonlySet<string> = new Set(BYLINE_TOKENS);
const BRAND: ReadonlySet<string> = new Set(BRAND_TOKENS);
const COMMENTS: ReadonlySet<string> = new Set(BOILERPLATE_TOKENS.comments);
/** Inside a comment section ("comment-author" names a commenter, not the article's author). */
function inComments(el: DomElement): boolean {
  for (let p: DomNode | null = el, i = 0; p && i < 30; p = p.parent, i++) if (isElement(p) && hits(COMMENTS, p)) return true;
  return false;
}
/** True when the class/id tokens (single or two consecutive, space-joined) hit the set. */
function hits(set: ReadonlySet<string>, el: DomElement): boolean {
  const a = el.attribs;
  if (!a.class && !a.id) return false;
  const toks = tokensOf(`${a.class ?? ''} ${a.id ?? ''}`);
  for (let i = 0; i < toks.length; i++) {
    if (set.has(toks[i]) || (i + 1 < toks.length && set.has(`${toks[i]} ${toks[i + 1]}`))) return true;
  }
  return false;
}

/** A byline box holding a more specific byline element ("byline-section" > "author"): the inner one is read. */
function hasBylineInside(el: DomElement): boolean {
  let found = false;
  forEachElement(el, (c) => {
    if (!found && c !== el && (hits(BYLINE, c) || (c.name === 'a' && /(^|\s)author(\s|$)/i.test(c.attribs.rel ?? '')))) found = true;
  });
  return found;
}

/** The itemprop="name" inside a microdata item, else its content attribute, else its text. */
function microdataValue(el: DomElement): string {
  if (el.attribs.content) return collapse(el.attribs.content);
  let name: string | null = null;
  forEachElement(el, (c) => {
    if (name === null && c !== el && /(^|\s)name(\s|$)/.test(c.attribs.itemprop ?? '')) name = collapse(c.attribs.content ?? rawText(c));
  });
  return name ?? collapse(rawText(el));
}

export function gatherFacts(root: DomNode): PageFacts {
  const facts: PageFacts = {
    lang: null, title: null, meta: new Map(), canonical: null, jsonLd: null, h1: [], times: [], microdataAuthors: [], bylines: [], brands: [], copyrights: [],
  };
  forEachElement(root, (el: DomElement) => {
    const a = el.attribs;
    if (el.type === 'tag') {
      if (a.itemprop && /(^|\s)(author|creator)(\s|$)/.test(a.itemprop) && facts.microdataAuthors.length < 10) {
        const v = microdataValue(el);
        if (v && v.length <= 120) facts.microdataAuthors.push(v);
      } else if (facts.bylines.length < 10 && ((el.name === 'a' && /(^|\s)author(\s|$)/i.test(a.rel ?? '')) || (hits(BYLINE, el) && !hasBylineInside(el))) && !inComments(el)) {
        const v = collapse(rawText(el));
        if (v && v.length <= 200) facts.bylines.push(v);
      }
      if (facts.brands.length < 10 && hits(BRAND, el)) {
        const v = collapse(rawText(el));
        if (v && v.length <= 80) facts.brands.push(v);
        forEachElement(el, (c) => {
          if (c.name === 'img' && c.attribs.alt && facts.brands.length < 10) facts.brands.push(collapse(c.attribs.alt));
        });
      }
      if (facts.copyrights.length < 5 && (el.name === 'p' || el.name === 'div' || el.name === 'small' || el.name === 'span')) {
        for (const c of el.children) {
          if (c.type === 'text' && /©|\(c\)|copyright/i.test(c.data ?? '') && (c.data ?? '').length <= 300) facts.copyrights.push(collapse(rawText(el)).slice(0, 300));
        }
      }
    }
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

/**
 * Names of a JSON-LD person/organization value (a string, an object with a name, or a reference
 * {"@id": ...} to a node elsewhere in the @graph, Yoast style), joined with AUTHOR_JOINER.
 */
function names(v: unknown, byId: ReadonlyMap<string, Record<string, unknown>> = new Map()): string | null {
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of list) {
    let n: string | null = null;
    if (typeof item === 'string') n = item.trim();
    else if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      const node = o.name === undefined && typeof o['@id'] === 'string' ? byId.get(o['@id']) : o;
      n = node ? asString(node.name) : null;
    }
    if (n && !/^https?:/i.test(n) && !out.includes(n)) out.push(n);
  }
  return out.length ? out.join(AUTHOR_JOINER) : null;
}

/** Every JSON-LD node with an @id, for resolving references. */
function indexIds(data: unknown): Map<string, Record<string, unknown>> {
  const byId = new Map<string, Record<string, unknown>>();
  const visit = (node: unknown, depth: number): void => {
    if (depth > 8 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    if (typeof o['@id'] === 'string' && o.name !== undefined && !byId.has(o['@id'])) byId.set(o['@id'], o);
    for (const k of ['@graph', 'author', 'creator', 'publisher', 'mainEntity']) if (o[k]) visit(o[k], depth + 1);
  };
  visit(data, 0);
  return byId;
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
  const byId = indexIds(data);
  const ref = (v: unknown): unknown => {
    const o = v as Record<string, unknown> | null;
    return o && typeof o === 'object' && !Array.isArray(o) && o.name === undefined && typeof o['@id'] === 'string' ? (byId.get(o['@id']) ?? v) : v;
  };
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
          author: names(o.author ?? o.creator, byId),
          publisher: o.publisher ? asString(ref(o.publisher)) : null,
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

/** Separators before a site-name suffix in <title> that siteNameFromTitle accepts. */
const SITE_SUFFIX_SEPARATORS = [' | ', ' – ', ' — ', ' - '];

/**
 * The site name from the <title>'s suffix ("Headline – NewsDesk Wire"), only when the suffix is
 * confirmed elsewhere on the page: it equals a header logo / brand text, the host name, or appears
 * in a copyright line ("Copyright © 2026 NewsDesk Wire Ltd."). A suffix that is not confirmed
 * ("Acme to buy Widget - sources") is not a site name.
 */
export function siteNameFromTitle(title: string | null, brands: readonly string[], copyrights: readonly string[], url: string | null): string | null {
  if (!title) return null;
  const t = collapse(title);
  let host = '';
  try {
    host = url ? loose(new URL(url).hostname.replace(/^www\./, '').split('.').slice(0, -1).join('')) : '';
  } catch {
    host = '';
  }
  for (const sep of SITE_SUFFIX_SEPARATORS) {
    const i = t.lastIndexOf(sep);
    if (i <= 0) continue;
    const tail = t.slice(i + sep.length).trim();
    const key = loose(tail);
    if (key.length < 3 || tail.length > 60 || tail.split(' ').length > 6) continue;
    if (brands.some((b) => loose(b) === key) || key === host || copyrights.some((c) => loose(c).includes(key))) return tail;
  }
  return null;
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
  const siteName = named(meta(['og:site_name'])) ?? named(ld?.publisher) ?? named(meta(['application-name']))
    ?? siteNameFromTitle(f.title, f.brands, f.copyrights, url);

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
  // then microdata (itemprop="author", several joined), then a byline element ("By Jane Doe, Houston correspondent")
  if (!author && f.microdataAuthors.length) author = authorFromNames(f.microdataAuthors);
  if (!author) {
    for (const b of f.bylines) {
      author = authorFromByline(b) ?? authorFromNames([b]);
      if (author) break;
    }
  }

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
