/**
 * Terms: each term rule's cue marks a sentence as stating a term; its role patterns bind parties,
 * and the amounts, percentages and dates of the cue's own clause are the term's values. A term
 * stated in several sentences becomes one term with several pieces of evidence.
 */
import { isDescription } from './descriptions.js';
import type { Role, Term, TermKind } from '../schema/index.js';
import { NEGATION } from './lexicon.js';
import { TERM_PARTY_TYPES, partiesFromMatch } from './parties.js';
import { slotOf, slotsIn, type Sketch, type Slot } from './sketch.js';
import { TERM_ROLE_OF_GROUP, TERM_RULES, type TermRule } from './terms.js';

type TermParty = Term['parties'][number];

function isNegated(sk: Sketch, cueIndex: number, cueText: string): boolean {
  if (/^non-?/i.test(cueText)) return true;
  const clause = sk.text.slice(0, cueIndex).split(/[,;:]/).pop() ?? '';
  return NEGATION.test(clause.replace(/⟨[EOMPDL]\d+⟩/g, 'X'));
}

function entitiesListedAfter(sk: Sketch): Slot[] {
  const m = /\b(?:including|such as|among them|like)\b(.*)$/i.exec(sk.text);
  return m ? slotsIn(sk, m[1], 'E').filter((s) => s.kind === 'E' && s.entity.type === 'organization' && !isDescription(s.entity)) : [];
}

/** Clause breaks inside a sentence: "..., and ...", "; ", ", while ...". */
const BREAK = /;|,\s+(?:and|but|while|whereas|plus|which|who)\b|\s+but\s+|\s+and\s+(?=(?:up to |about |an? |another )?⟨M)/g;

/** The sketch range [start, end) of the clause around position `at`. */
function clauseAround(sk: Sketch, at: number): [number, number] {
  let start = 0;
  let end = sk.text.length;
  for (const m of sk.text.matchAll(BREAK)) {
    if (m.index! + m[0].length <= at) start = m.index! + m[0].length;
    else if (m.index! >= at) {
      end = m.index!;
      break;
    }
  }
  return [start, end];
}

