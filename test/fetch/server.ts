/**
 * A local web site for the fetch tests (node:http on 127.0.0.1, a free port): the corpus pages,
 * feeds and sitemaps listing them, and every way a fetch can go wrong. Started by the tests
 * themselves; nothing here reaches the internet.
 */
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = path.join(root, 'corpus');
/** The corpus articles served under /pages/. */
export const corpusFiles = readdirSync(corpusDir).filter((f) => /\.(html|txt)$/.test(f)).sort();

/** The body limit the tests give the fetcher (the bomb and the large bodies are well past it). */
export const TEST_MAX_BYTES = 1024 * 1024;

/** A page in windows-1252 whose charset only the Content-Type header gives. */
export const CP1252_TEXT = [
  'Société Générale agrees to buy Crédit Müller for €1.2 billion',
  'Société Générale said on Tuesday it had agreed to acquire Crédit Müller, the Zürich lender, for €1.2 billion in cash, in a deal its chief executive called “a natural fit”.',
  'The transaction is expected to close in the first quarter of next year, subject to regulatory approval.',
];

/** A page with neither a title nor a date of its own: the feed's stand in. */
export const UNTITLED_TEXT = [
  'Harwick Industries said on Monday it agreed to acquire Tamsin Controls for $240 million in cash, its largest purchase in a decade.',
  'The deal is expected to close in the second quarter, subject to regulatory approval, Harwick said in a statement.',
];

export interface ServerStats {
  /** Requests per path (with query). */
  hits: Map<string, number>;
  /** Start times (ms) of the /slow/ requests. */
  slowStarts: number[];
  /** Most /slow/ requests in flight at once. */
  slowMax: number;
  /** Bytes written for /large-chunked before the client went away. */
  chunkedSent: number;
  /** Times (ms) of the /busy/ requests. */
  busyTimes: number[];
  /** User-Agent headers seen. */
  agents: Set<string>;
  /** Accept-Encoding headers seen. */
  encodings: Set<string>;
}

export interface TestServer {
  base: string;
  stats: ServerStats;
  close(): Promise<void>;
}

function contentTypeOf(file: string): string {
  return file.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8';
}

