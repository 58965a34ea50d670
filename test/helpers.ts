/** Test helpers: build mentions by hand so that one stage can be tested on its own. */
import type { DateMention, Entity, Money, Percent } from '../src/schema/index.js';
import type { Mentions } from '../src/types.js';

function occurrences(text: string, needle: string): { start: number; end: number; text: string }[] {
  const out = [];
  let i = text.indexOf(needle);
  while (i >= 0) {
    const before = i === 0 ? ' ' : text[i - 1];
    const after = text[i + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push({ start: i, end: i + needle.length, text: needle });
    i = text.indexOf(needle, i + needle.length);
  }
  return out;
}

export interface HandMentions {
  orgs?: string[];
  people?: string[];
  places?: string[];
  money?: { text: string; value: number; currency?: string; perShare?: boolean }[];
  percents?: { text: string; value: number }[];
  dates?: { text: string; value: string; relation?: DateMention['relation']; range?: DateMention['range'] }[];
}

export function handMentions(text: string, h: HandMentions): Mentions {
  const entities: Entity[] = [];
  const add = (names: string[] | undefined, type: Entity['type']) => {
    for (const name of names ?? []) {
      // A name's mentions exclude those inside a longer listed name.
      const longer = [...(h.orgs ?? []), ...(h.people ?? []), ...(h.places ?? [])].filter((n) => n !== name && n.includes(name));
      const taken = longer.flatMap((n) => occurrences(text, n));
      const mentions = occurrences(text, name).filter((m) => !taken.some((t) => m.start >= t.start && m.end <= t.end));
      entities.push({ id: '', name, type, aliases: [], mentions, rule: 'hand' });
    }
  };
  add(h.orgs, 'organization');
  add(h.people, 'person');
  add(h.places, 'place');
  entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  const money: Money[] = (h.money ?? []).flatMap((m) =>
    occurrences(text, m.text).map((o) => ({ ...o, value: m.value, currency: m.currency ?? 'USD', qualifier: null, min: null, max: null, perShare: m.perShare ?? false, rule: 'hand' })),
  );
  const percentages: Percent[] = (h.percents ?? []).flatMap((p) =>
    occurrences(text, p.text).map((o) => ({ ...o, value: p.value, min: null, max: null, qualifier: null, unit: 'percent' as const, rule: 'hand' })),
  );
  const dates: DateMention[] = (h.dates ?? []).flatMap((d) => occurrences(text, d.text).map((o) => ({ ...o, value: d.value, relation: d.relation ?? null, range: d.range ?? null, rule: 'hand' })));
  return { entities, money, percentages, dates };
}
