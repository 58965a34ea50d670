/**
 * A sentence "sketch": the sentence text with every mention replaced by a slot such as ⟨E3⟩
 * (entity), ⟨M0⟩ (money), ⟨P1⟩ (percentage) or ⟨D2⟩ (date). Role and term rules are regular
 * expressions over sketches, so they see "⟨E0⟩ agreed to acquire ⟨P0⟩ of ⟨E1⟩ for ⟨M0⟩" and stay
 * independent of any name. Slots map back to the mentions and their offsets.
 */
import type { Analysis, Sentence } from '../extract/analysis.js';
import type { DateMention, Entity, Money, Percent, Span } from '../schema/index.js';
import type { Mentions } from '../types.js';
import { findDescriptions, isDescription, opensSentence } from './descriptions.js';
import { findFrameNames } from './frame-names.js';
import { COMMA_SUFFIXES, COMPANY_SLOTS, MARKET_CODE } from '../extract/entities/lexicon.js';
import regulators from './data/regulators.json' with { type: 'json' };

const COMMA_SUFFIXES_LIST = [...COMMA_SUFFIXES].sort((a, b) => b.length - a.length);

export type Slot =
  | {
      kind: 'E';
      entity: Entity;
      span: Span;
      /** resolved from a pronoun or a description */
      anaphor: boolean;
      /** the object of a preposition ("a filing with the SEC"): written ⟨O n⟩, never an agent */
      object: boolean;
      /** the maker in a product's name ("30 Boeing 787 jets"): written ⟨Q n⟩, never a party */
      modifier?: boolean;
    }
  /** A place: never a party, so gaps in rules may cross it ("Hamilton, Ont.-based Pell Valve"). */
  | { kind: 'L'; entity: Entity; span: Span }
  | { kind: 'M'; money: Money; span: Span }
  | { kind: 'P'; percent: Percent; span: Span }
  | { kind: 'D'; date: DateMention; span: Span };

export interface Sketch {
  sentence: Sentence;
  /** Index of the sentence in the analysis. */
  index: number;
  text: string;
  slots: Slot[];
  /** map[i] = offset in the article text of sketch character i (slots map to their mention). */
  map: number[];
}

/** Regex source for any party slot (subject or object of a preposition), capturing nothing. */
export const E = '⟨[EO]\\d+⟩';
/** The forms of the verbs of buying. */
const BUYING = 'bought|buy|buys|buying|acquired|acquire|acquires|acquiring|purchased|purchase|purchases|purchasing';
/** A party slot that can be an agent: not the object of a preposition, nor of a verb of buying or
 * selling right before it ("after it bought ⟨E0⟩ in 2015, it plans to buy ⟨E1⟩": E0 buys nothing).
 * (The look-behind comes after the bracket, so it runs only where a slot starts.) */
export const AGENT = `⟨(?<!\\b(?:${BUYING}|sold|sell|sells|selling) ⟨)E\\d+⟩`;
/** A bounded gap of up to n characters that crosses no agent slot and no clause break. */
export const GAP = (n: number) => `(?:[^⟨;]|⟨[MPDLOQ]\\d+⟩){0,${n}}?`;

/** A gap before a party named after a verb or preposition: no new clause, no quotation, and no "from"
 * but one right after the verb ("buy from Allied the four Dey stores"): what is bought comes before its
 * seller ("acquire the club from its owner John Smith": Smith sells, he is not bought). */
export const TGAP = (n: number) => `(?:(?!\\b(?:after|before|when|while|because|since|which|who|but|although|as|in order|led by)\\b)(?!(?<!\\b(?:${BUYING}) )\\bfrom\\b)(?:[^⟨;"]|⟨[MPDLOQ]\\d+⟩)){0,${n}}?`;

/** Longest sentence the rules read, in characters (real sentences are far shorter). */
const MAX_SENTENCE = 2000;

/** Words right after a mention that make it a clause's subject. */
const SUBJECT_AFTER = /^\s*(?:said|says|announced|reported|agreed)\b/i;
/** After a name: a relative clause of buying, selling or paying whose subject it is ("the structure of
 * X, which has agreed to pay Y £844m for Z"): the name is that clause's agent, not only an object. */
const RELATIVE_AGENT = /^\s*,\s*(?:which|that)\s+(?:(?:has|have|had|will|would|also|recently|previously|then|now)\s+){0,2}(?:agreed to (?!be\b)|(?:is|was) (?:set|due|expected|planning) to |plans to |)(?:acquir(?:e|ed|es)|buy|buys|bought|purchas(?:e|ed|es)|pa(?:y|ys|id)|sell|sells|sold|bid|offered|took over|take over|invest(?:ed|s)?)\b/i;

/** After a name: it reports news, so it is the source of what follows, never a party to it ("after
 * Sky News reported that it had received an offer"). Results are no news report ("reported a loss"). */
const REPORTS = /^\s*(?:has |had |first |earlier )?(?:reported|reports)\b(?!\s+(?:an?|its|their|his|her|the|net|record|higher|lower|strong|weak|quarterly|annual|first|second|third|fourth|full|revenue|sales|profits?|earnings|loss(?:es)?|income|results|growth|\d))/i;

