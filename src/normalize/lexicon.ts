/**
 * Vocabularies of the normalize stage, as data: status cues, value cues, and the phrases that
 * mark a stated value as not being the deal's own.
 */
import type { DealStatus, DealType } from '../schema/index.js';

const r = (src: string) => new RegExp(src, 'i');
/** A word between a cue's words: also a figure or its conversion ("the £4bn ($5.51bn) takeover"). */
const W = "(?:[\\w$£€¥%()'’-]+(?:[.,][\\w)]+)* )";
const DEALNOUN = '(?:acquisition|purchase|merger|sale|deal|transaction|takeover|combination|buyout|divestiture|agreement|offer|bid|tie-up|joint venture|partnership)';

/** Before a cue: the act is only threatened, possible or to come, not done. */
const NOT_YET = '(?<!\\b(?:will|would|may|might|could|can|cannot|not|threaten(?:s|ed|ing)? to|right to|option to|able to|seeks? to|sought to) )';

/** Status cues in order of precedence: the first status with a cue in the deal's sentences wins. */
export const STATUS_CUES: { status: Exclude<DealStatus, null>; pattern: RegExp }[] = [
  {
    status: 'terminated',
    // Not what is only threatened, possible or to come ("threatened to terminate the merger", "will
    // terminate its agreement", "may call off the deal"): NOT_YET before the cue.
    pattern: r(`\\b${NOT_YET}(?:terminat(?:e|es|ed|ing) (?:(?:the|its|their) )?${W}{0,2}${DEALNOUN}|${DEALNOUN} ${W}{0,4}?(?:was|were|has been|had been|is|have been) ${W}?(?:terminated|scrapped|abandoned|cancell?ed|called off|collapsed|dropped|blocked)|call(?:s|ed)? off|walk(?:s|ed)? away from|abandon(?:s|ed)? (?:the|its|their) ${W}{0,2}${DEALNOUN}|scrap(?:s|ped)? (?:the|its|their) ${W}{0,2}${DEALNOUN}|(?:break-?up|termination) fee (?:will be|was|is) (?:paid|payable)|${DEALNOUN} ${W}{0,6}?(?:collapsed|fell through|fell apart)|blocked (?:the |its |their |a )?${W}{0,4}${DEALNOUN}|(?:drop(?:s|ped)?|gave up|give(?:s|n)? up|abandon(?:s|ed)?)(?: on)? (?:(?:its|the|their|his|her) )?${W}{0,2}(?:bid|offer|pursuit|proposal|approach|interest|attempts?|efforts?|plans?)|pull(?:s|ed)? out of|walked away|(?:end(?:s|ed)?|broke off|break(?:s)? off|withdr(?:ew|awn|aws?|awing)(?: from)?) (?:the |its |their |his |her |all |further )?${W}{0,2}(?:talks|negotiations|discussions|proposal|offer|bid)|terminated)\\b`),
  },
  {
    status: 'completed',
    pattern: r(`\\b(?:(?:has |have )?announced (?:the|its) (?:purchase|acquisition) of|(?:announc|confirm)(?:ed|es|e|ing) the (?:successful )?(?:completion|closing|close|consummation) of|(?:has |have )?(?:made|makes|completed|closed|announced|announces) (?:an? |its |their )?${W}{0,3}investment (?:in|from)|(?:received|secured|landed|won|got) (?:an? |the )?${W}{0,3}(?:investment|funding|financing|backing) from|${DEALNOUN} ${W}{0,6}?(?:closed|completed)(?= on | in | last | this | earlier | today| yesterday|[,.;]|$)|(?:completed|closed|finali[sz]ed|consummated) (?:the|its|their|his|her|a) ${W}{0,3}${DEALNOUN}|(?:completes|closes|finali[sz]es|consummates) (?:the |its |their |a )?${W}{0,3}${DEALNOUN}|${DEALNOUN} (?:of|by|between|with) ${W}{1,6}?(?:was|has been|had been|were) ${W}?(?:completed|closed|consummated|finali[sz]ed)|${DEALNOUN} ${W}{0,2}(?:was|has been|had been|is now|were) ${W}?(?:completed|closed|consummated|finali[sz]ed)|${DEALNOUN} with ${W}{1,4}?(?:was|has been|had been|were) ${W}?(?:completed|closed|consummated|finali[sz]ed)|now (?:a )?(?:wholly[- ]owned|part of)|(?:said (?:it|they|he|she) |(?:it|they) )(?:has |have |had )?(?:acquired|purchased|bought|sold|took over|completed|closed|finali[sz]ed)|(?:has|have) (?:acquired|purchased|bought|sold|taken over|completed|closed|finali[sz]ed)|completed (?:the |its |their )?(?:previously[- ]announced |proposed |planned )?${W}{0,2}(?:sale|disposition|acquisition|purchase|merger|plan|agreement|reduction|divestiture|transaction)|(?:has|have|had) been (?:acquired|purchased|bought|sold|taken over)|(?:(?:has|have|had) (?:gained|taken|assumed|won)|took|gained|assumed|won) (?:full |majority |outright |operational |effective |complete |total )?control of|(?:were|was|have been|has been) tendered|(?:acquired|purchased|bought|sold) (?:a |an |the |its |his |her |their )?${W}{0,4}?(?:stake|shares|interest|portion|unit|business|assets|plant|division|holding)|sold [\\d,.]+ ${W}{0,4}?shares|(?:has|have|had) raised|closed (?:a|an|its|the) ${W}{0,3}(?:round|financing|series [a-h]\\b)|(?:raised|lowered|increased|reduced|cut|boosted|lifted|trimmed) (?:its|his|her|their) (?:stake|holding|shareholding|interest)|(?:said|says) (?:it|they|he|she) (?:had )?(?:bought|acquired|purchased|sold) (?:[\\d,.]+ |an? |the )?${W}{0,3}?(?:shares|stake|interest|stock))\\b`),
  },
  {
    status: 'revised',
    pattern: r(`\\b(?:revis(?:ed|es|ing) (?:the |its |their )?${W}{0,2}(?:${DEALNOUN}|terms)|revamp(?:s|ed|ing)?|redefin(?:e|es|ed|ing)|restructur(?:e|es|ed|ing) (?:the|its|their) ${W}{0,2}${DEALNOUN}|amend(?:s|ed|ing)? (?:the |its |their )?${W}{0,2}(?:${DEALNOUN}|terms)|sweeten(?:s|ed|ing)?|renegotiat(?:e|es|ed|ing)|(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|improv(?:e|es|ed|ing)|up(?:s|ped)?|hik(?:e|es|ed)) (?:(?:its|the|their) )?${W}{0,2}(?:offer|bid)|revised (?:offer|bid|proposal|agreement)|(?:offer|bid|proposal|agreement|terms)s? ${W}{0,8}?(?:had been|has been|have been|was|were) (?:amended|revised|sweetened|improved)|(?:a |the )?revision (?:to|of) (?:the |its |their |an? |one of )${W}{0,4}(?:offer|bid|proposal|agreement|terms)s?)\\b`),
  },
  {
    status: 'agreed',
    pattern: r(`\\b(?:${DEALNOUN} ${W}{0,6}?(?:will|would|should) (?:close|complete|be completed|be finali[sz]ed)|agreed to (?:a|an|the) ${W}{0,4}(?:takeover|buyout|deal|merger|sale|acquisition)\\b|(?:entered|enter|enters) (?:into )?(?:an? )?${W}{0,2}(?:agreement|collaboration|partnership|alliance)|(?:has|have|had|signed|reached|announced) an? ${W}{0,2}agreement|agreement (?:to|for|under which) |approved the ${W}{0,2}(?:acquisition|merger|sale|purchase)|(?:wins|won|gets|got|receives|received|secures|secured|gains|gained) (?:the )?(?:regulatory |antitrust |shareholder |final |government )?(?:approval|nod|green light|go-ahead|clearance) (?:to|for)|(?:accepted|accepts) ${W}{1,3}?(?:offer|bid|proposal)|(?:received|receives|won|wins|secured|secures|obtained|obtains|gained|gains) (?:all |final |the )?(?:necessary |required )?(?:regulatory|antitrust|shareholder|stockholder|government|competition|final|court) (?:and (?:[\\w-]+ )?)?(?:approvals?|clearance|consent|backing)|(?:approved|approves|cleared|clears|cleared the way for|clears the way for|paving the way for|paves the way for|paved the way for) (?:the |its |their |[\\w-]+['’]s )?${W}{0,4}?(?:acquisition|merger|sale|purchase|takeover|deal|buyout|to (?:buy|acquire|take over|merge))|(?:shareholders|stockholders|holders|boards?|directors) ${W}{0,4}(?:approved|backed|voted for|endorsed)|(?:has |have )?accepted (?:its|the|a|an) ${W}{0,3}(?:offer|bid|proposal|takeover|buyout)|agree+(?:s|d|ing)? ${W}{0,3}?to (?:acquire|buy|sell|merge|combine|form|invest|license|licence|purchase|take|pay|be acquired|be bought|be taken (?:over|private)|be sold|be purchased|a )|(?:definitive|merger|purchase|sale|share purchase|licen[cs]e|licensing|joint venture|partnership) agreement|(?:signed|sign|signs|executed|entered into|enter into|struck|strike|reached) (?:a |an )?${W}{0,3}(?:agreement|deal|pact|accord)|(?:will|to|agreed to|plan to|plans to) (?:form|create|set up|establish|launch) (?:a |an )?${W}{0,3}joint venture|agreed in principle|agreement in principle|(?:has|have) agreed|will acquire|will buy|will merge|will invest|(?:is|are) to (?:buy|acquire|purchase|sell|merge|take over|invest)|to be acquired|will be acquired|(?:formed|forms?|forming|launched|launch(?:es)?|signed|signs?|unveiled|announced|announces?|struck|strikes?|sealed) (?:an? |the |their |its )?${W}{0,3}(?:partnership|alliance|joint venture|collaboration|tie-up)|(?:are|is) (?:forming|creating|setting up|establishing) ${W}{0,3}joint venture|team(?:s|ed)? up with|teaming up|join(?:s|ed)? forces|partner(?:s|ed)? with|would (?:acquire|buy|purchase)|(?:is|are) (?:buying|acquiring|purchasing|selling|investing|taking (?:a|an|its|full|majority|control))|will become (?:a |an )?(?:wholly[- ]owned |indirect |direct )?(?:subsidiary|unit|division|part) of|(?:struck|strikes?|sealed|seals?|inked|inks?|clinched|clinches) (?:a |an )?${W}{0,5}(?:deal|agreement|pact)|agree[sd]? (?:a|an|the) ${W}{0,4}(?:takeover|offer|deal|merger|sale|acquisition|bid|terms)|(?:won|wins|clinch(?:es|ed)) (?:the |a )?${W}{0,2}(?:battle|race|contest|auction|fight|tussle|bidding war) (?:for|to))\\b`),
  },
  {
    // A headline's "X to buy Y": names, then the infinitive (case-sensitive: "The company plans to
    // buy" is no headline; "Acme Said to Buy" reports a rumour).
    status: 'agreed',
    pattern: /^(?:(?!(?:Said|Reportedly|Plans?|Seeks?|Wants?|Considers?|Weighs?|Eyes|Mulls?|Looks?|Aims?|Hopes?|Set)\b)[\p{Lu}\d][\p{L}\d&'’.-]*,? (?:(?:and|&) )?){1,6}[Tt]o (?:[Bb]uy|[Aa]cquire|[Pp]urchase|[Ss]ell|[Mm]erge|[Tt]ake [Oo]ver|[Ii]nvest|[Tt]ake (?:a |[Aa] )?(?:[\w%-]+ )?[Ss]take|[Ff]orm|[Cc]reate|[Ss]et [Uu]p)\b/u,
  },
  {
    status: 'rumored',
    pattern: r(`\\b(?:people (?:familiar|close|briefed|with knowledge)|(?:according to|responding to|citing|following|after) (?:a |an |the )?${W}{0,2}(?:report|reports|media speculation|press speculation|speculation)|(?:according to|citing) (?:people|sources|persons|unnamed)|sources (?:said|say|told)|reportedly|is said to be|are said to be|rumou?r(?:s|ed)?|speculation|denie[sd]|deny(?:ing)?|declined to comment on (?:the )?(?:report|speculation|rumou?rs)|(?:is|are|was|were) (?:exploring|considering|weighing) (?:a |an )?(?:sale|bid|offer|deal|merger|acquisition|options))\\b`),
  },
  {
    status: 'proposed',
    pattern: r(`\\b(?:(?<!\\b(?:no|not|never|denied|denies|deny) )(?:plans?|planned|planning|intends?|intended|intending|seeks?|sought|seeking|wants?|wanted|aims?|aimed) to (?:acquire|buy|purchase|take over|merge with)\\b|(?:nearing|near|close to|closing in on) (?:an? )?(?:deal|agreement|takeover|acquisition)\\b|offer(?:s|ed|ing)? to (?:acquire|buy|purchase|take over|take|merge)|(?:unsolicited|hostile|takeover|cash|all-cash|tender|buyout|rival|competing|revised)? ?(?:offer|bid|proposal|approach) (?:for|from|to acquire|to buy)|tender offer|letter of intent|(?:in|entered|entered into|holding|held) (?:advanced |exclusive |preliminary )?(?:talks|negotiations|discussions)|proposed ${W}{0,2}${DEALNOUN}|propos(?:e|es|ed|ing) to (?:acquire|buy|merge|combine)|(?:made|makes|submitted|launched|launches) (?:a|an) ${W}{0,2}(?:offer|bid|proposal|approach)|approach(?:ed)? ${W}{0,2}about|interested in (?:buying|acquiring)|intends? to (?:pursue|acquire|buy|boost|raise|increase|seek)|extend(?:s|ed|ing)? (?:its|the) ${W}{0,2}offer|(?:has|have) bid|started negotiations|seeking to (?:buy|acquire|sell)|(?:will|would|plans? to|intends? to) offer (?:to (?:buy|acquire|purchase)|[\\d$£€]|one|two|three|four|five|cash|shares|stock)|(?:will|would|plans? to|intends? to) (?:make|launch) an? (?:[\\w-]+ )?(?:offer|bid)\\b|consider(?:s|ing)? (?:acquiring|buying|purchasing|selling|merging|a (?:sale|merger|bid|takeover|buyout))|(?:intent|intention) to (?:acquire|buy|purchase|merge|sell|make an offer)|memorandum of understanding|\\bmou\\b|strategic (?:alternatives|options),? including|to explore (?:a |the |its )?(?:possible |potential )?sale|with (?:potential|possible|prospective) (?:buyers|bidders|acquirers|suitors)|(?:explor|weigh|mull|evaluat|stud(?:y|i))(?:e|es|ed|ing|s)? (?:a |an )?(?:possible |potential )?(?:takeover|bid|offer|acquisition|merger|buyout) (?:of|for|with)|(?:buyout|takeover|merger|acquisition) (?:proposal|offer|bid)s?|received ${W}{0,3}(?:proposals?|offers?|bids?|approach(?:es)?)|(?:talks|negotiations|discussions) (?:are|were|is|was) (?:continuing|under way|underway|progressing))\\b`),
  },
];

/** A deal still to close: it outranks a done verb in the same story ("has sold its brand ... The sale
 * is expected to be completed in March" is agreed). facts.ts tries it before STATUS_CUES. */
export const PENDING_CUE: { status: 'agreed'; pattern: RegExp } = {
  status: 'agreed',
  pattern: r(`\\b${DEALNOUN} ${W}{0,6}?(?:is|are) (?:still |now )?(?:expected|scheduled|due|set) to (?:close|complete|be completed|be closed|be finali[sz]ed)\\b`),
};

/** Phrases just before an amount that make it the deal's price or size. */
export const VALUE_CUE = /\b(?:for|(?:offer|bid|proposal)s?\b[^.;$€£¥]{0,60}?\bto|price (?:is|was|would be|will be)|valu(?:e|ed|ing|es) (?:[\w&.,'’-]+ ){0,5}?at|worth|price of|priced at|total(?:ling|ing)? (?:of )?|consideration of|deal of|transaction of|raised|raises|raising|secured|invest(?:ed|s|ing)?|investment of|paid|pay|paying|offer of|bid of|(?:a|an) (?:\w+ ){0,2}(?:deal|transaction|acquisition|purchase|offer|bid|round)(?: valued)? (?:at|of|worth)|sum of|including debt,?|enterprise value of|(?:a|per) share\b[^.;]{0,30}\bor)(?:\s+(?:a|an|the|combined|total|of|about|some|another|additional|further|roughly|nearly|approximately|around|proposed|aggregate|cost|overall|estimated|initial|cash|little|bit|just|only|slightly|well))*\s*$/i;

/** Phrases before an amount that make it something else: results, market figures, older deals. */
export const NOT_VALUE_CUE = /\b(?:revenues?|sales|turnover|profits?|earnings|net income|income|loss(?:es)?|ebitda|debt of|market (?:value|capitali[sz]ation|cap)|annual|a year|per year|fees?|dividend|costs?|spending|budget|valuation of|valued the company at|valuing the company at|at a valuation of|post-money|pre-money|break-?up fee of|termination fee of|milestones?|royalt(?:y|ies)|upfront payment of|up to)\s*(?:\w+\s+){0,3}$/i;

/** The value was not disclosed. */
export const UNDISCLOSED = /\b(?:undisclosed|(?:did|do|does|would) not disclose|(?:were|was|are|is|have not been|has not been) not (?:disclosed|released|made public)|not disclosed|declined to (?:disclose|reveal|give)|terms of the (?:\w+ )?(?:deal|transaction|agreement) were not|no (?:value|price|financial terms?) (?:was|were|has been|had been) (?:put|placed|given|disclosed|attached))\b/i;

/** Negation that turns a term off ("will no longer pay", "no longer exclusive"). */
export const NEGATION = /\b(?:no longer|not|never|n't|cease[sd]? to|ceasing to|won't|will not|no more|non-?|rejected|rebuffed|turned down|refused)(?:\s+[\w'’-]+){0,4}\s*$/i;

/** Deal types whose value is a price; others take a value only from an explicit "valued at". */
export const PRICED_TYPES: ReadonlySet<DealType> = new Set(['acquisition', 'merger', 'divestiture', 'investment', 'funding_round', 'stake_change', 'joint_venture', 'licensing']);

/** Words just after an amount that make it the deal's price ("$2.1 billion takeover"). */
export const VALUE_AFTER_CUE = /^\s*(?:\([^()]{1,30}\)\s*)?(?:[\w-]+\s+){0,3}?(?:takeover|acquisition|deal|merger|purchase|buyout|offer|bid|transaction|sale|tender offer|investment|financing|funding round|funding|round|series [a-h]|pursuit|proposal|approach|combination|tie-up|swoop)\b/i;

/** A date's own words that state its year ("1985", "'85", "last year", "two years ago"). */
export const STATES_YEAR = /(?:\b\d{4}\b|'\d{2}\b|\byears?\b)/i;

/** After a year: the results it names ("1986 net profit", "1985 fourth-quarter results"). */
export const RESULTS_AFTER = /^ (?:(?:first|second|third|fourth|fiscal|full|net|operating|pretax|pre-tax|annual|[\w-]+-quarter|[\w-]+-year|year-end) )*(?:profits?|earnings|results|revenues?|sales|loss(?:es)?|income)\b/i;
