/**
 * Entity error classes found in a review of the corpus records, one table pair per class: what must be
 * found (positive), what must not (negative), and what must be one entity or two (grouping). The
 * sentences are written for the behaviour, not copied from one article; the rules are general.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract/analysis.js';
import { findEntities } from '../../src/extract/entities/index.js';
import type { Entity } from '../../src/schema/index.js';

function entities(text: string): Entity[] {
  return findEntities(text, analyze(text));
}

/** The entity one of whose mentions is exactly `surface`. */
function withMention(ents: Entity[], surface: string): Entity | undefined {
  return ents.find((e) => e.mentions.some((m) => m.text.replace(/\s+/g, ' ') === surface));
}

const show = (ents: Entity[]) => JSON.stringify(ents.map((e) => [e.name, e.type, e.rule, e.mentions.length]));

/** [label, text, mention surface (whole), type, rule?] */
type Pos = [label: string, text: string, surface: string, type: Entity['type'], rule?: string];
/** [label, text, surface that must be no mention of any entity] */
type Neg = [label: string, text: string, surface: string];
/** [label, text, surface, surface, same entity?] */
type Pair = [label: string, text: string, x: string, y: string, same: boolean];

const tables: { cls: string; pos: Pos[]; neg: Neg[]; pairs?: Pair[] }[] = [
  {
    cls: '1. acronyms defined by common words, acronyms in compounds',
    pos: [
      ['acronym defined by an organization name', 'The World Trade Organization (WTO) met in Geneva. The WTO said talks would resume.', 'WTO', 'organization'],
      ['acronym defined by a bank name', 'The Asian Development Bank (ADB) lent $1 billion.', 'ADB', 'organization'],
      ['bare acronym in running text is still an organization', 'The USDA said exports rose 4 percent.', 'USDA', 'organization', 'acronym'],
    ],
    neg: [
      ['a disease defined in parentheses', 'The drug treats idiopathic pulmonary fibrosis (IPF) in adults.', 'IPF'],
      ['later mentions of the disease', 'The drug treats idiopathic pulmonary fibrosis (IPF). Patients with IPF improved.', 'IPF'],
      ['a technique defined in parentheses', 'It uses polymerase chain reaction (PCR) testing; PCR is fast.', 'PCR'],
      ['hyphenated expansion', 'Results in non-small cell lung cancer (NSCLC) were strong.', 'NSCLC'],
      ['acronym glued to a lower-case word', 'Lindqvist has built the best rapid-PCR platform in the industry.', 'PCR'],
      ['acronym glued to a prefix', 'The company makes anti-TNF drugs for arthritis.', 'TNF'],
    ],
  },
  {
    cls: '2. market benchmarks and government securities',
    pos: [
      ['index with its number', 'The S&P 500 rose 0.9% to 6,912.40.', 'S&P 500', 'product', 'benchmark'],
      ['index named with a word', 'The Nasdaq Composite gained 1.4%.', 'Nasdaq Composite', 'product', 'benchmark'],
      ['index with three words', 'The Dow Jones Industrial Average added 0.5%.', 'Dow Jones Industrial Average', 'product', 'benchmark'],
      ['index after a possessive place', 'London’s FTSE 100 gained 0.4%, and Japan’s Nikkei 225 rose 1%.', 'FTSE 100', 'product'],
      ['index before "index"', 'The pan-regional Stoxx 600 index closed 0.2% lower.', 'Stoxx 600', 'product'],
      ['index used as a modifier', 'Calder Northern plc, the FTSE 250 energy group, will sell the unit.', 'FTSE 250', 'product'],
      ['commodity benchmark with its commodity word', 'Oil rose, with Brent crude settling up 1.1% at $71.40 a barrel.', 'Brent', 'product', 'benchmark'],
      ['commodity acronym', 'WTI gained 0.4% in New York.', 'WTI', 'product'],
      ['the exchange is still an organization', 'Shares of the company are listed on the Nasdaq.', 'Nasdaq', 'organization'],
      ['the Treasury as a department', 'The Treasury said it would sell more bonds next month.', 'Treasury', 'organization'],
    ],
    neg: [
      ['Brent is not a person', 'Oil rose, with Brent crude settling up 1.1% at $71.40 a barrel.', 'Brent crude'],
      ['index not cut short', 'The S&P 500 rose 0.9%.', 'S&P'],
      ['index provider is not a party', 'London’s FTSE 100 gained 0.4%.', 'FTSE'],
      ['Stoxx not cut short', 'The pan-regional Stoxx 600 index closed lower.', 'Stoxx'],
      ['Treasury yields are securities', 'A strong jobs report pushed Treasury yields higher.', 'Treasury'],
      ['a Treasury note is a security', 'The yield on the 10-year Treasury note rose to 4.12%.', 'Treasury'],
      ['securities after the department was named', 'The Treasury sold bonds. Treasury yields rose after the sale.', 'Treasury yields'],
    ],
    pairs: [
      ['Brent the benchmark and Brent the person stay apart', 'Brent crude rose 1%. Brent Scowcroft said so.', 'Brent', 'Brent Scowcroft', false],
    ],
  },
  {
    cls: '3. firms that look like people',
    pos: [
      ['adviser verb', 'Hartwell Lowe advised Calder Northern on the sale.', 'Hartwell Lowe', 'organization', 'org-verb'],
      ['analyst at X, X starting with a given name', 'said Olivia Renner, an analyst at Kerrigan Shaw.', 'Kerrigan Shaw', 'organization', 'role-of'],
      ['portfolio manager at X', 'said Tom Reyes, a portfolio manager at Aubrey Lane.', 'Aubrey Lane', 'organization'],
      ['the law firm X', 'It hired the law firm Whitaker Lund to draft the terms.', 'Whitaker Lund', 'organization', 'org-context'],
      ['advised by X', 'The buyer was advised by Kerrigan Shaw and a law firm.', 'Kerrigan Shaw', 'organization'],
      ['the analyst is still a person', 'said Olivia Renner, an analyst at Kerrigan Shaw.', 'Olivia Renner', 'person'],
      ['org context outweighs a first name elsewhere in the document', 'Kerrigan Shaw raised its target. Olivia Renner, an analyst at Kerrigan Shaw, said so.', 'Kerrigan Shaw', 'organization'],
      ['a person who advises keeps a given-name reading', 'John Smith advised caution on the deal.', 'John Smith', 'person'],
      ['a broker before a name is a person', 'The market was mixed, said broker Shakil Rizvi.', 'Shakil Rizvi', 'person'],
    ],
    neg: [],
  },
  {
    cls: '5. truncated names',
    pos: [
      ['head word after a suffix word', 'said Meera Iyer, an analyst at Coastline Energy Advisors.', 'Coastline Energy Advisors', 'organization', 'suffix'],
      ['two-word head after Capital', 'said Priyanka Dhillon, an analyst at Northbridge Capital Markets.', 'Northbridge Capital Markets', 'organization'],
      ['exchange name wrapped in wire copy', 'Durand Textile, which makes fabrics, closed at 15-3/8 on the American Stock\nExchange.', 'American Stock Exchange', 'organization'],
      ['exchange with its market place', 'The shares are listed on Euronext Amsterdam and Nasdaq Stockholm.', 'Euronext Amsterdam', 'organization'],
      ['LLP after "the law firm"', 'Pinecrest was advised by Fairbanks Cole & Co. and the law firm Whitaker Lund LLP.', 'Whitaker Lund LLP', 'organization', 'suffix'],
      ['LLP after "and" at a sentence end', 'Marlowe was advised by Granger Street Capital and Holloway Price LLP.', 'Holloway Price LLP', 'organization', 'suffix'],
      ['a legal form after a comma is the name\'s', 'Morrow Data said Friedman Ashby, LLP audited it.', 'Friedman Ashby, LLP', 'organization'],
      ['legal-form chain', 'It signed a licence with Kisaragi Pharmaceutical Co., Ltd. (TSE: 4599) for Japan.', 'Kisaragi Pharmaceutical Co., Ltd.', 'organization'],
      ['state abbreviation keeps its period', 'Lindqvist, based in Madison, Wis., makes analyzers.', 'Wis.', 'place'],
      ['province abbreviation before -based', 'It will buy Hamilton, Ont.-based Pell Valve Co. for cash.', 'Ont.', 'place'],
    ],
    neg: [
      ['Coastline Energy alone', 'said Meera Iyer, an analyst at Coastline Energy Advisors.', 'Coastline Energy'],
      ['Stock Exchange alone', 'It closed at 15-3/8 on the American Stock\nExchange.', 'Stock Exchange'],
      ['Euronext without its place', 'The shares are listed on Euronext Amsterdam.', 'Amsterdam'],
      ['a legal form opening the next name is not the first one\'s', 'Its rivals include Norrland, AB Halvar and Pinecrest.', 'Norrland, AB'],
      ['acronyms after a name are not codes of it', 'Frater said he regarded Cofinec GDRs as cheap after Cofinec Holdings Ltd fell.', 'Cofinec GDRs'],
    ],
  },
];

