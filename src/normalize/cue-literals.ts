/**
 * A prefilter for the rules' cues. A cue is a regular expression tried on every sentence of an
 * article, and three in a hundred of these tests succeed. Each cue has words that every match of it
 * contains ("acquir", "buy", "bought", ... for the acquisition verbs): they are read from the cue's
 * own source (requiredLiterals), and one pass over a sentence finds which of all the cues' words it
 * holds (an Aho-Corasick automaton, CueFilter). A cue none of whose words is in the sentence cannot
 * match, and its expression is not run; the others run as before, so every result is the same.
 *
 * The reader of sources knows the syntax the rules use (groups, lookarounds, alternatives, classes,
 * escapes, quantifiers); whatever it does not know makes a cue "always run", never "never run".
 */

/** A piece of a pattern: the strings it can match when there are few (`exact`), and a set of strings
 * one of which every match of it contains (`need`); null when unknown or unbounded. */
interface Lang {
  exact: string[] | null;
  need: string[] | null;
}

/** Largest set of exact strings kept before a piece counts as unbounded. */
const MAX_EXACT = 64;
const EMPTY: Lang = { exact: [''], need: null };
const UNKNOWN: Lang = { exact: null, need: null };

/** How two code units compare under a case-insensitive expression without the u flag
 * (ECMAScript Canonicalize): upper case, unless that is several units or makes a non-ASCII
 * character ASCII. */
const folded = new Map<number, number>();
export function fold(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  let f = folded.get(c);
  if (f === undefined) {
    const up = String.fromCharCode(c).toUpperCase();
    f = up.length === 1 && up.charCodeAt(0) >= 128 ? up.charCodeAt(0) : c;
    folded.set(c, f);
  }
  return f;
}
const foldString = (s: string) => String.fromCharCode(...Array.from(s, (_, i) => fold(s.charCodeAt(i))));

