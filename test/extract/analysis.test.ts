/** The shared analysis: exact offsets, and the same text analyzed the same way whatever came before. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract/analysis.js';

const tokens = (s: string) => analyze(s).tokens.map((t) => t.text);

describe('analyze', () => {
  it('gives token offsets that index the text exactly', () => {
    const text = 'Acme Corp’s unit, “Widget”, said on Monday it agreed to buy <GATS> for $12.2 mln.\n\nNew paragraph.';
    const a = analyze(text);
    for (const t of a.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of a.sentences) expect(s.end).toBeGreaterThan(s.start);
    expect(a.sentences.length).toBeGreaterThanOrEqual(2);
  });

  it('does not learn from earlier articles (wink-nlp keeps out-of-vocabulary words otherwise)', () => {
    const probe = "Zyxwvut Inc's unit bought Qwertyco’s stake.";
    const before = tokens(probe);
    // Reading these teaches an unpatched wink-nlp "Zyxwvut Inc's" and "Qwertyco’s" as whole words.
    analyze("<Rotan Mosle Zyxwvut Inc's> said Qwertyco’s, and Zyxwvut Inc's.");
    expect(tokens(probe)).toEqual(before);
    expect(before).toContain("'s");
  });
});

describe('sentences and figures', () => {
  it('does not end a sentence at the point inside a figure', () => {
    const text = 'Acme Corp struck a $500 million (Dh1.84 billion) deal to buy Widget Inc. The deal closes in May.';
    expect(analyze(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Acme Corp struck a $500 million (Dh1.84 billion) deal to buy Widget Inc.', 'The deal closes in May.']);
  });
  it('does not end a sentence inside a market code in parentheses', () => {
    const text = 'Banks like Credit Suisse (CSGN.VX) were fine. The deal closes in May.';
    expect(analyze(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Banks like Credit Suisse (CSGN.VX) were fine.', 'The deal closes in May.']);
  });
  it("does not end a sentence inside a market code in Reuters' angle brackets", () => {
    const text = 'Ultramar Plc <UMAR.L> said it would sell its units to Kuwait Petroleum Corp. The sale closes in May.';
    expect(analyze(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Ultramar Plc <UMAR.L> said it would sell its units to Kuwait Petroleum Corp.', 'The sale closes in May.']);
  });
  it('ends a sentence after the letter of "Series A." when a capitalized word follows', () => {
    const text = 'Quillon Labs raised $12 million in a Series A. The round was led by Kestrel Ventures. Holders of Class B shares agreed.';
    expect(analyze(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Quillon Labs raised $12 million in a Series A.', 'The round was led by Kestrel Ventures.', 'Holders of Class B shares agreed.']);
  });
  it('ends a sentence after a figure\'s one-letter multiple ("$320m.", "€20k."), not after a spaced initial', () => {
    const text = 'Vantor sold the chain for £320m. Harwood bought it for $3.5m. It paid €20k. The deal closed. Ms. Jane M. Roe said.';
    expect(analyze(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Vantor sold the chain for £320m.', 'Harwood bought it for $3.5m.', 'It paid €20k.', 'The deal closed.', 'Ms. Jane M. Roe said.']);
  });
  it('ends a sentence after an abbreviated legal form when a capitalized word follows that is no legal form or title', () => {
    const text = 'Vantor bought Quellmark Inc. Harwood Group agreed to buy Lindell Co. Ltd. on Monday. Lindell Corp. Chairman Jane Roe said Brant Ltd. CEO Tom Hale agreed.';
    expect(analyze(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Vantor bought Quellmark Inc.',
      'Harwood Group agreed to buy Lindell Co. Ltd. on Monday.',
      'Lindell Corp. Chairman Jane Roe said Brant Ltd. CEO Tom Hale agreed.',
    ]);
  });
  it('keeps "Pte. Ltd." inside one sentence', () => {
    const text = 'Singapore-based Castellane Pharma Pte. Ltd. has licensed the rights. It will pay $40 million.';
    expect(analyze(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Singapore-based Castellane Pharma Pte. Ltd. has licensed the rights.', 'It will pay $40 million.']);
  });
});
