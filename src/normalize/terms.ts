/**
 * Term rules: the terms a deal article states (revenue share, licence, exclusivity, stake, cap,
 * investment, valuation, cloud/provider rights, ...). Each rule has a cue over the sentence
 * sketch, optional role patterns whose named groups are party slots, and options. Rules are
 * tried in order; each kind is taken at most once per sentence.
 *
 * Role group names: payer payee lr(licensor) le(licensee) i(investor) e(investee) prov(provider)
 * cust(customer) a(acquirer) t(target) s(seller) p(partner) bor(borrower) lend(lender) x(other), with a
 * digit for a second.
 */
import type { Role, TermKind } from '../schema/index.js';
import { E, GAP } from './sketch.js';

export interface TermRule {
  kind: TermKind;
  cue: RegExp;
  roles?: RegExp[];
  /** Entities listed after "including" / "such as" in the sentence get this role. */
  listRole?: Role;
  /** The term needs a slot of this kind in the sentence (a percentage for a stake). */
  requires?: 'M' | 'P' | 'D';
  /** Bind the amounts right after the cue ("at a valuation of $1.2 billion") before the clause's others. */
  bind?: 'after';
  /** The term is about a per-share price: it needs one, and binds only per-share amounts. */
  perShare?: boolean;
  /** The rule does not apply to a sentence that matches this. */
  unless?: RegExp;
  /** With no party of its own, the term binds the parties of the last term of this kind ("the licence"). */
  inheritFrom?: TermKind;
  /** The kinds of values the term binds (default all): a condition binds its threshold, not the closing date. */
  values?: ('M' | 'P' | 'D')[];
  /** Bind the values of the whole sentence, not only of the cue's clause ("with cash and a $2 billion loan"). */
  scope?: 'sentence';
}

export const TERM_ROLE_OF_GROUP: Record<string, Role> = {
  payer: 'payer', payee: 'payee', lr: 'licensor', le: 'licensee', i: 'investor', e: 'investee',
  prov: 'provider', cust: 'customer', a: 'acquirer', t: 'target', s: 'seller', p: 'partner', x: 'other',
  bor: 'borrower', lend: 'lender',
};

const r = (src: string) => new RegExp(src, 'i');
const POSS = "(?:'s?)?";
const LICENCE = 'licen[cs](?:e|es|ed|ing)';

/** "X will pay Y ...", "Y is eligible to receive ... from X", "Y to receive ...". */
const PAYS = [
  r(`(?<payer>${E})${GAP(40)}\\bpay(?:s|ing)? (?<payee>${E})`),
  r(`(?<payee>${E})${GAP(60)}\\b(?:receive|receives|get|gets|collect|collects)\\b${GAP(80)}\\bfrom (?<payer>${E})`),
  r(`(?<payee>${E})${GAP(40)}\\b(?:to receive|will receive|receives|is eligible to receive|could receive|gets)\\b`),
];

