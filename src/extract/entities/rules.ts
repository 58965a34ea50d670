/**
 * Span rules: each takes a candidate run of capitalized tokens [a, b) and returns the typed spans it
 * recognizes in it, or null to let the next rule try. They run in the order of SPAN_RULES (first
 * non-null wins); the order matters where commented.
 */
import type { EntityType } from '../../schema/index.js';
import {
  ARTICLES, COMMA_SUFFIXES, COMMON_WORDS, CONNECTORS, CORPORATE_SUFFIXES, DIRECTION_WORDS, GIVEN_NAMES, GROUP_DETERMINERS,
  INITIAL_DIRECTIONS, LOC_HEADS, MAX_PHRASE_WORDS, MAX_ROLE_WORDS, MISC_HEADS, NAME_FOLLOWERS, NAME_PARTICLES,
  NAME_PARTS, NATIONALITIES, NON_ENTITIES, NON_ENTITY_PHRASES, ORG_HEADS, ORG_HEADS_BEFORE_OF, ORG_PREFIXES, PERSON_ROLE_WORDS,
  PERSON_TITLES, PLACE_NOUNS, PLACE_PREPOSITIONS, ROLE_TITLE_WORDS, TITLE_WORDS_BEFORE_OF, RUN_BREAKERS, LETTER_LABELS, MARKET_CODE, SAID_VERBS,
  SENTENCE_INITIAL_STOP, SUFFIX_OF_PLACES, SURNAMES, lookupPhrase, type GazHit, EXCHANGE_PREFIXES, NEVER_NAME_START, CAPS_FUNCTION_WORDS, POSSESSIVE_NAME_HEADS, AND_NAME_WORDS, DEFINED_TERMS, KIND_ACRONYMS,
  MARKET_BENCHMARKS, HEADLINE_VERBS, KIND_WORDS, GENERIC_SUBJECTS, ORG_CONTEXT_BEFORE, ORG_VERBS, SECURITY_FOLLOWERS, SECURITY_HEADS, COMPANY_SLOTS,
  HEADLINE_OBJECT_VERBS, HEADLINE_SLOT_STOPS, HEADLINE_DEAL_NOUNS, HEADLINE_DEAL_PREPS, WIRE_LABELS, FIRM_TAILS, WEB_DOMAINS, WEB_NAME,
} from './lexicon.js';
import { AMOUNT_UNIT, type Tok } from './prepare.js';
import { ISO_CODES } from '../values/lexicon.js';

/** A typed span over token indices [a, b). */
export interface Span {
  a: number;
  b: number;
  type: EntityType;
  rule: string;
  /** Recognized from weak evidence only (a fallback guess); later rules may overrule it. */
  weak: boolean;
}

export interface Ctx {
  toks: Tok[];
  text: string;
  /** Names this document already uses (filled after a first pass): surface -> type and first rule. */
  known: Map<string, { type: EntityType; rule: string }>;
  /** Acronyms the document defines by lower-case words ("idiopathic pulmonary fibrosis (IPF)"); lazy. */
  commonAcronyms?: Set<string>;
  /** Words the document writes capitalized inside sentences twice or more and never in lower case; lazy. */
  capitalizedWords?: Set<string>;
}

export type SpanRule = (a: number, b: number, ctx: Ctx) => Span[] | null;

const span = (a: number, b: number, type: EntityType, rule: string, weak = false): Span => ({ a, b, type, rule, weak });

/** The text of tokens [a, b) as written, whitespace collapsed (the key of every phrase lookup). */
export function surface(ctx: Ctx, a: number, b: number): string {
  if (b - a === 1) return ctx.toks[a].text;
  let s = ctx.text.slice(ctx.toks[a].start, ctx.toks[b - 1].end);
  if (ODD_SPACE.test(s)) s = s.replace(/\s+/g, ' ');
  // "Wal - Mart" (a hyphen spaced by the tokenizer that made the text) is read as "Wal-Mart".
  return s.includes(' - ') ? s.replace(/(\p{L}) - (?=\p{Lu})/gu, '$1-') : s;
}

/** Tokens k-1, k, k+1 are "X - Y" whose glued form "X-Y" is a list entry ("Wal - Mart", "Coca - Cola"). */
function spacedHyphenName(toks: Tok[], k: number): boolean {
  const h = toks[k];
  const x = toks[k - 1];
  const y = toks[k + 1];
  if (h?.text !== '-' || !x || !y || !y.cap || y.sent !== h.sent || h.start !== x.end + 1 || y.start !== h.end + 1) return false;
  return lookupPhrase(`${x.text}-${y.text}`, false) !== undefined;
}

/** Whitespace other than single spaces (line breaks in wire copy, double spaces). */
const ODD_SPACE = /\s\s|[^\S ]/;

/** Headlines and table rows: capitalization says little there, so only list and suffix evidence counts. */
export function isHeadline(t: Tok): boolean {
  return t.line.allCaps || t.line.titleCase || t.line.tabular;
}

/** A weak list entry (a common word, a given name) counts only with context: "Apple shares", "Dole said",
 * "in Reading". Never at a sentence start or in a headline. */
function weakHitOk(ctx: Ctx, a: number, b: number, type: EntityType, source?: string): boolean {
  const t = ctx.toks[a];
  if (type === 'organization' && companySlot(ctx, a, b, false)) return true;
  // "the House", "the Gap": a listed organization after the article.
  // (Not before a noun: "the Amazon basin".)
  if (type === 'organization' && b - a === 1 && ctx.toks[a - 1]?.text === 'the' && ctx.toks[a - 1].sent === t.sent && !(ctx.toks[b]?.sent === t.sent && ctx.toks[b].pos === 'NOUN')) return true;
  if (isHeadline(t)) return false;
  // A company of the project's own list (lexicon.json, not the larger gazetteers) whose name is a
  // common word, which the document writes capitalized inside its sentences twice or more and never in
  // lower case ("Apple has removed the apps ... bypass Apple's security ... the Apple app store"): the
  // company, wherever the word stands. Or one listed beside a company the story names ("Glencore and
  // Vale", "Wal-Mart and Target").
  if (type === 'organization' && source === 'lexicon' && ((b - a === 1 && capitalizedWords(ctx).has(t.text)) || listedWithCompany(ctx, a, b))) return true;
  if (t.sentStart) return false;
  if (type === 'place') return placeContext(ctx, a, b);
  const next = ctx.toks[b];
  return next !== undefined && next.sent === t.sent && NAME_FOLLOWERS.has(next.lower);
}

/** Words written capitalized on their own inside sentences (not first, not in a headline, no capitalized
 * word beside them) twice or more and never in lower case in this document; no given names or surnames. */
