/**
 * Deal rules: who is on which side, read from the sentence structure. Each rule is a regular
 * expression over a sentence sketch (see sketch.ts) whose named groups are party slots; the group
 * name says the role. Rules are tried in this order; the first that matches a sentence wins there.
 *
 * Group names: a=acquirer t=target s=seller i=investor e=investee p=partner lr=licensor le=licensee,
 * with a digit suffix for a second party of the same role (p2, i2). `tu` captures an unnamed target
 * ("its pipeline unit"). Each rule names its cue: see DealRule.cue.
 */
import type { DealType, Role } from '../schema/index.js';
import { AGENT, E, GAP, TGAP } from './sketch.js';
import goods from './data/goods.json' with { type: 'json' };

export interface DealRule {
  name: string;
  type: DealType;
  pattern: RegExp;
  /** A part of the pattern that every match contains (its verb or key phrase), tried alone first: a
   * sentence without it cannot match, and the far costlier pattern is not run on it. It must be a
   * piece of the pattern's own text outside any group, optional part or alternative (a test checks). */
  cue: RegExp;
  /** Every party named after this phrase, to the end of the sentence, gets the role too
   * ("with participation from A, B and existing investor C"). */
  list?: { after: RegExp; role: Role };
  /** Tried on a sentence only when no other rule matched it: a general frame ("an agreement with Y")
   * that a more specific rule of the same sentence outranks. */
  fallback?: boolean;
  /** Adds its parties to a deal another rule opened (the buyer named in a sentence of its own: "the
   * operations will be sold to W"); never opens one. */
  joins?: boolean;
  /** With `joins`: joins the deal of the sentences just before whatever its type ("The buyer is W"
   * after a stake sale). */
  anyType?: boolean;
  /** With `joins`: joins only a deal whose target is the target it names ("Y is owned by W" adds W as
   * the seller of a deal that buys Y, and nothing to one Y makes). */
  sameTarget?: boolean;
  /** With `joins`: joins only a deal whose target is not named yet ("its dairy unit"), and names it. */
  namesTarget?: boolean;
  /** With `joins`: names a side of "the" deal ("The seller was W"): it joins the article's first deal
   * when no deal of the sentences just before takes it. */
  theDeal?: boolean;
  /** The type when the matched text holds a percentage of 50 or more (a majority stake). */
  majority?: DealType;
}

export const ROLE_OF_GROUP: Record<string, Role> = {
  a: 'acquirer', t: 'target', tu: 'target', s: 'seller', su: 'seller', i: 'investor', e: 'investee',
  p: 'partner', cp: 'partner', lr: 'licensor', le: 'licensee',
};

const r = (src: string) => new RegExp(src, 'i');
/** One RegExp per distinct cue, so that rules sharing a cue share its result for a sentence. */
const cues = new Map<string, RegExp>();
const cue = (src: string) => {
  let re = cues.get(src);
  if (!re) cues.set(src, (re = r(src)));
  return re;
};
const POSS = "(?:'s?)?";
/** After an agent: a possessive, parentheses that name no other party (a defined term or a listing:
 * '("Harwood" or the "Company") (NYSE: HWD)'), and an appositive between commas that may name others
 * ("MTS Acquisition Corp, a company formed by Martin T. Sosnoff, said it ..."). */
/** Parentheses after a name that name no one else: a defined term, a listing, a note ("(“Harwood”)", "(NYSE: HWD)"). */
const PARENS = '(?: \\((?:[^()⟨;]|⟨[QMPDL]\\d+⟩){1,60}\\))*';
const AG = `${POSS}${PARENS}(?:,(?:[^⟨;]|⟨[EOMPDLQ]\\d+⟩){1,140}?,)?`;
/** An indefinite noun phrase: a subject that cannot be a name said before it. */
const INDEFINITE = '(?:a|an|about|some|several|one|two|three|four|five|six|seven|eight|nine|ten|another|other|unidentified|unnamed|undisclosed)';
/** Verbs of a speaker's view, which open a clause with its own subject ("writes Netis, and he thinks
 * Amazon should consider buying Broadsoft": Amazon is the one to buy, not Netis). */
const OPINES = '(?:thinks|think|thought|believes|believe|believed|expects|expect|expected|sees|see|saw|argues|argue|argued|says|say|said|writes|wrote|adds|added|suggests|suggested)';
/** The gap from an agent to its verb: it does not cross a report of what someone else did ("X said
 * a group of investors offered to buy its mill", "X said about seven companies are interested in
 * buying Y"): the indefinite subject after "said" is the verb's agent, not X (X's own unit is X's). */
const AGAP = (n: number) => `(?:(?!\\b(?:but|yet) (?:it|they)\\b)(?!\\bsaid (?:that )?${INDEFINITE} (?!(?:wholly[- ]owned |newly[- ]formed |new )?(?:subsidiary|unit|division|affiliate)\\b))(?!\\b(?:and|but) (?:he|she|they|we|I) ${OPINES}\\b)(?:[^⟨;]|⟨[MPDLOQ]\\d+⟩)){0,${n}}?`;

/** Before a verb: not its passive ("will be acquired by X" names X as the buyer, not the subject). */
const NOT_PASSIVE = '(?!(?<=\\b(?:be|been|being|is|are|was|were) (?:[a-z]+ly )?)(?:acquired|bought|purchased|taken|snapped up|picked up|scooped up|gobbled up|swallowed|absorbed)\\b)';
/** "purchase" as the noun of a contract ('a share purchase agreement with Y'): no verb of buying. */
const PURCHASE_NOUN = '(?!purchases? (?:agreements?|price|contracts?|options?|orders?|obligations?|commitments?)\\b)';
const ACQUIRE = '(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?(?: out)?|bought(?: out)?|purchas(?:e|es|ed|ing)|tak(?:e|es|ing|en) over|took over|tak(?:e|es|ing|en) (?:full |majority |outright |operational |effective |complete |total )?control of|took (?:full |majority |outright |operational |effective |complete |total )?control of|(?:tak(?:e|es|ing|en)|took|assum(?:e|es|ed|ing)) (?:full |sole |complete |total |majority |outright )ownership of|(?:gain(?:s|ed|ing)?|w[oi]n(?:s|ning)?) (?:full |majority |outright |operational |effective |complete |total |(?:close to |nearly |almost |about |over |more than )?⟨P\\d+⟩ )?control of|scoop(?:s|ed)? up|pick(?:s|ed)? up|swoop(?:s|ed)? (?:on|for)|snap(?:s|ped)? up|swallow(?:s|ed|ing)?|gobbl(?:e|es|ed|ing) up|nab(?:s|bed|bing)?|absorb(?:s|ed|ing)?)';
/** Goods a company orders, not a business it buys: "40 planes", "two new vessels", "100 A320neo jets". */
const ORDERED = '(?:up to |another |more than |about |some )?(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of) (?:[\\w-]+ |⟨[EOQ]\\d+⟩ ){0,3}?(?:planes|aircraft|jets|airliners|jetliners|ships|vessels|tankers|trucks|locomotives|railcars|helicopters|satellites|turbines|engines|buses|cars|rigs)\\b';
/** Goods bought in trade right before "from" (data/goods.json): "buys electricity from Zesco" is no deal. */
const GOODS = `(?:[\\w,.-]+ ){0,4}?(?:${[...goods.words].sort((x, y) => y.length - x.length).join('|')})s? from\\b`;
/** The passive of buying, with its agent to come: "was acquired by", "has been snapped up by". */
const BOUGHT_BY = '(?:(?:acquired|bought|purchased|taken over|taken private|snapped up|picked up|scooped up|gobbled up|swallowed up|absorbed) by|absorbed into)';
const SELL = '(?:sell(?:s|ing)?|sold|divest(?:s|ed|ing)?|dispos(?:e|es|ed|ing) of|spin(?:s|ning)? off|spun off|offload(?:s|ed|ing)?|off-load(?:s|ed|ing)?|hive(?:s|d)? off|unload(?:s|ed)?|transfer(?:s|red|ring)?)';
/** A short adjunct of time, price or circumstance after a passive's verb, before its agent ("for ⟨M0⟩ ",
 * "in ⟨D0⟩ ", "out of administration "): a preposition first, no participle, no "by", "to" or party. */
const ADJUNCT = '(?:in|for|on|at|out of|last|earlier|late|this|from|as part of) (?:(?!(?:by|to)\\b|[a-z]+ed\\b)(?:[\\w$£€.-]+|⟨[MPD]\\d+⟩) ){0,5}';
/** Not the passive of selling ("Y has been sold to W"): its subject is what is sold, not the seller. */
const NOT_SOLD = '(?!(?<=\\b(?:be|been|being|is|are|was|were|have been|has been|had been) (?:[a-z]+ly )?)(?:sold|divested|spun off|offloaded|off-loaded|hived off|unloaded|transferred|disposed of)\\b)';
/** Not a right granted: "will receive rights to sell Harwood products in Asia" is a licence, no sale. */
const NOT_LICENSED = '(?<!\\b(?:rights?|licen[cs]es?|permission|authori[sz]ation|approval|exclusivity) to (?:[a-z]+,? (?:and |or )?){0,3})';
/** An active sale by the subject: not a right granted, not the passive of selling. */
const SELLS = `${NOT_LICENSED}${NOT_SOLD}${SELL}`;
/** What a company sells or buys when it is not named: "its pipeline unit", "five rural hospitals". */
const ASSET =
  '(?:unit|division|business(?:es)?|subsidiary|subsidiaries|affiliates?|operations?|activities|arm|assets|interests?|stake|holding|plants?|brands?|portfolio|book|group|line|chain|stores|hospitals|hotels?|restaurants|newspapers|stations?|systems|properties|mills?|refinery|refineries|fleet|franchises?|rights|company|firm|maker|producer|bank|banks|compan(?:y|ies)|firms|malls?|cent(?:er|re)s?|buildings?|towers?|campus|headquarters|resorts?|casinos?|factory|factories|warehouses?|mines?|terminals?|stadium|arena|vineyards?|estates?|reserves|acreage|leases|patents)';
/** Words of an unnamed asset's description: not across a preposition ("its shares to the company"),
 * but across the "and" of paired modifiers ("its oil and gas assets", "its sensors and measurement
 * unit"; not after an asset word: "its shares and stock purchase rights", "the assets and business of"); as many as fit, so the head is the last asset word ("its computer systems division"). */
const WORDS = `(?:(?!(?:to|from|for|by|with|at|and|in|of|on|into)\\b)[\\w-]+ (?:(?<!\\b${ASSET} )and (?=[a-z][\\w-]* ))?|⟨L\\d+⟩,? |[\\w-]+, (?=⟨L\\d+⟩)){0,5}`;
/** An unnamed asset's words up to its head, which may be plural ("its retail chains"); a word boundary follows it where used. */
const ASSET_NP = `${WORDS}${ASSET}(?:e?s)?`;
/** An asset right after the verb of selling and right before its buyer, without its owner's word: a
 * headline's "Harwood sells dairy unit to Brant", prose's "agreed to sell the dairy unit to Brant". */
const BARE_UNIT = `(?:the )?(?!(?:the|a|an|its|their|his|her|our|this|that)\\b)(?<tu12>(?:(?!(?:to|from|for|by|with|at|and|in|of|on|into)\\b)[a-z][\\w-]* ){0,3}${ASSET}(?:e?s)?)(?= to )`;
/** Not a channel or a counterpart a company sells through or to: "which it will sell through Y". */
const NOT_CHANNEL = '(?<!\\b(?:to|through|via|at|on|with|by|from|in|into|across|for) )';
/** Words between "to" and a buyer: "to Britain's Tarn Group plc", "to U.S. fund manager X",
 * "to an investor group led by X" (the group's leader names it). */
const PRE = "(?:(?:an? |the )?(?:[\\w-]+ ){0,2}?(?:group|consortium|partnership|syndicate) (?:led|formed|headed|controlled|organized|including) by |(?:[a-z]+ )?(?:funds?|vehicles?|entities|affiliates|accounts) (?:advised|managed|controlled|sponsored) by )?(?:the |a |an )?(?:⟨L\\d+⟩'s? |(?:(?:north|south|east|west|central|northern|southern|eastern|western) )?⟨L\\d+⟩ |⟨L\\d+⟩-based )?(?:[a-z][\\w-]*(?:['’]s)? ){0,4}?(?:[^⟨;,]{0,50}?, )?(?:⟨E\\d+⟩['’]s (?=⟨[EO]\\d+⟩))?";
/** A relative clause after a name, which may name others ("X, which makes Frostie ice cream, said it
 * agreed to be taken over by Y": X is what is bought). */
const RELATIVE = '(?:, (?:which|whose) (?:[^⟨;,]|⟨[EOMPDLQ]\\d+⟩){1,80}?,)?';
/** An apposition after a subject, set off by commas and opening with words, not a name ("X, the company
 * behind the popular Y app, was acquired by W"): a name inside it is no subject of the verb after it. */
const APPOSITION = "(?:, (?!⟨)(?!(?:and|or|but|while|as|after|before|when|who|said|says|in|on|at|for|to|with|from|by|however|meanwhile|also)\\b)(?:the|a|an|its|their|which|whose|[a-z][\\w-]*) (?:[^⟨;,]|⟨[EOPDLQ]\\d+⟩){1,80}?,)?";
/** Not the agent of another passive verb: "its application for the acquisition of Y has been approved
 * by the Board of Governors" (a regulator approves; it does not buy), "sold to a group led by X" (X leads the buyer; it does not sell). */
const NOT_OTHER_AGENT = '(?<!\\b(?:approved|cleared|blocked|reviewed|opposed|challenged|backed|recommended|financed|advised|rejected|examined|investigated|questioned|criticized|criticised|welcomed|endorsed|led|headed|formed|controlled|owned|founded|organized|organised) )';
/** Not a bid this deal beat ("beating a rival offer from Z", "topping a $550 million bid by Z", "over a
 * competing proposal from Z"): its bidder is no buyer of this deal. (A "rival offer" alone may be the
 * story's own deal: "X said it received a rival offer from Z".) */
const NOT_RIVAL = '(?<!\\b(?:beating|beat|topping|topped|trumping|trumped|outbidding|outbid|over|than)(?: [\\w$⟨⟩.,-]+){0,4} )';
/** The seller after a purchase ("bought Y from Z", "from its founders"), not a rival bidder ("after a
 * rival bid from Z"). */
/** Not the exchange a company leaves ("and delist it from the Tokyo Stock Exchange"): no seller. */
const NOT_DELISTED = '(?<!\\bdelist(?:s|ed|ing)? (?:it |them |the (?:company|shares|stock) |⟨[EO]\\d+⟩ )?)';
const SELLER_FROM = `(?:${GAP(90)}(?<!\\b(?:bids?|offers?|proposals?|approach(?:es)?|counterbids?|counteroffers?|interest) )${NOT_DELISTED}\\bfrom (?:${PRE}(?<s>${E})|(?:its|their) (?:[a-z][\\w-]* ){1,4}?(?:owners?|founders?|chairman|chairwoman|parent|shareholders?),? (?<s13>${E})|(?<su>(?:its|their) (?:founders?|founding (?:family|shareholders|partners)|family owners|owners)\\b))(?:,? and ${PRE}(?<s2>${E}))?)?`;
/** A buyer named after "to" or "by": the unit when a unit is named ("to Sara Lee Corp's Superior
 * Coffee subsidiary"), else the company ("to a subsidiary of Senior Engineering Group PLC", "to an
 * Exxon Corp unit"). `g` names its group; `${g}9` is the unit's. */
const BUYER = (g: string) => `(?:(?:an? |the )?(?:wholly[- ]owned |newly[- ]formed |[\\w-]+ )?(?:subsidiary|unit|affiliate|division) of )?${PRE}(?:${E}'s? (?<${g}9>${E})(?= (?:[\\w-]+ ){0,2}?(?:unit|subsidiary|affiliate|division|arm)\\b)|(?<${g}>${E}))`;
/** After what a company's holders are paid ("will receive $31 a share"), the deal with its buyer:
 * "under the terms of the deal with W". */
const PAID_IN_DEAL_WITH = `(?:will|would|are to|are set to|stand to) (?:receive|get|be paid)\\b ${GAP(100)}\\b(?:the |its |a |an )?(?:proposed |planned |pending |agreed )?(?:deal|merger|agreement|transaction|takeover) with ${BUYER('a')}`;
/** A physical asset named by a place or company name and plain words: "its Cleveland chemical plant",
 * "the Broussard oil and gas field" (the asset is what changes hands, not the name's bearer). */
const PHYSICAL = '(?:plants?|mills?|fields?|propert(?:y|ies)|library|refinery|refineries|terminals?|mines?|facility|facilities|hotels?|centers?|complex|stations?)';
const NAMED_ASSET = (g: string) => `(?:its|their|his|the company's|the) (?<${g}>${E} (?:[a-z][\\w-]* ){1,4}?${PHYSICAL})\\b`;
const UNIT = `(?:${NAMED_ASSET('tu7')}|(?:its|their|the company's|his) (?:[\\w-]+ ){0,2}?(?<t13>${E}) (?:unit|division|subsidiary|arm|business|brand|chain|operations?)\\b|(?:its|their|the company's|his) (?<tu>${ASSET_NP})\\b)`;
/** What an interest is held in when it is not a company: "interests in two North Sea blocks". */
const HOLDING = '(?:blocks?|fields?|wells|leases|acreage|mines?|propert(?:y|ies)|prospects?|tracts?)';
const UNNAMED = `(?:(?:(?:an?|its|their) )?(?:[\\w-]+ )?interests? in (?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+|several|certain|the) )?(?<tu6>${WORDS}${HOLDING})\\b|(?:an?|(?:substantially )?all (?:of )?(?:the|its)) (?<tu2>${ASSET_NP})\\b(?!-| in ⟨[EO]\\d+⟩)|(?<tu3>(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+|several|certain) ${ASSET_NP})\\b)`;
/** A target's owner in an appositive right after it, who sells it: "Y, a wholly owned subsidiary of Z",
 * "Y, a portfolio company of Z", "Y, which is owned by Z". */
