/**
 * `dealsift extract` and `ingest` over URLs, as a user runs them, against the local test site: the
 * records of the served pages are those of the same files (apart from id and source.url), feeds
 * stand for their articles in order, every failure is one error line, and --resume skips what is done.
 * Needs the build (npm test builds first).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DealRecordSchema } from '../../src/schema/index.js';
import { UNTITLED_TEXT, corpusFiles, root, startTestServer, type TestServer } from './server.js';

const bin = path.join(root, 'bin/dealsift.js');

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.base;
});
afterAll(async () => {
  await server.close();
});

/** Run the CLI without blocking this process, which serves the pages it fetches. */
function dealsift(args: string[], cwd = root): Promise<{ code: number | null; stdout: string; stderr: string; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, lines: stdout.split('\n').filter(Boolean) }));
  });
}

/** Fast, for a local server: no delay between requests, short timeouts. */
const FAST = ['--delay', '0', '--fetch-timeout', '2000', '--retries', '1', '-j', '2', '-q'];

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'dealsift-urls-'));
}

/** A record without the two fields that say where it came from. */
function withoutOrigin(line: string): string {
  const r = JSON.parse(line);
  delete r.id;
  delete r.source.url;
  return JSON.stringify(r);
}

describe('dealsift extract over URLs', () => {
  it('gives the served pages the records of the same files, apart from id and source.url (the final URL)', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'urls.txt');
    const html = corpusFiles.find((f) => f.endsWith('.html'))!;
    const urls = [...corpusFiles.map((f) => `${base}/pages/${f}`), `${base}/br/${html}`, `${base}/hop/5/${html}`];
    writeFileSync(list, `# the corpus, served\n${urls.join('\n')}\n\n`);
    const [files, fetched] = await Promise.all([
      dealsift(['extract', ...corpusFiles.map((f) => `corpus/${f}`), '-j', '2', '-q']),
      dealsift(['extract', '--urls', list, ...FAST]),
    ]);
    expect(files.code).toBe(0);
    expect(fetched.code, fetched.stderr).toBe(0);
    expect(fetched.lines).toHaveLength(urls.length);
    const expected = [...files.lines, files.lines[corpusFiles.indexOf(html)], files.lines[corpusFiles.indexOf(html)]];
    for (const [i, line] of fetched.lines.entries()) {
      const r = JSON.parse(line);
      const finalUrl = urls[i].replace(/\/hop\/5\//, '/pages/');
      expect(r.id).toBe(finalUrl);
      expect(r.source.url).toBe(finalUrl);
      expect(DealRecordSchema.safeParse(r).success).toBe(true);
      expect(withoutOrigin(line), urls[i]).toBe(withoutOrigin(expected[i]));
    }
  });

  it('expands a feed and a sitemap index into their articles in order; a failing URL is one error line and exit 1', async () => {
    const r = await dealsift(['extract', `${base}/rss.xml`, `${base}/missing`, `${base}/sitemap-index.xml`, ...FAST]);
    expect(r.code).toBe(1);
    const out = r.lines.map((l) => JSON.parse(l));
    const feedOrder = [...corpusFiles].reverse();
    expect(out.map((o) => o.id)).toEqual([...feedOrder.map((f) => `${base}/pages/${f}`), `${base}/missing`, ...corpusFiles.slice(0, 9).map((f) => `${base}/pages/${f}`)]);
    expect(out[feedOrder.length].error).toEqual({ code: 'HTTP_404', message: `${base}/missing: the server answered HTTP 404 Not Found` });
    expect(r.stderr).toContain(`${base}/missing`);
    // a page without a date of its own takes the feed's; one with its own keeps it
    const own = await dealsift(['extract', ...corpusFiles.map((f) => `corpus/${f}`), '-j', '2', '-q']);
    for (const [i, f] of feedOrder.entries()) {
      const fromFile = JSON.parse(own.lines[corpusFiles.indexOf(f)]);
      const fromFeed = out[i];
      expect(fromFeed.source.title).toBe(fromFile.source.title);
      if (fromFile.source.publishedAt) expect(fromFeed.source.publishedAt, f).toBe(fromFile.source.publishedAt);
      else expect(fromFeed.source.publishedAt, f).toBe(`2024-01-${String(2 + i).padStart(2, '0')}`); // an RFC 822 date, read as its calendar date
    }
  });

  it("uses a feed item's title and date for a page that has none, and keeps a page's own title", async () => {
    const r = await dealsift(['extract', `${base}/odd.xml`, ...FAST]);
    expect(r.code).toBe(1);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.error?.code ?? 'ok')).toEqual(['ok', 'BAD_FEED', 'HTTP_404', 'ok']);
    expect(out[0].source).toMatchObject({ title: 'Harwick to buy Tamsin Controls', publishedAt: '2024-06-03', url: `${base}/untitled.html` });
    expect(out[0].text).toBe(UNTITLED_TEXT.join('\n\n'));
    expect(out[3].source.title).not.toBe("Not the page's own title");
  });

  it('--resume skips the URLs already written and fetches only the new ones', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'urls.txt');
    const out = path.join(dir, 'out.jsonl');
    writeFileSync(list, `${base}/slow/101\n${base}/gone-for-resume\n`);
    const first = await dealsift(['extract', '--urls', list, '-o', out, ...FAST]);
    expect(first.code).toBe(1);
    appendFileSync(list, `${base}/slow/102 # added later\n`);
    const second = await dealsift(['extract', '--urls', list, '-o', out, '--resume', ...FAST]);
    expect(second.code).toBe(0);
    const ids = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).id);
    expect(ids).toEqual([`${base}/slow/101`, `${base}/gone-for-resume`, `${base}/slow/102`]);
    expect(server.stats.hits.get('/slow/101')).toBe(1);
    expect(server.stats.hits.get('/gone-for-resume')).toBe(1);
    expect(server.stats.hits.get('/slow/102')).toBe(1);
  });

  it('ingest reads an Atom feed too; --no-expand reads the feed as one page', async () => {
    const r = await dealsift(['ingest', `${base}/atom.xml`, ...FAST]);
    expect(r.code).toBe(0);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.url)).toEqual(corpusFiles.slice(0, 5).map((f) => `${base}/pages/${f}`));
    const one = await dealsift(['ingest', `${base}/rss.xml`, '--no-expand', ...FAST]);
    expect(one.lines).toHaveLength(1);
    expect(JSON.parse(one.lines[0]).id).toBe(`${base}/rss.xml`);
  });

  it('refuses bad option values as usage errors (exit 2)', async () => {
    const r = await dealsift(['extract', `${base}/rss.xml`, '--per-host', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--per-host');
    const none = await dealsift(['extract']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/expected files, directories, URLs, - for stdin, or --urls FILE/);
  });
});