function capitalizedWords(ctx: Ctx): Set<string> {
  if (ctx.capitalizedWords) return ctx.capitalizedWords;
  const { toks } = ctx;
  const inside = new Map<string, number>();
  const lower = new Set<string>();
  const capWord = (t: Tok | undefined, sent: number) => t !== undefined && t.sent === sent && t.cap && /^\p{L}/u.test(t.text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!/^\p{L}/u.test(t.text)) continue;
    if (!t.cap) lower.add(t.lower);
    else if (!t.sentStart && !t.upper && !isHeadline(t) && !capWord(toks[i - 1], t.sent) && !capWord(toks[i + 1], t.sent)) inside.set(t.text, (inside.get(t.text) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [w, n] of inside) {
    const l = w.toLowerCase();
    if (n >= 2 && !lower.has(l) && !GIVEN_NAMES.has(l) && !SURNAMES.has(l)) out.add(w);
  }
  return (ctx.capitalizedWords = out);
}

const LIST_JOINS = new Set(['and', 'or', '&', ',']);
/** Tokens [a, b) stand in a list beside a name the document knows as a company: "Glencore and [Vale]",
 * "[Target], Costco and Kroger". */
function listedWithCompany(ctx: Ctx, a: number, b: number): boolean {
  const { toks, known } = ctx;
  const sent = toks[a].sent;
  const org = (i: number, j: number) => i >= 0 && j <= toks.length && toks[i].sent === sent && toks[j - 1].sent === sent && known.get(surface(ctx, i, j))?.type === 'organization';
  const joinAt = (i: number) => i >= 0 && i < toks.length && toks[i].sent === sent && LIST_JOINS.has(toks[i].lower);
  const before = joinAt(a - 1);
  const after = joinAt(b);
  for (let n = 1; n <= 4; n++) if ((before && org(a - 1 - n, a - 1)) || (after && org(b + 1, b + 1 + n))) return true;
  return false;
}

const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
/** The words after "in" that make talks: "in talks", "in advanced negotiations", "in exclusive discussions". */
const IN_TALKS = /^(?:(?:advanced|exclusive|early|preliminary|late-stage|final|formal) )?(?:talks|negotiations|discussions)\b/;
/** Words that end an apposition's noun phrase: its head is the word before them. */
/** Words before a common noun that make it no name ("the Board agreed"). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose', 'every', 'each', 'no', 'any']);
const APPOSITION_ENDS = new Set(['of', 'in', 'at', 'for', 'with', 'to', 'from', 'on', 'by', 'that', 'which', 'who', 'whose', 'said', 'says']);

/**
 * "Airbus, the Toulouse-based planemaker", "Pão de Açúcar, Brazil's biggest supermarket chain": an
 * apposition after token b - 1 whose head (its last word before a comma, a verb or a preposition) is a
 * kind of company (not "Smith, the company's chief executive").
 */
function companyApposition(ctx: Ctx, b: number): boolean {
  const { toks } = ctx;
  const sent = toks[b - 1].sent;
  const at = (i: number) => (i < toks.length && toks[i].sent === sent ? toks[i] : undefined);
  const opener = at(b + 1);
  const possessor = opener?.cap === true && POSSESSIVE_MARKS.has(at(b + 2)?.lower ?? '');
  if (at(b)?.text !== ',' || !(opener?.lower === 'the' || opener?.lower === 'a' || opener?.lower === 'an' || possessor)) return false;
  let head: Tok | undefined;
  for (let k = b + (possessor ? 3 : 2); k < b + 15; k++) {
    const w = at(k);
    // (A participle glued to a hyphen is part of the phrase: "the net-based book retailer".)
    const glued = w?.pos === 'VERB' && toks[k - 1]?.text === '-';
    // (So is a participle after an adverb: "a publicly held corporation", "a privately owned company".)
    const adverbed = w?.pos === 'VERB' && /ly$/.test(toks[k - 1]?.lower ?? '') && k > b + 2;
    if (!w || w.text === ',' || (w.pos === 'VERB' && !glued && !adverbed) || APPOSITION_ENDS.has(w.lower)) break;
    if (/^\p{L}/u.test(w.text) && !POSSESSIVE_MARKS.has(w.lower)) head = w;
  }
  return head !== undefined && (COMPANY_SLOTS.appositionNouns.has(head.lower) || /maker$/.test(head.lower));
}

/** A name set off by commas after a noun phrase, opened by an article or a possessive, naming a kind of
 * company or unit: "its frozen-foods unit, Polar Table, to Whitcombe". */
function namedAfterKind(ctx: Ctx, a: number, b: number): boolean {
  const { toks } = ctx;
  const sent = toks[a].sent;
  const at = (i: number) => (i >= 0 && i < toks.length && toks[i].sent === sent ? toks[i] : undefined);
  const head = at(a - 2);
  if (at(a - 1)?.text !== ',' || at(b)?.text !== ',' || !head || !(COMPANY_SLOTS.appositionNouns.has(head.lower) || /maker$/.test(head.lower))) return false;
  for (let k = a - 3; k >= a - 8; k--) {
    const w = at(k);
    if (!w || w.text === ',' || w.cap || (w.pos === 'VERB' && toks[k - 1]?.text !== '-' && toks[k + 1]?.text !== '-')) return false;
    if (/^(?:its|their|his|her|the|a|an)$/.test(w.lower)) return true;
  }
  return false;
}

/** A company apposition after token b - 1 closed by a comma and followed by a verb of business:
 * "Orchard, the fintech startup, said ...". */
function closedCompanyApposition(ctx: Ctx, b: number): boolean {
  const { toks } = ctx;
  if (!companyApposition(ctx, b)) return false;
  const sent = toks[b - 1].sent;
  let k = b + 1;
  while (k < b + 24 && toks[k] && toks[k].sent === sent && toks[k].text !== ',') k++;
  const v = toks[k + 1];
  return toks[k]?.text === ',' && v !== undefined && v.sent === sent && (COMPANY_SLOTS.verbsAfter.has(v.lower) || COMPANY_SLOTS.auxiliaries.has(v.lower));
}

/**
 * Tokens [a, b) stand where a company stands (lexicon.json: companySlots): a verb of business after
 * them ("Ford agreed to buy", "Disney to acquire", "Hess, the oil producer"), a phrase of business
 * before them ("shares of Honda", "sold to Disney"), a possessive before a business noun ("Cisco's
 * chief executive"). `dealOnly`: only the verbs of a deal (for names no list has).
 */
/** A verb of buying, selling or paying after "X, which" (companySlot). */
const RELATIVE_DEAL_VERB = /^(?:acquired|acquires|bought|buys|purchased|purchases|sold|sells|paid|pays|merged|invested|invests|offered|bid|took)$/;

export function companySlot(ctx: Ctx, a: number, b: number, dealOnly: boolean): boolean {
  const { toks } = ctx;
  const sent = toks[a].sent;
  const at = (i: number) => (i < toks.length && toks[i].sent === sent ? toks[i] : undefined);
  let j = b;
  const first = at(j);
  if (!first) return !dealOnly && phraseBefore(ctx, a, COMPANY_SLOTS.before);
  if (!dealOnly && tickerAfter(ctx, b)) return true;
  if (!dealOnly && POSSESSIVE_MARKS.has(first.lower)) {
    // (Past an amount: "Apple's $2 billion acquisition of".)
    let k = j + 1;
    while (k < j + 5 && at(k) && /^(?:[$€£¥]|\d.*|[mb]n?|million|billion|trillion)$/i.test(at(k)!.text)) k++;
    if (COMPANY_SLOTS.possessed.has(at(k)?.lower ?? '') || COMPANY_SLOTS.possessed.has(at(k + 1)?.lower ?? '')) return true;
    // ("Amazon's Whole Foods acquisition": a company's deal for the company named after it.)
    let n = k;
    while (n < k + 4 && at(n)?.cap) n++;
    return n > k && DEAL_NOUNS_AFTER_NAME.has(at(n)?.text ?? '');
  }
  if (!dealOnly && companyApposition(ctx, b)) return true;
  // (A legal form alone is no name: "Pantera's Corp said".)
  const legalFormAlone = b - a === 1 && CORPORATE_SUFFIXES.has(toks[a].text);
  // "Intel CEO Jane Roe", "Ford chief executive Tom Hale": a company's title before a person's name.
  // (Not a word of the title, "Former CEO Jane Roe", nor, for a name no list has, a common word.)
  if (COMPANY_SLOTS.titlesBeforePerson.has(first.lower) && !COMPANY_SLOTS.titleModifiers.has(toks[b - 1].lower) && !(dealOnly && toks.slice(a, b).some((t) => COMMON_WORDS.has(t.lower) || ADJECTIVE_LIKE.test(t.lower)))) {
    let k = j + 1;
    while (k < j + 3 && COMPANY_SLOTS.titleTail.has(at(k)?.lower ?? '')) k++;
    const person = at(k);
    if (person?.cap && GIVEN_NAMES.has(person.lower)) return true;
  }
  // "Apple said on Tuesday": a verb of business right after the name, before any auxiliary is read
  // ("said" is also one: "Ford said to buy").
  // (Not the last word of a person's name, "Kengo wa Dondo said", nor a legal form alone, "Pantera's
  // Corp said".)
  if (!dealOnly && COMPANY_SLOTS.verbsAfter.has(first.lower) && !(a > 0 && toks[a - 1].sent === sent && NAME_PARTICLES.has(toks[a - 1].lower)) && !legalFormAlone) return true;
  // "Polestar said on Monday it had agreed ...", "Notion said that its ...": a speaker that says "it" of
  // itself is a company (a person says "he" or "she"), for a name no list has too.
  if (COMPANY_SLOTS.speechVerbs.has(first.lower) && !legalFormAlone) {
    let k = j + 1;
    while (k < j + 5 && COMPANY_SLOTS.speechFillers.has(at(k)?.lower ?? '')) k++;
    if (at(k)?.lower === 'it' || at(k)?.lower === 'its') return true;
  }
  // An appositive between commas ("Block, formerly known as Square, agreed to buy"): the verb after it.
  if (first.text === ',') {
    // "Nikkei, which has agreed to pay", "Ardent, which bought": a relative clause of business about
    // the name ("who" would be a person's).
    if (/^(?:which|that)$/.test(at(j + 1)?.lower ?? '')) {
      let k = j + 2;
      // (Not a passive: "Isuprel, which were bought by".)
      for (let n = 0; n < 2 && at(k) && COMPANY_SLOTS.auxiliaries.has(at(k)!.lower) && !/^(?:is|are|was|were|been|being)$/.test(at(k)!.lower); n++) k++;
      const rv = at(k);
      if (rv && (RELATIVE_DEAL_VERB.test(rv.lower) || (/^(?:agreed|agrees|plans|planned)$/.test(rv.lower) && at(k + 1)?.lower === 'to' && COMPANY_SLOTS.infinitives.has(at(k + 2)?.lower ?? '')))) return true;
    }
    let k = j + 1;
    while (k < j + 14 && at(k) && at(k)!.text !== ',') k++;
    if (at(k)?.text === ',' && k > j + 1 && !at(j + 1)!.cap) j = k + 1;
  }
  const from = j;
  for (let n = 0; n < 2 && at(j) && COMPANY_SLOTS.auxiliaries.has(at(j)!.lower); n++) j++;
  const v = at(j);
  if (v) {
    // "MacAndrews will acquire Revlon".
    if (j > from && COMPANY_SLOTS.infinitives.has(v.lower)) return true;
    if ((dealOnly ? COMPANY_SLOTS.dealVerbs : COMPANY_SLOTS.verbsAfter).has(v.lower)) return true;
    if (v.lower === 'to' && COMPANY_SLOTS.infinitives.has(at(j + 1)?.lower ?? '')) return true;
    // "Brantwell has put itself up for sale": a company speaks of itself as "itself" (a person says
    // "himself" or "herself"); "Pellor has found a buyer in X": a company is what finds a buyer.
    if (v.pos === 'VERB' && at(j + 1)?.lower === 'itself' && (!dealOnly || /^(?:up|on|for|to)$/.test(at(j + 2)?.lower ?? ''))) return true;
    if (/^(?:found|finds|find|finding)$/.test(v.lower) && /^(?:a|an|its)$/.test(at(j + 1)?.lower ?? '') && /^(?:buyer|purchaser|suitor|backer|bidder|acquirer)s?$/.test(at(j + 2)?.lower ?? '')) return true;
    // "Oracle is in talks to buy", "Ford was in advanced negotiations with": talks are a company's.
    if (j > from && v.lower === 'in' && IN_TALKS.test(`${at(j + 1)?.lower ?? ''} ${at(j + 2)?.lower ?? ''}`)) return true;
    // "Honda and its rival", "Halliburton dropped its plan": "its" after the name speaks of a company.
    if (!dealOnly && ((v.lower === 'and' && at(j + 1)?.lower === 'its') || (v.pos === 'VERB' && at(j + 1)?.lower === 'its'))) return true;
  }
  return !dealOnly && phraseBefore(ctx, a, COMPANY_SLOTS.before);
}

function phrase(ctx: Ctx, a: number, b: number): GazHit | undefined {
  const s = surface(ctx, a, b);
  const h = lookupPhrase(s, ctx.toks[a].line.allCaps);
  if (h && !h.weak) return h;
  const k = ctx.known.get(s);
  if (k) return { type: k.type, weak: false, source: 'document', rule: k.rule };
  return h;
}

/** Rule: the whole run is a gazetteer or lexicon entry ("Microsoft", "Amazon Web Services", "LONDON"). */
const gazetteerFull: SpanRule = (a, b, ctx) => {
  // (A function word in capitals is no list entry's name: "THE", "AND" of a line in capitals.)
  if (b - a === 1 && CAPS_FUNCTION_WORDS.has(ctx.toks[a].text)) return null;
  const h = phrase(ctx, a, b);
  if (!h || (h.weak && !weakHitOk(ctx, a, b, h.type, h.source))) return null;
  // A listed company that is also a common word or a name, in the slot of a company: found, not guessed.
  if (h.weak && h.type === 'organization' && companySlot(ctx, a, b, false)) return [span(a, b, 'organization', 'company-slot')];
  // A town's name that is also a common word or a person's name, after a kind of company ("pub firm
  // Lincoln") or before an apposition naming one ("Harper, a dinner delivery service, ..."): a company.
  if (!h.weak && h.type === 'place' && b - a === 1 && h.source === 'gazetteer' && ambiguousWord(ctx.toks[a].lower) && (phraseBefore(ctx, a, ORG_CONTEXT_BEFORE) || companyApposition(ctx, b))) {
    return [span(a, b, 'organization', 'org-context')];
  }
  return [span(a, b, h.type, h.rule ?? h.source, h.weak)];
};

/** A word that is also a common word or a person's name (no country, state or great city). */
export function ambiguousWord(lower: string): boolean {
  return COMMON_WORDS.has(lower) || GIVEN_NAMES.has(lower) || SURNAMES.has(lower) || NAME_PARTS.has(lower);
}

/**
 * A market page's listing in parentheses at token b: "(Amsterdam: PR8.AS - news)", "(Other OTC: JSTLF -
 * news)", "(NasdaqGS: GRPN)": one or two capitalized words naming a market, a colon, a code of capitals,
 * digits and dots, an optional "- news". Returns [first code token, the closing parenthesis] or null.
 */
export function listingAt(toks: Tok[], b: number): [number, number] | null {
  if (toks[b]?.text !== '(') return null;
  const sent = toks[b].sent;
  let k = b + 1;
  let label = 0;
  while (label < 2 && toks[k]?.cap && toks[k].sent === sent && toks[k].text !== ':') {
    k++;
    label++;
  }
  if (label === 0 || toks[k]?.text !== ':') return null;
  const code = ++k;
  // The code: "PR8.AS", read by the tokenizer as "PR8", ".", "AS" (and "A1G.DE", "3366-OL.HK").
  while (k < code + 6 && toks[k] && /^(?:[A-Z0-9][A-Z0-9]*|\.|-)$/.test(toks[k].text) && !(toks[k].text === '-' && toks[k + 1]?.lower === 'news')) k++;
  if (!toks.slice(code, k).some((t) => /[A-Z]/.test(t.text))) return null;
  if (toks[k]?.text === '-' && toks[k + 1]?.lower === 'news') k += 2;
  return toks[k]?.text === ')' ? [code, k] : null;
}

/** "(NASDAQ: LLNW)", "(FUEL)", "(LSE: ALDM)": a ticker in parentheses right after token b - 1. */
function tickerAfter(ctx: Ctx, b: number): boolean {
  const { toks } = ctx;
  if (toks[b]?.text !== '(' || toks[b].sent !== toks[b - 1].sent) return false;
  if (listingAt(toks, b)) return true;
  let k = b + 1;
  const listing = toks[k + 1]?.text === ':' && EXCHANGE_PREFIXES.has(toks[k]?.text ?? '');
  if (listing) k += 2;
  if (!/^[A-Z][A-Z0-9.]{0,7}$/.test(toks[k]?.text ?? '') || toks[k + 1]?.text !== ')') return false;
  // Not the acronym of common words ("Business Intelligence (BI)"), unless an exchange names it.
  return listing || !commonAcronyms(ctx).has(toks[k].text);
}

/** Rule: capitalized common words that name a company where a company stands ("Limelight Networks
 * (NASDAQ: LLNW)", "Rocket Fuel has more than 20 offices", "shares of Sports Direct"); without such
 * context they are a heading or a title ("Investor Relations"), which no rule takes. */
const commonWordsName: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  // One capitalized common word inside a sentence, in the object slot of a deal ("Fox Sports buys
  // Impression", "agreed to acquire Bumble") or before an apposition naming a kind of company
  // ("Impression, a naming-rights agency"): a company. (Not "the Board said": no verb after counts.)
  if (b - a === 1) {
    const t = toks[a];
    // (Nor a modifier of the noun after it: "shares of Common stock".)
    const next = toks[b];
    if (next && next.sent === t.sent && !next.cap && /^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ')) return null;
    // (Nor a place in a compound: "a stake in Oporto-based BPI".)
    if (next?.text === '-' && next.start === t.end) return null;
    if (t.upper || !t.cap || !COMMON_WORDS.has(t.lower) || pluralNoun(t.lower) || ADJECTIVE_LIKE.test(t.lower) || NON_ENTITIES.has(t.text) || genericSubject(t)) return null;
    // At a sentence start only before a closed apposition naming a kind of company and a verb of
    // business ("Orchard, the fintech startup, said it would buy"; not "Still, the startup, founded in").
    if (t.sentStart) return closedCompanyApposition(ctx, b) ? [span(a, b, 'organization', 'company-slot')] : null;
    // Inside a sentence also as the subject of a deal's verb, without an article ("after Orchard agreed
    // to buy it"; not "the Board agreed").
    const before = a > 0 && toks[a - 1].sent === t.sent ? toks[a - 1].lower : '';
    const subject = (t.pos === 'PROPN' || t.pos === 'NOUN') && !NOUN_DETERMINERS.has(before) && !POSSESSIVE_MARKS.has(before) && companySlot(ctx, a, b, true);
    return subject || phraseBefore(ctx, a, COMPANY_SLOTS.before) || companyApposition(ctx, b) ? [span(a, b, 'organization', 'company-slot')] : null;
  }
  if (b - a > 4) return null;
  // (A last acronym that is a head word of companies is the trade's: "Nimbus AI"; not "Value ETF".)
  const lastAcronym = b - a > 1 && toks[b - 1].upper && ORG_HEADS.has(toks[b - 1].text);
  for (let i = a; i < b - (lastAcronym ? 1 : 0); i++) if (!toks[i].cap || toks[i].upper || !COMMON_WORDS.has(toks[i].lower)) return null;
  if (tickerAfter(ctx, b) || companySlot(ctx, a, b, false) || phraseBefore(ctx, a, ORG_CONTEXT_BEFORE) || (b - a > 1 && sellerSlot(ctx, a)) || namedAfterKind(ctx, a, b)) return [span(a, b, 'organization', 'company-slot')];
  // Two or more such words inside a sentence before the noun of a deal ("completes Harbor City
  // takeover", "closed the Summit Ridge acquisition"): the company the deal is about.
  const after = toks[b];
  const prev = toks[a - 1];
  if (b - a > 1 && after && after.sent === toks[a].sent && DEAL_NOUNS_AFTER_NAME.has(after.text) && prev && prev.sent === toks[a].sent && !prev.cap && /^\p{Ll}/u.test(prev.text) && !toks.slice(a, b).some((t) => NON_ENTITIES.has(t.text))) return [span(a, b, 'organization', 'company-slot')];
  // Several such words after "the" in the slot of a deal ("agreed to buy the Harbor Hawks", "a stake in
  // the Lakeside Rovers"): a team or a company named with its article.
  if (b - a > 1 && a > 0 && toks[a - 1].lower === 'the' && toks[a - 1].sent === toks[a].sent && phraseBefore(ctx, a - 1, COMPANY_SLOTS.before)) return [span(a, b, 'organization', 'company-slot')];
  return null;
};

/** Verbs of buying whose seller "from" names ("bought two hotels from X"). */
const BUY_VERBS = new Set(['buy', 'buys', 'bought', 'buying', 'acquire', 'acquires', 'acquired', 'acquiring', 'purchase', 'purchases', 'purchased', 'purchasing']);

/** "from" right before `a`, after a verb of buying a few words before in the same sentence ("agreed to
 * buy a portfolio of 22 communities from Evergreen Living"): the seller's slot. */
function sellerSlot(ctx: Ctx, a: number): boolean {
  const { toks } = ctx;
  const from = toks[a - 1];
  if (from?.lower !== 'from' || from.sent !== toks[a].sent) return false;
  for (let i = a - 2; i >= 0 && i >= a - 20 && toks[i].sent === from.sent; i--) {
    if (toks[i].lower === 'from' || toks[i].text === ',') return false;
    if (BUY_VERBS.has(toks[i].lower)) return true;
  }
  return false;
}

/** A trade named by a common word in -ing that is no surname or given name ("Prospecting",
 * "Publishing", "Mining"; not "Manning", "Golding"): it ends a company's name, not a person's. */
function tradeWord(t: Tok): boolean {
  return /\p{Ll}ing$/u.test(t.text) && COMMON_WORDS.has(t.lower) && !SURNAMES.has(t.lower) && !GIVEN_NAMES.has(t.lower);
}

/** A word that opens a sentence as a subject, not as a name: a generic noun or a kind of company
 * ("Management agreed to sell", "Parent will buy"). */
function genericSubject(t: Tok): boolean {
  return GENERIC_SUBJECTS.has(t.lower) || COMPANY_SLOTS.appositionNouns.has(t.lower);
}

/** The plural of a listed common word ("bakeries", "foods"; not a surname's "-ers"). */
export function commonPlural(w: string): boolean {
  return w.length > 4 && ((w.endsWith('ies') && COMMON_WORDS.has(w.slice(0, -3) + 'y')) || (w.endsWith('s') && !w.endsWith('ss') && COMMON_WORDS.has(w.slice(0, -1)) && !SURNAMES.has(w)));
}

/** A plural common noun ("Chipmakers", "Investors", "Banks"): no company name. */
function pluralNoun(w: string): boolean {
  return w.endsWith('s') && (COMMON_WORDS.has(w.slice(0, -1)) || (w.endsWith('es') && COMMON_WORDS.has(w.slice(0, -2))) || (w.endsWith('ies') && COMMON_WORDS.has(w.slice(0, -3) + 'y')) || /(?:er|or|ist|ant|ent)s$/.test(w));
}

/** Rule: a name no list has, before the verb of a deal, is a company, at a sentence start too
 * ("Quellmark agreed to buy ...", "Vantor Brands to acquire ..."); not a word that is a first name,
 * a surname or a common word. */
const dealVerb: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  if (b - a > 3 || phrase(ctx, a, b)) return null;
  // One word: at a sentence start or in a headline (elsewhere the fallback guess says organization);
  // several: one of them a common word ("Vantor Brands"), else it may be a person ("Aslan Maskhadov").
  if (b - a === 1 ? !(toks[a].sentStart || isHeadline(toks[a])) || ADJECTIVE_LIKE.test(toks[a].lower) || pluralNoun(toks[a].lower) : ![...toks.slice(a, b)].some((t) => COMMON_WORDS.has(t.lower))) return null;
  for (let i = a; i < b; i++) {
    const t = toks[i];
    // (A common word alone opens a sentence without an article only as a name: "Ironwood will buy ...";
    // not a word of a company's kind or role: "Management agreed to sell".)
    // (A word the lists know only as a part of some name, neither a first name nor a surname, may be
    // one company's name alone: "Faxon raises $30 million".)
    const namePartOnly = b - a === 1 && NAME_PARTS.has(t.lower) && !GIVEN_NAMES.has(t.lower) && !SURNAMES.has(t.lower);
    if (!t.cap || (isNameish(t) && !namePartOnly) || (COMMON_WORDS.has(t.lower) && b - a === 1 && (!t.sentStart || genericSubject(t))) || SENTENCE_INITIAL_STOP.has(t.text) || NON_ENTITIES.has(t.text)) return null;
  }
  return companySlot(ctx, a, b, true) ? [span(a, b, 'organization', 'company-slot')] : null;
};

