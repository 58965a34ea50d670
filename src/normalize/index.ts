/**
 * The normalize stage: mentions -> the record's deal(s). Pure.
 *  1. sketch each sentence (mentions become slots: sketch.ts)
 *  2. find advisers and lenders, then deals and their parties (deals.ts, rules in roles.ts)
 *  3. find terms (term-finder.ts, rules in terms.ts) and give each to the deal it names
 *  4. read each deal's status and value (facts.ts, vocabulary in lexicon.ts)
 */
import type { Analysis } from '../extract/analysis.js';
import type { Deal, Entity, Money, Term } from '../schema/index.js';
import type { Article, Mentions } from '../types.js';
import { findDeals, findSideParties, isBackground, refineRoles, type DealDraft, bindLicenceParties } from './deals.js';
import { dealSentences, findStatus, findValue } from './facts.js';
import { isFrameName } from './frame-names.js';
import { COMPANY_ROLES, SHARED_ROLES, guessedPerson, ownerAsSeller, sameParty, type PartyFact } from './parties.js';
import { buildSketches, LazySketches, type Sketch } from './sketch.js';
import { finalizeTerm, findTerms } from './term-finder.js';

export interface Normalized {
  deal: Deal | null;
  otherDeals: Deal[];
  /** Organizations the recognizer missed that a deal frame names as parties (frame-names.ts), with
   * ids after those of `mentions.entities`: the record lists them with the others. */
  entities: Entity[];
  /** Ids of entities guessed to be persons that a deal names in a company's role: organizations. */
  retyped: Set<string>;
}

/**
 * The deal as the record gives it. A fact read in the headline (before `bodyStart` > 0) points at
 * the body: a party at its entity's first mention in the body, the price at the same amount in the
 * body, the deal at its first sentence in the body. What the body lacks keeps the headline's own
 * words when the headline is the text's first paragraph (`headlineInText`), else is left out (a
 * title read apart from the text is no part of the record's text).
 */

function toDeal(d: DealDraft, sketches: Sketch[], terms: Term[], text: string, isMain: boolean, money: Money[], bodyStart: number, headlineInText: boolean, others: ReadonlySet<Sketch> = new Set()): Deal {
  const { facts: sents, price } = dealSentences(d, sketches, isMain, bodyStart, others);
  const { status, evidence: statusEvidence } = findStatus(d, sents, text, bodyStart, headlineInText);
  const found = findValue(d, price, text, money);
  let value = found.value;
  if (value && value.start < bodyStart) {
    const v = value;
    value = money.find((m) => m.start >= bodyStart && m.value === v.value && m.currency === v.currency && !m.perShare) ?? (headlineInText ? v : null);
  }
  // A party read in the headline points at its mention in the deal's own sentences, else its first.
  const own = (m: { start: number }) => d.sketches.some((x) => x.sentence.start >= bodyStart && x.sentence.start <= m.start && m.start < x.sentence.end);
  // A party only the headline names fills a role the body leaves empty, and only in a headline with
  // capitals that mean something: in an all-caps line a word cannot be told from a name ("GROUP").
  const headlineNames = headlineInText && /\p{Ll}/u.test(text.slice(0, bodyStart));
  const inBody = (p: PartyFact) => p.evidence.start >= bodyStart || (p.entity?.mentions.some((m) => m.start >= bodyStart) ?? false);
  const parties = d.parties.flatMap((p) => {
    const body = p.evidence.start >= bodyStart ? [] : (p.entity?.mentions.filter((m) => m.start >= bodyStart) ?? []);
    // (Partners and investors come several to a deal: "Harwood and Pellor to merge" names two.)
    const alone = headlineNames && (SHARED_ROLES.has(p.role) || !d.parties.some((q) => q !== p && q.role === p.role && inBody(q)));
    const evidence = p.evidence.start >= bodyStart ? p.evidence : (body.find(own) ?? body[0] ?? (alone ? p.evidence : undefined));
    return evidence ? [{ entity: p.entity?.id ?? null, name: p.name, role: p.role, evidence }] : [];
  });
  const first = d.sketches.find((x) => x.sentence.start >= bodyStart);
  const firstParty = parties.length ? Math.min(...parties.map((p) => p.evidence.start)) : bodyStart;
  const s = first?.sentence ?? sketches.find((x) => x.sentence.end > firstParty && x.sentence.start >= bodyStart)?.sentence ?? d.sketches[0].sentence;
  return {
    type: d.type,
    status,
    evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
    parties,
    value,
    valueUndisclosed: found.undisclosed,
    statusEvidence,
    terms: terms.map((t) => finalizeTerm(t, text)),
  };
}

