/**
 * Descriptions that stand for a deal party: "A consortium of Italian investors has agreed to buy
 * Gelit", "will be bought by a Midwestern lender", "Visa first offered to buy the company". The
 * sketch gives each one a slot like a name's, so that the deal rules read the sentence whole; the
 * party it fills is then resolved to the named entity the description stands for, or left out.
 *
 *  - find: a determiner, up to four modifiers and a head noun from data/party-heads.json, not
 *    overlapping any mention ("the electronics retailer", "a pair of private equity houses");
 *  - resolve, a definite description ("the company") to the nearest earlier name of its kind that
 *    is not another side of the same deal; an indefinite one ("a consortium") to the names it
 *    introduces: an apposition or "led by" right after it, the same head with names later ("the
 *    Italian consortium of private equity firms Consilium and Progressio"), or the first new name of
 *    its kind that opens one of the next two sentences ("... by a Midwestern lender. Harwood Bancorp
 *    said") or that such a sentence's opening description sets off ("The Dayton-based toolmaker,
 *    Grindstaff Tool Works Inc., makes"); a deal word's object ("the acquisition of Y") stands for no
 *    buyer, and no name stands for two descriptions of one deal. A description that resolves to nothing
 *    names no party.
 */
import type { Entity, EntityType, Span } from '../schema/index.js';
import heads from './data/party-heads.json' with { type: 'json' };
import { DEFINED_TERMS } from '../extract/entities/lexicon.js';
import type { PartyFact } from './parties.js';
import type { Sketch } from './sketch.js';

export interface Description {
  definite: boolean;
  /** The head noun as written, lower-case ("consortium"). */
  head: string;
  /** Entity types it can stand for. */
  types: EntityType[];
}

/** A description's stand-in entity: an id no real entity has, never written to the record. */
export type DescriptionEntity = Entity & { description: Description };

export const isDescription = (e: Entity | null | undefined): e is DescriptionEntity => !!e && 'description' in e;

