/**
 * The fetch stage of a batch: a stream of inputs in which some are URLs -> a stream of input items,
 * in the same order, each URL replaced by its page (or the error that stopped it) and each feed or
 * sitemap by the pages it lists, in the feed's order. Up to `lookahead` URLs are fetched ahead of
 * the one the batch waits for (each host's politeness limits apply among them), so fetching
 * overlaps with extraction while memory stays bounded: at most that many pages are held.
 */
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { DealsiftError, toDealsiftError } from '../errors.js';
import { decodeBytes } from '../ingest/decode.js';
import type { InputItem } from '../io/inputs.js';
import type { FetchedMeta, InputDoc } from '../types.js';
import { parseFeed, rootElement, sniffFeed, type FeedKind } from './feeds.js';
import { FEED_TYPES, Fetcher, GZIP_TYPES, PAGE_TYPES, type FetchedResponse } from './http.js';
import type { FetchOptions } from './options.js';

const gunzipAsync = promisify(gunzip);

/** A URL to fetch: given as an input, or listed by a feed or sitemap. */
export interface UrlRef {
  url: string;
  /** Whether a feed or sitemap found there stands for its links. */
  expand: boolean;
  /** Feeds and sitemaps between the inputs and this URL (a sitemap index inside an index is read; deeper ones are not). */
  depth: number;
  /** What the feed said of this item, used when the page says nothing of its own. */
  title?: string;
  publishedAt?: string;
}

/** An input still to fetch, among the items of a batch. */
export interface UrlItem {
  id: string;
  url: UrlRef;
  doc?: undefined;
  error?: undefined;
}

export type PendingItem = InputItem | UrlItem;

export interface FetchInputsOptions extends FetchOptions {
  /** The fetcher to use (its options then apply); by default one is made from these options and closed at the end. */
  fetcher?: Fetcher;
  /** URLs for which this returns true are not fetched (--resume: they already have a line). */
  skip?: (id: string) => boolean;
  /** Stops the fetches in flight (Ctrl-C). */
  signal?: AbortSignal;
}

/** Feeds and sitemaps nested deeper than this are read as pages (a sitemap index that lists itself ends here). */
const MAX_DEPTH = 3;

/** A page's input item: the bytes go to ingest as a file's do, with the header's charset and the feed's title and date. */
export function pageItem(res: FetchedResponse, ref: Pick<UrlRef, 'title' | 'publishedAt'>): InputItem {
  const id = res.url;
  const fetched: FetchedMeta = { url: res.url };
  if (ref.title) fetched.title = ref.title;
  if (ref.publishedAt) fetched.publishedAt = ref.publishedAt;
  let doc: InputDoc;
  if (res.mediaType === 'text/plain') {
    // as a .txt file: decoded here (UTF-8 unless the header says otherwise), never read as HTML
    try {
      doc = { id, text: decodeBytes(res.bytes, id, res.charset ?? 'utf-8').text, fetched };
    } catch (err) {
      return { id, error: toDealsiftError(id, err) };
    }
  } else {
    if (res.charset) fetched.charset = res.charset;
    doc = { id, bytes: res.bytes, fetched };
  }
  return { id, doc };
}

type Outcome = { item: InputItem } | { links: Node[] };

type Node =
  | { kind: 'item'; item: InputItem }
  | { kind: 'url'; id: string; ref: UrlRef; result?: Promise<Outcome>; outcome?: Outcome }
  | { kind: 'skipped' };

/** What stands in for a node once it is yielded or skipped (so that its page can be let go). */
const SKIPPED: Node = { kind: 'skipped' };

interface Frame {
  nodes: Node[];
  pos: number;
}

function nodeOf(item: PendingItem): Node {
  return 'url' in item && item.url ? { kind: 'url', id: item.id, ref: item.url } : { kind: 'item', item: item as InputItem };
}

/** Which media types a URL may answer with. */
function acceptFor(expand: boolean): (mediaType: string) => boolean {
  return (t) => PAGE_TYPES.has(t) || FEED_TYPES.has(t) || (expand && GZIP_TYPES.has(t));
}

/** Fetch one URL: its page, the links of the feed or sitemap it is, or its error. Never rejects. */
async function resolveUrl(fetcher: Fetcher, ref: UrlRef, signal: AbortSignal): Promise<Outcome> {
  const id = ref.url;
  try {
    const expand = ref.expand && ref.depth < MAX_DEPTH;
    const res = await fetcher.fetch(ref.url, { accept: acceptFor(expand), signal, id });
    if (!expand) return { item: pageItem(res, ref) };
    let bytes = res.bytes;
    const gzipped = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
    if (gzipped && (res.mediaType === null || GZIP_TYPES.has(res.mediaType))) {
      try {
        bytes = await gunzipAsync(bytes, { maxOutputLength: fetcher.options.maxBytes });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new DealsiftError('TOO_LARGE', id, `${res.url === id ? 'it' : res.url} is a gzip file of more than ${fetcher.options.maxBytes} bytes once decompressed, over the limit; stopped reading`);
        }
        throw new DealsiftError('BAD_FEED', id, `${res.url === id ? 'it' : res.url} is a gzip file that could not be decompressed: ${(err as Error).message}`);
      }
    }
    const kind = sniffFeed(bytes);
    if (kind) return { links: linksOf(kind, bytes, res, ref) };
    if (res.mediaType && (FEED_TYPES.has(res.mediaType) || GZIP_TYPES.has(res.mediaType))) {
      const root = rootElement(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'))?.replace(/^[\w.-]+:/, '').toLowerCase();
      if (root !== 'html') {
        throw new DealsiftError('CONTENT_TYPE', id, `${res.url === id ? 'it' : res.url} is ${res.mediaType}${root ? ` with a root element <${root}>` : ''}, expected an RSS or Atom feed, an XML sitemap, or an HTML page`);
      }
    }
    return { item: pageItem(res, ref) };
  } catch (err) {
    return { item: { id, error: toDealsiftError(id, err) } };
  }
}

