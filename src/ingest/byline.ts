/**
 * Author names from a byline or a wire credit: span first, names second.
 *
 *   bylineSpan("By Lucas Ferreira | April 14, 2026")            -> "Lucas Ferreira"
 *   parseNames("Giulia Ferrante in Milan and Henrik Baumann")   -> ["Giulia Ferrante", "Henrik Baumann"]
 *   authorFromByline("By Harriet Colley, Industry Correspondent") -> "Harriet Colley"
 *   authorFromCredit("(Reporting by Dana Whitfield in Chicago; Editing by Mark Ostrowski)") -> "Dana Whitfield"
 *
 * Multiple authors are joined with AUTHOR_JOINER. A part that does not look like a person's name
 * (a role, a desk, an agency: "Industry Correspondent", "Reuters", "Staff") is dropped; when no part
 * is left, the result is null.
 */
import { BYLINE_ROLE_WORDS, NAME_PARTICLES } from './boilerplate.js';

export const AUTHOR_JOINER = '; ';

/** What follows the names in a byline and is cut: a separator with a date or desk, a dateline. */
const BYLINE_TAIL = /\s+(?:[|·•—–]|-\s)\s*.*$|\s*,?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|updated\b|published\b|posted\b).*$/i;

const ROLE = new RegExp(`\\b(?:${BYLINE_ROLE_WORDS.join('|')})\\b`, 'i');
const PARTICLE = new Set(NAME_PARTICLES);

/** A person's name: 2 to 5 words, each capitalised (initials allowed), lower-case particles inside. */
export function isPersonName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || ROLE.test(s)) return false;
  let caps = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^[\p{Lu}][\p{L}'’.-]*$/u.test(w)) caps++;
    else if (!(i > 0 && i < words.length - 1 && PARTICLE.has(w.toLowerCase()))) return false;
  }
  // an all-capitals line of several words is a heading or a desk ("STAFF REPORT"), not a name
  return caps >= 2 && !(words.length > 1 && words.every((w) => w.length > 2 && w === w.toUpperCase()));
}

/** The names in a list: "A, B and C", "A in Milan and B in Frankfurt", "A, Industry Correspondent". */
export function parseNames(span: string): string[] {
  const out: string[] = [];
  for (const group of span.split(/\s*(?:;|&|\band\b)\s*/)) {
    for (let part of group.split(/\s*,\s*/)) {
      // "Jane Doe in Milan" -> "Jane Doe"; a sentence's full stop (not an initial's) goes
      part = part.replace(/\s+(?:in|at|from|for)\s+[\p{Lu}].*$/u, '').replace(/^(?:and|by)\s+/i, '').replace(/(?<=\p{Ll})\.$/u, '').trim();
      if (part && isPersonName(part) && !out.includes(part)) out.push(part);
    }
  }
  return out;
}

/** The span of names after "By" (tails cut), or null when the line is not a byline. */
export function bylineSpan(line: string): string | null {
  const m = /^\s*(?:written\s+)?by[:\s]\s*(.+)$/i.exec(line.replace(/\s+/g, ' '));
  if (!m) return null;
  const span = m[1].replace(BYLINE_TAIL, '').trim();
  return span || null;
}

/** Authors of a byline line ("By A and B, Reuters"), joined; null when it names no person. */
export function authorFromByline(line: string): string | null {
  const span = bylineSpan(line);
  if (!span || span.length > 160) return null;
  const names = parseNames(span);
  return names.length ? names.join(AUTHOR_JOINER) : null;
}

/** Authors of a wire credit ("(Reporting by A in Chicago; Additional reporting by B; Editing by C)"): the reporters only. */
export function authorFromCredit(line: string): string | null {
  const m = /^\(?\s*((?:additional\s+)?reporting|writing|compiled)\s+by\s+([^)]*)\)?\s*$/i.exec(line.trim());
  if (!m) return null;
  const names: string[] = [];
  for (const clause of `${m[1]} by ${m[2]}`.split(/\s*;\s*/)) {
    const c = /^(?:additional\s+)?(?:reporting|writing|compiled)\s+by\s+(.+)$/i.exec(clause);
    if (!c) continue; // "Editing by ...": editors are not authors
    for (const n of parseNames(c[1])) if (!names.includes(n)) names.push(n);
  }
  return names.length ? names.join(AUTHOR_JOINER) : null;
}

/** Authors of a list of names given as such (microdata, a byline element without "By"). */
export function authorFromNames(values: readonly string[]): string | null {
  const names: string[] = [];
  for (const v of values) {
    const span = bylineSpan(v) ?? v.replace(BYLINE_TAIL, '');
    for (const n of parseNames(span)) if (!names.includes(n)) names.push(n);
  }
  return names.length ? names.join(AUTHOR_JOINER) : null;
}

/** The first author found in edge lines: bylines among `leading`, wire credits among `trailing`. */
export function authorFromLines(leading: readonly string[], trailing: readonly string[]): string | null {
  for (const l of leading) {
    const a = authorFromByline(l);
    if (a) return a;
  }
  for (const l of trailing) {
    const a = authorFromCredit(l);
    if (a) return a;
  }
  return null;
}
