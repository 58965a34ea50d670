import { describe, expect, it } from 'vitest';
import { findDates, findMoney, findPercentages } from '../../src/extract/values/index.js';

/** ~1 MB inputs built to provoke regex backtracking; each extractor must finish quickly. */
const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const INPUTS: [string, string][] = [
  ['digits', fill('1234567890')],
  ['digits with commas and dots', fill('1,234.567,8.')],
  ['spaces and dots', fill(' . .  ...\t')],
  ['currency symbols', fill('$€£ $ 1 $1,')],
  ['number words', fill('one two three million and ')],
  ['month and year soup', fill('May 2019 March 3, Q3 2025 the third quarter of ')],
  ['percent signs', fill('%1% 2 percent 3%%')],
  ['clock soup', fill('12:12:12:1 3pm 9-11am at 5 tomorrow at 4:30 half past ')],
  ['period soup', fill('the end of the last 3 weeks of next summer week 31 of the 1990s ')],
  ['slashes and hyphens', fill('1/2-3/4/5-6-7/8 ')],
];

describe('adversarial 1 MB inputs', () => {
  it.each(INPUTS)('%s finishes', (_name, text) => {
    const t0 = performance.now();
    findMoney(text);
    findPercentages(text);
    findDates(text, { referenceDate: '2026-11-03' });
    expect(performance.now() - t0).toBeLessThan(15000);
  });
});