const GROUPING: Pair[] = [
  ['4. short form of an earlier organization wins over a person reading',
    'Aubrey Lane Asset Management holds 9%. "The board has to engage," Aubrey Lane portfolio manager Theresa Kwan said.', 'Aubrey Lane Asset Management', 'Aubrey Lane', true],
  ['4. a strict prefix of an earlier name joins it', 'Granger Street Capital Partners advised. Granger Street said more.', 'Granger Street Capital Partners', 'Granger Street', true],
  ['4. a company written again with other capitals inside is the same company', 'BrantHouse Media agreed to merge with Harwood Group. Later, Branthouse Media executives said jobs would go.', 'BrantHouse Media', 'Branthouse Media', true],
  ['4. ... and so is its short form', 'Shares of BrantWell Corp rose. The deal values Brantwell at $2 billion.', 'BrantWell Corp', 'Brantwell', true],
  ['4. alias pair as data: Fed', 'Traders bet the Federal Reserve will cut. It is hard for the Fed to justify a cut.', 'Federal Reserve', 'Fed', true],
  ['4. alias pair as data: U.S.', 'Approvals in the United States and Japan are needed. U.S. rules apply.', 'United States', 'U.S.', true],
  ['4. dateline caps and normal case are one place', 'CHICAGO, Sept 14 (Reuters) - Halvorsen Freight Inc will be based in Chicago.', 'CHICAGO', 'Chicago', true],
  ['4. a place qualified by its country', 'Plants on the U.S. Gulf Coast are planned. The Gulf Coast network is large.', 'U.S. Gulf Coast', 'Gulf Coast', true],
  ['4. a different name sharing only the first word is a different entity',
    'Frostline Industries Ltd. agreed to sell Frostline Packaging, which makes corrugated boxes, to Tarn Group.', 'Frostline Industries Ltd.', 'Frostline Packaging', false],
  ['4. the bare short form still joins', 'Frostline Industries Ltd. will sell a unit. Frostline shares rose.', 'Frostline Industries Ltd.', 'Frostline', true],
  ['4. alias pairs need both forms of one type', 'The Fed met. Fed Ex shipped parcels.', 'Fed', 'Fed Ex', false],
  ['4. a longer place is not merged with a different one', 'Fighting in New York and York continued.', 'New York', 'York', false],
];

