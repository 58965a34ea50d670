/**
 * A lone capitalized word the recognizer guesses to be a person (no given name, no title) is a
 * company when a deal frame names it in a company's role (target, partner, investee) beside another
 * named side; a person stays a person as a buyer, and a lone guess opens no deal.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const roles = (text: string) => {
  const r = extract(text);
  return { deal: r.deal ? r.deal.parties.map((p) => `${p.role}:${p.name}`).sort() : null, types: Object.fromEntries(r.entities.map((e) => [e.name, e.type])) };
};

describe('a guessed person in a company role', () => {
  it('is the target of a frame, and an organization', () => {
    const { deal, types } = roles('In a deal announced Tuesday, Lindell will become part of Harwood.');
    expect(deal).toEqual(['acquirer:Harwood', 'target:Lindell']);
    expect(types.Lindell).toBe('organization');
  });
  it('stays a person when nothing else in the sentence is named', () => {
    const { deal, types } = roles('In a statement on Tuesday, Lindell said it will sell the shares it holds.');
    expect(deal).toBeNull();
    expect(types.Lindell).not.toBe('organization');
  });
  it('keeps a titled or full name a person', () => {
    const { types } = roles('In a deal announced Tuesday, Widget Inc will become part of Acme Corp, said Jane Lindell, its chief executive.');
    expect(types['Jane Lindell']).toBe('person');
  });
});
