/**
 * The normalize stage: mentions -> the deal record's deal(s). Deal rules over sentence sketches
 * find parties and roles; status, value and terms are read from the deal's sentences. Pure.
 */
import type { Analysis } from '../extract/analysis.js';
import type { Deal, DealStatus, DealType, Entity, Money, Role, Span, Term, TermKind } from '../schema/index.js';
import type { Article, Mentions } from '../types.js';
import { NEGATION, NOT_VALUE_CUE, PRICED_TYPES, STATUS_CUES, UNDISCLOSED, VALUE_AFTER_CUE, VALUE_CUE } from './lexicon.js';
import { DEAL_RULES, ROLE_OF_GROUP, SIDE_RULES, type DealRule } from './roles.js';
import { buildSketches, slotOf, slotsIn, spanOf, type Sketch, type Slot } from './sketch.js';
import { TERM_ROLE_OF_GROUP, TERM_RULES } from './terms.js';

export interface Normalized {
  deal: Deal | null;
  otherDeals: Deal[];
}

/** A deal must start within the article's first sentences (the lead); later ones are background. */
const LEAD_SENTENCES = 5;

interface PartyFact {
  entity: Entity | null;
  name: string;
  role: Role;
  evidence: Span;
}

interface DealDraft {
  type: DealType;
  rule: string;
  sketches: Sketch[];
  parties: PartyFact[];
}

const PARTY_TYPES = new Set(['organization', 'person']);

const TERM_PARTY_TYPES = new Set(['organization', 'person', 'product']);

function partiesFromMatch(m: RegExpExecArray, sk: Sketch, text: string, roleOf: Record<string, Role>, types = PARTY_TYPES): PartyFact[] {
  const out: PartyFact[] = [];
  const groups = m.groups ?? {};
  for (const [g, value] of Object.entries(groups)) {
    if (value === undefined) continue;
    const role = roleOf[g.replace(/\d+$/, '')];
    if (!role) continue;
    if (g.startsWith('tu')) {
      // An unnamed party ("its pipeline unit"): locate the group in the sketch to get its span.
      const at = m.index + m[0].indexOf(value);
      const span = spanOf(sk, text, at, at + value.length);
      out.push({ entity: null, name: span.text, role, evidence: span });
      continue;
    }
    const slot = slotOf(sk, value);
    if (!slot || slot.kind !== 'E' || !types.has(slot.entity.type)) continue;
    out.push({ entity: slot.entity, name: slot.entity.name, role, evidence: slot.span });
  }
  return out;
}

function sameParty(a: PartyFact, b: PartyFact): boolean {
  return a.entity && b.entity ? a.entity.id === b.entity.id : a.name === b.name;
}

const AGENT_ROLES = new Set<Role>(['acquirer', 'seller', 'investor', 'licensor']);
const SOFT_ROLES = new Set<Role>(['partner', 'other']);

/** Same entity in two non-soft roles that differ: the candidate is another deal. */
function conflicts(a: PartyFact[], b: PartyFact[]): boolean {
  return a.some((p) => b.some((q) => p.entity && q.entity && p.entity.id === q.entity.id && p.role !== q.role && !SOFT_ROLES.has(p.role) && !SOFT_ROLES.has(q.role)));
}

/** All deal-rule matches of one sentence, in rule order, with coordinated clauses sharing a subject. */
interface Candidate {
  rule: DealRule;
  type: DealType;
  parties: PartyFact[];
}