/**
 * `bodyStart`: where the article's body starts in `article.text` after its headline (pipeline.ts);
 * terms are read from the body only, and every fact points there when the body states it.
 * `headlineInText`: the headline is the record text's first paragraph (a plain text's title line),
 * so a fact only the headline states keeps its words there.
 */
export function normalize(article: Article, mentions: Mentions, analysis: Analysis, bodyStart = 0, headlineInText = false): Normalized {
  const text = article.text;
  const sketches = buildSketches(text, analysis, mentions);
  const published = article.publishedAt ?? null;
  const side = findSideParties(sketches, text);
  const drafts = findDeals(sketches, text, side, published, bodyStart, new LazySketches(text, analysis, mentions, true));
  if (!drafts.length) return { deal: null, otherDeals: [], entities: [], retyped: new Set() };
  // Advisers and lenders join the deal whose parties their sentence names (else the main deal).
  for (const p of side.values()) {
    const sk = sketches.find((x) => x.sentence.start <= p.evidence.start && p.evidence.end <= x.sentence.end);
    const named = new Set(sk ? sk.slots.flatMap((x) => (x.kind === 'E' ? [x.entity.id] : [])) : []);
    const home = drafts.find((d) => d.parties.some((q) => q.entity && named.has(q.entity.id))) ?? drafts[0];
    if (!home.parties.some((q) => sameParty(p, q))) home.parties.push(p);
  }
  // A term belongs to the deal whose parties it names; an unbound one to the deal last spoken of
  // before it ("That sale is expected to close in 2027"), else the main deal.
  const termsOf = drafts.map(() => [] as Term[]);
  const sentenceOf = (pos: number) => sketches.findIndex((x) => x.sentence.start <= pos && pos < x.sentence.end);
  for (const t of findTerms(bodyStart ? sketches.filter((sk) => sk.sentence.start >= bodyStart) : sketches, (sk) => isBackground(sk, published))) {
    const ids = new Set(t.parties.map((p) => p.entity));
    let k = drafts.findIndex((d) => d.parties.some((p) => p.entity && ids.has(p.entity.id)));
    if (k < 0) {
      const at = sentenceOf(t.evidence[0].start);
      let best = -1;
      drafts.forEach((d, i) => {
        const last = Math.max(-1, ...d.sketches.map((x) => x.index).filter((x) => x <= at));
        if (last > best) {
          best = last;
          k = i;
        }
      });
    }
    termsOf[Math.max(0, k)].push(t);
  }
  drafts.forEach((d, i) => {
    ownerAsSeller(d, sketches, text);
    refineRoles(d, termsOf[i]);
    bindLicenceParties(d, termsOf[i]);
  });
  // A frame name a deal kept becomes an entity of the record, numbered after the recognized ones.
  const entities: Entity[] = [];
  const renamed = new Map<string, Entity>();
  for (const d of drafts) {
    for (const p of d.parties) {
      if (!p.entity || !isFrameName(p.entity)) continue;
      let e = renamed.get(p.entity.id);
      if (!e) {
        e = { ...p.entity, id: `e${mentions.entities.length + entities.length + 1}` };
        renamed.set(p.entity.id, e);
        entities.push(e);
      }
      p.entity = e;
    }
  }
  // (So is a place that buys a whole company by its name, "Suzano agreed to buy Pellor"; a state buys a
  // stake, "Qatar agreed to buy a 10% stake in ...", and stays a place.)
  const companyPlace = (d: DealDraft, p: PartyFact) => d.type === 'acquisition' && p.role === 'acquirer' && p.entity?.type === 'place';
  const retyped = new Set(drafts.flatMap((d) => d.parties.filter((p) => (COMPANY_ROLES.has(p.role) && guessedPerson(p.entity)) || companyPlace(d, p)).map((p) => p.entity!.id)));
  const deals = drafts.map((d, i) => toDeal(d, sketches, termsOf[i], text, i === 0, mentions.money, bodyStart, headlineInText, new Set(drafts.flatMap((x) => (x === d ? [] : x.matches.map((m) => m.sk))))));
  return { deal: deals[0], otherDeals: deals.slice(1), entities, retyped };
}