const OWNER = `(?:(?: (?:of |in )?⟨L\\d+⟩(?:, ⟨L\\d+⟩)?)?,? (?:(?:a |an |the )?(?:wholly[- ]owned |majority[- ]owned |⟨P\\d+⟩[- ]owned |[\\w-]+ )?(?:subsidiary|unit|division|affiliate|portfolio company) of |(?:a |an |the )(?:[\\w-]+ ){1,4}?(?:business|unit|division|arm|operations?|subsidiary) of |(?:which|that) (?:is|was|has been) (?:wholly |majority[- ]|jointly |partly )?owned by |(?:wholly |majority[- ]|jointly )?owned by |(?:the |an? )(?:[\\w-]+ ){1,4}?(?:that is |which is )?(?:wholly |majority[- ]|jointly )?owned by )${PRE}(?<s7>${E})|, (?<s12>${E})['’]s? (?:[\\w-]+ ){0,3}?(?:unit|subsidiary|division|arm|business|affiliate)(?=[,.;]|$))?`;
/** A part of a company, not the whole of it: what "the X of Y" names when Y keeps the rest. */
const PART =
  '(?:unit|division|business(?:es)?|subsidiary|subsidiaries|operations?|arm|plants?|brands?|portfolio|line|chain|stores|hospitals|hotels?|restaurants|newspapers|magazines?|stations?|systems|properties|mills?|refinery|refineries|fleet|franchises?|rights|library|book)';
/** "(substantially) all the assets of (its unit) Y", "all of Y's assets": Y itself is what is bought. */
const ASSETS_OF = (g: string, g2: string) =>
  `(?:(?:(?:substantially |virtually |nearly )?all (?:of )?(?:the |its )?|the )assets (?:and (?:[\\w-]+ ){1,2})?of (?:its (?:[\\w-]+ ){0,4}?(?:unit|subsidiary|division|affiliate),? )?(?<${g}>${E})|(?:(?:substantially |virtually |nearly )?all (?:of )?)?(?<${g2}>${E})'s? assets\\b)`;
/** A target, or a unit of another company: "Nabisco Brands Ltd's Club and Melrose businesses",
 * "the educational software unit of Y", "a portion of the lending portfolio of Y", "Y's Z" (the owner sells). */
const TARGET = `(?:${NAMED_ASSET('tu8')}|(?<s10>${E})'s? (?<tu9>${E} (?:[a-z][\\w-]* ){1,4}?${PHYSICAL})\\b|${ASSETS_OF('t10', 't11')}|(?:(?:a |the )?(?:[\\w-]+ ){0,2}?(?:portion|part|majority) of )?the (?<tu5>${WORDS}${PART}) of ${PRE}(?<s8>${E})|(?<s9>${E})'s? (?<tu4>${ASSET_NP})\\b|(?<s6>${E})'s? (?<t6>${E})|(?<t>${E})${OWNER})`;
const AND = '(?:,? and |,? & |, )';
/** Two parties joined by "and", each with an optional description:
 * "Ortega Telecom SA, Spain's third-largest operator, and U.S. streaming company Pellucid Media";
 * or, in a headline, by a comma before the verb ("Tatsumi, Greyfield to form joint venture"). */
/** A listing in brackets after a name: "(Nasdaq: PRTH)", "(NYSE: HRW)". */
const TICKER = '(?: \\((?:⟨Q\\d+⟩|[^()⟨;]){1,40}\\))?';
const PAIR = (a: string, b: string) =>
  `(?:(?<${a}>${E})${POSS}${TICKER}(?:,${GAP(80)},)?(?:,? and |,? & )${GAP(40)}(?<${b}>${E})${TICKER}|(?<c${a}>${E}), (?<c${b}>${E})(?= (?:to|agree|agrees|agreed|in|announce|announces|announced|sign|signs|signed|form|forms|formed|team|teams|set|unveil|unveils|strike|strikes|seal|seals|ink|inks|call(?:s|ed)? off|scrap(?:s|ped)?|abandon(?:s|ed)?|terminate[sd]?|complete[sd]?|near(?:s|ed)?|finali[sz]e[sd]?|(?:end(?:s|ed)?|confirm(?:s|ed)?|resume[sd]?|revive[sd]?) (?:merger|talks|deal|tie-up))\\b))`;
/**
 * Where a funding round's investors are listed, in the round's sentences or those after it: names
 * after one of `after` ("with participation from A, B and C", "existing investors A and B"), or
 * names before one of `before` ("A, B and C also participated"). normalize/deals.ts: addInvestors.
 */
export const INVESTOR_CUES = {
  after: /\b(?:(?:investors|backers|participants)(?=: )|participation (?:from|of|by)|(?:investment|funding|financing|money|capital|backing|cash|support)(?: of ⟨M\d+⟩)? from|(?:funding|financing|investment|money|capital|round) (?:came|comes|is coming) from|(?:investment|funding|financing|round) (?:was|is|has been) (?:made|provided|funded|backed) by|joined by|backed by|along with|alongside|(?:co-)?led by|(?:investors?|backers)(?: in the (?:round|financing|funding|raise|deal))?(?:,? (?:that|which|who))? (?:including|includes?|included|such as|are|were)|(?:its|their|the company's|the startup's) (?:other |existing |current )?(?:investors|backers|shareholders) (?:include|includes|included|are|were)|(?:other|existing|new|previous|returning|earlier|current|prior|early) (?:investors|backers|shareholders)(?: (?:including|include|included|such as|are|were))?|participants(?: in the (?:round|financing|funding|raise))? (?:included|include|were|are)|(?:also )?(?:participating|joining|investing)(?: in the (?:round|financing|funding|raise))? (?:were|are|was|is)|(?:round|financing|funding|investment),? (?:which |that )?(?:also )?(?:included|includes|saw participation from|drew|attracted)|(?:,|,? and) (?:also )?(?:included|saw participation from)|(?:rais|secur|land|bag|receiv|clos|net|pull)(?:e|es|ed|s|ing|ged|ted)?(?: in)? ⟨M\d+⟩(?: [\w-]+){0,5}? from)\b/i,
  before: /^\s*(?:,\s*)?(?:also |both |all )?(?:participated|participating|joined|joining|(?:co-)?invested|contributed|took part|taking part|chipped in|co-led|put money into|backed the (?:round|financing|raise))\b/i,
  /** "The company counts A, B and C among its investors". */
  counts: /\bcounts? ((?:⟨[EO]\d+⟩(?:,? and |, |,? & ))*⟨[EO]\d+⟩),? (?:as |among )(?:its |their )?(?:investors|backers|shareholders)\b|((?:⟨[EO]\d+⟩(?:,? and |, |,? & ))*⟨[EO]\d+⟩) (?:are|were) (?:also )?among (?:the |its |their )?(?:other |new |existing )?(?:investors|backers|those (?:that|who|which) (?:took part|participated|invested))\b/,
};
const INVESTOR_LIST = { after: /\b(?:participation (?:from|of|by)|joined by|backed by|along with|alongside|investors? (?:including|include|included|such as)|other investors)\b/i, role: 'investor' as Role };
const SHARE = '(?:stakes?|holding|interest|shareholding|position)';
/** What a holder raises or lowers: a stake, or its shares by kind ("its preferred stock in Y", "its
 * ownership in Y", "its share in Y"). */
const HELD = '(?:(?:common |preferred )?(?:stake|holding|interest|shareholding|position|share|ownership|stock))';
/** Verbs that raise a holding ("raised its stake in", "ups stake in", "increased its ownership of"). */
const RAISE = '(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|add(?:s|ed)? to|ups|upped)';
const OFFER = '(?:offer(?:s|ed|ing)?|bid(?:s|ding)?|tender offer|takeover offer|takeover bid|proposal|approach)';

/** What says a company is itself for sale: "proposals to acquire the company", "its possible sale". */
const SELF_SALE = `(?:\\b(?:explor|review|evaluat|consider)(?:e|es|ed|ing) (?:several |various |a (?:number|range) of |strategic |its )?(?:strategic )?(?:alternatives|options)(?: to [^,;⟨]{1,40})?,? including (?:a |the |its )?(?:possible |potential |outright )?sale\\b|\\b(?:hired|retained|appointed|engaged|tapped) (?:[^.;]{0,60}?)to (?:explore|seek|find|run|handle|advise on) (?:a |the |its )?(?:possible |potential )?(?:sale|buyers?|purchasers?|acquirers?|bidders?)\\b(?! (?:of|for) (?:its|their|the company's|a|an|one|some|part|parts|certain|[⟨]))|\\bin (?:early-stage |early |advanced |preliminary |exclusive )?(?:talks|discussions|negotiations) with (?:an? )?(?:potential|possible|prospective|unnamed|unidentified) (?:buyers?|bidders?|acquirers?|suitors?|purchasers?)\\b|\\b(?:is|are|was|were) (?:exploring|considering|weighing|evaluating) (?:a |an |its )?(?:possible |potential )?(?:sale|buyer|buyers)\\b(?! of (?:its|their|the company's|a|an|one|some|part|parts|certain|[⟨]))|\\b(?:explores|weighs|considers|mulls|eyes) (?:a |an |its )?(?:possible |potential )?sale\\b(?! of)|\\b(?:put|puts|putting) itself up for sale\\b|\\bseek(?:s|ing)? (?:a |the )?(?:possible |potential )?(?:sale|merger)(?: or (?:a )?(?:possible )?(?:sale|merger))? of (?:the (?:company|association|bank|firm|group|thrift)|itself)\\b|\\bis (?:now )?up for sale\\b|\\b(?:proposals?|offers?|bids?|approaches)(?: from (?:an? |the )?(?:unnamed |unidentified |undisclosed )?(?:third party|party|company|group|investor|buyer|bidder))? to (?:acquire|buy|purchase|take over) (?:the company|the firm|the group|it)\\b|\\bits (?:possible|proposed|planned|potential) (?:acquisition|sale|takeover|buyout|take-private|purchase)\\b|\\b(?:seeking|seeks|sought|seek) to be (?:acquired|sold|bought|taken over)\\b|\\b(?:inquiries|enquiries|interest|approaches|talks|discussions) (?:concerning|about|regarding|on) (?:the|a) (?:possible |potential )?(?:purchase|acquisition|sale|takeover) of the company\\b|\\b(?:to )?take the company private\\b|\\bseek(?:ing|s)? a buyer for the company\\b|\\b(?:the|a) (?:possible|proposed|planned|pending|potential) (?:[\\w-]+ ){0,3}?(?:acquisition|sale|takeover|buyout|buy-out|take-private) of the company\\b|\\bhas attracted (?:\\w+ )?(?:bids|offers|interest)\\b|\\bsolicit(?:ed|ing)? (?:offers|bids|proposals) for (?:the company|itself|it)\\b|\\breceived (?:an? |the )?(?:[\\w-]+ ){0,2}?(?:merger|takeover|acquisition|buyout|take-private) (?:proposal|offer|bid|approach)(?:es|s)?\\b(?! (?:for|to acquire|to buy) (?!(?:the company|it)\\b))|\\bits (?:merger|takeover|acquisition) (?:talks|negotiations|discussions) with (?:an|another) (?:unidentified |unnamed |undisclosed )?(?:[\\w-]+ ){0,2}?(?:company|firm|concern|party)\\b)`;

/** The subject is bid for by the bidder named after the bid and `link`: "X said its board rejected
 * the bid from Y" ("of", "from", "by"), "the approach came from Y". */
const BID_HEAD = `(?<t>${AGENT})${AG}${AGAP(120)}\\b${NOT_RIVAL}(?:(?:acquisition|takeover|buyout|take-private|merger|tender|cash|unsolicited|hostile|pending|revised|new) )?(?:offer|bid|proposal|approach)(?:es|s)? `;
const BID_BY = (link: string) => `${BID_HEAD}${link} ${PRE}(?<a>${E})(?! for (?:(?:all|any and all|the remaining|the rest) )?(?:of )?(?:the )?⟨[EO]\\d+⟩)(?! to ${ACQUIRE} ${TGAP(60)}⟨[EO]\\d+⟩)`;
/** The same with the offer's amount before its bidder: "received an offer of 22 dlrs a share from X". */
const BID_OF_AMOUNT_BY = `${BID_HEAD}(?:of|worth|valued at) (?:about |around |roughly |nearly |some )?⟨M\\d+⟩(?: (?:a|per|each) (?:share|unit))?(?: in (?:cash|stock))?,? (?:from|by) ${PRE}(?<a>${E})`;