function sentenceCandidates(sk: Sketch, text: string, side: Map<string, PartyFact>): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of DEAL_RULES) {
    const m = rule.pattern.exec(sk.text);
    if (!m) continue;
    const type = rule.majority && slotsIn(sk, m[0], 'P').some((p) => p.kind === 'P' && p.percent.value >= 50) ? rule.majority : rule.type;
    let parties = partiesFromMatch(m, sk, text, ROLE_OF_GROUP).filter((p) => !(p.entity && side.has(p.entity.id)));
    if (rule.list) {
      const rest = sk.text.slice(m.index + m[0].length);
      const at = rule.list.after.exec(rest);
      if (at) {
        for (const slot of slotsIn(sk, rest.slice(at.index), 'E')) {
          if (slot.kind !== 'E' || !PARTY_TYPES.has(slot.entity.type)) continue;
          const fact: PartyFact = { entity: slot.entity, name: slot.entity.name, role: rule.list.role, evidence: slot.span };
          if (!parties.some((p) => sameParty(p, fact))) parties.push(fact);
        }
      }
    }
    if (!parties.some((p) => p.entity?.type === 'organization' || (p.entity === null && p.role === 'target'))) continue;
    const first = out[0];
    if (first && conflicts(first.parties, parties)) {
      // "X agreed to buy Y ... while selling its unit to W": the second clause's agent is X, not Y.
      const subject = first.parties.find((p) => AGENT_ROLES.has(p.role) || SOFT_ROLES.has(p.role));
      if (!subject) continue;
      parties = parties.map((p) => (AGENT_ROLES.has(p.role) && first.parties.some((q) => sameParty(p, q)) ? { ...subject, role: p.role } : p));
      if (conflicts(first.parties.filter((p) => p !== subject), parties)) continue;
    }
    if (out.some((o) => o.type === type && o.parties.every((p) => parties.some((q) => sameParty(p, q))))) continue;
    out.push({ rule, type, parties });
  }
  return out;
}

/** Whether a candidate adds to an existing deal rather than opening another. */
function belongs(d: DealDraft, type: DealType, parties: PartyFact[]): boolean {
  if (!d.parties.some((p) => parties.some((q) => q.entity && sameParty(p, q)))) return false;
  if (conflicts(d.parties, parties)) return false;
  return true;
}

/** Find deal candidates sentence by sentence and group them into deals by shared parties. */
/** Advisers and lenders named anywhere in the article, by entity id (first mention's evidence). */
function findSideParties(sketches: Sketch[], text: string): Map<string, PartyFact> {
  const out = new Map<string, PartyFact>();
  for (const sk of sketches) {
    for (const rule of SIDE_RULES) {
      const m = rule.pattern.exec(sk.text);
      if (!m) continue;
      for (const p of partiesFromMatch(m, sk, text, { x: rule.role })) {
        if (p.entity && p.entity.type === 'organization' && !out.has(p.entity.id)) out.set(p.entity.id, p);
      }
    }
  }
  return out;
}

function findDeals(sketches: Sketch[], text: string, side: Map<string, PartyFact>): DealDraft[] {
  const deals: DealDraft[] = [];
  for (const sk of sketches) {
    for (const { rule, type, parties } of sentenceCandidates(sk, text, side)) {
      // "The round was led by X": a sentence right after a deal of the same type, naming only one
      // side, continues that deal.
      const last = deals[deals.length - 1];
      const continues = last && last.type === type && sk.index - last.sketches[last.sketches.length - 1].index <= 2 && new Set(parties.map((p) => p.role)).size === 1;
      const home = deals.find((d) => belongs(d, type, parties)) ?? (continues ? last : undefined);
      if (home) {
        if (!home.sketches.includes(sk)) home.sketches.push(sk);
        // A "merger agreement" in which one side buys the other is an acquisition.
        const upgrade = home.type === 'merger' && type === 'acquisition' && parties.every((p) => home.parties.some((q) => sameParty(p, q)));
        if (upgrade) home.type = 'acquisition';
        for (const p of parties) if (!home.parties.some((q) => sameParty(p, q))) home.parties.push(p);
        // A specific role replaces a soft one ("partner" in a headline, "acquirer" in the body).
        for (const p of parties) {
          const q = home.parties.find((x) => sameParty(x, p));
          if (q && SOFT_ROLES.has(q.role) && !SOFT_ROLES.has(p.role) && home.type === type) q.role = p.role;
        }
        continue;
      }
      // A deal opens in the lead; a second deal with other parties may follow in the first half.
      const limit = deals.length === 0 ? LEAD_SENTENCES : Math.max(LEAD_SENTENCES, sketches.length / 2);
      if (sk.index < limit) deals.push({ type, rule: rule.name, sketches: [sk], parties });
    }
  }
  return deals;
}

