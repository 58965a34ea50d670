import { describe, expect, it } from 'vitest';
import { MoneySchema } from '../../src/schema/index.js';
import { findMoney } from '../../src/extract/values/index.js';

type Row = [input: string, text: string, value: number, currency: string | null, qualifier?: string | null, extra?: { min?: number; max?: number; perShare?: boolean }];

/** Positive cases: input, expected mention text, value, currency, qualifier, range/per-share. */
const POSITIVE: Row[] = [
  // the user's example article (copied sentences)
  ['Microsoft has invested more than $13 billion in OpenAI since 2019, making it one of the startup’s most significant backers.', 'more than $13 billion', 13e9, 'USD', 'more_than'],
  ['At that time, Microsoft valued its stake in OpenAI’s for-profit arm at approximately $135 billion.', 'approximately $135 billion', 135e9, 'USD', 'approx'],
  // wire copy
  ['It agreed to acquire 51 pct for 12.2 mln dlrs in cash.', '12.2 mln dlrs', 12.2e6, 'USD'],
  ['The unit was sold for 50 mln stg.', '50 mln stg', 50e6, 'GBP'],
  ['a loan of 1.5 billion Canadian dlrs', '1.5 billion Canadian dlrs', 1.5e9, 'CAD'],
  ['The company will pay a dividend of 15 cts a share.', '15 cts a share', 0.15, 'USD', null, { perShare: true }],
  ['Shr profit 1.12 dlrs vs 98 cts', '1.12 dlrs', 1.12, 'USD'],
  // symbols and codes, before and after
  ['It raised $2.5bn from investors.', '$2.5bn', 2.5e9, 'USD'],
  ['valued at £3m', '£3m', 3e6, 'GBP'],
  ['a fine of €20 million', '€20 million', 20e6, 'EUR'],
  ['struck a $500 million (Dh1.84 billion) deal', 'Dh1.84 billion', 1.84e9, 'AED'],
  ['EUR 20 million was paid', 'EUR 20 million', 20e6, 'EUR'],
  ['bought for US$ 4.5 million', 'US$ 4.5 million', 4.5e6, 'USD'],
  ['a C$300 million charge', 'C$300 million', 300e6, 'CAD'],
  ['sales of A$1.2 billion', 'A$1.2 billion', 1.2e9, 'AUD'],
  ['to acquire Pellor for $A120 million', '$A120 million', 120e6, 'AUD'],
  ['a loan of $US50 million', '$US50 million', 50e6, 'USD'],
  ['exports reached HK$10.05 billion', 'HK$10.05 billion', 10.05e9, 'HKD'],
  ['a ¥500 billion program', '¥500 billion', 500e9, 'JPY'],
  ['ticket price 20€ only', '20€', 20, 'EUR'],
  ['they lost 75 USD million', '75 USD million', 75e6, 'USD'],
  ['revenue of 120 MEUR', '120 MEUR', 120e6, 'EUR'],
  ['raised Rs 500 crore', 'Rs 500 crore', 5e9, 'INR'],
  // "cr" for crore; a hyphen before a whole scale word ("a $85.4-billion deal")
  ['for Rs 1,200 cr.', 'Rs 1,200 cr', 1.2e10, 'INR'],
  ['a $85.4-billion deal', '$85.4-billion', 8.54e10, 'USD'],
  ['for C$2-million', 'C$2-million', 2e6, 'CAD'],
  // currency words and written numbers
  ['received five million yen from the industry', 'five million yen', 5e6, 'JPY'],
  ['broke through 100 billion yuan', '100 billion yuan', 100e9, 'CNY'],
  ['an investment of 2 trillion won', '2 trillion won', 2e12, 'KRW'],
  ['worth 35 lakh rupees', '35 lakh rupees', 3.5e6, 'INR'],
  ['paid 10 million Swiss francs', '10 million Swiss francs', 10e6, 'CHF'],
  ['raised 5 million pounds of funding', '5 million pounds', 5e6, 'GBP'],
  ['a SEK 2 billion rights issue', 'SEK 2 billion', 2e9, 'SEK'],
  ['two billion dollars', 'two billion dollars', 2e9, 'USD'],
  ['twenty thousand three hundred dollars', 'twenty thousand three hundred dollars', 20300, 'USD'],
  ['a quarter million us dollars', 'a quarter million us dollars', 250000, 'USD'],
  ['it cost thirteen dollars and forty-five cents', 'thirteen dollars and forty-five cents', 13.45, 'USD'],
  ['470 pence a share', '470 pence a share', 4.7, 'GBP', null, { perShare: true }],
  // ranges, qualifiers, per share
  ['a deal worth $1-2 billion', '$1-2 billion', 1e9, 'USD', null, { min: 1e9, max: 2e9 }],
  ['between $5 million and $6 million', 'between $5 million and $6 million', 5e6, 'USD', null, { min: 5e6, max: 6e6 }],
  ['between 10 and 20 dollars', 'between 10 and 20 dollars', 10, 'USD', null, { min: 10, max: 20 }],
  ['it offered $12 a share in cash', '$12 a share', 12, 'USD', null, { perShare: true }],
  ['at $ 70 per share', '$ 70 per share', 70, 'USD', null, { perShare: true }],
  ['up to $500 million', 'up to $500 million', 500e6, 'USD', 'up_to'],
  ['at least $1 billion', 'at least $1 billion', 1e9, 'USD', 'at_least'],
  ['less than $1 million', 'less than $1 million', 1e6, 'USD', 'less_than'],
  ['over $300 million', 'over $300 million', 300e6, 'USD', 'more_than'],
  ['nearly $4 billion', 'nearly $4 billion', 4e9, 'USD', 'approx'],
  ['some $40 million', 'some $40 million', 40e6, 'USD', 'approx'],
  ['a $10K grant', '$10K', 10000, 'USD'],
  ['will repay H.R.S. 3.3 mln U.S. dlrs of debt', '3.3 mln U.S. dlrs', 3.3e6, 'USD'],
  ['above a dollar and 42 cents', 'above a dollar and 42 cents', 1.42, 'USD', 'more_than'],
  ['it cost a dollar', 'a dollar', 1, 'USD'],
  ['bought at prices ranging from 14.25 to 15.50 dlrs a\nshare', 'from 14.25 to 15.50 dlrs a\nshare', 14.25, 'USD', null, { min: 14.25, max: 15.5, perShare: true }],
  ['a 312p offer', '312p', 3.12, 'GBP'],
  // a per-share tail after the second amount covers the range (corpus: solvane-q3-earnings-no-deal)
  ['Solvane now expects full-year adjusted earnings of $5.60 to $5.75 a share, up from its previous forecast.', '$5.60 to $5.75 a share', 5.6, 'USD', null, { min: 5.6, max: 5.75, perShare: true }],
  ['a forecast of $5.35 to $5.55', '$5.35 to $5.55', 5.35, 'USD', null, { min: 5.35, max: 5.55 }],
];

