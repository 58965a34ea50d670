/**
 * The headline is read with the body (src/headline.ts): a deal stated only there is found, the body
 * keeps precedence where both speak, and every offset of the record indexes the body text.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { DealRecord } from '../../src/schema/index.js';

const roles = (r: DealRecord) => (r.deal ? r.deal.parties.map((p) => `${p.role}:${p.name}`).sort() : null);

/** Every span in the record is the text it claims to be. */
function spansHold(r: DealRecord): void {
  const check = (s: { start: number; end: number; text: string }) => expect(r.text.slice(s.start, s.end)).toBe(s.text);
  for (const e of r.entities) e.mentions.forEach(check);
  [...r.money, ...r.percentages, ...r.dates].forEach(check);
  for (const d of [r.deal, ...r.otherDeals]) {
    if (!d) continue;
    check(d.evidence);
    d.parties.forEach((p) => check(p.evidence));
    if (d.value) check(d.value);
    if (d.statusEvidence) check(d.statusEvidence);
  }
}

const BODY = 'The Dallas company said on Monday that the boards of both companies had approved the terms. Harwood Group Inc shares rose 3% and Lindell Foods Inc shares jumped 21%. The $410 million price includes debt.';

describe("a headline's status against sentences that speak of no deal", () => {
  // "Analysts said more deals were likely" is no rumour of this deal: a sentence that speaks neither
  // of the deal nor of its parties gives it no status, and the headline's present tense does.
  const AFTER = 'The move comes as the sector consolidates. Analysts said more deals were likely this year.';
  it.each([
    ['Harwood Group pays $2bn for Lindell Foods', 'completed'],
    ["Regulators clear Harwood Group's $2bn Lindell Foods deal", 'agreed'],
  ])('%s -> %s', (headline, status) => {
    const r = extract({ id: 't', text: `${headline}\n\n${AFTER}` });
    expect(r.deal?.status).toBe(status);
    expect(r.deal?.value?.value).toBe(2e9);
  });
  it("nor one of the body's: the tense of the deal's own verb gives it", () => {
    const r = extract({ id: 't', text: `Harwood Group bought Lindell Foods for $2bn. ${AFTER}` });
    expect(r.deal?.status).toBe('completed');
  });
});