const REGULATOR_NAMES: ReadonlySet<string> = new Set(regulators.names);
const REGULATOR_HEADS: ReadonlySet<string> = new Set(regulators.heads);
const REGULATOR_QUALIFIERS: ReadonlySet<string> = new Set(regulators.qualifiers);
const COURTS: ReadonlySet<string> = new Set(regulators.courts);

/** A regulator, a competition authority or a court (data/regulators.json): it clears, reviews or
 * blocks a deal and is never its party ("Harwood said the Federal Trade Commission cleared its offer
 * for Pellor": Harwood bids). */
function isRegulator(e: Entity): boolean {
  if (e.type !== 'organization') return false;
  return [e.name, ...e.aliases].some((n) => {
    if (REGULATOR_NAMES.has(n)) return true;
    const words = n.split(/\s+/);
    const last = words[words.length - 1];
    return COURTS.has(last) || (REGULATOR_HEADS.has(last) && words.some((w) => REGULATOR_QUALIFIERS.has(w)));
  });
}

/** After a maker's name: a model or a kind of product, so the name is part of the product's name
 * ("ordered 30 Boeing 787 jets", "buys Airbus A350 planes"): no party to a deal. */
const PRODUCT_AFTER = /^(?:\s+(?:(?!(?:19|20)\d\d\b)(?!\d+\s+(?:days?|weeks?|months?|years?|hours?|minutes?|percent|per cent|pc|points?|times|shares|stores|outlets|employees|people|workers|staff|countries|states|cities|markets|locations|sites|branches)\b)\d[\w-]*|[A-Z]{1,3}-?\d[\w-]*)(?:\s|$)|(?:['’]s)?\s+(?:(?:\d+-\d+|[A-Z]{1,3}-?\d[\w-]*)\s+)?(?:[\w-]+\s+)?(?:jets?|jetliners?|aircraft|airliners?|planes?|helicopters?|smartphones?|handsets?|chips?|processors?|engines?|turbines?|locomotives?)\b)/;

/** After a name: its people, so the name only qualifies the subject that follows ("Best Buy founder
 * Richard Schulze offered", "Acme chief executive Jane Roe said"). */
/** After a company: its owners selling it ("X's owners have sold the company to W"). */
const OWNERS_SELL = /^['’]s?\s+(?:co-?)?(?:founders?|owners?|family|shareholders)\s+(?:have |has |had )?(?:agreed to )?(?:sold|sell|sells|offloaded)\b/i;
const PEOPLE_OF = /^(?:['’]s?)?\s+(?:co-?)?(?:founders?|chairman|chairwoman|chair|chief executive(?: officer)?|ceo|cfo|coo|president|executives?|spokes(?:man|woman|person)|officials?|employees|staff|owners?|heir|heiress)\b/i;

/** A mention right after one of these is the object of a preposition; after "by", "from" or "with"
 * also past a kind of company or holder ("backed by private equity firm X", "from rival X"). */
const PREPOSITION = /\b(?:(?:with|to|from|by|of|at|for|on|in|into|against|under|than|about|over|between|among|including|like|via|told|informed|notified|urged|asked)\s+(?:the\s+|a\s+|an\s+)?|(?:by|from|with)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][a-z-]*\s+){0,3}(?:firm|company|group|investor|fund|rival|giant|maker|bank|lender|insurer|conglomerate|operator|owner|manager|billionaire|entrepreneur|tycoon)\s+)$/i;

/** A group's members named after it are its agents, not objects of "of" ("a consortium of X, Y and Z
 * will buy ...", "an investor group including X"). */
const GROUP_OF = '\\b(?:consortium|syndicate|group|club|alliance|partnership)(?: of (?:investors|companies|firms|buyers|banks|funds|lenders))?,? (?:of|including|comprising|made up of|formed by|consisting of)\\s+';
const MEMBERS_OF = new RegExp(`${GROUP_OF}(?:the\\s+)?$`, 'i');

/** A market listing in parentheses after a name, "(NYSE: HWD)", "(Nasdaq: HBAN)": the exchange and the
 * code are no party of their own, and a rule reads across them as across a date ("Harwood Group Inc.
 * (NYSE: HWD) completed its acquisition of ..."). The exchange is followed by a colon and the code; the
 * code follows the exchange and its colon. */
const EXCHANGE_OPEN = /[\p{L}\p{N}.)]\s*\(\s*$/u;
const EXCHANGE_CLOSE = /^\s*:\s*[\p{Lu}\p{N}][\p{Lu}\p{N}.&-]{0,12}(?:\s*[-–]\s*news)?\s*\)/u;
const CODE_OPEN = /[\p{L}\p{N}.)]\s*\(\s*[\p{L}][\p{L}\p{N} .&-]{0,24}:\s*$/u;
const CODE_CLOSE = /^(?:\s*[-–]\s*news)?\s*\)/u;
/** A defined term in parentheses after a name, in quotes: '("Harwood")', '(“Harwood” or the “Company”)',
 * '(together, "Harwood")': the short name the release uses, no other party. */
const TERM_OPEN = /[\p{L}\p{N}.)]\s*\(\s*(?:(?:together|collectively|jointly|hereinafter|hereafter),?\s+)?(?:the\s+)?["“'‘]$/u;
const TERM_CLOSE = /^["”'’](?:\s*(?:or|and)\s+(?:the\s+)?["“'‘][\p{L}\s]{1,20}["”'’])?\s*\)/u;
/** Reuters' market code in angle brackets right after a name ("Chemlawn Corp <CHEM>", "Chrysler Corp's
 * <C> 1.5 billion dlr offer", "Ultramar Plc <UMAR.L>"): no slot at all, so rules read the name and what
 * follows the code as adjacent. */
function wireTicker(text: string, from: number, start: number, end: number): boolean {
  const code = text.slice(start, end);
  return (/^[A-Z][A-Z0-9]{0,7}$/.test(code) || MARKET_CODE.test(code)) && /[\p{L}\p{N}.)'’]\s*<$/u.test(text.slice(Math.max(from, start - 4), start)) && text[end] === '>';
}

function listing(text: string, from: number, to: number, start: number, end: number): boolean {
  const before = text.slice(Math.max(from, start - 32), start);
  const after = text.slice(end, Math.min(to, end + 30));
  // (a market code alone in the parentheses: "Credit Suisse (CSGN.VX)")
  if (MARKET_CODE.test(text.slice(start, end)) && EXCHANGE_OPEN.test(before) && CODE_CLOSE.test(after)) return true;
  return (EXCHANGE_OPEN.test(before) && EXCHANGE_CLOSE.test(after)) || (CODE_OPEN.test(before) && CODE_CLOSE.test(after)) || (TERM_OPEN.test(before) && TERM_CLOSE.test(after));
}

/** After a name: a maker named by its product ("Pringles maker Kellanova", "TikTok owner ByteDance"):
 * the name is the product's, no party; the company follows. */
const MAKER_OF = /^\s+(?:(?!(?:from|to|by|for|with|of|in|at|on|and)\b)[a-z][\w-]*\s+)?(?:maker|owner|operator|parent|producer|developer|provider|retailer|distributor|manufacturer|bottler|publisher|brewer|creator|designer)\s+(?:\p{Lu}|\d)/u;

/** "for X to buy Y" ("cleared the way for X to buy Y", "plans for X to acquire Y"): X after "for" is
 * the subject of the infinitive that follows, an agent, not the object of "for". */
function infinitiveSubject(text: string, from: number, to: number, start: number, end: number): boolean {
  return /\bfor\s+$/i.test(text.slice(Math.max(from, start - 6), start)) && /^\s+to\s+(?!(?:the|a|an|its|their|be)\b)[a-z]+/.test(text.slice(end, Math.min(to, end + 24)));
}

/** A company's owners or board opening a clause act for it: "Shareholders in Y have backed a takeover
 * by X", "the board of Y rejected X's bid" (Y is the clause's agent, not an object of "of"). Not the
 * owners of two ("the shareholders of X and Y approved the sale of X"): both stay objects. Its shares
 * stand for it too ("Shares in Y jumped after the firm said it had received a takeover approach"). */
const OWNERS_OF = /(?:^|\b(?:said|says)\s+(?:that\s+)?)(?:the\s+)?(?:(?:common|public|minority|independent)\s+)?(?:shareholders|stockholders|holders|investors|owners|board(?:\s+of\s+directors)?|directors|shares|stock)\s+(?:of|in|at)\s+(?:the\s+)?$/i;

/** A clause that opens with a company's affiliate, unit or funds ("An affiliate of X has agreed to
 * buy", "Funds managed by X"): X acts through it, so X is the agent. (A group "led by" its members
 * is a description its list resolves: descriptions.ts.) */
const ACTS_THROUGH = /^(?:[^,;]*?\b(?:said|says|announced)\s+(?:that\s+)?)?(?:an?|the|one|two|three|several|certain)?\s*(?:[\w-]+\s+){0,2}?(?:affiliates?|subsidiar(?:y|ies)|units?|divisions?|arm|funds?|vehicles?|entity)\s+(?:of|managed by|advised by|controlled by|owned by|backed by|affiliated with)\s+(?:the\s+)?$/i;

/** A clause that opens with a group led by its members ("A consortium led by X has agreed to buy",
 * "A group led by X and Y", "Investors led by X have taken a stake"): the leaders act for it, so they
 * are its agents. (A group with its members' kind, "a group of investors led by X", is a description
 * its list resolves: descriptions.ts.) */
const LED_GROUP = /^(?:[^,;]*?\b(?:said|says|announced)\s+(?:that\s+)?)?(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:consortium|group|syndicate|club|partnership|alliance)|(?:[\w-]+\s+)?(?:investors|backers|buyers|bidders|funds|lenders))\s+(?:led|headed|fronted|spearheaded|co-led)\s+by\s+(?:the\s+)?(?:[^,;]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*))?$/i;

