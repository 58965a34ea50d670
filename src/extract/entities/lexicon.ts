/**
 * Vocabularies for the entity rules, loaded once per process and turned into Sets and Maps.
 * The words themselves live in ./data/*.json (lexicon.json: hand-written; gazetteer.json: built by
 * scripts/build-gazetteer.ts from openly licensed lists, see ./data/NOTICE.md).
 */
import { readFileSync } from 'node:fs';
import lexicon from './data/lexicon.json' with { type: 'json' };
import type { EntityType } from '../../schema/index.js';

interface Gazetteer {
  entries: Record<string, string>;
  acronyms: Record<string, string>;
  given: string[];
  surnames: string[];
  nameParts: string[];
  nationalities: string[];
  commonWords: string[];
}

/**
 * The gazetteer (3 MB of JSON), read here rather than imported: an imported JSON module stays in
 * memory for the life of the process, and every worker thread would keep the parsed object (about
 * 10 MB of property tables) beside the Maps and Sets built from it, which share its strings.
 */
function readGazetteer(): Gazetteer {
  return JSON.parse(readFileSync(new URL('./data/gazetteer.json', import.meta.url), 'utf8')) as Gazetteer;
}

export type TypeCode = 'O' | 'L' | 'P' | 'R';
/** A gazetteer hit: its type and whether it is weak (a common word, a given name or a surname). */
export interface GazHit {
  type: EntityType;
  weak: boolean;
  source: 'gazetteer' | 'lexicon' | 'document';
  /** For a name the document already uses: the rule that first recognized it. */
  rule?: string;
}

const TYPE_OF: Record<string, EntityType> = { O: 'organization', L: 'place', P: 'person', R: 'product' };

/** One frozen hit per code and source, shared by every entry that has them (60,000 entries, a dozen hits). */
const hits = new Map<string, GazHit>();
function hit(code: string, source: GazHit['source']): GazHit {
  const key = `${code}/${source}`;
  let h = hits.get(key);
  if (!h) hits.set(key, (h = Object.freeze({ type: TYPE_OF[code[0]], weak: code.endsWith('w'), source })));
  return h;
}

/** Lower-cased, whitespace-collapsed surface -> hit (multi-word keys included). */
const phrases = new Map<string, GazHit>();
/** Case-sensitive surfaces (acronyms such as "UN", "AfD"). */
const exact = new Map<string, GazHit>();
let maxWords = 1;

/** Words in a key (keys are whitespace-collapsed), counted without splitting: 60,000 keys at start-up. */
function keyWords(k: string): number {
  let n = 1;
  for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) n++;
  return n;
}

/** Names with and without their accents: "José" is the list's "jose", and a list's "jurgen" is "Jürgen". */
class FoldedSet extends Set<string> {
  constructor(words: Iterable<string>) {
    super();
    for (const w of words) this.add(w.toLowerCase()).add(fold(w.toLowerCase()));
  }
  override has(w: string): boolean {
    return super.has(w) || (/[^\x00-\x7f]/.test(w) && super.has(fold(w)));
  }
}
const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/ß/g, 'ss');

/** The gazetteer's entries go into `phrases` and `exact`, its word lists become Sets; the parsed JSON goes with this call. */
const gazetteerSets = (() => {
  const g = readGazetteer();
  for (const k in g.entries) {
    phrases.set(k, hit(g.entries[k], 'gazetteer'));
    if (k.includes(' ')) maxWords = Math.max(maxWords, keyWords(k));
  }
  for (const [k, code] of Object.entries(g.acronyms)) exact.set(k, hit(code, 'gazetteer'));
  return { given: new FoldedSet([...g.given, ...(lexicon.extraGivenNames as string[])]), surnames: new Set(g.surnames), nameParts: new Set(g.nameParts), nationalities: new Set(g.nationalities), commonWords: new Set(g.commonWords) };
})();
// The hand-written list wins over the built one. Products use the letter R internally ("P" is person).
for (const [k, raw] of Object.entries(lexicon.extraEntities as Record<string, string>)) {
  if (k.startsWith('_')) continue;
  const code = raw[0] === 'P' ? 'R' + raw.slice(1) : raw;
  const h = hit(code, 'lexicon');
  if (/^[A-Z0-9.&]+$/.test(k) && k.length <= 6) exact.set(k, h);
  phrases.set(k.toLowerCase().replace(/\s+/g, ' '), h);
  maxWords = Math.max(maxWords, keyWords(k));
}