describe('reading the headline', () => {
  it('finds a deal the headline states and the body only describes (a plain text keeps its title line as the first paragraph)', () => {
    const r = extract({ id: 't', text: `Harwood Group to buy Lindell Foods for $410 million\n\n${BODY}` });
    expect(r.source.title).toBe('Harwood Group to buy Lindell Foods for $410 million');
    expect(r.text).toBe(`Harwood Group to buy Lindell Foods for $410 million\n\n${BODY}`);
    expect(r.deal?.type).toBe('acquisition');
    expect(r.deal?.status).toBe('agreed');
    expect(roles(r)).toEqual(['acquirer:Harwood Group Inc', 'target:Lindell Foods Inc']);
    expect(r.deal?.value?.value).toBe(410_000_000);
    // the body's words are the evidence where the body names the party or the price
    for (const p of r.deal!.parties) expect(p.evidence.start).toBeGreaterThan(r.source.title!.length);
    expect(r.deal!.value!.start).toBeGreaterThan(r.source.title!.length);
    spansHold(r);
  });

  it('reads a title given apart from the text before the body, with body offsets', () => {
    const r = extract({ id: 't', text: BODY, title: 'Harwood Group to buy Lindell Foods for $410 million' });
    expect(r.text).toBe(BODY);
    expect(r.deal?.type).toBe('acquisition');
    expect(roles(r)).toEqual(['acquirer:Harwood Group Inc', 'target:Lindell Foods Inc']);
    expect(r.deal?.value?.value).toBe(410_000_000);
    spansHold(r);
  });

  it('names a party the headline alone names', () => {
    const r = extract({ id: 't', text: 'Harwood Group to buy Lindell Foods for $410 million\n\nThe deal was announced on Monday by the two companies.' });
    expect(roles(r)).toEqual(['acquirer:Harwood Group', 'target:Lindell Foods']);
    expect(r.deal?.status).toBe('agreed');
    spansHold(r);
  });

  it('keeps both partners of a headline when the body names only one of them', () => {
    const r = extract({ id: 't', text: 'Harwood Group and Pellor to merge in all-stock deal\n\nThe combined company will be called Harwood Group.' });
    expect(r.deal?.type).toBe('merger');
    expect(roles(r)).toEqual(['partner:Harwood Group', 'partner:Pellor']);
    spansHold(r);
  });

  it("reads a headline's bare passive as a deal done", () => {
    const r = extract({ id: 't', text: 'Lindell Foods snapped up by Harwood Group\n\nThe Boston-based company confirmed the deal on Friday.' });
    expect(roles(r)).toEqual(['acquirer:Harwood Group', 'target:Lindell Foods']);
    expect(r.deal?.status).toBe('completed');
    spansHold(r);
  });

  it('types a place that buys a company by its name as a company in the record', () => {
    const r = extract({ id: 't', text: 'Suzano agreed to buy Lindell Foods for $10 billion, the companies said.' });
    expect(roles(r)).toEqual(['acquirer:Suzano', 'target:Lindell Foods']);
    const buyer = r.entities.find((e) => e.id === r.deal?.parties.find((p) => p.role === 'acquirer')?.entity);
    expect(buyer?.type).toBe('organization');
    spansHold(r);
  });

  it.each([
    ['Lindell Foods to Be Acquired by Harwood Group', ['acquirer:Harwood Group', 'target:Lindell Foods'], 'agreed'],
    ['Harwood Group Invests in Lindell Foods', ['investee:Lindell Foods', 'investor:Harwood Group'], 'completed'],
    ['Harwood Group Offloads Lindell Foods to Vantor Capital', ['acquirer:Vantor Capital', 'seller:Harwood Group', 'target:Lindell Foods'], 'completed'],
    ['Lindell Foods Secures $20M Series B From Harwood Group', ['investee:Lindell Foods', 'investor:Harwood Group'], 'completed'],
    ['EXCLUSIVE-Harwood Group in talks to buy Lindell Foods -sources', ['acquirer:Harwood Group', 'target:Lindell Foods'], 'rumored'],
    ['Harwood Group in $1bn deal for Lindell Foods', ['acquirer:Harwood Group', 'target:Lindell Foods'], 'agreed'],
    ['Harwood Group nears deal for Lindell Foods', ['acquirer:Harwood Group', 'target:Lindell Foods'], 'proposed'],
    ['Harwood Group Announces Acquisition of Lindell Foods', ['acquirer:Harwood Group', 'target:Lindell Foods'], 'completed'],
    ['Harwood Group Bids $1 Billion for Lindell Foods', ['acquirer:Harwood Group', 'target:Lindell Foods'], 'proposed'],
    ['Harwood Group Walks Away From Lindell Foods Deal', ['acquirer:Harwood Group', 'target:Lindell Foods'], 'terminated'],
    ['Harwood Group eyes Lindell Foods takeover', ['acquirer:Harwood Group', 'target:Lindell Foods'], 'proposed'],
    ['Harwood Group Strengthens Portfolio With Quellmark Foods Acquisition', ['acquirer:Harwood Group', 'target:Quellmark Foods'], 'completed'],
    ['Lindell Foods raises $30M from Harwood Ventures, Vantor Capital', ['investee:Lindell Foods', 'investor:Harwood Ventures', 'investor:Vantor Capital'], 'completed'],
    ['Harwood Group, Lindell Foods agree to $2 billion merger', ['partner:Harwood Group', 'partner:Lindell Foods'], 'agreed'],
    // a pair set off by a comma before the verb of their deal's end or close
    ['Lindell Foods sells to Harwood Group', ['acquirer:Harwood Group', 'target:Lindell Foods'], 'completed'],
    ['Harwood Group, Lindell Foods call off merger', ['partner:Harwood Group', 'partner:Lindell Foods'], 'terminated'],
    ['Harwood Group, Lindell Foods end merger talks', ['partner:Harwood Group', 'partner:Lindell Foods'], 'terminated'],
    ['Harwood Group, Lindell Foods complete $2 billion merger', ['partner:Harwood Group', 'partner:Lindell Foods'], 'completed'],
    ['Vantor Capital to take Harwood Group private in $5bn deal', ['acquirer:Vantor Capital', 'target:Harwood Group'], 'agreed'],
    ['Pellor Joins Harwood Group Family', ['acquirer:Harwood Group', 'target:Pellor'], 'completed'],
  ])('reads the deal of a headline the body does not restate: %s', (headline, parties, status) => {
    const r = extract({ id: 't', text: `${headline}\n\nThe deal was announced on Monday.` });
    expect(roles(r)).toEqual(parties);
    expect(r.deal?.status).toBe(status);
    spansHold(r);
  });

  it('does not when told not to read it (readHeadline: false)', () => {
    const r = extract({ id: 't', text: `Harwood Group to buy Lindell Foods for $410 million\n\n${BODY}` }, { readHeadline: false });
    expect(r.text).toBe(BODY);
    expect(r.deal).toBeNull();
  });

  it('lets the body speak first: "X buys Y unit" in the headline, "X agreed to buy Z from Y" in the body', () => {
    const r = extract({ id: 't', text: 'Harwood buys Brant unit\n\nHarwood Group Inc said it agreed to buy Lindell Foods Inc from Brant Holdings Corp for $410 million.' });
    expect(roles(r)).toEqual(['acquirer:Harwood Group Inc', 'seller:Brant Holdings Corp', 'target:Lindell Foods Inc']);
    spansHold(r);
  });

  it('fills only a side the body leaves unnamed', () => {
    const r = extract({ id: 't', text: 'Harwood Group to buy Lindell Foods\n\nHarwood Group Inc said it agreed to acquire the company for $410 million. Lindell Foods Inc makes frozen meals.' });
    expect(roles(r)).toEqual(['acquirer:Harwood Group Inc', 'target:Lindell Foods Inc']);
    spansHold(r);
  });

  it('takes the kind of deal and the roles from the headline when the body only says "an agreement with"', () => {
    const r = extract({ id: 't', text: 'Harwood Group to Acquire Lindell Foods\n\nHarwood Group Inc said it had reached an agreement with Lindell Foods Inc on Monday. The boards approved the terms.' });
    expect(r.deal?.type).toBe('acquisition');
    expect(roles(r)).toEqual(['acquirer:Harwood Group Inc', 'target:Lindell Foods Inc']);
    spansHold(r);
  });

  it('reads a name no list has in a title-case headline where a deal frame puts it, and the body names it', () => {
    const r = extract({ id: 't', text: 'Harwood Group Expands With Acquisition of Quellmark\n\nThe deal was announced on Monday. Harwood Group, founded in 2015, makes logistics software. Quellmark is based in Ohio.' });
    expect(roles(r)).toEqual(['acquirer:Harwood Group', 'target:Quellmark']);
    // an all-capitals headline names nothing by its capitals
    const caps = extract({ id: 't', text: 'MONEY MARKET OFFERED EARLY ASSISTANCE\n\nThe Bank of England said it had invited an early round of bill offers from the discount houses.' });
    expect(caps.deal).toBeNull();
    spansHold(r);
  });

  it('gives no entity, mention or party for a name written only in a title given apart from the text', () => {
    const r = extract({ id: 't', text: 'Harwood Group Inc said it agreed to buy Lindell Foods Inc for $410 million.', title: 'Harwood Group and Vantor Labs to buy Lindell Foods' });
    expect(r.entities.map((e) => e.name)).not.toContain('Vantor Labs');
    expect(r.deal?.parties.map((p) => p.name)).not.toContain('Vantor Labs');
    spansHold(r);
  });
});

