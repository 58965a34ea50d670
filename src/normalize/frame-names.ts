/**
 * Names the recognizer missed, read where a deal frame puts a party: "blocked Vantor' $6.3 billion
 * acquisition of Quellmark Office", "a takeover offer of A20c per share from Brantwood". Only the
 * second reading of a lead sentence uses them (the one with descriptions, when the plain reading
 * found no deal frame), so a capitalized word becomes a party only when a deal rule places it in an
 * agent, object or source slot beside another side of the deal.
 *
 * A frame name is a run of one to four capitalized words (inner "&", "of", "de" allowed) that no
 * mention covers, that does not open the sentence, and that is not made only of common English
 * words, titles, months or weekdays ("Chief Executive", "Monday", "The"), nor a place, person or
 * people the lists know. In a headline set in title case only words no dictionary has name. A
 * state's fund or government named by the state ("Norway's sovereign wealth fund", "the Singapore
 * government") is one too. A deal that a frame name helped open also names a recognized party.
 */
import { CAPS_FUNCTION_WORDS, COMMON_WORDS, COMPANY_SLOTS, GIVEN_NAMES, MISC_HEADS, NATIONALITIES, NON_ENTITIES, ORG_HEADS, PERSON_TITLES, lookupPhrase } from '../extract/entities/lexicon.js';
import type { Entity } from '../schema/index.js';

/** The rule name a frame name's stand-in entity carries. */
export const FRAME_NAME = 'frame-name';

export const isFrameName = (e: Entity | null | undefined): boolean => !!e && e.rule === FRAME_NAME;

const WORD = "\\p{Lu}[\\p{L}\\p{N}&.-]*(?:['’]\\p{L}+)?";
const RUN = new RegExp(`(?<![\\p{L}\\p{N}&.'’-])${WORD}(?:\\s(?:(?:&|of|de)\\s)?${WORD}){0,3}`, 'gu');
/** In a headline set in title case, a run of capitalized words is cut at common words, not by length. */
const LONG_RUN = new RegExp(`(?<![\\p{L}\\p{N}&.'’-])${WORD}(?:\\s(?:(?:&|of|de)\\s)?${WORD}){0,15}`, 'gu');
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const JOIN = new Set(['&', 'of', 'de']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'our', 'their', 'his', 'her', 'each', 'every', 'no', 'any', 'some']);

/** A word that names nothing on its own: a title, a month or weekday, a joiner. */
function plain(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
  // "A20c", "Q3", "H1", "XJ-6", "N-1": a figure, a period or a model, not a name
  if (/^\p{L}{1,4}-?\d/u.test(word) || /\d-?\p{L}{0,2}$/u.test(word)) return true;
  return w.length < 2 || JOIN.has(w) || PERSON_TITLES.has(w) || CALENDAR.has(w);
}

/** Not a place, a person or a people the lists know ("North America", "Saudis", "Richard Tucker",
 * "J. Souffle"): a frame name stands for a company. */
function organizationLike(name: string): boolean {
  const hit = lookupPhrase(name, false);
  if (hit && hit.type !== 'organization') return false;
  const ws = name.split(' ');
  const first = ws[0].toLowerCase();
  if (NATIONALITIES.has(first) || NATIONALITIES.has(first.replace(/s$/, ''))) return false;
  if (ws.length > 1 && (GIVEN_NAMES.has(first) || /^\p{Lu}\.$/u.test(ws[0]))) return false;
  // "North American corn", "Export Enhancement Program", "the Paris Accord": an adjective of a
  // people or the head of an event, law or programme
  const last = ws[ws.length - 1];
  if (NATIONALITIES.has(last.toLowerCase()) || MISC_HEADS.has(last) || /^(?:Program|Programme|Project|Scheme|Initiative|Agreement)$/.test(last)) return false;
  return !ws.some((w) => NON_ENTITIES.has(w) && !(ws.length > 1 && ORG_HEADS.has(w)));
}