/** Rule: "A and B" is two names when either side is a known name or both start with a given name
 * ("Amazon Web Services and Google Cloud"); "A & B" is otherwise one organization ("Douglas & Lomason"). */
const coordination: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  for (let k = a + 1; k < b - 1; k++) {
    const amp = toks[k].text === '&';
    if (toks[k].lower !== 'and' && !amp) continue;
    // "Pesch and Co", "Bear Stearns & Co": a suffix after the conjunction makes one company.
    if (k + 2 === b && CORPORATE_SUFFIXES.has(toks[k + 1].text)) return [span(a, b, 'organization', 'suffix')];
    // So does a firm's tail, with or without a legal form: "Sahlen and Associates Inc", "Holloway & Sons".
    if (FIRM_TAILS.has(toks[k + 1].text) && (k + 2 === b || (k + 3 === b && CORPORATE_SUFFIXES.has(toks[k + 2].text)))) return [span(a, b, 'organization', 'suffix')];
    // So do two trades, the second a verb's "-ing" form, before a legal form: "Northern Engineering and
    // Testing Inc" (whatever a later "Northern Engineering" makes known).
    if (!amp && k > a + 1 && AND_NAME_WORDS.has(toks[k - 1].text) && /ing$/.test(toks[k + 1].lower) && COMMON_WORDS.has(toks[k + 1].lower) && k + 3 === b && CORPORATE_SUFFIXES.has(toks[b - 1].text)) return [span(a, b, 'organization', 'suffix')];
    const left = phrase(ctx, a, k);
    const right = phrase(ctx, k + 1, b);
    // "Harper and Row Publishers Inc said": at a sentence start, one word that is only a place name,
    // "and", then an unknown name with a legal form is one company.
    if (!amp && k === a + 1 && toks[a].sentStart && k + 2 < b && CORPORATE_SUFFIXES.has(toks[b - 1].text) && left?.type === 'place' && !right) return [span(a, b, 'organization', 'and-name')];
    const known = (left && !left.weak) || (right && !right.weak);
    // (Or a person's full name and a name of two or more words: "Adam Jourdan and SHANGHAI Newsroom".)
    // (Not one word each before a legal form: "Palmer and Russell Inc" is a firm of two partners.)
    const firm = k - a === 1 && b - k - 1 === 2 && CORPORATE_SUFFIXES.has(toks[b - 1].text) && !amp;
    const people = (GIVEN_NAMES.has(toks[a].lower) && GIVEN_NAMES.has(toks[k + 1].lower) && !firm) || (!amp && k - a === 2 && b - k > 2 && GIVEN_NAMES.has(toks[a].lower) && isNameWord(toks[a + 1]) && !COMMON_WORDS.has(toks[a + 1].lower) && !left);
    // "Futures and Options Exchange", "Ministry of Trade and Industry": one name.
    let inner = (ORG_HEADS.has(toks[b - 1].text) || CORPORATE_SUFFIXES.has(toks[b - 1].text)) && !CORPORATE_SUFFIXES.has(toks[k - 1].text);
    // An "of" inside the left side joins it to the right ("Ministry of Trade and Industry"), unless the
    // left is already a whole name and its town: "of" after a legal form ("Gleason Securities Service
    // Inc of New York and Gleason Plant Security Inc"), or "of" and a known place that ends the left
    // side while the right side has a legal form of its own ("Compagnie des Machines Bull of France and
    // NEC Corp").
    const rightCompany = k + 2 < b && toks[k + 1].cap && CORPORATE_SUFFIXES.has(toks[b - 1].text);
    let closed = false;
    for (let i = a; i < k; i++) {
      if (toks[i].lower !== 'of' && toks[i].lower !== 'for') continue;
      if (toks[i].lower === 'of' && i > a && rightCompany && (CORPORATE_SUFFIXES.has(toks[i - 1].text) || isPlacePhrase(ctx, i + 1, k))) closed = true;
      else inner = true;
    }
    if (closed) inner = false;
    // "Lindell Foods and Brant Capital": each side a name of its own, two words or more ending in a
    // head word or legal form, the right one opening with a word that is no common word.
    // (A plural trade noun ends one as a head word does: "Kestrel Bakeries and Marlin Foods".)
    const whole = (i: number, j: number, common = false) => j - i >= 2 && (ORG_HEADS.has(toks[j - 1].text) || CORPORATE_SUFFIXES.has(toks[j - 1].text) || (j - i === 2 && !toks[j - 1].upper && pluralNoun(toks[j - 1].lower))) && (common || !COMMON_WORDS.has(toks[i].lower)) && !CONNECTORS.has(toks[i + 1].lower);
    // So is "Zentrio and Lindell Foods" before the verb of their deal or after "led by": the left side
    // a name of no common word, the right side a whole name ending in a head word ("agreed to merge";
    // not a legal form that covers both: "McAndrews and Forbes Holdings Inc will acquire").
    // (A listed company whose short name is a common word is a name too: "Apple and Lindell Foods agreed".)
    const leftName = k - a <= 3 && (toks.slice(a, k).every((t) => t.cap && !COMMON_WORDS.has(t.lower)) || left?.type === 'organization');
    if (!amp && leftName && whole(k + 1, b) && !COMMA_SUFFIXES.has(toks[b - 1].text) && !phrase(ctx, a, b) && (companySlot(ctx, a, b, true) || phraseBefore(ctx, a, COMPANY_SLOTS.pairBefore))) inner = false;
    // After "led by" or "participation from", investors are listed: the left side may end in a common
    // word and the right open with one ("Arden Growth and Fennel Capital"), unless the word names a
    // trade that one name joins with "and" ("led by Texas Oil and Gas Corp").
    if (!amp && k - a <= 3 && toks.slice(a, k).every((t) => t.cap) && !COMMON_WORDS.has(toks[a].lower) && whole(k + 1, b, true) && !AND_NAME_WORDS.has(toks[k + 1].text) && !AND_NAME_WORDS.has(toks[k - 1].text) && !COMMA_SUFFIXES.has(toks[b - 1].text) && !phrase(ctx, a, b) && phraseBefore(ctx, a, COMPANY_SLOTS.pairBefore)) inner = false;
    // (The right side may open with a common word, "Fellgate Mining and Rook Resources", when the left
    // is whole and the word names no trade that one name joins with "and": "Texas Oil and Gas Corp".)
    const wholeRight = whole(k + 1, b) || (whole(a, k) && b - k - 1 >= 2 && !AND_NAME_WORDS.has(toks[k + 1].text) && !ORG_HEADS.has(toks[k + 1].text) && !CORPORATE_SUFFIXES.has(toks[k + 1].text) && whole(k + 1, b, true));
    // (At a sentence start the left name may open with a common word: "Acme Pharma and Annadale
    // Therapeutics have scrapped ...".)
    if (!amp && whole(a, k, toks[a].sentStart) && wholeRight && !phrase(ctx, a, b)) {
      let joined = false;
      for (let i = a; i < b; i++) if (i !== k && CONNECTORS.has(toks[i].lower)) joined = true;
      if (!joined) inner = false;
    }
    // "South Bay Savings and Loan Association of Newport Beach": a head word before a later "of" and a
    // place closes one name; the place is where it is.
    for (let i = k + 2; i < b - 1; i++) {
      if (toks[i + 1].lower !== 'of' || !(ORG_HEADS.has(toks[i].text) || ORG_HEADS_BEFORE_OF.has(toks[i].text)) || CORPORATE_SUFFIXES.has(toks[k - 1].text)) continue;
      const where = phrase(ctx, i + 2, b);
      if ((!where || where.weak || where.type === 'place') && !phrase(ctx, a, b)) return [span(a, i + 1, 'organization', 'org-head'), span(i + 2, b, 'place', 'org-of-place')];
      inner = true;
    }
    if ((amp && left && right) || (!amp && (known || people || !inner))) {
      let l = classify(a, k, ctx);
      let r = classify(k + 1, b, ctx);
      // "Orvane and Tessaly announced a partnership": before the verb of a deal, a side no rule
      // names is a company too (the verb follows the pair, not the side).
      if (!amp && (!l.length || !r.length) && companySlot(ctx, a, b, true)) {
        if (!l.length && (unknownSide(ctx, a, k) || phrase(ctx, a, k)?.type === 'organization')) l = [span(a, k, 'organization', 'company-slot')];
        if (!r.length && unknownSide(ctx, k + 1, b)) r = [span(k + 1, b, 'organization', 'company-slot')];
      }
      // After a kind of companies in the plural ("private equity firms Hollis and Vantage"), both sides
      // are companies, a side written as a common word too.
      if (!amp && !r.length && l.length === 1 && l[0].type === 'organization' && l[0].rule === 'org-context' && /s$/.test(toks[a - 1]?.lower ?? '') && b - k - 1 <= 2 && toks.slice(k + 1, b).every((t) => t.cap && !t.upper && !NON_ENTITIES.has(t.text)) && !phrase(ctx, k + 1, b)) {
        r = [span(k + 1, b, 'organization', 'org-context')];
      }
      return [...l, ...r];
    }
    if (amp) return [span(a, b, 'organization', 'ampersand')];
  }
  return null;
};

/** Nouns of a deal written after the name of the company it is about ("the Harbor City takeover"). */
const DEAL_NOUNS_AFTER_NAME = new Set(['takeover', 'acquisition', 'buyout', 'merger', 'purchase', 'deal', 'bid', 'sale']);

/** Nouns of a deal between two parties, after "the X-Y ...". */
const PAIR_DEAL_NOUNS = new Set(['merger', 'mergers', 'deal', 'tie-up', 'combination', 'talks', 'transaction', 'partnership', 'alliance', 'venture', 'pact', 'agreement', 'joint']);

/** One to three capitalized words that are no common word alone, no name-like word, no sentence opener. */
function unknownSide(ctx: Ctx, a: number, b: number): boolean {
  const { toks } = ctx;
  if (b - a < 1 || b - a > 3) return false;
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (!t.cap || t.upper || isNameish(t) || SENTENCE_INITIAL_STOP.has(t.text) || NON_ENTITIES.has(t.text) || genericSubject(t) || pluralNoun(t.lower)) return false;
  }
  return !(b - a === 1 && COMMON_WORDS.has(toks[a].lower));
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}$|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)/;

/** Rule: a wire dateline, an all-caps place before the date ("BONN 1996-08-30", "LONDON, Aug 30"). */
const dateline: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  const t = toks[a];
  if (!t.upper || (a > 0 && toks[a - 1].sent === t.sent)) return null;
  let k = b;
  if (toks[k]?.text === ',') k++;
  // "IRVINE, Calif 1996-08-30": a state or country between place and date.
  if (toks[k] && toks[k].cap && !DATE_LIKE.test(toks[k].text) && phrase(ctx, k, k + 1)?.type === 'place') k++;
  if (!toks[k] || toks[k].sent !== t.sent || !DATE_LIKE.test(toks[k].text)) return null;
  const h = phrase(ctx, a, b);
  if (h && h.type !== 'place' && !h.weak) return null;
  return [span(a, b, 'place', 'dateline')];
};

/** Rule: events, laws and prizes are not parties ("Labor Day", "Korean War", "Trades Disputes Act"). */
const miscHead: SpanRule = (a, b, ctx) => {
  if (b - a < 2 || !MISC_HEADS.has(ctx.toks[b - 1].text)) return null;
  // (Where a deal puts a company, the head names a trade: "agreed to buy Sparrowhawk Games".)
  // (So does a kind of company before it: "ride-hailing service Keystone Summit".)
  if (companySlot(ctx, a, b, true) || phraseBefore(ctx, a, COMPANY_SLOTS.before) || phraseBefore(ctx, a, ORG_CONTEXT_BEFORE)) return null;
  return [];
};