describe('a wire dateline opening the first sentence', () => {
  const DATELINES = ['MILAN (Reuters) - ', 'STOCKHOLM, Nov 12 (Reuters) - ', '(Yicai) Feb. 19 -- ', 'MONTREAL, March 29 (UPI) -- '];
  it.each(DATELINES)('names no party: %s', (dateline) => {
    // the agency would be the only agent of this sentence: the buyer is described, not named
    const r = extract({ id: 't', text: `${dateline}A consortium of Italian investors has agreed to buy Lindell Foods Inc from Brant Holdings Corp.` });
    expect(r.deal?.parties.map((p) => p.name) ?? []).not.toContain(dateline.match(/\((\w+)\)/)![1]);
    const named = extract({ id: 't', text: `${dateline}Harwood Group Inc has agreed to buy Lindell Foods Inc.` });
    expect(roles(named)).toEqual(['acquirer:Harwood Group Inc', 'target:Lindell Foods Inc.']);
  });
});

describe("a headline's tense gives the status when the body states none", () => {
  const BODY_ = 'The announcement came on Monday.';
  /** [headline, status]: headlines put past events in the present; "to buy" is a deal agreed. */
  const CASES: [string, string | null][] = [
    ['Harwood Group buys Lindell Foods', 'completed'],
    ['Harwood Group Acquires Lindell Foods for $410 Million', 'completed'],
    ['Harwood Group sells its dairy arm to Lindell Foods', 'completed'],
    ['Harwood Group to buy Lindell Foods', 'agreed'],
    ['Harwood Group and Lindell Foods form joint venture', 'agreed'],
    // negative: a headline that only weighs a deal, and a body whose present tense is no headline's
    ['Harwood Group weighs bid for Lindell Foods', 'proposed'],
    ['Harwood Group Expands With Acquisition of Quellmark Foods', 'completed'],
  ];
  it.each(CASES)('%s -> %s', (headline, status) => {
    const r = extract({ id: 't', text: `${headline}\n\n${BODY_}` });
    expect(r.deal?.status ?? null).toBe(status);
    spansHold(r);
  });
  it('reads no present tense in the body as a headline', () => {
    const r = extract({ id: 't', text: 'Markets wrap\n\nHarwood Group buys Lindell Foods. The announcement came on Monday.' });
    expect(r.deal?.status ?? null).toBeNull();
  });
});