for (const t of tables) {
  describe(`review ${t.cls}: positive`, () => {
    it.each(t.pos)('%s', (_l, text, surface, type, rule) => {
      const ents = entities(text);
      const e = withMention(ents, surface);
      expect(e, `${surface} in ${show(ents)}`).toBeDefined();
      expect(e!.type, show(ents)).toBe(type);
      if (rule) expect(e!.rule, show(ents)).toBe(rule);
    });
  });
  if (t.neg.length) {
    describe(`review ${t.cls}: negative`, () => {
      it.each(t.neg)('%s', (_l, text, surface) => {
        const ents = entities(text);
        expect(withMention(ents, surface), show(ents)).toBeUndefined();
      });
    });
  }
  if (t.pairs?.length) {
    describe(`review ${t.cls}: grouping`, () => {
      it.each(t.pairs!)('%s', (_l, text, x, y, same) => checkPair(text, x, y, same));
    });
  }
}

function checkPair(text: string, x: string, y: string, same: boolean): void {
  const ents = entities(text);
  const ex = withMention(ents, x);
  const ey = withMention(ents, y);
  if (same) {
    expect(ex, `${x} in ${show(ents)}`).toBeDefined();
    expect(ey, show(ents)).toBe(ex);
  } else {
    expect(ex === undefined || ey === undefined || ex !== ey, show(ents)).toBe(true);
  }
}

describe('review 4. short forms and alias pairs: grouping', () => {
  it.each(GROUPING)('%s', (_l, text, x, y, same) => checkPair(text, x, y, same));

  it('the name of a place seen in a dateline is written in normal case', () => {
    const e = withMention(entities('CHICAGO, Sept 14 (Reuters) - Halvorsen Freight Inc will be based in Chicago.'), 'Chicago')!;
    expect(e.name).toBe('Chicago');
    // (its capitals restate the name: no alias of their own)
    expect(e.aliases).toEqual([]);
  });

  it("a headline's capitals restate a name and are no alias; a ticker is one", () => {
    const e = withMention(entities('HARLAN INDUSTRIES <HRLN> TO BUY COBBETT\n\nNEW YORK, March 2 - Harlan Industries Inc said it agreed to acquire Cobbett Precision Ltd. Harlan said the deal would close in May.'), 'Harlan Industries Inc')!;
    expect(e.name).toBe('Harlan Industries Inc');
    expect(e.aliases).toContain('HRLN');
    expect(e.aliases).not.toContain('HARLAN INDUSTRIES');
  });

  it('the fuller form names an alias pair', () => {
    const e = withMention(entities('It is hard for the Fed to cut. The Federal Reserve meets in May.'), 'Fed')!;
    expect(e.name).toBe('Federal Reserve');
    expect(e.mentions.map((m) => m.text)).toEqual(['Fed', 'Federal Reserve']);
  });

  it('a short form of an earlier organization is a mention of it, and the person after it stays a person', () => {
    const ents = entities('Aubrey Lane Asset Management holds 9%. "Engage," Aubrey Lane portfolio manager Theresa Kwan said.');
    expect(ents.map((e) => [e.name, e.type])).toEqual([
      ['Aubrey Lane Asset Management', 'organization'],
      ['Theresa Kwan', 'person'],
    ]);
  });
});
