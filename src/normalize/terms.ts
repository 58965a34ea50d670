/**
 * Term rules: the terms a deal article states (revenue share, licence, exclusivity, stake, cap,
 * investment, valuation, cloud/provider rights, ...). Each rule has a cue over the sentence
 * sketch, optional role patterns whose named groups are party slots, and options. Rules are
 * tried in order; each kind is taken at most once per sentence.
 *
 * Role group names: payer payee lr(licensor) le(licensee) i(investor) e(investee) prov(provider)
 * cust(customer) a(acquirer) t(target) s(seller) p(partner) x(other), with a digit for a second.
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
}

export const TERM_ROLE_OF_GROUP: Record<string, Role> = {
  payer: 'payer', payee: 'payee', lr: 'licensor', le: 'licensee', i: 'investor', e: 'investee',
  prov: 'provider', cust: 'customer', a: 'acquirer', t: 'target', s: 'seller', p: 'partner', x: 'other',
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
    cue: /\bvalu(?:ed|ing|ation|es)\b/i,
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
  {
    kind: 'closing',
    cue: /\b(?:expected to (?:close|complete|be completed|be finali[sz]ed)|(?:is|are) set to close|clos(?:e|ing) (?:in|by|during|before)|completion (?:is )?expected)\b/i,
    requires: 'D',
  },
];