describe('a party only the headline names', () => {
  it('fills no role the body already fills', () => {
    const r = extract({ id: 't', text: 'Norbury Mills to sell Vellmar Dairy\n\nNorbury Mills Inc said it agreed to sell its remaining South African business for 12 mln dlrs.' });
    expect(roles(r)).toEqual(['seller:Norbury Mills Inc', 'target:remaining South African business']);
    spansHold(r);
  });
  it('is no party in an all-caps headline, where a word cannot be told from a name', () => {
    const r = extract({ id: 't', text: 'GROUP TO BUY MORE WIDGET SHARES\n\nA group of investors said it may buy more shares of Widget Inc.' });
    expect(roles(r) ?? []).not.toContain('acquirer:GROUP');
    spansHold(r);
  });
});

describe('a stray headline of another story before the article', () => {
  const STRAY = 'Tesla shares slide as deliveries miss forecasts\n';
  it('lends no party to a consortium that names "it" (the sentence speaker is meant)', () => {
    const r = extract({ id: 't', text: `${STRAY}TOKYO, March 30 Harwood Corp said on\nFriday a consortium of it, Brant Steel and Kessel Corp\nwill buy 30 percent of the Lindell project for $3.5 billion.` });
    expect(roles(r)).toEqual(['acquirer:Brant Steel', 'acquirer:Harwood Corp', 'acquirer:Kessel Corp', 'target:Lindell']);
    spansHold(r);
  });
  it('lends no word to the owners who sell in the next paragraph', () => {
    const r = extract({ id: 't', text: `${STRAY}\nThe family behind US chain Lindell Markets has sold their business to Harwood Group.` });
    expect(roles(r)).toEqual(['acquirer:Harwood Group', 'seller:The family behind US chain Lindell Markets', 'target:Lindell Markets']);
    spansHold(r);
  });
});