export const MAX_PHRASE_WORDS = Math.min(maxWords, 8);

/** Look up a surface (the text as written, whitespace collapsed). `caseless` for all-caps lines. */
export function lookupPhrase(surface: string, caseless: boolean): GazHit | undefined {
  const e = exact.get(surface);
  if (e) return e;
  let h = phrases.get(surface.toLowerCase());
  if (!h && surface.startsWith('St. ')) h = phrases.get('saint ' + surface.slice(4).toLowerCase());
  if (!h) return undefined;
  // Off an all-caps line, an all-caps word matches only the case-sensitive entries, or a place
  // ("FRANCE - Bond futures ended higher").
  if (!caseless && !/[a-z]/.test(surface) && !surface.includes(' ') && !(h.type === 'place' && !h.weak && surface.length >= 4)) return undefined;
  return h;
}

const set = (xs: string[]) => new Set(xs);
export const CORPORATE_SUFFIXES = set(lexicon.corporateSuffixes);
/** Head words, and compounds that end in one's trade ("Microdevices", "Cryosystems", "Agritech"). */
class HeadSet extends Set<string> {
  override has(w: string): boolean {
    return super.has(w) || COMPOUND_HEAD.test(w);
  }
}
const COMPOUND_HEAD = /^\p{Lu}\p{Ll}{3,}(?:devices|systems|tronics|technologies|tech|ware|works|logistics|robotics|genomics|analytics|therapeutics|biologics|pharma|foods|metals|minerals)$/u;
export const ORG_HEADS: ReadonlySet<string> = new HeadSet(lexicon.orgHeads);
export const ORG_HEADS_BEFORE_OF = set(lexicon.orgHeadsBeforeOf);
export const LOC_HEADS = set(lexicon.locHeads);
export const PERSON_TITLES = set(lexicon.personTitles);
export const PERSON_ROLE_WORDS = set(lexicon.personRoleWords);
export const SAID_VERBS = set(lexicon.saidVerbs);
export const CONNECTORS = set(lexicon.connectors);
export const NAME_PARTICLES = set(lexicon.nameParticles);
export const NON_ENTITIES = set(lexicon.nonEntities);
export const SENTENCE_INITIAL_STOP = set(lexicon.sentenceInitialStop);
export const GIVEN_NAMES = gazetteerSets.given;
export const SURNAMES = gazetteerSets.surnames;
export const NAME_PARTS = gazetteerSets.nameParts;
export const NATIONALITIES = gazetteerSets.nationalities;
export const PLACE_PREPOSITIONS = set(lexicon.placePrepositions);
export const PLACE_NOUNS = set(lexicon.placeNouns);
export const DIRECTION_WORDS = set(lexicon.directionWords);
/** Dates and role acronyms that end a candidate run ("July FOMC", "Cofinec CEO Stephen Frater"). */
export const RUN_BREAKERS = set(lexicon.runBreakers);
/** A market code and its exchange written as one word ("UBSG.VX", "0FPB.L", "WMT.N"). */
export const MARKET_CODE = /^[0-9A-Z]{1,8}\.[A-Z]{1,3}$/;
/** Words a single capital letter names a member of ("Series A", "Class B"). */
export const LETTER_LABELS = set(lexicon.letterLabels.words);
/** Capitalized job-title words ("Chief Executive Officer"): a title block inside a run. */
export const ROLE_TITLE_WORDS = set(lexicon.roleTitleWords);
/** More words of a person's title, read before "of" and a company (rules.ts: classify). */
export const TITLE_WORDS_BEFORE_OF = set(lexicon.titleWordsBeforeOf.words);
/** Capitalized phrases that are never names ("Series C", "Leave a Reply"). */
export const NON_ENTITY_PHRASES = set(lexicon.nonEntityPhrases);
/** Stock exchange codes before a ticker: "(LSE: ALDM)", "(NASDAQ: ORNO)". */
export const EXCHANGE_PREFIXES = set(lexicon.exchangePrefixes);
/** The prefixes that name an exchange (an organization) rather than a market code: "NYSE", "Nasdaq". */
export const EXCHANGE_NAMES = set(lexicon.exchangeNames);
/** Lower-case words after a weak list entry that make it a company ("Apple shares", "Dole said"). */
export const NAME_FOLLOWERS = set(lexicon.nameFollowers);
/** Words before a plural that make it a group noun ("the Arabs", "many Kurds"). */
export const GROUP_DETERMINERS = set(lexicon.groupDeterminers);
/** Articles, never the start of a name. */
export const ARTICLES = set(lexicon.articles);
/** Function words that start no name anywhere in a run ("By Kevin Cirilli", "While India"). */
export const NEVER_NAME_START = set(lexicon.neverNameStart);
/** Words of a trade that a company's one name joins with "and" ("Texas Oil and Gas Corp", "Savings and Loan"):
 * after a whole name and "and", a side that opens with one is no second company. */