/**
 * Per-share marks that come from the context, not from a tail on the amount itself:
 * input, mention text, perShare expected. Positives and negatives together.
 */
const PER_SHARE_CONTEXT: [input: string, text: string, perShare: boolean][] = [
  // the other end of a from/to pair (corpus: oberon-castellan-sweetened-bid)
  ['Oberon raised its bid for Castellan to $31.75 a share from $28, valuing it at about $4.6 billion.', '$28', true],
  ['It raised its offer from $28 to $31.75 a share.', '$28', true],
  ['to $5.60 to $5.75 a share, up from its previous forecast of $5.35 to $5.55', '$5.35 to $5.55', true],
  ['Solvane earned $1.52 a share, beating the average analyst estimate of $1.41 compiled by FactBridge.', '$1.41', true],
  // a share price after "shares ... closed/rose/fell ... at/to"
  ['Lindqvist shares jumped 28% to $41.60 in morning trading.', '$41.60', true],
  ['Keswick shares fell 9% to $27.40 in afternoon trading.', '$27.40', true],
  ['Shares in Calder rose 4.6 per cent to 312p in early trading in London.', '312p', true],
  ['The stock closed at $18.25 on Friday.', '$18.25', true],
  ['Frostline shares rose 5.3% to C$48.20 on the Toronto Stock Exchange.', 'C$48.20', true],
  // the same amount as a per-share price stated elsewhere (corpus: bramwell, rheinfeld)
  ['Bramwell agreed to buy Keswick for $36 a share. Shares traded well below the $36 offer price.', '$36', true],
  ['Rheinfeld offered €38 a share in cash. “Thirty-eight euros is not a knockout price,” he said.', 'Thirty-eight euros', true],
  // negatives: not shares, a total, a change, or a different amount
  ['In currency markets, the dollar rose 0.7% to ¥158.30, while the euro slipped to $1.1245.', '¥158.30', false],
  ['Gold fell 0.6% to $2,715 an ounce.', '$2,715', false],
  ['Brent crude settled up 1.1% at $71.40 a barrel.', '$71.40', false],
  ['The shares rose after the company raised its sales forecast to $4 billion.', '$4 billion', false],
  ['It paid $36 a share, or $36 million in all.', '$36 million', false],
  ['It paid $36 a share. Fees came to $37.', '$37', false],
  ['Revenue rose to $312 million from $286 million.', '$286 million', false],
  ['It offered £36 a share; the unit was valued at $36.', '$36', false],
];