describe('an offer its holders reject or approve', () => {
  it('is an offer for their company', () => {
    const r = extract({ id: 't', text: 'Lindell Ferries shareholders have rejected a €24 a share offer for the ferry operator by management after two other investors bought shares above the bid price.' });
    expect(roles(r)).toEqual(['target:Lindell Ferries']);
    // (the shares two investors bought are no status of the offer)
    expect(r.deal?.status).not.toBe('completed');
    spansHold(r);
  });
  it('names its bidder after "from"', () => {
    const r = extract({ id: 't', text: 'Lindell Foods shareholders approved the offer for the company from Harwood Group on Monday.' });
    expect(roles(r)).toEqual(['acquirer:Harwood Group', 'target:Lindell Foods']);
    spansHold(r);
  });
});

describe('an offer a company receives', () => {
  it('is for what it sells, in the body and in a Title Case headline', () => {
    expect(roles(extract({ id: 't', text: 'Harwood Group has received a takeover offer for its packaging unit.' }))).toEqual(['seller:Harwood Group', 'target:packaging unit']);
    expect(roles(extract({ id: 't', text: 'Harwood Group received a $40 million offer for Lindell Foods from Brant Capital.' }))).toEqual(['acquirer:Brant Capital', 'seller:Harwood Group', 'target:Lindell Foods']);
    const r = extract({ id: 't', text: 'Harwood Group Receives Offer for Lindell Mill\n\nThe company did not name the bidder.' });
    expect(roles(r)).toEqual(['seller:Harwood Group', 'target:Lindell']);
    spansHold(r);
  });
  it('is for itself when it is for the company', () => {
    expect(roles(extract({ id: 't', text: 'Harwood Group said it received an offer for the company from Brant Capital.' }))).toEqual(['acquirer:Brant Capital', 'target:Harwood Group']);
  });
  it('is still made by the one who offers', () => {
    expect(roles(extract({ id: 't', text: 'Harwood Group made an offer for Lindell Foods on Monday.' }))).toEqual(['acquirer:Harwood Group', 'target:Lindell Foods']);
  });
});

describe('a deal that gives a company control of another', () => {
  it('names the one who gets control and what it controls', () => {
    expect(roles(extract({ id: 't', text: 'The acquisition will give Harwood Group full control of Lindell Foods.' }))).toEqual(['acquirer:Harwood Group', 'target:Lindell Foods']);
    const r = extract({ id: 't', text: 'The deal, which Kemble Insurance valued at A$780 million, gives it control of Rushcliffe Life.' });
    expect(roles(r)).toEqual(['acquirer:Kemble Insurance', 'target:Rushcliffe Life']);
    expect(r.deal?.value?.value).toBe(780_000_000);
  });
  it('is no deal when what it controls is no company', () => {
    expect(extract({ id: 't', text: 'The vote gave Jane Doe control of the board.' }).deal).toBeNull();
  });
});

describe('a deal named by its target, after a verb and a determiner', () => {
  it('is the subject buying the named company', () => {
    expect(roles(extract({ id: 't', text: 'Harwood Group closed its Lindell Foods deal, the company said.' }))).toEqual(['acquirer:Harwood Group', 'target:Lindell Foods']);
    const r = extract({ id: 't', text: 'Harwood Group completed the $400 million Lindell Foods purchase.' });
    expect(roles(r)).toEqual(['acquirer:Harwood Group', 'target:Lindell Foods']);
    expect(r.deal?.status).toBe('completed');
    expect(r.deal?.value?.value).toBe(400_000_000);
  });
});