/** Sentences that speak of the deal: its own, the lead, and those naming two of its parties. */
function dealSentences(d: DealDraft, sketches: Sketch[], isMain: boolean): Sketch[] {
  const ids = new Set(d.parties.map((p) => p.entity?.id).filter(Boolean));
  return sketches.filter((sk) => {
    if (d.sketches.includes(sk)) return true;
    const named = new Set(sk.slots.filter((s) => s.kind === 'E' && ids.has(s.entity.id)).map((s) => (s.kind === 'E' ? s.entity.id : '')));
    if (isMain && sk.index < 3) return true;
    return named.size >= Math.min(2, ids.size) && named.size > 0;
  });
}

function findStatus(sents: Sketch[], text: string): { status: DealStatus; evidence: Span | null } {
  for (const cue of STATUS_CUES) {
    for (const sk of sents) {
      const s = sk.sentence;
      const m = cue.pattern.exec(text.slice(s.start, s.end));
      if (m) {
        const start = s.start + m.index;
        return { status: cue.status, evidence: { start, end: start + m[0].length, text: m[0] } };
      }
    }
  }
  return { status: null, evidence: null };
}

function findValue(type: DealType, sents: Sketch[], text: string): Money | null {
  for (const sk of sents) {
    for (const slot of sk.slots) {
      if (slot.kind !== 'M' || slot.money.perShare) continue;
      const before = text.slice(Math.max(sk.sentence.start, slot.money.start - 60), slot.money.start);
      if (NOT_VALUE_CUE.test(before)) continue;
      const after = text.slice(slot.money.end, Math.min(sk.sentence.end, slot.money.end + 40));
      const explicit = /\b(?:valued at|worth|deal valued|transaction valued)\s*$/i.test(before);
      if (explicit || (PRICED_TYPES.has(type) && (VALUE_CUE.test(before) || VALUE_AFTER_CUE.test(after)))) return slot.money;
    }
  }
  return null;
}

function isNegated(sk: Sketch, cueIndex: number, cueText: string): boolean {
  if (/^non-?/i.test(cueText)) return true;
  const clause = sk.text.slice(0, cueIndex).split(/[,;:]/).pop() ?? '';
  return NEGATION.test(clause.replace(/⟨[EOMPDL]\d+⟩/g, 'X'));
}

type TermParty = Term['parties'][number];

function entitiesListedAfter(sk: Sketch): Slot[] {
  const m = /\b(?:including|such as|among them|like)\b(.*)$/i.exec(sk.text);
  return m ? slotsIn(sk, m[1], 'E').filter((s) => s.kind === 'E' && s.entity.type === 'organization') : [];
}

