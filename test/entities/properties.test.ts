/** Property tests: whatever the text, offsets are exact, mentions sorted and disjoint, ids in order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract/analysis.js';
import { findEntities } from '../../src/extract/entities/index.js';

const WORDS = ['Microsoft', 'OpenAI', 'Acme', 'Corp', 'Inc.', 'plc', 'said', 'Mr.', 'Smith', 'John', 'in', 'London', 'of', 'and', '&',
  'the', 'Bank', 'England', '(AWS)', '<GATS>', 'Amazon', 'Web', 'Services', 'shares', "'s", '’s', ',', '.', '\n', '\n\n', 'NEW', 'YORK',
  '1996-08-30', 'Revenue', 'Share', 'AI', '😀', 'Chief', 'Executive', 'Nagorno-Karabakh', 'S.', 'Korea', 'Henry', 'VIII'];

describe('entities: properties', () => {
  it('offsets index the text exactly; mentions are sorted and disjoint; ids follow first mentions', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), fc.boolean(), (words, spaced) => {
        const text = words.join(spaced ? ' ' : '  ').replace(/ \n/g, '\n');
        const ents = findEntities(text, analyze(text));
        const starts: number[] = [];
        ents.forEach((e, i) => {
          expect(e.id).toBe(`e${i + 1}`);
          expect(e.mentions.length).toBeGreaterThan(0);
          e.mentions.forEach((m, j) => {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.end).toBeGreaterThan(m.start);
            if (j > 0) expect(m.start).toBeGreaterThanOrEqual(e.mentions[j - 1].end);
            starts.push(m.start);
          });
        });
        expect(new Set(starts).size).toBe(starts.length);
        const firsts = ents.map((e) => e.mentions[0].start);
        expect([...firsts].sort((x, y) => x - y)).toEqual(firsts);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