describe("a company's acquisition named by its target", () => {
  it('is the owner of the noun buying the company named before it', () => {
    const r = extract({ id: 't', text: "Amazon's Whole Foods acquisition closed on Monday." });
    expect(roles(r)).toEqual(['acquirer:Amazon', 'target:Whole Foods']);
    expect(r.deal?.status).toBe('completed');
    expect(roles(extract({ id: 't', text: "Disney's Pixar purchase in 2006 paid off." }))).toEqual(['acquirer:Disney', 'target:Pixar']);
  });
  it('is no deal of the company after a preposition', () => {
    // (the noun's "of" names what is bought: Brant Dairy, not Lindell Foods)
    expect(roles(extract({ id: 't', text: "Harwood Group's Lindell Foods acquisition of Brant Dairy closed." }))).not.toContain('target:Lindell Foods');
  });
});

describe("another story's headline above the article", () => {
  const STRAY = 'Brant Capital agrees to buy Quell Systems for $90 million\n\n';
  it("gives no deal to a body that names none of its companies, and names its own", () => {
    expect(extract({ id: 't', text: `${STRAY}Harwood Group reported higher quarterly profit on Tuesday. Its chief executive said sales of snacks rose 12%. Harwood shares rose 3%.` }).deal).toBeNull();
  });
  it("lends no value to the body's own deal", () => {
    const r = extract({ id: 't', text: `${STRAY}Harwood Group said on Monday it had agreed to buy Lindell Foods. Harwood Group will pay cash for Lindell, it said.` });
    expect(roles(r)).toEqual(['acquirer:Harwood Group', 'target:Lindell Foods']);
    expect(r.deal?.value ?? null).toBeNull();
    spansHold(r);
  });
  it('is still the deal when the body speaks of it by description', () => {
    const r = extract({ id: 't', text: 'Harwood to buy Lindell for $400 million\n\nThe snack maker agreed to the deal on Monday. Harwood Group said it would pay cash.' });
    expect(roles(r)).toEqual(['acquirer:Harwood Group', 'target:Lindell']);
    expect(r.deal?.value?.value).toBe(400_000_000);
  });
});

describe('a rumour an unnamed newspaper reports', () => {
  it('is rumored, not the proposal it reports (whole pipeline)', () => {
    const text = 'Hanaoka Trading Weighs Takeover Of Shirasagi Logistics\n\nTOKYO — Hanaoka Trading Co. is considering a tender offer for Shirasagi Logistics Co., in a deal that could be worth about ¥180 billion ($1.7 billion), a domestic newspaper reported on Tuesday.';
    expect(extract({ id: 'x', text }).deal?.status).toBe('rumored');
  });
});

describe('another deal\'s headline run into the first line', () => {
  it('gives the article\'s deal none of its figures (whole pipeline)', () => {
    const text = 'Brant Capital agrees to buy Quell Systems for $90 million\nHarlow Controls shareholders voted to approve the previously announced merger with Tessel.\nIn a final count, 97% of votes cast at a special meeting voted in favour of the deal, representing over 81% of all outstanding Harlow Controls shares.';
    const deal = extract({ id: 'x', text }).deal;
    expect(deal?.parties.map((p) => p.name).sort()).toEqual(['Harlow Controls', 'Tessel']);
    expect(deal?.value).toBeNull();
  });
  it('is no deal of an article without one (whole pipeline)', () => {
    const text = 'Brant Capital agrees to buy Quell Systems for $90 million\nHarlow Controls reported a 12% rise in quarterly profit on Tuesday, as demand for its building sensors held up in North America and Europe.\nSales rose to $1.2 billion in the three months to September, helped by strong orders from data-centre builders and hospitals.\nHarlow Controls raised its forecast for the year and said it would buy back up to $200 million of its shares.';
    expect(extract({ id: 'x', text }).deal).toBeNull();
    // (a first line whose companies the article goes on to name is its own headline)
    const own = 'Harlow Controls agrees to buy Tessel for $90 million\nHarlow Controls said on Tuesday it had agreed to buy the sensor maker Tessel, its largest purchase since it listed its shares in 2015.\nThe deal is expected to close in March, subject to approval by regulators in the United States and the European Union.\nTessel makes building sensors used by data-centre builders and hospitals across North America.';
    expect(extract({ id: 'x', text: own }).deal?.parties.map((p) => p.name).sort()).toEqual(['Harlow Controls', 'Tessel']);
  });
});
