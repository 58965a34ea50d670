/**
 * Deal-rule and side-rule cues (roles.ts): a rule's pattern runs only on sentences where its cue is found, so a cue
 * must be a part of the pattern that every match contains. That is checked on the pattern's text: the
 * cue is a run of the pattern's top-level items (outside every group and character class), the item
 * after it is not a quantifier, and the pattern has no top-level alternative. The checker has its own
 * table; then every rule must pass it.
 */
import { describe, expect, it } from 'vitest';
import { DEAL_RULES, SIDE_RULES } from '../../src/normalize/roles.js';

/** Where the pattern's top-level items start, or null if the pattern has a top-level `|`. */
function topLevelStarts(source: string): Set<number> | null {
  const starts = new Set<number>();
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    if (depth === 0 && !inClass) starts.add(i);
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return null;
  }
  starts.add(source.length);
  return starts;
}

/** Whether every match of `pattern` contains a match of `cue` (by the rule above). */
function isMandatoryPart(pattern: string, cue: string): boolean {
  const starts = topLevelStarts(pattern);
  if (!starts || topLevelStarts(cue) === null) return false;
  for (let at = pattern.indexOf(cue); at >= 0; at = pattern.indexOf(cue, at + 1)) {
    const end = at + cue.length;
    if (!starts.has(at) || !starts.has(end)) continue;
    // Balanced: no top-level start inside that belongs to a deeper level on either side.
    const inside = pattern.slice(at, end);
    const own = topLevelStarts(inside);
    if (!own || ![...own].every((i) => starts.has(at + i))) continue;
    if (/^[?*{]/.test(pattern.slice(end))) continue;
    return true;
  }
  return false;
}

describe('the cue checker', () => {
  const yes: [string, string][] = [
    ['(?<a>X)\\b(?:buy|sell)\\b (?<t>Y)', '\\b(?:buy|sell)\\b '],
    ['abc', 'b'],
    ['a(?:x|y)+b', '(?:x|y)+'],
    ['(?:p)?said (?:it|they) and', 'said (?:it|they)'],
  ];
  const no: [string, string][] = [
    ['(?:a\\b(?:buy)\\b)?c', '\\b(?:buy)\\b'], // inside an optional group
    ['a(?:buy)?c', '(?:buy)'], // the group itself is optional
    ['x (?:buy)* y', '(?:buy)'], // may repeat zero times
    ['buy|sell', 'buy'], // a top-level alternative
    ['a(?=buy)c', 'buy'], // inside a lookahead
    ['a[buy]c', 'buy'], // inside a character class
    ['a\\buyc', 'buy'], // starts inside an escape
    ['(a)(b)', 'a)(b'], // not balanced
    ['abc', 'x'], // not there at all
  ];
  it.each(yes)('%s contains %s in every match', (p, c) => expect(isMandatoryPart(p, c)).toBe(true));
  it.each(no)('%s need not contain %s', (p, c) => expect(isMandatoryPart(p, c)).toBe(false));
});

describe('every deal rule has a cue that each of its matches contains', () => {
  it.each(DEAL_RULES.map((rule) => [rule.name, rule] as const))('%s', (_, rule) => {
    expect(rule.cue.flags).toBe(rule.pattern.flags);
    expect(isMandatoryPart(rule.pattern.source, rule.cue.source)).toBe(true);
  });
});

describe('every side rule (advisers, lenders) has a cue that each of its matches contains', () => {
  it.each(SIDE_RULES.map((rule, i) => [`${rule.role} ${i}`, rule] as const))('%s', (_, rule) => {
    expect(rule.cue.flags).toBe(rule.pattern.flags);
    expect(isMandatoryPart(rule.pattern.source, rule.cue.source)).toBe(true);
  });
});
