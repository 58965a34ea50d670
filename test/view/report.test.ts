/**
 * The report builder: a pure function of records and error lines. Escaping, overlapping spans, a record
 * with no deal, an error line, and the evidence wiring that the browser test then exercises for real.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DealRecordSchema } from '../../src/schema/index.js';
import { markupSpans } from '../../src/view/spans.js';
import { renderReport } from '../../src/view/report.js';
import { escapeHtml, safeHref } from '../../src/view/escape.js';
import { acquisition, entity, errorLine, money, record, span } from './records.js';

function dom(html: string) {
  return parseHTML(html).document;
}

/** Every open tag has its close tag, in order (the nesting is well-formed). */
function wellFormed(html: string): boolean {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)(mark|span)\b[^>]*>/g)) {
    if (!m[1]) stack.push(m[2]);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

describe('markupSpans', () => {
  const tag = (start: number, end: number, name: string, rank = 0) => ({ start, end, open: `<span data-n="${name}">`, close: '</span>', rank });

  it('nests spans that contain each other', () => {
    expect(markupSpans('abcdef', [tag(1, 3, 'inner'), tag(0, 6, 'outer')])).toBe('<span data-n="outer">a<span data-n="inner">bc</span>def</span>');
  });

  it('splits a span that crosses another, keeping the text and the nesting well-formed', () => {
    const html = markupSpans('abcdef', [tag(0, 4, 'x'), { ...tag(2, 6, 'y'), openCont: '<span data-n="y" class="cont">' }]);
    expect(html).toBe('<span data-n="x">ab<span data-n="y">cd</span></span><span data-n="y" class="cont">ef</span>');
    expect(wellFormed(html)).toBe(true);
  });

  it('at equal extents the lower rank is outside; empty and out-of-range spans are dropped', () => {
    expect(markupSpans('abc', [tag(0, 3, 'mention', 1), tag(0, 3, 'evidence', 0), tag(2, 2, 'empty'), tag(5, 9, 'far')])).toBe(
      '<span data-n="evidence"><span data-n="mention">abc</span></span>',
    );
  });

  it('escapes the text between tags', () => {
    expect(markupSpans('<b>&"', [tag(0, 3, 'x')])).toBe('<span data-n="x">&lt;b&gt;</span>&amp;&quot;');
  });

  it('never cuts a surrogate pair: a boundary inside one moves outwards', () => {
    const text = 'a😀b';
    const html = markupSpans(text, [tag(2, 4, 'half')]);
    expect(html).toBe('a<span data-n="half">😀b</span>');
    expect(html).not.toMatch(/\uFFFD/);
  });

  it('keeps the text and well-formedness for many random overlapping spans', () => {
    const text = 'The quick brown fox jumps over the lazy dog, twice; and then again.';
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: 1 + rnd(8) }, (_, i) => {
        const a = rnd(text.length);
        return tag(a, a + rnd(text.length - a + 1), String(i), rnd(2));
      });
      const html = markupSpans(text, spans);
      expect(wellFormed(html)).toBe(true);
      expect(html.replace(/<[^>]+>/g, '')).toBe(escapeHtml(text));
    }
  });
});