/** When something was said, not when the term holds: "the companies said on Tuesday", "today announced". */
const SAID_BEFORE = /\b(?:said|announced|told \S+|reported)(?: in a (?:statement|release|filing|note))?(?: on)?\s*$/i;
const SAID_AFTER = /^\s*,?\s*(?:(?:the )?(?:\w+ ){0,2})?(?:said|announced)\b|^\s*(?:\(|-\s)/i;

/** Value slots of one kind in a sketch range (dates of statements left out). */
function valuesIn(sk: Sketch, from: number, to: number, kind: 'M' | 'P' | 'D'): Slot[] {
  const out: Slot[] = [];
  for (const m of sk.text.slice(from, to).matchAll(new RegExp(`⟨${kind}\\d+⟩`, 'g'))) {
    const s = slotOf(sk, m[0]);
    if (!s) continue;
    const at = from + m.index!;
    if (kind === 'D' && (SAID_BEFORE.test(sk.text.slice(Math.max(0, at - 30), at)) || SAID_AFTER.test(sk.text.slice(at + m[0].length, at + m[0].length + 30)))) continue;
    out.push(s);
  }
  return out;
}

/** The values a term binds: those of the cue's clause, else of the sentence; after the cue for "bind: after". */
function bindValues(rule: TermRule, sk: Sketch, cueAt: number, cueEnd: number) {
  const [cs, ce] = rule.scope === 'sentence' ? [0, sk.text.length] : clauseAround(sk, cueAt);
  const pick = (kind: 'M' | 'P' | 'D') => {
    if (rule.values && !rule.values.includes(kind)) return [];
    const ranges: [number, number][] = rule.bind === 'after' ? [[cueEnd, Math.min(ce, cueEnd + 60)], [cs, ce]] : [[cs, ce]];
    for (const [a, b] of ranges) {
      const got = valuesIn(sk, a, b, kind).filter((s) => !(rule.perShare && s.kind === 'M' && !s.money.perShare));
      if (got.length) return got;
    }
    return [];
  };
  return {
    money: pick('M').flatMap((s) => (s.kind === 'M' ? [s.money] : [])),
    percentages: pick('P').flatMap((s) => (s.kind === 'P' ? [s.percent] : [])),
    dates: pick('D').flatMap((s) => (s.kind === 'D' ? [s.date] : [])),
  };
}

/** Commentary, not terms: "Operators typically keep 20% to 30%, said X, an analyst at Y". */
const COMMENTARY = /\b(?:analysts?|economists?|strategists?|commentators?|fund managers?|portfolio managers?)\b/i;

/**
 * Terms stated in the article's sentences. `background(sk)` says a sentence is about the past
 * (an earlier round, an older deal): its terms are not this deal's.
 */
export function findTerms(sketches: Sketch[], background: (sk: Sketch) => boolean = () => false): Term[] {
  const terms: Term[] = [];
  for (const sk of sketches) {
    if (COMMENTARY.test(sk.text) || background(sk)) continue;
    const seen = new Set<TermKind>();
    for (const rule of TERM_RULES) {
      if (seen.has(rule.kind)) continue;
      const cue = rule.cue.exec(sk.text);
      if (!cue) continue;
      if (rule.unless?.test(sk.text)) continue;
      if (rule.perShare && !sk.slots.some((s) => s.kind === 'M' && s.money.perShare)) continue;
      const values = bindValues(rule, sk, cue.index, cue.index + cue[0].length);
      // A term that needs an amount, a percentage or a date needs it in its own clause.
      if (rule.requires === 'M' && !values.money.length) continue;
      if (rule.requires === 'P' && !values.percentages.length) continue;
      if (rule.requires === 'D' && !values.dates.length) continue;
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
        ...values,
        evidence: [{ start: s.start, end: s.end, text: '' }],
        rule: `term:${rule.kind}`,
      });
    }
  }
  return mergeTerms(terms);
}

const WILDCARD_ROLES = new Set<Role>(['partner', 'other']);

const states = (t: Term) => t.parties.length + t.money.length + t.percentages.length + t.dates.length > 0;

function compatible(a: Term, b: Term): boolean {
  if (a.kind !== b.kind || a.negated !== b.negated) return false;
  // The same term again names one of its parties, or only repeats the cue ("a capped structure").
  const shared =
    a.parties.some((p) => p.entity && b.parties.some((q) => q.entity === p.entity)) ||
    // or, with no parties on either side, an amount or a percentage stated again ("At $31.75, the offer ...")
    (!a.parties.length && !b.parties.length && (a.money.some((m) => b.money.some((n) => n.value === m.value)) || a.percentages.some((m) => b.percentages.some((n) => n.value === m.value))));
  if (!shared && states(a) && states(b)) return false;
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

/** Terms of one kind stated in several sentences become one term with several evidence spans. */
function mergeTerms(terms: Term[]): Term[] {
  const weight = (t: Term) => t.parties.length + t.money.length + t.percentages.length + t.dates.length;
  const out: Term[] = [];
  const mainWeight = new Map<Term, number>();
  for (const t of terms) {
    const w = weight(t);
    const into = out.find((o) => compatible(o, t));
    if (!into) {
      out.push(t);
      mainWeight.set(t, w);
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
    if (w > (mainWeight.get(into) ?? 0)) {
      into.start = t.start;
      into.end = t.end;
      mainWeight.set(into, w);
    }
  }
  return out;
}

/** Fill the texts of a term's spans from the article text, evidence in text order. */
export function finalizeTerm(t: Term, text: string): Term {
  const evidence = [...t.evidence].sort((a, b) => a.start - b.start).map((e) => ({ start: e.start, end: e.end, text: text.slice(e.start, e.end) }));
  return { ...t, text: text.slice(t.start, t.end), evidence };
}
