/** Records built by hand for the viewer's tests: every span is found by its text, so offsets are right. */
import type { DealRecord, Deal, Entity, ErrorLine, Money, Span } from '../../src/schema/index.js';

export function span(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in the text`);
  return { start, end: start + needle.length, text: needle };
}

export function record(text: string, over: Partial<DealRecord> = {}): DealRecord {
  return {
    schemaVersion: '1',
    id: 'hand.txt',
    source: { title: 'A hand-made record', publishedAt: '2026-03-02', url: null, author: null, siteName: null, language: 'en' },
    text,
    entities: [],
    money: [],
    percentages: [],
    dates: [],
    deal: null,
    otherDeals: [],
    ...over,
  };
}

export function entity(id: string, type: Entity['type'], name: string, mentions: Span[]): Entity {
  return { id, name, type, aliases: [], mentions, rule: 'hand' };
}

export function money(s: Span, value: number, currency = 'USD'): Money {
  return { ...s, value, currency, qualifier: null, min: null, max: null, perShare: false, rule: 'hand' };
}

/** "Acme Corp agreed to acquire Widget Inc for $500 million." with its deal. */
export function acquisition(): DealRecord {
  const text = 'Acme Corp agreed to acquire Widget Inc for $500 million.\n\nThe deal is expected to close in 2027.';
  const acme = span(text, 'Acme Corp');
  const widget = span(text, 'Widget Inc');
  const price = money(span(text, '$500 million'), 500_000_000);
  const sentence = span(text, 'Acme Corp agreed to acquire Widget Inc for $500 million.');
  const closing = span(text, 'The deal is expected to close in 2027.');
  const date = { ...span(text, '2027'), value: '2027', relation: null, range: null, rule: 'hand' };
  const deal: Deal = {
    type: 'acquisition',
    status: 'agreed',
    evidence: sentence,
    parties: [
      { entity: 'e1', name: 'Acme Corp', role: 'acquirer', evidence: sentence },
      { entity: 'e2', name: 'Widget Inc', role: 'target', evidence: sentence },
    ],
    value: price,
    valueUndisclosed: false,
    statusEvidence: span(text, 'agreed to acquire'),
    terms: [
      { ...closing, kind: 'closing', negated: false, parties: [], money: [], percentages: [], dates: [date], evidence: [closing], rule: 'hand' },
    ],
  };
  return record(text, {
    entities: [entity('e1', 'organization', 'Acme Corp', [acme]), entity('e2', 'organization', 'Widget Inc', [widget])],
    money: [price],
    dates: [date],
    deal,
  });
}

export const errorLine: ErrorLine = { id: 'broken.html', error: { code: 'EMPTY_INPUT', message: 'broken.html: the input is empty <b>(expected an article)</b>' } };