function findTerms(sketches: Sketch[]): Term[] {
  const terms: Term[] = [];
  for (const sk of sketches) {
    const seen = new Set<TermKind>();
    for (const rule of TERM_RULES) {
      if (seen.has(rule.kind)) continue;
      const cue = rule.cue.exec(sk.text);
      if (!cue) continue;
      if (rule.requires && !sk.slots.some((s) => s.kind === rule.requires)) continue;
      if (rule.unless?.test(sk.text)) continue;
      if (rule.perShare && !sk.slots.some((s) => s.kind === 'M' && s.money.perShare)) continue;
      seen.add(rule.kind);
      let parties: TermParty[] = [];
      for (const re of rule.roles ?? []) {
        const m = re.exec(sk.text);
        if (!m) continue;
        parties = partiesFromMatch(m, sk, '', TERM_ROLE_OF_GROUP, TERM_PARTY_TYPES).map((p) => ({ entity: p.entity?.id ?? null, name: p.name, role: p.role }));
        if (parties.length) break;
      }
      if (rule.listRole) {
        for (const s of entitiesListedAfter(sk)) {
          if (s.kind === 'E' && !parties.some((p) => p.entity === s.entity.id)) parties.push({ entity: s.entity.id, name: s.entity.name, role: rule.listRole });
        }
      }
      if (!parties.length && rule.inheritFrom) {
        const prev = [...terms].reverse().find((t) => t.kind === rule.inheritFrom && t.parties.length > 0);
        if (prev) parties = prev.parties.map((p) => ({ ...p }));
      }
      const s = sk.sentence;
      terms.push({
        kind: rule.kind,
        start: s.start,
        end: s.end,
        text: '',
        negated: isNegated(sk, cue.index, cue[0]),
        parties,
        money: sk.slots.flatMap((x) => (x.kind === 'M' && (!rule.perShare || x.money.perShare) ? [x.money] : [])),
        percentages: sk.slots.flatMap((x) => (x.kind === 'P' ? [x.percent] : [])),
        dates: sk.slots.flatMap((x) => (x.kind === 'D' ? [x.date] : [])),
        evidence: [{ start: s.start, end: s.end, text: '' }],
        rule: `term:${rule.kind}`,
      });
    }
  }
  return mergeTerms(terms);
}

const WILDCARD_ROLES = new Set<Role>(['partner', 'other']);

function compatible(a: Term, b: Term): boolean {
  if (a.kind !== b.kind || a.negated !== b.negated) return false;
  for (const p of a.parties) {
    for (const q of b.parties) {
      if (p.entity === q.entity && p.role !== q.role && !WILDCARD_ROLES.has(p.role) && !WILDCARD_ROLES.has(q.role)) return false;
      // Two different entities in the same specific role (two payers) are two terms.
      if (p.entity !== q.entity && p.role === q.role && !WILDCARD_ROLES.has(p.role) && p.role !== 'provider') return false;
    }
  }
  return true;
}

function uniqBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}

/** How much a term's own sentence states: its parties and values. */
const weightOf = new WeakMap<Term, number>();

/** Terms of one kind stated in several sentences become one term with several evidence spans. */
function mergeTerms(terms: Term[]): Term[] {
  const out: Term[] = [];
  for (const t of terms) {
    weightOf.set(t, t.parties.length + t.money.length + t.percentages.length + t.dates.length);
  }
  const mainWeight = new Map<Term, number>();
  for (const t of terms) {
    const into = out.find((o) => compatible(o, t));
    if (!into) {
      out.push(t);
      mainWeight.set(t, weightOf.get(t) ?? 0);
      continue;
    }
    for (const p of t.parties) {
      const same = into.parties.find((q) => q.entity === p.entity);
      if (!same) into.parties.push({ ...p });
      else if (WILDCARD_ROLES.has(same.role)) same.role = p.role;
    }
    into.money = uniqBy([...into.money, ...t.money], (m) => `${m.start}`);
    into.percentages = uniqBy([...into.percentages, ...t.percentages], (m) => `${m.start}`);
    into.dates = uniqBy([...into.dates, ...t.dates], (m) => `${m.start}`);
    into.evidence.push(...t.evidence);
    // The term's own span is its most informative sentence.
    if ((weightOf.get(t) ?? 0) > (mainWeight.get(into) ?? 0)) {
      into.start = t.start;
      into.end = t.end;
      mainWeight.set(into, weightOf.get(t) ?? 0);
    }
  }
  return out;
}

function finalizeTerm(t: Term, text: string): Term {
  const evidence = [...t.evidence].sort((a, b) => a.start - b.start).map((e) => ({ start: e.start, end: e.end, text: text.slice(e.start, e.end) }));
  return { ...t, text: text.slice(t.start, t.end), evidence };
}