const TYPES_OF = new Map<string, EntityType[]>();
for (const w of heads.organization) TYPES_OF.set(w, ['organization']);
for (const w of heads.person) TYPES_OF.set(w, ['person']);
for (const w of heads.either) TYPES_OF.set(w, ['organization', 'person']);
const plural = (w: string) => (/(?:s|sh|ch|x)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const HEAD_FORMS = [...TYPES_OF.keys()].flatMap((w) => [w, plural(w)]).sort((a, b) => b.length - a.length);
/** A release's defined terms, capitalized ("the Company", "the Purchaser"), whose heads are heads here. */
const DEFINED = [...DEFINED_TERMS].filter((w) => TYPES_OF.has(w.toLowerCase()));
const HEAD = `(?:${HEAD_FORMS.map(escape).join('|')}${DEFINED.map((w) => `|(?<=[Tt]he )${escape(w)}`).join('')})`;

/** Words that end a noun phrase's modifiers: a description never runs across them. */
const FUNCTION_WORDS = 'in|of|to|for|with|on|at|by|from|into|over|under|about|as|than|the|a|an|and|or|but|that|which|who|whose|is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|can|said|says|its|their|his|her|it|they|he|she|not|no';

/**
 * A description: determiner, modifiers (lower-case words, capitalized adjectives such as
 * "Italian" or "Texas-based", figures), the head, and an optional "of" complement naming its
 * members ("of Italian investors", "of private equity houses"). The head ends the phrase.
 */
const DESCRIPTION = new RegExp(
  `\\b(?<det>[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Aa] (?:pair|group|trio|handful|number) of|[Aa]nother)` +
    `(?<mods>(?: (?!(?:${FUNCTION_WORDS})\\b)(?:[a-z][\\w'’-]*|[A-Z][a-z]+(?:-based|-owned|-listed|ern|ian|ese|ish|an)?|[A-Z][A-Z&]+(?:-based|-listed|-quoted)?|U\\.S\\.|\\d[\\w.,%-]*)){0,4})` +
    ` (?<head>${HEAD})\\b(?! of the\\b)(?!(?<=\\bbusiness(?:es)?) of [A-Z])(?!,? (?:led|headed|formed|organi[sz]ed|controlled|fronted) by\\b)(?:(?<of> of (?:[A-Za-z][\\w-]* ){0,3}?(?:investors|firms|funds|houses|companies|lenders|banks|families|buyers|businessmen|entrepreneurs))\\b)?(?!['’]s? (?:shares|stock))`,
  'g',
);

/** Modifiers that make the phrase no party: "the same company", "the whole group", "a new company". */
const NOT_A_PARTY = /\b(?:same|whole|entire|new|combined|merged|enlarged|resulting|joint|holding|parent|former|world|industry|its|their|his|her|our|your|this|that|these|those|other|each|every|largest|biggest|second|third|only)\b/i;

/** After a sentence's first name: it is the subject ("Harwood Bancorp said ..."). */
const SUBJECT_VERB = /^\s*(?:said|says|announced|agreed|will|would|has|have|had|is|was|confirmed|paid|bought|acquired|purchased|completed|closed|finali[sz]ed|signed|struck|raised|secured)\b/i;
/** Roles of the side that acts: a deal word's object ("the acquisition of Y") is none of them. */
const AGENT_ROLES: ReadonlySet<string> = new Set(['acquirer', 'investor', 'licensee']);
/** Before a name: the sale to it told again ("chose to sell to Idaho-based", "was sold to"). */
const SOLD_TO = /\b(?:sell|sells|sold|selling|sale)\s+(?:it\s+|the\s+(?:company|business|chain)\s+)?to\s+(?:[\w-]+-based\s+|the\s+)?$/i;
/** Before a name: a deal word names it ("the acquisition of", "a stake in"). */
const DEAL_OBJECT = /\b(?:acquisition|purchase|takeover|buyout|take-private|sale|deal for|stake in|investment in)\s+(?:of\s+)?(?:the\s+)?$/i;
/** Before a name: the deal's role names it ("The target, Lindell GmbH, makes valves", "The buyer is X"). */
const ROLE_NAMED = /\bthe (?:target|buyer|acquirer|purchaser|bidder|seller|investor|acquired company)(?:,|:|\s+(?:is|was|will be|would be))\s*$/i;

export interface FoundDescription {
  start: number;
  end: number;
  entity: DescriptionEntity;
}

/** The descriptions in [from, to) of `text`, for the sketch (overlap with mentions is the caller's).
 * `ids` numbers the stand-ins within one article ("d0", "d1", ...). */
export function findDescriptions(text: string, from: number, to: number, ids: { next: number }): FoundDescription[] {
  const out: FoundDescription[] = [];
  const part = text.slice(from, to);
  DESCRIPTION.lastIndex = 0;
  for (let m = DESCRIPTION.exec(part); m; m = DESCRIPTION.exec(part)) {
    const g = m.groups!;
    if (NOT_A_PARTY.test(g.mods)) continue;
    const head = g.head.toLowerCase();
    const singular = TYPES_OF.has(head) ? head : [...TYPES_OF.keys()].find((w) => plural(w) === head)!;
    const start = from + m.index;
    const end = start + m[0].length;
    // A term a release defines in quotes ('(“Harwood” or “the Company”)') is no mention of a party.
    if (/["“]$/.test(text.slice(start - 1, start)) && /^["”]/.test(text.slice(end, end + 1))) continue;
    const definite = /^the$/i.test(g.det);
    const id = `d${ids.next++}`;
    out.push({ start, end, entity: { id, name: m[0], type: TYPES_OF.get(singular)![0], aliases: [], mentions: [{ start, end, text: m[0] }], rule: 'description', description: { definite, head: singular, types: TYPES_OF.get(singular)! } } });
  }
  return out;
}

/** Only an article phrase ("The French company") stands before a name between `from` and `start`: the
 * name opens its sentence as its subject. */
export function opensSentence(text: string, from: number, start: number): boolean {
  return !/\S/.test(text.slice(from, start).replace(/^(?:the|a|an)\s+[\w\s-]{0,30}$/i, ''));
}

interface Named {
  entity: Entity;
  span: Span;
}

/** The real entities named in a sketch, with their spans, in order. */
function namedIn(sk: Sketch): Named[] {
  return sk.slots.flatMap((s) => (s.kind === 'E' && !isDescription(s.entity) ? [{ entity: s.entity, span: s.span }] : []));
}

/** Names listed from the start of `rest` ("Consilium and Progressio and entrepreneur Massimo Menna"). */
function listAt(sk: Sketch, text: string, from: number, types: EntityType[], limit = 60): Named[] {
  const out: Named[] = [];
  let pos = from;
  for (const n of namedIn(sk)) {
    if (n.span.start < pos) continue;
    const gap = text.slice(pos, n.span.start);
    const first = out.length === 0;
    if (first ? gap.length > limit || /[.;]/.test(gap) : !/^(?:,\s*|,?\s+and\s+|,?\s+&\s+)(?:[a-z][\w-]*\s+){0,3}$/.test(gap)) break;
    // (A group's list may name a person among its firms: "Harwood Capital and Brant Partners and
    // entrepreneur Jane Roe".)
    if (types.includes(n.entity.type) || (n.entity.type === 'person' && out.length > 0 && types.includes('organization'))) out.push(n);
    pos = n.span.end;
  }
  return out;
}

/** Heads of a group whose members a list names. */
const GROUP_HEADS = /^(?:consortium|group|syndicate|partnership|alliance|club|investors?|buyers?|backers?)$/i;

function resolveOne(p: PartyFact, d: { parties: PartyFact[] }, sketches: Sketch[], text: string, taken: ReadonlySet<string>): Named[] {
  const desc = (p.entity as DescriptionEntity).description;
  const at = p.evidence.start;
  const k = sketches.findIndex((sk) => sk.sentence.start <= at && at < sk.sentence.end);
  if (k < 0) return [];
  // (Nor a name another description of the deal already stands for.)
  const others = new Set([...taken, ...d.parties.filter((q) => q !== p && q.entity && !isDescription(q.entity)).map((q) => q.entity!.id)]);
  const fits = (n: Named) => desc.types.includes(n.entity.type) && !others.has(n.entity.id);
  // A group's members may be people as well as firms ("a consortium of investors").
  const member = (n: Named) => (fits(n) || (GROUP_HEADS.test(desc.head) && n.entity.type === 'person' && !others.has(n.entity.id)));
  if (desc.definite) {
    // The speaker of its sentence ("Y said A and B had invested $30 million in the company": Y).
    const speaker = namedIn(sketches[k])[0];
    if (speaker && speaker.span.end <= at && fits(speaker) && /^\s*(?:said|says|announced|confirmed)\b/i.test(text.slice(speaker.span.end, speaker.span.end + 12)) && opensSentence(text, sketches[k].sentence.start, speaker.span.start)) return [speaker];
    // The nearest earlier name of its kind, in this sentence or the five before; not a name in the
    // apposition of another side ("Carter Wellstone, the founder of investment firm Wellstone Harbor,
    // will buy the club": the club is no firm he founded).
    const aside = (n: Named) =>
      d.parties.some((q) => q !== p && q.entity && q.evidence.end <= n.span.start && q.evidence.start >= sketches[k].sentence.start && /^,\s[^,;]*$/.test(text.slice(q.evidence.end, n.span.start))) && /^[^;]*?,/.test(text.slice(n.span.end, at));
    for (let i = k; i >= 0 && i >= k - 5; i--) {
      const found = namedIn(sketches[i]).filter((n) => n.span.end <= at && fits(n) && !(i === k && aside(n)));
      if (found.length) return [found[found.length - 1]];
    }
    return [];
  }
  const sk = sketches[k];
  // Right after it: an apposition or the names that lead it ("a consortium led by X and Y").
  const after = text.slice(p.evidence.end, Math.min(sk.sentence.end, p.evidence.end + 40));
  const lead = /^(?:,\s*|\s*\(\s*|\s+(?:led|headed|formed|backed|controlled) by\s+|\s+(?:including|comprising|made up of|such as)\s+)/.exec(after);
  if (lead) {
    const list = listAt(sk, text, p.evidence.end + lead[0].length, desc.types, 40).filter(member);
    if (list.length) return list;
  }
  // The same head with names, later: "the Italian consortium of private equity firms Consilium and ...".
  // (A group goes by any word for one: "A consortium of pension funds ... The group, led by X and Y".)
  const head = GROUP_HEADS.test(desc.head) ? '(?:consortium|group|syndicate)' : escape(desc.head);
  const same = new RegExp(`\\bthe (?:[\\w'’-]+ ){0,4}?${head}(?:s|es)?\\b`, 'gi');
  for (let i = k; i < sketches.length && i <= k + 4; i++) {
    const s = sketches[i].sentence;
    const from = i === k ? p.evidence.end : s.start;
    same.lastIndex = 0;
    const part = text.slice(from, s.end);
    for (let m = same.exec(part); m; m = same.exec(part)) {
      const list = listAt(sketches[i], text, from + m.index + m[0].length, desc.types).filter(member);
      if (list.length) return list;
    }
  }
  // The first new name of its kind in the next two sentences that opens one as its subject, or is
  // what a deal word there names ("... headquartered in McKinney. The acquisition of Bandera ...").
  // (A buyer may be named a little later, where the sale is told again: "has sold their business to a
  // rival supermarket business. ... the family chose to sell to Idaho-based Albertson's".)
  for (let i = k + 1; i < sketches.length && i <= k + 4; i++) {
    const all = namedIn(sketches[i]);
    for (const n of all.filter((x) => fits(x) && x.entity.mentions[0].start > at)) {
      const before = text.slice(Math.max(sketches[i].sentence.start, n.span.start - 40), n.span.start);
      // (The subject's verb may follow its apposition: "Carter Wellstone, the founder of W, will buy".)
      const after = text.slice(n.span.end, n.span.end + 160).replace(/^,\s(?:the|a|an)\s[^,;.]{1,120},/i, '');
      const opens = n === all[0] && !/\b(?:of|by|with|to|from|for|in|at)\s+(?:the\s+)?$/i.test(before);
      // (Or the name a sentence's opening description sets off: "The Dayton-based toolmaker, Grindstaff Tool Works Inc., makes ...".)
      if (i <= k + 2 && n === all[0] && /^the\s[^,;]{1,60},\s*$/i.test(text.slice(sketches[i].sentence.start, n.span.start)) && /^,/.test(text.slice(n.span.end, n.span.end + 2))) return [n];
      // (What a deal word names is what is bought: no buyer or investor.)
      if (i <= k + 2 && ((opens && SUBJECT_VERB.test(after)) || (!AGENT_ROLES.has(p.role) && DEAL_OBJECT.test(before)) || ROLE_NAMED.test(before))) return [n];
      if (p.role === 'acquirer' && SOLD_TO.test(before)) return [n];
    }
  }
  return [];
}

/**
 * Each party a description fills becomes the party of the names it stands for (same role, evidence
 * at that name), or goes when it stands for none or for a party the deal already has.
 */
export function resolveDescriptions(d: { parties: PartyFact[] }, sketches: Sketch[], text: string): void {
  if (!d.parties.some((p) => isDescription(p.entity))) return;
  const out: PartyFact[] = [];
  for (const p of d.parties) {
    if (!isDescription(p.entity)) {
      out.push(p);
      continue;
    }
    for (const n of resolveOne(p, d, sketches, text, new Set(out.flatMap((q) => (q.described && q.entity ? [q.entity.id] : []))))) {
      if (out.some((q) => q.entity?.id === n.entity.id) || d.parties.some((q) => q !== p && q.entity?.id === n.entity.id)) continue;
      out.push({ entity: n.entity, name: n.entity.name, role: p.role, evidence: n.span, described: true });
    }
  }
  d.parties = out;
}