export const DEAL_RULES: DealRule[] = [
  // "X raised its stake in Y to 14.6 pct" (before acquisitions: "raised" is not "bought")
  // "Y said its largest shareholder, X, has increased its stake to 15 pct": X's stake in Y
  { name: 'holder-stake-change', cue: cue(` said (?:that )?its (?:largest |biggest |major |principal |single largest )?(?:shareholder|stockholder|holder|investor)`), type: 'stake_change', pattern: r(`(?<t>${AGENT})${AG} said (?:that )?its (?:largest |biggest |major |principal |single largest )?(?:shareholder|stockholder|holder|investor),? (?<a>${E}),? (?:has |had )?(?:increased|raised|boosted|lifted|reduced|cut|lowered|trimmed) (?:its|his|her|their) (?:stake|holding|shareholding|interest)\\b`) },
  // "A group of investment firms told the SEC they have acquired 555,057 shares of Y": Y's stake sold, the
  // buyers only described here (the sentence's first slot is no named agent; a named one has its own frame)
  { name: 'described-bought-shares', cue: cue(`shares (?:of|in) `), type: 'stake_change', pattern: r(`^(?![^⟨]*⟨E\\d+⟩)[^;]{0,160}?\\b(?:they|it|he|she|the group|the firms|the investors) (?:have|has|had) (?:acquired|bought|purchased) [\\d,.]+ (?:mln |million )?(?:common |ordinary )?shares (?:of|in) ${PRE}(?<t>${E})`) },
  { name: 'stake-raise', cue: cue(`\\b${RAISE}\\b (?:(?:its|his|her|their) )?${HELD} in`), type: 'stake_change', pattern: r(`(?<a>${AGENT})${AG}${AGAP(80)}\\b${RAISE}\\b (?:(?:its|his|her|their) )?${HELD} in(?:to)? ${PRE}(?<t>${E})`) },
  // "X increased its ownership of Y to 75%"
  { name: 'ownership-raise', cue: cue(`\\b${RAISE}\\b (?:its|his|her|their) (?:ownership|stake|holding|shareholding) of `), type: 'stake_change', pattern: r(`(?<a>${AGENT})${AG}${AGAP(80)}\\b${RAISE}\\b (?:its|his|her|their) (?:ownership|stake|holding|shareholding) of ${PRE}(?<t>${E})`) },
  // "X, who has said he may seek control of Y, said he raised his stake in the company": the company
  // is the one named in the appositive
  { name: 'stake-raise-in-the-company', cue: cue(`${SHARE} in the company\\b`), type: 'stake_change', pattern: r(`(?<a>${AGENT}),(?:[^⟨;]|⟨[MPDL]\\d+⟩){1,120}?(?<t>⟨O\\d+⟩)(?:[^⟨;]|⟨[MPDL]\\d+⟩){0,40}?, said (?:that )?(?:he|she|it|they) (?:rais(?:es|ed)|increas(?:es|ed)|boost(?:s|ed)|lift(?:s|ed)) (?:its|his|her|their) ${SHARE} in the company\\b`) },
  // "X said talks continue on the sale of its 49 pct interest in Y": X sells its stake in Y
  // "X sold its 49% stake in Y (to Z)": the seller's stake changes hands
  { name: 'sell-stake-in', cue: cue(`${SELL}\\b `), type: 'stake_change', pattern: r(`(?<s>${AGENT})${AG}${AGAP(60)}\\b${SELLS}\\b (?:its|their|his|her|a|the|an|part of its|some of its|all of its) (?:entire |remaining |whole )?(?:⟨P\\d+⟩ |[\\w-]+ ){0,3}?${SHARE} in (?!(?:its|their|the company's) (?:[\\w-]+ ){0,3}?(?:unit|arm|division|business|subsidiary|operations?)\\b)${PRE}(?<t>${E})(?:${GAP(60)}\\bto ${BUYER('a')})?`) },
  // "X agreed to sell a 49% stake in its pipeline network to W": a stake in a part of the seller (a
  // divestiture, as "a 49% stake in its logistics arm" is)
  { name: 'sell-stake-in-unit', cue: cue(`${SELL}\\b `), type: 'divestiture', pattern: r(`(?<s>${AGENT})${AG}${AGAP(60)}\\b${SELLS}\\b (?:a|an|the|its|part of its|some of its) (?:⟨P\\d+⟩ |[\\w-]+ ){0,3}?${SHARE} in (?:its|their|the company's) (?<tu>${WORDS}(?:${ASSET}|networks?|pipelines?|grids?|towers|terminals?|ports?|airports?|fields?|mines?|projects?|farms?|venture))\\b${GAP(60)}\\bto ${BUYER('a')}`) },
  // "Y sold a 20% stake to X for $100 million": a stake in itself (no company named after "stake")
  { name: 'sells-own-stake', cue: cue(`${SELL}\\b `), type: 'stake_change', pattern: r(`(?<t>${AGENT})${AG}${AGAP(40)}\\b${SELLS}\\b (?:an? |a further |another )(?:⟨P\\d+⟩ |(?:minority|majority|small|significant|strategic|controlling) ){1,2}(?:stake|holding|interest|shareholding) to ${BUYER('a')}`) },
  { name: 'sale-of-stake', cue: cue(`\\b(?:sale|divestiture|divestment|disposal|disposition) of (?:its|their|the company's) `), type: 'stake_change', pattern: r(`(?<s>${AGENT})${AG}${AGAP(120)}\\b(?:sale|divestiture|divestment|disposal|disposition) of (?:its|their|the company's) (?:⟨P\\d+⟩ |[\\w-]+ ){0,3}?${SHARE} in ${PRE}(?<t>${E})`) },
  // "X has exited its investment in Y through a sale to W": the holder sells Y.
  { name: 'exit-holding', cue: cue(`\\bexit(?:s|ed|ing)? (?:its|their|his|her) `), type: 'acquisition', pattern: r(`(?<s>${AGENT})${AG}${AGAP(60)}\\bexit(?:s|ed|ing)? (?:its|their|his|her) (?:[\\w-]+ ){0,2}?(?:investment|stake|holding|position|shareholding) in ${PRE}(?<t>${E})(?:${GAP(60)}\\b(?:sale|sold) to ${BUYER('a')})?`) },
  // "the sale of Y by X to W": Y changes hands from X to W.
  { name: 'sale-of-by-to', cue: cue(`\\b(?:sale|divestiture|divestment|disposal) of `), type: 'acquisition', pattern: r(`\\b(?:sale|divestiture|divestment|disposal) of ${PRE}(?<t>${E}) by ${PRE}(?<s>${E}) to ${BUYER('a')}`) },
  // "X lowered its stake in Y" sells
  { name: 'stake-lower', cue: cue(`\\b(?:lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|decreas(?:e|es|ed|ing)|pare[sd]?)\\b (?:its|his|her|their) ${HELD} in `), type: 'stake_change', pattern: r(`(?<s>${AGENT})${AG}${AGAP(80)}\\b(?:lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|decreas(?:e|es|ed|ing)|pare[sd]?)\\b (?:its|his|her|their) ${HELD} in ${PRE}(?<t>${E})`) },
  // "X completed the previously announced reduction of its share in Y to 49.97 pct"
  { name: 'stake-reduction', cue: cue(`\\breduction (?:of|in) (?:its|his|her|their) ${HELD} (?:in|of) `), type: 'stake_change', pattern: r(`(?<s>${AGENT})${AG}${AGAP(80)}\\breduction (?:of|in) (?:its|his|her|their) ${HELD} (?:in|of) ${PRE}(?<t>${E})`) },
  // "X and Y announced an agreement for X to acquire a 51 pct interest in Y": the buyer is the one
  // named after "for", whoever announces (before joint-acquire, which would make both buyers)
  { name: 'for-to-acquire', cue: cue(`\\b(?:agreement|plans?|proposal|arrangement|deal|pact) for `), type: 'acquisition', pattern: r(`(?:${AGENT}${AG}(?:,? and ${E})?${GAP(100)})?\\b(?:agreement|plans?|proposal|arrangement|deal|pact) for (?<a>${E}) to ${ACQUIRE}\\b ${TGAP(60)}(?:${SHARE} in ${PRE}(?<t12>${E})|${TARGET})`) },
  // "X has become the majority owner of Y", "X is now the sole shareholder of Y"
  { name: 'became-owner', cue: cue(` (?:owner|shareholder) of `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(40)}\\b(?:bec(?:ome|omes|ame|oming)|is now|are now|was now|will be) (?:the )?(?:majority|sole|new|controlling|outright) (?:owner|shareholder) of ${PRE}(?<t>${E})`) },
  // "X teamed up with Y to buy Z", "X, together with Y, agreed to acquire Z", "X agreed to buy Z
  // alongside Y": the partner in the purchase buys too.
  { name: 'with-partner-acquire', cue: cue(`${ACQUIRE}\\b `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(40)}(?:,? together with|,? along with|,? jointly with|,? alongside|team(?:s|ed)? up with|join(?:s|ed)? forces with|partner(?:s|ed)? with) ${PRE}(?<a2>${E}),?${GAP(40)}\\b${NOT_PASSIVE}${ACQUIRE}\\b ${TGAP(70)}(?<!\\b(?:from|by) )${TARGET}`) },
  { name: 'acquire-alongside', cue: cue(`\\b(?:alongside|together with|along with|jointly with) `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(80)}\\b${NOT_PASSIVE}${ACQUIRE}\\b ${TGAP(70)}(?<!\\b(?:from|by) )(?<t>${E})${GAP(60)}\\b(?:alongside|together with|along with|jointly with) ${PRE}(?<a2>${E})`) },
  // "X said it and Y agreed to buy Z", "X and Y agreed to buy Z", "X, steelmaker Y and shipbuilder W will buy Z"
  { name: 'joint-acquire', cue: cue(`${ACQUIRE}\\b `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}(?:, (?:[a-z][\\w-]* ){0,3}?(?<a3>${E}))? (?:said (?:it|they) and |and (?:[a-z][\\w-]* ){0,3}?)(?<a2>${E})${GAP(80)}\\b${NOT_PASSIVE}${ACQUIRE}\\b ${TGAP(70)}(?<!\\bfrom )(?<t>${E})(?:${GAP(60)}\\bfrom ${PRE}(?<s>${E}))?`) },
  // "X is weighing offers for its British retail arm", "X has received bids for its unit": X sells it
  { name: 'offers-for-own', cue: cue(`(?:offers|bids|proposals) for `), type: 'divestiture', pattern: r(`(?<s>${AGENT})${AG}${AGAP(40)}\\b(?:weigh|consider|review|evaluat|solicit|seek|invit|receiv|field|entertain|draw|attract)(?:e|es|ed|ing|s)? (?:several |multiple |two |three |rival |binding |final |initial |first-round |second-round )?(?:takeover |purchase |acquisition )?(?:offers|bids|proposals) for ${UNIT}`) },
  // "Y rejected X's $2 billion offer", "Y's board backed X's takeover bid": the possessor bids for the subject
  { name: 'possessor-offer', cue: cue(`(?:offer|bid|proposal|approach|takeover|buyout|take-private)`), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(60)}\\b(?:rejected|rejects|rebuffed|rebuffs|spurned|spurns|turned down|turns down|dismissed|accepted|accepts|backed|backs|recommended|recommends|welcomed|welcomes|agreed to|received|receives|is reviewing|reviewed|is considering|is weighing|to consider|to review|to evaluate|to weigh|endorsed|endorses) (?:an? |the )?(?:⟨M\\d+⟩ |[\\w$-]+ ){0,3}?(?<a>${E})'s? (?:⟨M\\d+⟩ |\\(⟨M\\d+⟩\\) |[\\w$-]+ ){0,4}?(?:offer|bid|proposal|approach|takeover|buyout|take-private)`) },
  // "Following a $455 million takeover offer from X on Wednesday, the directors of Y said the bid is
  // hostile": a bid named in a fronted clause is for the subject of the clause it stands before
  { name: 'fronted-offer-from', cue: cue(`^(?:following|after|amid|despite|in response to|in the wake of)\\b`), type: 'acquisition', pattern: r(`^(?:following|after|amid|despite|in response to|in the wake of)\\b(?:[^⟨;]|⟨[MPDL]\\d+⟩){0,100}?\\b(?:takeover|buyout|take-private|acquisition|merger|tender|hostile|unsolicited) (?:offer|bid|approach|proposal)s? (?:from|by) ${PRE}(?<a>${E})[^⟨,;]{0,30}, (?:the (?:directors|board|shareholders|management|chairman|chief executive) of )?(?:[a-z][\\w-]* ){0,2}?${PRE}(?<t>${E})`) },
  // "X has won the battle for Y", "X won the race to buy Y", "X won the auction for Y": a contest for a
  // company is won by its buyer.
  { name: 'won-contest-for', cue: cue(`(?:battle|race|contest|fight|auction|tussle|bidding war|takeover battle|bid battle) (?:for|to (?:buy|acquire|take over|take control of|control)) `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\b(?:won|wins|win|winning|clinch(?:es|ed)?) (?:the |a )?(?:[\\w-]+ ){0,2}?(?:battle|race|contest|fight|auction|tussle|bidding war|takeover battle|bid battle) (?:for|to (?:buy|acquire|take over|take control of|control)) ${PRE}(?<t>${E})`) },
  // "X approached Y about a takeover", "X has approached Y over a possible merger"
  // "Y confirmed it had made an approach to X": an approach is a bid's first step.
  { name: 'approach-to', cue: cue(`approach (?:to|for) `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\b(?:made|makes|making|confirmed|submitted|launched) (?:an? |its |the )?(?:⟨M\\d+⟩ )?(?:[\\w-]+ ){0,2}?approach (?:to|for) ${PRE}(?<t>${E})`) },
  { name: 'approach-about', cue: cue(`\\bapproach(?:ed|es|ing)? `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\bapproach(?:ed|es|ing)? ${PRE}(?<t>${E})${GAP(30)}\\b(?:about|over|with|regarding|on) (?:an? |the |its )?(?:[\\w-]+ ){0,2}?(?:takeover|bid|offer|deal|merger|acquisition|tie-up|combination|sale|buyout|take-private)`) },
  // "X executives met twice with Y officials about a possible offer": a bidder's first step
  { name: 'met-about-offer', cue: cue(`\\b(?:met|meet|meets|meeting|talked|spoke)\\b`), type: 'acquisition', pattern: r(`(?<a>${E})(?: (?:executives|officials|representatives|bankers|managers))?${AG}${AGAP(40)}\\b(?:met|meet|meets|meeting|talked|spoke)\\b (?:(?:at least |more than )?(?:once|twice|several times|repeatedly|privately) )?with ${PRE}(?<t>${E})(?: (?:officials|executives|management|representatives|directors|bankers))?[^;]{0,90}?\\b(?:about|over|to discuss|regarding) (?:a |an |the )?(?:possible |potential |proposed )?(?:offer|bid|takeover|buyout|take-private|acquisition|deal|merger)\\b`) },
  // "Y's $5 billion takeover by X", "approved the company's sale by its owners to X"
  { name: 'takeover-by', cue: cue(` by `), type: 'acquisition', pattern: r(`(?<t>${E})'s? (?:(?:proposed|planned|pending|agreed|completed|\\$?⟨M\\d+⟩|[\\w-]+-dollar) ){0,3}(?:takeover|acquisition|purchase|buyout|take-private) by ${PRE}(?<a>${E})`) },
  // "Y will be acquired by X"
  // "Y agreed to sell itself to X", "Y is being sold to X (by Z)": Y is what is bought
  { name: 'sell-itself', cue: cue(`\\bsell(?:s|ing)? itself to `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(80)}\\bsell(?:s|ing)? itself to ${BUYER('a')}`) },
  // A company that sells "to" a buyer without an object sells itself when a price or a deal follows
  // ("Lindell Foods sells to Brant Capital for $50 million", "has sold to W in a deal worth"; not
  // "sells to retailers such as W"), or when it "sells out to" W.
  { name: 'sells-to-priced', cue: cue(`\\b(?:sells?|sold|selling) `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(40)}\\b(?:sells?|sold|selling) (?:out to ${BUYER('a')}|to ${BUYER('a2')}(?= (?:for|in) (?:an? |the )?(?:⟨M\\d+⟩|(?:undisclosed|(?:[\\w$-]+ ){0,2}?(?:deal|transaction|sum|amount))\\b)))`) },
  // "Delmont Life is being sold by Kappel Holdings to Fairhaven Re": the passive's agent sells.
  { name: 'sold-by-to', cue: cue(` (?:sold|divested) by `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(60)}\\b(?:be|been|being|is|are|was|were)(?: (?:now|also|being|to be))? (?:sold|divested) by ${PRE}(?<s>${E})${GAP(40)}\\bto ${BUYER('a')}`) },
  // "Lanthorn is being sold by private equity firm Mistlegate Capital": the passive's agent sells what
  // a deal already buys (no buyer named: it joins that deal and adds the seller only).
  { name: 'sold-by', joins: true, anyType: true, sameTarget: true, cue: cue(` (?:sold|divested|offloaded) by `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(40)}\\b(?:is|are|was|were|has been|had been|will be)(?: (?:now|also|being))? (?:sold|divested|offloaded) by ${PRE}(?<s>${E})(?!${GAP(40)}\\bto\\b)`) },
  { name: 'sold-to-passive', cue: cue(` (?:sold|divested|spun off) to `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}(?! said (?:that )?(?:the|its|their) )${AGAP(60)}\\b(?:be|been|being|is|are|was|were)(?: (?:now|also|being|to be))? (?:sold|divested|spun off) to ${BUYER('a')}(?:${GAP(40)}${NOT_OTHER_AGENT}\\bby ${PRE}(?<s>${E}))?`) },
  // A headline's passive without its auxiliary: "Lindell Foods Sold to Harwood Group for $410 Million"
  // (the name opens the sentence and "sold to" follows it at once).
  // (after a compound naming its owner or home: "Harwood-owned Lindell sold to Brant")
  { name: 'sold-to-headline', cue: cue(` (?:sold|divested) `), type: 'acquisition', pattern: r(`^(?:(?:[\\w&.'’-]+ ){0,2}?[\\w&.'’]+-(?:owned|backed|based|listed|controlled) )?(?<t>${E}) (?:sold|divested) (?:for (?:about |roughly |nearly |some )?⟨M\\d+⟩ )?to ${BUYER('a')}`) },
  // A headline's whole sentence "X sells to Y" (a name right after "to", nothing after it): X is sold.
  { name: 'sells-to-headline', cue: cue(` sells to `), type: 'acquisition', pattern: r(`^(?<t>${E}) sells to (?<a>${E})\\s*[.!]?$`) },
  // "Y, which X agreed to buy last month": a relative clause names the buyer after the target (its
  // verb ends the clause or takes a date or price: "which X buys chips from" is no purchase of Y)
  { name: 'which-acquire', cue: cue(`, (?:which|that) `), type: 'acquisition', pattern: r(`(?<t>${E}), (?:which|that) (?<a>${AGENT}) (?:[a-z]+ly )?(?:(?:has|had|have|will|would|is|was)(?: (?:agreed|planning|set|due|expected))? to |agreed to |plans? to |)(?:${ACQUIRE})\\b(?=[,.;)]| (?:in|last|this|for|from|earlier|on|at|over|during|after|before|when|and)\\b| ⟨[MD]\\d+⟩|$)`) },
  { name: 'acquire-passive', cue: cue(`\\b${BOUGHT_BY} `), type: 'acquisition', pattern: r(`(?<t>${E})${PARENS}(?:${RELATIVE}|${APPOSITION})${GAP(130)}\\b${BOUGHT_BY} ${BUYER('a')}(?:${GAP(40)}\\bfrom ${PRE}(?<s>${E}))?`) },
  // A short adjunct between the passive's verb and its agent: "Y was acquired for $5 million by X",
  // "acquired in 2019 by", "bought out of administration by"; "Y was sold last year to X". (Not a
  // participle's own agent: "bought with financing provided by W" names a lender.)
  { name: 'acquire-passive-adjunct', cue: cue(`\\b(?:be|been|being|is|are|was|were) (?:acquired|bought|purchased|taken over|snapped up|picked up|scooped up) `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(60)}\\b(?:be|been|being|is|are|was|were) (?:acquired|bought|purchased|taken over|snapped up|picked up|scooped up) ${ADJUNCT}by ${BUYER('a')}`) },
  { name: 'sold-to-passive-adjunct', cue: cue(`\\b(?:be|been|being|is|are|was|were) (?:sold|divested) `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}(?! said (?:that )?(?:the|its|their) )${AGAP(60)}\\b(?:be|been|being|is|are|was|were) (?:sold|divested) ${ADJUNCT}to ${BUYER('a')}`) },
  // "Y has been sold to its management team (in a buyout backed by W)", "Y was sold in a management
  // buyout", "Y was sold to an unnamed buyer": Y is bought; a backer of the buyout is the buyer
  { name: 'sold-to-unnamed', cue: cue(`\\b(?:been|was|were) sold `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}(?! said (?:that )?(?:the|its|their) )${AGAP(30)}\\b(?:been|was|were) sold (?:to (?:its|their) (?:own )?(?:management|managers|executives|employees|staff|founders?)(?: team)?|in an? (?:management buyout|management buy-out|MBO)|to an? (?:unnamed|undisclosed|unidentified|private) (?:buyer|purchaser|party|investor|group|company|bidder))\\b(?:,? (?:in|through|via) an? (?:[\\w-]+ ){0,2}?(?:buyout|buy-out|deal|transaction) (?:backed|funded|financed|led|supported) by ${PRE}(?<a>${E}))?`) },
  // "X agreed to sell substantially all its assets (to W)": X itself is what is bought
  { name: 'sell-all-its-assets', cue: cue(`${SELL}\\b `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(60)}\\b${SELLS}\\b (?:substantially |virtually |nearly )?all (?:of )?its (?:[\\w-]+ ){0,2}?assets\\b(?! of)(?:${GAP(60)}\\bto ${PRE}(?<a>${E}))?`) },
  // "X sold its unit Y to W", "X agreed to sell its pipeline unit to W"
  { name: 'sell-to', cue: cue(`${SELL}\\b `), type: 'divestiture', pattern: r(`(?<s>${AGENT})${AG}${AGAP(60)}\\b${SELLS}\\b (?:${BARE_UNIT}|(?<tu14>it)(?= to )|${TGAP(50)}(?:${ASSETS_OF('t10', 't11')}|${NOT_CHANNEL}(?<t>${E})|${UNIT}|${UNNAMED}))(?:,? (?:the )?(?<t5>${E})(?: \\(⟨[EO]\\d+⟩\\))?,)?(?:, (?:which|that) (?:[^⟨;]|⟨[EOMPDL]\\d+⟩){1,150}?,)?${GAP(60)}\\bto ${BUYER('a')}`) },
  // The buyer of what a deal sells, named in a sentence of its own (these only join a deal): "It said the operations will be
  // sold to W", "the sale to a subsidiary of W will take place this month", "calls for X's steel
  // businesses to be sold to a unit of W" (the deal's other sentences name what is sold, and who sells)
  { name: 'sold-to-buyer', joins: true, cue: cue(` (?:sold to|taken over by|bought by|acquired by|purchased by) `), type: 'divestiture', pattern: r(`\\b(?:the|its|their|(?<s>${E})'s?) (?:[\\w-]+ ){0,4}?${ASSET} ${GAP(40)}\\b(?:be|been|being|is|are|was|were) (?:sold to|taken over by|bought by|acquired by|purchased by) ${BUYER('a')}`) },
  // "The buyer is W", "W is the buyer": a buyer named in a sentence of its own (after "X agreed to sell
  // its stake in Y").
  { name: 'buyer-is', joins: true, anyType: true, cue: cue(`\\bthe (?:buyer|purchaser|acquirer) (?:is|was|will be) `), type: 'divestiture', pattern: r(`\\bthe (?:buyer|purchaser|acquirer) (?:is|was|will be) ${PRE}(?<a>${E})`) },
  // "Y agreed to be sold for $410 million" (the buyer in a sentence of its own, or unnamed)
  { name: 'agreed-to-be-sold', cue: cue(`\\b(?:agreed|agrees|agree) to be (?:sold|acquired|bought|taken over)\\b`), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(30)}\\b(?:agreed|agrees|agree) to be (?:sold|acquired|bought|taken over)\\b(?! by| to)`) },
  // "Y has been sold." (the buyer in a sentence of its own): the company itself right before the verb
  { name: 'has-been-sold', cue: cue(` (?:has been|have been|was|were|will be|is being|is to be) (?:sold|acquired|bought|taken over)\\b`), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG} (?:has been|have been|was|were|will be|is being|is to be) (?:sold|acquired|bought|taken over)\\b(?! by| to| from| in| at| through| for ⟨M)`) },
  // "The seller was Columbus-based Marlowe Hospitality Group", "The seller, W, had owned it since 2011"
  { name: 'seller-is', joins: true, anyType: true, theDeal: true, cue: cue(`\\bthe (?:seller|vendor) (?:is|was|will be) `), type: 'acquisition', pattern: r(`\\bthe (?:seller|vendor) (?:is|was|will be) ${PRE}(?<s>${E})`) },
  { name: 'the-seller-comma', joins: true, anyType: true, theDeal: true, cue: cue(`\\bthe (?:seller|vendor), `), type: 'acquisition', pattern: r(`\\bthe (?:seller|vendor), ${PRE}(?<s>${E}),`) },
  { name: 'the-buyer-comma', joins: true, anyType: true, cue: cue(`\\bthe (?:buyer|purchaser|acquirer|winning bidder), `), type: 'divestiture', pattern: r(`\\bthe (?:buyer|purchaser|acquirer|winning bidder), ${PRE}(?<a>${E}),`) },
  { name: 'is-the-buyer', joins: true, anyType: true, cue: cue(` (?:is|was|will be) the (?:buyer|purchaser|acquirer)\\b`), type: 'divestiture', pattern: r(`(?<a>${AGENT}) (?:is|was|will be) the (?:buyer|purchaser|acquirer)\\b`) },
  // "The buyers, which also include Ostler Capital and ...": a consortium's other members buy too.
  { name: 'buyers-include', joins: true, anyType: true, cue: cue(`includ(?:e|es|ed|ing) `), type: 'acquisition', pattern: r(`\\bthe (?:buyers|bidders|purchasers|consortium|buyer group|buying group|bidding group|investor group)(?:,? (?:which|that|who))?,? (?:also )?(?:will )?includ(?:e|es|ed|ing) ${PRE}(?<a>${E})(?:${AND}${PRE}(?<a2>${E}))?`) },
  // "Y, based in Milwaukee, is owned by the buyout firm W": the owner of what a deal buys sells it.
  { name: 'owned-by', joins: true, anyType: true, sameTarget: true, cue: cue(` (?:is|are) (?:currently |privately |majority[- ]|wholly )?owned by `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG} (?:is|are) (?:currently |privately |majority[- ]|wholly )?owned by ${PRE}(?<s>${E})`) },
  // "Y will join W as a wholly owned subsidiary": Y is bought.
  { name: 'join-as-subsidiary', cue: cue(`\\bjoin(?:s|ed|ing)? `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(40)}\\bjoin(?:s|ed|ing)? ${PRE}(?<a>${E}) as (?:a |an )?(?:wholly[- ]owned |fully[- ]owned |independent |separate )?(?:subsidiary|unit|division|business unit|part)\\b`) },
  // "Y is now part of W", "Y joined the W family", "Y has a new owner: W", "Y is W's latest
  // acquisition": Y belongs to W now.
  { name: 'now-part-of', cue: cue(`(?:part|subsidiary|unit|division) of `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG} (?:(?:is|are|has become|have become|became|was) (?:now )?(?:a )?(?=part )|(?:(?:is|are|was) now|has now become|has become|have become|became) (?:a |an )?(?:wholly[- ]owned |fully[- ]owned |majority[- ]owned )?(?=(?:subsidiary|unit|division) ))(?:part|subsidiary|unit|division) of ${PRE}(?<a>${E})(?=[,.;]|$| (?:after|since|following|under|as|in|for|through|via)\\b)`) },
  { name: 'joined-family', cue: cue(`\\bjoin(?:s|ed)? `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(30)}\\bjoin(?:s|ed)? (?:the )?(?<a>${E})(?:['’]s?)? (?:family|group of companies|portfolio)\\b`) },
  { name: 'new-owner', cue: cue(` a new (?:owner|parent|majority owner)`), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(30)}\\b(?:ha(?:s|d)|found|finds|gets|got) a new (?:owner|parent|majority owner)(?:,|:| in| —| -)? ${PRE}(?<a>${E})`) },
  // "Y has found a buyer in W", "Y found a suitor in W"
  { name: 'found-buyer-in', cue: cue(`(?:buyer|purchaser|suitor|acquirer|home) in `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(30)}\\b(?:ha(?:s|d) )?(?:found|finds|find) (?:a |an )?(?:new |willing |likely |strategic )?(?:buyer|purchaser|suitor|acquirer|home) in ${PRE}(?<a>${E})`) },
  // "Y is now owned by W" (not "Y, now owned by W, makes ...": what it tells is the past)
  // "W now owns Y after the deal closed": a buyer's new possession (not a share of it: "now owns 20% of Y")
  { name: 'now-owns', cue: cue(` now owns `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG} now owns (?!⟨P\\d+⟩|(?:a |an )?(?:[\\w-]+ )?(?:stake|shares|interest|holding|part|portion|majority|minority)\\b)(?:all of )?${PRE}(?<t>${E})(?! ['’]s)`) },
  { name: 'now-owned-by', cue: cue(` now (?:wholly |fully |majority[- ])?owned by `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG} (?:is|are) now (?:wholly |fully |majority[- ])?owned by ${PRE}(?<a>${E})`) },
  { name: 'latest-acquisition', cue: cue(`['’]s? (?:latest |newest |first |second |third |biggest |largest |most recent )?(?:acquisition|purchase)\\b`), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG} (?:is|was|becomes|became) (?<a>${E})['’]s? (?:latest |newest |first |second |third |biggest |largest |most recent )?(?:acquisition|purchase)\\b`) },
  { name: 'welcomed-to-family', cue: cue(`\\bwelcom(?:e|es|ed|ing) `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(30)}\\bwelcom(?:e|es|ed|ing) ${PRE}(?<t>${E}) (?:to|into) (?:its|their|the) (?:[\\w-]+ ){0,2}?(?:family|portfolio|group)\\b`) },
  { name: 'adds-to-portfolio', cue: cue(`\\badd(?:s|ed|ing)? `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(30)}\\badd(?:s|ed|ing)? ${PRE}(?<t>${E}) to (?:its|their) (?:[\\w-]+ ){0,3}?(?:portfolio|family|stable)\\b`) },
  { name: 'winning-bidder', cue: cue(`\\b(?:winning|successful|preferred|stalking[- ]horse) (?:bidder|buyer|suitor) for `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(40)}\\b(?:winning|successful|preferred|stalking[- ]horse) (?:bidder|buyer|suitor) for ${PRE}(?<t>${E})`) },
  // "X has put Y up for sale", "X is exploring options for Y, including a sale": X sells Y
  { name: 'put-up-for-sale', cue: cue(` up for sale\\b`), type: 'divestiture', pattern: r(`(?<s>${AGENT})${AG}${AGAP(40)}\\bput(?:s|ting)? (?:its |the )?(?:[\\w-]+ ){0,2}?(?<t>${E})(?: (?:unit|business|division|subsidiary|arm|brand))? up for sale\\b`) },
  { name: 'options-including-sale', cue: cue(`including (?:a|an|its) `), type: 'divestiture', pattern: r(`(?<s>${AGENT})${AG}${AGAP(40)}\\b(?:explor|review|evaluat|consider|weigh)(?:e|es|ed|ing|s)? (?:strategic )?(?:options|alternatives) for (?:its |the )?(?:[\\w-]+ ){0,2}?(?<t>${E})(?: (?:unit|business|division|subsidiary|arm|brand))?,? including (?:a|an|its) (?:possible |potential |outright )?(?:sale|divestiture|divestment|disposal|spin-?off)\\b`) },
  // "W has struck a $300 million deal for Y" (a deal for a company named right after, the sentence's end or its price next)
  { name: 'deal-for', cue: cue(`(?:deal|agreement) for `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(40)}\\b(?:struck|strikes|strike|sealed|seals|seal|inked|inks|signed|signs|clinched|clinches|cut|cuts|reached|agreed) (?:an? |the )?(?:⟨M\\d+⟩ |[\\w-]+-dollar )?(?:[\\w-]+ ){0,2}?(?:deal|agreement) for ${PRE}(?<t>${E})(?=[,.;]|$| for ⟨M| in | from | that | which )`) },
  // "A group of investors led by W paid $217m cash for the 35 garden centres" (after "X sold Y to a pair of buyout firms")
  { name: 'paid-for-joins', joins: true, cue: cue(`\\bpaid ⟨M\\d+⟩`), type: 'divestiture', pattern: r(`(?:(?:an? |the )?(?:[\\w-]+ ){0,2}?(?:group|consortium|partnership|syndicate) (?:of [\\w-]+ )?(?:led|formed|headed|controlled|organized|including) by )?(?<a>${AGENT})${AG}${AGAP(40)}\\bpaid ⟨M\\d+⟩ (?:\\(⟨M\\d+⟩\\) )?(?:[\\w-]+ ){0,2}?for (?:the|its|their|this|that) `) },
  // "Tessaly said the company's sale to Quellmark would close": the subject is what is sold.
  // A deal of the speaker's fronted before its ", X said": "Its acquisition of Y will close in May,
  // X said", "The sale of its dairy unit to W was approved, X said". ("its" is the speaker's.)
  { name: 'fronted-own-deal-said', cue: cue(`^(?:its|their) `), type: 'acquisition', pattern: r(`^(?:its|their) (?:(?:planned|proposed|pending|agreed|announced|\\$?⟨M\\d+⟩|[\\w-]+-dollar) )?(?:acquisition|purchase|takeover|buyout|take-private) of ${PRE}(?<t>${E})${GAP(150)}, (?<a>${E}) (?:said|says|announced|added|confirmed)\\b`) },
  { name: 'fronted-own-sale-said', cue: cue(`(?:sale|divestiture|divestment|disposal) of (?:its|their) `), type: 'divestiture', pattern: r(`^(?:the )?(?:(?:planned|proposed|pending|agreed|announced|\\$?⟨M\\d+⟩|[\\w-]+-dollar) )?(?:sale|divestiture|divestment|disposal) of (?:its|their) (?<tu>${ASSET_NP})\\b to ${BUYER('a')}${GAP(150)}, (?<s>${E}) (?:said|says|announced|added|confirmed)\\b`) },
  // "Shareholders of Y will receive $31 a share under the terms of the deal with W": what Y's holders
  // are paid in a deal with W is W's purchase of Y.
  { name: 'holders-paid-deal-with', cue: cue(`holders `), type: 'acquisition', pattern: r(`(?<t>${E})(?:'s?)? (?:common |public )?(?:share|stock)holders ${PAID_IN_DEAL_WITH}`) },
  { name: 'holders-of-paid-deal-with', cue: cue(`holders of `), type: 'acquisition', pattern: r(`\\b(?:common |public )?(?:share|stock)?holders of (?:the )?(?<t>${E}) ${PAID_IN_DEAL_WITH}`) },
  // "Y shareholders approved the sale to W", "Y's board backed the takeover by W"
  { name: 'holders-approved-sale-to', cue: cue(`(?:sale|takeover|acquisition|buyout|take-private) (?:to|by) `), type: 'acquisition', pattern: r(`(?<t>${E})(?:'s?)? (?:(?:common )?(?:share|stock)holders|investors|board|directors) ${GAP(30)}\\b(?:approved|backed|endorsed|voted (?:for|to approve)|accepted|supported) (?:the|a) (?:(?:proposed|planned|pending|agreed|\\$?⟨M\\d+⟩) )?(?:sale|takeover|acquisition|buyout|take-private) (?:to|by) ${BUYER('a')}`) },
  // "Y shareholders have rejected a €24 a share offer for the ferry operator (by W)": the offer is for Y
  { name: 'holders-offer-for', cue: cue(`(?:offer|bid|proposal|approach|scheme) for `), type: 'acquisition', pattern: r(`(?<t>${E})(?:'s?)? (?:(?:common |public )?(?:share|stock)holders|investors|board|directors) (?:have |has |had )?(?:overwhelmingly |narrowly |unanimously )?(?:rejected|approved|accepted|backed|spurned|rebuffed|endorsed|voted (?:for|against)) (?:a|an|the) (?:[^⟨;,.]{0,30}?|\\$?⟨M\\d+⟩[^⟨;,.]{0,20}?)(?:offer|bid|proposal|approach|scheme) for (?:the (?:company|firm|group|business|bank|lender|insurer|retailer|chain|maker|operator|[\\w-]+ (?:operator|maker|company|group|firm))|it)\\b(?: (?:by|from) (?<a>${E}))?`) },
  { name: 'own-sale-to', cue: cue(`(?:sale|takeover|acquisition) (?:to|by) `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(80)}\\b(?:its|the company's|the firm's|the group's|the bank's|the company’s|the firm’s|the group’s|the bank’s|the(?= (?:proposed|planned|pending|agreed) )) (?:(?:proposed|planned|pending|agreed|\\$?⟨M\\d+⟩) )?(?:sale|takeover|acquisition) (?:to|by) ${BUYER('a')}`) },
  { name: 'sale-to-buyer', joins: true, cue: cue(`(?:sale|divestiture|divestment|disposal|disposition) to `), type: 'divestiture', pattern: r(`\\b(?:the|its|their|this|that|(?<s>${E})'s?) (?:proposed |planned |pending )?(?:sale|divestiture|divestment|disposal|disposition) to ${BUYER('a')}`) },
  // "... will sell its dairy unit to Brant. The sale of Kessling Dairy is expected to close ...": the
  // unit's name.
  // "The unit, Cresswell Fleet Services, could fetch $500 million": the name of a unit sold unnamed so far.
  { name: 'the-unit-named', joins: true, anyType: true, namesTarget: true, cue: cue(`the (?:unit|division|business|subsidiary|arm), `), type: 'divestiture', pattern: r(`^(?:[^⟨]{0,20}? )?the (?:unit|division|business|subsidiary|arm), (?<t>${E}),`) },
  { name: 'the-sale-of', joins: true, anyType: true, namesTarget: true, cue: cue(`(?:sale|divestiture|divestment|disposal) of `), type: 'divestiture', pattern: r(`\\bthe (?:proposed |planned |pending |agreed )?(?:sale|divestiture|divestment|disposal) of (?:the )?(?<t>${E})(?!['’])`) },
  // "X's sale of its unit Y to W"
  { name: 'sale-of-to', cue: cue(`\\b(?:sale|divestiture|divestment|disposal|disposition|spin-off)`), type: 'divestiture', pattern: r(`(?<s>${AGENT})${AG} ${AGAP(60)}\\b(?:sale|divestiture|divestment|disposal|disposition|spin-off)(?:, [^⟨,;]{0,20}(?:⟨M\\d+⟩)?[^⟨,;]{0,20},)? of ${TGAP(40)}(?:${ASSETS_OF('t10', 't11')}|(?<t>${E})|${UNIT}|${UNNAMED})(?:,? (?:the )?(?<t5>${E}),)?${GAP(60)}\\bto ${BUYER('a')}`) },
  // "X acquired a 9.9% stake in Y"
  { name: 'stake-purchase', cue: cue(`${SHARE} in `), type: 'stake_change', majority: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(80)}\\b(?:${ACQUIRE}|tak(?:e|es|ing|en)|took|secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|buil(?:d|ds|t|ding)(?: up)?|amass(?:es|ed|ing)?|accumulat(?:e|es|ed|ing))\\b (?:(?:its |their )?(?:[\\w-]+ ){0,2}?(?:partner|rival|co-owner|co-investor|shareholder) )?(?:(?<s>${E})['’]s? )?${GAP(30)}${SHARE} in (?!(?:an? |the )?(?:new |planned |proposed )?(?:joint venture|venture|jv|partnership)\\b)${PRE}(?<t>${E})`) },
  // "X said Y, through its venture unit, acquired an equity position in the company": the company is X
  { name: 'stake-in-speaker', cue: cue(`${SHARE} in (?:the company|it)\\b`), type: 'stake_change', pattern: r(`(?<t>${AGENT})${AG} said (?:that )?(?<a>${AGENT})(?:,? through (?:its|a) (?:[\\w-]+ ){0,4}?(?:subsidiary|unit|affiliate|arm),? (?:${E},? )?)?${GAP(40)}\\b(?:${ACQUIRE}|took)\\b ${GAP(30)}${SHARE} in (?:the company|it)\\b`) },
  // "The deal gives X control of Y", "The deal, which X valued at $780 million, gives it control of Y"
  // "Y agreed to give control of the company to X": Y's control goes to X
  { name: 'give-control-to', cue: cue(`control of (?:the company|itself|the firm|the bank|the group) to `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(60)}\\b(?:give|gives|gave|giving|hand|hands|handed|handing|cede|cedes|ceded|transfer|transfers|transferred) (?:(?:full|majority|effective|operating) )?control of (?:the company|itself|the firm|the bank|the group) to ${BUYER('a')}`) },
  { name: 'gives-control-of', cue: cue(`control of `), type: 'acquisition', pattern: r(`(?:\\b(?:give|gives|gave|giving|given) (?<a>${E})|(?<a2>${E})(?:[^⟨;]|⟨[MPDQL]\\d+⟩){0,80}?\\b(?:give|gives|gave|giving) (?:it|them|the company|the group)) (?:(?:full|sole|outright|effective|operational|total|majority|complete) )?control of ${PRE}(?<t>${E})`) },
  // "X said it received an offer for its Clayton mill (from Y)", "X Receives Offer for Lindell Mill": X sells
  { name: 'received-offer-for-its', cue: cue(`\\breceiv(?:e|es|ed|ing) `), type: 'divestiture', pattern: r(`(?<s>${AGENT})${AG}${AGAP(60)}\\breceiv(?:e|es|ed|ing) (?:(?:an?|the|another|two|several|three) )?(?:(?:(?!\\b(?:for|its|their)\\b)[^⟨;,.]){0,30}?|\\$?⟨M\\d+⟩[^⟨;,.]{0,20}?)(?:offers?|bids?|proposals?|approach(?:es)?) for (?:its |their )?(?:${ASSETS_OF('t10', 't11')}|${UNIT}|(?<t>${E})(?: (?:[a-z][\\w-]* ){0,3}?(?:mill|plant|unit|division|subsidiary|business|operations?|stake))?|${UNNAMED})(?:${GAP(40)}\\bfrom (?<a>${E}))?`) },
  // "X said it received an offer for the company (from Y)": X is the one to be bought
  { name: 'received-offer-for-itself', cue: cue(`\\breceiv(?:e|es|ed|ing) `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(60)}\\breceiv(?:e|es|ed|ing) (?:(?:an?|the|another|two|several|three) )?(?:(?:(?!\\b(?:for|its|their)\\b)[^⟨;,.]){0,30}?|\\$?⟨M\\d+⟩[^⟨;,.]{0,20}?)(?:offers?|bids?|proposals?|approach(?:es)?) for (?:the (?:company|firm|group|business|bank)|itself|it|all (?:of )?its (?:shares|stock)|its (?:shares|stock))\\b(?:${GAP(40)}\\bfrom (?<a>${E}))?`) },
  // "X said it received an offer from Y to buy the company" (the subject is the one to be bought)
  // "accepted an offer from X to buy state-owned armaments maker Y": the infinitive's object is bought
  { name: 'offer-from-to-buy-named', cue: cue(`\\b(?:offer|bid|proposal|approach)(?:es|s)? `), type: 'acquisition', pattern: r(`\\b(?:offer|bid|proposal|approach)(?:es|s)? (?:(?:that |which )?(?:it|they) (?:has |had |have )?received )?(?:from|by) ${PRE}(?<a>${E}) to ${ACQUIRE}\\b ${TGAP(60)}(?<!\\bfrom )${TARGET}`) },
  { name: 'offer-from-to-buy', cue: cue(`\\b(?:offer|bid|proposal|approach)s? `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(80)}\\b(?:offer|bid|proposal|approach)s? (?:(?:that |which )?it (?:has |had )?received )?(?:from|by) ${PRE}(?<a>${E}) to ${ACQUIRE}\\b(?! ${TGAP(60)}⟨[EO]\\d+⟩)`) },
  // "X reached agreement with Y to purchase its brewing activities": Y sells its unit
  { name: 'agreement-with-to-buy-its', cue: cue(`\\b(?:agreement|deal|pact|accord|letter of intent|memorandum of understanding) with `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(80)}\\b(?:agreement|deal|pact|accord|letter of intent|memorandum of understanding) with ${PRE}(?<s>${E})(?:,[^,⟨;]{0,60},)? to ${ACQUIRE}\\b (?:its|their) (?<tu>${ASSET_NP})\\b(?:,? (?<t>${E}))?`) },
  // "X signed an agreement with Y to acquire the company": Y is what is bought
  // (or with its owners: "struck a deal with X's owners to buy the business")
  { name: 'agreement-with-to-buy-it', cue: cue(`\\b(?:agreement|deal|pact|accord) with `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(80)}\\b(?:agreement|deal|pact|accord) with ${PRE}(?:(?<t>${E})|(?<t2>⟨O\\d+⟩)['’]s? (?:[\\w-]+ )?(?:owners?|founders?|family|shareholders))(?:,[^,⟨;]{0,60},)? to ${ACQUIRE}\\b (?:it|the (?:company|firm|group|business|bank|lender|insurer|retailer|chain|maker|operator)|all of its|all its)\\b`) },
  // "X agreed to acquire (51 pct of) Y (from Z)"
  // "X acquired the worldwide rights to Y's migraine drug", "X obtained a license to Y's patents":
  // rights to what Y owns are licensed, Y is not bought
  { name: 'rights-to-owners', cue: cue(`(?:rights|licen[cs]e) (?:to|for) `), type: 'licensing', pattern: r(`(?<le>${AGENT})${AG}${AGAP(60)}\\b(?:acquir(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|secur(?:e|es|ed|ing)|won|wins|gain(?:s|ed)?|bought|buys|received|receives|got|gets|landed|lands) (?:an? |the )?(?:(?:exclusive|non-exclusive|worldwide|global|commercial|full|marketing|development|distribution|north american|european|u\\.s\\.|us) ){0,3}(?:rights|licen[cs]e) (?:to|for) (?:(?:use|sell|market|develop|make|commercialize|commercialise|distribute) )?(?<lr>${E})['’]s? `) },
  // "X has acqui-hired the team behind Y": a startup bought for its people is bought.
  { name: 'acqui-hired', cue: cue(`acqui-?hir`), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\bacqui-?hir(?:e|es|ed|ing)\\b (?:(?:the |its )?(?:[\\w-]+ )?(?:team|staff|founders|engineers|employees|talent) (?:behind|at|of|from) )?${PRE}(?<t>${E})`) },
  // "X bought out its partner W in the Y venture": the partner sells its share of what they held together.
  { name: 'bought-out-partner', cue: cue(` out (?:its|their) `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(80)}\\b(?:buy(?:s|ing)?|bought) out (?:its|their) (?:[\\w-]+ ){0,2}?partners? (?<s>${E})(?:,? (?:in|at|from) (?:the )?(?:(?<t>${E})|(?<tu>${ASSET_NP})))?`) },
  // "X signed an agreement with W to acquire Y": W, a third name, sells Y (with "the company" for W
  // itself, W is bought: acquire-active).
  { name: 'agreement-with-seller', cue: cue(` with `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\b(?:sign(?:s|ed|ing)?|enter(?:s|ed|ing)? into|reach(?:es|ed|ing)?|execut(?:e|es|ed|ing)|struck|strikes) (?:an? |the )?(?:[\\w-]+ ){0,2}?(?:agreements?|deals?|contracts?) with ${PRE}(?<s>${E}) to (?:acquire|buy|purchase) (?:(?:⟨P\\d+⟩|(?:all|a majority|the remainder|the rest)) of (?:the (?:shares|equity|capital) (?:of|in) )?)?${PRE}(?<t>${E})`) },
  { name: 'acquire-active', cue: cue(`${ACQUIRE}\\b `), type: 'acquisition', majority: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(80)}(?<!\\b(?:from|by|for) ⟨O\\d+⟩ to )\\b${NOT_PASSIVE}${PURCHASE_NOUN}${ACQUIRE}\\b (?!(?<=\\bout )(?:its|their) (?:[\\w-]+ ){0,2}?partners?\\b)${TGAP(70)}(?<!\\bfrom (?:(?!to\\b)[a-z][\\w-]* ){0,4})${TARGET}${SELLER_FROM}`) },
  // "X is buying the stake from Z"
  // (Not an order of vehicles or machines: "agreed to buy 40 planes from Boeing" is no deal.)
  { name: 'buy-from', cue: cue(`${ACQUIRE}\\b `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(80)}(?<!\\b(?:from|by|for) ⟨O\\d+⟩ to )\\b${NOT_PASSIVE}${ACQUIRE}\\b (?!${ORDERED}|${GOODS}|(?:the |an? )?(?:[\\w-]+ ){0,2}?(?:rights|licen[cs]es?)\\b)${GAP(50)}${NOT_DELISTED}\\bfrom ${PRE}(?<s>${E})`) },
  // "X paid 5.4 mln dlrs for 8.6 pct of Y"
  // "agreed to pay $2 billion for Tessaly Brands": a company paid for, not a stake in it, is bought whole.
  // "X will pay Y $300 million for its stake / the unit": Y sells what X pays for
  { name: 'pay-seller-for', cue: cue(`\\bpa(?:y|ys|id|ying) `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\bpa(?:y|ys|id|ying) (?<s>${E}) (?:about |around |roughly |nearly |some |up to )?⟨M\\d+⟩(?: in (?:cash|stock|shares))? for (?:its|their|the|a|an) (?<tu>(?:[\\w%⟨⟩-]+ ){0,3}?(?:stake|interest|holding|shares|unit|business|division|assets|operations|subsidiary|arm|brand|plant|mill|portfolio))\\b(?: in ${PRE}(?<t>${E}))?`) },
  // "X has agreed to pay Y $210 million for Z": the payee of a price for a named company sells it
  { name: 'pay-seller-for-company', cue: cue(`\\bpa(?:y|ys|id|ying) `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\bpa(?:y|ys|id|ying) (?<s>${E}) (?:about |around |roughly |nearly |some |up to |an? (?:reported |estimated )?)?⟨M\\d+⟩(?: \\(⟨M\\d+⟩\\))?(?: in (?:cash|stock|shares))? for ${PRE}(?<t>${E})(?!['’]s?\\b| (?:[\\w-]+ )?(?:unit|division|subsidiary|arm|business|plant|assets|brand|stake|shares)\\b)`) },
  { name: 'pay-for-company', cue: cue(`\\b(?:pa(?:id|ys?|ying)|(?:shell|fork|splash)(?:s|es|ed|ing)? out)\\b `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\b(?:pa(?:id|ys?|ying)|(?:shell|fork|splash)(?:s|es|ed|ing)? out)\\b ${GAP(60)}\\bfor (?!(?:[^⟨;]|⟨[PM]\\d+⟩){0,60}?\\b(?:stake|stakes|holding|interest|shareholding|shares|stock|position|portion|part|majority|minority)\\b)(?:the (?<tu5>${WORDS}${PART}) of ${PRE}(?<s8>${E})|${PRE}(?<t>${E})(?!'s?\\b| (?:unit|division|subsidiary|arm|business|plant|assets|brand|stake|shares)\\b))`) },
  { name: 'pay-for', cue: cue(`\\bpa(?:id|ys?|ying)\\b `), type: 'stake_change', majority: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\bpa(?:id|ys?|ying)\\b ${GAP(60)}\\bfor ${TGAP(40)}(?<t>${E})`) },
  // "X said shareholders should reject the tender offer for all its shares launched by Y"
  { name: 'offer-for-its-shares-by', cue: cue(`${OFFER} for `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(120)}\\b${OFFER} for (?:all |any and all |up to |the remaining )?(?:of )?(?:its|the company's|their) (?:[\\w-]+ ){0,3}?(?:shares|stock)\\b${GAP(40)}\\b(?:by|from) ${PRE}(?<a>${E})`) },
  // "the proposed acquisition of the company by Paccar Inc"
  { name: 'acquisition-of-it-by', cue: cue(`\\b(?:acquisition|purchase|takeover|buyout|take-private) of (?:the company|the firm|the bank|it) by `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(120)}\\b(?:acquisition|purchase|takeover|buyout|take-private) of (?:the company|the firm|the bank|it) by ${PRE}(?<a>${E})`) },
  // "X's acquisition of Y", "X has closed the previously announced acquisition of Y"
  { name: 'acquisition-of', cue: cue(`\\b(?:(?:acquisitions?|purchase|takeover|buyout|take-private|pursuit) (?:of|for)|${OFFER} for) `), type: 'acquisition', pattern: r(`(?:(?<a>${AGENT})${AG}|(?<a2>⟨O\\d+⟩)'s?) ${GAP(80)}\\b(?:(?:acquisitions?|purchase|takeover|buyout|take-private|pursuit) (?:of|for)|${OFFER} for) (?:all (?:of )?(?:the )?(?:[\\w-]+ ){0,4}?(?:stock|shares|capital) of )?${TGAP(40)}(?<!\\bfrom )(?:${TARGET}|${UNNAMED})(?!(?: (?:unit|subsidiary|division|arm|business|operations?))?,? ?by (?:the )?⟨[EO]\\d+⟩)${SELLER_FROM}`) },
  // "X will offer 18.50 dlrs per share for all of Y's stock"
  // "AT&T expects the Time Warner purchase to ...", "Harwood completed its Lindell acquisition": the
  // name before the deal noun is what is bought (not before "of", "by": "the Acme acquisition of Widget").
  // "Harwood's $1bn Quellmark deal won approval", "the Harwood-Quellmark deal gets nod": the first name
  // buys the second (a bare "deal" says so only with its price or its stage)
  // "Amazon's Whole Foods acquisition closed", "Harwood's Lindell takeover": the owner of the noun buys
  // the company named before it (a "deal" may be a licence or a venture: named-deal asks more of it)
  { name: 'possessive-named-acquisition', cue: cue(` (?:acquisition|takeover|buyout|purchase|take-private)\\b`), type: 'acquisition', pattern: r(`(?<a>${E})['’]s? (?<t>${E}) (?:acquisition|takeover|buyout|purchase|take-private)\\b(?! (?:of|by|for|from|with)\\b)`) },
  { name: 'named-deal', cue: cue(` deal\\b`), type: 'acquisition', pattern: r(`(?:(?<a>${E})'s? (?:(?:proposed|planned|pending|agreed|completed|announced|⟨M\\d+⟩|[\\w-]+-dollar) )(?:(?:proposed|planned|pending|agreed|completed|announced|⟨M\\d+⟩|[\\w-]+-dollar) )?|(?<a2>${E}) ?[-\u2013/] ?)(?<t>${E}) deal\\b(?! (?:with|for|to)\\b)`) },
  { name: 'named-acquisition', cue: cue(` (?:acquisition|purchase|takeover|buyout|take-private)\\b`), type: 'acquisition', pattern: r(`(?:(?<a>${AGENT})${AG}${AGAP(80)}\\b(?:the|its|their|this|that|with|through|via)|(?<a2>${E})'s?) (?:(?:proposed|planned|pending|agreed|completed|announced|recent|big|giant|huge|landmark|⟨M\\d+⟩|[\\w-]+-dollar) ){0,3}(?<t>${E}) (?:acquisition|purchase|takeover|buyout|take-private)\\b(?! (?:of|by|for|from)\\b)`) },
  // "Harwood Completes Lindell Takeover", "Harwood closes Lindell deal", "Harwood drops Lindell bid",
  // "X Walks Away From Y Deal", "X agrees £2bn Y takeover", "X launches Y bid": a headline names what is bought before the deal noun, with no
  // determiner ("its", "the": named-acquisition).
  { name: 'verb-named-deal', cue: cue(` (?:deal|acquisition|purchase|takeover|buyout|take-private|bid|offer|pursuit)\\b`), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(40)}\\b(?:complet(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing)|wrap(?:s|ped|ping)? up|drop(?:s|ped|ping)?|abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?|end(?:s|ed|ing)?|walk(?:s|ed|ing)? away from|agree(?:s|d)?|seal(?:s|ed)?|clinch(?:es|ed)?|launch(?:es|ed)?|table(?:s|d)?|rais(?:e|es|ed)|up(?:s|ped)|sweeten(?:s|ed)?|lift(?:s|ed)?|boost(?:s|ed)?|hik(?:e|es|ed)|renew(?:s|ed)?|revive(?:s|d)?) (?:(?:its|their|the) )?(?:(?:⟨M\\d+⟩|[\\w-]+-dollar) )?(?<t>${E}) (?:deal|acquisition|purchase|takeover|buyout|take-private|bid|offer|pursuit)\\b(?! (?:of|by|for|from|with)\\b)`) },
  // "Harwood weighs Lindell bid", "Harwood said to mull $2bn Lindell offer": the target before the noun.
  { name: 'weighs-named-bid', cue: cue(` (?:(?:(?:takeover|buyout|take-private|acquisition|merger|cash|all-cash|stock) )?(?:bid|offer|approach|deal)|takeover|buyout|take-private|acquisition)\\b`), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(30)}\\b(?:weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|consider(?:s|ed|ing)?|eye(?:s|d|ing)?|prepar(?:e|es|ed|ing)|plot(?:s|ted|ting)?|plan(?:s|ned|ning)?|readie(?:s|d)|ready(?:ing)?) (?:(?:an?|the|possible|potential|new|rival|fresh|higher) ){0,2}(?:(?:⟨M\\d+⟩|[\\w-]+-dollar) )?(?<t>${E})(?:'s?)? (?:(?:(?:takeover|buyout|take-private|acquisition|merger|cash|all-cash|stock) )?(?:bid|offer|approach|deal)|takeover|buyout|take-private|acquisition)\\b(?! (?:for|to buy|to acquire|with|of|by) )`) },
  // "Lindell rejects Harwood bid", "Lindell rebuffed a $410m Harwood approach": the bidder before the noun.
  { name: 'rejects-named-bid', cue: cue(` (?:bid|offer|approach|proposal)\\b`), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(40)}\\b(?:reject(?:s|ed)?|rebuff(?:s|ed)?|spurn(?:s|ed)?|snub(?:s|bed)?|turn(?:s|ed)? down) (?:(?:an?|the) )?(?:(?:⟨M\\d+⟩|[\\w-]+-dollar) )?(?<a>${E})(?:'s?)?(?: (?:takeover|buyout|take-private|acquisition|merger|cash|all-cash|stock))? (?:bid|offer|approach|proposal)\\b(?! (?:for|to buy|to acquire) (?!(?:it|the company)\\b))`) },
  // "The $8-a-share offer by X for Y comes ...", "the purchase by X of Y": the bidder named before the target
  { name: 'offer-by-for', cue: cue(`\\b(?:offer|bid|proposal|approach)(?:es|s)? (?:(?:made|submitted|launched|tabled|lodged) )?(?:by|from) `), type: 'acquisition', pattern: r(`\\b(?:offer|bid|proposal|approach)(?:es|s)? (?:(?:made|submitted|launched|tabled|lodged) )?(?:by|from) ${PRE}(?<a>${E}) for (?:(?:all|any and all|the remaining|the rest) (?:of )?(?:the )?(?<t2>${E})(?:['’]s?)? (?:(?:common |outstanding )*(?:shares|stock))\\b|(?!(?:its|their|the) )${PRE}(?<t>${E})(?!['’]s?\\b| (?:unit|division|subsidiary|arm|business|plant|assets|brand|stake|shares)\\b))`) },
  { name: 'purchase-by-of', cue: cue(`\\b(?:acquisition|purchase|takeover|buyout) by `), type: 'acquisition', pattern: r(`\\b(?:acquisition|purchase|takeover|buyout) by ${PRE}(?<a>${E}) of ${PRE}(?<t>${E})(?!['’]s?\\b)`) },
  { name: 'offer-for', cue: cue(`\\b(?:offer(?:s|ed|ing)?|bid(?:s|ding)?)\\b `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\b(?:offer(?:s|ed|ing)?|bid(?:s|ding)?)\\b (?!(?:made |submitted |launched |tabled |lodged )?(?:by|from) )${GAP(90)}\\bfor (?:(?:every|each) (?:[\\w-]+ ){0,3}?(?:shares?|stock) (?:of|in) |(?:the )?[\\d.,]+ (?:mln |million |billion )?(?:[\\w-]+ )?shares (?:of|in) )?${TGAP(40)}(?<t>${E})`) },
  // "a deal to acquire Y ... by X"
  { name: 'acquisition-of-by', cue: cue(`\\b(?:acquisition|purchase|takeover|buyout|take-private) of `), type: 'acquisition', pattern: r(`\\b(?:acquisition|purchase|takeover|buyout|take-private) of ${TGAP(40)}(?<t>${E})${GAP(60)}${NOT_OTHER_AGENT}\\bby ${PRE}(?<a>${E})`) },
  // "X said its board rejected the bid from Y", "in response to today's acquisition bid by Y"
  { name: 'bid-from', cue: cue(`(?:offer|bid|proposal|approach)(?:es|s)? (?:of|from|by) `), type: 'acquisition', pattern: r(BID_BY('(?:of|from|by)')) },
  { name: 'bid-of-amount-from', cue: cue(`(?:offer|bid|proposal|approach)(?:es|s)? (?:of|worth|valued at) `), type: 'acquisition', pattern: r(BID_OF_AMOUNT_BY) },
  // "the approach came from X": the bidder named after the approach
  { name: 'bid-came-from', cue: cue(` (?:came|comes|had come|has come) from `), type: 'acquisition', pattern: r(BID_BY('(?:came|comes|had come|has come) from')) },
  // "Tessaly agreed to a $2 billion buyout from Quellmark": the buyout's source is the buyer.
  { name: 'buyout-from', cue: cue(`(?:buyout|takeover)s? (?:from|by) `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(120)}\\b${NOT_RIVAL}(?:buyout|takeover)s? (?:from|by) ${PRE}(?<a>${E})`) },
  // "The purchase of X gives Y a foothold in Asia": who gains by a purchase made it.
  { name: 'purchase-gives', cue: cue(`(?:acquisition|purchase|takeover) of `), type: 'acquisition', pattern: r(`\\b(?:the|this|that) (?:(?:proposed|planned|pending|agreed|\\$?⟨M\\d+⟩) )?(?:acquisition|purchase|takeover) of (?<t>${E})${GAP(30)}\\b(?:gives?|gave|will give|would give|makes?|made|will make|would make|brings?|will bring|would bring|expands?|will expand|would expand|strengthens?|will strengthen|would strengthen|boosts?|will boost|would boost) ${PRE}(?<a>${E})`) },
  // "in response to a Theta Corp offer of 150 dlrs per share for Taft stock"
  { name: 'named-offer-for', cue: cue(`(?:offer|bid|proposal|tender offer|deal)`), type: 'acquisition', pattern: r(`(?<a>${E})(?:'s)? (?:[\\w-]+ |\\$?⟨M\\d+⟩ ){0,3}?(?:offer|bid|proposal|tender offer|deal)(?: of ⟨M\\d+⟩(?: (?:[\\w-]+ ){0,3})?)? for ${PRE}(?<t>${E})(?! to (?!buy|acquire|purchase|take)[a-z])`) },
  // "Ranco said shareholders approved a merger into Siebe PLC", "to merge with and become a subsidiary of Y"
  { name: 'merge-into', cue: cue(`\\b(?:merg(?:e|er|ing|ed) (?:in)?to|become (?:a |an )?(?:wholly[- ]\\w+ |indirect |direct )?(?:subsidiary|unit|division|part) of) `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(100)}\\b(?:merg(?:e|er|ing|ed) (?:in)?to|become (?:a |an )?(?:wholly[- ]\\w+ |indirect |direct )?(?:subsidiary|unit|division|part) of) ${PRE}(?<a>${E})`) },
  // "the proposed merger of X, a subsidiary of Z, into Y"
  { name: 'merger-of-into', cue: cue(`\\bmerger of `), type: 'acquisition', pattern: r(`\\bmerger of ${TGAP(20)}(?<t>${E})${OWNER}${GAP(80)}\\binto ${PRE}(?<a>${E})`) },
  // "X said 19.8 mln shares in Y were tendered pursuant to its offer"
  { name: 'tendered', cue: cue(`\\b(?:were|have been|had been|was|has been) tendered\\b`), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG} said ${GAP(60)}(?<t>${E})${GAP(80)}\\b(?:were|have been|had been|was|has been) tendered\\b`) },
  // "X said Y has accepted its previously announced acquisition offer"
  { name: 'offer-accepted', cue: cue(`(?:accepted|approved|agreed to) (?:its|the|a|an) `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG} said (?:that )?(?<t>${E})${GAP(30)}\\b(?:has |have |had )?(?:accepted|approved|agreed to) (?:its|the|a|an) (?:[\\w-]+ ){0,3}(?:offer|bid|proposal)`) },
  // "A 3.22 billion dlr offer for Dome Petroleum Ltd by TransCanada Pipelines Ltd"
  // "W has emerged as a possible suitor for Y", "W is the leading bidder for Y"
  { name: 'suitor-for', cue: cue(`\\b(?:suitor|bidder|buyer|acquirer)s? for `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\b(?:suitor|bidder|buyer|acquirer)s? for ${PRE}(?<t>${E})`) },
  // "Y could attract a higher bid than the 27 dlrs per share offered by X", "Y's board will recommend the
  // takeover offer made by X": the subject is bid for (not "the offer made by X for Z")
  { name: 'offer-made-by', cue: cue(` (?:offered|made|submitted|launched|tabled|lodged|announced) by `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(120)}(?:\\b(?:offer|bid|proposal|approach)|⟨M\\d+⟩(?: (?:a|per) share)?) (?:offered|made|submitted|launched|tabled|lodged|announced) by ${PRE}(?<a>${E})(?! for\\b)`) },
  // "X said it terminated its 23 dlr per share takeover offer to Y", "the waiting period for its 270 mln
  // dlr takeover bid for Y": the subject's own offer for the company named after it (the sentence's first
  // name: "X said the SEC may act against it over its tender offer for Y" is X's offer)
  { name: 'own-offer-for', cue: cue(`(?:offer|bid|proposal) `), type: 'acquisition', pattern: r(`^[^⟨;]{0,80}?(?<a>${AGENT})${AG}${AGAP(120)}\\b(?:its|their) (?:(?:⟨M\\d+⟩|[\\w-]+) ){0,4}?(?:offer|bid|proposal) (?:to (?:the )?|for ${PRE})(?<t>${E})(?!['’]s?\\b| (?:shareholders|stockholders|holders|board|directors|shares|stock)\\b)`) },
  // "Y said it sold 11.3 mln shares, or 29.4 pct, of its common stock to X": a stake in the seller
  { name: 'sold-own-shares-to', cue: cue(`shares(?:, or ⟨P\\d+⟩,)? (?:of its (?:[\\w-]+ )?(?:stock|shares) )?to `), type: 'stake_change', pattern: r(`(?<t>${AGENT})${AG}${AGAP(40)}\\b(?:sold|sells|sell|selling|issued|issues|placed|places) [\\d.,]+ (?:mln |million )?(?:new |newly issued )?(?:common |preferred )?shares(?:, or ⟨P\\d+⟩,)? (?:of its (?:[\\w-]+ )?(?:stock|shares) )?to ${BUYER('a')}`) },
  { name: 'offer-for-by', cue: cue(`\\b(?:offer|bid|proposal)s? for `), type: 'acquisition', pattern: r(`\\b(?:offer|bid|proposal)s? for ${PRE}(?<t>${E})${GAP(40)}(?<!\\b(?:cleared|approved|blocked|backed|rejected|accepted|opposed|welcomed|reviewed|examined|investigated|probed|referred|scrutini[sz]ed|critici[sz]ed|challenged|vetted|endorsed|supported|rebuffed|spurned) )\\bby ${PRE}(?<a>${E})`) },
  // "X became the new owner of Y", "X will become the sole owner of Y"
  { name: 'became-owner', cue: cue(`owner of `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(40)}\\b(?:became|becomes|become|has become|have become) (?:the )?(?:new |sole |majority |full |outright )?owner of ${PRE}(?<t>${E})`) },
  // "Merrill Lynch Capital Partners will take Borg-Warner Corp private"
  { name: 'take-private', cue: cue(` private\\b`), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\btak(?:e|es|ing|en|eover of) ${PRE}(?<t>${E}) private\\b`) },
  // "agreed to merge San/Bar into Resdel"; "X merged its subsidiary Y into W" (X sells)
  { name: 'merge-x-into', cue: cue(`\\bmerg(?:e|ed|ing) `), type: 'acquisition', pattern: r(`(?:(?<s>${AGENT})${AG}${AGAP(80)}(?=\\bmerg(?:e|ed|ing) its (?:[\\w-]+ ){0,3}(?:subsidiary|unit|division)\\b))?\\bmerg(?:e|ed|ing) (?:its (?:[\\w-]+ ){0,3}(?:subsidiary|unit|division),? )?${PRE}(?<t>${E}),? (?:in)?to ${PRE}(?<a>${E})`) },
  // "approved the merger of Magellan with Balzec Investments Inc"
  { name: 'merger-of-with', cue: cue(`\\bmerger of `), type: 'merger', pattern: r(`\\bmerger of ${PRE}(?<p>${E}) with ${PRE}(?<p2>${E})`) },
  // "X said it and Y signed a definitive agreement to merge"
  // "X said its board and the board of Y approved a merger agreement", "X said its shareholders and those of Y approved the merger"
  { name: 'boards-merge', cue: cue(` said (?:that )?its (?:board|directors|shareholders|stockholders)`), type: 'merger', pattern: r(`(?<p>${AGENT})${AG} said (?:that )?its (?:board|directors|shareholders|stockholders)(?: of directors)? and (?:the (?:board|directors|shareholders|stockholders)(?: of directors)? of|those of) ${PRE}(?<p2>${E})${GAP(100)}\\b(?:merge|merger|combine|combination)\\b`) },
  { name: 'said-it-and-merge', cue: cue(` said (?:it|they) and `), type: 'merger', pattern: r(`(?<p>${AGENT})${AG} said (?:it|they) and ${PRE}(?<p2>${E})${GAP(100)}\\b(?:merge|merger|combine|combination)\\b`) },
  // "X said it will own 20 pct of the shares of Y"
  { name: 'will-own', cue: cue(`\\b(?:will own|to own|will hold|to hold|now (?:owns|holds)|took|takes|will take)\\b ⟨P\\d+⟩ (?:of|in) `), type: 'stake_change', majority: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}(?<!\\b(?:shareholders|holders|stockholders|investors|owners) )\\b(?:will own|to own|will hold|to hold|now (?:owns|holds)|took|takes|will take)\\b ⟨P\\d+⟩ (?:of|in) (?:the )?(?:(?:[\\w-]+ ){0,3}?(?:of|in) )?${PRE}(?<t>${E})`) },
  // "X said it has received 33,467 shares of Y in response to its tender offer"
  { name: 'received-shares', cue: cue(`\\breceived `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\breceived ${GAP(30)}\\bshares (?:of|in) ${PRE}(?<t>${E})${GAP(60)}\\b(?:offer|tender)`) },
  // "Harwood agrees £1bn takeover", "X backed a £1bn takeover offer": a company that agrees a takeover
  // of a stated price, naming no one, is what is bought.
  { name: 'agrees-own-takeover', cue: cue(`(?:takeover|buyout|take-private)`), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(40)}\\b(?:agrees|agreed|agreed to|backs|backed|accepts|accepted|recommends|recommended) (?:an? |the )?⟨M\\d+⟩ (?:[\\w-]+ ){0,2}?(?:takeover|buyout|take-private)(?: (?:offer|bid|deal|proposal))?\\b(?! (?:of|for|by|from|with|to)\\b)`) },
  // The company is the one for sale: "X said it received proposals to acquire the company",
  // "X has started negotiations on its possible acquisition", "X, which has attracted takeover bids"
  { name: 'self-target', cue: cue(SELF_SALE), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}(?:${GAP(40)}\\bits (?:[\\w-]+ ){0,2}(?:bankers?|advis[eo]rs?|counsel), ${E},)?${GAP(120)}${SELF_SALE}`) },
  // "X and Y formed a joint venture"
  { name: 'jv-pair', cue: cue(`\\bjoint[- ]venture\\b`), type: 'joint_venture', pattern: r(`${PAIR('p', 'p2')}${GAP(100)}\\bjoint[- ]venture\\b`) },
  { name: 'jv-with', cue: cue(`\\bjoint[- ]venture\\b`), type: 'joint_venture', pattern: r(`(?<p>${AGENT})${AG}${AGAP(100)}\\bjoint[- ]venture\\b(?: \\(JVs?\\))?(?: (?:company|firm|entity|agreement|deal|pact|partnership|business))? with ${PRE}(?<p2>${E})`) },
  // "X and Y agreed to merge", "X will merge with Y", "the merger of X and Y"
  { name: 'merge-pair', cue: cue(`\\b(?:merge|merging|merged|combine|combining|combined|merger of equals|all-stock merger|merger|combination)\\b`), type: 'merger', pattern: r(`${PAIR('p', 'p2')}${GAP(120)}\\b(?:merge|merging|merged|combine|combining|combined|merger of equals|all-stock merger|merger|combination)\\b`) },
  // "X held talks with Y about a possible combination": merger talks
  // "Y said it was in early talks with X about a possible offer", "... regarding the sale of the
  // company": the company in talks is bid for; the other side bids (an acquisition is either way)
  // "X has agreed terms with Y on a £2bn takeover" (British usage); "Y has agreed terms on a takeover by X"
  { name: 'agreed-terms-with', cue: cue(`terms with `), type: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(60)}\\b(?:agreed|agrees|agree|reached|reaches|struck|strikes) (?:the |final |preliminary |provisional )?terms with ${PRE}(?<t>${E}) (?:on|for|over) (?:a |an |the |its )?(?:⟨M\\d+⟩ )?(?:[\\w-]+ ){0,2}?(?:takeover|acquisition|purchase|buyout|take-private|offer)\\b`) },
  { name: 'agreed-terms-by', cue: cue(`terms (?:on|for|over) `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(60)}\\b(?:agreed|agrees|agree|reached|reaches) (?:the |final |preliminary |provisional )?terms (?:on|for|over) (?:a |an |the )?(?:⟨M\\d+⟩ )?(?:[\\w-]+ ){0,2}?(?:takeover|acquisition|buyout|take-private|offer|sale) (?:by|from|to) ${PRE}(?<a>${E})`) },
  { name: 'talks-about-offer', cue: cue(`(?:talks|discussions|negotiations) with `), type: 'acquisition', pattern: r(`(?<t>${AGENT})${AG}${AGAP(80)}\\bin (?:early |early-stage |advanced |preliminary |exclusive |detailed )?(?:talks|discussions|negotiations) with ${PRE}(?<a>${E}) (?:about|over|on|regarding|concerning) (?:a |an |the )?(?:possible |potential |proposed )?(?:offer|bid|takeover offer|takeover bid|takeover|sale of (?:the company|itself|the group|the business))\\b(?! (?:for|of) ${E})`) },
  { name: 'talks-about-merger', cue: cue(`(?:talks|discussions|negotiations) with `), type: 'merger', pattern: r(`(?<p>${AGENT})${AG}${AGAP(80)}\\b(?:talks|discussions|negotiations) with ${PRE}(?<p2>${E}) (?:about|over|on|regarding|concerning|for) (?:a |an |the )?(?:possible |potential |proposed |prospective )?(?:combination|merger|tie-up|union)\\b`) },
  { name: 'merge-with', cue: cue(`\\b(?:merge|merging|merged|combine|combining|merger|combination)`), type: 'merger', pattern: r(`(?<p>${AGENT})${AG}${AGAP(80)}\\b(?:merge|merging|merged|combine|combining|merger|combination)(?: agreement| talks| negotiations| discussions| (?:its|their) (?:[\\w-]+ ){0,3}?(?:business(?:es)?|unit|division|operations?|arm|assets))? with ${PRE}(?<p2>${E})`) },
  // (a plural of their kind may stand before the pair: "the merger of cinema chains X and Y")
  // "to vote on the proposed merger between it and X": the speaker and X
  { name: 'merger-between-it-and', cue: cue(`\\b(?:merger|combination) (?:between|of) (?:it|itself) and `), type: 'merger', pattern: r(`(?<p>${AGENT})${AG}${AGAP(120)}\\b(?:merger|combination) (?:between|of) (?:it|itself) and ${PRE}(?<p2>${E})`) },
  { name: 'merger-of', cue: cue(`\\b(?:merger|combination)(?: agreement| talks| negotiations| deal| pact)? (?:of|between) `), type: 'merger', pattern: r(`\\b(?:merger|combination)(?: agreement| talks| negotiations| deal| pact)? (?:of|between) (?:(?:⟨L\\d+⟩ |[a-z][\\w-]* ){0,3}?[a-z][\\w-]*s )?(?<p>${E})${AND}(?<p2>${E})`) },
  // "the Exxon-Mobil merger", "the proposed Harwood/Lindell combination": two names joined before the noun.
  { name: 'joined-names-merger', cue: cue(`(?:merger|combination|tie-up)\\b`), type: 'merger', pattern: r(`(?<p>${E}) ?[-\u2013/] ?(?<p2>${E}) (?:(?:proposed|planned|pending|agreed|completed|\\$?⟨M\\d+⟩|[\\w-]+-dollar) ){0,2}(?:merger|combination|tie-up)\\b`) },
  // "Y raised $50 million in a Series C round led by X (and W)"
  { name: 'funding-led-by', cue: cue(`\\bled by `), type: 'funding_round', pattern: r(`(?<e>${E})${AG}${AGAP(60)}\\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|land(?:s|ed)?|pull(?:s|ed) in|complet(?:e|es|ed|ing)|bag(?:s|ged)?|nab(?:s|bed)?|snag(?:s|ged)?|grab(?:s|bed)?|scor(?:e|es|ed))\\b ${GAP(100)}\\b(?:round|funding|financing|(?<!\\b(?:its|their) )series [a-h])\\b${GAP(60)}\\bled by ${PRE}(?<i>${E})(?:${AND}(?<i2>${E}))?`), list: INVESTOR_LIST },
  // "Y raises $120m led by X": an amount raised that an investor leads is a round, named or not
  { name: 'raised-led-by', cue: cue(`led by `), type: 'funding_round', pattern: r(`(?<e>${E})${AG}${AGAP(60)}\\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed)?|bag(?:s|ged)?|net(?:s|ted)?)\\b (?:an? |another |a further |a fresh |a new )?⟨M\\d+⟩,? (?:in (?:new |fresh )?(?:capital|cash|equity) )?led by ${PRE}(?<i>${E})(?:${AND}(?<i2>${E}))?`), list: INVESTOR_LIST },
  // "The round was led by X, with participation from Y and Z"
  { name: 'round-led-by', cue: cue(`\\bled by `), type: 'funding_round', pattern: r(`(?:\\b(?:round|funding|financing|investment)\\b (?:for|in|of|into) (?<e>${E}) ${GAP(20)}|\\b(?:round|funding|financing|investment round)\\b,? (?:which |that )?(?:values|valued) (?<e2>${E}) at ⟨M\\d+⟩,? ${GAP(20)}|\\b(?:round|funding|financing|investment round)\\b,? ${GAP(30)})\\bled by ${PRE}(?<i>${E})(?:${AND}(?<i2>${E}))?`), list: INVESTOR_LIST },
  // "Backed by X and W, Y has raised $20 million": the backers of a fronted participle fund the round
  { name: 'backed-by-raised', cue: cue(`(?:backed|funded) by `), type: 'funding_round', pattern: r(`^(?:backed|funded) by ${PRE}(?<i>${E})(?:${AND}(?<i2>${E}))?, (?<e>${E})${AG}${AGAP(30)}\\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed)?|clos(?:e|es|ed|ing)|bag(?:s|ged)?)\\b (?:an? )?⟨M\\d+⟩`), list: INVESTOR_LIST },
  // "X led the round, joined by W": the round of the sentences before (joins only)
  // (Also a lead to come: "Pellucid Ventures is expected to lead the round".)
  { name: 'led-the-round', joins: true, cue: cue(`\\b(?:co-)?(?:led|leads?|leading) (?:the|this) `), type: 'funding_round', pattern: r(`(?<i>${AGENT})${AG}${AGAP(30)}\\b(?:co-)?(?:led|leads?|leading) (?:the|this) (?:[\\w-]+ ){0,2}?(?:round|financing|funding|investment)\\b`), list: INVESTOR_LIST },
  // "X led a $50 million round in Y", "X co-led the Series B financing of Y"
  { name: 'led-round-in', cue: cue(`(?:round|investment|financing|funding)(?: round)? (?:in|for|into|of) `), type: 'funding_round', pattern: r(`(?<i>${AGENT})${AG}${AGAP(60)}\\b(?:(?:co-)?(?:led|leads|leading)|backed|funded|joined|participated in)\\b (?:a |an |the )?(?:⟨M\\d+⟩ )?(?:[\\w-]+ ){0,3}?(?:round|investment|financing|funding)(?: round)? (?:in|for|into|of) ${PRE}(?<e>${E})`) },
  // "Y has received an investment from X", "Y secured backing from X"
  // (Also a placement closed with its buyer, as press releases write it: "has closed the previously
  // announced strategic investment by Y", "completed a $74 million private placement with Y".)
  { name: 'investment-from', cue: cue(`(?:(?:investments?|backing|funding|financing|capital injection) from|(?:investments?|backing) by|placements? (?:from|by|with|to)) `), type: 'investment', pattern: r(`(?<e>${AGENT})${AG}${AGAP(60)}\\b(?:receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed)?|won|wins|get(?:s|ting)?|got|attract(?:s|ed)?|announc(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|complet(?:e|es|ed|ing))\\b (?:an? |the )?(?:⟨M\\d+⟩ )?(?:[\\w-]+ ){0,3}?(?:(?:investments?|backing|funding|financing|capital injection) from|(?:investments?|backing) by|placements? (?:from|by|with|to)) ${PRE}(?<i>${E})`) },
  // "X has backed Y with a $15 million investment"
  { name: 'backed-with', cue: cue(`\\bback(?:s|ed|ing)? `), type: 'investment', pattern: r(`(?<i>${AGENT})${AG}${AGAP(40)}\\bback(?:s|ed|ing)? ${PRE}(?<e>${E}) with (?:(?:an? |another |a further )?(?:⟨M\\d+⟩ )?(?:[\\w-]+ ){0,2}?(?:investment|funding|financing|round|injection)\\b|(?:another |a further )?⟨M\\d+⟩(?=[,.;]|$| in | of ))`) },
  // "X participated in Y's $40 million Series B round", "X led Y's latest funding round"
  { name: 'joined-owners-round', cue: cue(`(?:round|financing|funding|raise)\\b`), type: 'funding_round', pattern: r(`(?<i>${AGENT})${AG}${AGAP(40)}\\b(?:(?:co-)?led|participated in|joined|backed|invested in) (?<e>${E})['’]s? (?:latest |new |recent |most recent )?(?:⟨M\\d+⟩ )?(?:[\\w-]+ ){0,3}?(?:round|financing|funding|raise)\\b`) },
  // "X has agreed to subscribe for new shares in Y", "Y will issue new shares worth $N to X"
  { name: 'subscribe-for-shares', cue: cue(`\\bsubscri(?:be|bes|bed|bing|ption) (?:for|to) `), type: 'investment', pattern: r(`(?<i>${AGENT})${AG}${AGAP(40)}\\bsubscri(?:be|bes|bed|bing|ption) (?:for|to) (?:new |additional |newly issued |⟨M\\d+⟩ (?:of |worth of )?|[\\w-]+ ){0,3}?(?:shares|stock|units|equity|convertible (?:notes|bonds))\\b(?: (?:in|of|issued by) ${PRE}(?<e>${E}))?`) },
  { name: 'issue-shares-to', cue: cue(`\\bissu(?:e|es|ed|ing) `), type: 'investment', pattern: r(`(?<e>${AGENT})${AG}${AGAP(40)}\\bissu(?:e|es|ed|ing) (?:new |additional |⟨M\\d+⟩ (?:of |worth of )?|[\\w-]+ ){0,3}?(?:shares|stock|equity|convertible (?:notes|bonds))\\b${GAP(40)}\\bto ${PRE}(?<i>${E})`) },
  // "Y raised $50 million from X, W and Z", "Y has secured $8m in funding from X"
  { name: 'raised-from', cue: cue(`⟨M\\d+⟩`), type: 'funding_round', pattern: r(`(?<e>${AGENT})${AG}${AGAP(60)}\\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed|ing)?|bag(?:s|ged)?|net(?:s|ted)?|pull(?:s|ed)? in|receiv(?:e|es|ed|ing)|get(?:s|ting)?|got)\\b (?:an? |another |a further )?(?:total of )?⟨M\\d+⟩(?: \\(⟨M\\d+⟩\\))?(?: (?:in|of) (?:[\\w-]+ ){0,3}?(?:funding|financing|investment|capital|equity|seed money|venture capital|round)| (?:series [a-h]|seed|pre-seed)(?: (?:round|funding|financing))?)?,? from (?:${PRE}(?<i>${E})|(?:(?:an? )?(?:group|number|host|syndicate|consortium|range) of )?(?:[\\w-]+ ){0,2}?(?:investors|backers)(?:,? (?:that|which|who))? (?:includes?|included|including|such as|like) (?<i3>${E}))`) },
  // "Y now has $28 million in Series B funding", "Y has $8m of new financing"
  { name: 'has-funding', cue: cue(`(?:funding|financing)\\b`), type: 'funding_round', pattern: r(`(?<e>${AGENT})${AG}${AGAP(40)}\\b(?:now )?(?:has|have|had|gets|got|wins|won)\\b (?:a |an |another |a further )?⟨M\\d+⟩ (?:in|of) (?:new |fresh |additional )?(?:(?:series [a-h]|seed|venture|equity|growth|early-stage|late-stage)[\\w-]* )?(?:funding|financing)\\b`) },
  // "Y raised $50 million in new funding", "Y bags $8m investment"
  { name: 'raised-funding', cue: cue(`⟨M\\d+⟩ `), type: 'funding_round', pattern: r(`(?<e>${AGENT})${AG}${AGAP(40)}\\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed)?|bag(?:s|ged)?|net(?:s|ted)?|clos(?:e|es|ed|ing)|pull(?:s|ed)? in|complet(?:e|es|ed|ing)|nab(?:s|bed)?|snag(?:s|ged)?|grab(?:s|bed)?|scor(?:e|es|ed))\\b (?:an? |another |a further )?(?:total of )?⟨M\\d+⟩ (?:in |of )?(?:new |fresh |additional )?(?:[\\w-]+ ){0,3}?(?:funding|financing|round|investment|capital|series [a-h])\\b(?! in ⟨[EO]\\d+⟩)`) },
  // "Y has secured funding of $12 million", "Y landed fresh financing of $5m from X"
  { name: 'funding-of', cue: cue(`(?:funding|financing) of `), type: 'funding_round', pattern: r(`(?<e>${AGENT})${AG}${AGAP(40)}\\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed)?|bag(?:s|ged)?|clos(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|get(?:s|ting)?|got|announc(?:e|es|ed|ing)|complet(?:e|es|ed|ing))\\b (?:an? |the |its )?(?:new |fresh |additional )?(?:(?:series [a-h]|seed|pre-seed|venture|equity|growth)[\\w-]* )?(?:funding|financing) of (?:about |around |roughly |nearly |some |more than |over )?⟨M\\d+⟩`) },
  // "Y today announced $20 million in Series A funding", "Y announced the close of a $20 million seed round"
  // (an announced amount of funding or a round, not of an investment: "announced a $500 million investment in its plant")
  { name: 'announced-funding', cue: cue(`\\bannounc(?:e|es|ed|ing)\\b`), type: 'funding_round', pattern: r(`(?<e>${AGENT})${AG}${AGAP(40)}\\bannounc(?:e|es|ed|ing)\\b (?:(?:that )?(?:it|they) (?:has|have) (?:raised|closed|secured) )?(?:an? |the |its )?(?:(?:close|closing|completion) of (?:an? |its |the )?)?⟨M\\d+⟩ (?:in |of )?(?:new |fresh |additional )?(?:(?:series [a-h]|seed|pre-seed|venture|growth|equity)[\\w-]* )?(?:funding|financing|round)\\b`) },
  // "Y announced a $30 million Series B." (the series alone names the round)
  { name: 'announced-series', cue: cue(`\\bannounc(?:e|es|ed|ing)\\b`), type: 'funding_round', pattern: r(`(?<e>${AGENT})${AG}${AGAP(40)}\\bannounc(?:e|es|ed|ing)\\b (?:an? |its )?⟨M\\d+⟩ (?:series [a-h]|seed|pre-seed)\\b(?! (?:shares|stock|notes|preferred)\\b)`) },
  // "Y has raised $12 million." (the sentence ends at the amount: money a company raised, not a
  // price or a figure of its accounts)
  { name: 'raised-amount', cue: cue(`(?:rais(?:es|ed)|secur(?:es|ed)|land(?:s|ed)|bag(?:s|ged))\\b`), type: 'funding_round', pattern: r(`(?<e>${AGENT})${AG}${AGAP(40)}\\b(?:has |have |had )?(?:rais(?:es|ed)|secur(?:es|ed)|land(?:s|ed)|bag(?:s|ged))\\b (?:an? |another |a further |a fresh |a new )?⟨M\\d+⟩(?:,? (?:bringing|taking|valuing)\\b[^⟨;]{0,60}?(?:⟨M\\d+⟩[^⟨;]{0,20})?)?\\.?$`) },
  { name: 'funding-raised', cue: cue(`\\b(?:series [a-h]\\b|seed|funding|financing|venture)`), type: 'funding_round', pattern: r(`(?<e>${E})${AG}${AGAP(60)}\\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|land(?:s|ed)?|complet(?:e|es|ed|ing))\\b ${GAP(60)}\\b(?:series [a-h]\\b|seed|funding|financing|venture)${GAP(20)}\\b(?:round|funding|financing)\\b`) },
  // "X invested $N in Y", "X made a 2.5 mln dlr equity investment in Y"
  // "Y poured $40 million into X", "injected $1 billion into X": money put into a company is invested in it.
  { name: 'pour-into', cue: cue(`⟨M\\d+⟩ `), type: 'investment', pattern: r(`(?<i>${AGENT})${AG}${AGAP(60)}\\b(?:pour(?:s|ed|ing)?|inject(?:s|ed|ing)?|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|sank|sinks?|pump(?:s|ed|ing)?) (?:a further |another |an additional |a fresh |fresh )?⟨M\\d+⟩ (?:[\\w-]+ ){0,3}?into ${PRE}(?<e>${E})`) },
  // "X bets $30 million on Y" (a headline's investment)
  { name: 'bet-on', cue: cue(`⟨M\\d+⟩ on `), type: 'investment', pattern: r(`(?<i>${AGENT})${AG}${AGAP(40)}\\b(?:bet(?:s|ting)?|wager(?:s|ed|ing)?) (?:a further |another |an additional |a fresh |fresh )?⟨M\\d+⟩ on ${PRE}(?<e>${E})(?=[,.;]|$| (?:as|in|to|with|after|amid|for)\\b)`) },
  { name: 'invest-in', cue: cue(`\\binvest(?:s|ed|ing|ment)?\\b `), type: 'investment', pattern: r(`(?<i>${AGENT})${AG}${AGAP(80)}\\binvest(?:s|ed|ing|ment)?\\b ${GAP(60)}\\bin ${PRE}(?<e>${E})`) },
  // "X licenses its technology to Y", "Y licensed ... from X", "Y gets a licence to X's patents"
  // "X has licensed Y's patents", "X will pay Y up to $900 million for the rights to its drug"
  { name: 'licensed-owners', cue: cue(`\\blicen[cs]ed `), type: 'licensing', pattern: r(`(?<le>${AGENT})${AG}${AGAP(40)}\\blicen[cs]ed (?<lr>${E})['’]s? (?:[\\w-]+ ){0,3}?(?:patents?|technolog(?:y|ies)|drugs?|compounds?|portfolio|platform|software|brands?|trademarks?|intellectual property|IP|know-how|formula|designs?)\\b`) },
  { name: 'pay-for-rights', cue: cue(`\\bfor (?:the )?(?:exclusive |worldwide |global |[\\w-]+ )?(?:rights|licen[cs]e) to `), type: 'licensing', pattern: r(`(?<le>${AGENT})${AG}${AGAP(40)}\\b(?:pay|pays|paid|paying) ${PRE}(?<lr>${E})${GAP(60)}\\bfor (?:the )?(?:exclusive |worldwide |global |[\\w-]+ )?(?:rights|licen[cs]e) to `) },
  { name: 'license-to', cue: cue(`\\b(?:licen[cs](?:e|es|ed|ing)|grant(?:s|ed|ing)?|out-licens(?:e|es|ed|ing))\\b `), type: 'licensing', pattern: r(`(?<lr>${AGENT})${AG}${AGAP(60)}\\b(?:licen[cs](?:e|es|ed|ing)|grant(?:s|ed|ing)?|out-licens(?:e|es|ed|ing))\\b ${GAP(80)}(?<!\\brights? )\\bto (?!(?:develop|sell|market|commerciali[sz]e|manufacture|make|use|produce|distribute|co-develop|co-promote|promote|research)\\b)${PRE}(?<le>${E})`) },
  { name: 'license-from', cue: cue(`\\b(?:licen[cs](?:e|es|ed|ing)|in-licens(?:e|es|ed|ing)|(?:obtain|acquir|secur)(?:e|es|ed|ing) (?:the )?(?:exclusive )?(?:worldwide )?(?:rights|licen[cs]e))\\b `), type: 'licensing', pattern: r(`(?<le>${AGENT})${AG}${AGAP(60)}\\b(?:licen[cs](?:e|es|ed|ing)|in-licens(?:e|es|ed|ing)|(?:obtain|acquir|secur)(?:e|es|ed|ing) (?:the )?(?:exclusive )?(?:worldwide )?(?:rights|licen[cs]e))\\b ${GAP(80)}\\bfrom ${PRE}(?<lr>${E})`) },
  // "X landed the global rights to the comedy (from Y)", "X acquired the US rights to the drug"
  { name: 'rights-to', cue: cue(`rights (?:to|for) `), type: 'licensing', pattern: r(`(?<le>${AGENT})${AG}${AGAP(60)}\\b(?:land(?:s|ed)?|won|wins|secur(?:e|es|ed)|acquir(?:e|es|ed)|obtain(?:s|ed)?|bought|buys|picked up|picks up|gain(?:s|ed)?|licens(?:e|es|ed)) (?:the )?(?:exclusive )?(?:[\\w-]+ ){0,3}?rights (?:to|for) (?:(?:[a-z][\\w-]* ){0,4}(?<lr2>${E})['’]s? |${GAP(100)}\\bfrom ${PRE}(?<lr>${E}))?`) },
  { name: 'licensing-deal-with', cue: cue(`\\blicen[cs](?:e|ing) `), type: 'licensing', pattern: r(`(?<p>${E})${GAP(200)}\\blicen[cs](?:e|ing) (?:and (?:\\w+ ){1,2})?(?:agreement|deal|pact|partnership) with ${PRE}(?<p2>${E})`) },
  // "X and Y formed a partnership", "X partnered with Y", "an agreement with Y"
  { name: 'partnership-pair', cue: cue(`\\b(?:partnership|alliance|collaboration|collaborat(?:e|es|ing)|revenue[- ]sharing (?:agreement|deal|pact)|strategic agreement|tie-up|tie up|team(?:s|ed|ing)? up|join(?:s|ed|ing)? forces)\\b`), type: 'partnership', pattern: r(`${PAIR('p', 'p2')}${GAP(100)}\\b(?:partnership|alliance|collaboration|collaborat(?:e|es|ing)|revenue[- ]sharing (?:agreement|deal|pact)|strategic agreement|tie-up|tie up|team(?:s|ed|ing)? up|join(?:s|ed|ing)? forces)\\b`) },
  { name: 'partnership-with', cue: cue(`(?:partnership|alliance|collaboration|partnered|partners|partnering|tie-up|tie up|team(?:s|ed|ing)? up|join(?:s|ed|ing)? forces|revenue[- ]sharing (?:agreement|deal|pact)) with `), type: 'partnership', pattern: r(`(?<p>${AGENT})${AG}${AGAP(80)}\\b(?:partnership|alliance|collaboration|partnered|partners|partnering|tie-up|tie up|team(?:s|ed|ing)? up|join(?:s|ed|ing)? forces|revenue[- ]sharing (?:agreement|deal|pact)) with ${PRE}(?<p2>${E})`) },
  // "X moves its stores to the cloud with Y partnership" (a headline), "in a tie-up with Y"
  { name: 'with-partnership', cue: cue(` (?:partnership|alliance|tie-up|collaboration)\\b`), type: 'partnership', pattern: r(`(?<p>${AGENT})${AG}${AGAP(80)}\\bwith ${PRE}(?<p2>${E})${POSS} (?:partnership|alliance|tie-up|collaboration)\\b`) },
  // A licensor that grants rights to a named licensee: "X has authorized Y the exclusive rights to develop"
  { name: 'grant-rights', cue: cue(`(?:rights|licen[cs]e)\\b`), type: 'licensing', pattern: r(`(?<lr>${AGENT})${AG}${AGAP(60)}\\b(?:grant(?:s|ed|ing)?|authori[sz](?:e|es|ed|ing)|award(?:s|ed|ing)?|gave|giv(?:e|es|en|ing))\\b ${PRE}(?<le>${E}) (?:the |an? )?(?:[\\w-]+ ){0,3}(?:rights|licen[cs]e)\\b`) },
  // A fallback, tried on a sentence only when no other rule reads it: an agreement of no more
  // specific kind ("X signed a five-year agreement with Y", "an agreement to use Y's cloud"); a
  // contract, or an agreement to supply, lease, lend or settle, is business, not a deal
  { name: 'agreement-with', fallback: true, cue: cue(`(?:agreements?|deal|pact|accord|memorandum of understanding|mou) (?:with|to use) `), type: 'partnership', pattern: r(`(?<p>${AGENT})${AG}${AGAP(60)}\\b(?:signed|signs|sign|signing|reached|reaches|entered into|enters into|inked|inks|struck|strikes|agreed|announced)\\b (?:an? |the )?(?:(?!(?:supply|sales|purchase|purchasing|service|services|lease|leasing|loan|credit|settlement|employment|consulting|labou?r|wage|plea|tax|trade)\\b)[\\w-]+ ){0,3}?(?:agreements?|deal|pact|accord|memorandum of understanding|mou) (?:with|to use) ${PRE}(?<p2>${E})`) },
  // "X and Y signed a memorandum of understanding": two named sides of an agreement of no stated kind
  { name: 'pair-licence', cue: cue(`licen[cs](?:e|ing) agreement`), type: 'licensing', pattern: r(`${PAIR('p', 'p2')}${GAP(30)}\\b(?:signed|sign|inked|struck|reached|entered into|enter into|have agreed|agreed on|(?:today |jointly )?announced|announce) (?:an? |the |their )?(?:[\\w-]+ ){0,2}?licen[cs](?:e|ing) agreement`) },
  { name: 'pair-signed', fallback: true, cue: cue(`(?:agreements?|deal|pact|accord|memorandum of understanding|mou)\\b`), type: 'partnership', pattern: r(`${PAIR('p', 'p2')}${GAP(30)}\\b(?:signed|sign|inked|struck|reached|entered into|have agreed|agreed on) (?:an? |the )?(?:[\\w-]+ ){0,3}?(?:agreements?|deal|pact|accord|memorandum of understanding|mou)\\b`) },
  // Unnamed other side, last: "X sold its subsidiaries engaged in pipeline operations",
  // "X agreed to purchase an 80 pct interest in a privately-held plastics company"
  { name: 'sell-unnamed', cue: cue(`${SELL}\\b `), type: 'divestiture', pattern: r(`(?<s>${AGENT})${AG}${AGAP(60)}\\b${SELLS}\\b (?:${TGAP(40)}(?:${ASSETS_OF('t10', 't11')}|${NOT_CHANNEL}(?<t>${E})|${UNIT}|${UNNAMED})|(?<tu9>(?!(?:the|a|an|its|their|his|her|our|this|that)\\b|[a-z]+ (?:of|to|for)\\b)${ASSET_NP})(?= to\\b| for\\b|,|$))(?:,? (?:the )?(?<t5>${E})(?:,| \\(|$))?`) },
  // "A court approved the sale of Y to W", "shareholders backed the sale of the company to W": Y, or
  // the company of the sentence's subject, is bought
  { name: 'sale-of-named-to', cue: cue(`\\b(?:sale|divestiture|divestment|disposal) of `), type: 'acquisition', pattern: r(`(?:(?<t2>${AGENT})${AG}${AGAP(80)})?\\b(?:sale|divestiture|divestment|disposal) of (?:${PRE}(?<t>${E})|(?:the company|itself|the business|the firm|the group)) to ${BUYER('a')}`) },
  // "X has found a buyer for its packaging unit: W"; "X carved out its packaging unit and sold it to
  // W"; "X exits packaging with $400 million sale to W"
  { name: 'found-buyer-for', cue: cue(`\\bfound a (?:buyer|purchaser) for `), type: 'divestiture', pattern: r(`(?<s>${AGENT})${AG}${AGAP(40)}\\bfound a (?:buyer|purchaser) for (?:its|their) (?<tu>${ASSET_NP})\\b(?:[:,]| in| -| —) ${BUYER('a')}`) },
  { name: 'sold-it-to', cue: cue(` it to `), type: 'divestiture', pattern: r(`(?<s>${AGENT})${AG}${AGAP(60)}\\b(?:its|their) (?<tu>${ASSET_NP})\\b[^⟨;]{0,60}?(?:,|\\band) (?:then |later |has |had |will )?(?:sold|selling|sells|sell|offloaded|offloading) it to ${BUYER('a')}`) },
  { name: 'exits-with-sale', cue: cue(`sale to `), type: 'divestiture', pattern: r(`(?<s>${AGENT})${AG}${AGAP(20)}\\bexit(?:s|ed|ing)? (?<tu>[\\w-]+(?: [\\w-]+){0,2}?) (?:with|via|through|in) (?:an? |the |its )?(?:⟨M\\d+⟩ |[\\w-]+-dollar )?(?:[\\w-]+ ){0,2}?sale to ${BUYER('a')}`) },
  { name: 'sale-of', cue: cue(`\\b(?:sale|divestiture|divestment|disposal|disposition|spin-off)`), type: 'divestiture', pattern: r(`(?<s>${AGENT})${AG} ${AGAP(60)}\\b(?:sale|divestiture|divestment|disposal|disposition|spin-off)(?:, [^⟨,;]{0,20}(?:⟨M\\d+⟩)?[^⟨,;]{0,20},)? of (?:its |their )?(?:${ASSETS_OF('t10', 't11')}|(?<t>${E})|${UNIT}|${UNNAMED})(?:,? (?:the )?(?<t5>${E})(?:,| \\(|$))?`) },
  { name: 'acquire-unnamed', cue: cue(`${ACQUIRE}\\b `), type: 'acquisition', majority: 'acquisition', pattern: r(`(?<a>${AGENT})${AG}${AGAP(80)}\\b${NOT_PASSIVE}${ACQUIRE}\\b ${GAP(50)}(?<!, )${UNNAMED}${SELLER_FROM}`) },
];

/**
 * Side roles: parties that serve a deal without being on either side of it (advisers, lenders).
 * An entity found here is never taken as a buyer, seller or target.
 */
export const SIDE_RULES: { role: Role; cue: RegExp; pattern: RegExp }[] = [
  { role: 'advisor', cue: cue(`(?:advis[eo]rs?|counsel|bankers?)\\b`), pattern: r(`(?<x>${E})(?: & Co\\.?)?${GAP(20)}\\b(?:is|was|are|were|acted|acting|served|serving|will act|will serve)\\b (?:as )?(?:the |its |their |a |an )?(?:(?!(?:with|alongside|hiring|hired|appointing|appointed)\\b)[\\w-]+ ){0,2}(?:advis[eo]rs?|counsel|bankers?)\\b`) },
  { role: 'advisor', cue: cue(`(?:bankers?|advis[eo]rs?|counsel|lawyers?)`), pattern: r(`\\b(?:its|their|the company's) (?:[\\w-]+ ){0,2}(?:bankers?|advis[eo]rs?|counsel|lawyers?)(?:, (?<x>${E}),| (?<x2>${E}))`) },
  { role: 'advisor', cue: cue(`\\b(?:advised|represented|counseled|counselled) by `), pattern: r(`(?<!\\b(?:funds?|vehicles?|entities|affiliates|accounts) )\\b(?:advised|represented|counseled|counselled) by (?:the law firm |investment bank )?(?<x>${E})(?:${GAP(20)}(?:,? and |,? & )(?:the law firm |investment bank )?(?<x2>${E}))?`) },
  { role: 'advisor', cue: cue(`\\b(?:retained|hired|engaged|appointed|tapped|named) `), pattern: r(`\\b(?:retained|hired|engaged|appointed|tapped|named) (?<x>${E})${GAP(30)}\\b(?:to (?:advise|assist|help|act|represent|explore|manage|find|seek)|as (?:[\\w-]+ ){0,2}advis)`) },
  { role: 'advisor', cue: cue(` (?:advised|advises|is advising|are advising|was advising|acted for|represented|counseled|counselled)\\b`), pattern: r(`(?<x>${E})(?: & Co\\.?)?(?:,${GAP(40)},)? (?:advised|advises|is advising|are advising|was advising|acted for|represented|counseled|counselled)\\b`) },
  { role: 'lender', cue: cue(`\\b(?:loans?|financing|credit|facility|bridge loan|debt)\\b `), pattern: r(`(?!(?:loans?|financing|credit|facility|bridge loan|debt) (?:cards?|accounts?|receivables|portfolios?|business|businesses|unit|operations|union|insurer|bureau)\\b)\\b(?:loans?|financing|credit|facility|bridge loan|debt)\\b ${GAP(60)}(?<!\\b(?:participation|investment|investors?|equity|led|backing) )\\bfrom (?:a (?:group|syndicate) of banks led by |banks led by |a syndicate led by )?(?<x>${E})`) },
  // (Not "committed" or "arranged" as a word of the financing: "It has secured committed financing of
  // $1.5 billion"; nor financing "from" others: "X said it had arranged committed financing from two
  // banks": the company is the borrower.)
  { role: 'lender', cue: cue(`\\b(?:provided|provides|will provide|arranged|committed|is providing|has committed)\\b `), pattern: r(`(?<x>${E})${GAP(30)}(?<!\\b(?:secured|obtained|received|arranged|has|have|had|with|fully|firmly|the|its|their|in|of) )\\b(?:provided|provides|will provide|arranged|committed|is providing|has committed)\\b ${GAP(40)}\\b(?:financing|loans?|bridge|credit|facility)\\b(?! from\\b)`) },
];

const HOLDERS = '(?:common |public )?(?:share|stock)holders?';
/** Who is bought in a merger, read from what shareholders get: "each X shareholder will receive 1.2
 * shares of Y" (X is bought, Y buys), "X shareholders would have a 25 pct stake in the combined
 * company", "holders of X would get 0.8 share of Y", "each share of X will be converted into six
 * dlrs", "Y will issue two mln shares to X shareholders", "X said its stock now represents the right
 * to receive 20 dlrs" (X is bought); and who survives it: "Y said it will be the surviving
 * corporation" (Y buys). When both sides' holders are paid (a merger of equals), no side is read. */
const GETS = '(?:will|would|are to|shall|to|are expected to) (?:[^.;⟨]{0,60}? and (?:will |would )?)?(?:receive|get|be paid)\\b';
export const MERGER_SIDES: RegExp[] = ([
  new RegExp(`(?<t>${E})(?:'s?)? ${HOLDERS} ${GETS}(?:${GAP(80)}\\b(?:shares?|stock) of (?:the )?(?<a>${E}))?`, 'i'),
  new RegExp(`\\b(?:common |public )?(?:share|stock)?holders of (?:the )?(?<t>${E}) ${GETS}(?:${GAP(80)}\\b(?:shares?|stock) of (?:the )?(?<a>${E}))?`, 'i'),
  new RegExp(`\\beach (?:outstanding )?(?:common )?share of (?:the )?(?<t>${E})(?:'s)?(?: common| outstanding)*(?: stock)?${GAP(80)}\\b(?:will|would|is to|shall) be (?:converted|exchanged) into\\b`, 'i'),
  new RegExp(`(?<a>${AGENT})${GAP(40)}\\b(?:will|would|is to|shall) (?:be|remain) the surviving (?:corporation|company|entity)\\b`, 'i'),
  new RegExp(`(?<a>${AGENT})${GAP(80)}\\b(?:will|would|to|shall) issue\\b${GAP(80)}\\bto (?:the )?(?<t>${E})(?:'s?)? ${HOLDERS}\\b`, 'i'),
  new RegExp(`(?<t>${AGENT})(?:'s?)?${GAP(100)}\\bits (?:common )?(?:stock|shares) (?:now |will )?(?:represents?|be converted into|(?:is|are|were) converted into) the right to receive\\b`, 'i'),
]).map((re) => new RegExp(re.source, 'gi'));