/** A word any sentence may capitalize where a sentence or quotation opens ("The", "However"), or a
 * function word ("As the dust settles on ...": "as" is no common word of the lists, for "AS" is a
 * legal form). */
const common = (word: string) => CAPS_FUNCTION_WORDS.has(word.toUpperCase()) || word.toLowerCase().replace(/['’]s$/, '').split('-').every((w) => COMMON_WORDS.has(w));

/** A kind of company in lower case right before a name ("chip designer ", "rival ", "drugmaker "). */
const KIND_BEFORE = new RegExp(`\\b[a-z]+ (?:${[...COMPANY_SLOTS.appositionNouns].join('|')}|[a-z]*(?:maker|designer)|rival) $`);

/** A preposition that names a side of a deal right before a name ("for ", "from ", "by "). */
const SIDE_BEFORE = /\b(?:for|of|from|to|by|with) $/;

/** Where a capital letter says nothing: the sentence's or a line's start (a line the sentence
 * splitter joined to the one before), after a colon, a quote or a bracket. */
const OPENING = /(?:^|[:"“‘(\n]|\s[-–—])\s*$/;

export interface FoundName {
  start: number;
  end: number;
  entity: Entity;
  /** A state's fund or government, named with the state's own name ("Norway's sovereign wealth fund"). */
  state?: boolean;
}

/** Frame names in [from, to) of `text` (overlap with mentions is the caller's). */
export function findFrameNames(text: string, from: number, to: number, ids: { next: number }): FoundName[] {
  const out: FoundName[] = [];
  const part = text.slice(from, to);
  // A headline in title case capitalizes every word: there only words no dictionary has name
  // ("Harwood Expands With Acquisition of Quellmark"), with a head word after them ("Quellmark Foods").
  const words = part.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const titleCase = words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.6;
  const runs = titleCase ? LONG_RUN : RUN;
  runs.lastIndex = 0;
  for (let m = runs.exec(part); m; m = runs.exec(part)) {
    let ws = m[0].split(/\s+/);
    let s = m.index;
    if (titleCase) {
      // (an all-capitals word says nothing there either: "EARLY", "UPDATE")
      const said = (w: string) => common(w) || plain(w) || !/\p{Ll}/u.test(w);
      while (ws.length && said(ws[0])) {
        s += ws[0].length + 1;
        ws = ws.slice(1);
      }
      // A word any headline capitalizes ends the name; the rest of the run is read again from it
      // ("Pellor Joins Harwood Group Family": "Pellor", then "Harwood Group").
      let cut = ws.findIndex((w, i) => i > 0 && said(w));
      if (cut > 0 && ORG_HEADS.has(ws[cut]) && !said(ws[cut - 1])) cut++;
      if (cut > 0 && cut < ws.length) {
        runs.lastIndex = s + ws.slice(0, cut).reduce((n, w) => n + w.length + 1, 0);
        ws = ws.slice(0, cut);
      }
      while (ws.length > 1 && said(ws[ws.length - 1]) && !(ORG_HEADS.has(ws[ws.length - 1]) && !said(ws[ws.length - 2]))) ws = ws.slice(0, -1);
      if (!ws.length || ws.some((w, i) => said(w) && !(i === ws.length - 1 && ORG_HEADS.has(w)))) continue;
    }
    // At an opening the first word is capitalized whatever it is: it names only if it is no common word.
    // (Not before a head word of companies: "Nimbus AI is exploring a sale of ...".)
    // (An article or a determiner is no part of such a name: "The Board accepted ...".)
    const headed = ws.length > 1 && ORG_HEADS.has(ws[ws.length - 1].replace(/['’]s?$/, '')) && !DETERMINERS.has(ws[0].toLowerCase());
    if (OPENING.test(part.slice(0, s)) && common(ws[0]) && !headed) {
      s += ws[0].length + 1;
      ws = ws.slice(1);
      while (ws.length && JOIN.has(ws[0])) {
        s += ws[0].length + 1;
        ws = ws.slice(1);
      }
    }
    while (ws.length && JOIN.has(ws[ws.length - 1])) ws = ws.slice(0, -1);
    if (!ws.length) continue;
    // A possessive or a final point belongs to the sentence, not the name.
    const name = ws.join(' ').replace(/['’]s?$/, '').replace(/\.$/, '');
    if (name.split(' ').every(plain) || !organizationLike(name)) continue;
    // One word of a people's adjective form between an article and a noun ("a Thuringian maker of
    // cylinders", "the Bavarian carmaker"): it describes, it names no one.
    if (!titleCase && ws.length === 1 && /\p{Ll}(?:ian|ean|ese|ish)$/u.test(name) && /\b(?:a|an|the) $/i.test(part.slice(Math.max(0, s - 4), s)) && /^ \p{Ll}/u.test(part.slice(s + name.length, s + name.length + 2))) continue;
    // Made only of common words ("the Board", "Treasury bills", "Export Markets"), it names a
    // company only as an owner ("Supplies' $6.3 billion acquisition").
    // (Or after a kind of company written in lower case: "will acquire chip designer Ardent Micro".)
    const kind = !titleCase && name.includes(' ') && KIND_BEFORE.test(part.slice(Math.max(0, s - 30), s));
    // (Or two words or more after a preposition of a deal's side, inside a sentence: "will pay $560
    // million for Lisle Instruments".)
    const sided = !titleCase && ws.length >= 2 && !OPENING.test(part.slice(0, s)) && SIDE_BEFORE.test(part.slice(Math.max(0, s - 8), s));
    if (name.split(' ').every((w) => common(w) || plain(w)) && !(headed && name.includes(' ')) && !kind && !sided && !/^['’]/.test(part.slice(s + name.length))) continue;
    const start = from + s;
    const end = start + name.length;
    if (text.slice(start, end) !== name) continue;
    out.push(frameName(start, end, name, ids));
  }
  // A state's fund or government, named by its state: "Norway's sovereign wealth fund", "The
  // Singapore government has taken over ...".
  for (const re of STATE_NAMES) {
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const { name, place } = m.groups!;
      // (a people's adjective names its state's government too: "the British government")
      if (lookupPhrase(place, false)?.type !== 'place' && !(re === STATE_BODY && NATIONALITIES.has(place.toLowerCase()))) continue;
      const start = from + m.index + m[0].indexOf(name);
      const end = start + name.length;
      if (!out.some((f) => f.start < end && f.end > start)) out.push(frameName(start, end, name, ids, true));
    }
  }
  return out;
}

/** A frame name's stand-in entity over [start, end). */
function frameName(start: number, end: number, name: string, ids: { next: number }, state?: boolean): FoundName {
  return { start, end, state, entity: { id: `f${ids.next++}`, name, type: 'organization', aliases: [], mentions: [{ start, end, text: name }], rule: FRAME_NAME } as Entity };
}

/** "the <place> government" (not its bonds, debt or officials). */
const STATE_BODY = /\b[Tt]he (?<name>(?<place>\p{Lu}[\p{L}.-]+(?: \p{Lu}[\p{L}.-]+)?) [Gg]overnment)(?![\p{L}])(?! (?:bonds?|securities|debt|officials?|spokes(?:man|woman|person)|ministers?|sources?|sector|agencies|agency|departments?)\b)/gu;

/** A place's possessive and the kind of fund or body through which a state invests. */
const STATE_FUND = /(?<![\p{L}\p{N}])(?<name>(?<place>\p{Lu}[\p{L}.-]+(?: \p{Lu}[\p{L}.-]+)?)['’]s (?:sovereign(?:[- ]wealth)? fund|state(?:-owned| owned)? (?:investment )?(?:fund|investor|holding company)|(?:national )?pension fund|state investor|investment authority|wealth fund))(?![\p{L}])/gu;
const STATE_NAMES = [STATE_FUND, STATE_BODY];
