/**
 * The extract stage: Article -> typed mentions with offsets and normalized values.
 * The text is analyzed once (wink-nlp) and every extractor reads that shared analysis.
 */
import type { Article, Mentions } from '../types.js';
import { analyze, type Analysis } from './analysis.js';
import { findEntities } from './entities/index.js';
import { findDates, findMoney, findPercentages } from './values/index.js';

export interface Extraction {
  mentions: Mentions;
  analysis: Analysis;
}

/** The date part (YYYY-MM-DD) of an ISO date or date-time, or null. */
export function referenceDateOf(publishedAt: string | null): string | null {
  const m = publishedAt ? /^(\d{4}-\d{2}-\d{2})/.exec(publishedAt) : null;
  return m ? m[1] : null;
}

export function extractMentions(article: Article): Extraction {
  const analysis = analyze(article.text);
  const mentions: Mentions = {
    entities: findEntities(article.text, analysis),
    money: findMoney(article.text),
    percentages: findPercentages(article.text),
    dates: findDates(article.text, { referenceDate: referenceDateOf(article.publishedAt) }),
  };
  return { mentions, analysis };
}

export { analyze, type Analysis } from './analysis.js';