/** The nodes a feed or sitemap stands for: its links in order (each once), and an error item for an entry without a usable link. */
function linksOf(kind: FeedKind, bytes: Uint8Array, res: FetchedResponse, ref: UrlRef): Node[] {
  const feed = parseFeed(decodeBytes(bytes, res.url, res.charset ?? undefined).text, res.url);
  const seen = new Set<string>();
  const nodes: Node[] = [];
  for (const link of feed.links) {
    if (link.error) {
      nodes.push({ kind: 'item', item: { id: link.url, error: new DealsiftError('BAD_FEED', link.url, link.error) } });
      continue;
    }
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    const child: UrlRef = { url: link.url, expand: kind === 'sitemapindex', depth: ref.depth + 1 };
    if (link.title) child.title = link.title;
    if (link.publishedAt) child.publishedAt = link.publishedAt;
    nodes.push({ kind: 'url', id: link.url, ref: child });
  }
  return nodes;
}

/**
 * The items of `source` in order, with every URL fetched: a page's item (id: the final URL), the
 * items of the pages a feed or sitemap lists, or one error item naming the URL.
 */
export async function* fetchInputs(source: AsyncIterable<PendingItem> | Iterable<PendingItem>, options: FetchInputsOptions = {}): AsyncGenerator<InputItem> {
  const fetcher = options.fetcher ?? new Fetcher(options);
  const lookahead = fetcher.options.lookahead;
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([stop.signal, options.signal]) : stop.signal;
  const it = Symbol.asyncIterator in source ? (source as AsyncIterable<PendingItem>)[Symbol.asyncIterator]() : (source as Iterable<PendingItem>)[Symbol.iterator]();
  const base: Frame = { nodes: [], pos: 0 };
  const frames: Frame[] = [base]; // the last is the top: its next node comes first
  let sourceDone = false;
  let pulling: Promise<void> | null = null;
  let sourceError = null as { err: unknown } | null;

  const start = (n: Extract<Node, { kind: 'url' }>) => {
    n.result = resolveUrl(fetcher, n.ref, signal).then((o) => (n.outcome = o));
  };

  /** Start the URLs among the next `lookahead` nodes; returns how many nodes are held. */
  const fill = (): number => {
    let held = 0;
    for (let f = frames.length - 1; f >= 0 && held < lookahead; f--) {
      const { nodes, pos } = frames[f];
      for (let i = pos; i < nodes.length && held < lookahead; i++) {
        const n = nodes[i];
        if (n === SKIPPED) continue;
        if (n.kind === 'url' && !n.result) {
          if (options.skip?.(n.ref.url)) {
            nodes[i] = SKIPPED;
            continue;
          }
          start(n);
        }
        held++;
      }
    }
    return held;
  };

  /** The next node in order (skipped ones passed over, finished frames dropped), or null. */
  const head = (): { frame: Frame; node: Node } | null => {
    for (;;) {
      const frame = frames[frames.length - 1];
      while (frame.pos < frame.nodes.length && frame.nodes[frame.pos] === SKIPPED) frame.pos++;
      if (frame === base && base.pos >= 1024) {
        // the source's buffer keeps only what is still ahead
        base.nodes = base.nodes.slice(base.pos);
        base.pos = 0;
      }
      if (frame.pos < frame.nodes.length) return { frame, node: frame.nodes[frame.pos] };
      if (frame === base) return null;
      frames.pop();
    }
  };

  const pull = () => {
    if (pulling || sourceDone) return;
    pulling = Promise.resolve(it.next()).then(
      (r) => {
        pulling = null;
        if (r.done) sourceDone = true;
        else base.nodes.push(nodeOf(r.value));
      },
      (err: unknown) => {
        // thrown where the source's items end, after the items before it
        pulling = null;
        sourceDone = true;
        sourceError = { err };
      },
    );
  };

  try {
    for (;;) {
      const held = fill();
      if (held < lookahead) pull();
      const h = head();
      if (!h) {
        if (pulling) {
          await pulling;
          continue;
        }
        if (sourceError) throw sourceError.err;
        if (sourceDone) return;
        continue;
      }
      const { frame, node } = h;
      if (node.kind === 'item') {
        frame.nodes[frame.pos++] = SKIPPED; // let the item go once yielded
        yield node.item;
        continue;
      }
      if (node.kind !== 'url') continue;
      if (!node.outcome) {
        // wait for the head, or for the next input to start fetching it too
        await (pulling ? Promise.race([node.result, pulling]) : node.result);
        continue;
      }
      frame.nodes[frame.pos++] = SKIPPED;
      const outcome = node.outcome;
      if ('item' in outcome) yield outcome.item;
      else if (outcome.links.length) frames.push({ nodes: outcome.links, pos: 0 });
    }
  } finally {
    stop.abort();
    if (!options.fetcher) await fetcher.close();
    await it.return?.();
  }
}