export const AND_NAME_WORDS = set(lexicon.andNameWords);
/** A release's defined terms for a party it names in full ("the Company", "the Purchaser"): after "the",
 * a description of that party, never a name of its own. */
export const DEFINED_TERMS = set(lexicon.definedTerms);
/** Words after "&" that make a firm of the name before it ("Holloway & Sons", "Pike & Partners"): that name is its short form. */
export const FIRM_TAILS = set(lexicon.firmTails);
/** Kinds of company written as an acronym before a name ("Healthcare REIT Solace Properties", "blank-check SPAC Harwood Acquisition"). */
export const KIND_ACRONYMS = set(lexicon.kindAcronyms);
/** Trade words that end a shop's or firm's name after an owner's possessive ("Pell's Markets", "Kessler's Hardware"). */
export const POSSESSIVE_NAME_HEADS = set(lexicon.possessiveNameHeads);
/** Function words written in capitals ("I have NO other income"), which no acronym is. */
export const CAPS_FUNCTION_WORDS = set(lexicon.capsFunctionWords);
/** Abbreviated directions before a place ("S. Korea"). */
export const INITIAL_DIRECTIONS: Record<string, string> = lexicon.initialDirections;
/** First words that make an organization in other languages ("Compagnie ...", "Gruppo ...", "Banco ..."). */
export const ORG_PREFIXES = set(lexicon.orgPrefixes);
/** Suffixes written after a comma: "Acme, Inc.", "Rigolleau, S.A.". */
export const COMMA_SUFFIXES = set(lexicon.commaSuffixes);
/** Kinds of company written before a name and never part of one ("Chipmaker Ironwood", "Lender X"). */
export const KIND_WORDS = set(lexicon.kindWords);
/** Common nouns that open a sentence as its subject without being a name ("Management agreed to sell"). */
export const GENERIC_SUBJECTS = set(lexicon.genericSubjects);
/** First words of a name that never stand for it alone ("Swiss", "European", "International"). */
export const NO_SHORT_FORM = set(lexicon.noShortForm.words);
/** Verbs of a deal that a Title Case or all-caps headline capitalizes ("Amazon to Buy Whole Foods"): lower-case keys. */
export const HEADLINE_VERBS = set(lexicon.headlineVerbs);
/** Headline verbs whose object is a company bought or sold ("Harwood to Buy Lindell"). */
export const HEADLINE_OBJECT_VERBS = set(lexicon.headlineObjectVerbs);
/** Words that end a name in a headline's slot ("Lindell For $410 Million", "Lindell Unit"). */
export const HEADLINE_SLOT_STOPS = set(lexicon.headlineSlotStops);
/** A deal's noun and its preposition in a headline ("Acquisition of", "Bid for"): a company follows. */
export const HEADLINE_DEAL_NOUNS = set(lexicon.headlineDealNouns);
export const HEADLINE_DEAL_PREPS = set(lexicon.headlineDealPreps);
/** Labels a news wire glues before a headline ("EXCLUSIVE-", "UPDATE 2-", "REFILE-"). */
export const WIRE_LABELS = set(lexicon.wireLabels);
export { WEB_DOMAINS, WEB_NAME } from '../analysis.js';
/** Places a legal form takes into the name after "of" ("Dynamics Corp of America"). */
export const SUFFIX_OF_PLACES = set(lexicon.suffixOfPlaces);
export const MISC_HEADS = set(lexicon.miscHeads);
/** Lower-case common English words (wink-nlp's lexicon minus names and places). */
export const COMMON_WORDS = gazetteerSets.commonWords;
/** Longest role phrase, in words ("chief executive officer" = 3). */
export const MAX_ROLE_WORDS = Math.max(...lexicon.personRoleWords.map((w) => w.split(' ').length));

