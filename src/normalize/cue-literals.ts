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

/**
 * One Aho-Corasick automaton over every cue's required strings. `scan` reads a sentence once and
 * returns, by cue index (`indexOf`), 1 where the cue may match and 0 where it cannot.
 */
export class CueFilter {
  private readonly index = new Map<RegExp, number>();
  /** Per literal id, the cue indexes that need it. */
  private readonly cuesOf: number[][] = [];
  /** Cues with no required string: they always run. */
  private readonly always: number[] = [];
  private readonly literals: string[] = [];
  private readonly needs: number[][] = [];
  /** Transitions for ASCII (folded) code units, with failure links resolved: state * 128 + unit. */
  private delta = new Int32Array(0);
  /** The trie's own transitions (all units) and failure links, for the rest. */
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];
  private readonly found: Uint8Array;
  private readonly may: Uint8Array;

  constructor(cues: Iterable<RegExp>) {
    const ids = new Map<string, number>();
    for (const cue of new Set(cues)) {
      const k = this.index.size;
      this.index.set(cue, k);
      // Only case-insensitive expressions without the u flag: their matching is what fold mirrors.
      const known = !cue.flags.includes('u') && !cue.flags.includes('v') && cue.flags.includes('i');
      const lits = known ? requiredLiterals(cue.source) : null;
      if (!lits) {
        this.always.push(k);
        this.needs.push([]);
        continue;
      }
      this.needs.push(lits.map((s) => {
        let id = ids.get(s);
        if (id === undefined) {
          ids.set(s, (id = this.literals.length));
          this.literals.push(s);
          this.cuesOf.push([]);
          this.insert(s, id);
        }
        this.cuesOf[id].push(k);
        return id;
      }));
    }
    this.link();
    this.found = new Uint8Array(this.literals.length);
    this.may = new Uint8Array(this.index.size);
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

  /** Failure links (breadth first), then the ASCII transitions with failures followed. */
  private link(): void {
    const order: number[] = [0];
    for (let q = 0; q < order.length; q++) {
      const state = order[q];
      for (const [c, to] of this.next[state]) {
        if (state !== 0) {
          let f = this.fail[state];
          while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
          this.fail[to] = this.next[f].get(c) ?? 0;
          this.out[to].push(...this.out[this.fail[to]]);
        }
        order.push(to);
      }
    }
    this.delta = new Int32Array(this.next.length * 128);
    for (const state of order) {
      for (let c = 0; c < 128; c++) {
        const to = this.next[state].get(c);
        this.delta[state * 128 + c] = to ?? (state === 0 ? 0 : this.delta[this.fail[state] * 128 + c]);
      }
    }
  }

  /** The position of a cue in what scan returns (-1 for a cue the filter was not built with). */
  indexOf(cue: RegExp): number {
    return this.index.get(cue) ?? -1;
  }

  /**
   * Reads a sentence: by cue index, 1 where the cue may match it and 0 where it cannot. The array is
   * the filter's own and is overwritten by the next scan; a caller may write to it meanwhile.
   */
  scan(text: string): Uint8Array {
    const { found, may, delta, out, cuesOf } = this;
    found.fill(0);
    may.fill(0);
    for (const k of this.always) may[k] = 1;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 128) {
        if (c >= 97 && c <= 122) c -= 32;
        state = delta[state * 128 + c];
      } else {
        c = fold(c);
        let to = this.next[state].get(c);
        while (to === undefined && state !== 0) {
          state = this.fail[state];
          to = this.next[state].get(c);
        }
        state = to ?? 0;
      }
      const ids = out[state];
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j];
        if (found[id]) continue;
        found[id] = 1;
        const ks = cuesOf[id];
        for (let n = 0; n < ks.length; n++) may[ks[n]] = 1;
      }
    }
    return may;
  }

  /** The strings a cue needs (for tests), or null when it always runs. */
  literalsOf(cue: RegExp): string[] | null {
    const k = this.index.get(cue);
    return k === undefined || !this.needs[k].length ? null : this.needs[k].map((id) => this.literals[id]);
  }
}
