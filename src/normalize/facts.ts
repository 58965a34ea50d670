/** A deal's status and value, read from its own sentences first, then from those about it. */
import type { DealStatus, DealType, Money, Span } from '../schema/index.js';
import { frontedEnd, readsOtherDeal, trailingStart, type DealDraft, type MatchSpan } from './deals.js';
import { NOT_VALUE_CUE, PAYEE_VALUE_CUE, PENDING_CUE, PRICED_TYPES, STATUS_CUES, UNDISCLOSED, VALUE_AFTER_CUE, VALUE_CUE } from './lexicon.js';
import type { Sketch } from './sketch.js';
import { isDescription } from './descriptions.js';
import { CueFilter } from './cue-literals.js';

/** Sentences that speak of the deal: its own, the lead's mentions of a party, and those naming two. */
/** A sentence that opens with the deal as its subject. */
const DEAL_SUBJECT = /^(?:(?:the|this|that|its|their) (?:[\w$⟨⟩-]+ ){0,2}?(?:deal|transaction|acquisition|purchase|takeover|merger|sale|buyout|price|purchase price|offer|bid|consideration|round|financing|funding|investment|raise)|price)\b(?!s)/i;

/**
 * The sentences a deal's facts are read from: `facts` for its status and terms, `price` for its value,
 * which also takes a lead sentence whose subject is the deal itself ("Price is $48M, mostly cash",
 * "The transaction is valued at $1.2 billion"). One pass gives both, in text order.
 * `others`: the sentences where other deals of the article were read; one of them that names none of
 * this deal's parties is that deal's ("Brant Capital agrees to buy Quell Systems for $90 million" run
 * into the first line of an article about another deal).
 */
export function dealSentences(d: DealDraft, sketches: Sketch[], isMain: boolean, bodyStart = 0, others: ReadonlySet<Sketch> = new Set()): { facts: Sketch[]; price: Sketch[] } {
  const ids = new Set(d.parties.map((p) => p.entity?.id).filter(Boolean));
  // The lead counts from the body's first sentence (a headline before it is read too).
  const lead = sketches.find((sk) => sk.sentence.start >= bodyStart);
  const first = lead?.index ?? 0;
  const bodyFrom = lead?.sentence.start ?? 0;
  const facts: Sketch[] = [];
  const price: Sketch[] = [];
  const readFrom = (sk: Sketch): 'both' | 'price' | null => {
    if (d.sketches.includes(sk)) return 'both';
    if (readsOtherDeal(sk)) return null;
    const named = new Set(sk.slots.flatMap((s) => (s.kind === 'E' && ids.has(s.entity.id) ? [s.entity.id] : [])));
    if (named.size === 0 && others.has(sk)) return null;
    // (A headline that names companies, none of them the deal's nor named in the body, is another
    // story's: "Brant Capital agrees to buy Quell Systems for $90 million" above an article about
    // another deal.)
    if (sk.index < first && named.size === 0 && sk.slots.some((s) => s.kind === 'E' && s.entity.type === 'organization' && !isDescription(s.entity)) && sk.slots.every((s) => s.kind !== 'E' || !s.entity.mentions.some((m) => m.start >= bodyFrom))) return null;
    if (isMain && (sk.index - first < 3 || (sk.index - first < 6 && named.size > 0))) return 'both';
    if (named.size >= Math.min(2, ids.size) && named.size > 0) return 'both';
    return isMain && sk.index - first < 6 && DEAL_SUBJECT.test(sk.text) ? 'price' : null;
  };
  for (const sk of sketches) {
    const use = readFrom(sk);
    if (use === 'both') facts.push(sk);
    if (use) price.push(sk);
  }
  return { facts, price };
}

type Cue = (typeof STATUS_CUES)[number];