/** The mention [start, end) of the sentence [from, to) is the object of a preposition before it: not
 * the subject of "said" after it ("led by X said it raised"), of an infinitive ("for X to buy"), nor a
 * member of a group or the company whose owners open the clause. */
function prepositionObject(text: string, from: number, to: number, start: number, end: number): boolean {
  if (!PREPOSITION.test(text.slice(Math.max(from, start - 48), start))) return false;
  if (infinitiveSubject(text, from, to, start, end) || SUBJECT_AFTER.test(text.slice(end, Math.min(to, end + 20))) || RELATIVE_AGENT.test(text.slice(end, Math.min(to, end + 60)))) return false;
  if (MEMBERS_OF.test(text.slice(Math.max(from, start - 50), start)) || ACTS_THROUGH.test(text.slice(from, start)) || LED_GROUP.test(text.slice(from, start))) return false;
  return !(OWNERS_OF.test(text.slice(from, start)) && !/^\s*(?:and|&)\s/.test(text.slice(end, end + 6)));
}

/** A pronoun that opens a group's list of members ("a consortium of it, Brant and Kessel"). */
const MEMBER_PRONOUN = new RegExp(`${GROUP_OF}(it|itself)(?=\\s*(?:,|and\\b))`, 'i');

/** Between two names: an apposition or a list ("X, Y", "X and Y"), not a new clause (", and"). */
const APPOSED = /^(?:\s*,\s*|\s+and\s+)$/;
/** After such a name: the apposition closes or the list goes on ("X, Y, to sell", "X, Y and Z"),
 * not a clause ("In a filing with the SEC, Y and companies he controls said"). */
