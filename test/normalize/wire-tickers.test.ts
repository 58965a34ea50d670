/**
 * Reuters wire copy marks companies with angle brackets and market codes ("Chemlawn Corp <CHEM>",
 * "Ultramar Plc <UMAR.L>", "the brewing firm <San Miguel>"). Through the whole pipeline: a code is no
 * party and no sentence end, and the rules read the name and what follows the code as adjacent.
 * Made-up companies, the wire's conventions.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const parties = (text: string) => {
  const r = extract({ id: 't', text });
  return r.deal ? r.deal.parties.map((p) => `${p.role}:${p.name}`).sort() : null;
};

describe("Reuters' angle brackets and market codes", () => {
  const cases: [string, string[]][] = [
    // a bare code after a possessive and after a name
    ["Brantwell Motors Corp's board is meeting this morning to consider Harwood Corp's <HWD> 1.5 billion dlr takeover offer, a spokesman said.", ['acquirer:Harwood Corp', 'target:Brantwell Motors Corp']],
    ['Kesselring Corp <KSL> could attract a higher bid than the 27 dlrs per share offered by Harwood Inc <HWD>, arbitrageurs said.', ['acquirer:Harwood Inc', 'target:Kesselring Corp']],
    // a code with its exchange: no sentence ends inside it, and it is not the seller
    ['Vantor Plc <VANT.L> said it had reached agreement in principle to sell its marketing companies to Harwood Petroleum Corp for around 50 mln stg.', ['acquirer:Harwood Petroleum Corp', 'seller:Vantor Plc', 'target:marketing companies']],
  ];
  it.each(cases)('%s', (text, want) => {
    expect(parties(text)).toEqual(want);
  });
  it('a whole name in angle brackets is an organization, an e-mail address in them is none', () => {
    const r = extract({ id: 't', text: 'Harwood Ltd has offered 3.8 billion pesos for 38 mln shares in the brewing firm <San Miguel>. Write to <jane@harwood.com>.' });
    expect(r.entities.find((e) => e.name === 'San Miguel')?.type).toBe('organization');
    expect(r.entities.some((e) => e.name.includes('jane'))).toBe(false);
  });
});