/** How good a `need` set is as a filter: longer strings are rarer (up to five units), fewer are cheaper. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const score = (x: string[]) => Math.min(5, ...x.map((s) => s.length)) * 1000 - x.length;
  return score(b) > score(a) ? b : a;
}

function seq(a: Lang, b: Lang): Lang {
  let exact: string[] | null = null;
  if (a.exact && b.exact && a.exact.length * b.exact.length <= MAX_EXACT) exact = [...new Set(a.exact.flatMap((x) => b.exact!.map((y) => x + y)))];
  let need = better(a.need, b.need);
  if (exact && !exact.includes('')) need = better(need, exact);
  return { exact, need };
}

function alt(parts: Lang[]): Lang {
  const exact = parts.every((p) => p.exact) ? [...new Set(parts.flatMap((p) => p.exact!))] : null;
  const needs = parts.map((p) => p.need ?? (p.exact && !p.exact.includes('') ? p.exact : null));
  const need = needs.every((n) => n) ? [...new Set(needs.flatMap((n) => n!))] : null;
  return { exact: exact && exact.length <= MAX_EXACT ? exact : null, need };
}

/** Reads a pattern source into its Lang; throws on syntax it does not know. */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): Lang {
    const lang = this.alternatives();
    if (this.i !== this.src.length) throw new Error(`unexpected '${this.src[this.i]}' at ${this.i}`);
    return lang;
  }

  private alternatives(): Lang {
    const parts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      parts.push(this.sequence());
    }
    return parts.length === 1 ? parts[0] : alt(parts);
  }

  private sequence(): Lang {
    let lang = EMPTY;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') lang = seq(lang, this.quantified());
    return lang;
  }

  private quantified(): Lang {
    const atom = this.atom();
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Error(`bad quantifier at ${this.i}`);
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return atom;
    if (this.src[this.i] === '?') this.i++; // lazy
    if (min === 0 && max === 1) return { exact: atom.exact ? [...new Set(['', ...atom.exact])] : null, need: null };
    if (min === 0) return UNKNOWN;
    if (min === 1 && max === 1) return atom;
    return { exact: null, need: atom.need ?? (atom.exact && !atom.exact.includes('') ? atom.exact : null) };
  }

  private atom(): Lang {
    const c = this.src[this.i++];
    if (c === '(') {
      let look = false;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (/^\?(?:=|!|<=|<!)/.test(this.src.slice(this.i))) {
        look = true;
        this.i += this.src[this.i + 1] === '<' ? 3 : 2;
      } else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1;
      else if (this.src[this.i] === '?') throw new Error(`unknown group at ${this.i}`);
      const inner = this.alternatives();
      if (this.src[this.i++] !== ')') throw new Error(`unclosed group at ${this.i}`);
      return look ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return UNKNOWN;
    if (c === '\\') {
      const e = this.src[this.i++];
      if (e === 'b' || e === 'B') return EMPTY;
      if (/[dDwWsS]/.test(e)) return UNKNOWN;
      // A back-reference (possibly empty), a property class or a code escape: no literal known.
      if (/[0-9]/.test(e)) {
        while (/[0-9]/.test(this.src[this.i] ?? '')) this.i++;
        return UNKNOWN;
      }
      if (e === 'k' || e === 'p' || e === 'P' || (e === 'u' && this.src[this.i] === '{')) {
        this.i = this.src.indexOf(e === 'k' ? '>' : '}', this.i) + 1;
        if (this.i === 0) throw new Error('unclosed escape');
        return UNKNOWN;
      }
      if (e === 'u' || e === 'x' || e === 'c') {
        this.i += e === 'u' ? 4 : e === 'x' ? 2 : 1;
        return UNKNOWN;
      }
      if (/[nrtfv]/.test(e)) return this.literal({ n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' }[e]!);
      return this.literal(e);
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') throw new Error(`unexpected '${c}' at ${this.i - 1}`);
    return this.literal(c);
  }

  private literal(c: string): Lang {
    const s = foldString(c);
    return { exact: [s], need: [s] };
  }

  /** A class of a few plain characters ("[cs]", "[- ]") is their alternatives; any other is unknown. */
  private charClass(): Lang {
    const chars: string[] = [];
    let plain = this.src[this.i] !== '^';
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let c = this.src[this.i++];
      if (c === '\\') {
        const e = this.src[this.i++];
        if (/[dDwWsSbBux0-9pPc]/.test(e)) plain = false;
        c = e;
      } else if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') plain = false; // a range
      chars.push(c);
    }
    if (this.src[this.i++] !== ']') throw new Error('unclosed class');
    if (!plain || !chars.length) return UNKNOWN;
    const set = [...new Set(chars.map(foldString))];
    return { exact: set, need: set };
  }
}

/**
 * Strings (case-folded, see fold) one of which every match of the pattern contains, or null when
 * the source gives none or uses syntax the reader does not know.
 */
export function requiredLiterals(source: string): string[] | null {
  let lang: Lang;
  try {
    lang = new Reader(source).read();
  } catch {
    return null;
  }
  const need = lang.need ?? (lang.exact && !lang.exact.includes('') ? lang.exact : null);
  return need && need.every((s) => s.length > 0) ? need : null;
}

/** One Aho-Corasick automaton over every cue's required strings. */
export class CueFilter {
  /** Literal ids each cue needs (one of them); absent for a cue that always runs. */
  private readonly needs = new Map<RegExp, number[]>();
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];
  private readonly literals: string[] = [];
  private readonly found: Uint8Array;

  constructor(cues: Iterable<RegExp>) {
    const ids = new Map<string, number>();
    for (const cue of new Set(cues)) {
      // Only case-insensitive expressions without the u flag: their matching is what fold mirrors.
      if (cue.flags.includes('u') || cue.flags.includes('v') || !cue.flags.includes('i')) continue;
      const lits = requiredLiterals(cue.source);
      if (!lits) continue;
      this.needs.set(cue, lits.map((s) => {
        let id = ids.get(s);
        if (id === undefined) {
          ids.set(s, (id = this.literals.length));
          this.literals.push(s);
          this.insert(s, id);
        }
        return id;
      }));
    }
    this.link();
    this.found = new Uint8Array(this.literals.length);
  }

  private insert(s: string, id: number): void {
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let to = this.next[state].get(c);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.next[state].set(c, to);
      }
      state = to;
    }
    this.out[state].push(id);
  }

  private link(): void {
    const queue: number[] = [...this.next[0].values()];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q];
      for (const [c, to] of this.next[state]) {
        let f = this.fail[state];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const g = this.next[f].get(c);
        this.fail[to] = g !== undefined && g !== to ? g : 0;
        this.out[to].push(...this.out[this.fail[to]]);
        queue.push(to);
      }
    }
  }

  /** Reads a sentence; `mayMatch` then answers for it until the next scan. */
  scan(text: string): void {
    this.found.fill(0);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = fold(text.charCodeAt(i));
      let to = this.next[state].get(c);
      while (to === undefined && state !== 0) {
        state = this.fail[state];
        to = this.next[state].get(c);
      }
      state = to ?? 0;
      const out = this.out[state];
      for (let k = 0; k < out.length; k++) this.found[out[k]] = 1;
    }
  }

  /** False when the last scanned sentence lacks every string the cue needs: it cannot match there. */
  mayMatch(cue: RegExp): boolean {
    const need = this.needs.get(cue);
    if (!need) return true;
    for (let k = 0; k < need.length; k++) if (this.found[need[k]]) return true;
    return false;
  }

  /** The strings a cue needs (for tests), or null when it always runs. */
  literalsOf(cue: RegExp): string[] | null {
    return this.needs.get(cue)?.map((id) => this.literals[id]) ?? null;
  }
}
