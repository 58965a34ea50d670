/**
 * Frame names: capitalized names the recognizer missed, read only where a deal frame places them
 * beside a recognized party. Positive and negative tables for the finder, then the pipeline.
 */
import { describe, expect, it } from 'vitest';
import { findFrameNames } from '../../src/normalize/frame-names.js';
import { extract } from '../../src/pipeline.js';
import { DealRecordSchema } from '../../src/schema/index.js';

const names = (s: string) => findFrameNames(s, 0, s.length, { next: 0 }).map((f) => f.entity.name);

describe('findFrameNames', () => {
  it.each([
    ['A federal judge blocked Staples’ $6.3 billion acquisition of the retailer.', ['Staples']],
    ['Richfield received a takeover offer of A20c per share from Harwood on December 23.', ['Richfield', 'Harwood']],
    // a common word names a company only as an owner
    ['Richfield rejected Mercantile’s offer, not an offer from Mercantile.', ['Richfield', 'Mercantile']],
    ['The deal was struck by Harwood Lindell & Brant last week.', ['Harwood Lindell & Brant']],
    // common words before a head word of companies, at a sentence start too
    ['Nimbus AI is exploring a sale of its Lindell unit.', ['Nimbus AI', 'Lindell']],
    // a line's first word, in a sentence the splitter joined to the line before, is capitalized whatever it is
    ['Results were weak, writes a reporter\n\nRival Pellor agreed to buy Harwood.', ['Pellor', 'Harwood']],
    // common words after a kind of company in lower case
    ['Tech giant Lumina will acquire chip designer Ardent Micro in a deal.', ['Ardent Micro']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each([
    // the sentence's first word, months, weekdays and titles
    ['However, the talks ended on Monday in January.'],
    // a function word, at a sentence's or a line's start ("as" is no common word of the lists: "AS" is a legal form)
    ['As the dust settles on the takeover, questions are asked.'],
    ['Quarterly results, writes a reporter\n\nAs the dust settles on the takeover, questions are asked.'],
    // a people, a place the lists know, a person
    ['Japanese crushers bought rapeseed from North American growers.'],
    ['It quoted president Richard Tucker as saying so.'],
    ['The offer came from grain firm J. Souffle at 80 dlrs.'],
    // common words alone, unless they own something
    ['The Board accepted offers for Treasury bills.'],
    ['The finance ministry sold Treasury Bills to banks.'],
    // figures and models
    ['The XJ-6 sold well in Q3, at A20c a share.'],
    // an event, a law or a programme
    ['Senegal bought wheat under the Export Enhancement Program.'],
  ])('no name: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
  it('reads only words no dictionary has in a headline set in title case, and nothing in capitals', () => {
    expect(names('Harwood Drops Its Bid For Quellmark After Talks Fail')).toEqual(['Harwood', 'Quellmark']);
    expect(names('Harwood Expands With Acquisition of Quellmark Foods')).toEqual(['Harwood', 'Quellmark Foods']);
    expect(names('Board Drops Its Bid For Rival After Talks Fail')).toEqual([]);
    // a word any headline capitalizes ends a name, and the run is read on from it
    expect(names('Pellor Joins Harwood Group Family')).toEqual(['Pellor', 'Harwood Group']);
    expect(names('MONEY MARKET OFFERED EARLY ASSISTANCE AFTER TALKS')).toEqual([]);
  });
});

describe("a state's fund or government named by the state", () => {
  it.each([
    ["Norway's sovereign wealth fund has bought a 5% stake in Quellmark Foods.", "acquirer:Norway's sovereign wealth fund"],
    ["Qatar's sovereign wealth fund agreed to invest $500 million in Quellmark Foods.", "investor:Qatar's sovereign wealth fund"],
    ['The Singapore government has taken a 20% stake in Quellmark Foods.', 'acquirer:Singapore government'],
    // (a people's adjective names its state's government too)
    ['The British government has sold its remaining 8% stake in Quellmark Bank to institutional investors for £1.1 billion.', 'seller:British government'],
  ])('is the party: %s', (text, party) => {
    const r = extract({ id: 'state', text });
    expect(r.deal?.parties.map((p) => `${p.role}:${p.name}`)).toContain(party);
  });
  it('but not a government\'s bonds, nor a state no list knows', () => {
    expect(names('The Singapore government bonds rallied on Monday.')).toEqual([]);
    expect(names("Quellmarkia's sovereign wealth fund bought shares.")).toEqual(['Quellmarkia']);
  });
});

describe('a deal frame names a party the recognizer missed', () => {
  it('is a party, and an entity of the record', () => {
    const r = extract({ id: 'frame', text: 'A federal judge on Tuesday blocked Staples’ $6.3 billion acquisition of Office Depot Inc, siding with regulators.' });
    expect(DealRecordSchema.safeParse(r).success).toBe(true);
    const buyer = r.deal?.parties.find((p) => p.role === 'acquirer');
    expect(buyer?.name).toBe('Staples');
    const e = r.entities.find((x) => x.id === buyer?.entity);
    expect(e?.name).toBe('Staples');
    expect(r.text.slice(buyer!.evidence.start, buyer!.evidence.end)).toBe('Staples');
  });
  it('reads a name of common words after a preposition of a side, inside a sentence', () => {
    const r = extract({ id: 'frame3', text: 'Merriton Group will pay $560 million for Lisle Instruments.' });
    expect(r.deal?.parties.map((p) => `${p.role}:${p.name}`)).toEqual(['acquirer:Merriton Group', 'target:Lisle Instruments']);
    // (not at a sentence's opening, nor one word alone)
    expect(names('Treasury Bills rose after the Board bought Treasury bills.')).toEqual([]);
  });
  it('opens no deal with no recognized party beside it', () => {
    const r = extract({ id: 'frame2', text: 'The Federal Reserve is buying one billion dlrs of Treasury bills for customer account, a spokesman said.' });
    expect(r.deal?.parties.some((p) => p.name === 'Treasury') ?? false).toBe(false);
  });
});

describe('the passive of selling, end to end', () => {
  it('does not make the subject of "have been sold to" a seller, nor the leader of the buying group', () => {
    const r = extract({ id: 'sold', text: 'The Lindell Tigers have been sold to a group led by Jane Doe for $2 billion.' });
    const roles = (r.deal?.parties ?? []).map((p) => `${p.role}:${p.name}`);
    expect(roles).not.toContain('seller:Lindell Tigers');
    expect(roles).not.toContain('seller:Jane Doe');
  });
});