describe('renderReport', () => {
  it('shows the article text, one highlight per mention, a deal card and a fact per evidence span', () => {
    const r = acquisition();
    expect(DealRecordSchema.safeParse(r).success).toBe(true);
    const html = renderReport([r]);
    const doc = dom(html);
    expect(doc.querySelector('.text')!.textContent).toBe(r.text);
    const kinds = [...doc.querySelectorAll('.text mark.m')].map((m) => m.getAttribute('data-kind'));
    expect(kinds.sort()).toEqual(['date', 'money', 'organization', 'organization']);
    expect(doc.querySelector('.text mark.k-money')!.getAttribute('data-tip')).toMatch(/500,000,000 USD[\s\S]*rule: hand/);
    expect(doc.querySelector('.card .badge.type')!.textContent).toBe('acquisition');
    expect(doc.querySelector('.card')!.textContent).toMatch(/acquirer\s*Acme Corp/);
    // Every fact button points at evidence that exists in the text, and the evidence is the fact's span.
    const facts = [...doc.querySelectorAll('[data-fact]')];
    expect(facts.length).toBeGreaterThanOrEqual(6);
    for (const f of facts) {
      const id = f.getAttribute('data-fact')!;
      const ev = [...doc.querySelectorAll('.ev')].filter((e) => e.getAttribute('data-ev')!.split(' ').includes(id));
      expect(ev.length, id).toBeGreaterThan(0);
    }
    const closing = [...doc.querySelectorAll('button.fact')].find((b) => b.textContent === 'closing')!;
    const id = closing.getAttribute('data-fact')!;
    const ev = [...doc.querySelectorAll('.ev')].filter((e) => e.getAttribute('data-ev')!.split(' ').includes(id));
    expect(ev.map((e) => e.textContent).join('')).toBe('The deal is expected to close in 2027.');
    expect(html).toBe(renderReport([acquisition()])); // a pure function
  });

  it('escapes everything that comes from the article or the record', () => {
    const text = 'Evil <script>alert("x")</script> & Co bought "Target" <img src=x onerror=alert(1)>.';
    const r = record(text, {
      id: 'a"><script>alert(2)</script>.html',
      source: { title: '</title><script>alert(3)</script>', publishedAt: null, url: 'javascript:alert(4)', author: '<b>me</b>', siteName: null, language: null },
      entities: [entity('e1', 'organization', 'Evil <script>', [span(text, 'Evil <script>')])],
    });
    const html = renderReport([r, { id: '<i>x</i>', error: { code: '<X>', message: '</pre><script>alert(5)</script>' } }]);
    expect(html.match(/<script/g)).toHaveLength(1); // only the page's own script
    expect(html).not.toMatch(/<img|<b>me|<i>x|href="javascript:/);
    expect(html).toContain('javascript:alert(4)'); // shown as text, not linked
    expect(html).not.toMatch(/href="(?!#)/);
    const doc = dom(html);
    expect(doc.querySelector('.text')!.textContent).toBe(text);
    expect(doc.querySelector('title')!.textContent).toBe('dealsift report');
    expect(doc.querySelector('.article h2')!.textContent).toContain('</title><script>alert(3)</script>');
    expect(doc.querySelector('.text mark.k-organization')!.getAttribute('data-tip')).toContain('Evil <script>');
    expect(doc.querySelector('.err pre')!.textContent).toBe('</pre><script>alert(5)</script>');
  });

  it('is self-contained: no external resources, and a CSP that allows only its own style and script', () => {
    const html = renderReport([acquisition()]);
    expect(html).not.toMatch(/<link|<img|<iframe|\bsrc=|@import|url\(|https?:\/\//);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
  });

  it('links only http(s) URLs', () => {
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    const r = record('Text.', { source: { title: null, publishedAt: null, url: 'https://example.com/"x', author: null, siteName: null, language: null } });
    expect(renderReport([r])).toContain('href="https://example.com/&quot;x"');
  });

  it('renders overlapping mentions of different kinds (nested and crossing) without losing text', () => {
    const text = 'The Bank of 2020 Holdings paid $5 million dollars today.';
    const r = record(text, {
      entities: [entity('e1', 'organization', 'Bank of 2020 Holdings', [span(text, 'Bank of 2020 Holdings')]), entity('e2', 'product', 'million dollars today', [span(text, 'million dollars today')])],
      dates: [{ ...span(text, '2020'), value: '2020', relation: null, range: null, rule: 'hand' }],
      money: [money(span(text, '$5 million dollars'), 5_000_000)],
    });
    const html = renderReport([r]);
    expect(wellFormed(html.slice(html.indexOf('<div class="text">'), html.indexOf('</div>', html.indexOf('<div class="text">'))))).toBe(true);
    const doc = dom(html);
    expect(doc.querySelector('.text')!.textContent).toBe(text);
    // The date is nested inside the organization; the crossing product is split into two pieces.
    expect(doc.querySelector('mark.k-organization mark.k-date')!.textContent).toBe('2020');
    const product = [...doc.querySelectorAll('.text mark.k-product')];
    expect(product.map((m) => m.textContent).join('')).toBe('million dollars today');
    expect(product.length).toBe(2);
    expect(product[1].classList.contains('cont')).toBe(true);
  });

  it('a record with no deal: its mentions are highlighted and the card says no deal was reported', () => {
    const text = 'Stocks rose 2% on Friday as Acme Corp gained.';
    const r = record(text, {
      entities: [entity('e1', 'organization', 'Acme Corp', [span(text, 'Acme Corp')])],
      percentages: [{ ...span(text, '2%'), value: 2, min: null, max: null, qualifier: null, unit: 'percent', rule: 'hand' }],
    });
    const doc = dom(renderReport([r]));
    expect(doc.querySelector('.article.no-deal')).not.toBeNull();
    expect(doc.querySelector('.nodeal')!.textContent).toMatch(/No deal reported/);
    expect(doc.querySelector('.deal')).toBeNull();
    expect(doc.querySelectorAll('.text mark.m')).toHaveLength(2);
    expect(doc.querySelector('.card .entities')!.textContent).toContain('Acme Corp');
  });

  it('an error line: its id, code and message, and an index entry for a batch', () => {
    const doc = dom(renderReport([acquisition(), errorLine]));
    const err = doc.querySelector('section.err')!;
    expect(err.textContent).toContain('broken.html');
    expect(err.querySelector('code')!.textContent).toBe('broken.html');
    expect(err.textContent).toContain('EMPTY_INPUT');
    expect(err.querySelector('pre')!.textContent).toBe(errorLine.error.message);
    const rows = [...doc.querySelectorAll('nav.index tbody tr')];
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('a')!.getAttribute('href')).toBe('#a0');
    expect(rows[1].textContent).toContain('EMPTY_INPUT');
    expect(doc.querySelector('.summary')!.textContent).toMatch(/2 input\(s\): 1 record\(s\), 1 with a deal, 1 error\(s\)/);
  });

  it('one article has no index; no entries is a page that says so', () => {
    expect(dom(renderReport([acquisition()])).querySelector('nav.index')).toBeNull();
    expect(dom(renderReport([])).querySelector('main')!.textContent).toContain('No inputs.');
  });

  it('gives every fact a distinct id across articles', () => {
    const doc = dom(renderReport([acquisition(), acquisition()]));
    const ids = [...doc.querySelectorAll('[data-fact]')].map((b) => b.getAttribute('data-fact'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.querySelectorAll('section.article')).toHaveLength(2);
  });
});
