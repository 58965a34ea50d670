/** HTML main-text extraction: block structure, the corpus page, determinism, and the dataset gate. */
import { realpathSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { PARAGRAPHS, articleHtml, page } from './helpers.js';

/** The real path of a shared scorer (../shared may be a link), or the path itself when absent. */
function realScorer(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');

describe('container choice on unfamiliar layouts', () => {
  const sidebar = `<div class="profile"><p>About me: I am a writer and photographer living in New York, and I write about art and design.</p></div>`;

  it('reads loose text between a post\'s child blocks as paragraphs (a blog post written with <br>s)', () => {
    const post = `<div class="post"><div class="date">Monday, October 29</div>${PARAGRAPHS.join('<br><br>')}<div class="footer">Posted at 09:53</div></div>`;
    const a = ingest({ id: 'h', html: `<html><body><div id="main">${post}</div><div id="side">${sidebar}</div></body></html>` });
    expect(a.text).toContain(PARAGRAPHS[0]);
    expect(a.text).toContain(PARAGRAPHS[3]);
    expect(a.text).not.toContain('About me');
  });

  it('keeps a hidden element that holds the whole article when nothing else is left (a streamed page)', () => {
    const html = `<html><body><div id="shell"><p>Loading</p></div><div hidden id="S:0"><article>${articleHtml()}</article></div></body></html>`;
    expect(ingest({ id: 'h', html }).text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('still drops a hidden element beside a visible article', () => {
    const html = `<html><body><article>${articleHtml()}</article><div style="display:none"><p>${'Sign in to read more of our reporting on deals and markets. '.repeat(4)}</p></div></body></html>`;
    expect(ingest({ id: 'h', html }).text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('does not count the text of a <select> as prose (an archive menu would lift the guard over the article)', () => {
    const months = Array.from({ length: 400 }, (_, i) => `<option>Archive month ${i}</option>`).join('');
    const about = `<div class="about"><p>${'This blog is written by one person who likes trains and old maps '.repeat(5)}</p></div>`;
    const html = `<html><body><div class="widget Blog">${articleHtml()}</div>${about}<select>${months}</select></body></html>`;
    expect(ingest({ id: 'h', html }).text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('takes the element marked itemprop="articleBody" as the article when it holds enough text', () => {
    const comments = `<div class="talk">${['I agree, completely, with this, and with that, and more, and so on, again.', 'No, no, no, this is wrong, wrong, wrong, and, frankly, silly, silly.', 'Yes, well, maybe, perhaps, who knows, time will tell, we shall see, then.'].map((c) => `<p>${c}</p>`).join('')}</div>`;
    const html = `<html><body><div itemprop="articleBody"><div class="a">${articleHtml(PARAGRAPHS.slice(0, 2))}</div><div class="b">${articleHtml(PARAGRAPHS.slice(2))}</div></div>${comments}</body></html>`;
    expect(ingest({ id: 'h', html }).text).toBe(PARAGRAPHS.join('\n\n'));
  });
});

describe('block structure', () => {
  it('keeps headings, lists and block quotes inside the body, one block each', () => {
    const body = `${articleHtml(PARAGRAPHS.slice(0, 2))}
      <h2>What the deal means</h2>
      <ul><li>$42 per share in cash</li><li>closing expected in 2027</li></ul>
      <blockquote><p>“This is a transformational deal for both companies,” Smith said.</p></blockquote>
      ${articleHtml(PARAGRAPHS.slice(2))}`;
    const a = ingest({ id: 'h', html: page({ body }) });
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'list', 'list', 'quote', 'paragraph', 'paragraph']);
    expect(a.blocks.map((b) => a.text.slice(b.start, b.end))).toEqual([
      PARAGRAPHS[0], PARAGRAPHS[1], 'What the deal means', '$42 per share in cash', 'closing expected in 2027',
      '“This is a transformational deal for both companies,” Smith said.', PARAGRAPHS[2], PARAGRAPHS[3],
    ]);
    expect(a.text).toBe(a.blocks.map((b) => a.text.slice(b.start, b.end)).join('\n\n'));
  });

  it('collapses whitespace and splits paragraphs separated by <br><br>', () => {
    const body = `<div>Acme   Corp agreed on Tuesday\n to buy Widget Holdings for $2.1 billion in cash, the companies said.<br><br>The deal, which values Widget at 14 times earnings, is expected to close next year.<br>It needs approval.</div>`;
    const a = ingest({ id: 'h', html: page({ body }) });
    expect(a.text).toBe('Acme Corp agreed on Tuesday to buy Widget Holdings for $2.1 billion in cash, the companies said.\n\nThe deal, which values Widget at 14 times earnings, is expected to close next year. It needs approval.');
  });

  it('reads a table row as one block, its cells separated by spaces', () => {
    const table = '<table><tr><th>Item</th><th>Q3 2026</th></tr><tr><td>Revenue</td><td>$8.42B</td></tr></table>';
    const a = ingest({ id: 'h', html: page({ body: articleHtml() + table }) });
    expect(a.text.endsWith('\n\nItem Q3 2026\n\nRevenue $8.42B')).toBe(true);
  });

  it('splits preformatted text on blank lines', () => {
    const a = ingest({ id: 'h', html: '<html><body><pre>Acme Corp agreed to buy\nWidget Holdings for $2.1 billion in cash.\n\nThe deal closes next year, the companies said.</pre></body></html>' });
    expect(a.text).toBe('Acme Corp agreed to buy Widget Holdings for $2.1 billion in cash.\n\nThe deal closes next year, the companies said.');
  });

  it('reads a fragment without <html> or <body>', () => {
    expect(ingest({ id: 'h', html: `<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>` }).text).toBe(`${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`);
  });

  it('survives pathological nesting (20,000 unclosed elements) without overflowing the stack', () => {
    const html = `<html><body>${'<div>'.repeat(20000)}<p>${PARAGRAPHS[0]}</p></body></html>`;
    expect(ingest({ id: 'h', html }).text).toBe(PARAGRAPHS[0]);
  });

  it('stays linear on a large page (20,000 blocks, ~3 MB)', () => {
    const html = `<html><body>${Array.from({ length: 20000 }, (_, i) => `<div class="item"><p>Paragraph ${i}, with some text, and commas, to score the container.</p></div>`).join('')}</body></html>`;
    const t0 = performance.now();
    const a = ingest({ id: 'big', html });
    expect(a.blocks.length).toBe(20000);
    expect(performance.now() - t0).toBeLessThan(10000);
  });

  it('is deterministic', () => {
    const html = page({ outside: '<aside class="related"><a href="/x">More</a></aside>' });
    expect(ingest({ id: 'h', html })).toEqual(ingest({ id: 'h', html }));
  });

  it('never runs scripts or fetches: inline handlers and external resources are inert', () => {
    const html = page({ head: '<script src="https://example.com/evil.js"></script>', body: `<p onclick="alert(1)">${PARAGRAPHS[0]}</p><img src="https://example.com/pixel.gif" onerror="alert(2)"><p>${PARAGRAPHS[1]}</p>` });
    expect(ingest({ id: 'h', html }).text).toBe(`${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`);
  });
});

describe('standfirst and summary bullets under the headline (inside the <article>)', () => {
  const P = 'Acme Corp agreed on Tuesday to buy Widget Holdings for $2.1 billion in cash, the companies said, in a deal that would create the largest maker of sensors in North America.';
  const art = (header: string): string => `<html><body><main><article><h1>Acme to buy Widget</h1>${header}<div class="body"><p>${P}</p><p>${P.replace('Tuesday', 'Monday')}</p></div></article></main></body></html>`;
  it('keeps a summary list right under the <h1>, with or without a class, before the body', () => {
    for (const ul of ['<ul><li>Acme pays $42 a share in cash</li><li>Deal to close next year</li></ul>', '<ul class="tt-abstract"><li>Acme pays $42 a share in cash</li><li>Deal to close next year</li></ul>']) {
      const a = ingest({ id: 's', html: art(ul) });
      expect(a.text.startsWith('Acme pays $42 a share in cash\n\nDeal to close next year\n\nAcme Corp agreed')).toBe(true);
      expect(a.blocks[0].kind).toBe('list');
    }
  });
  it('keeps a dek (subtitle) and a summary list together, in page order', () => {
    const a = ingest({ id: 's', html: art('<p class="dek">The sensor maker agrees to a $2.1 billion takeover after months of talks.</p><ul><li>Acme pays $42 a share in cash</li></ul>') });
    expect(a.text.startsWith('The sensor maker agrees')).toBe(true);
  });
  it('does not take a list of links under the headline, or a list elsewhere, as a summary', () => {
    const links = ingest({ id: 's', html: art('<ul><li><a href="/a">Acme names new finance chief</a></li><li><a href="/b">Widget shares jump</a></li></ul>') });
    expect(links.text).not.toContain('finance chief');
    const later = ingest({ id: 's', html: art('<p class="byline">By Jane Doe</p><ul class="tags"><li>Deals</li><li>Sensors</li></ul>') });
    expect(later.text).not.toContain('Sensors\n');
    expect(later.text.startsWith('Acme Corp agreed')).toBe(true);
  });
});

describe('the corpus page (corpus/openai-microsoft-partnership-page.html)', () => {
  const html = fs.readFileSync(path.join(repo, 'corpus', 'openai-microsoft-partnership-page.html'));
  const txt = fs.readFileSync(path.join(repo, 'corpus', 'openai-microsoft-partnership.txt'), 'utf8');
  const a = ingest({ id: 'page', bytes: html });

  it('extracts the same body as the plain-text version', () => {
    // (the plain text keeps its title line as the first paragraph; the page's title is apart from its text)
    const plain = ingest({ id: 'txt', text: txt });
    expect(`${plain.title}\n\n${a.text}`).toBe(plain.text);
  });

  it('reads the page metadata', () => {
    expect(a).toMatchObject({
      title: 'OpenAI and Microsoft Redefine Partnership, Capping Revenue Share and Expanding Cloud Flexibility',
      publishedAt: '2026-11-03T09:30:00Z',
      author: 'Daniel Okafor',
      siteName: 'TechLedger',
      url: 'https://www.techledger.news/ai/openai-microsoft-redefine-partnership-revenue-share-cap/',
      language: 'en',
    });
  });

  it('drops the furniture', () => {
    expect(a.text).not.toMatch(/Share this article|Leave a Reply|Related articles|About Daniel|Get the TechLedger|cookie|Cancel reply|All rights reserved/i);
  });
});

// The benchmark gate: runs only where ../shared (the article-extraction dataset and its scorer) is present.
const dataset = path.resolve(repo, '..', 'shared', 'datasets', 'article-extraction');
// The shared scorers run main() only when argv[1] is their real path: resolve links to ../shared.
const scorer = realScorer(path.resolve(repo, '..', 'shared', 'eval', 'boilerplate', 'score.mjs'));
const haveDataset = fs.existsSync(path.join(dataset, 'truth.jsonl')) && fs.existsSync(scorer);

describe.skipIf(!haveDataset)('article-extraction benchmark (../shared, development half)', () => {
  it('scores F1 >= 0.965 with precision and recall >= 0.95 and no page below 0.5', () => {
    const truth = fs.readFileSync(path.join(dataset, 'truth.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; url?: string });
    const preds = truth.map((t) => {
      const bytes = fs.readFileSync(path.join(dataset, 'html', `${t.id}.html`));
      return JSON.stringify({ id: t.id, text: ingest({ id: t.id, bytes, url: t.url }).text });
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealsift-ingest-'));
    const predPath = path.join(dir, 'preds.jsonl');
    const jsonPath = path.join(dir, 'score.json');
    fs.writeFileSync(predPath, preds.join('\n') + '\n');
    execFileSync(process.execPath, [scorer, '--truth', dataset, '--pred', predPath, '--json', jsonPath, '--bootstrap', '0', '--quiet']);
    const score = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as { overall: { f1: number; precision: number; recall: number }; perPage: { f1: number }[] };
    fs.rmSync(dir, { recursive: true, force: true });
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.965);
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(Math.min(...score.perPage.map((p) => p.f1))).toBeGreaterThanOrEqual(0.5);
  });
});
