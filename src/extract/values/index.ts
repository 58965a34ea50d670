/**
 * Value extractors: money, percentages and dates, each a pure function of the text.
 * Offsets are UTF-16, end-exclusive; output sorted by start, without overlaps; every mention
 * names the rule that made it.
 */
export { findMoney, MONEY_RULES } from './money.js';
export { findPercentages, PERCENT_RULES } from './percent.js';
export { findDates, scanDates, DATE_RULES, type DateFinding, type FindDatesOptions, type Reading } from './dates.js';
