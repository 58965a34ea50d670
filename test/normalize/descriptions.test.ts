/**
 * Descriptions that stand for a deal party (src/normalize/descriptions.ts): resolved to the names
 * they stand for, or naming no party; a name a rule reads is never displaced by one.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { analyze } from '../../src/extract/analysis.js';
import { findDescriptions } from '../../src/normalize/descriptions.js';
import { normalize } from '../../src/normalize/index.js';
import type { Article } from '../../src/types.js';
import { handMentions, type HandMentions } from '../helpers.js';

function run(text: string, h: HandMentions) {
  const article: Article = { id: 't', text, blocks: [], title: null, publishedAt: null, author: null, siteName: null, url: null, language: 'en' };
  return normalize(article, handMentions(text, h), analyze(text));
}
const roles = (d: ReturnType<typeof run>['deal']) => (d ? d.parties.map((p) => `${p.role}:${p.name}`).sort() : null);

describe('finding descriptions', () => {
  const found = (s: string) => findDescriptions(s, 0, s.length, { next: 0 }).map((d) => d.entity.name);
  it.each([
    ['A consortium of Italian investors has agreed to buy it.', ['A consortium of Italian investors']],
    ['It will be bought by a Midwestern lender.', ['a Midwestern lender']],
    ['They sold it to a rival supermarket business, ending an era.', ['a rival supermarket business']],
    ['It offered to take the electronics retailer private.', ['the electronics retailer']],
    ['It was sold to a pair of private equity houses.', ['a pair of private equity houses']],
    // a listing or an index in capitals among the modifiers
    ['The ASX-listed miner said it would sell the mine.', ['The ASX-listed miner']],
    ['Shares rose after the FTSE 250 packaging group confirmed an approach.', ['the FTSE 250 packaging group']],
  ])('%s', (text, names) => expect(found(text)).toEqual(names));
  it.each([
    // no party: the same or the new company, the deal, a company's own people, a group of shares
    ['The same company also makes pumps.'],
    ['The combined company will have 5,000 staff.'],
    ['The deal values the business at $3 billion.'],
    ['It is one of the largest in the industry.'],
    // a group named by its leader: the name after "led by" is the party (PRE in roles.ts)
    ['She agreed to sell it to a group led by Kevin Marsh.'],
    // a part of a named company, not a party: "the X business of W" (W sells it)
    ['It paid $640 million for the natural gas gathering business of Widget Inc.'],
  ])('none in: %s', (text) => expect(found(text).filter((n) => !/^the business$/i.test(n))).toEqual([]));
});

describe('a description in a deal frame', () => {
  it('an indefinite buyer named later by the same head: all the names it lists', () => {
    const text = 'A consortium of Italian investors has agreed to buy Gelit Srl from Conagra Brands Inc. The price paid by the consortium of private equity firms Consilium Spa and Progressio Sgr was not disclosed.';
    expect(roles(run(text, { orgs: ['Gelit Srl', 'Conagra Brands Inc', 'Consilium Spa', 'Progressio Sgr'] }).deal)).toEqual(['acquirer:Consilium Spa', 'acquirer:Progressio Sgr', 'seller:Conagra Brands Inc', 'target:Gelit Srl']);
  });
  it("a group's list may name a person among its firms", () => {
    const text = 'A consortium of Italian investors has agreed to buy Gelit Srl from Conagra Brands Inc. The price paid by the consortium of private equity firms Consilium Spa and Progressio Sgr and entrepreneur Mario Rossi was not disclosed.';
    expect(roles(run(text, { orgs: ['Gelit Srl', 'Conagra Brands Inc', 'Consilium Spa', 'Progressio Sgr'], people: ['Mario Rossi'] }).deal)).toEqual(['acquirer:Consilium Spa', 'acquirer:Mario Rossi', 'acquirer:Progressio Sgr', 'seller:Conagra Brands Inc', 'target:Gelit Srl']);
  });
  it('a listing in capitals inside a description is its word (whole pipeline)', () => {
    const text = 'Shares in Kessel Resources Ltd jumped on Tuesday after Harwood Mining Inc agreed to buy the ASX-listed miner.';
    const r = extract({ id: 'x', text });
    expect(r.deal?.parties.map((p) => `${p.role}:${p.name}`).sort()).toEqual(['acquirer:Harwood Mining Inc', 'target:Kessel Resources Ltd']);
  });
  it('a round whose frame names only its investors takes its company from a description (whole pipeline)', () => {
    const text = 'Last-mile delivery software startup Parcelwise is now worth $1.2 billion.\n\nThe Seattle company said Thursday it raised $110 million in a Series C round led by Tamberlane Growth, with participation from Quarry Hill Partners.';
    const r = extract({ id: 'x', text });
    expect(r.deal?.parties.map((p) => `${p.role}:${p.name}`).sort()).toEqual(['investee:Parcelwise', 'investor:Quarry Hill Partners', 'investor:Tamberlane Growth']);
  });
  it('two indefinite descriptions: the buyer is the next sentence\'s subject, what is bought the object of its deal word (whole pipeline)', () => {
    const text = "Harlow Supply buys Dayton distributor\n\nA Columbus-based distributor of building products has closed on its purchase of a family-owned plumbing supply company in Dayton.\n\nHarlow Supply Inc. completed the acquisition of Rusk & Daughters Plumbing Supply on Friday. Rusk & Daughters, founded in 1964 by Walter Rusk, operates four branches. The company is now run by Walter's granddaughters.";
    const r = extract({ id: 'x', text });
    expect(r.deal?.parties.map((p) => `${p.role}:${p.name}`).sort()).toEqual(['acquirer:Harlow Supply Inc.', 'target:Rusk & Daughters Plumbing Supply']);
  });
  it('a definite description is no name in another side\'s apposition; an indefinite one is the next subject after its apposition', () => {
    const text = 'Widget Inc have agreed a takeover by an American private equity billionaire. John Smith, the founder of investment firm Beta Capital, will buy 100 per cent of the club in a deal worth £145m.';
    expect(roles(run(text, { orgs: ['Widget Inc', 'Beta Capital'], people: ['John Smith'] }).deal)).toEqual(['acquirer:John Smith', 'target:Widget Inc']);
  });
  it('an indefinite target named by the apposition of the next sentence\'s opening description', () => {
    const text = 'An Ohio-based maker of precision cutting tools has agreed to be acquired by industrial conglomerate Acme Holdings for about $640 million. The Dayton-based toolmaker, Widget Tool Works Inc., makes drill bits.';
    expect(roles(run(text, { orgs: ['Acme Holdings', 'Widget Tool Works Inc.'], places: ['Ohio', 'Dayton'] }).deal)).toEqual(['acquirer:Acme Holdings', 'target:Widget Tool Works Inc.']);
  });
  it('an indefinite buyer named as the next sentence opens', () => {
    const text = 'Lindell Bank will be bought by a Midwestern lender. Harwood Bancorp said it would pay $410 million.';
    expect(roles(run(text, { orgs: ['Lindell Bank', 'Harwood Bancorp'] }).deal)).toEqual(['acquirer:Harwood Bancorp', 'target:Lindell Bank']);
  });
  it('an indefinite buyer named a few sentences on, where the sale to it is told again', () => {
    const text = 'Lindell Foods has agreed to be bought by a rival grocer. Analysts welcomed the news. Shares rose 5%. The chain said it chose to sell to Harwood Group because of its reach.';
    expect(roles(run(text, { orgs: ['Lindell Foods', 'Harwood Group'] }).deal)).toEqual(['acquirer:Harwood Group', 'target:Lindell Foods']);
  });
  it('a consortium named by a later group of another word and the names that lead it', () => {
    const text = 'A consortium of Canadian pension funds has agreed to buy Widget Inc. The group, led by Acme Corp and Beta Partners, beat a rival offer.';
    expect(roles(run(text, { orgs: ['Widget Inc', 'Acme Corp', 'Beta Partners'] }).deal)).toEqual(['acquirer:Acme Corp', 'acquirer:Beta Partners', 'target:Widget Inc']);
  });
  it('an indefinite target named by the deal word of the next sentence', () => {
    const text = 'Argonaut Partners has announced the purchase of a wet utility contractor based in Texas. The acquisition of Bandera Contractors Inc is its second this year.';
    expect(roles(run(text, { orgs: ['Argonaut Partners', 'Bandera Contractors Inc'] }).deal)).toEqual(['acquirer:Argonaut Partners', 'target:Bandera Contractors Inc']);
  });
  it("an indefinite target named by the deal's role noun in the next sentence", () => {
    const text = 'Harwood Group has agreed to buy a German rival. The target, Lindell GmbH, makes valves.';
    expect(roles(run(text, { orgs: ['Harwood Group', 'Lindell GmbH'] }).deal)).toEqual(['acquirer:Harwood Group', 'target:Lindell GmbH']);
  });
  it('a definite target: the nearest earlier name that is not the other side', () => {
    const text = 'Earthport Plc shares rose 20 percent. Analysts expect Visa Inc to agree to buy the company this week.';
    expect(roles(run(text, { orgs: ['Earthport Plc', 'Visa Inc'] }).deal)).toEqual(['acquirer:Visa Inc', 'target:Earthport Plc']);
  });
  it('names no party when it stands for no name, and opens no deal of its own', () => {
    expect(run('A rival supermarket business bought the store last year.', { orgs: [] }).deal).toBeNull();
    expect(run('A consortium of investors agreed to buy the company, a person familiar said.', { orgs: [] }).deal).toBeNull();
  });
  it('never displaces a name a rule reads with names alone', () => {
    const text = 'Acme Corp, the Dallas company, agreed to buy Widget Inc from a family trust.';
    expect(roles(run(text, { orgs: ['Acme Corp', 'Widget Inc'] }).deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
  });
});