function toDeal(d: DealDraft, sketches: Sketch[], terms: Term[], text: string, isMain: boolean): Deal {
  const sents = dealSentences(d, sketches, isMain);
  const { status, evidence: statusEvidence } = findStatus(sents, text);
  // "for an undisclosed amount" in the deal's own sentence: no amount from elsewhere is its price.
  const saysUndisclosed = d.sketches.some((sk) => UNDISCLOSED.test(text.slice(sk.sentence.start, sk.sentence.end)));
  const value = saysUndisclosed ? findValue(d.type, d.sketches, text) : findValue(d.type, [...d.sketches, ...sents.filter((s) => !d.sketches.includes(s))], text);
  const undisclosed = !value && sents.some((sk) => UNDISCLOSED.test(text.slice(sk.sentence.start, sk.sentence.end)));
  const s = d.sketches[0].sentence;
  return {
    type: d.type,
    status,
    evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
    parties: d.parties.map((p) => ({ entity: p.entity?.id ?? null, name: p.name, role: p.role, evidence: p.evidence })),
    value,
    valueUndisclosed: undisclosed,
    statusEvidence,
    terms: terms.map((t) => finalizeTerm(t, text)),
  };
}

/** Which deal role a term role implies, per deal type: a licensing partner who pays is the licensee. */
const ROLE_FROM_TERM: Partial<Record<DealType, Partial<Record<Role, Role>>>> = {
  licensing: { payer: 'licensee', payee: 'licensor', licensee: 'licensee', licensor: 'licensor' },
};

/** Soft deal roles ("partner") made specific by what the terms say each party does. */
function refineRoles(d: DealDraft, terms: Term[]): void {
  const map = ROLE_FROM_TERM[d.type];
  if (!map) return;
  for (const p of d.parties) {
    if (!SOFT_ROLES.has(p.role) || !p.entity) continue;
    for (const t of terms) {
      const tp = t.parties.find((x) => x.entity === p.entity?.id);
      const role = tp && map[tp.role];
      if (role) {
        p.role = role;
        break;
      }
    }
  }
}

export function normalize(article: Article, mentions: Mentions, analysis: Analysis): Normalized {
  const text = article.text;
  const sketches = buildSketches(text, analysis, mentions);
  const side = findSideParties(sketches, text);
  const drafts = findDeals(sketches, text, side);
  if (!drafts.length) return { deal: null, otherDeals: [] };
  // Advisers and lenders join the deal whose parties their sentence names (else the main deal).
  for (const p of side.values()) {
    const sk = sketches.find((x) => x.sentence.start <= p.evidence.start && p.evidence.end <= x.sentence.end);
    const named = new Set(sk ? sk.slots.flatMap((x) => (x.kind === 'E' ? [x.entity.id] : [])) : []);
    const home = drafts.find((d) => d.parties.some((q) => q.entity && named.has(q.entity.id))) ?? drafts[0];
    if (!home.parties.some((q) => sameParty(p, q))) home.parties.push(p);
  }
  const terms = findTerms(sketches);
  // A term belongs to the deal whose parties it names; unbound terms go to the main deal.
  const termsOf = drafts.map(() => [] as Term[]);
  for (const t of terms) {
    const ids = new Set(t.parties.map((p) => p.entity));
    let k = drafts.findIndex((d) => d.parties.some((p) => p.entity && ids.has(p.entity.id)));
    if (k < 0) k = 0;
    termsOf[k].push(t);
  }
  for (const d of drafts) {
    // "its packaging division", later named "Frostline Packaging": keep the name.
    if (d.parties.some((p) => p.role === 'target' && p.entity)) d.parties = d.parties.filter((p) => p.role !== 'target' || p.entity);
  }
  drafts.forEach((d, i) => refineRoles(d, termsOf[i]));
  const deals = drafts.map((d, i) => toDeal(d, sketches, termsOf[i], text, i === 0));
  return { deal: deals[0], otherDeals: deals.slice(1) };
}
