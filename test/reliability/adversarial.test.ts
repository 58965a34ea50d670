/**
 * No catastrophic backtracking: every extractor, and the normalizer's rules, finish on 1 MB of
 * adversarial text (runs of digits, capitals, spaces, dots, currency symbols, names and verbs).
 * Bounded by vitest's time limit for the test, not by a timing assertion.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract/analysis.js';
import { findEntities } from '../../src/extract/entities/index.js';
import { findDates, findMoney, findPercentages } from '../../src/extract/values/index.js';
import { DealsiftError } from '../../src/errors.js';
import { ingest } from '../../src/ingest/index.js';
import { recordFromArticle } from '../../src/pipeline.js';

const MB = 1024 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const INPUTS: [string, string][] = [
  ['digits', fill('9')],
  ['digit groups', fill('1,234,567.89 ')],
  ['capitals', fill('ABCDEFGHIJ')],
  ['capitalized words', fill('Acme Widget Holdings Group ')],
  ['spaces', fill(' ')],
  ['dots', fill('.')],
  ['currency symbols', fill('$€£¥')],
  ['money-like', fill('$1 mln dlrs stg ')],
  ['percent-like', fill('5 pct % per cent ')],
  ['dates-like', fill('March 3, 1987 Q3 ')],
  ['deal words', fill('Acme Corp said it agreed to acquire Widget Inc from Beta Ltd for $5 ')],
  ['apostrophes', fill("X's Y's ")],
  // runs that end before the end of the text: /[.\s]+$/ was quadratic on these
  ['mixed runs', `${'9'.repeat(MB / 4)} ${'$'.repeat(MB / 8)} ${'. '.repeat(MB / 8)} ${'ABC '.repeat(MB / 8)}`.slice(0, MB)],
];

describe('1 MB of adversarial input finishes in every extractor', () => {
  it.each(INPUTS)('ingest, as text and as HTML: %s', (_name, text) => {
    // Finishing is the point: an article, or a named error for input with no text in it.
    const outcome = (f: () => { text: string }) => {
      try {
        return f().text.length > 0 ? 'text' : 'empty';
      } catch (e) {
        expect(e).toBeInstanceOf(DealsiftError);
        return (e as DealsiftError).code;
      }
    };
    expect(outcome(() => ingest({ id: 'a', text: `Title\n\n${text}` }))).toMatch(/^(text|EMPTY_INPUT|NO_TEXT)$/);
    expect(outcome(() => ingest({ id: 'b', html: `<html><body><article><p>${text}</p></article></body></html>` }))).toMatch(/^(text|EMPTY_INPUT|NO_TEXT)$/);
  }, 120_000);

  it.each(INPUTS)('%s', (_name, text) => {
    expect(findMoney(text)).toBeInstanceOf(Array);
    expect(findPercentages(text)).toBeInstanceOf(Array);
    expect(findDates(text, { referenceDate: '2026-11-26' })).toBeInstanceOf(Array);
    const a = analyze(text);
    expect(findEntities(text, a)).toBeInstanceOf(Array);
  }, 120_000);

  it.each(INPUTS.filter(([n]) => ['deal words', 'capitalized words', 'money-like'].includes(n)))('the whole pipeline on %s', (_name, text) => {
    const rec = recordFromArticle(
      { id: 'adversarial', text, blocks: [], title: null, publishedAt: '2026-11-26', author: null, siteName: null, url: null, language: 'en' },
      { maxTextLength: 2 * MB },
    );
    expect(rec.text.length).toBe(MB);
  }, 180_000);
});