/** The tense of the deal's own verb when no cue speaks: done ("has offloaded", "invested") or agreed ("will invest"). */
const DONE_VERB = { status: 'completed' as const, pattern: /\b(?:(?:has|have|had) (?:now |already |officially |recently )?(?:acquired|acqui-?hired|bought|purchased|invested|raised|sold|offloaded|divested|secured|closed|completed|taken over|taken|swooped|merged|landed|snapped up|scooped up|picked up|swallowed up|gobbled up|licensed|licenced|built(?: up)?|amassed|accumulated|added)|(?<!\b(?:being|be) )(?:acquired|bought|purchased|invested|raised|offloaded|divested|secured|landed|snapped up|scooped up|swallowed up|gobbled up|shelled out|forked out|splashed out|paid|pulled in|nabbed|snagged|bagged|netted|scored|grabbed|poured|took|sold|led|co-led|backed|funded|participated|licensed|licenced|obtained|granted|built(?: up)?|amassed|accumulated)\b(?! by)|(?:was|were|has been|have been|had been) (?:acquired|bought|purchased|sold|taken over|snapped up|scooped up|picked up|swallowed up|led|co-led|backed|funded|merged into)\b|(?<!\b(?:be|been|being|is|are|was|were|get|gets|got) )(?:acquired|bought|purchased|taken over|snapped up|scooped up) by\b|now (?:has|owns|holds)|(?:is|are) now (?:wholly |fully |majority[- ])?owned by|welcomed|ha(?:s|d) a new (?:owner|parent|majority owner)|(?:is|are) now (?:a )?part of|became (?:a )?(?:part|unit|subsidiary|division) of|(?:became|has become) the (?:new |sole |majority |full |outright )?owner of|(?:latest|newest|most recent) (?:acquisition|purchase))\b/i };
const WILL_VERB = { status: 'agreed' as const, pattern: /\b(?:(?:will|would|is to|are to|is set to|(?:is|are) poised to|agreed to|(?:decision|decided|decides) to) (?:acquire|buy|purchase|invest|sell|offload|divest|dispose of|spin off|merge|combine|take over|take|form|create|launch|license|licence|pay|collaborate|partner|issue|subscribe|be (?:acquired|bought|purchased|sold|taken over|taken private|spun off|merged into|merged with))|(?:is|are) being (?:acquired|bought|purchased|sold|taken over)|(?:is|are) (?:merging|combining)|(?:found|finds) a (?:buyer|purchaser|new owner)|become (?:a |an )?(?:wholly[- ]owned |fully[- ]owned )?(?:subsidiary|unit|division|part) of|(?:winning|successful|preferred) (?:bidder|buyer|suitor))\b/i };

/** A headline's present tense tells a deal done ("Harwood buys Lindell", "Harwood Acquires Lindell
 * Foods"), as does its bare passive ("Lindell snapped up by Harwood"): headlines put past events in
 * the present and drop the auxiliary. Read only in the headline. */