const LIST_GOES_ON = /^(?:\s*,|\s+(?:and|or)\s+\p{Lu})/u;

interface Placed {
  start: number;
  end: number;
  slot: Slot;
}

/** An anaphor at the start of a clause that stands for the focus organization. */
const CLAUSE_OPENERS = 'However|But|Meanwhile|Also|Separately|In addition|Instead|Still|Now';
const ANAPHOR = new RegExp(`^(?:(?:${CLAUSE_OPENERS}),?\\s+)?(it|the company|the firm|the group)\\b(?!['’]s)`, 'i');
/** A possessive pronoun that opens a sentence, or a fronted phrase, before a deal noun: the focus
 * organization's deal ("Its $30 billion acquisition of Y closed in May", "Despite its purchase of Y,
 * the company kept its rating"). The noun follows within a few words. */
const POSSESSIVE_ANAPHOR = new RegExp(`^((?:(?:${CLAUSE_OPENERS}|Despite|After|Following|Since|With|Through|Before|Until|Under|As part of|Ahead of|Amid),?\\s+)?)(its)(?=\\s+(?:[^\\s;,]+\\s+){0,4}?(?:acquisitions?|purchase|takeover|buyout|take-private|bid|offer|deal|merger|pursuit|sale)\\b)`, 'i');

interface Range {
  start: number;
  end: number;
}

/** A slot under a description or a frame name gives way to it only as a place or a stock index inside
 * it, where `placeInside` allows that ("The Denver-based maker", "Norway's sovereign wealth fund", "the
 * FTSE 250 packaging group"). */
const yieldsTo = (slot: Slot, at: Range, d: Range, placeInside: boolean) => placeInside && (slot.kind === 'L' || (slot.kind === 'E' && slot.entity.type === 'product')) && at.start >= d.start && at.end <= d.end;

/** Whether `d` may take its slot among `placed`: none of it is covered, or only by places that
 * give way to it, which are then dropped. */
function takeOver(placed: Placed[], d: Range, placeInside: boolean): boolean {
  const over = placed.filter((p) => p.start < d.end && p.end > d.start);
  if (!over.every((p) => yieldsTo(p.slot, p, d, placeInside))) return false;
  for (const p of over) placed.splice(placed.indexOf(p), 1);
  return true;
}

/** A main clause's subject pronoun after a fronted clause of time, and what opens such a clause
 * right before its own subject ("Two years after ", "When "; not "After buying Quellmark"). */
