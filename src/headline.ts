/**
 * The headline is part of the article: it often states the whole deal ("Harwood to buy Lindell for
 * $410m"). The record's `text` is the body alone (the title is `source.title`), so the pipeline
 * reads the headline and the body as one text, headline first, and then gives the record only what
 * lies in the body, with its offsets moved to index the body: see `projectToBody`.
 */
import type { DateMention, Deal, Entity, Money, Percent } from './schema/index.js';
import { nameAndAliases } from './extract/entities/index.js';
import type { Article, Mentions } from './types.js';

/** Longest headline read, in words: a longer "title" is a page's description, not a headline. */
const MAX_HEADLINE_WORDS = 30;

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The article's title on one line, or undefined. */
const titleOf = (article: Article) => article.title?.replace(/\s+/g, ' ').trim();

/** The headline to read before the body, or null (no title, or the body already opens with it). */
export function headlineOf(article: Article): string | null {
  const title = titleOf(article);
  if (!title || title.split(' ').length > MAX_HEADLINE_WORDS || !/\p{L}/u.test(title)) return null;
  const k = key(title);
  if (!k || key(article.text.slice(0, title.length + 40)).startsWith(k)) return null;
  return title;
}

/** The separator between the headline and the body: a paragraph break, so that each is its own sentence. */
export const HEADLINE_BREAK = '\n\n';

/**
 * Where the body starts when the text opens with the title as its own paragraph (a plain text's
 * title line stays in `text`), else 0. The deal stage reads that paragraph as a headline: its
 * grammar and capitals are a headline's, and the body's words are preferred as evidence.
 */
export function titleParagraphEnd(article: Article): number {
  const title = titleOf(article);
  if (!title || !article.text.startsWith(title + HEADLINE_BREAK)) return 0;
  return title.length + HEADLINE_BREAK.length;
}

interface Spanned {
  start: number;
  end: number;
}

/** Every span object inside `value` (anything with numeric start and end and a text), moved by -shift. */
function shiftSpans<T>(value: T, shift: number): T {
  if (Array.isArray(value)) return value.map((v) => shiftSpans(v, shift)) as T;
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = shiftSpans(v, shift);
  if (typeof out.start === 'number' && typeof out.end === 'number' && typeof out.text === 'string') {
    out.start = (out.start as number) - shift;
    out.end = (out.end as number) - shift;
  }
  return out as T;
}

/**
 * Mentions and deals found in headline + body, restricted to the body (`shift` = where it starts):
 * headline mentions are dropped, entities named only in the headline are dropped and the others
 * renumbered in the order of their first mention in the body, and every span is moved to index the body. The deal stage already pointed
 * every deal fact into the body (normalize's `bodyStart`).
 */
export function projectToBody(mentions: Mentions, deals: { deal: Deal | null; otherDeals: Deal[] }, shift: number): { mentions: Mentions; deal: Deal | null; otherDeals: Deal[] } {
  const inBody = (s: Spanned) => s.start >= shift;
  const ids = new Map<string, string>();
  const entities: Entity[] = [];
  // In the order of their first mention in the body, as the body alone would list them.
  const kept = mentions.entities.map((e) => ({ e, ms: e.mentions.filter(inBody) })).filter((x) => x.ms.length);
  kept.sort((a, b) => a.ms[0].start - b.ms[0].start);
  for (const { e, ms } of kept) {
    const id = `e${entities.length + 1}`;
    ids.set(e.id, id);
    // Name and aliases as the body alone gives them ("HARLAN INDUSTRIES" in a headline is neither).
    entities.push({ ...e, id, ...nameAndAliases(ms.map((m) => m.text)), mentions: shiftSpans(ms, shift) });
  }
  const remap = (d: Deal): Deal => {
    const moved = shiftSpans(d, shift);
    return {
      ...moved,
      parties: moved.parties.filter((p) => p.entity === null || ids.has(p.entity)).map((p) => ({ ...p, entity: p.entity === null ? null : ids.get(p.entity)! })),
      terms: moved.terms.map((t) => ({ ...t, parties: t.parties.map((p) => ({ ...p, entity: p.entity === null ? null : (ids.get(p.entity) ?? null) })) })),
    };
  };
  return {
    mentions: {
      entities,
      money: shiftSpans(mentions.money.filter(inBody), shift) as Money[],
      percentages: shiftSpans(mentions.percentages.filter(inBody), shift) as Percent[],
      dates: shiftSpans(mentions.dates.filter(inBody), shift) as DateMention[],
    },
    deal: deals.deal && remap(deals.deal),
    otherDeals: deals.otherDeals.map(remap),
  };
}