function rss(base: string, files: string[]): string {
  const items = files.map((f, i) => {
    const date = new Date(Date.UTC(2024, 0, 2 + i, 8, 30)).toUTCString();
    return `<item><title>Feed title for ${f}</title><link>${base}/pages/${f}</link><guid isPermaLink="false">id-${i}</guid><pubDate>${date}</pubDate></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Test deals</title><link>${base}/</link><atom:link href="${base}/rss.xml" rel="self" type="application/rss+xml"/>\n${items.join('\n')}\n</channel></rss>\n`;
}

function atom(files: string[]): string {
  // relative links, resolved against the feed's URL; an enclosure link before the article's
  const entries = files.map(
    (f, i) =>
      `<entry><title type="html">Atom &lt;b&gt;title&lt;/b&gt; ${i}</title><id>urn:test:${i}</id><link rel="enclosure" href="/media/${i}.mp3"/><link rel="alternate" type="text/html" href="pages/${f}"/><updated>2024-03-0${(i % 9) + 1}T10:00:00Z</updated></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Test atom</title><id>urn:test</id><updated>2024-03-01T00:00:00Z</updated>\n${entries.join('\n')}\n</feed>\n`;
}

function sitemap(base: string, files: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.map((f) => `<url><loc>${base}/pages/${f}</loc><lastmod>2024-05-01</lastmod></url>`).join('\n')}\n</urlset>\n`;
}

function htmlPage(title: string | null, paragraphs: string[], charset?: string): string {
  return `<!DOCTYPE html><html><head>${charset ? `<meta charset="${charset}">` : ''}${title ? `<title>${title}</title>` : ''}</head><body><article>${title ? `<h1>${title}</h1>` : ''}${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

export async function startTestServer(): Promise<TestServer> {
  const stats: ServerStats = { hits: new Map(), slowStarts: [], slowMax: 0, chunkedSent: 0, busyTimes: [], agents: new Set(), encodings: new Set() };
  const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024, 'a'));
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let slowActive = 0;
  let base = '';

  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    stats.hits.set(url, (stats.hits.get(url) ?? 0) + 1);
    stats.agents.add(String(req.headers['user-agent']));
    stats.encodings.add(String(req.headers['accept-encoding']));
    const send = (status: number, type: string | null, body: string | Buffer, headers: Record<string, string | number> = {}) => {
      res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...headers });
      res.end(body);
    };
    let m: RegExpExecArray | null;

    if (url === '/robots.txt') return send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n');
    if ((m = /^\/(pages|private)\/([\w.-]+)$/.exec(url)) && corpusFiles.includes(m[2])) return send(200, contentTypeOf(m[2]), readFileSync(path.join(corpusDir, m[2])));
    if ((m = /^\/(gzip|deflate|br)\/([\w.-]+)$/.exec(url)) && corpusFiles.includes(m[2])) {
      const raw = readFileSync(path.join(corpusDir, m[2]));
      const body = m[1] === 'gzip' ? zlib.gzipSync(raw) : m[1] === 'deflate' ? zlib.deflateSync(raw) : zlib.brotliCompressSync(raw);
      return send(200, contentTypeOf(m[2]), body, { 'content-encoding': m[1] });
    }
    if (url === '/rss.xml') return send(200, 'application/rss+xml; charset=utf-8', rss(base, [...corpusFiles].reverse()));
    if (url === '/atom.xml') return send(200, 'application/atom+xml', atom(corpusFiles.slice(0, 5)));
    if (url === '/sitemap.xml') return send(200, 'application/xml', sitemap(base, corpusFiles.slice(0, 6)));
    if (url === '/sitemap-b.xml.gz') return send(200, 'application/x-gzip', zlib.gzipSync(sitemap(base, corpusFiles.slice(6, 9))));
    if (url === '/sitemap-index.xml') {
      return send(200, 'text/xml', `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/sitemap.xml</loc></sitemap><sitemap><loc>/sitemap-b.xml.gz</loc></sitemap></sitemapindex>`);
    }
    // a feed with the awkward cases: a duplicate, an item without a link, a page without a title or date, a failing link
    if (url === '/odd.xml') {
      return send(
        200,
        'text/xml',
        `<rss version="2.0"><channel><title>Odd</title>
<item><title>Harwick to buy Tamsin Controls</title><link>/untitled.html</link><pubDate>Mon, 03 Jun 2024 09:15:00 +0000</pubDate></item>
<item><title>No link here</title><description>nothing to fetch</description></item>
<item><title>A missing page</title><link>${base}/missing</link></item>
<item><title>Harwick again</title><link>${base}/untitled.html</link></item>
<item><title>Not the page's own title</title><link>${base}/pages/${corpusFiles[0]}</link><pubDate>Mon, 03 Jun 2024 09:15:00 +0000</pubDate></item>
</channel></rss>`,
      );
    }
    if (url === '/untitled.html') return send(200, 'text/html', htmlPage(null, UNTITLED_TEXT));
    if ((m = /^\/hop\/(\d+)\/([\w.-]+)$/.exec(url))) {
      const n = Number(m[1]);
      return send(302, 'text/html', 'moved', { location: n > 1 ? `/hop/${n - 1}/${m[2]}` : `/pages/${m[2]}` });
    }
    if (url === '/loop/a') return send(301, null, '', { location: '/loop/b' });
    if (url === '/loop/b') return send(301, null, '', { location: `${base}/loop/a` });
    if (url === '/missing') return send(404, 'text/html', '<h1>Not found</h1>');
    if ((m = /^\/flaky\/([\w.-]+)$/.exec(url))) {
      if (stats.hits.get(url) === 1) return send(500, 'text/html', 'oops');
      return send(200, contentTypeOf(m[1]), readFileSync(path.join(corpusDir, m[1])));
    }
    if (url === '/always-503') return send(503, 'text/html', 'down');
    if ((m = /^\/busy\/([\w.-]+)$/.exec(url))) {
      stats.busyTimes.push(Date.now());
      if (stats.hits.get(url) === 1) return send(429, 'text/plain', 'slow down', { 'retry-after': '1' });
      return send(200, contentTypeOf(m[1]), readFileSync(path.join(corpusDir, m[1])));
    }
    if (url === '/busy-long') return send(429, 'text/plain', 'slow down', { 'retry-after': '3600' });
    if (url === '/stall') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>The start of a page that never');
      return; // never ends
    }
    if (url === '/stall-headers') return; // never answers
    if (url === '/endless') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const t = setInterval(() => res.write('<p>more words, forever, a little at a time.</p>\n'), 10);
      timers.add(t);
      res.on('close', () => clearInterval(t));
      return;
    }
    if (url === '/large') return send(200, 'text/html', Buffer.alloc(TEST_MAX_BYTES * 2, 'a'), { 'content-length': TEST_MAX_BYTES * 2 });
    if (url === '/large-chunked') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'b');
      let sent = 0;
      const more = () => {
        while (sent < 64 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          stats.chunkedSent = sent;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      res.on('close', () => (stats.chunkedSent = sent));
      return more();
    }
    if (url === '/bomb') return send(200, 'text/html', bomb, { 'content-encoding': 'gzip' });
    if (url === '/report.pdf') return send(200, 'application/pdf', '%PDF-1.4 not a page');
    if (url === '/data.xml') return send(200, 'application/xml', '<?xml version="1.0"?><catalog><book>x</book></catalog>');
    if (url === '/cp1252') return send(200, 'text/html; charset=windows-1252', iconv.encode(htmlPage(CP1252_TEXT[0], CP1252_TEXT), 'windows-1252'));
    if ((m = /^\/slow\/(\d+)$/.exec(url))) {
      slowActive++;
      stats.slowMax = Math.max(stats.slowMax, slowActive);
      stats.slowStarts.push(Date.now());
      const t = setTimeout(() => {
        slowActive--;
        send(200, 'text/html', htmlPage(`Slow page ${m![1]}`, UNTITLED_TEXT));
      }, 150);
      timers.add(t);
      return;
    }
    return send(404, 'text/plain', 'not here');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