/** Rule: "X of Y" is two names unless X is a head that takes "of" ("Bank of England", "Gulf of Mexico"):
 * "Joel Naroff of First Union". */
const ofSplit: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  for (let k = a + 1; k < b - 1; k++) {
    if (toks[k].lower !== 'of') continue;
    const head = toks[k - 1];
    // "Lynn Reaser of Barnett Banks Inc." is two names; "First of Michigan Corp." is one.
    const person = GIVEN_NAMES.has(toks[a].lower) && k - a >= 2 && k - a <= 3;
    if (CORPORATE_SUFFIXES.has(toks[b - 1].text) && !person) return null;
    // "Dynamics Corp of America": a legal form before "of America" is one name (see suffix).
    if (CORPORATE_SUFFIXES.has(head.text) && suffixOfPlace(ctx, k + 1, b)) return null;
    if (ORG_HEADS_BEFORE_OF.has(head.text) || ORG_HEADS.has(head.text) || LOC_HEADS.has(head.text) || PLACE_NOUNS.has(head.lower) || MISC_HEADS.has(head.text)) return null;
    if (phrase(ctx, a, b)) return null;
    return [...classify(a, k, ctx), ...classify(k + 1, b, ctx)];
  }
  return null;
};

/** Tokens [a, b) are a known place ("Fort Myers", "New South Wales"). */
function isPlacePhrase(ctx: Ctx, a: number, b: number): boolean {
  const h = phrase(ctx, a, b);
  return h !== undefined && !h.weak && h.type === 'place';
}

/** Tokens [a, b) are a place that a legal form takes into the name after "of" ("Corp of America"). */
function suffixOfPlace(ctx: Ctx, a: number, b: number): boolean {
  return a < b && SUFFIX_OF_PLACES.has(surface(ctx, a, b));
}

/** A roman numeral that numbers a fund after its name ("Fund IV", "Partners II"). */
const FUND_NUMBER = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV)$/;

/** Tokens i, i + 1, i + 2 are the Danish and Norwegian legal form "A/S", which the tokenizer splits. */
export function slashAS(toks: readonly Tok[], i: number): boolean {
  const [x, y, z] = [toks[i], toks[i + 1], toks[i + 2]];
  return x?.text === 'A' && y?.text === '/' && z?.text === 'S' && y.start === x.end && z.start === y.end;
}

/** Rule: a corporate suffix ends an organization ("Fundamental Management Corp", "Siemens AG"). */
const suffix: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  // "Velder Foods A/S" (suffixChain joins the rest of the legal form).
  if (b - a >= 2 && slashAS(toks, b - 1)) return [span(a, b, 'organization', 'suffix')];
  for (let k = b - 1; k > a; k--) {
    if (!CORPORATE_SUFFIXES.has(toks[k].text)) continue;
    // Head words after the suffix belong to the name ("Coastline Energy Advisors", "Northbridge Capital Markets").
    let end = k + 1;
    while (end < b && ORG_HEADS.has(toks[end].text)) end++;
    // "Dynamics Corp of America": "of America" after the suffix belongs to the name ("Acme Co of Dallas" is
    // a company and its town).
    if (end + 1 < b && toks[end].lower === 'of' && suffixOfPlace(ctx, end + 1, b)) end = b;
    // "Citizens Bank of Roseville", "First National Bank of Chicago": a bank's place is its name's.
    else if (end + 1 < b && toks[end].lower === 'of' && toks[end - 1].text === 'Bank' && end - 1 > a && isPlacePhrase(ctx, end + 1, b)) end = b;
    const out = [span(a, end, 'organization', 'suffix')];
    // (A fund's number after it is no name of its own: "Vantor Capital Fund IV", "Brant Partners II".)
    const rest = end < b && FUND_NUMBER.test(toks[end].text) ? end + 1 : end;
    if (rest < b) out.push(...classify(rest, b, ctx));
    return out;
  }
  // "Acme, Inc." : the suffix follows a comma.
  const c = toks[b];
  const s = toks[b + 1];
  if (c && s && c.text === ',' && COMMA_SUFFIXES.has(s.text)) {
    return [span(a, b, 'organization', 'suffix')];
  }
  return null;
};

/** Rule: a person title before a name ("Mr. Smith", "President Bill Clinton", "Bramwell Chief Executive
 * Officer Gregory Albers"); what precedes the title block is classified on its own. */
const title: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  let k = -1;
  for (let i = a; i < b - 1; i++) if (PERSON_TITLES.has(toks[i].text) || ROLE_TITLE_WORDS.has(toks[i].text)) k = i;
  if (k < 0) return null;
  // The rest must look like a name: no connector but name particles.
  for (let i = k + 1; i < b; i++) if (!toks[i].cap && !NAME_PARTICLES.has(toks[i].lower)) return null;
  // ... and hold a word that is no common word: "Burger King Worldwide", "Stonebriar Commercial
  // Finance" are no titled persons.
  let named = false;
  for (let i = k + 1; i < b && !named; i++) if (!COMMON_WORDS.has(toks[i].lower) || GIVEN_NAMES.has(toks[i].lower) || toks[i].upper) named = true;
  if (!named) return null;
  const rest = phrase(ctx, k + 1, b);
  if (rest && !rest.weak && rest.type !== 'person') return null;
  // "General Motors Corp", "Chief Financial Group": a suffix at the end names an organization.
  if (CORPORATE_SUFFIXES.has(toks[b - 1].text) || ORG_HEADS.has(toks[b - 1].text)) return null;
  let start = k;
  while (start > a && (PERSON_TITLES.has(toks[start - 1].text) || ROLE_TITLE_WORDS.has(toks[start - 1].text))) start--;
  const out = start > a ? classify(a, start, ctx) : [];
  out.push(span(k + 1, b, 'person', 'title'));
  return out;
};

/** Rule: organization head words ("Finance Ministry", "Bank of England", "Social Democratic Party",
 * "Gruppo Ferruzzi"). */
const orgHead: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  if (b - a < 2) return null;
  let headOf = false;
  // ("for" too: "Office for National Statistics", "Institute for Fiscal Studies", "Department for Education")
  for (let i = a; i < b - 1; i++) if ((toks[i + 1].lower === 'of' || (toks[i + 1].lower === 'for' && i + 2 < b)) && (ORG_HEADS.has(toks[i].text) || ORG_HEADS_BEFORE_OF.has(toks[i].text))) headOf = true;
  // ("Kessler's Sporting Goods": an owner's possessive before a trade word, see possessiveName)
  const shop = b - a >= 3 && /^['’]s$/.test(toks[a + 1].text) && POSSESSIVE_NAME_HEADS.has(surface(ctx, a + 2, b));
  if (ORG_HEADS.has(toks[b - 1].text) || headOf || ORG_PREFIXES.has(toks[a].text) || shop) {
    return [span(a, b, 'organization', 'org-head')];
  }
  return null;
};

/** Rule: place head words ("Yangtze River", "Gulf of Mexico", "Orange County"). */
const locHead: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  if (b - a < 2) return null;
  if (LOC_HEADS.has(toks[b - 1].text) || (LOC_HEADS.has(toks[a].text) && toks[a + 1].lower === 'of')) {
    return [span(a, b, 'place', 'place-head')];
  }
  return null;
};

function isNameWord(t: Tok): boolean {
  // "Smith", "J.", "McCarthy", "O'Neill", "DeLorean"; not "OpenAI".
  return /^\p{Lu}\.$/u.test(t.text) || (t.cap && !t.upper && /^\p{Lu}[\p{Ll}'’\-]*(?:\p{Lu}[\p{Ll}'’\-]+)?\.?$/u.test(t.text));
}

/** Rule: a known given name or an initial starts a 2-4 word name ("John Smith", "M. Waugh",
 * "Carlos Salinas de Gortari"). */
const givenName: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  const n = b - a;
  if (n < 2 || n > 4) return null;
  const initial = /^\p{Lu}\.$/u.test(toks[a].text) && n <= 3 && !toks[a + 1].upper;
  // "S. Korea", "N. Ireland": an abbreviated direction before a place.
  const direction = initial ? INITIAL_DIRECTIONS[toks[a].text] : undefined;
  if (initial && (phrase(ctx, a + 1, b)?.type === 'place' || (direction && lookupPhrase(`${direction} ${surface(ctx, a + 1, b)}`, false)?.type === 'place'))) {
    return [span(a, b, 'place', 'place-direction')];
  }
  if (n < 2 || n > 4 || !(initial || GIVEN_NAMES.has(toks[a].lower)) || !isNameWord(toks[a])) return null;
  for (let i = a + 1; i < b; i++) {
    if (!isNameWord(toks[i]) && !NAME_PARTICLES.has(toks[i].lower)) return null;
  }
  // "Ashby Rovers", "Marlow Wanderers": a plural noun that is no surname ends a club or a company.
  if (pluralNoun(toks[b - 1].lower) && !isNameish(toks[b - 1])) return null;
  // "a stake in the Brooklyn Cavley": after "the", a given name that is also a place opens the name
  // of a team or a company, not a person's.
  if (a > 0 && toks[a - 1].lower === 'the' && phrase(ctx, a, a + 1)?.type === 'place') return null;
  const last = phrase(ctx, b - 1, b);
  const placeLast = last !== undefined && !last.weak && last.type === 'place' && !SURNAMES.has(toks[b - 1].lower);
  if (placeLast && n === 2) return null;
  // "By Neville Otuki Kenya's business leaders" (a byline run into the text): the place is not the surname.
  if (placeLast && n >= 3 && GIVEN_NAMES.has(toks[a].lower)) {
    return [span(a, b - 1, 'person', 'given-name'), span(b - 1, b, 'place', last.rule ?? last.source)];
  }
  return [span(a, b, 'person', 'given-name')];
};

/** A month or a weekday, which follows a name as a date does ("said Velling Tuesday"). */
const CALENDAR_WORD = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Rule: longest gazetteer matches inside a longer run; the gaps are classified on their own. */
const gazetteerSplit: SpanRule = (a, b, ctx) => {
  const found: Span[] = [];
  for (let i = a; i < b; ) {
    let matched = 0;
    for (let j = Math.min(b, i + MAX_PHRASE_WORDS); j > i; j--) {
      if (j - i === b - a) continue; // the whole run was gazetteerFull's question
      if (!ctx.toks[i].cap || !ctx.toks[j - 1].cap) continue;
      if (j - i === 1 && NON_ENTITIES.has(ctx.toks[i].text)) continue;
      const h = phrase(ctx, i, j);
      // "Frostline Packaging" after "Frostline Industries Ltd.": the short form of a known organization
      // followed by other capitalized words is a different organization, not a mention of the first.
      if (h && !h.weak && h.source === 'document' && h.rule === 'consistency' && h.type === 'organization' && i === a && j < b && distinctTail(ctx, j, b)) {
        return [span(a, b, 'organization', 'distinct-name')];
      }
      // "the acquisition of Velling Controls. Velling, based in Ohio, ...": one unknown word the document
      // reads as a company where a company stands, followed here by a capitalized word of a trade, is
      // the company's full name, and the word alone its short form.
      if (h && !h.weak && h.source === 'document' && h.rule === 'company-slot' && h.type === 'organization' && i === a && j === a + 1 && b === a + 2 && distinctTail(ctx, j, b) && !(phrase(ctx, j, b)?.weak === false) && COMMON_WORDS.has(ctx.toks[j].lower) && !PERSON_TITLES.has(ctx.toks[j].text) && !CALENDAR_WORD.test(ctx.toks[j].text)) {
        return [span(a, b, 'organization', 'long-form')];
      }
      if (h && !h.weak) {
        found.push(span(i, j, h.type, h.rule ?? h.source, h.weak));
        matched = j - i;
        break;
      }
    }
    i += matched || 1;
  }
  if (!found.length) return null;
  // Two known companies of one word each, no acronyms, written side by side with one space between, are
  // the company their merger made ("Ahold Delhaize", "Exxon Mobil"), outside headlines and tables.
  if (found.length === 2 && b - a === 2 && found[0].type === 'organization' && found[1].type === 'organization' && !ctx.toks[a].upper && !ctx.toks[a + 1].upper && ctx.toks[a + 1].start === ctx.toks[a].end + 1 && !isHeadline(ctx.toks[a])) {
    return [span(a, b, 'organization', found[0].rule)];
  }
  // A listed company followed by a country or city is its national arm, one name ("Frasers Property
  // Australia", "Vodafone Germany"); not an acronym's mission ("OSCE Chechnya").
  if (found.length === 2 && found[0].a === a && found[0].type === 'organization' && !ctx.toks[found[0].b - 1].upper && found[1].a === found[0].b && found[1].b === b && found[1].type === 'place' && !isHeadline(ctx.toks[a])) {
    return [span(a, b, 'organization', found[0].rule)];
  }
  // A place with capitalized common words beside it names an organization ("Air France", "China Daily"),
  // unless they are direction words ("Eastern Europe").
  if (found.length === 1 && found[0].type === 'place' && !isHeadline(ctx.toks[a])) {
    const rest: number[] = [];
    for (let i = a; i < b; i++) if (i < found[0].a || i >= found[0].b) rest.push(i);
    const strongAt = (i: number) => {
      const h = phrase(ctx, i, i + 1);
      return h !== undefined && !h.weak;
    };
    const tk = ctx.toks;
    // (A direction before it, even one that is a surname too: "East Africa", "West Africa".)
    if (rest.length && rest.every((i) => i < found[0].a && DIRECTION_WORDS.has(tk[i].text) && !strongAt(i))) return [span(a, b, 'place', 'place-direction')];
    // After "the", a place and one or two words no list knows name a team or a company ("a stake in
    // the Brooklyn Cavley").
    if (found[0].a === a && a > 0 && tk[a - 1].lower === 'the' && /^\p{Lu}\p{Ll}+$/u.test(tk[a].text) && rest.length && rest.length <= 2 && rest.every((i) => tk[i].cap && !tk[i].upper && !strongAt(i) && !COMMON_WORDS.has(tk[i].lower))) return [span(a, b, 'organization', 'place-name-org')];
    if (rest.every((i) => tk[i].cap && !isNameish(tk[i]) && !strongAt(i)) && rest.some((i) => COMMON_WORDS.has(tk[i].lower) || ORG_HEADS.has(tk[i].text))) {
      if (rest.every((i) => DIRECTION_WORDS.has(tk[i].text))) return [span(a, b, 'place', 'place-direction')];
      return [span(a, b, 'organization', 'place-name-org')];
    }
  }
  const out: Span[] = [];
  let from = a;
  for (const s of found) {
    if (s.a > from) out.push(...classify(from, s.a, ctx, true));
    out.push(s);
    from = s.b;
  }
  if (from < b) out.push(...classify(from, b, ctx, true));
  return out;
};