const FRONTED_ANAPHOR = /^((?:(?:[\w-]+ ){0,3}?(?:after|since|before|following)|when|once|while) [^,;]{3,160}?, (?:(?:now|then|however),? )?)(it|the company|the firm|the group)\b(?!['’]s)/i;
const FRONTED_SUBJECT = /^(?:[\w-]+ ){0,3}?(?:after|since|before|following|when|once|while) (?:the )?$/i;
/** The subject pronoun of a speaker's report after a fronted adjunct ("X said that, under the agreement,
 * it will buy ...", "X said that, pursuant to an option by underwriters in Y's offering, it has sold"):
 * the speaker, whatever the adjunct names. */
const SAID_ADJUNCT_ANAPHOR = /^([^;]{1,120}? said(?: that)?,? (?:pursuant to|under|as part of|in connection with|following|after|as a result of|because of|subject to|in|upon|on|with|through) [^;]{3,160}?, (?:(?:now|then|however),? )?)(it|they)\b(?!['’]s)/i;

/** Between two names, one lower-case noun of a kind of company: the first name describes the second. */
function kindBetween(gap: string): boolean {
  const m = /^ ([a-z][\w-]*) $/.exec(gap);
  if (!m) return false;
  const w = m[1].replace(/(?<=[^s])s$/, '');
  return COMPANY_SLOTS.appositionNouns.has(w) || /maker$/.test(w);
}

/** Between a league's name and its member's: "side", "club" ("League One side Hartwell Town"). */
const LEAGUE_MEMBER = /^ (?:side|club|outfit|franchise)s? $/;

/** A pronoun (or "the company") at [start, end) that stands for `entity`: its slot, in order. */
function placeAnaphor(placed: Placed[], text: string, start: number, end: number, entity: Entity): void {
  // (Not over a slot already placed there.)
  if (placed.some((p) => p.start < end && p.end > start)) return;
  placed.push({ start, end, slot: { kind: 'E', entity, span: { start, end, text: text.slice(start, end) }, anaphor: true, object: false } });
  placed.sort((a, b) => a.start - b.start);
}

/** With `described`, descriptions that may stand for a party get a slot too (descriptions.ts). */
export function buildSketches(text: string, analysis: Analysis, mentions: Mentions, described = false): Sketch[] {
  return [...sketchesOf(text, analysis, mentions, described)];
}

/**
 * Sketches built one sentence at a time, only as far as they are read: the second reading (with
 * descriptions and frame names) is asked for lead sentences, and building it for a whole article
 * costs more than reading it. The sketches are the same objects, in the same order, as
 * buildSketches gives (a sentence's sketch depends only on the sentences before it).
 */
export class LazySketches {
  /** The sketches built so far, by sentence index. */
  readonly built: Sketch[] = [];
  private readonly source: Iterator<Sketch>;
  private done = false;
  constructor(text: string, analysis: Analysis, mentions: Mentions, described = false) {
    this.source = sketchesOf(text, analysis, mentions, described);
  }
  /** The sketch of sentence i, building those before it first. */
  at(i: number): Sketch | undefined {
    while (!this.done && this.built.length <= i) {
      const next = this.source.next();
      if (next.done) this.done = true;
      else this.built.push(next.value);
    }
    return this.built[i];
  }
  /** All the sketches of the article. */
  all(): Sketch[] {
    this.at(Number.POSITIVE_INFINITY);
    return this.built;
  }
}

/**
 * Whether the second reading of a sentence (descriptions and frame names as slots) can differ from
 * its first reading `plain`: a description or a frame name that no slot of the first covers, or a
 * leading pronoun (the focus it stands for may be a frame name of an earlier sentence). When it
 * cannot, the rules read the same sketch twice and find the same nothing, so the second reading of
 * that sentence, and of every sentence before it, need not be built.
 */
export function secondReadingDiffers(text: string, plain: Sketch): boolean {
  const s = plain.sentence;
  if (s.end - s.start > MAX_SENTENCE) return false;
  if (ANAPHOR.test(text.slice(s.start, s.end))) return true;
  const lead = DATELINE.exec(text.slice(s.start, Math.min(s.end, s.start + 120)));
  const from = lead ? s.start + lead[0].length : s.start;
  // (a place inside a description or a state's fund is its word: "The Denver-based company",
  // "Norway's sovereign wealth fund")
  const free = (d: Range, placeInside: boolean) => !plain.slots.some((x) => x.span.start < d.end && x.span.end > d.start && !yieldsTo(x, x.span, d, placeInside));
  const scratch = { next: 0 };
  return findDescriptions(text, from, s.end, scratch).some((d) => free(d, true)) || findFrameNames(text, from, s.end, scratch).some((d) => free(d, d.state === true));
}

/** Before a company bought or sold: "sold", "to buy", "a stake in", "shares of". */
const TRADED_BEFORE = /\b(?:sold|sells|sell|selling|bought|buys|buy|buying|acquired|acquires|acquire|acquiring|purchased|purchase|(?:stake|shares|holding|interest) (?:in|of)|unit of|subsidiary of)\s+$/i;

/** After a company's name: its legal form set off by a comma (lexicon.json commaSuffixes). */
const COMMA_LEGAL_FORM = new RegExp(`^,\\s?(?:${COMMA_SUFFIXES_LIST.map((w) => w.replace(/[.]/g, '\\.')).join('|')})(?![\\p{L}\\d])`, 'u');

/** After a place's name: the verb of a state's stake or investment ("Qatar agreed to buy a stake",
 * "Norway has invested $2 billion in"), or of buying a company by its name ("Suzano agreed to buy
 * Pellor": a company named like a town; not "Brazil has bought 75,000 tonnes of wheat", nor "India
 * will buy Rafale fighters": a name that a common noun follows is a product's). */
const STATE_ACTS = /^\s(?:(?:has|have|had|will|would|is|set|to|agreed|agrees|plans|first|also|now|today)\s){0,4}(?:(?:sweeten|rais|increas|improv|lift)(?:ed|es|e|s)?\s(?:its|their)\s(?:offer|bid)\sfor\s(?:(?!the\b|an?\b)[a-z][\w-]*\s){0,3}|offer(?:ed|s)?\sto\s(?:buy|acquire)\s|(?:buy|bought|buys|acquire[sd]?|invest(?:s|ed)?|take|took|takes)\s)(?:(?:an?\s|its\s)?(?:[\w$€£%.,-]+\s){0,3}?(?:stake|shares|holding|interest|investment|in\s)|(?!(?:A|An|The|U\.S\.|US|UK)\b)\p{Lu}[\p{L}\d&.'’-]*(?: \p{Lu}[\p{L}\d&.'’-]*){0,4}(?=[,.;]|$| (?:for|from|in|on|at|after|to|and|as|,)\b))/u;

/** Right after an exchange's name: the listing it gives a company ("ASX-listed"). */
const LISTED_AFTER = /^-(?:listed|quoted|traded)\b/;

function* sketchesOf(text: string, analysis: Analysis, mentions: Mentions, described: boolean): Generator<Sketch> {
  const all: Placed[] = [];
  // Companies whose name opens with a place's name ("Delhi Petroleum Pty Ltd"), by that first word.
  const byFirstWord = new Map<string, Entity>();
  for (const e of mentions.entities) {
    const first = /^(\p{Lu}[\p{L}-]+) \p{Lu}/u.exec(e.name);
    if (e.type === 'organization' && first && !byFirstWord.has(first[1])) byFirstWord.set(first[1], e);
  }
  for (const e of mentions.entities) {
    for (const m of e.mentions) {
      // A place's name where a company is bought or sold, when the article names a company that opens
      // with it, is that company's short name ("CSR sold Delhi, which holds ..." after "Delhi Petroleum").
      const company = e.type === 'place' ? byFirstWord.get(m.text) : undefined;
      if (company && TRADED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) {
        all.push({ start: m.start, end: m.end, slot: { kind: 'E', entity: company, span: m, anaphor: false, object: false } });
        continue;
      }
      // A state that buys or invests ("Qatar agreed to buy a 10% stake in ...") stands where a company stands.
      // An exchange glued to "-listed" says where a company is listed, as a place says where it is based
      // ("the ASX-listed miner", "Nasdaq-listed Harwood"): no party.
      const listing = e.type === 'organization' && LISTED_AFTER.test(text.slice(m.end, m.end + 10));
      const slot: Slot = (e.type === 'place' && !STATE_ACTS.test(text.slice(m.end, m.end + 80))) || listing ? { kind: 'L', entity: e, span: m } : { kind: 'E', entity: e, span: m, anaphor: false, object: false };
      // A legal form after a comma ("Lindell Foods, LLC, a maker of ..."): the name's own, written apart.
      const legal = e.type === 'organization' ? COMMA_LEGAL_FORM.exec(text.slice(m.end, m.end + 12)) : null;
      all.push({ start: m.start, end: m.end + (legal ? legal[0].length : 0), slot });
    }
  }
  for (const m of mentions.money) all.push({ start: m.start, end: m.end, slot: { kind: 'M', money: m, span: m } });
  for (const p of mentions.percentages) all.push({ start: p.start, end: p.end, slot: { kind: 'P', percent: p, span: p } });
  for (const d of mentions.dates) all.push({ start: d.start, end: d.end, slot: { kind: 'D', date: d, span: d } });
  // Values win over entities on overlap ("Microsoft Azure" is no money; "$5 billion" no entity).
  const rank = { M: 0, P: 0, D: 1, E: 2, L: 2 } as const;
  all.sort((a, b) => a.start - b.start || rank[a.slot.kind] - rank[b.slot.kind] || b.end - a.end);

  const ids = { next: 0 };
  let k = 0;
  let focus: Entity | null = null;
  for (const [index, s] of analysis.sentences.entries()) {
    while (k < all.length && all[k].start < s.start) k++;
    // A "sentence" of thousands of characters is a table or junk, not prose: rules skip it.
    if (s.end - s.start > MAX_SENTENCE) {
      yield { sentence: s, index, text: '', slots: [], map: [s.start] };
      continue;
    }
    // A wire dateline opening the sentence ("STOCKHOLM, Nov 12 (Reuters) - ") is no part of its
    // grammar: the agency it names is no party, and the sentence starts after it.
    const lead = DATELINE.exec(text.slice(s.start, Math.min(s.end, s.start + 120)));
    const from = lead ? s.start + lead[0].length : s.start;
    while (k < all.length && all[k].start < from) k++;
    const placed: Placed[] = [];
    let last = from;
    for (let j = k; j < all.length && all[j].start < s.end; j++) {
      const p = all[j];
      if (p.start < last || p.end > s.end) continue;
      placed.push(p);
      last = p.end;
    }
    // Descriptions that may stand for a party ("a consortium of Italian investors"): descriptions.ts.
    for (const d of described ? findDescriptions(text, from, s.end, ids) : []) {
      // (One set off after a name, before the sentence goes on with a preposition, describes that name:
      // "Rennsteig GmbH, a Thuringian maker of cylinders, from its founder", "Brockhurst Solar, the
      // London-based owner of solar plants, from W": it fills no slot of its own. Before a verb it may be
      // the subject: "led by A and B, two buyout firms, paid £217m".)
      if (placed.some((p) => p.slot.kind === 'E' && /^,\s$/.test(text.slice(p.end, d.start))) && /^[^,;.]{0,120}(?:,\s(?:from|to|for|in|at|with|by|which|who|under|after|as)\b|[.;])/.test(text.slice(d.end, d.end + 140))) continue;
      // (A place inside it is the description's own word: "The Denver-based maker of fleet software".)
      if (!takeOver(placed, d, true)) continue;
      placed.push({ start: d.start, end: d.end, slot: { kind: 'E', entity: d.entity, span: d.entity.mentions[0], anaphor: false, object: false } });
    }
    // Capitalized names the recognizer missed, for a deal frame to place: frame-names.ts.
    for (const d of described ? findFrameNames(text, from, s.end, ids) : []) {
      // (A state's fund holds the state's name: "Norway's sovereign wealth fund".)
      if (!takeOver(placed, d, d.state === true)) continue;
      placed.push({ start: d.start, end: d.end, slot: { kind: 'E', entity: d.entity, span: d.entity.mentions[0], anaphor: false, object: false } });
    }
    placed.sort((a, b) => a.start - b.start);
    // A league before the noun of its member and the member's name ("League One side Hartwell Town",
    // "Premier League club X") describes the member: it takes no slot of its own.
    for (let j = placed.length - 2; j >= 0; j--) {
      const p = placed[j];
      const q = placed[j + 1];
      // (So does a name before the noun of a kind of company and that company's name: "Pilbara explorer
      // Mulgara Lithium", "Alphabet unit Google": the second name is the one the sentence is about.)
      if (p.slot.kind === 'E' && q.slot.kind === 'E' && (LEAGUE_MEMBER.test(text.slice(p.end, q.start)) || kindBetween(text.slice(p.end, q.start)))) placed.splice(j, 1);
    }
    // "a consortium of it, X and Y": the pronoun among a group's members stands for the sentence's
    // first organization (the one that speaks: "Harwood said a consortium of it, Brant and Kessel will buy").
    const member = MEMBER_PRONOUN.exec(text.slice(from, s.end));
    if (member) {
      const start = from + member.index + member[0].length - member[1].length;
      const end = start + member[1].length;
      const speaker = placed.find((p) => p.start >= from && p.start < start && p.slot.kind === 'E' && p.slot.entity.type === 'organization' && !isDescription(p.slot.entity));
      if (speaker && speaker.slot.kind === 'E') placeAnaphor(placed, text, start, end, speaker.slot.entity);
    }
    // A leading pronoun ("However, it will no longer pay ...") stands for the focus organization.
    const head = ANAPHOR.exec(text.slice(s.start, s.end));
    const own = head ? null : POSSESSIVE_ANAPHOR.exec(text.slice(s.start, s.end));
    if ((head || own) && focus) {
      const start = head ? s.start + head[0].length - head[1].length : s.start + own![1].length;
      const end = start + (head ? head[1] : own![2]).length;
      placeAnaphor(placed, text, start, end, focus);
    }
    // The subject pronoun of a main clause after a fronted clause of time with a subject of its own
    // ("After Harwood bought Quellmark in 2019, it is selling the business"): that subject.
    const fronted = FRONTED_ANAPHOR.exec(text.slice(from, s.end));
    if (fronted) {
      const start = from + fronted[1].length;
      const end = start + fronted[2].length;
      const subject = placed.find((p) => p.start >= from && p.end <= start && p.slot.kind === 'E');
      if (subject && subject.slot.kind === 'E' && subject.slot.entity.type === 'organization' && !isDescription(subject.slot.entity) && FRONTED_SUBJECT.test(text.slice(from, subject.start))) {
        placeAnaphor(placed, text, start, end, subject.slot.entity);
      }
    }
    const reported = fronted ? null : SAID_ADJUNCT_ANAPHOR.exec(text.slice(from, s.end));
    if (reported) {
      const start = from + reported[1].length;
      const end = start + reported[2].length;
      const speaker = placed.find((p) => p.start >= from && p.slot.kind === 'E');
      if (speaker && speaker.slot.kind === 'E' && speaker.slot.entity.type === 'organization' && !isDescription(speaker.slot.entity) && /^\s*said\b/.test(text.slice(speaker.end, speaker.end + 8)) && opensSentence(text, from, speaker.start)) {
        placeAnaphor(placed, text, start, end, speaker.slot.entity);
      }
    }
    let out = '';
    const map: number[] = [];
    const slots: Slot[] = [];
    const counts = { E: 0, O: 0, M: 0, P: 0, D: 0, L: 0, Q: 0 };
    const emitText = (from: number, to: number) => {
      // Runs of characters kept as they are are copied in one piece; the rest one by one.
      let run = from;
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c > 32 && c !== 60 && c !== 62 && (c < 128 || !SPECIAL.test(text[i]))) {
          map.push(i);
          continue;
        }
        if (run < i) out += text.slice(run, i);
        run = i + 1;
        if (c === 60 || c === 62) continue; // wire tickers: "<Cobbett Precision Ltd>"
        const ch = text[i];
        if (/\s/.test(ch)) {
          if (out.endsWith(' ')) continue;
          out += ' ';
        } else out += CLEAN[ch] ?? ch;
        map.push(i);
      }
      if (run < to) out += text.slice(run, to);
    };
    let pos = from;
    for (const p of placed) {
      emitText(pos, p.start);
      if (p.slot.kind === 'E' && !p.slot.anaphor && wireTicker(text, s.start, p.start, p.end)) {
        if (out.endsWith(' ')) {
          out = out.slice(0, -1);
          map.pop();
        }
        pos = p.end;
        continue;
      }
      if (p.slot.kind === 'E' && !p.slot.anaphor) {
        // After a preposition, unless it is the subject of "said" ("led by X said it raised").
        // (Not "X's owners sold the company to W": X is what the owners sell, deals.ts: ownersSale.)
        p.slot.object = prepositionObject(text, s.start, s.end, p.start, p.end) || REPORTS.test(text.slice(p.end, Math.min(s.end, p.end + 40))) || (PEOPLE_OF.test(text.slice(p.end, Math.min(s.end, p.end + 30))) && !OWNERS_SELL.test(text.slice(p.end, Math.min(s.end, p.end + 60))));
        p.slot.modifier = (p.slot.entity.type === 'organization' && PRODUCT_AFTER.test(text.slice(p.end, Math.min(s.end, p.end + 40)))) || listing(text, s.start, s.end, p.start, p.end) || MAKER_OF.test(text.slice(p.end, Math.min(s.end, p.end + 40))) || isRegulator(p.slot.entity);
        // A name in apposition to, or listed after, a prepositional object is an object too ("a pact
        // with Compania Nacional, CNP, to sell ...", "talks with X, Y and Z").
        const prev = slots[slots.length - 1];
        // Joined by a bare "and" ("the shareholders of X and Y approved"), it shares the preposition.
        const between = text.slice(prev?.kind === 'E' ? prev.span.end : p.start, p.start);
        if (!p.slot.object && prev?.kind === 'E' && prev.object && ((APPOSED.test(between) && LIST_GOES_ON.test(text.slice(p.end, Math.min(s.end, p.end + 20)))) || /^\s+and\s+$/.test(between))) p.slot.object = true;
      }
      const letter = letterOf(p.slot);
      const ph = `⟨${letter}${counts[letter]++}⟩`;
      out += ph;
      for (let i = 0; i < ph.length; i++) map.push(i === ph.length - 1 ? p.end - 1 : p.start);
      slots.push(p.slot);
      pos = p.end;
    }
    emitText(pos, s.end);
    map.push(s.end);
    const firstOrg = placed.find((p) => p.slot.kind === 'E' && p.slot.entity.type === 'organization' && !isDescription(p.slot.entity));
    if (firstOrg && firstOrg.slot.kind === 'E') focus = firstOrg.slot.entity;
    yield { sentence: s, index, text: out, slots, map };
  }
}

/**
 * A wire dateline at the start of a sentence: an optional place and date, the agency in brackets,
 * then a dash ("MILAN (Reuters) - ", "Feb 18 (Reuters) - ", "(Yicai) Feb. 19 -- ", "MONTREAL, March
 * 29 (UPI) -- "). The bracketed name is one or two capitalized words; a dash must follow.
 */
const DATELINE = /^\s*(?:[\p{Lu}][\p{L}.'’ -]{0,40}?,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},?\s+)?\((?:[\p{Lu}][\p{L}&.-]*)(?: [\p{Lu}][\p{L}&.-]*)?\)\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\s*)?(?:-{1,2}|–|—)\s*/u;

/** What rules should not care about: curly quotes and dashes (one character for one). */
const CLEAN: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"', '–': '-', '—': '-', '⟨': ' ', '⟩': ' ' };
/** A character beyond ASCII that the sketch does not copy as it is: a space or one of CLEAN. */
const SPECIAL = /[\s’‘“”–—⟨⟩]/;

/** The article-text span of sketch characters [from, to). */
export function spanOf(sketch: Sketch, text: string, from: number, to: number): Span {
  const start = sketch.map[from];
  const end = to > from ? sketch.map[to - 1] + 1 : start;
  return { start, end, text: text.slice(start, end) };
}

/** The placeholder letter of a slot: its kind, or O for an entity that is a prepositional object. */
function letterOf(s: Slot): 'E' | 'O' | 'M' | 'P' | 'D' | 'L' | 'Q' {
  return s.kind === 'E' && s.modifier ? 'Q' : s.kind === 'E' && s.object ? 'O' : s.kind;
}

/** Where in the sketch's text the placeholder of the slot at `span` stands, or -1. */
export function placeholderIndex(sketch: Sketch, span: { start: number }): number {
  const slot = sketch.slots.find((s) => s.span.start === span.start);
  if (!slot) return -1;
  const letter = letterOf(slot);
  const k = sketch.slots.filter((s) => letterOf(s) === letter).indexOf(slot);
  return sketch.text.indexOf(`⟨${letter}${k}⟩`);
}

/** The slot a captured placeholder ("⟨E3⟩") names, by letter and number. */
export function slotOf(sketch: Sketch, placeholder: string | undefined): Slot | null {
  if (!placeholder) return null;
  const m = /^⟨([EOMPDLQ])(\d+)⟩$/.exec(placeholder);
  if (!m) return null;
  const of = sketch.slots.filter((s) => letterOf(s) === m[1]);
  return of[Number(m[2])] ?? null;
}

/** All slots of one kind whose placeholder occurs in `fragment` of the sketch (E: subjects and objects). */
export function slotsIn(sketch: Sketch, fragment: string, kind: Slot['kind']): Slot[] {
  const out: Slot[] = [];
  const re = new RegExp(kind === 'E' ? '⟨[EO]\\d+⟩' : `⟨${kind}\\d+⟩`, 'g');
  for (const m of fragment.matchAll(re)) {
    const s = slotOf(sketch, m[0]);
    if (s) out.push(s);
  }
  return out;
}
