/**
 * Deal detection: deal rules over each sentence sketch give candidates (a type and parties);
 * candidates that share parties without contradicting them make one deal.
 */
import type { DealType, Role, Term } from '../schema/index.js';
import { CueFilter } from './cue-literals.js';
import { DEAL_RULES, INVESTOR_CUES, MERGER_SIDES, SIDE_RULES, ROLE_OF_GROUP, type DealRule } from './roles.js';
import { AGENT_ROLES, PARTY_TYPES, SHARED_ROLES, SOFT_ROLES, conflicts, opensDeal, partiesFromMatch, sameParty, type PartyFact } from './parties.js';
import { RESULTS_AFTER, STATES_YEAR } from './lexicon.js';
import { isDescription, resolveDescriptions } from './descriptions.js';
import { isFrameName } from './frame-names.js';
import { type LazySketches, placeholderIndex, secondReadingDiffers, slotOf, slotsIn, type Sketch, type Slot } from './sketch.js';

/** Before a target: a clause of time that names another, earlier or later, deal ("after the purchase of"). */
const EARLIER_CLAUSE = /\b(?:after|following|since|before|besides|in addition to|on top of)\s+(?:(?:the|its|their|a|an|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:purchase|acquisition|takeover|buyout|take-private|sale|merger|deal|bid|offer)\s+(?:of|for|with)\s+(?:the\s+)?$/i;

/** A sentence that sets the deal beside an earlier event: "The deal comes a week after rival W bought
 * Q", "The move follows W's purchase of Q": what it names after that is background. */
const COMES_AFTER = /^(?:the|this|that|its|their|today's|monday's|tuesday's|wednesday's|thursday's|friday's)\s+(?:[\w-]+\s+){0,3}?(?:deal|move|acquisition|purchase|sale|merger|takeover|announcement|investment|transaction|round|news|agreement)\s+(?:[\w,'’-]+\s+){0,3}?(?:comes|came|follows|followed|arrives|arrived)\b/i;

/** A sentence's fronted clause of time, to its comma: "After W bought Q last year,", "Two years after
 * ...,", "Since ...,". */
const FRONTED_TIME = /^(?:(?:[\w-]+ ){0,3}?(?:after|since|before|following)|when|once|while) [^,;]{3,160}?, /i;
/** Where a sketch's fronted clause of time ends, or 0. */
export const frontedEnd = (sk: Sketch): number => FRONTED_TIME.exec(sk.text)?.[0].length ?? 0;
/** A trailing clause that dates what it tells by a span before the sentence's news: ", a year after he
 * led its takeover of Y", ", two months after W bought Q". */
const TRAILING_AFTER = /,\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:after|since)\b/i;
/** Where a sketch's trailing clause of time opens, or the sketch's length: a match that reaches into it
 * is background. */
export const trailingStart = (sk: Sketch): number => TRAILING_AFTER.exec(sk.text)?.index ?? sk.text.length;

/** Before a buyer: a relative clause of the target's past ("which was bought by"). */
const EARLIER_OWNER = /,\s*(?:which|that|who)\s+(?:was|were|had been|has been)\s+(?:[\w-]+\s+)?(?:bought|acquired|purchased|taken over|owned|backed|controlled|founded)\s+by\s+$/i;

/** The frames of an agreement of no stated kind (roles.ts: fallback). */
const GENERAL_RULES: ReadonlySet<string> = new Set(DEAL_RULES.filter((rule) => rule.fallback).map((rule) => rule.name));

/** A deal must open within the article's first sentences (the lead); later ones are background. */
const LEAD_SENTENCES = 5;

/** Words a sentence needs to count as prose for the lead (a headline or a lead sentence has more). */
const PROSE_WORDS = 5;
const isProse = (sk: Sketch) => (sk.text.match(/[\p{L}⟨][\p{L}\p{N}⟩'’-]*/gu)?.length ?? 0) >= PROSE_WORDS;

/** Where in a sketch a rule matched: the deal's own words, used to bind its price. */
export interface MatchSpan {
  sk: Sketch;
  from: number;
  to: number;
  /** The deal type the rule read there. */
  type: DealType;
}

/** Sentences that read a deal other than the one they would join (another target, the past): their
 * figures and status words are that deal's (facts.ts dealSentences). Keyed by the article's sketches. */
const OTHER_DEAL = new WeakSet<Sketch>();
export const readsOtherDeal = (sk: Sketch): boolean => OTHER_DEAL.has(sk);

export interface DealDraft {
  type: DealType;
  rule: string;
  sketches: Sketch[];
  matches: MatchSpan[];
  parties: PartyFact[];
}

interface Candidate {
  rule: DealRule;
  type: DealType;
  parties: PartyFact[];
  match: MatchSpan;
}

/** A hypothetical: "may buy more shares", "could attract interest", "is considering options". */
const MODAL = /\b(?:may|might|could|would consider|can)\s+(?:\w+\s+)?(?:buy|sell|acquire|seek|consider|attract|merge|bid)\b/i;

/** Names listed with a party's name ("A, B and C", "steelmaker A and shipbuilder B": a list ends in
 * "and", each name after at most three lower-case words; a comma alone is an apposition), before it ("A, B and C invested") or after it
 * ("from A, B and C", "to buy A and B"); a name that opens a clause of its own ("... and B said") or
 * owns what follows ("A and B's unit") is not one of them. */
/** Where a listed company is ("Allied Research Inc of Salem, Ore., and Consolidated Inc, of Springfield, Va."). */
const SEAT = '(?:,? (?:of|in) ⟨L\\d+⟩(?:, ⟨L\\d+⟩)?,?)?';
/** A lower-case word before a listed name ("and shipbuilder B"), not a preposition or determiner. */
const DESC_WORD = "(?:(?!(?:to|from|by|for|of|with|in|on|at|into|as|the|its|their|his|her|which|who|that)\\b)[a-z][\\w-]* )";
const CHAIN_BEFORE = new RegExp(`(?:^(?:[\\w-]+ ){0,3}|[,:;(]\\s*|\\b(?:both|including|said|says|that|(?:consortium|group|syndicate|partnership) of) )((?:⟨[EO]\\d+⟩${SEAT}(?:, |,? (?:and|&) )${DESC_WORD}{0,3})*⟨[EO]\\d+⟩${SEAT},? (?:and|&) ${DESC_WORD}{0,3})$`);
/** A list that ends in a group of no name ("A, B and several angel investors"): its names. */
const CHAIN_AFTER_OPEN = new RegExp(`^(${SEAT}(?:, ${DESC_WORD}{0,3}⟨[EO]\\d+⟩${SEAT})+),? (?:and|&) (?:[a-z][\\w-]* ){0,3}(?:investors|backers|angels|funds|firms|companies|shareholders|individuals|others|partners)\\b`);
const CHAIN_AFTER = new RegExp(`^(${SEAT}(?:(?:, |,? (?:and|&) )${DESC_WORD}{0,3}⟨[EO]\\d+⟩${SEAT})*,? (?:and|&) ${DESC_WORD}{0,3}⟨[EO]\\d+⟩)(?!'s?\\b)(?! (?:said|says|announced|agreed|will|would|has|have|had|is|are|was|were|also)\\b)`);

/** A rule's party list with the names coordinated with each named party, in the same role. */
/** An unnamed target that is "the company" ("Lindell founder Jane Brant sold the company to Harwood")
 * is the nearest company named before it in the sentence that is no other party. */
function theCompany(p: PartyFact, parties: PartyFact[], sk: Sketch, text: string): PartyFact {
  if (p.entity || p.role !== 'target' || !/^(?:company|firm|business)$/i.test(p.name) || !/\bthe\s+$/i.test(text.slice(p.evidence.start - 6, p.evidence.start))) return p;
  const named = sk.slots.filter((s): s is Extract<Slot, { kind: 'E' }> => s.kind === 'E' && s.span.end <= p.evidence.start && s.entity.type === 'organization' && !isDescription(s.entity) && !parties.some((q) => q.entity?.id === s.entity.id));
  const s = named[named.length - 1];
  return s ? { entity: s.entity, name: s.entity.name, role: p.role, evidence: s.span } : p;
}

/** After a speaker: the company spoken of as the one that acts ("said the company would buy"). */
const SPEAKS_FOR_COMPANY = /^\s*,?\s*(?:said|says|told [\w ]{1,30}?|announced)\s+(?:on \w+\s+|\w+day\s+)?(?:that\s+)?(?:the\s+(?:company|firm|group|bank|lender|retailer)|it|we)\s/i;

/** A company's person who says the company acts ("Harwood CEO Jane Roe said the company would buy
 * Y"): the agent is the company named right before the person's title, not the person. */
function speakersCompany(p: PartyFact, parties: PartyFact[], sk: Sketch, text: string): PartyFact {
  if (!p.entity || p.entity.type !== 'person' || !(AGENT_ROLES.has(p.role) || p.role === 'target')) return p;
  // (No person is bought: "Quellmark CEO Jane Roe talked about the pending sale to W" sells her company.)
  const speaks = (at: number) => p.role === 'target' || SPEAKS_FOR_COMPANY.test(text.slice(at, at + 60));
  const orgs = sk.slots.filter((s): s is Extract<Slot, { kind: 'E' }> => s.kind === 'E' && s.entity.type === 'organization' && !isDescription(s.entity) && !parties.some((q) => q.entity?.id === s.entity.id));
  // "Harwood CEO Jane Roe said the company ...": the company before the person's title.
  const before = orgs.filter((s) => s.span.end <= p.evidence.start && p.evidence.start - s.span.end <= 40).pop();
  let company = before && TITLE_BETWEEN.test(text.slice(before.span.end, p.evidence.start)) && speaks(p.evidence.end) ? before : undefined;
  // "Jane Roe, chief executive of Harwood, said the company ...": the company in the person's apposition.
  const after = orgs.find((s) => s.span.start >= p.evidence.end && s.span.start - p.evidence.end <= 50);
  // (So does a relative clause of that company: "said Jane Roe, chief executive of Harwood, which on
  // Tuesday agreed to buy Lindell": "which" is no person.)
  if (!company && after && TITLE_OF.test(text.slice(p.evidence.end, after.span.start)) && (speaks(after.span.end) || /^,\s+which\b/.test(text.slice(after.span.end, after.span.end + 10)))) company = after;
  return company ? { entity: company.entity, name: company.entity.name, role: p.role, evidence: company.span } : p;
}

/** A company's title for its person. */
const TITLE = '(?:(?:co-)?founder|chief executive(?: officer)?|ceo|chairman|chairwoman|president|chief financial officer|cfo|managing director|head|boss)';

/** Between a person and the company of the person's title: ", chief executive of ", ", the founder of ". */
const TITLE_OF = new RegExp(`^,\\s+(?:the\\s+)?${TITLE}\\s+(?:of|at)\\s+$`, 'i');

/** Between a company and its person: a title ("'s chief executive", " CEO", ", whose founder"). */
const TITLE_BETWEEN = new RegExp(`^(?:['’]s?)?\\s+${TITLE}(?:\\s+and\\s+[\\w ]{1,30}?)?,?\\s+$`, 'i');

/** Before a company: its owners ("The family behind US chain X", "The owners of X", "The family that founded X"),
 * inside one paragraph (a headline's last word before it is none of theirs). */
const OWNERS_BEFORE = /\b((?:the[^\S\n]+)?(?:[\w-]+[^\S\n]+){0,2}?(?:owners?|family|families|founders?|shareholders|backers)[^\S\n]+(?:of|behind|(?:that|who|which)[^\S\n]+(?:founded|owns|own|owned|started|built|controls|control))[^\S\n]+(?:the[^\S\n]+)?(?:[\w-]+[^\S\n]+){0,3}?)$/i;

/** After a company: its owners, by the possessive ("X's owners", "X's founding family"). */
const OWNERS_AFTER = /^['’]s?\s+(?:[\w-]+\s+)?(?:owners?|family|families|founders?|shareholders|backers)\b/i;

/**
 * "The family behind X has sold their business to W": what is sold is X, and its owners sell it
 * (an unnamed seller, in their own words).
 */
function ownersSale(parties: PartyFact[], text: string): PartyFact[] {
  const what = parties.find((p) => (!p.entity || isDescription(p.entity)) && p.role === 'target' && /^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:company|firm|business|businesses|group|chain|retailer|brand|stores|restaurants?|hotels?)$/i.test(p.name));
  const seller = parties.find((p) => p.entity && p.role === 'seller');
  if (!what || !seller) return parties;
  const owners = OWNERS_BEFORE.exec(text.slice(Math.max(0, seller.evidence.start - 80), seller.evidence.start));
  // ("X's owners have sold the company to W": the owners after the possessive.)
  const after = owners ? null : OWNERS_AFTER.exec(text.slice(seller.evidence.end, seller.evidence.end + 40));
  if (!owners && !after) return parties;
  const start = owners ? seller.evidence.start - owners[1].length : seller.evidence.start;
  const end = after ? seller.evidence.end + after[0].length : seller.evidence.end;
  // (A description's reading of the sentence that finds the owners keeps its deal: the owners are described.)
  const described: PartyFact = { entity: null, name: text.slice(start, end), role: 'seller', evidence: { start, end, text: text.slice(start, end) }, described: true };
  return parties.flatMap((p) => (p === what ? [] : p === seller ? [{ ...seller, role: 'target' as const }, described] : [p]));
}

/** After a name: it speaks ("Lindell said"), so it reports the sentence rather than belonging to a list in it. */
const SPEAKS = /^\s*(?:said|says|announced|told|confirmed)\b/;
const speaks = (s: Slot, text: string) => SPEAKS.test(text.slice(s.span.end, s.span.end + 16));

function withCoordinated(sk: Sketch, parties: PartyFact[], side: Map<string, PartyFact>, text: string): PartyFact[] {
  const out = [...parties];
  for (const p of parties) {
    if (!p.entity || isDescription(p.entity)) continue;
    const slot = sk.slots.findIndex((x) => x.kind === 'E' && x.span === p.evidence);
    if (slot < 0) continue;
    const x = sk.slots[slot];
    const ph = `⟨${x.kind === 'E' && x.object ? 'O' : 'E'}${sk.slots.slice(0, slot).filter((y) => y.kind === 'E' && !y.modifier && y.object === (x.kind === 'E' && x.object)).length}⟩`;
    const at = sk.text.indexOf(ph);
    if (at < 0) continue;
    const before = CHAIN_BEFORE.exec(sk.text.slice(Math.max(0, at - 200), at));
    const next = sk.text.slice(at + ph.length, at + ph.length + 200);
    const after = CHAIN_AFTER.exec(next) ?? CHAIN_AFTER_OPEN.exec(next);
    for (const chain of [before?.[1], after?.[1]]) {
      if (!chain) continue;
      for (const s of slotsIn(sk, chain, 'E')) {
        if (s.kind !== 'E' || !PARTY_TYPES.has(s.entity.type) || isDescription(s.entity) || side.has(s.entity.id) || speaks(s, text)) continue;
        const fact: PartyFact = { entity: s.entity, name: s.entity.name, role: p.role, evidence: s.span };
        if (!out.some((q) => sameParty(q, fact))) out.push(fact);
      }
    }
  }
  return out;
}

/** A target that only points back ("it", "the business"): what the sentence bought before the frame. */
const POINTS_BACK = /^(?:it|(?:the )?(?:business|company|firm|unit|division|brand|chain|stake|operation|operations))$/i;
const pointsBack = (p: PartyFact, text: string) => p.role === 'target' && !p.entity && POINTS_BACK.test(p.name) && (/^(?:it|the)\b/i.test(p.name) || /\bthe\s+$/i.test(text.slice(Math.max(0, p.evidence.start - 4), p.evidence.start)));

/**
 * "Two years after buying Quellmark, Harwood is selling it to Brant", "After Harwood bought
 * Quellmark, it is selling the business to Brant": a target that points back is the company the
 * sentence's fronted clause of time names that is none of the deal's parties (the last such).
 */
function earlierObject(parties: PartyFact[], sk: Sketch, front: number, text: string): PartyFact[] {
  const i = parties.findIndex((p) => pointsBack(p, text));
  if (i < 0 || front <= 0) return parties;
  const end = sk.map[front] ?? sk.sentence.start;
  let found: Slot | undefined;
  for (const slot of sk.slots) {
    if (slot.span.start >= end) break;
    if (slot.kind === 'E' && slot.entity.type === 'organization' && !isDescription(slot.entity) && !parties.some((p) => p.entity?.id === slot.entity.id)) found = slot;
  }
  if (!found || found.kind !== 'E') return parties;
  const { entity, span } = found;
  return parties.map((p, k) => (k === i ? { entity, name: entity.name, role: 'target', evidence: span } : p));
}

/** A sale by an earlier deal's buyer of a target that points back: that deal's target is sold. */
function resale(deals: DealDraft[], parties: PartyFact[], text: string): { past: DealDraft; parties: PartyFact[] } | null {
  const seller = parties.find((p) => p.role === 'seller' && p.entity);
  const i = parties.findIndex((p) => pointsBack(p, text));
  if (!seller || i < 0 || !parties.some((p) => p.role === 'acquirer' && p.entity && !sameParty(p, seller))) return null;
  for (const past of deals) {
    if (past.type !== 'acquisition' || !past.parties.some((p) => p.role === 'acquirer' && sameParty(p, seller))) continue;
    const targets = past.parties.filter((p) => p.role === 'target' && p.entity);
    if (targets.length !== 1) continue;
    return { past, parties: parties.map((p, k) => (k === i ? { ...targets[0], evidence: p.evidence } : p)) };
  }
  return null;
}

/** After a name: the kind of part of a company it names ("Harwood unit", "Harwood's chemicals division"). */
const UNIT_AFTER = /^(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:unit|division|subsidiary|arm|business|brand|chain|operations?|assets|stake|plant|mill)\b/i;

/** Two parties that are one recognized entity. */
const oneEntity = (p: PartyFact, q: PartyFact) => !!p.entity && !!q.entity && p.entity.id === q.entity.id;

/** Deals between partners, where nothing changes hands. */
const PARTNER_TYPES = new Set<DealType>(['joint_venture', 'partnership']);
/** Roles of what changes hands and who gives it up. */
const TRADED_ROLES = new Set<Role>(['target', 'seller']);

/** The side a licensor or investor deals with: never the agent itself. */
const COUNTER_ROLES = new Set<Role>(['licensee', 'investee']);

/** All deal-rule matches of one sentence, in rule order, with coordinated clauses sharing a subject. */
/** `cued.any` is set when some rule's cue is in the sentence (its second reading, which only puts
 * slots over names and noun phrases, then finds no trigger word either). */
function sentenceCandidates(sk: Sketch, text: string, side: Map<string, PartyFact>, cued?: { any: boolean }): Candidate[] {
  const out: Candidate[] = [];
  // A rule's cue is tried first (once per sentence for rules that share it): most sentences lack
  // most cues, and the cue costs a fraction of the pattern, whose party slots and gaps backtrack.
  // may[k]: 0 the cue cannot match (none of its words is there), 1 not tried yet, 2 found, 3 not found.
  const may = cuesOf(sk);
  // Matches in the order they start in the sentence (rule order among equals): the first clause's
  // subject is the one a coordinated clause shares.
  let matches: { rule: DealRule; m: RegExpExecArray; order: number }[] = [];
  const front = frontedEnd(sk);
  for (let order = 0; order < DEAL_RULES.length; order++) {
    const rule = DEAL_RULES[order];
    const k = DEAL_CUE[order];
    if (may[k] === 1) may[k] = rule.cue.test(sk.text) ? 2 : 3;
    if (may[k] !== 2) continue;
    if (cued) cued.any = true;
    const m = rule.pattern.exec(sk.text);
    if (m) matches.push({ rule, m, order });
    // A frame inside a fronted clause of time: the main clause after it may hold a frame of its own.
    if (m && front > 0 && m.index + m[0].length <= front) {
      const rest = rule.pattern.exec(sk.text.slice(front));
      if (rest) {
        rest.index += front;
        matches.push({ rule, m: rest, order });
      }
    }
  }
  matches.sort((a, b) => a.m.index - b.m.index || a.order - b.order);
  // A fallback frame reads the sentence only when nothing more specific does.
  if (matches.some((x) => !x.rule.fallback)) matches = matches.filter((x) => !x.rule.fallback);
  for (const { rule, m } of matches) {
    let type = rule.majority && slotsIn(sk, m[0], 'P').some((p) => p.kind === 'P' && p.percent.value >= 50) ? rule.majority : rule.type;
    let parties = partiesFromMatch(m, sk, text, ROLE_OF_GROUP, PARTY_TYPES, true).filter((p) => !(p.entity && side.has(p.entity.id)));
    if (rule.list) {
      const rest = sk.text.slice(m.index + m[0].length);
      const at = rule.list.after.exec(rest);
      // (The names of the list only, first soon after the cue, then joined by a comma or "and": not a name
      // further on, "..., a freight company that has been a Parcelwise customer".)
      const list = at ? INVESTOR_LIST.exec(rest.slice(at.index + at[0].length)) : null;
      if (list) {
        for (const slot of slotsIn(sk, list[1], 'E')) {
          if (slot.kind !== 'E' || !PARTY_TYPES.has(slot.entity.type) || side.has(slot.entity.id) || isDescription(slot.entity)) continue;
          // (The speaker after the list is none of it: "..., with Brant and Kestrel, Lindell said".)
          if (speaks(slot, text)) continue;
          const fact: PartyFact = { entity: slot.entity, name: slot.entity.name, role: rule.list.role, evidence: slot.span };
          if (!parties.some((p) => sameParty(p, fact))) parties.push(fact);
        }
      }
    }
    parties = ownersSale(withCoordinated(sk, parties, side, text).map((p) => speakersCompany(theCompany(p, parties, sk, text), parties, sk, text)), text);
    parties = earlierObject(parties, sk, front, text);
    if (!opensDeal(parties)) continue;
    // An unnamed target named in the same match ("its heat transfer business, Southwestern Engineering Co,") is that name.
    if (parties.some((p) => p.role === 'target' && p.entity)) parties = parties.filter((p) => p.role !== 'target' || p.entity);
    // A seller that sells itself by name ("X has ended talks with W for the sale of X to W"), not a unit
    // named after it ("its X unit"): the company is what is bought.
    const itself = parties.find((p) => p.role === 'seller' && parties.some((q) => q.role === 'target' && oneEntity(p, q) && !UNIT_AFTER.test(text.slice(q.evidence.end, q.evidence.end + 30))));
    if (itself && type === 'divestiture') {
      parties = parties.filter((p) => p !== itself);
      type = 'acquisition';
    }
    // One entity on both sides (a unit read as its parent): keep the side that acts.
    parties = parties.filter((p) => !(p.role === 'target' && parties.some((q) => q !== p && oneEntity(p, q))));
    // A licensee or investee that is its own licensor or investor is a misreading of the sentence
    // ("X signed a licensing agreement with Y, giving it the right to use X's technology"): another
    // frame of it may read it.
    if (parties.some((p) => COUNTER_ROLES.has(p.role) && parties.some((q) => q !== p && AGENT_ROLES.has(q.role) && oneEntity(p, q)))) continue;
    const first = out[0];
    if (first && conflicts(first.parties, parties)) {
      // "X agreed to buy Y ... while selling its unit to W": the second clause's agent is X, not Y.
      const subject = first.parties.find((p) => AGENT_ROLES.has(p.role) || SOFT_ROLES.has(p.role));
      if (!subject) continue;
      parties = parties.map((p) => (AGENT_ROLES.has(p.role) && first.parties.some((q) => sameParty(p, q)) ? { ...subject, role: p.role } : p));
      if (conflicts(first.parties.filter((p) => p !== subject), parties)) continue;
    }
    const same = out.find((o) => o.type === type && o.parties.every((p) => parties.some((q) => sameParty(p, q))));
    if (same) {
      // A later frame of the same deal that fills a role the first left empty ("to buy a gypsum plant
      // from W" after "to buy ... from W"): that party joins the first.
      // (What is sold and who sells it: the sentence's first frame has read its agent.)
      for (const p of parties) if ((p.role === 'target' || p.role === 'seller') && !same.parties.some((q) => sameParty(p, q) || q.role === p.role)) same.parties.push(p);
      continue;
    }
    out.push({ rule, type, parties, match: { sk, from: m.index, to: m.index + m[0].length, type } });
  }
  return out;
}

const named = (ps: PartyFact[]) => ps.filter((p) => p.entity);
const targetsOf = (ps: PartyFact[]) => ps.filter((p) => p.role === 'target' && p.entity).map((p) => p.entity!.id);

/** Before an unnamed party's words: an indefinite article and at most three modifiers ("a maker",
 * "an Ohio-based toolmaker"), not a phrase that goes on to another noun ("a stake in its unit"). */
const INDEFINITE_BEFORE = /\b(?:a|an)\s+(?:(?!(?:of|in|its|the|their|his|her|for|from|to|and|stake|share|shares|majority|minority)\b)[\w$£€.,%'’-]+\s+){0,3}$/i;

/** Whether a candidate adds to an existing deal rather than opening another. */
function belongs(d: DealDraft, c: Candidate, text: string): boolean {
  if (!d.parties.some((p) => c.parties.some((q) => q.entity && sameParty(p, q)))) return false;
  if (conflicts(d.parties, c.parties)) return false;
  // Another sentence naming another target is another deal ("it sold its retail arm in 2024").
  const had = targetsOf(d.parties);
  const brings = targetsOf(c.parties).filter((t) => !had.includes(t));
  if (had.length && brings.length && !d.sketches.includes(c.match.sk)) return false;
  // So is an unnamed target another sentence introduces with "a" ("It bought a maker of sterilizers
  // for $450 million in 2021"): an indefinite phrase brings in something new, not the named target.
  if (d.parties.some((p) => p.role === 'target') && !d.sketches.includes(c.match.sk) && c.parties.some((p) => p.role === 'target' && !p.entity && INDEFINITE_BEFORE.test(text.slice(Math.max(0, p.evidence.start - 60), p.evidence.start)))) return false;
  // Another buyer of the same target named in another sentence is a rival bid, not a co-buyer
  // ("rejected a counter-proposal from Y").
  const buyers = (ps: PartyFact[]) => ps.filter((p) => p.role === 'acquirer' && p.entity);
  if (!d.sketches.includes(c.match.sk) && buyers(d.parties).length && buyers(c.parties).some((p) => !d.parties.some((q) => sameParty(p, q)))) return false;
  return true;
}

/** A sentence about the past: it dates itself to a year before publication. With `stated`, only
 * a date that states its year counts ("in 1985", "last year"): a bare "March 31" or "last December"
 * has an inferred year, so it does not make a deal sentence background (deals are recent news).
 * A date whose months start within RECENT_MONTHS of publication is recent news too, whatever its
 * year ("late last year" in a January story, "December 2013" in one of January 2014). */
export function isBackground(sk: Sketch, published: string | null, stated = false, match?: { from: number; to: number }): boolean {
  const year = published && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : null;
  if (year === null) return false;
  const now = monthIndex(published!);
  const asides = match ? relativeAsides(sk.text).filter(([, b]) => match.to > b) : [];
  let d = -1;
  return sk.slots.some((s) => {
    if (s.kind !== 'D') return false;
    d++;
    // (A date in a relative clause set off by commas, which the deal's words go on past, dates that
    // clause: "X, which sold its licence in 2017 and has since been seeking an acquisition, agreed to
    // buy Y".)
    if (asides.length) {
      const at = sk.text.indexOf(`⟨D${d}⟩`);
      if (asides.some(([a, b]) => at >= a && at < b)) return false;
    }
    if (!(/^\d{4}/.test(s.date.value) && Number(s.date.value.slice(0, 4)) < year && (!stated || STATES_YEAR.test(s.date.text)) && s.date.relation !== 'until' && s.date.relation !== 'by' && s.date.relation !== 'since')) return false;
    const from = monthIndex(s.date.range?.start ?? s.date.value);
    if (now !== null && from !== null && now - from <= RECENT_MONTHS) return false;
    // A year naming the period of reported results ("lower 1986 net profit") dates the results, not the deal.
    const at = sk.text.indexOf(`⟨D${d}⟩`);
    return !(stated && at >= 0 && RESULTS_AFTER.test(sk.text.slice(at + `⟨D${d}⟩`.length, at + 60)));
  });
}

/** Relative clauses set off by commas after a name (", which sold ... in ⟨D0⟩ and has since ...," after ⟨E0⟩),
 * and participles of its founding (", founded in ⟨D0⟩ by two engineers,"):
 * [start, end) in the sketch text. */
function relativeAsides(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/(?<=⟨[EO]\d+⟩(?:['’]s?)?), (?:(?:which|who) |(?:founded|established|incorporated|formed|launched|created|started|set up|spun (?:off|out)) (?:in|on|by|as)\b)[^,;]{3,200},/g)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

/** How many months before publication a dated sentence is still news of the day. */
const RECENT_MONTHS = 4;
/** Months since year 0 of an ISO date that states its month ("2013-09", "2014-01-21"), else null. */
function monthIndex(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

/** Which cues a sentence may hold, read in one pass over it (cue-literals.ts). */
const CUES = new CueFilter([...DEAL_RULES.map((rule) => rule.cue), ...SIDE_RULES.map((rule) => rule.cue)]);
const DEAL_CUE = DEAL_RULES.map((rule) => CUES.indexOf(rule.cue));
/** A sentence's scan, kept for the sentence: the side parties and the deal rules read the same ones.
 * sentenceCandidates writes what each cue's test gave into it (a function of the sketch's text). */
const scanned = new WeakMap<Sketch, Uint8Array>();
function cuesOf(sk: Sketch): Uint8Array {
  let may = scanned.get(sk);
  if (!may) scanned.set(sk, (may = CUES.scan(sk.text).slice()));
  return may;
}

/** The side rules with the global flag, compiled once (matchAll works on its own copy). */
const SIDE_RULES_ALL = SIDE_RULES.map((rule) => ({ role: rule.role, cue: rule.cue, k: CUES.indexOf(rule.cue), pattern: new RegExp(rule.pattern.source, 'gi') }));

/** Advisers and lenders named anywhere in the article, by entity id (first mention's evidence). */
export function findSideParties(sketches: Sketch[], text: string): Map<string, PartyFact> {
  const out = new Map<string, PartyFact>();
  for (const sk of sketches) {
    const may = cuesOf(sk);
    for (const rule of SIDE_RULES_ALL) {
      if (may[rule.k] === 1) may[rule.k] = rule.cue.test(sk.text) ? 2 : 3;
      if (may[rule.k] !== 2) continue;
      for (const m of sk.text.matchAll(rule.pattern)) {
        for (const p of partiesFromMatch(m as RegExpExecArray, sk, text, { x: rule.role })) {
          if (p.entity && p.entity.type === 'organization' && !out.has(p.entity.id)) out.set(p.entity.id, p);
        }
      }
    }
  }
  return out;
}

/**
 * The deals of an article. A headline (the sketches before `bodyStart`) restates the deal in few
 * words and drops what the body spells out ("X buys Y unit"), so the body is read first: the
 * headline opens the deal only when the body opens none, and otherwise adds to the main deal what
 * it names that does not contradict it.
 */
export function findDeals(sketches: Sketch[], text: string, side: Map<string, PartyFact>, published: string | null, bodyStart = 0, described?: LazySketches): DealDraft[] {
  // The second reading (descriptions and frame names as slots) is built only as far as a lead
  // sentence with a deal cue that finds no frame in the first asks for it: most articles never need
  // it, and none needs it past the lead unless a description is to be resolved.
  // A description that fills a party ("a consortium of investors") becomes the names it stands for.
  // A deal that only a reading with descriptions opened stands only if one of them resolved to a
  // name, and it names two sides ("the bank bought bills" is no deal).
  const resolved = (deals: DealDraft[]) => {
    if (!described?.built.length) return deals;
    const resolving = deals.some((d) => d.parties.some((p) => isDescription(p.entity)));
    const second = resolving ? described.all() : described.built;
    // An unnamed buyer that stands for no name leaves the deal to its named sides: a seller and what
    // it sells ("X sold its Sycamore division to an investment group that includes its managers").
    const unnamedBuyer = new Set(deals.filter((d) => d.parties.some((p) => p.role === 'acquirer' && isDescription(p.entity) && !p.entity.description.definite)));
    for (const d of deals) resolveDescriptions(d, second, text);
    // A deal whose description resolved to a side of an earlier deal of its kind is that deal ("Y
    // has been acquired. The Denver-based maker said it had been bought by W").
    for (let j = deals.length - 1; j > 0; j--) {
      const later = deals[j];
      if (!later.parties.some((p) => p.described)) continue;
      const into = deals.slice(0, j).find((d) => d.type === later.type && d.parties.some((p) => p.entity && later.parties.some((q) => q.described && sameParty(p, q))) && !conflicts(d.parties, later.parties));
      if (!into) continue;
      for (const p of later.parties) if (!into.parties.some((q) => sameParty(p, q) || (q.role === p.role && !SHARED_ROLES.has(p.role)))) into.parties.push(p);
      // (What the later deal resolved stands resolved in the earlier one too.)
      for (const q of later.parties) if (q.described) for (const x of into.parties) if (sameParty(x, q)) x.described = true;
      into.sketches.push(...later.sketches.filter((sk) => !into.sketches.includes(sk)));
      into.matches.push(...later.matches);
      deals.splice(j, 1);
    }
    const sides = (d: DealDraft) => unnamedBuyer.has(d) && d.parties.some((p) => p.entity && p.role === 'seller') && d.parties.some((p) => p.role === 'target');
    return deals.filter((d) => d.parties.length > 0 && !(d.matches[0].sk === second[d.matches[0].sk.index] && (!d.parties.some((p) => p.described || isFrameName(p.entity)) || d.parties.length < 2 || !d.parties.some((p) => p.entity && !isFrameName(p.entity) && !isDescription(p.entity))) && !sides(d)));
  };
  const head = sketches.filter((sk) => sk.sentence.start < bodyStart);
  // A first line set as a headline (no full stop) whose deal names companies that no later sentence
  // names, above an article of three sentences or more, is another story's headline run into this
  // one ("Brant Capital agrees to buy Quell Systems for $90 million" over an article about a merger vote).
  const strayFirstLine = (d: DealDraft) => {
    const top = sketches[0];
    if (!top || sketches.length < 4 || /[.!?]["”’)]?\s*$/.test(text.slice(top.sentence.start, top.sentence.end)) || !d.matches.every((m) => m.sk === top)) return false;
    const named = d.parties.filter((p) => p.entity && !isDescription(p.entity));
    return named.length > 0 && named.every((p) => p.entity!.type === 'organization' && !p.entity!.mentions.some((m) => m.start >= top.sentence.end));
  };
  if (!head.length) return salientFirst(resolved(findDealsIn(sketches, text, side, published, described))).filter((d) => !strayFirstLine(d));
  const body = sketches.filter((sk) => sk.sentence.start >= bodyStart);
  const deals = salientFirst(resolved(findDealsIn(body, text, side, published, described)));
  // (A headline whose named sides the body never names, while it names companies of its own, is
  // another story's headline: its deal is none of this article's.)
  const bodyNames = new Set(body.flatMap((sk) => sk.slots.flatMap((x) => (x.kind === 'E' && x.entity.type === 'organization' && !isDescription(x.entity) ? [x.entity.id] : []))));
  const stray = (d: DealDraft) => {
    const named = d.parties.filter((p) => p.entity && !isDescription(p.entity));
    return bodyNames.size > 0 && named.length > 0 && named.every((p) => !bodyNames.has(p.entity!.id) && !p.entity!.mentions.some((m) => m.start >= bodyStart));
  };
  if (!deals.length) return salientFirst(resolved(findDealsIn(sketches, text, side, published, described))).filter((d) => !stray(d));
  const main = deals[0];
  // The body's frame is a general one ("X reached an agreement with Y"): a headline that says what
  // kind of deal it is ("X to Acquire Y") gives the type and the roles of the sides it shares.
  const general = DEAL_RULES.find((rule) => rule.name === main.rule)?.fallback === true;
  for (const sk of head) {
    for (const c of sentenceCandidates(sk, text, side)) {
      if (general && !c.rule.fallback && c.type !== main.type && belongs(main, c, text)) {
        main.type = c.type;
        main.rule = c.rule.name;
        for (const p of c.parties) {
          const q = main.parties.find((x) => sameParty(x, p));
          if (q) q.role = p.role;
          else if (p.entity) main.parties.push(p);
        }
        main.sketches.push(sk);
        main.matches.push(c.match);
        continue;
      }
      if (c.type !== main.type || !belongs(main, c, text)) continue;
      // Only a side the body left unnamed: a second buyer in the headline is a parent or another
      // form of the same name ("RIO TINTO" for Rio Tinto-Zinc Corp PLC) more often than a co-buyer.
      const adds = c.parties.filter((p) => p.entity && !isDescription(p.entity) && !main.parties.some((q) => sameParty(p, q) || (q.entity && q.role === p.role)));
      if (!adds.length) continue;
      main.parties.push(...adds);
      main.sketches.push(sk);
      main.matches.push(c.match);
    }
  }
  return deals;
}

/**
 * The article's deal first: a first deal none of whose named parties the text names outside its own
 * sentences is another story's (a stray headline of a scraped page, "Brant Capital agrees to buy
 * Quell Systems" above the article), when a later deal of other parties is named again: that deal
 * comes first, the stray one last.
 */
function salientFirst(deals: DealDraft[]): DealDraft[] {
  if (deals.length < 2) return deals;
  const namedElsewhere = (d: DealDraft) =>
    d.parties.some((p) => p.entity && !isDescription(p.entity) && p.entity.mentions.some((m) => !d.sketches.some((sk) => m.start >= sk.sentence.start && m.start < sk.sentence.end)));
  const first = deals[0];
  if (namedElsewhere(first) || !first.parties.some((p) => p.entity && !isDescription(p.entity))) return deals;
  // (Only for a deal of other parties: "Leonard Chavin raised his stake" and "Chavin bought shares"
  // are one story, whatever the entities made of the two names.)
  const words = (d: DealDraft) => new Set(d.parties.flatMap((p) => p.name.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 3)));
  const own = words(first);
  const k = deals.findIndex((d, i) => i > 0 && namedElsewhere(d) && ![...words(d)].some((w) => own.has(w)));
  return k < 0 ? deals : [deals[k], ...deals.slice(1, k), ...deals.slice(k + 1), first];
}

/**
 * `described`: the same sentences with descriptions as slots. A lead sentence that no rule reads
 * with names alone is read again with them ("A consortium of Italian investors has agreed to buy
 * Gelit"), so that a description never stands in the way of a name a rule would have read.
 */
function findDealsIn(sketches: Sketch[], text: string, side: Map<string, PartyFact>, published: string | null, described?: LazySketches): DealDraft[] {
  const deals: DealDraft[] = [];
  // A sentence's place in the lead counts the prose before it: page furniture and scraps ("Listen
  // to this article", "/cdn.", a photo credit) push no lead sentence out of the lead.
  let prose = 0;
  const place = new Map<Sketch, number>();
  for (const sk of sketches) {
    place.set(sk, prose);
    if (isProse(sk)) prose++;
  }
  for (const sk of sketches) {
    // No deal opened in the lead: no later sentence can open one or add to one, so the rules need
    // not run on the rest of the article (most of an article that is not deal news).
    if (deals.length === 0 && place.get(sk)! >= LEAD_SENTENCES) break;
    // (A past year in the sentence is checked again for each frame: a relative clause's date dates only it.)
    const comesAfter = COMES_AFTER.test(sk.text);
    const datedPast = isBackground(sk, published, true);
    const cued = { any: false };
    let candidates = sentenceCandidates(sk, text, side, cued);
    // (Frames that only join a deal read nothing where no deal is open yet: "The truck maker said it
    // had been bought by W" is read again, with the description.)
    const opensNone = !candidates.length || (deals.length === 0 && candidates.every((c) => c.rule.joins));
    // (So is a round whose frame names its investors only, when the reading with descriptions names the
    // company too: "The Seattle company said it raised $110 million in a round led by X".)
    const investorsOnly = !opensNone && deals.length === 0 && candidates.every((c) => c.type === 'funding_round' && c.parties.every((p) => p.role === 'investor'));
    if ((opensNone || investorsOnly) && cued.any && described && place.get(sk)! < LEAD_SENTENCES && secondReadingDiffers(text, sk)) {
      const again = sentenceCandidates(described.at(sk.index)!, text, side);
      if (again.length && (!investorsOnly || again.some((c) => c.parties.some((p) => p.role === 'investee')))) candidates = again;
    }
    // A deal in a fronted clause of time ("After W bought Q last year, X agreed to buy Y") is the
    // past the sentence's own deal, in its main clause, follows.
    const front = frontedEnd(sk);
    const mainToo = front > 0 && candidates.some((c) => c.match.from >= front);
    const trailing = trailingStart(sk);
    for (const c of candidates) {
      const { type, parties } = c;
      const background = comesAfter || (datedPast && isBackground(sk, published, true, c.match)) || (mainToo && c.match.to <= front) || c.match.to > trailing;
      // A fallback frame only opens a deal where none is yet: it adds no party to another.
      if (c.rule.fallback && deals.length) continue;
      // "Harwood bought Quellmark in 2019. It is now selling the business to Brant": the buyer of a deal
      // before sells what that deal bought; the sale is the news, the purchase its past.
      const resold = resale(deals, parties, text);
      if (resold) {
        deals.splice(deals.indexOf(resold.past), 1);
        deals.unshift({ type, rule: c.rule.name, sketches: [sk], matches: [c.match], parties: resold.parties }, resold.past);
        continue;
      }
      // "The round was led by X": a sentence right after a deal of the same type, naming only one
      // side, continues that deal.
      const last = deals[deals.length - 1];
      const continues = last && (last.type === type || c.rule.anyType === true) && sk.index - last.sketches[last.sketches.length - 1].index <= 2 && new Set(parties.map((p) => p.role)).size === 1;
      const home = deals.find((d) => belongs(d, c, text)) ?? (continues ? last : undefined);
      // (A side of "the" deal named further on joins the first deal, and adds only that side: "The
      // seller was W, which had listed it at an asking price of $8.2 million".)
      if (!home && c.rule.theDeal && deals.length && place.get(sk)! < LEAD_SENTENCES + 3) {
        for (const p of parties) if (!deals[0].parties.some((q) => sameParty(p, q) || q.role === p.role)) deals[0].parties.push(p);
        continue;
      }
      if (c.rule.joins && !home) continue;
      // (A frame that names a target joins only a deal whose target is still unnamed, and names it.)
      if (home && c.rule.namesTarget) {
        if (home.parties.some((p) => p.role === 'target') && !home.parties.some((p) => p.role === 'target' && p.entity)) {
          home.parties = [...home.parties.filter((p) => p.role !== 'target'), ...parties.filter((p) => p.role === 'target')];
        }
        continue;
      }
      // (A frame about the target's owner joins only a deal with that target, and adds only its new side:
      // the sentence tells of the owner, not of the deal's status or price.)
      if (home && c.rule.sameTarget) {
        if (parties.some((p) => p.role === 'target' && home.parties.some((q) => q.role === 'target' && sameParty(p, q)))) {
          for (const p of parties) if (p.role !== 'target' && !home.parties.some((q) => sameParty(p, q))) home.parties.push(p);
        }
        continue;
      }
      if (home) {
        // A sentence about the past adds no target ("it sold its retail arm last year"); nor does an
        // earlier deal in a clause of time beside the deal's own ("..., its second deal after the
        // purchase of Brant in March") where the deal has its target.
        if (background && parties.some((p) => p.role === 'target' && !home.parties.some((q) => sameParty(p, q)))) continue;
        if (home.parties.some((q) => q.role === 'target' && q.entity) && parties.some((p) => p.role === 'target' && p.entity && !home.parties.some((q) => sameParty(p, q)) && EARLIER_CLAUSE.test(sk.text.slice(0, Math.max(0, placeholderIndex(sk, p.evidence)))))) continue;
        // Nor a buyer named in a relative clause of the target's past ("Y, which was bought by W in
        // 2015, is being sold to X"): W owned it before, X buys it now.
        if (home.parties.some((q) => q.role === 'acquirer' && q.entity) && parties.some((p) => p.role === 'acquirer' && p.entity && !home.parties.some((q) => sameParty(p, q)) && EARLIER_OWNER.test(sk.text.slice(0, Math.max(0, placeholderIndex(sk, p.evidence)))))) continue;
        if (!home.sketches.includes(sk)) home.sketches.push(sk);
        home.matches.push(c.match);
        // A "merger agreement" in which one side buys the other is an acquisition.
        // (Not a merger of equals, whatever a later clause says about who owns what.)
        const equals = home.sketches.some((x) => /\bmerger of equals\b/i.test(x.text));
        if (!equals && home.type === 'merger' && type === 'acquisition' && parties.every((p) => home.parties.some((q) => sameParty(p, q)))) home.type = 'acquisition';
        // So is an agreement of no stated kind between the same two ("reached a definitive agreement with
        // Y ... under which X will buy Y"): the frame that names the kind gives the type and the roles.
        if (home.type !== type && GENERAL_RULES.has(home.rule) && !c.rule.fallback && !c.rule.joins && parties.length >= 2 && parties.every((p) => home.parties.some((q) => sameParty(p, q)))) {
          home.type = type;
          for (const p of parties) home.parties.find((q) => sameParty(q, p))!.role = p.role;
        }
        // A frame of another kind adds no one in a soft role ("the combination of Cura and Apotek" in
        // an acquisition): its partners are the deal's subject, not new sides of it.
        // Nor does it add what a partner buys or sells to a venture or partnership ("form a joint venture
        // with Y ... X recently acquired a mothballed battery factory").
        for (const p of parties) if (!home.parties.some((q) => sameParty(p, q)) && !(type !== home.type && (SOFT_ROLES.has(p.role) || (PARTNER_TYPES.has(home.type) && TRADED_ROLES.has(p.role))))) home.parties.push(p);
        // A specific role replaces a soft one ("partner" in a headline, "acquirer" in the body).
        for (const p of parties) {
          const q = home.parties.find((x) => sameParty(x, p));
          if (q && SOFT_ROLES.has(q.role) && !SOFT_ROLES.has(p.role) && home.type === type && !equals) q.role = p.role;
        }
        // A named target replaces "its packaging division" once the article names it.
        if (home.parties.some((p) => p.role === 'target' && p.entity)) home.parties = home.parties.filter((p) => p.role !== 'target' || p.entity);
        continue;
      }
      // (A sentence that names someone new in another deal or in the past is that deal's.)
      // (Not a name a deal's description may stand for: "will be bought by a Midwestern lender.
      // Harwood Bancorp said it would pay $410 million".)
      const newcomer = parties.some((p) => p.entity && !isDescription(p.entity) && !deals.some((d) => d.parties.some((q) => sameParty(p, q) || (q.role === p.role && q.entity !== null && isDescription(q.entity)))));
      if (background) {
        if (newcomer) OTHER_DEAL.add(sk);
        continue;
      }
      if (deals.length === 0) {
        if (place.get(sk)! < LEAD_SENTENCES) deals.push({ type, rule: c.rule.name, sketches: [sk], matches: [c.match], parties });
        continue;
      }
      if (newcomer) OTHER_DEAL.add(sk);
      // A second deal in the same article: in its first half, with two named sides, stated as fact.
      if (place.get(sk)! < Math.max(LEAD_SENTENCES, prose / 2) && named(parties).length >= 2 && !MODAL.test(sk.text)) {
        deals.push({ type, rule: c.rule.name, sketches: [sk], matches: [c.match], parties });
      }
    }
  }
  for (const d of deals) {
    // ("it" that points back to nothing is no target)
    d.parties = d.parties.filter((p) => !(p.role === 'target' && !p.entity && /^it$/i.test(p.name)));
    // One unnamed target written twice ("radio stations" in the headline, "its 12 radio stations"
    // in the body): the fuller words are kept.
    d.parties = d.parties.filter((p) => !(p.role === 'target' && !p.entity && d.parties.some((q) => q !== p && q.role === 'target' && !q.entity && q.name.length > p.name.length && q.name.toLowerCase().endsWith(` ${p.name.toLowerCase()}`))));
    directMerger(d, sketches);
    if (d.type === 'funding_round' || d.type === 'investment') addInvestors(d, sketches, side, text);
    if (d.type === 'funding_round') speakerFunded(d);
  }
  return deals;
}

/** A round's sentence reported by a company that is none of its investors ("The $30 million round,
 * led by A, included B and C, Lindell said"): the company raised it. */
function speakerFunded(d: DealDraft): void {
  if (d.parties.some((p) => p.role === 'investee')) return;
  for (const sk of d.sketches) {
    const m = /, (⟨E\d+⟩) (?:said|says|announced)\b[^⟨]*$/.exec(sk.text);
    const slot = m && slotOf(sk, m[1]);
    if (!slot || slot.kind !== 'E' || slot.entity.type !== 'organization' || isDescription(slot.entity) || d.parties.some((p) => p.entity?.id === slot.entity.id)) continue;
    d.parties.push({ entity: slot.entity, name: slot.entity.name, role: 'investee', evidence: slot.span });
    return;
  }
}

/** An investor list after its cue: the first name soon after it, then names joined by a comma or "and". */
const INVESTOR_LIST = new RegExp(`^(?:[^⟨;.]{0,40}?)(⟨[EO]\\d+⟩(?:(?:,? and |, |,? & |,? as well as |,? plus |,? along with |,? with )${DESC_WORD}{0,3}⟨[EO]\\d+⟩)*)`);

/** The cues after which a list of investors follows, every one in a sentence. */
const INVESTOR_AFTER = new RegExp(INVESTOR_CUES.after.source, 'gi');

/** A sentence that names the round itself. */
const THE_ROUND = /\b(?:the|this|its|that) (?:latest |new |current |recent )?(?:(?:series [a-h]|seed|funding|financing|investment) )?(?:round|financing|raise)\b/i;
/** How far after a round's first sentence its investors are still listed. */
const INVESTOR_SENTENCES = 6;

/**
 * A funding round's investors listed in its sentences or the few after it ("The round was led by
 * A, with participation from B, C and D. Existing investors E and F also participated."): every
 * name of the list is an investor, the investee and the advisers excepted.
 */
function addInvestors(d: DealDraft, sketches: Sketch[], side: Map<string, PartyFact>, text: string): void {
  const first = d.sketches[0].index;
  const investee = new Set(d.parties.filter((p) => p.role === 'investee' && p.entity).map((p) => p.entity!.id));
  const add = (slot: Slot) => {
    if (slot.kind !== 'E' || !PARTY_TYPES.has(slot.entity.type) || isDescription(slot.entity) || side.has(slot.entity.id) || investee.has(slot.entity.id) || speaks(slot, text)) return;
    const fact: PartyFact = { entity: slot.entity, name: slot.entity.name, role: 'investor', evidence: slot.span };
    if (!d.parties.some((q) => sameParty(q, fact))) d.parties.push(fact);
  };
  for (const sk of sketches) {
    // (further on, only a sentence that speaks of the round: "X and Y also participated in the round")
    if (sk.index < first || (sk.index > first + INVESTOR_SENTENCES && !THE_ROUND.test(sk.text))) continue;
    // the names of each list: the first soon after its cue, then each joined to the one before by a
    // comma or "and" and at most three words ("existing investor"); an apposition ends it ("New
    // investors A and B joined existing backers C and D": two lists)
    for (const after of sk.text.matchAll(INVESTOR_AFTER)) {
      const rest = sk.text.slice(after.index! + after[0].length);
      const list = INVESTOR_LIST.exec(rest);
      if (list) for (const slot of slotsIn(sk, list[1], 'E')) add(slot);
    }
    const counts = INVESTOR_CUES.counts.exec(sk.text);
    if (counts) for (const slot of slotsIn(sk, counts[1] ?? counts[2], 'E')) add(slot);
    // "A, B and C (also) participated": the list right before the verb
    // (A relative clause or an apposition about the last may come between: "Katrin Roe, who co-founded a
    // solar platform, also took part", "A and B, the venture arm of telecom operator C, also
    // participated": C, inside it, took no part.)
    let aside = -1;
    for (const m of sk.text.matchAll(/((?:⟨[EO]\d+⟩(?:,? and |, |,? & ))*⟨[EO]\d+⟩)(?=(?:,? and (?:[\w-]+ ){0,2}(?:investors|backers|angels))?(?:, (?:who|which|the|an?) [^;,]{1,120},)?[^⟨]{0,12}?\b(?:participated|participating|joined|joining|(?:co-)?invested|contributed|took part|taking part|chipped in|co-led|put money into|backed the)\b)/g)) {
      if (m.index! < aside) continue;
      const after = sk.text.slice(m.index! + m[0].length).replace(/^,? and (?:[\w-]+ ){0,2}(?:investors|backers|angels)\b/, '');
      const clause = /^, (?:who|which|the|an?) [^;,]{1,120},/.exec(after);
      const tail = clause ? after.slice(clause[0].length) : after;
      // (The names inside the clause are no list of their own: the next match starts after it.)
      if (clause) aside = sk.text.length - after.length + clause[0].length;
      if (INVESTOR_CUES.before.test(tail)) for (const slot of slotsIn(sk, m[1], 'E')) add(slot);
    }
  }
}

/** A merger of two named partners becomes an acquisition when the article says whose shareholders are
 * paid (in the first sentences, not in a "merger of equals"). */
function directMerger(d: DealDraft, sketches: Sketch[]): void {
  const partners = d.parties.filter((p) => p.role === 'partner' && p.entity);
  if (d.type !== 'merger' || partners.length !== 2 || d.parties.length !== 2) return;
  if (sketches.some((x) => /\bmerger of equals\b/i.test(x.text))) return;
  const ids = partners.map((p) => p.entity!.id);
  let target: string | null = null;
  for (const sk of sketches.slice(0, LEAD_SENTENCES + 3)) {
    for (const re of MERGER_SIDES) {
      for (const m of sk.text.matchAll(re)) {
        if (!m.groups) continue;
        const idOf = (g: string | undefined) => {
          const slot = g ? slotOf(sk, g) : undefined;
          return slot && slot.kind === 'E' ? slot.entity.id : undefined;
        };
        const t = idOf(m.groups.t);
        const a = idOf(m.groups.a);
        const found = t && ids.includes(t) ? t : a && ids.includes(a) ? ids.find((x) => x !== a) : undefined;
        if (!found || (a && t && (a === t || !ids.includes(a) || !ids.includes(t)))) continue;
        if (target && target !== found) return;
        target = found;
      }
    }
  }
  if (!target) return;
  for (const p of partners) p.role = p.entity!.id === target ? 'target' : 'acquirer';
  d.type = 'acquisition';
}

/**
 * A licensing deal's licence: a licence or exclusivity term whose own sentence names no party
 * ("entered into an exclusive licence agreement with Y") takes the deal's licensor and licensee.
 */
export function bindLicenceParties(d: DealDraft, terms: Term[]): void {
  if (d.type !== 'licensing') return;
  const sides = d.parties.filter((p) => p.entity && (p.role === 'licensor' || p.role === 'licensee'));
  if (!sides.some((p) => p.role === 'licensor') || !sides.some((p) => p.role === 'licensee')) return;
  for (const t of terms) {
    if ((t.kind === 'licence' || t.kind === 'exclusivity') && t.parties.length === 0) {
      t.parties = sides.map((p) => ({ entity: p.entity!.id, name: p.name, role: p.role }));
    }
  }
}

/** Which deal role a term role implies, per deal type: a licensing partner who pays is the licensee. */
const ROLE_FROM_TERM: Partial<Record<DealType, Partial<Record<Role, Role>>>> = {
  licensing: { payer: 'licensee', payee: 'licensor', licensee: 'licensee', licensor: 'licensor' },
};

/** Soft deal roles ("partner") made specific by what the terms say each party does. */
export function refineRoles(d: DealDraft, terms: { parties: { entity: string | null; role: Role }[] }[]): void {
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
  // A licence has two sides: with one of them known, the one partner left is the other
  // ("Thistlecroft will receive an upfront payment": the licensor; its partner Ambervale licenses).
  if (d.type === 'licensing') {
    const soft = d.parties.filter((p) => SOFT_ROLES.has(p.role) && p.entity);
    const has = (r: Role) => d.parties.some((p) => p.role === r);
    if (soft.length === 1 && has('licensor') !== has('licensee')) soft[0].role = has('licensor') ? 'licensee' : 'licensor';
  }
}