/** The words after a known short form make another name: capitalized words, not acronyms or codes
 * ("Frostline Packaging", but not "Cofinec GDRs", "Newsroom Tel"). */
function distinctTail(ctx: Ctx, j: number, b: number): boolean {
  // (On a headline line every word is capitalized: a tail of words that end a name in a headline's
  // slot, "Brantwick Deal", "Brantwick Takeover", is no other company.)
  if (isHeadline(ctx.toks[j]) && HEADLINE_SLOT_STOPS.has(ctx.toks[j].lower)) return false;
  for (let i = j; i < b; i++) {
    const t = ctx.toks[i];
    if (!t.cap || t.upper || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return false;
  }
  return true;
}

function roleFollows(ctx: Ctx, b: number): boolean {
  const { toks } = ctx;
  let i = b;
  if (toks[i]?.text !== ',') return false;
  i++;
  if (toks[i] && (toks[i].lower === 'a' || toks[i].lower === 'the' || toks[i].lower === 'an')) i++;
  // a possessor before the role: "the company's chief executive", "Acme's finance director"
  if (toks[i + 1] && POSSESSIVE_MARKS.has(toks[i + 1].lower) && toks[i + 1].start === toks[i].end) i += 2;
  // skip one modifier ("senior", "chief", a company name is not needed)
  for (let n = MAX_ROLE_WORDS; n >= 1; n--) {
    if (i + n > toks.length) continue;
    let w = '';
    for (let j = i; j < i + n; j++) w += (j > i ? ' ' : '') + toks[j].lower;
    if (PERSON_ROLE_WORDS.has(w)) return true;
  }
  return toks[i + 1] !== undefined && PERSON_ROLE_WORDS.has(toks[i + 1].lower) && !toks[i].cap;
}

function roleOfPrecedes(ctx: Ctx, a: number): boolean {
  const { toks } = ctx;
  const p = toks[a - 1];
  if (!p || (p.lower !== 'of' && p.lower !== 'at')) return false;
  for (let n = 1; n <= MAX_ROLE_WORDS && a - 1 - n >= 0; n++) {
    let w = '';
    for (let j = a - 1 - n; j < a - 1; j++) w += (j > a - 1 - n ? ' ' : '') + toks[j].lower;
    if (PERSON_ROLE_WORDS.has(w)) return true;
  }
  return false;
}

/** Rule: "X, chief executive of Y" and "Y's spokesman X": X a person, Y an organization. */
const roleContext: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  if (roleOfPrecedes(ctx, a)) return [span(a, b, 'organization', 'role-of')];
  const allNames = () => {
    for (let i = a; i < b; i++) if (!isNameWord(toks[i]) && !NAME_PARTICLES.has(toks[i].lower)) return false;
    return true;
  };
  if (b - a >= 2 && b - a <= 4 && roleFollows(ctx, b) && allNames()) return [span(a, b, 'person', 'role')];
  const prev = toks[a - 1];
  // (Not a company's partner: "from its partner Tasman Farms".)
  const companysPartner = /^partners?$/.test(prev?.lower ?? '') && /^(?:its|their)$/.test(toks[a - 2]?.lower ?? '');
  if (prev && !prev.cap && PERSON_ROLE_WORDS.has(prev.lower) && !companysPartner && b - a >= 2 && b - a <= 3 && allNames()) return [span(a, b, 'person', 'role')];
  return null;
};

/** Words before `a` equal to one of the phrases (lower-case). */
function phraseBefore(ctx: Ctx, a: number, phrases: string[][]): boolean {
  const { toks } = ctx;
  for (const p of phrases) {
    if (a - p.length < 0) continue;
    let ok = true;
    for (let n = 0; n < p.length && ok; n++) ok = toks[a - p.length + n].lower === p[n] && toks[a - p.length + n].sent === toks[a].sent;
    if (ok) return true;
  }
  return false;
}

/** Rule: a name after "analyst at", "partner of", "the law firm", "advised by" is an organization, even
 * when its first word is a given name ("an analyst at Kerrigan Shaw"). Runs before the name rules. */
const orgContext: SpanRule = (a, b, ctx) => {
  const role = roleOfPrecedes(ctx, a);
  if (!role && !phraseBefore(ctx, a, ORG_CONTEXT_BEFORE)) return null;
  // A single letter after "company" is a table's code ("by company N / A"), not a name.
  if (b - a === 1 && ctx.toks[a].text.length < 2) return null;
  // "said Jane Doe, an analyst at ..." is handled by roleFollows; a title inside the run is a person.
  for (let i = a; i < b; i++) if (PERSON_TITLES.has(ctx.toks[i].text)) return null;
  return [span(a, b, 'organization', role ? 'role-of' : 'org-context')];
};

/** Rule: "X advised Y on the sale": a deal adviser, an organization, when no given name says person. */
const orgVerb: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  const next = toks[b];
  if (b - a < 1 || b - a > 5 || !next || next.sent !== toks[a].sent || !ORG_VERBS.has(next.lower)) return null;
  if (b - a === 1 && (toks[a].sentStart || toks[a].upper)) return null;
  return [span(a, b, 'organization', 'org-verb')];
};

/** Rule: "X said" where X looks like a personal name (name parts from the people lists). */
const saidVerb: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  const next = toks[b];
  if (!next || !SAID_VERBS.has(next.lower) || b - a > 3) return null;
  let names = 0;
  for (let i = a; i < b; i++) {
    if (!isNameWord(toks[i])) return null;
    if (GIVEN_NAMES.has(toks[i].lower) || NAME_PARTS.has(toks[i].lower) || SURNAMES.has(toks[i].lower)) names++;
  }
  if (b - a >= 2 && names >= 1) return [span(a, b, 'person', 'said-verb')];
  return null;
};

/** Rule: a name with a regnal number is a person ("Henry VIII", "Leopold III", "Pedro I"). */
const regnal: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  if (b - a < 2 || b - a > 3 || !/^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/.test(toks[b - 1].text)) return null;
  for (let i = a; i < b - 1; i++) if (!isNameWord(toks[i])) return null;
  return [span(a, b, 'person', 'regnal')];
};

/** Rule: an acronym outside all-caps lines ("USDA", "WTO"): an organization. */
const acronym: SpanRule = (a, b, ctx) => {
  const t = ctx.toks[a];
  if (b - a !== 1 || t.line.allCaps || !/^[A-Z][A-Z&]{1,5}$/.test(t.text) || NON_ENTITIES.has(t.text)) return null;
  // A function word set in capitals for emphasis or in a heading ("I have NO other income", "WHAT THE
  // BILL DOES"). (Not every common word: the lists of words hold "nasa", "aarp".)
  if (CAPS_FUNCTION_WORDS.has(t.text)) return null;
  return [span(a, b, 'organization', 'acronym', true)];
};

/** Adjective-like words: demonyms and religions ("Kurdish", "Moslem", "Palestinians") are not names. */
const ADJECTIVE_LIKE = /(?:ish|ese|ian|ians|ean|eans|ic|ist|ists|ism)$/;

function isNameish(t: Tok): boolean {
  return NAME_PARTS.has(t.lower) || GIVEN_NAMES.has(t.lower) || SURNAMES.has(t.lower);
}

