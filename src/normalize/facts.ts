/** A deal's status and value, read from its own sentences first, then from those about it. */
import type { DealStatus, DealType, Money, Span } from '../schema/index.js';
import type { DealDraft, MatchSpan } from './deals.js';
import { NOT_VALUE_CUE, PRICED_TYPES, STATUS_CUES, UNDISCLOSED, VALUE_AFTER_CUE, VALUE_CUE } from './lexicon.js';
import type { Sketch } from './sketch.js';

/** Sentences that speak of the deal: its own, the lead's mentions of a party, and those naming two. */
export function dealSentences(d: DealDraft, sketches: Sketch[], isMain: boolean): Sketch[] {
  const ids = new Set(d.parties.map((p) => p.entity?.id).filter(Boolean));
  return sketches.filter((sk) => {
    if (d.sketches.includes(sk)) return true;
    const named = new Set(sk.slots.flatMap((s) => (s.kind === 'E' && ids.has(s.entity.id) ? [s.entity.id] : [])));
    if (isMain && (sk.index < 3 || (sk.index < 6 && named.size > 0))) return true;
    return named.size >= Math.min(2, ids.size) && named.size > 0;
  });
}

function statusIn(sents: Sketch[], text: string): { status: DealStatus; evidence: Span | null } | null {
  for (const cue of STATUS_CUES) {
    for (const sk of sents) {
      const s = sk.sentence;
      const m = cue.pattern.exec(text.slice(s.start, s.end));
      if (m) {
        const start = s.start + m.index;
        return { status: cue.status, evidence: { start, end: start + m[0].length, text: m[0] } };
      }
    }
  }
  return null;
}

/** The status cue of highest precedence in the deal's own sentences, else in those about it. */
export function findStatus(d: DealDraft, sents: Sketch[], text: string): { status: DealStatus; evidence: Span | null } {
  return statusIn(d.sketches, text) ?? statusIn(sents.filter((s) => !d.sketches.includes(s)), text) ?? { status: null, evidence: null };
}

/** Where the clause of a match ends: the next clause break after it. */
const CLAUSE_BREAK = /;|,? (?:while|whereas|but|which|when|after|as well as)\b|\. /g;

function clauseEnd(sk: Sketch, from: number): number {
  CLAUSE_BREAK.lastIndex = from;
  const m = CLAUSE_BREAK.exec(sk.text);
  return m ? m.index : sk.text.length;
}

/** Below this an amount is a price per share or unit, whatever the text says around it. */
const MIN_DEAL_VALUE = 1000;

function isPrice(type: DealType, money: Money, sk: Sketch, text: string): boolean {
  if (money.perShare || money.value < MIN_DEAL_VALUE) return false;
  const before = text.slice(Math.max(sk.sentence.start, money.start - 60), money.start);
  if (NOT_VALUE_CUE.test(before)) return false;
  const after = text.slice(money.end, Math.min(sk.sentence.end, money.end + 40));
  if (/\b(?:valued at|worth|deal valued|transaction valued)\s*$/i.test(before)) return true;
  return PRICED_TYPES.has(type) && (VALUE_CUE.test(before) || VALUE_AFTER_CUE.test(after));
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
function priceInMatch(type: DealType, ms: MatchSpan, text: string): Money | null {
  const end = clauseEnd(ms.sk, ms.to);
  const all = moneyAt(ms.sk);
  const after = all.filter((x) => x.at >= ms.to && x.at < end);
  const within = all.filter((x) => x.at >= ms.from && x.at < ms.to);
  for (const x of [...after, ...within]) if (isPrice(type, x.money, ms.sk, text)) return x.money;
  return null;
}

export function findValue(d: DealDraft, sents: Sketch[], text: string): { value: Money | null; undisclosed: boolean } {
  const says = (sk: Sketch) => UNDISCLOSED.test(text.slice(sk.sentence.start, sk.sentence.end));
  for (const ms of d.matches) {
    const v = priceInMatch(d.type, ms, text);
    if (v) return { value: v, undisclosed: false };
  }
  // "for an undisclosed amount" in the deal's own sentence: no amount from elsewhere is its price.
  const pool = d.sketches.some(says) ? d.sketches : [...d.sketches, ...sents.filter((s) => !d.sketches.includes(s))];
  for (const sk of pool) {
    for (const slot of sk.slots) {
      if (slot.kind === 'M' && isPrice(d.type, slot.money, sk, text)) return { value: slot.money, undisclosed: false };
    }
  }
  return { value: null, undisclosed: sents.some(says) };
}