/** Stock indexes and commodity benchmarks (products, named whole): surface -> true, or the words one of
 * which must follow ("Brent crude"). Longest first. */
export const MARKET_BENCHMARKS: [surface: string, followers: Set<string> | null][] = Object.entries(
  lexicon.marketBenchmarks as Record<string, boolean | string[] | string>,
)
  .filter(([k]) => !k.startsWith('_'))
  .map(([k, v]): [string, Set<string> | null] => [k, Array.isArray(v) ? new Set(v) : null])
  .sort((x, y) => y[0].length - x[0].length);
/** Government securities: "Treasury yields", "the 10-year Treasury note". */
export const SECURITY_HEADS = set(lexicon.securityNouns.heads);
export const SECURITY_FOLLOWERS = set(lexicon.securityNouns.followers);
/** Lower-case phrases before a name that make it an organization ("the law firm X", "advised by X"). */
export const ORG_CONTEXT_BEFORE: string[][] = lexicon.orgContextBefore.phrases.map((p) => p.split(' ')).sort((x, y) => y.length - x.length);
/** Verbs after a name that make it an organization ("X advised Y on the sale"). */
export const ORG_VERBS = set(lexicon.orgVerbs.words);
/** Short form -> full form of one party ("Fed" -> "Federal Reserve"). */
export const ALIAS_PAIRS: Map<string, string> = new Map(Object.entries(lexicon.aliasPairs as Record<string, string>).filter(([k]) => !k.startsWith('_')));
/** Context that makes a listed name that is also a common word, a first name or a place a company. */
const slots = lexicon.companySlots;
export const COMPANY_SLOTS = {
  verbsAfter: set(slots.verbsAfter),
  dealVerbs: set(slots.dealVerbs),
  auxiliaries: set(slots.auxiliaries),
  infinitives: set(slots.infinitives),
  before: slots.before.map((p) => p.split(' ')).sort((x, y) => y.length - x.length),
  pairBefore: slots.pairBefore.map((p) => p.split(' ')).sort((x, y) => y.length - x.length),
  possessed: set(slots.possessed),
  /** What only a company has after a possessive ("Harwood's shares rose"): a surname there is a company. */
  possessedByCompany: set(slots.possessedByCompany),
  titlesBeforePerson: set(slots.titlesBeforePerson),
  titleModifiers: set(slots.titleModifiers),
  titleTail: set(slots.titleTail),
  speechVerbs: set(slots.speechVerbs),
  speechFillers: set(slots.speechFillers),
  appositionNouns: set(slots.appositionNouns),
};