/** Ranges that are not ranges: a change ("cut its forecast $5 to $4"). */
const NOT_RANGE: [input: string, first: string][] = [
  ['The company cut its forecast $5 to $4 a share.', '$5'],
  ['Sales rose $5 million to $6 million.', '$5 million'],
];

const NEGATIVE: string[] = [
  'Boeing 747 and Airbus A320 jets',
  'the DH fund raised its stake',
  'Windows 95 was released',
  'the Fortune 500 list',
  'call 555-1234 today',
  'He lives at 221 Baker Street, room 404.',
  'The score was 3-2 after 90 minutes.',
  'ALL 5 solutions are wrong.',
  'He has lost his pen 7 times since Monday.',
  'a 12.53% stake',
  'PHP 7 and Python 3',
  'a 10 m wall and a 5 b-tree',
  'the 1,000 mark was passed',
  'seized 500 pounds of cocaine',
  'She is 45 years old.',
  'https://example.com/?price=30USD%20',
];

/** Known failures: expected to fail until a rule handles them. */
const BACKLOG: Row[] = [
  ['from 1 point 1 and one point three dollars', 'from 1 point 1 and one point three dollars', 1.1, 'USD', null, { min: 1.1, max: 1.3 }],
  ['malaysian ringgit 42', 'malaysian ringgit 42', 42, 'MYR'],
  ['a price of 1,5 million euros', '1,5 million euros', 1.5e6, 'EUR'],
  ['seven-figure sum', 'seven-figure sum', 1e6, null],
];

function check([input, text, value, currency, qualifier = null, extra = {}]: Row) {
  const found = findMoney(input);
  const m = found.find((x) => x.text === text);
  expect(m, `${JSON.stringify(text)} in ${JSON.stringify(found.map((x) => x.text))}`).toBeDefined();
  expect(m!.value).toBeCloseTo(value, 6);
  expect(m!.currency).toBe(currency);
  expect(m!.qualifier).toBe(qualifier);
  if (extra.min !== undefined) expect(m!.min).toBeCloseTo(extra.min, 6);
  if (extra.max !== undefined) expect(m!.max).toBeCloseTo(extra.max, 6);
  expect(m!.perShare).toBe(extra.perShare ?? false);
}

describe('findMoney', () => {
  it.each(POSITIVE)('%s', (...row) => check(row as Row));
  it.each(NEGATIVE)('no money in %s', (input) => expect(findMoney(input)).toEqual([]));
  describe('backlog (known failures)', () => {
    it.fails.each(BACKLOG)('%s', (...row) => check(row as Row));
  });
  it.each(PER_SHARE_CONTEXT)('per share from context: %s -> %s', (input, text, perShare) => {
    const found = findMoney(input);
    const m = found.find((x) => x.text === text);
    expect(m, `${JSON.stringify(text)} in ${JSON.stringify(found.map((x) => x.text))}`).toBeDefined();
    expect(m!.perShare).toBe(perShare);
    if (perShare && !/a share/.test(m!.text)) expect(m!.rule).toMatch(/per-share-(?:pair|price|repeat)|range/);
  });
  it.each(NOT_RANGE)('no range in %s', (input, first) => {
    const m = findMoney(input).find((x) => x.text === first);
    expect(m, JSON.stringify(findMoney(input).map((x) => x.text))).toBeDefined();
    expect([m!.min, m!.max]).toEqual([null, null]);
  });
  it('returns schema-valid, sorted, non-overlapping spans that index the text', () => {
    const text = POSITIVE.map((r) => r[0]).join(' ');
    const found = findMoney(text);
    expect(found.length).toBeGreaterThanOrEqual(POSITIVE.length);
    let last = -1;
    for (const m of found) {
      MoneySchema.parse(m);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(last);
      last = m.end;
      expect(m.rule).toMatch(/\w/);
    }
    expect(findMoney(text)).toEqual(found);
  });
});