const HEADLINE_PRESENT = { status: 'completed' as const, pattern: /\b(?:buys|acquires|purchases|sells|takes over|snaps up|scoops up|picks up|(?:acquired|bought|purchased|sold|snapped up|scooped up|picked up|taken over) by|divests|offloads|sells off|takes|invests|raises|lands|secures|closes|completes|licenses|licences|merges|combines|forms|launches|agrees|nabs|snags|bags|gets|grabs|scores|pockets|pours|pays|bets|joins|(?<!\b(?:to|will|would|may|might|could|not|cannot|can't|should|must) )(?:complete|close|finali[sz]e|seal) (?:the |their )?(?:[\w$.-]+ ){0,2}?(?:merger|deal|combination|tie-up|takeover)|(?:with|via|through) (?:the |its |an? )?(?:[\w-]+ ){0,3}?(?:acquisition|purchase))\b/i };

/** Deals that run once made rather than close. */
const ONGOING_TYPES: ReadonlySet<DealType> = new Set(['licensing', 'partnership', 'joint_venture']);

function tenseOf(d: DealDraft, text: string): { cue: Cue; evidence: Span } | null {
  // The deal's own matches of its type in order, the first whose verb has a tense ("its sale of Y
  // will not affect ..." has none; "X sold Y to W on April 1" later does).
  const own = d.matches.filter((x) => x.type === d.type);
  for (const m of own.length ? own : d.matches.slice(0, 1)) {
    const from = m.sk.map[m.from];
    const to = spanEnd(m.sk, m.to);
    for (const cue of [DONE_VERB, WILL_VERB]) {
      const hit = cue.pattern.exec(text.slice(from, to));
      if (!hit) continue;
      // A licence, partnership or joint venture granted or formed is agreed: it runs, it does not close.
      const status = cue === DONE_VERB && ONGOING_TYPES.has(d.type) ? WILL_VERB : cue;
      return { cue: status, evidence: { start: from + hit.index, end: from + hit.index + hit[0].length, text: hit[0] } };
    }
  }
  return null;
}

/** The present tense of a deal's match in the headline (before `bodyStart`). */
function headlineTense(d: DealDraft, text: string, bodyStart: number): { cue: Cue; evidence: Span } | null {
  const m = d.matches.find((x) => x.type === d.type && x.sk.sentence.start < bodyStart);
  if (!m) return null;
  const from = m.sk.map[m.from];
  const hit = HEADLINE_PRESENT.pattern.exec(text.slice(from, spanEnd(m.sk, m.to)));
  if (!hit) return null;
  const cue = ONGOING_TYPES.has(d.type) || /^agrees$/i.test(hit[0]) ? WILL_VERB : HEADLINE_PRESENT;
  return { cue, evidence: { start: from + hit.index, end: from + hit.index + hit[0].length, text: hit[0] } };
}

/** The text offset just after sketch position `to`. */
const spanEnd = (sk: Sketch, to: number) => (to > 0 ? sk.map[Math.min(to, sk.map.length) - 1] + 1 : sk.map[0]);

/** The status cues' words (cue-literals.ts): a sentence without any of a cue's words is not tried. */
const STATUS_FILTER = new CueFilter([...STATUS_CUES.map((c) => c.pattern), PENDING_CUE.pattern]);
/** Per sentence, which status cues may match it (read once, whatever number of deals asks). */
const mayOf = new WeakMap<Sketch, Uint8Array>();

function cueIn(cue: Cue, sk: Sketch, text: string): Span | null {
  const s = sk.sentence;
  const sentence = text.slice(s.start, s.end);
  const k = STATUS_FILTER.indexOf(cue.pattern);
  if (k >= 0) {
    let may = mayOf.get(sk);
    if (!may) mayOf.set(sk, (may = STATUS_FILTER.scan(sentence).slice()));
    if (!may[k]) return null;
  }
  const m = cue.pattern.exec(sentence);
  if (!m) return null;
  const start = s.start + m.index;
  return { start, end: start + m[0].length, text: m[0] };
}

/** Cues of a rumour, and of a party confirming what was rumoured. */
const RUMORED = STATUS_CUES.filter((c) => c.status === 'rumored');
const CONFIRMS = STATUS_CUES.filter((c) => c.confirms);

/** Statuses that outrank the kind of frame a sentence reads: the deal ended, or its terms changed. */
const OVERRIDING = STATUS_CUES.filter((c) => c.status === 'terminated' || c.status === 'revised');

/** A company the cue's words name that is none of the deal's parties: the cue tells another deal's
 * fate ("agreed to buy Y, months after its purchase of Lindell Foods fell through"). */
function othersCue(sk: Sketch, evidence: Span, text: string, parties: ReadonlySet<string>): boolean {
  return sk.slots.some(
    (x) =>
      x.kind === 'E' &&
      x.entity.type === 'organization' &&
      x.span.start > evidence.start &&
      x.span.end <= evidence.end &&
      !parties.has(x.entity.id) &&
      !parties.has(x.entity.name) &&
      !isDescription(x.entity) &&
      // the deal's object or other side: "purchase of W", "bid for W", "talks with W"
      /\b(?:of|for|with)\s+(?:the\s+)?$/i.test(text.slice(evidence.start, x.span.start)),
  );
}

/** A deal spoken of as one: "the deal", "the proposed acquisition", "its offer", "the talks". */
const THE_DEAL = /\b(?:the|this|that|its|their|his|her|such an?|any|an?)\s+(?:[\w$£€.,'’-]+\s+){0,3}?(?:deal|acquisition|takeover|merger|transaction|purchase|sale|offer|bid|talks|negotiations|agreement|combination|buyout|investment|round|partnership|venture|approach|proposal)\b/i;

/** A sentence outside the deal's own that speaks of it: the headline or lead, one that names one of its parties, or the deal itself
 * ("The deal is expected to close in March"), not deals in general ("Analysts said more deals were likely"). */
function speaksOfDeal(sk: Sketch, text: string, parties: ReadonlySet<string>): boolean {
  // (The headline and the lead speak of the article's deal.)
  if (sk.index <= 1 || sk.slots.some((x) => x.kind === 'E' && (parties.has(x.entity.id) || parties.has(x.entity.name)))) return true;
  return THE_DEAL.test(text.slice(sk.sentence.start, sk.sentence.end));
}

/** A cue in a clause of time of one of the deal's sentences, which tells an earlier event ("Two years
 * after it sold its dairy unit to W, X agreed to buy Y", "X agreed to buy Y, a year after it sold Q"),
 * while the deal's own words stand outside it: the cue is not the deal's. */
function inTimeClause(d: DealDraft, sk: Sketch, evidence: Span, text: string): boolean {
  // (The clauses as deals.ts reads them in the sketch, in text offsets.)
  const f = frontedEnd(sk);
  const t = trailingStart(sk);
  const front = f > 0 ? sk.map[f] : sk.sentence.start;
  const trail = t < sk.text.length ? sk.map[t] : sk.sentence.end;
  const inMain = (at: number) => at >= front && at < trail;
  if (!inMain(evidence.start) && d.matches.some((m) => m.sk.index === sk.index && inMain(sk.map[m.from] ?? sk.sentence.start))) return true;
  // A clause of time after the deal's own words, with a subject of its own ("... rejected the offer
  // for the company after two other investors bought shares"): its verb tells another event.
  return d.matches.some((m) => {
    if (m.sk.index !== sk.index) return false;
    const end = sk.map[m.to - 1] ?? sk.sentence.end;
    return end < evidence.start && LATER_CLAUSE.test(text.slice(end, evidence.start));
  });
}
/** Between a deal's words and a cue: a conjunction of time that opens a clause with its own subject. */
const LATER_CLAUSE = /\b(?:after|since|before|when|while|as)\s+(?:(?:the|its|their|two|three|several|other|some|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:investors|shareholders|holders|rivals?|bidders?|companies|firms|funds|it|they|he|she)\s+$/i;

function statusIn(sents: Sketch[], text: string, cues: readonly Cue[], parties: ReadonlySet<string>, d?: DealDraft): { cue: Cue; evidence: Span } | null {
  for (const cue of cues) {
    for (const sk of sents) {
      const evidence = cueIn(cue, sk, text);
      if (evidence && !othersCue(sk, evidence, text, parties) && !(d && inTimeClause(d, sk, evidence, text))) return { cue, evidence };
    }
  }
  return null;
}

/**
 * The status cue of highest precedence in the deal's own sentences, else in those about it. A cue
 * read in the headline (before `bodyStart`) gives the status; its evidence is the same cue's words
 * in the body, else the headline's own when it is part of the text (`headlineInText`), else none.
 */
export function findStatus(d: DealDraft, sents: Sketch[], text: string, bodyStart = 0, headlineInText = false): { status: DealStatus; evidence: Span | null } {
  // The sentences that read the deal as its own kind first: a stake raised beside a takeover offer
  // ("has increased its stake") does not make the offer completed.
  // An end or a revision in any of the deal's own sentences still outranks them.
  const own = d.sketches.filter((sk) => d.matches.some((m) => m.sk.index === sk.index && m.type === d.type));
  // (By entity, or by the words of an unnamed party: "its Kresge stores" is Kresge's.)
  const parties = new Set(d.parties.flatMap((p) => (p.entity ? [p.entity.id] : p.name.split(/\s+/))));
  const found =
    statusIn(d.sketches, text, OVERRIDING, parties) ??
    statusIn([...d.sketches, ...sents.filter((s) => !d.sketches.includes(s))], text, [PENDING_CUE], parties) ??
    statusIn(own, text, STATUS_CUES, parties, d) ??
    statusIn(d.sketches.filter((s) => !own.includes(s)), text, STATUS_CUES, parties, d) ??
    statusIn(sents.filter((s) => !d.sketches.includes(s) && speaksOfDeal(s, text, parties)), text, STATUS_CUES, parties) ??
    tenseOf(d, text) ??
    headlineTense(d, text, bodyStart);
  if (!found) return { status: null, evidence: null };
  // An agreement that sources or another outlet report in its own sentence ("will invest $400 million
  // in Y, people familiar with the matter said") is a rumour until a party confirms it.
  if (found.cue.status === 'agreed') {
    const at = found.evidence;
    const sk = [...d.sketches, ...sents].find((x) => x.sentence.start <= at.start && at.end <= x.sentence.end);
    if (sk && !CONFIRMS.some((c) => cueIn(c, sk, text))) {
      for (const cue of RUMORED) {
        const evidence = cueIn(cue, sk, text);
        // (Analysts who judge the deal, or a denial, report no rumour of it.)
        if (evidence && !/^(?:analysts|denie|deny)/i.test(evidence.text)) return { status: 'rumored', evidence: evidence.start < bodyStart && !headlineInText ? null : evidence };
      }
    }
  }
  let evidence: Span | null = found.evidence;
  if (evidence.start < bodyStart) {
    const headline = evidence;
    evidence = null;
    for (const sk of [...d.sketches, ...sents.filter((s) => !d.sketches.includes(s))]) {
      if (sk.sentence.start >= bodyStart && (evidence = cueIn(found.cue, sk, text))) break;
    }
    if (!evidence && headlineInText) evidence = headline;
  }
  // A licence, partnership or joint venture closed or signed is agreed: it runs, it does not close.
  return { status: found.cue.status === 'completed' && ONGOING_TYPES.has(d.type) ? 'agreed' : found.cue.status, evidence };
}

/** Where the clause of a match ends: the next clause break after it. */
const CLAUSE_BREAK = /;|,? (?:while|whereas|but|which|when|after|as well as)\b|\. /g;

function clauseEnd(sk: Sketch, from: number): number {
  CLAUSE_BREAK.lastIndex = from;
  const m = CLAUSE_BREAK.exec(sk.text);
  return m ? m.index : sk.text.length;
}

/** Before an amount: "to <figure> from (an earlier bid of)", so that the amount is what it was before. */
const OLD_FIGURE = /\bto (?:about |around |roughly |nearly |approximately )?\S*\d\S*(?: (?:million|billion|bn|mln|m|trillion))?(?: \([^()]{1,30}\))?,? from (?:(?:an?|the|its|their) )?(?:[\w-]+ ){0,3}?(?:(?:of|at) )?$/i;

/** Deals that buy part of a company: a figure that values the whole company is not their price. */
const PART_TYPES: ReadonlySet<DealType> = new Set(['stake_change', 'funding_round', 'investment']);

/** Before an amount: the value a purchase puts on the whole company ("valuing the company at about"). */
const WHOLE_VALUATION = /\bvalu(?:ing|ed|es) (?:the (?:company|firm|group|business|bank|lender|insurer|retailer|target|deal|transaction|chain|maker)|it|[\p{Lu}][\w&.'’-]*(?: [\p{Lu}][\w&.'’-]*){0,3}) at (?:about |around |roughly |approximately |nearly |some |close to |more than |almost )?$/u;

/** Before an amount of one unit: a nominal price ("sold its struggling brand for $1", "for a symbolic
 * one euro"); after it, what makes it a price per unit instead ("$1 a share"). */
const NOMINAL_FOR = /\bfor (?:an? (?:nominal|symbolic|token) (?:price of |sum of )?)?$/i;
const PER_UNIT_AFTER = /^\s*(?:a |per |each )/i;
/** Around an amount: a value the company had before ("was last valued at", "... in its last funding
 * round"), no price of this deal. */
const EARLIER_VALUE_BEFORE = /\b(?:was|were|had been) (?:last|previously|most recently|once) valued at (?:about |around |roughly |approximately |nearly |some |more than )?$/i;
const EARLIER_VALUE_AFTER = /^\s*(?:\([^()]{1,30}\)\s*)?(?:in (?:its|a|the|their) (?:last|latest|previous|most recent|prior|earlier) (?:[\w-]+ )?(?:round|raise|financing|valuation))/i;

/** Around an amount: the sum of several rounds, not one of them. */
const CUMULATIVE_AFTER = /^\s*(?:\([^()]{1,30}\)\s*)?(?:in (?:total )?)?(?:(?:[\w-]+ ){0,2}(?:funding|financing|capital|investment) )?(?:to date|so far|in total|altogether|since (?:its )?(?:founding|inception|launch))\b/i;
const CUMULATIVE_BEFORE = /\b(?:total(?:ling)? (?:funding|raised|investment) (?:of|to) |raised a total of |bringing (?:its |the company's |the startup's )?total (?:funding |raised |capital raised )?to |(?:has|have) now raised )(?:about |around |more than |nearly |over |some )?$/i;

/** After an amount: a noun of another kind of deal than the one priced ("a $25 million equity investment"
 * beside a merger, "its $410 million acquisition of" beside a round). */
const INVESTMENT_AFTER = /^\s*(?:\([^()]{1,30}\)\s*)?(?:[\w-]+\s+){0,2}?(?:investment|financing|funding|round|series [a-h]|placement|loan|credit facility)\b/i;
const TAKEOVER_AFTER = /^\s*(?:\([^()]{1,30}\)\s*)?(?:[\w-]+\s+){0,2}?(?:takeover|acquisition|merger|buyout|take-private)\b/i;
const OTHER_KIND_AFTER: Partial<Record<DealType, RegExp>> = { acquisition: INVESTMENT_AFTER, merger: INVESTMENT_AFTER, divestiture: INVESTMENT_AFTER, funding_round: TAKEOVER_AFTER, investment: TAKEOVER_AFTER };

/** Below this an amount is a price per share or unit, whatever the text says around it. */
const MIN_DEAL_VALUE = 1000;

/** An amount the size of a price per share the article states in the same currency ("bid 2,205 francs a
 * share, rivalling the 2,100 franc bid"): a price per share too, not what the deal costs. */
function likePerShare(money: Money, all: readonly Money[]): boolean {
  return all.some((p) => p.perShare && p !== money && p.currency === money.currency && money.value <= p.value * 2 && money.value * 2 >= p.value);
}

/** After a price paid to a named payee: what it buys ("pay Pearson £844m for the FT"), not one part of
 * mixed consideration ("pay X one mln dlrs in cash and notes ... and 500,000 shares"). */
const PAID_FOR_AFTER = /^\s*(?:\([^()]{1,30}\)\s*)?(?:in (?:cash|stock|shares)\s+)?for\b/i;

function isPrice(type: DealType, money: Money, sk: Sketch, text: string, all: readonly Money[] = []): boolean {
  if (!money.perShare && likePerShare(money, all)) return false;
  if (!money.perShare && money.value === 1 && NOMINAL_FOR.test(text.slice(Math.max(sk.sentence.start, money.start - 30), money.start)) && !PER_UNIT_AFTER.test(text.slice(money.end, money.end + 8))) return true;
  if (money.perShare || money.value < MIN_DEAL_VALUE) return false;
  const before = text.slice(Math.max(sk.sentence.start, money.start - 60), money.start);
  // A whole company bought at a stated value: "$30 a share, valuing the company at about $4 billion"
  // is the deal's own value (a stake's or a round's valuation is not: PART_TYPES, below).
  if (!PART_TYPES.has(type) && PRICED_TYPES.has(type) && WHOLE_VALUATION.test(before)) return true;
  if (NOT_VALUE_CUE.test(before)) return false;
  // "raised its offer to $2.3 billion from $2.1 billion": the figure after "from" is the old one.
  if (OLD_FIGURE.test(text.slice(sk.sentence.start, money.start))) return false;
  const after = text.slice(money.end, Math.min(sk.sentence.end, money.end + 40));
  if (EARLIER_VALUE_BEFORE.test(before) || EARLIER_VALUE_AFTER.test(after)) return false;
  // A total raised over time ("has raised $70 million to date", "$70 million in total so far"): no one round.
  // (A price "in total" is the whole price: "$25 a share, or about $410 million in total".)
  if ((type === 'funding_round' || type === 'investment') && (CUMULATIVE_AFTER.test(after) || CUMULATIVE_BEFORE.test(before))) return false;
  // A stake or a round values the whole company ("a stake ..., valuing the team at $2.2 billion",
  // "at a $1.2 billion valuation"): that is not what the stake or the round costs.
  // (Not across a comma: "X, now valued at $1 billion, raised $100 million" states the round after it.)
  if (PART_TYPES.has(type) && (/\b(?:valu(?:ing|ed|es|ation)|value of)\b[^;,]{0,50}$/i.test(before) || /^\s*(?:\([^()]{1,30}\)\s*)?(?:pre-money |post-money )?valuation\b/i.test(after))) return false;
  if (/\b(?:valued at|worth|deal valued|transaction valued)\s*$/i.test(before)) return true;
  // The noun after an amount names what it buys: a takeover's price is no "$25 million equity
  // investment" or "$2 billion financing", and a round is no "$410 million acquisition".
  if (OTHER_KIND_AFTER[type]?.test(after)) return false;
  return PRICED_TYPES.has(type) && (VALUE_CUE.test(before) || (PAYEE_VALUE_CUE.test(before) && PAID_FOR_AFTER.test(after)) || VALUE_AFTER_CUE.test(after));
}

/** Money slots of a sketch with their position in the sketch text. */
function moneyAt(sk: Sketch): { at: number; money: Money }[] {
  const out: { at: number; money: Money }[] = [];
  const of = sk.slots.filter((s) => s.kind === 'M');
  for (const m of sk.text.matchAll(/⟨M(\d+)⟩/g)) {
    const s = of[Number(m[1])];
    if (s && s.kind === 'M') out.push({ at: m.index!, money: s.money });
  }
  return out;
}

/** The price in a rule match's own clause: after the parties first ("to buy Y for $N"), then within. */
function priceInMatch(type: DealType, ms: MatchSpan, text: string, money: readonly Money[]): Money | null {
  const end = clauseEnd(ms.sk, ms.to);
  const all = moneyAt(ms.sk);
  const after = all.filter((x) => x.at >= ms.to && x.at < end);
  const within = all.filter((x) => x.at >= ms.from && x.at < ms.to);
  for (const x of [...after, ...within]) if (isPrice(type, x.money, ms.sk, text, money)) return x.money;
  return null;
}

/** Two amounts side by side, the second a conversion of the first: "A$6.5 billion ($5.1 billion)". */
const CONVERSION_GAP = /^\s*\(\s*(?:about |around |roughly |approximately |or |some )?$/i;

/**
 * The amount as the article first states it when `v` is its conversion into another currency
 * ("A$6.5 billion ($5.1 billion)"): the deal's price is the figure as written in its own currency,
 * and a headline's or a later line's converted figure points back to it.
 */
function original(v: Money, all: Money[], text: string): Money {
  const money = [...all].sort((a, b) => a.start - b.start);
  for (let i = 1; i < money.length; i++) {
    const conv = money[i];
    const orig = money[i - 1];
    if (conv.currency !== v.currency || orig.currency === conv.currency || Math.abs(conv.value - v.value) > 0.01 * v.value) continue;
    if (CONVERSION_GAP.test(text.slice(orig.end, conv.start))) return orig;
  }
  return v;
}

/** After "undisclosed" in its sentence, what others put the price at: "for an undisclosed sum,
 * estimated at $410 million", "terms were not disclosed, but the deal is reportedly worth $410 million",
 * "... but a source told us the price was around $80 million". */
const ESTIMATE_BEFORE = /\b(?:estimated (?:at|to be)|(?:reportedly|reported to be|believed to be|thought to be|understood to be|said to be|rumou?red to be)(?: worth)?|put (?:it |the (?:price|value|deal) )?at|valued at|worth|pegged at|(?:said|says|say|said that) (?:it|the (?:price|deal|value)) (?:was|is|would be)|the (?:purchase )?(?:price|value|figure|sum|amount)(?: paid)? (?:was|is|would be|came to|totall?ed))(?:\s+(?:about|around|roughly|approximately|nearly|some|more than|close to|as much as))?\s*$/i;

/** The amount an undisclosed sentence gives as others' estimate of the price, after it says the price is undisclosed. */
function estimateIn(type: DealType, sk: Sketch, text: string): Money | null {
  const s = text.slice(sk.sentence.start, sk.sentence.end);
  const u = UNDISCLOSED.exec(s);
  if (!u || !PRICED_TYPES.has(type)) return null;
  const from = sk.sentence.start + u.index + u[0].length;
  for (const slot of sk.slots) {
    if (slot.kind !== 'M' || slot.money.start < from || slot.money.perShare || slot.money.value < MIN_DEAL_VALUE) continue;
    if (ESTIMATE_BEFORE.test(text.slice(Math.max(from, slot.money.start - 60), slot.money.start))) return slot.money;
  }
  return null;
}

export function findValue(d: DealDraft, sents: Sketch[], text: string, money: Money[] = []): { value: Money | null; undisclosed: boolean } {
  const says = (sk: Sketch) => UNDISCLOSED.test(text.slice(sk.sentence.start, sk.sentence.end));
  // Others' estimate in a sentence that says the price is undisclosed, as the deal's value.
  const estimate = (sk: Sketch) => {
    const e = estimateIn(d.type, sk, text);
    return e ? { value: original(e, money, text), undisclosed: false } : null;
  };
  for (const ms of d.matches) {
    // "X bought Y, valued at $700 million last year, for an undisclosed sum": the sentence says the
    // price is not given; another figure in it is no price (but others' estimate after it is).
    if (says(ms.sk)) {
      const e = estimate(ms.sk);
      if (e) return e;
      continue;
    }
    const v = priceInMatch(d.type, ms, text, money);
    if (v) return { value: original(v, money, text), undisclosed: false };
  }
  // "for an undisclosed amount" in the deal's own sentence, or "no value was put on the deal" in
  // another (`sents` holds the deal's own): no amount from elsewhere is its price.
  const undisclosed = sents.some(says);
  // (An undisclosed sentence may still give others' estimate: estimateIn.)
  const pool = [...d.sketches, ...sents.filter((s) => !d.sketches.includes(s) && (!undisclosed || says(s)))];
  for (const sk of pool) {
    if (says(sk)) {
      const e = estimate(sk);
      if (e) return e;
      continue;
    }
    for (const slot of sk.slots) {
      if (slot.kind === 'M' && isPrice(d.type, slot.money, sk, text, money)) return { value: original(slot.money, money, text), undisclosed: false };
    }
  }
  return { value: null, undisclosed };
}
