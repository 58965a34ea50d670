/**
 * Bylines and wire credits -> source.author: span first ("By ..." with its tail cut), names second
 * (roles, desks and agencies dropped). Several authors are joined with "; ".
 */
import { describe, expect, it } from 'vitest';
import { authorFromByline, authorFromCredit, authorFromNames } from '../../src/ingest/index.js';

/** [byline line, expected author] */
const BYLINES: [string, string | null][] = [
  ['By Harriet Colley, Industry Correspondent', 'Harriet Colley'],
  ['By Lucas Ferreira | April 14, 2026', 'Lucas Ferreira'],
  ['By Giulia Ferrante in Milan and Henrik Baumann in Frankfurt', 'Giulia Ferrante; Henrik Baumann'],
  ['By Marisa Oduya', 'Marisa Oduya'],
  ['By Ryan Delacorte, Houston correspondent', 'Ryan Delacorte'],
  ['By Nadia Farouk and Ben Hollis', 'Nadia Farouk; Ben Hollis'],
  ['By Jane Doe, John Roe and Ann Lee', 'Jane Doe; John Roe; Ann Lee'],
  ['BY Anouk de Graaf · 19.01.2026', 'Anouk de Graaf'],
  ['By Daniel Okafor · November 3, 2026 · 4 min read', 'Daniel Okafor'],
  ['By Jane Doe, March 3, 1987', 'Jane Doe'],
  ['by J. R. Smith', 'J. R. Smith'],
  // negative cases: not a person
  ['By Reuters Staff', null],
  ['By Staff Writer', null],
  ['By the end of the year, Acme expects to close the deal.', null],
  ['By contrast, Widget shares fell 3%.', null],
  ['Bylines are hard', null],
  ['By AP', null],
];
describe('authorFromByline', () => {
  it.each(BYLINES)('%s -> %s', (line, expected) => expect(authorFromByline(line)).toBe(expected));
});

/** [wire credit, expected author] */
const CREDITS: [string, string | null][] = [
  ['(Reporting by Dana Whitfield in Chicago; Editing by Mark Ostrowski)', 'Dana Whitfield'],
  ['(Reporting by Jane Doe and John Roe in London; Additional reporting by Ann Lee; Editing by Bob Kay)', 'Jane Doe; John Roe; Ann Lee'],
  ['(Writing by Ann Lee; editing by Bob Kay)', 'Ann Lee'],
  // negative cases: editors only, or prose
  ['(Editing by Mark Ostrowski)', null],
  ['Reporting by the company showed a 3% rise in sales.', null],
];
describe('authorFromCredit', () => {
  it.each(CREDITS)('%s -> %s', (line, expected) => expect(authorFromCredit(line)).toBe(expected));
});

describe('authorFromNames (microdata, byline elements without "By")', () => {
  it('joins several names and drops non-names', () => {
    expect(authorFromNames(['Nadia Farouk', 'Ben Hollis'])).toBe('Nadia Farouk; Ben Hollis');
    expect(authorFromNames(['Sophie Marlow', 'Sophie Marlow'])).toBe('Sophie Marlow');
    expect(authorFromNames(['Jane Roe is a senior reporter covering mergers and acquisitions.'])).toBeNull();
    expect(authorFromNames(['Newsroom'])).toBeNull();
  });
});
