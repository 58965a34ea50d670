/**
 * Property-based tests: for arbitrary text and random HTML the pipeline never throws, every span
 * indexes the record's text, every record passes the schema, and output is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealRecordSchema, DealsiftError, safeExtract, type DealRecord, type Span } from '../../src/index.js';

function spans(rec: DealRecord): Span[] {
  const out: Span[] = [...rec.money, ...rec.percentages, ...rec.dates, ...rec.entities.flatMap((e) => e.mentions)];
  for (const d of rec.deal ? [rec.deal, ...rec.otherDeals] : rec.otherDeals) {
    out.push(d.evidence, ...d.parties.map((p) => p.evidence), ...d.terms, ...d.terms.flatMap((t) => t.evidence));
    if (d.value) out.push(d.value);
    if (d.statusEvidence) out.push(d.statusEvidence);
  }
  return out;
}

function checkOne(input: { id: string; text?: string; html?: string }) {
  const a = safeExtract(input);
  if (!a.success) {
    expect(a.error).toBeInstanceOf(DealsiftError);
    expect(a.error.message).toContain(input.id);
    return;
  }
  expect(DealRecordSchema.safeParse(a.data).success).toBe(true);
  for (const s of spans(a.data)) expect(a.data.text.slice(s.start, s.end)).toBe(s.text);
  const b = safeExtract(input);
  expect(JSON.stringify(b.success ? b.data : null)).toBe(JSON.stringify(a.data));
}

// Words that make the extractors fire, mixed with arbitrary characters.
const WORDS = ['Acme Corp', 'Widget Inc', 'agreed to acquire', 'for', '$12.2 million', '51 pct', 'mln dlrs', 'from', 'stake in', 'said', 'March 3, 1987',
  'until 2030', '20%', 'the', 'and', 'merger', 'joint venture', 'licence', 'revenue share', 'no longer', '.', ',', '\n\n', ' ', '’s', '<GATS>', '€', '£', '¥', 'Ltd', 'plc', 'Mr.', 'U.S.'];
const newsish = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 80 }).map((xs) => xs.join(' '));

const TAGS = ['p', 'div', 'article', 'nav', 'footer', 'aside', 'script', 'style', 'h1', 'h2', 'li', 'ul', 'blockquote', 'section', 'span', 'a', 'form', 'time', 'meta', 'br'];
const html: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    newsish,
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom('', ' class="share"', ' class="article-body"', ' id="comments"', ' role="navigation"'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([t, attr, kids]) => `<${t}${attr}>${(kids as string[]).join('')}</${t}>`),
  ),
})).node as fc.Arbitrary<string>;

describe('the pipeline on arbitrary input', () => {
  it('plain text: never throws, spans index the text, schema holds, deterministic', () => {
    fc.assert(fc.property(newsish, (text) => checkOne({ id: 'prop-text', text })), { numRuns: 150, seed: 20261126 });
  });
  it('arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkOne({ id: 'prop-unicode', text })), { numRuns: 150, seed: 7 });
  });
  it('random HTML', () => {
    fc.assert(fc.property(html, (h) => checkOne({ id: 'prop-html', html: `<html><body>${h}</body></html>` })), { numRuns: 120, seed: 11 });
  });
});