/** A plural group noun ("the Arabs", "many Kurds", "Moslems and"), not a name. */
function pluralGroup(ctx: Ctx, a: number): boolean {
  const t = ctx.toks[a];
  if (!/[^s'u]s$/.test(t.text) || isNameish(t)) return false;
  const p = ctx.toks[a - 1];
  const n = ctx.toks[a + 1];
  return (p !== undefined && GROUP_DETERMINERS.has(p.lower)) || (n !== undefined && (n.pos === 'VERB' || n.pos === 'AUX') && n.lower !== 'said' && n.lower !== 'says');
}

/** Words of an amount between a verb of investing and "in": "invested $50 million in", "poured 2 bln dlrs into". */
const AMOUNT_WORD = /^(?:[$€£¥]|[A-Z]{0,2}\$|\d[\d.,]*[mbk]?n?|million|billion|mln|bln|bn|m|an|a|additional|another|further|undisclosed|sum|amount|of)$/i;
const INVEST_VERBS = new Set(['invest', 'invests', 'invested', 'investing', 'pour', 'pours', 'poured', 'inject', 'injects', 'injected', 'put', 'puts']);

/** "invested $50 million in X": the name after "in" is the company invested in. */
function investedIn(ctx: Ctx, a: number): boolean {
  const { toks } = ctx;
  if (!toks[a - 1] || !['in', 'into'].includes(toks[a - 1].lower)) return false;
  let k = a - 2;
  let amount = 0;
  while (k >= 0 && toks[k].sent === toks[a].sent && amount < 6 && AMOUNT_WORD.test(toks[k].text)) {
    k--;
    amount++;
  }
  return amount > 0 && k >= 0 && toks[k].sent === toks[a].sent && INVEST_VERBS.has(toks[k].lower);
}

/** "in X", "near X", "the town of X", "X province": a place. */
export function placeContext(ctx: Ctx, a: number, b: number): boolean {
  const { toks } = ctx;
  const p = toks[a - 1];
  // "a 51% stake in Belvoir Metals", "shares in X", "invested $50 million in X": the slot of a company, not a place.
  if (p && PLACE_PREPOSITIONS.has(p.lower)) return !phraseBefore(ctx, a, COMPANY_SLOTS.before) && !investedIn(ctx, a);
  if (p && p.lower === 'of' && toks[a - 2] && PLACE_NOUNS.has(toks[a - 2].lower)) return true;
  const n = toks[b];
  if (n && PLACE_NOUNS.has(n.lower) && n.sent === toks[a].sent) return true;
  // "Lugano, Switzerland", "Greenville, S.C.": a town before its country or state.
  if (n && n.text === ',' && toks[b + 1]?.cap) {
    for (let j = Math.min(toks.length, b + 4); j > b + 1; j--) {
      const h = lookupPhrase(surface(ctx, b + 1, j), toks[b + 1].line.allCaps);
      if (h && h.type === 'place' && !h.weak) return true;
    }
  }
  if (n && (n.text === '-based' || n.text === 'based')) return true;
  return false;
}

/** Rule (last): an unknown capitalized sequence in running text; a guess the consistency pass may overrule. */
const capitalizedSequence: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  const first = toks[a];
  if (isHeadline(first)) return null;
  const listed = phrase(ctx, a, b);
  // A title in quotes ('the film "Black Swan,"', '“Black Swan” responsibilities'): a work, no name.
  const open = toks[a - 1];
  const close = toks[b]?.text === ',' || toks[b]?.text === '.' ? toks[b + 1] : toks[b];
  if (open && close && /^["“‘']$/.test(open.text) && /^["”’']$/.test(close.text) && open.sent === first.sent && !listed) return null;
  // A weak list entry its context rejected ("Apple pie"), unless it is also a name ("Dole").
  if (listed && !(listed.weak && b - a === 1 && isNameish(first) && !COMMON_WORDS.has(first.lower))) return null;
  if (b - a === 1) {
    // (A web name is one wherever it stands: "PRBuzz.com said ...".)
    if ((first.sentStart && !webName(first.text)) || first.upper || NON_ENTITIES.has(first.text)) return null;
    if (COMMON_WORDS.has(first.lower) && !isNameish(first)) return null;
    if (ADJECTIVE_LIKE.test(first.lower) && !GIVEN_NAMES.has(first.lower)) return null;
    // ("Shares of Qualtrics rose": a company's slot, not a people's "Kurds fled".)
    // (Nor before the verb of a deal: "London-based Carbonis has landed $12m".)
    if (pluralGroup(ctx, a) && !phraseBefore(ctx, a, COMPANY_SLOTS.before) && !companySlot(ctx, a, b, true)) return null;
    if (DIRECTION_WORDS.has(first.text)) return null; // "the West" 
    // ("SABMiller", "NBCUniversal": capitals run into a word.)
    if (!/^\p{Lu}\p{Ll}/u.test(first.text) && !/\p{Ll}\p{Lu}/u.test(first.text) && !/^\p{Lu}{2,}\p{Ll}{3,}$/u.test(first.text) && !webName(first.text)) return null;
    const hyphenPlace = /^(?:\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+|al-\p{Lu}\p{Ll}+)$/u.test(first.text);
    // (A name after "buy", "rival", "shares of", "a stake in" is a company's, even a surname's: "to buy
    // rival Calloway".)
    // (So is one before the verb of a deal: "after Henkel agreed to buy the company". A weak guess: a
    // person of that surname the document names joins it.)
    // ("BoE", "PwC", "BoJ": an acronym with a small letter inside, ending in a capital, is no surname.)
    const mixedAcronym = /^\p{Lu}\p{Ll}{1,2}\p{Lu}$/u.test(first.text);
    // ("Chicago-based Fulton": a place's "-based" describes a company, not a person.)
    const based = /-(?:based|headquartered)$/.test(toks[a - 1]?.lower ?? '') || (toks[a - 1]?.lower === 'based' && toks[a - 2]?.text === '-');
    const type: EntityType = placeContext(ctx, a, b) || hyphenPlace ? 'place' : isNameish(first) && !mixedAcronym && !based && !phraseBefore(ctx, a, COMPANY_SLOTS.before) && !(!NOUN_DETERMINERS.has(toks[a - 1]?.lower ?? '') && !SAID_VERBS.has(toks[b]?.lower ?? '') && companySlot(ctx, a, b, true)) && !companysOwn(ctx, b) ? 'person' : 'organization';
    return [span(a, b, type, 'capitalized-sequence', true)];
  }
  if (b - a === 3 && toks[a + 1].text === '-' && toks[a + 1].start === first.end) {
    // One hyphenated word ("Nagorno-Karabakh", "Urus-Martan"): a place unless it reads as a name.
    const nameish = isNameish(first) && isNameish(toks[a + 2]);
    return [span(a, b, placeContext(ctx, a, b) || !nameish ? 'place' : 'person', 'capitalized-sequence', true)];
  }
  let common = 0;
  let words = 0;
  let nameWords = 0;
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (!t.cap) {
      if (!CONNECTORS.has(t.lower)) return null;
      continue;
    }
    words++;
    if (COMMON_WORDS.has(t.lower) && !isNameish(t)) common++;
    if (isNameWord(t) || NAME_PARTICLES.has(t.lower)) nameWords++;
  }
  if (common === words) return null;
  const firstCommon = COMMON_WORDS.has(first.lower) && !isNameish(first);
  // "Frostline Packaging" after "Frostline Industries Ltd.": a unit of a known company, not a person.
  const firstKnown = ctx.known.get(first.text);
  // ("Integratus Solutions", "Amarone Families": a plural common noun last is no surname.)
  const last = toks[b - 1];
  // (Unless an apposition says who: "Severine Potty, a neighbour".)
  const who = toks[b]?.text === ',' && (toks[b + 1]?.lower === 'a' || toks[b + 1]?.lower === 'an') && !COMPANY_SLOTS.appositionNouns.has(toks[b + 2]?.lower ?? '');
  // (Nor is a trade in -ing: "Hancock Prospecting", "Marlow Publishing"; "Peyton Manning" is a surname.)
  // (after a given name, only a plural whose singular is a common word: "Crispin Bakeries", not "Leah Pells")
  const givenFirst = GIVEN_NAMES.has(first.lower) || NAME_PARTS.has(first.lower);
  const lastCommon = (pluralNoun(last.lower) && !isNameish(last) && (!givenFirst || commonPlural(last.lower)) && !who) || (tradeWord(last) && !who);
  // (Nor a name ending in a common word where a company stands: "agreed to buy Gleason Security".)
  const slotCommon = COMMON_WORDS.has(last.lower) && !isNameish(last) && phraseBefore(ctx, a, COMPANY_SLOTS.before);
  const looksPerson = nameWords === words && words <= 3 && common <= 1 && !firstCommon && !lastCommon && !slotCommon && firstKnown?.type !== 'organization';
  // (An apposition that names a kind of company says which: "Pão de Açúcar, Brazil's biggest chain".)
  const type: EntityType = companyApposition(ctx, b) ? 'organization' : placeContext(ctx, a, b) && !looksPerson ? 'place' : looksPerson ? 'person' : 'organization';
  return [span(a, b, type, 'capitalized-sequence', true)];
};

/** After a name at `b`: its shareholders, or a possessive and what only a company has ("Harwood's shares rose", "Harwood ’s
 * profit"), not what a person holds in another ("Harwood's shares in Lindell"). */
function companysOwn(ctx: Ctx, b: number): boolean {
  const { toks } = ctx;
  const mark = toks[b];
  if (!mark || mark.sent !== toks[b - 1].sent) return false;
  // (Or its holders right after it, without a possessive: "Orion shareholders will receive", "Orion
  // shares rose"; not the verb "shares".)
  if (/^(?:shareholders|stockholders)$/.test(mark.lower) || (/^(?:shares|stock)$/.test(mark.lower) && mark.pos === 'NOUN')) return true;
  // (One modifier may come first: "Rexford's department stores".)
  let w = b + 1;
  if (toks[w] && !toks[w].cap && /^\p{Ll}+$/u.test(toks[w].text) && !COMPANY_SLOTS.possessedByCompany.has(toks[w].lower)) w++;
  const what = toks[w];
  if (!what || !POSSESSIVE_MARKS.has(mark.lower) || what.sent !== mark.sent || !COMPANY_SLOTS.possessedByCompany.has(what.lower)) return false;
  return !/^(?:in|of)$/.test(toks[w + 1]?.lower ?? '');
}

/** Rule: a name followed by an apposition that names a kind of company is one ("Casas Bahia, the
 * country's biggest retailer": not a person and a place). */
const orgApposition: SpanRule = (a, b, ctx) => {
  const { toks } = ctx;
  if (b - a > 4 || !companyApposition(ctx, b)) return null;
  // (a hyphen glued inside the name too: "Snap-Rite, a maker of hand tools")
  for (let i = a; i < b; i++) if (!toks[i].cap && !CONNECTORS.has(toks[i].lower) && !(toks[i].text === '-' && i > a && toks[i].start === toks[i - 1].end)) return null;
  return [span(a, b, 'organization', 'org-apposition')];
};

/** Tokens [a, b) are a person's name as a byline writes it: a known given name and one or two name
 * words ("Ellen Chang", "Mark O'Hara"). */
function bylineName(ctx: Ctx, a: number, b: number): boolean {
  const { toks } = ctx;
  if (b - a < 2 || b - a > 3 || !GIVEN_NAMES.has(toks[a].lower)) return false;
  for (let i = a + 1; i < b; i++) if (!isNameWord(toks[i]) || (COMMON_WORDS.has(toks[i].lower) && !isNameish(toks[i]))) return false;
  return true;
}

/** Rule (headlines): a byline, "By Ellen Chang", "Written by: Brian O'Connell". */
const byline: SpanRule = (a, b, ctx) => {
  const p = ctx.toks[a - 1]?.text === ':' ? ctx.toks[a - 2] : ctx.toks[a - 1];
  return p && p.lower === 'by' && bylineName(ctx, a, b) ? [span(a, b, 'person', 'byline')] : null;
};

/** The ordered rule list. Order: whole-run lexicon before suffixes (so "General Motors" is not a title);
 * suffixes and titles before the gazetteer split (so "Fundamental Management Corp" stays whole);
 * organization context ("an analyst at X") before given names (so "Kerrigan Shaw" there is a firm);
 * the adviser verb ("X advised") after given names (so a known first name keeps a person reading);
 * context rules before the fallback guess. */
export const SPAN_RULES: SpanRule[] = [dateline, gazetteerFull, miscHead, coordination, ofSplit, title, suffix, orgHead, orgContext, locHead, orgApposition, givenName, gazetteerSplit, orgVerb, dealVerb, commonWordsName, roleContext, saidVerb, regnal, acronym, capitalizedSequence];
/** In table rows, names still look like names ("Wasim Akram 23", "London Newsroom +44 171 542 7658"). */
export const TABLE_RULES: SpanRule[] = [dateline, gazetteerFull, miscHead, coordination, title, suffix, orgHead, locHead, givenName, gazetteerSplit];
/** On headline lines (all caps, Title Case) only evidence that does not depend on capitalization. */
export const HEADLINE_RULES: SpanRule[] = [dateline, gazetteerFull, coordination, suffix, byline, gazetteerSplit, dealVerb];

/** A word of a person's title ("Chairman", "Chief Executive Officer", "Portfolio Manager", "Co-Founder"). */
const titleWord = (w: string) => ROLE_TITLE_WORDS.has(w) || PERSON_TITLES.has(w) || TITLE_WORDS_BEFORE_OF.has(w);

/** Classify the run [a, b): trim what cannot start or end a name, then ask the rules in order. */
export function classify(a: number, b: number, ctx: Ctx, inner = false): Span[] {
  const { toks } = ctx;
  while (a < b && (!toks[a].cap || trimStart(ctx, a, b))) a++;
  while (b > a && ((!toks[b - 1].cap && !CORPORATE_SUFFIXES.has(toks[b - 1].text)) || (ROLE_TITLE_WORDS.has(toks[b - 1].text) && !ORG_HEADS.has(toks[b - 1].text) && !(CORPORATE_SUFFIXES.has(toks[b - 1].text) && !ROLE_TITLE_WORDS.has(toks[b - 2]?.text ?? '')) && b - a > 1 && !phrase(ctx, a, b) && !isHeadline(toks[a])))) b--;
  if (a >= b) return [];
  // "Chairman of Zignal Labs", "Founder and Portfolio Manager of JMJ Financial", "Governor of the Bank of
  // England": a person's title before "of" is no part of the organization named after it (when what
  // follows is one by its own rules).
  if (b - a >= 3 && !inner && titleWord(toks[a].text) && !phrase(ctx, a, b)) {
    let k = a;
    while (k < b && (titleWord(toks[k].text) || (k > a && toks[k].lower === 'and'))) k++;
    if (k < b - 1 && toks[k].lower === 'of') {
      const rest = classify(k + 1, b, ctx, inner);
      if (rest.length && rest.every((x) => x.type === 'organization')) return rest;
    }
  }
  // "Treasury yields", "the 10-year Treasury note": a government security, not the department.
  if (isSecurity(ctx, b - 1)) return classify(a, b - 1, ctx, inner);
  if (b - a === 1 && toks[a].upper && (compoundAcronym(ctx, a) || commonAcronyms(ctx).has(toks[a].text))) return [];
  // Two names joined by a hyphen before the noun of their deal ("the Harwood-Lindell merger"): two
  // companies, unless the whole is a known name ("Coca-Cola").
  if (b - a === 3 && toks[a + 1].text === '-' && toks[a + 1].start === toks[a].end && toks[a + 2].start === toks[a + 1].end && PAIR_DEAL_NOUNS.has(toks[b]?.lower ?? '') && toks[b].sent === toks[a].sent && !phrase(ctx, a, b)) {
    return [span(a, a + 1, 'organization', 'pair-before-deal'), span(a + 2, b, 'organization', 'pair-before-deal')];
  }
  // ... also where one side is a longer name ("the Harwood Group-Lindell deal"): the sides as they read.
  if (b - a > 3 && PAIR_DEAL_NOUNS.has(toks[b]?.lower ?? '') && toks[b].sent === toks[a].sent && !phrase(ctx, a, b)) {
    for (let k = a + 1; k < b - 1; k++) {
      if (toks[k].text !== '-' || toks[k].start !== toks[k - 1].end || toks[k + 1].start !== toks[k].end) continue;
      const left = classify(a, k, ctx, inner);
      const right = classify(k + 1, b, ctx, inner);
      if (!left.some((x) => x.type === 'organization') && !right.some((x) => x.type === 'organization')) break;
      return [...(left.length ? left : [span(a, k, 'organization', 'pair-before-deal')]), ...(right.length ? right : [span(k + 1, b, 'organization', 'pair-before-deal')])];
    }
  }
  // A market code with its exchange in parentheses ("(UBSG.VX)", "(WMT.N)"): the company, by its ticker.
  if (b - a === 1 && MARKET_CODE.test(toks[a].text) && (toks[a - 1]?.text === '(' || toks[a - 1]?.text === '<')) return [span(a, b, 'organization', 'ticker')];
  if (b - a > 1 && NON_ENTITY_PHRASES.has(surface(ctx, a, b))) return [];
  // A whole name in angle brackets ("the Philippine brewing firm <San Miguel>"): Reuters' wire marks
  // companies so (people and places never), whatever else the words could name. (A name with its legal
  // form or trade word is read by the rules for those.)
  if (!CORPORATE_SUFFIXES.has(toks[b - 1].text) && !ORG_HEADS.has(toks[b - 1].text) && toks[a - 1]?.text === '<' && toks[b]?.text === '>' && toks[a - 1].end === toks[a].start && toks[b].start === toks[b - 1].end && !toks.slice(a, b).some((t) => t.text.includes('@'))) return [span(a, b, 'organization', 'wire-brackets')];
  // A company's numbered fund after its possessive ("Vantor Capital's Fund IV") is the company's, no name.
  if (b - a === 2 && CORPORATE_SUFFIXES.has(toks[a].text) && FUND_NUMBER.test(toks[a + 1].text) && POSSESSIVE_MARKS.has(toks[a - 1]?.lower ?? '')) return [];
  // A title alone ("the Chancellor of the Exchequer", "as Chancellor") names a post, not a body; an
  // e-mail address is no name.
  if (b - a === 1 && (PERSON_TITLES.has(toks[a].text) || toks[a].text.includes('@')) && !phrase(ctx, a, b)) return [];
  // A legal form set off by a comma after a name ("Lindell Foods, LLC, a maker of ...") is the name's, no name of its own.
  if (b - a === 1 && COMMA_SUFFIXES.has(toks[a].text) && toks[a - 1]?.text === ',' && toks[a - 2]?.cap && toks[a - 2].sent === toks[a].sent) return [];
  // ("Dow agreed to merge": a listed company in the slot of a company is one, not the index.)
  if (b - a === 1 && (NON_ENTITIES.has(toks[a].text) || NON_ENTITIES.has(toks[a].text.replace(/\.$/, ''))) && !(lookupPhrase(toks[a].text, false)?.type === 'organization' && companySlot(ctx, a, b, false))) return [];
  if (NATIONALITIES.has(surface(ctx, a, b).toLowerCase())) return [];
  // "South Korean", "North African": directions before a nationality.
  if (b - a > 1 && NATIONALITIES.has(toks[b - 1].lower)) {
    let dirs = true;
    for (let i = a; i < b - 1; i++) if (!DIRECTION_WORDS.has(toks[i].text)) dirs = false;
    if (dirs) return [];
  }
  // A leading nationality is not part of the name ("Iraqi Kurds", "American Oliver McCall"), unless the
  // whole run is a known name or ends like an organization ("American Express", "British Airways plc",
  // "Australian Federal Police").
  if (b - a > 1 && NATIONALITIES.has(toks[a].lower) && !phrase(ctx, a, b) && !CORPORATE_SUFFIXES.has(toks[b - 1].text) && !ORG_HEADS.has(toks[b - 1].text) && !headBeforeOf(ctx, a, b)) {
    return classify(a + 1, b, ctx, inner);
  }
  const line = toks[a].line;
  // (Elsewhere inside a run, or first after "to" or a modal: a short headline is no Title Case
  // line: "Amazon Buys Startup for $500 Million", "Amazon to Buy Whole Foods for $13.7 Billion".)
  {
    const k = headlineVerbAt(ctx, a, b);
    if (k >= 0 && (line.allCaps || line.titleCase || k > a || (HEADLINE_AUX.has(toks[a - 1]?.lower ?? '') && toks[a - 1].sent === toks[a].sent))) {
      let e = k;
      while (e > a && HEADLINE_AUX.has(toks[e - 1].lower)) e--;
      const before = classify(a, e, ctx, inner);
      // A particle belongs to the verb ("Buys Out", "Snaps Up", "Takes Over").
      const r = k + 1 < b && HEADLINE_PARTICLES.has(toks[k + 1].lower) ? k + 2 : k + 1;
      const after = classify(r, b, ctx, inner);
      // In a headline the sides of a verb of buying or selling are companies the rules above cannot
      // read from capitals: "Harwood to Buy Lindell Foods", "Why Harwood Is Buying Lindell".
      if ((line.allCaps || line.titleCase) && HEADLINE_OBJECT_VERBS.has(toks[k].lower)) {
        return [...(before.length ? before : headlineSlot(ctx, a, e)), ...(after.length ? after : headlineSlot(ctx, r, b))];
      }
      return [...before, ...after];
    }
  }
  // A byline inside a headline's run: "Retirement Savings By Ellen Chang".
  if (line.titleCase) {
    for (let k = a + 1; k < b - 1; k++) {
      if (toks[k].text === 'By' && bylineName(ctx, k + 1, b)) return [...classify(a, k, ctx, inner), span(k + 1, b, 'person', 'byline')];
    }
  }
  // In a headline, the run after a deal's noun and its preposition opens with the company the deal is
  // about: "Harwood's Acquisition of Lindell Foods Could Reshape ...", "Harwood Bid for Lindell Rejected".
  const prep = toks[a - 1];
  if ((line.allCaps || line.titleCase) && prep && !prep.cap && prep.sent === toks[a].sent && ((HEADLINE_DEAL_PREPS.has(prep.lower) && HEADLINE_DEAL_NOUNS.has(toks[a - 2]?.lower ?? '')) || afterVerbPrep(ctx, a))) {
    const slot = headlineSlot(ctx, a, b);
    if (slot.length) return [...slot, ...classify(slot[0].b, b, ctx, inner)];
  }
  const rules = line.allCaps || line.titleCase ? HEADLINE_RULES : line.tabular ? TABLE_RULES : SPAN_RULES;
  for (const rule of rules) {
    if (inner && rule === gazetteerSplit) continue;
    const r = rule(a, b, ctx);
    if (r) return r;
  }
  // A Title Case headline's subject before "to" and its verb ("Lindell Foods to Be Acquired by ...",
  // "Harwood to Buy ..."): the company the verb is about.
  const aux = toks[b];
  const verb = toks[b + 1];
  if (line.titleCase && aux && verb && HEADLINE_AUX.has(aux.lower) && aux.sent === toks[a].sent && (HEADLINE_OBJECT_VERBS.has(verb.lower) || verb.lower === 'be')) return headlineSlot(ctx, a, b);
  return [];
}

/** A head word or a legal form before "of" inside the run [a, b) ("Australian Chamber of Commerce and
 * Industry", "Swiss Reinsurance Co of Zurich"): the run names an organization as a whole. */
function headBeforeOf(ctx: Ctx, a: number, b: number): boolean {
  const { toks } = ctx;
  for (let i = a + 1; i + 2 < b; i++) {
    const w = toks[i].text;
    if (toks[i + 1].lower === 'of' && (ORG_HEADS.has(w) || ORG_HEADS_BEFORE_OF.has(w) || CORPORATE_SUFFIXES.has(w))) return true;
  }
  return false;
}

/**
 * A name in a headline's slot next to a verb of buying or selling, [a, b) of the run: from its first
 * word that is no common word to the first word that ends a name there ("for", "to", "unit"). One
 * to four capitalized words, not all common words, none a word that names nothing, not a known place
 * or person, nor a nationality.
 */
function headlineSlot(ctx: Ctx, a: number, b: number): Span[] {
  const { toks } = ctx;
  // (A Title Case preposition before the name goes too: "Walks Away From Pellor Deal".)
  while (a < b && COMMON_WORDS.has(toks[a].lower) && (!HEADLINE_SLOT_STOPS.has(toks[a].lower) || (toks[a].cap && VERB_PREPS.has(toks[a].lower)))) a++;
  let c = a;
  while (c < b && !HEADLINE_SLOT_STOPS.has(toks[c].lower)) c++;
  if (c === a || c - a > 4) return [];
  let common = true;
  for (let i = a; i < c; i++) {
    const t = toks[i];
    if (!t.cap || NON_ENTITIES.has(t.text) || SENTENCE_INITIAL_STOP.has(t.text) || NATIONALITIES.has(t.lower)) return [];
    if (!COMMON_WORDS.has(t.lower)) common = false;
  }
  const known = phrase(ctx, a, c);
  if (common || (known && known.type !== 'organization')) return [];
  return [span(a, c, 'organization', 'headline-slot')];
}

/** The scale word of an amount written in a headline's capitals ("$1 Billion"). */
const SCALE_WORD = /^(?:Billion|Million|Trillion|Bn|Mn)$/;

/** Prepositions after a headline's verb that its other side follows ("Acquired by", "Invests in"). */
const VERB_PREPS = new Set(['by', 'in', 'into', 'from', 'to']);

/** The run at `a` follows a headline's verb and its preposition: "Harwood to Be Acquired by Pellor",
 * "Harwood Invests in Pellor"; an amount may stand between ("Harwood Bids $1 Billion for Pellor"). */
function afterVerbPrep(ctx: Ctx, a: number): boolean {
  const { toks } = ctx;
  const prep = toks[a - 1];
  let v = a - 2;
  while (v > a - 7 && v >= 0 && AMOUNT_WORD.test(toks[v].text)) v--;
  return (VERB_PREPS.has(prep.lower) || (v < a - 2 && prep.lower === 'for')) && HEADLINE_VERBS.has(toks[v]?.lower ?? '');
}

/** Words after a headline's verb that belong to the verb ("Buys Out", "Snaps Up", "Takes Over"). */
const HEADLINE_PARTICLES = new Set(['out', 'up', 'over']);

/** Words before a headline's verb that belong to the verb ("Amazon To Buy", "AMAZON IN TALKS TO BUY"). */
const HEADLINE_AUX = new Set(['to', 'will', 'may', 'could', 'would']);

/**
 * A headline capitalizes its verb, which then joins the names around it in one run ("Amazon to Buy
 * Whole Foods", "Fox Sports Buys Impression"): the first deal verb in the run [a, b) that is part of no
 * known name ("Best Buy") and not glued to a hyphen ("Take-Two"), or -1.
 */
function headlineVerbAt(ctx: Ctx, a: number, b: number): number {
  const { toks } = ctx;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (!HEADLINE_VERBS.has(t.lower) || toks[k + 1]?.start === t.end || toks[k - 1]?.end === t.start) continue;
    let known = false;
    for (let i = Math.max(a, k - MAX_PHRASE_WORDS + 1); i <= k && !known; i++) {
      for (let j = Math.max(k + 1, i + 2); j <= Math.min(b, i + MAX_PHRASE_WORDS) && !known; j++) if (phrase(ctx, i, j)?.weak === false) known = true;
    }
    if (known) continue;
    return k;
  }
  return -1;
}

/** "Treasury yields", "the 10-year Treasury note": token i names a government security, not an issuer. */
export function isSecurity(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  const n = ctx.toks[i + 1];
  return SECURITY_HEADS.has(t.text) && n !== undefined && n.sent === t.sent && SECURITY_FOLLOWERS.has(n.lower);
}

/** "rapid-PCR", "anti-TNF": an acronym glued by a hyphen to a lower-case word is part of a common noun. */
function compoundAcronym(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  const h = toks[i - 1];
  const w = toks[i - 2];
  return h !== undefined && w !== undefined && h.text === '-' && h.end === toks[i].start && w.end === h.start && /^\p{Ll}+$/u.test(w.text);
}

/** Acronyms the document defines with lower-case words, whose initials they are: "idiopathic pulmonary
 * fibrosis (IPF)", "polymerase chain reaction (PCR)". A disease or a technique is not an organization. */
export function commonAcronyms(ctx: Ctx): Set<string> {
  if (ctx.commonAcronyms) return ctx.commonAcronyms;
  const out = new Set<string>();
  const { toks } = ctx;
  for (let i = 1; i + 1 < toks.length; i++) {
    const x = toks[i];
    if (toks[i - 1].text !== '(' || toks[i + 1].text !== ')' || !/^[A-Z][A-Za-z]{1,7}$/.test(x.text) || !/[A-Z].*[A-Z]/.test(x.text)) continue;
    const letters = x.text.replace(/[a-z]/g, '').toLowerCase();
    // Walk back over lower-case words (and hyphens), collecting initials until they spell the acronym.
    let ini = '';
    let ok = false;
    for (let k = i - 2; k >= 0 && i - 2 - k < letters.length + 3; k--) {
      const t = toks[k];
      if (t.sent !== x.sent) break;
      // (function words give no initial: "price to earnings growth (PEG)"; nor does a closing quote)
      if (t.text === '-' || t.lower === 'of' || t.lower === 'and' || t.lower === 'the' || t.lower === 'to' || t.lower === 'for' || t.lower === 'in' || t.lower === 'on' || t.text === '&' || (k === i - 2 && /^["”’']$/.test(t.text))) continue;
      if (!/^\p{Ll}[\p{Ll}\-]*$/u.test(t.text)) break;
      // "non-small" gives two initials ("non-small cell lung cancer (NSCLC)").
      ini = t.text.split('-').filter(Boolean).map((w) => w[0]).join('') + ini;
      if (ini === letters) {
        ok = true;
        break;
      }
      if (!letters.endsWith(ini)) break;
    }
    if (ok || commonNounExpansion(ctx, i, letters)) out.add(x.text);
  }
  ctx.commonAcronyms = out;
  return out;
}

/**
 * "Business Intelligence (BI)", "Demand Side Platform (DSP)", "Reverse Osmosis (RO)":
 * capitalized words whose initials spell the acronym at token i, each a common word (no name), the
 * last no head word of an organization or legal form, the phrase no list entry ("Federal Reserve"):
 * a thing named in capitals, and its acronym no organization.
 */
function commonNounExpansion(ctx: Ctx, i: number, letters: string): boolean {
  const { toks } = ctx;
  const x = toks[i];
  let ini = '';
  let first = -1;
  for (let k = i - 2; k >= 0 && i - 2 - k < letters.length + 3; k--) {
    const t = toks[k];
    if (t.sent !== x.sent) return false;
    if (t.lower === 'of' || t.lower === 'and') continue;
    if (!t.cap || t.upper || !COMMON_WORDS.has(t.lower) || isNameish(t) || NATIONALITIES.has(t.lower)) return false;
    ini = t.lower[0] + ini;
    if (ini === letters) {
      first = k;
      break;
    }
    if (!letters.endsWith(ini)) return false;
  }
  if (first < 0) return false;
  // No head word of an organization anywhere in it ("Council of Economic Advisers"); the last word no
  // legal form, centre or fund ("Bipartisan Policy Center (BPC)" is an organization, "World Trade
  // Center" a place, and neither head word is in the lists for that reason).
  for (let k = first; k <= i - 2; k++) if (ORG_HEADS.has(toks[k].text) || ORG_HEADS_BEFORE_OF.has(toks[k].text)) return false;
  if (CORPORATE_SUFFIXES.has(toks[i - 2].text) || /^(?:Cent(?:er|re)|Funds?)$/.test(toks[i - 2].text)) return false;
  return lookupPhrase(surface(ctx, first, i - 1), false) === undefined;
}

/** Stock indexes and commodity benchmarks, named whole ("S&P 500", "FTSE 250", "Brent crude" -> "Brent"):
 * products, found before the candidate runs so that their words start no other name. */
export function benchmarkSpans(ctx: Ctx): Span[] {
  const { toks, text } = ctx;
  const out: Span[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].cap) continue;
    const from = toks[i].start;
    for (const [name, followers] of BENCHMARK_BY_FIRST.get(firstWord(toks[i].text)) ?? []) {
      if (!text.startsWith(name, from)) continue;
      let j = i;
      while (j < toks.length && toks[j].end < from + name.length) j++;
      if (j >= toks.length || toks[j].end !== from + name.length) continue;
      const next = toks[j + 1];
      if (followers && !(next && next.sent === toks[i].sent && followers.has(next.lower))) continue;
      // "FTSE 100" but not "FTSE 1000"; a name followed by a capitalized word is another name.
      if (next && next.start === toks[j].end && /^[\p{L}\d]/u.test(next.text)) continue;
      out.push(span(i, j + 1, 'product', 'benchmark'));
      i = j;
      break;
    }
  }
  return out;
}

function firstWord(s: string): string {
  return s.split(/[\s\-/]/)[0];
}
const BENCHMARK_BY_FIRST = new Map<string, [string, Set<string> | null][]>();
for (const e of MARKET_BENCHMARKS) {
  const k = firstWord(e[0]);
  const l = BENCHMARK_BY_FIRST.get(k) ?? [];
  l.push(e);
  BENCHMARK_BY_FIRST.set(k, l);
}

/** The words of tokens [a, b) stand elsewhere in the text after a lower-case word or a comma (so not
 * at a sentence start): a name the document writes capitalized where capitals say something. */
function usedMidSentence(ctx: Ctx, a: number, b: number): boolean {
  const { text } = ctx;
  const s = text.slice(ctx.toks[a].start, ctx.toks[b - 1].end);
  for (let p = text.indexOf(s); p >= 0; p = text.indexOf(s, p + 1)) {
    if (p === ctx.toks[a].start || /[\p{L}\p{N}]/u.test(text[p + s.length] ?? '')) continue;
    if (/[\p{Ll},] $/u.test(text.slice(Math.max(0, p - 2), p))) return true;
  }
  return false;
}

/** "the" before token `a`, or before a quotation mark before it ("the "Company""). */
function definedTermArticle(ctx: Ctx, a: number): boolean {
  const p = ctx.toks[a - 1];
  if (p?.lower === 'the') return true;
  return p !== undefined && /^["“‘']$/.test(p.text) && ctx.toks[a - 2]?.lower === 'the';
}

/** The end of the capitalized words from token `i` in its sentence. */
function nameEnd(ctx: Ctx, i: number): number {
  const first = ctx.toks[i];
  let j = i;
  while (ctx.toks[j]?.cap && ctx.toks[j].sent === first?.sent) j++;
  return j;
}

/** Whether the first token of a run is not part of a name: "The", or a common word starting a sentence
 * ("Revenue rose", "Expanding ...") unless it begins a known name ("NEW YORK", "Calder Northern"). */
function trimStart(ctx: Ctx, a: number, b: number): boolean {
  const t = ctx.toks[a];
  if (ARTICLES.has(t.text) || NEVER_NAME_START.has(t.text)) return true;
  // A release's defined term ("Lantern Health ("Lantern" or "the Company")", "the Company will be
  // acquired"): a description of a party named in full, no name.
  if (b - a === 1 && DEFINED_TERMS.has(t.text) && definedTermArticle(ctx, a)) return true;
  // An amount's scale word is no name's first word ("Bids $1 Billion for Pellor").
  if (SCALE_WORD.test(t.text) && a > 0 && /\d$/.test(ctx.toks[a - 1].text)) return true;
  // A wire's label glued before a headline ("EXCLUSIVE-Harwood in talks ...", "REFILE-"): no part of a name.
  if (WIRE_LABELS.has(t.text) && ctx.toks[a + 1]?.text === '-' && ctx.toks[a + 1].start === t.end) return true;
  if (t.text === '-' && a > 0 && WIRE_LABELS.has(ctx.toks[a - 1].text) && ctx.toks[a - 1].end === t.start) return true;
  // A headline's deal noun before a preposition opens no name ("Mulls Bid for Widget Inc").
  if (b - a >= 3 && isHeadline(t) && !t.sentStart && HEADLINE_SLOT_STOPS.has(t.lower) && /^(?:for|in|of|on|with|to)$/.test(ctx.toks[a + 1].text) && !phrase(ctx, a, b)) return true;
  // A word that breaks runs, then "of", opens no name ("CEO of Harwood Group": the run began there).
  if (b - a >= 3 && RUN_BREAKERS.has(t.text) && CONNECTORS.has(ctx.toks[a + 1].lower) && !ctx.toks[a + 1].cap) return true;
  // A participle opening a sentence before "to" ("Looking to expand in Asia, X agreed ...") is no name.
  if (b - a === 1 && t.sentStart && /ing$/.test(t.lower) && COMMON_WORDS.has(t.lower) && ctx.toks[a + 1]?.lower === 'to' && !phrase(ctx, a, b)) return true;
  // A kind of company written as an acronym, with the trade before it, opens no name ("Healthcare
  // REIT Solace Properties": "Healthcare", then "REIT", go).
  if (b - a >= 3 && KIND_ACRONYMS.has(ctx.toks[a + 1].text) && ctx.toks[a + 2].cap && !ctx.toks[a + 2].upper && !phrase(ctx, a, b)) return true;
  if (b - a >= 2 && KIND_ACRONYMS.has(t.text) && ctx.toks[a + 1].cap && !ctx.toks[a + 1].upper && !phrase(ctx, a, b)) return true;
  // A kind of company before its name ("Chipmaker Ironwood", "Lender Ostlake Bancorp") is no part of it.
  if (b - a >= 2 && t.cap && !t.upper && (KIND_WORDS.has(t.lower) || /.maker$/.test(t.lower)) && ctx.toks[a + 1].cap && !phrase(ctx, a, b)) return true;
  if (!t.sentStart) return false;
  for (let j = Math.min(b, a + MAX_PHRASE_WORDS); j > a; j--) if (phrase(ctx, a, j)) return false;
  if (GIVEN_NAMES.has(t.lower) || PERSON_TITLES.has(t.text)) return false;
  // "Fundamental Management Corp said ...", "First Albany Corp. said ...": a suffix at the end makes
  // the first word part of the name.
  // So does a hyphen glued to it ("Allied-Signal Inc said ...").
  const next = ctx.toks[a + 1];
  const glued = next !== undefined && next.text === '-' && next.start === t.end;
  if (b - a >= 2 && (next.cap || glued || apostropheLetter(ctx.toks, a + 1) > 0) && CORPORATE_SUFFIXES.has(ctx.toks[b - 1].text)) return false;
  // ... also where a headline's run goes on past the name ("Oak Hill Capital To Acquire Lindell
  // Foods"): a legal form before the headline's verb or particle ends the name.
  if (b - a >= 3 && next.cap && isHeadline(t)) {
    for (let j = a + 1; j < b && j <= a + 5; j++) {
      const w = ctx.toks[j];
      if (!w.cap || HEADLINE_SLOT_STOPS.has(w.lower) || HEADLINE_VERBS.has(w.lower)) break;
      if (j > a + 1 && (CORPORATE_SUFFIXES.has(w.text) || ORG_HEADS.has(w.text)) && (HEADLINE_SLOT_STOPS.has(ctx.toks[j + 1]?.lower ?? '') || HEADLINE_VERBS.has(ctx.toks[j + 1]?.lower ?? ''))) return false;
    }
  }
  // ... or after a comma ("Nimbus Guard, Inc. said ...").
  if (b - a >= 2 && next.cap && ctx.toks[b]?.text === ',' && COMMA_SUFFIXES.has(ctx.toks[b + 1]?.text ?? '')) return false;
  // So does a head word where a company stands ("Vireo Pharma said ...", "Harbor Capital agreed to ...").
  const after = ctx.toks[b];
  if (b - a >= 2 && next.cap && ORG_HEADS.has(ctx.toks[b - 1].text) && (companySlot(ctx, a, b, false) || (after?.sent === t.sent && SAID_VERBS.has(after.lower)))) return false;
  // ... or where two such names are joined by "and" ("Acme Pharma and Annadale Therapeutics have
  // scrapped ..."): the first word opens the left one, as it would before "said".
  // (The run may be that left name alone, split off by the coordination rule.)
  const and = ctx.toks[a + 2];
  const end = b - a >= 5 ? b : b === a + 2 ? nameEnd(ctx, a + 3) : 0;
  if (end > a + 4 && next.cap && ORG_HEADS.has(next.text) && and && (and.lower === 'and' || and.text === '&') && ctx.toks[a + 3].cap && (ORG_HEADS.has(ctx.toks[end - 1].text) || CORPORATE_SUFFIXES.has(ctx.toks[end - 1].text))) return false;
  // So does a legal form or head word before "of" and a place ("Development Corp of America said ...",
  // "First Federal Savings and Loan Association of Fort Myers said ...").
  for (let j = a + 1; j + 2 < b; j++) {
    const w = ctx.toks[j].text;
    if (ctx.toks[j + 1].lower !== 'of') continue;
    if (CORPORATE_SUFFIXES.has(w) ? suffixOfPlace(ctx, j + 2, b) : (ORG_HEADS.has(w) || ORG_HEADS_BEFORE_OF.has(w)) && isPlacePhrase(ctx, j + 2, b)) return false;
  }
  // ... as does the document writing the same words inside a sentence ("Just Eat, a web-based
  // platform, ..." where "investors that Just Eat could" is written too).
  if (b - a >= 2 && next.cap && usedMidSentence(ctx, a, b)) return false;
  if (SENTENCE_INITIAL_STOP.has(t.text)) return true;
  // One common word without an article before the verb of a deal is a name ("Ironwood will buy ...").
  // (Or before a closed apposition naming a kind of company: "Orchard, the fintech startup, said ...".)
  if (b - a === 1 && !genericSubject(t) && !pluralNoun(t.lower) && !ADJECTIVE_LIKE.test(t.lower) && (companySlot(ctx, a, b, true) || closedCompanyApposition(ctx, b))) return false;
  if (COMMON_WORDS.has(t.lower) && !isNameish(t)) return true;
  return t.pos !== 'PROPN' && b - a === 1;
}

/** A name written as its web address, with a capital inside ("MarketBeat.com", "allAfrica.com"). */
export function webName(text: string): boolean {
  const dot = text.lastIndexOf('.');
  return dot > 1 && WEB_DOMAINS.has(text.slice(dot + 1).toLowerCase()) && WEB_NAME.test(text.slice(0, dot)) && /\p{Lu}/u.test(text.slice(0, dot));
}

/** Split the document into candidate runs: capitalized tokens joined by connectors inside a sentence. */
export function candidateRuns(ctx: Ctx, blocked?: Uint8Array): [number, number][] {
  const { toks } = ctx;
  const runs: [number, number][] = [];
  // "San/Bar Corp": a slash without spaces joins two capitalized words that the document uses
  // somewhere as one name with a legal form (not "Chrysler/Mitsubishi" in a headline).
  const slashed = new Set<string>();
  const slash = (k: number) => toks[k]?.text === '/' && toks[k - 1]?.cap && toks[k + 1]?.cap && toks[k].start === toks[k - 1].end && toks[k + 1].start === toks[k].end && toks[k + 1].sent === toks[k - 1].sent;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (slash(k) && CORPORATE_SUFFIXES.has(toks[k + 2].text) && toks[k + 2].sent === toks[k].sent) slashed.add(`${toks[k - 1].lower}/${toks[k + 1].lower}`);
  }
  // "Series B", "Class A": a label and its letter are no name, nor part of one ("Raises $30M Series B
  // From Granite Ventures")
  const label = new Uint8Array(toks.length);
  for (let k = 0; k + 1 < toks.length; k++) if (LETTER_LABELS.has(toks[k].text) && /^\p{Lu}\.?$/u.test(toks[k + 1].text) && toks[k + 1].sent === toks[k].sent) label[k] = label[k + 1] = 1;
  let i = 0;
  while (i < toks.length) {
    if (!toks[i].cap || blocked?.[i] || label[i] || scaleLetter(toks, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length && toks[j].sent === toks[i].sent && !blocked?.[j] && !label[j]) {
      const t = toks[j];
      let taken = 0;
      // (a name that opens with digits, "3D Systems", starts a run of its own: "Given 3D Systems")
      if ((t.cap || CORPORATE_SUFFIXES.has(t.text)) && !adjacentBreak(t) && !breaksRun(t) && !breaksRun(toks[j - 1]) && !/^\d/.test(t.text) && !pronounI(toks, j)) j++;
      // "Nagorno-Karabakh", "Coca-Cola": a hyphen without spaces joins two capitalized words.
      else if (slashed.size && slash(j) && !blocked?.[j + 1] && slashed.has(`${toks[j - 1].lower}/${toks[j + 1].lower}`)) j += 2;
      else if (t.text === '-' && !blocked?.[j + 1] && t.start === toks[j - 1].end && toks[j + 1]?.cap && toks[j + 1].start === t.end && toks[j + 1].sent === t.sent) j += 2;
      else if (!blocked?.[j + 1] && spacedHyphenName(toks, j)) j += 2;
      else if (!blocked?.[j + 1] && (taken = apostropheLetter(toks, j)) > 0) j += taken;
      else if (j === i + 1 && possessiveName(ctx, j, blocked)) j++;
      else if (CONNECTORS.has(t.lower) && !t.cap && !blocked?.[j + 1] && toks[j + 1]?.cap && toks[j + 1].sent === t.sent && !breaksRun(toks[j + 1], toks[j + 2]) && j + 1 - i <= 8 && !(LEGAL_FORM_END.test(toks[j - 1].text) && /^(?:for|and|&)$/.test(t.lower))) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** A legal form that ends a name: "for", "and" or "&" after it joins no second name to it ("the offer by
 * Harwood Group for Lindell Foods Inc", "Brant Ltd and Kessel Corp"); "of" still may ("Allied Ordnance Co of
 * Singapore Ltd"). */
const LEGAL_FORM_END = /^(?:Inc\.?|Corp\.?|Corporation|Co\.?|Cos\.?|Ltd\.?|Limited|plc|Plc|PLC|AG|NV|N\.V\.|SpA|SA|S\.A\.|GmbH|LLC|LP|L\.P\.|Holdings|Group|BV|AB|Oy|Oyj)$/;

const APOSTROPHE = /^['\u2019]$/;

/** "Pay 'N Pak", "Toys 'R' Us", "Stop 'n' Go": an apostrophe and one letter (and a closing apostrophe)
 * between capitalized words join them. Token `j` is the apostrophe; returns how many tokens it takes. */
function apostropheLetter(toks: Tok[], j: number): number {
  const q = toks[j];
  const l = toks[j + 1];
  if (!APOSTROPHE.test(q.text) || !l || l.start !== q.end || !/^[NnR]$/.test(l.text) || l.sent !== q.sent) return 0;
  const close = toks[j + 2] && toks[j + 2].start === l.end && APOSTROPHE.test(toks[j + 2].text) ? 1 : 0;
  const next = toks[j + 2 + close];
  return next && next.cap && next.sent === q.sent && !breaksRun(next) ? 2 + close : 0;
}

/** "Heinl's Nursery Inc": the possessive of one unknown capitalized word, then capitalized words that
 * end in a legal form, is one company name (an owner the lists know, "Vantor's Lotus Software Corp",
 * stays a name of its own). Token `j` is the possessive. */
function possessiveName(ctx: Ctx, j: number, blocked?: Uint8Array): boolean {
  const { toks } = ctx;
  const t = toks[j];
  if ((t.text !== "'s" && t.text !== '\u2019s') || t.start !== toks[j - 1].end) return false;
  // A listed name written with the possessive ("Dick's Sporting Goods"), whatever the word before it.
  for (let k = j + 1; k < toks.length && k <= j + 3 && toks[k].sent === t.sent && toks[k].cap && !blocked?.[k]; k++) {
    const h = lookupPhrase(surface(ctx, j - 1, k + 1), false);
    if (h && !h.weak && h.type === 'organization') return true;
  }
  if (phrase(ctx, j - 1, j)) return false;
  // "Pell's Markets", "Kessler's Sporting Goods": an unknown owner's possessive, then a trade word that
  // ends the run, is a shop's or firm's name.
  for (let k = j + 1; k < toks.length && k <= j + 2 && toks[k].sent === t.sent && toks[k].cap && !blocked?.[k]; k++) {
    const next = toks[k + 1];
    if (POSSESSIVE_NAME_HEADS.has(surface(ctx, j + 1, k + 1)) && !(next && next.sent === t.sent && (next.cap || next.text === '-'))) return true;
  }
  for (let k = j + 1; k < toks.length && k <= j + 4; k++) {
    const w = toks[k];
    if (w.sent !== t.sent || blocked?.[k] || !w.cap || breaksRun(w)) return false;
    if (CORPORATE_SUFFIXES.has(w.text)) return k > j + 1;
  }
  return false;
}

/** "I" before a lower-case word is the pronoun ("Q I want to invest"), no part of a name ("Elizabeth I"). */
function pronounI(toks: Tok[], j: number): boolean {
  const next = toks[j + 1];
  if (toks[j].text !== 'I' || next === undefined || next.sent !== toks[j].sent || !/^\p{Ll}/u.test(next.text)) return false;
  // (A ruler's number follows a given name or a title: "Pedro I became", "Queen Elizabeth I born".)
  const prev = toks[j - 1];
  return !(prev && (GIVEN_NAMES.has(prev.lower) || PERSON_TITLES.has(prev.text) || PERSON_TITLES.has(toks[j - 2]?.text ?? '')));
}

/** The scale or unit of an amount written as one word ("$30M", "€2B", "500MW"): no name starts there. */
function scaleLetter(toks: Tok[], i: number): boolean {
  return AMOUNT_UNIT.test(toks[i].text) && i > 0 && toks[i - 1].end === toks[i].start && /\d$/.test(toks[i - 1].text);
}

/** Dates and role acronyms end a run ("July FOMC", "Cofinec CEO Stephen Frater"). */
function breaksRun(t: Tok, next?: Tok): boolean {
  return RUN_BREAKERS.has(t.text) || (CURRENCY_CODES.has(t.text) && next !== undefined && next.sent === t.sent && /^\d/.test(next.text));
}

/** A currency's code before a figure ("for SEK 2 billion") joins no name before it. */
const CURRENCY_CODES = new Set<string>(ISO_CODES);

/** Two capitalized tokens that should not be one run: a spaced dash between them. */
function adjacentBreak(t: Tok): boolean {
  return t.text === '-' || t.text === '—';
}
