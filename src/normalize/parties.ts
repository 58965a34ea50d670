/** Parties read from rule matches, and how two sets of parties relate. */
import type { Entity, Role, Span } from '../schema/index.js';
import { isDescription } from './descriptions.js';
import { slotOf, spanOf, type Sketch } from './sketch.js';

export interface PartyFact {
  entity: Entity | null;
  name: string;
  role: Role;
  evidence: Span;
  /** Resolved from a description that stood for it ("a consortium of investors"): descriptions.ts. */
  described?: boolean;
}

/** Entity types that can be a deal party (people invest, sell and, as a business's name, are bought). */
export const PARTY_TYPES = new Set(['organization', 'person']);
export const TERM_PARTY_TYPES = new Set(['organization', 'person', 'product']);

export const AGENT_ROLES = new Set<Role>(['acquirer', 'seller', 'investor', 'licensor']);
/** Roles only a company takes: what is bought, merged with or invested in. */
export const COMPANY_ROLES = new Set<Role>(['target', 'partner', 'investee']);

/** A lone capitalized word the recognizer guessed to be a person (no given name, no title): in a
 * company's role of a deal frame ("Lindell will become part of Harwood") it is a company. */
export function guessedPerson(e: Entity | null): boolean {
  return e !== null && e.type === 'person' && e.rule === 'capitalized-sequence' && !/\s/.test(e.name) && e.aliases.length === 0;
}

/** Parties that can open a deal: one a company or an unnamed target, or a guessed person in a
 * company's role beside another named side. */
export const opensDeal = (ps: PartyFact[]) =>
  ps.some((p) => p.entity?.type === 'organization' || (p.entity === null && p.role === 'target')) ||
  (ps.some((p) => COMPANY_ROLES.has(p.role) && guessedPerson(p.entity)) && new Set(ps.flatMap((p) => (p.entity ? [p.entity.id] : []))).size >= 2);
/** Roles that say only that a party takes part ("partner"); a specific role may replace them. */
export const SOFT_ROLES = new Set<Role>(['partner', 'other']);
/** Roles a deal gives to several parties at once. */
export const SHARED_ROLES = new Set<Role>(['partner', 'investor']);

/** The parties named by a rule match's groups (group name -> role through `roleOf`). A description
 * ("a consortium of investors") fills a party only where `descriptions` allows it (the deal rules). */
export function partiesFromMatch(m: RegExpExecArray, sk: Sketch, text: string, roleOf: Record<string, Role>, types = PARTY_TYPES, descriptions = false): PartyFact[] {
  const out: PartyFact[] = [];
  for (const [g, value] of Object.entries(m.groups ?? {})) {
    if (value === undefined) continue;
    const role = roleOf[g.replace(/\d+$/, '')];
    if (!role) continue;
    if (g.startsWith('tu') || g.startsWith('su')) {
      // An unnamed party ("its pipeline unit", "its founders"): locate the group in the sketch to get its span.
      const at = m.index + m[0].indexOf(value);
      const span = spanOf(sk, text, at, at + value.length);
      out.push({ entity: null, name: span.text, role, evidence: span });
      continue;
    }
    const slot = slotOf(sk, value);
    // (A place in a company's slot is a state that buys or invests: sketch.ts STATE_ACTS.)
    const state = slot?.kind === 'E' && slot.entity.type === 'place' && (role === 'acquirer' || role === 'investor');
    if (!slot || slot.kind !== 'E' || (!types.has(slot.entity.type) && !state) || (!descriptions && isDescription(slot.entity))) continue;
    out.push({ entity: slot.entity, name: slot.entity.name, role, evidence: slot.span });
  }
  return out;
}

export function sameParty(a: PartyFact, b: PartyFact): boolean {
  return a.entity && b.entity ? a.entity.id === b.entity.id : a.name === b.name;
}

/** Same entity in two specific roles that differ: the two sets describe different deals. */
export function conflicts(a: PartyFact[], b: PartyFact[]): boolean {
  return a.some((p) => b.some((q) => p.entity && q.entity && p.entity.id === q.entity.id && p.role !== q.role && !SOFT_ROLES.has(p.role) && !SOFT_ROLES.has(q.role)));
}

/** After a target's name, an apposition naming its owner: "Lindell Foods, a unit of Harwood Group, has
 * been sold": the owner sells (an object's apposition is read by the rules: roles.ts OWNER). */
const OWNED_APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|division|arm|affiliate|business|portfolio company)\s+of\s+(?:the\s+)?$/i;

/** The seller an acquisition or divestiture leaves unnamed, from its target's apposition. */
export function ownerAsSeller(d: { type: string; parties: PartyFact[] }, sketches: Sketch[], text: string): void {
  if ((d.type !== 'acquisition' && d.type !== 'divestiture') || d.parties.some((p) => p.role === 'seller')) return;
  const target = d.parties.find((p) => p.role === 'target' && p.entity);
  if (!target) return;
  const sk = sketches.find((x) => x.sentence.start <= target.evidence.start && target.evidence.end <= x.sentence.end);
  if (!sk) return;
  for (const slot of sk.slots) {
    if (slot.kind !== 'E' || slot.span.start <= target.evidence.end || slot.span.start - target.evidence.end > 60 || !PARTY_TYPES.has(slot.entity.type) || isDescription(slot.entity)) continue;
    if (!OWNED_APPOSITION.test(text.slice(target.evidence.end, slot.span.start))) break;
    if (d.parties.some((p) => p.entity?.id === slot.entity.id)) return;
    d.parties.push({ entity: slot.entity, name: slot.entity.name, role: 'seller', evidence: slot.span });
    return;
  }
}