export const TERM_RULES: TermRule[] = [
  {
    kind: 'revenue_share',
    cue: /\brevenue[- ]shar(?:e|es|ing)\b|\bshare (?:of|in) (?:its |the |their )?(?:revenues?|sales|profits?)\b|\b(?:revenue|profit) split\b|⟨P\d+⟩ of (?:the |its |their )?(?:[\w-]+ ){0,2}(?:revenues?|sales|profits?|proceeds|income)\b/i,
    roles: [
      r(`\\bfrom (?<payer>${E}) to (?<payee>${E})`),
      r(`(?<payer>${E})${GAP(40)}\\bpay(?:s|ing)? (?<payee>${E})`),
      r(`(?<payer>${E})${GAP(40)}\\bpay(?:s|ing)?\\b${GAP(40)}\\bto (?<payee>${E})`),
      r(`(?<payer>${E})${GAP(200)}\\b(?:pass(?:es|ing)?|remit(?:s|ting)?|transfer(?:s|ring)?|hand(?:s|ing)? over)\\b ${GAP(40)}\\bto (?<payee>${E})`),
      r(`(?<payee>${E})${GAP(40)}\\b(?:retain|receive|get|keep|collect|take|earn)(?:s|ing)?\\b ${GAP(30)}\\b(?:revenue[- ]share|share)`),
      r(`(?<p>${E})${POSS}(?:,? and |,? & )(?<p2>${E})${GAP(60)}\\b(?:share|split)\\b`),
    ],
  },
  { kind: 'cap', cue: /\b(?:cap(?:ped|s)?|ceiling|capping)\b/i, inheritFrom: 'revenue_share', roles: [r(`\\bfrom (?<payer>${E}) to (?<payee>${E})`)] },
  {
    kind: 'licence',
    cue: r(`\\b${LICENCE}\\b`),
    roles: [
      r(`(?<le>${E})${GAP(60)}\\b(?:hold|holds|holding|retain|retains|keep|keeps|has|have|get|gets|receive|receives|obtain|obtains|obtained|secure|secures|secured|gain|gains|gained)\\b ${GAP(40)}\\b${LICENCE} (?:to|for|from|on|covering) ${GAP(30)}(?<lr>${E})`),
      r(`(?<lr>${E})${GAP(60)}\\b(?:${LICENCE}|grant(?:s|ed|ing)?)\\b ${GAP(80)}\\bto (?<le>${E})`),
      r(`(?<le>${E})${GAP(60)}\\b(?:${LICENCE}|in-licens\\w+)\\b ${GAP(80)}\\bfrom (?<lr>${E})`),
    ],
  },
  { kind: 'exclusivity', cue: /\b(?:non-?exclusive|exclusiv(?:e|ity|ely))\b/i, inheritFrom: 'licence' },
  {
    kind: 'royalty',
    cue: /\broyalt(?:y|ies)\b/i,
    unless: /\b(?:excluding|not including|before|plus) (?:any )?royalt/i,
    inheritFrom: 'licence',
    roles: [r(`(?<payer>${E})${GAP(60)}\\bpay(?:s|ing)?\\b${GAP(60)}\\broyalt`), r(`\\broyalt\\w* to (?<payee>${E})`), r(`(?<payee>${E})${GAP(40)}\\b(?:to receive|will receive|receives|will also receive|is eligible to receive|could receive|gets)\\b ${GAP(30)}\\broyalt`)],
  },
  { kind: 'upfront_payment', cue: /\b(?:upfront|up-front)\b/i, inheritFrom: 'licence', requires: 'M', roles: PAYS },
  { kind: 'milestone', cue: /\bmilestone(?:s)?\b/i, inheritFrom: 'licence', requires: 'M', roles: PAYS },
  {
    kind: 'investment',
    cue: /\binvest(?:s|ed|ing)?\b|\binvestments? (?:of|in)\b|⟨M\d+⟩ investment\b/i,
    requires: 'M',
    roles: [r(`(?<i>${E})${GAP(60)}\\binvest(?:s|ed|ing)?\\b ${GAP(60)}\\bin (?<e>${E})`), r(`(?<i>${E})${POSS} ${GAP(20)}\\binvestment (?:of ${GAP(30)})?in (?<e>${E})`)],
  },
  {
    kind: 'valuation',
    cue: /\bvalu(?:ed|ing|ation|es)\b|\benterprise value\b/i,
    requires: 'M',
    bind: 'after',
    roles: [
      r(`(?<i>${E})${GAP(30)}\\bvalued (?:its|his|her|their) (?:stake|holding|interest|shares?) in (?<e>${E})`),
      r(`\\bvalu(?:ed|ing|ation) (?:of )?(?<e>${E})`),
      r(`(?<e>${E})${GAP(60)}\\b(?:at a |a )?(?:post-money |pre-money )?valuation\\b`),
    ],
  },
  {
    kind: 'stake',
    // a condition or a legal threshold, not a holding: "acceptances for at least 66.7%", "the 10% disclosure level"
    unless: /\b(?:acceptances?|conditional|threshold|disclosure|level at which|tendered)\b/i,
    cue: /\b(?:stake|holding|shareholding|interest in|ownership)\b|⟨P\d+⟩ of (?:the |its )?(?:\w+ ){0,3}(?:shares|stock|equity|capital)\b|⟨P\d+⟩ of ⟨[EO]\d+⟩/i,
    requires: 'P',
    roles: [
      r(`(?<a>${E})${GAP(80)}\\b(?:stake|holding|interest|shareholding)\\b ${GAP(20)}\\bin (?<t>${E})`),
      r(`(?<a>${E})${GAP(40)}\\b(?:own|owns|hold|holds|will own|will hold|retain|retains)\\b`),
    ],
  },
  // A price per share, not earnings or a market quote ("earned 1.12 dlrs a share", "closed at $41")
  { kind: 'price_per_share', cue: /⟨M\d+⟩/, perShare: true, unless: /\b(?:earn(?:ed|ings|s)?|profits?|net income|dividends?|revenues?|closed at)\b|\b(?:shares?|stock)\b[^.;]{0,40}\b(?:rose|fell|closed|ended|jumped|climbed|slid|gained|lost|dropped|traded|edged|surged|slumped)\b/i },
  { kind: 'exchange_ratio', cue: /\b(?:exchange ratio|shares? of (?:the )?(?:\w+ ){0,3}for each|for (?:each|every) (?:⟨[EO]\d+⟩ |\w+ ){0,3}shares?)\b/i },
  { kind: 'break_fee', cue: /\b(?:break-?up|termination|reverse termination) fee\b/i, requires: 'M', roles: PAYS },
  // "has also guaranteed Pellucid minimum payments of €90 million"
  {
    kind: 'guarantee',
    cue: /\bguarante(?:e|es|ed|eing)\b|\bminimum (?:payments?|revenue|volume)\b/i,
    requires: 'M',
    roles: [r(`(?<payer>${E})${GAP(40)}\\bguarantee(?:s|d)?\\b (?<payee>${E})`), ...PAYS],
  },
  // "The agreement runs through 2029"
  {
    kind: 'duration',
    cue: /\b(?:agreement|deal|partnership|contract|licen[cs]e|alliance|arrangement|term|offer|offer period|tender period|acceptance period)s?\b[^.;]{0,40}?\b(?:runs?|lasts?|extends?|expires?|continues?|will continue|is valid|closes)\b/i,
    requires: 'D',
  },
  {
    kind: 'cloud_provider',
    cue: /\b(?:cloud|compute|computing|data[- ]cent(?:er|re)s?|hosting) (?:provider|platforms?|services?|capacity|infrastructure|partners?)\b|\bspending on ⟨E\d+⟩ (?:services|cloud)\b/i,
    listRole: 'provider',
    roles: [
      r(`(?<prov>${E})${GAP(30)}\\b(?:remains|is|was|will remain|becomes|became|as)\\b ${GAP(10)}(?<cust>${E})${POSS} ${GAP(30)}\\b(?:provider|partner|supplier|host)\\b`),
      r(`(?<cust>${E})${GAP(80)}\\b(?:spending|spend|commitments?|committed) on (?<prov>${E})`),
      r(`(?<cust>${E})${GAP(80)}\\b(?:agreements?|deals?|contracts?) with (?<prov>${E})`),
    ],
  },
  { kind: 'recapitalization', cue: /\brecapitali[sz](?:ation|ed|e)\b/i, roles: [r(`(?<x>${E})${GAP(40)}\\b(?:completed|undertook|carried out|announced|finished) (?:a |its )?${GAP(20)}\\brecapitali`)] },
  {
    kind: 'ownership_split',
    cue: /\b(?:will own|would own|to own|will hold|owned|own|owning|holding) ⟨P\d+⟩|⟨P\d+⟩ (?:owned|held) by\b|\b⟨P\d+⟩[-/]⟨P\d+⟩\b/i,
    requires: 'P',
    roles: [r(`(?<p>${E})${GAP(20)}⟨P\\d+⟩${GAP(10)}(?:,? and |, )(?<p2>${E})`)],
  },
  // "represents a premium of 31% to its closing price", "a 42% premium"
  {
    kind: 'premium',
    cue: /\bpremium of ⟨P\d+⟩|⟨P\d+⟩ premium\b/i,
    requires: 'P',
    roles: [r(`\\b(?:premium of ⟨P\\d+⟩|⟨P\\d+⟩ premium) (?:to|over) (?<t>${E})`)],
  },
  // "will pay for the acquisition with cash on hand and a $2 billion bridge loan from X"
  {
    kind: 'financing',
    cue: /\b(?:bridge loan|term loan|loan facility|credit facility|debt financing|equity financing|financing commitments?|fully financed|(?:fund|financ)(?:e|es|ed|ing) (?:the |its )?(?:acquisition|purchase|deal|transaction|takeover)|pa(?:y|ys|id|ying) for (?:the |its )?(?:acquisition|purchase|deal|transaction|takeover) (?:with|through|using))\b/i,
    unless: /\bsubject to (?:\w+ ){0,2}financing\b/i,
    scope: 'sentence',
    values: ['M'],
    roles: [
      r(`(?<bor>${E})${GAP(80)}\\b(?:pa(?:y|ys|id|ying)|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing))\\b${GAP(160)}\\bfrom (?:[\\w-]+ ){0,6}?(?<lend>${E})`),
      r(`\\b(?:loan|facility|financing|notes)\\b${GAP(60)}\\bfrom (?:[\\w-]+ ){0,6}?(?<lend>${E})`),
      r(`(?<bor>${E})${GAP(80)}\\b(?:pa(?:y|ys|id|ying)|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing))\\b`),
    ],
  },
  // "subject to approval by Lindqvist shareholders and regulators", "conditional on acceptances for at least 66.7%"
  {
    kind: 'condition',
    cue: /\b(?:subject to (?:\w+ ){0,4}?(?:approvals?|clearance|conditions|financing|consents?|vote)|conditional (?:up)?on|conditioned (?:up)?on|requires? (?:\w+ ){0,2}approval|(?:pending|awaits?|awaiting) (?:\w+ ){0,3}approvals?)\b/i,
    values: ['P', 'M'],
  },
  // "planned no job cuts and would keep the business's headquarters in Leeds", "employees have been retained"
  {
    kind: 'undertaking',
    roles: [
      r(`(?<a>${E})${GAP(40)}\\b(?:has |have )?(?:promised|pledged|committed|undert(?:ook|aken)|guaranteed|planned|plans)\\b`),
      r(`(?<a>${E}) said (?:it|they) (?:planned|plans|would|will)\\b`),
    ],
    cue: /\b(?:(?:no|not plan(?:ning)? (?:any )?|without) (?:compulsory |forced )?(?:job cuts|redundancies|layoffs|lay-offs|plant closures)|(?:keep|retain|maintain|preserve)(?:s|ed|ing)? (?:(?:\w+|⟨[EOL]\d+⟩)[’'s]* ){0,3}(?:headquarters|head office|jobs|employees|workforce|staff|research (?:centre|center)|brand)|(?:employees|staff|workers|jobs) (?:\w+ ){0,2}(?:have been|will be|were|are) (?:retained|kept|preserved))\b/i,
  },
  // "may seek representation on Y's board", "would not seek a seat on Y's supervisory board"
  {
    kind: 'governance',
    roles: [
      r(`(?<a>${E})${GAP(60)}\\b(?:seek|seeks|sought|get|gets|receive|receives|take|takes|gain|gains|win|wins|nominate|appoint)\\b${GAP(30)}\\b(?:seats?|representation) on (?<t>${E})`),
      r(`\\b(?:seats?|representation) on (?<t>${E})`),
    ],
    cue: /\b(?:seats? on (?:(?:\w+|⟨[EOL]\d+⟩)[’'s]* ){0,3}board|board seats?|representation on (?:(?:\w+|⟨[EOL]\d+⟩)[’'s]* ){0,3}board|(?:nominate|appoint|name)s? (?:\w+ ){0,3}directors? (?:to|on) (?:(?:\w+|⟨[EOL]\d+⟩)[’'s]* ){0,3}board)\b/i,
  },
  {
    kind: 'closing',
    cue: /\b(?:expected to (?:close|complete|be completed|be finali[sz]ed)|(?:is|are) set to close|clos(?:e|ing) (?:in|by|during|before)|completion (?:is )?expected)\b/i,
    requires: 'D',
  },
];
