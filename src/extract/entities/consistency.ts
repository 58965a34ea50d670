/**
 * Document-level consistency: group typed spans into one cluster per real-world party and find the
 * later mentions the span rules could not type on their own. Refiners, in order:
 *   1. strong spans form clusters; each registers its forms and short forms
 *      (organizations: the name without its suffix, and its first word when a suffix made it;
 *      people: the surname);
 *   2. acronyms defined in the text, "Amazon Web Services (AWS)", join the entity before them;
 *   4. weak spans (fallback guesses) join a cluster whose form they match, or stand alone;
 *   5. every remaining occurrence of a known form (sentence starts, headlines, all-caps lines)
 *      becomes a mention;
 *   6. tickers, "<GATS>" in wire copy and "(LSE: ALDM)" in releases, join the organization named just before;
 *   7. alias pairs from the lexicon ("Fed" / "Federal Reserve", "U.S." / "United States") and a place
 *      qualified by its country ("U.S. Gulf Coast" / "Gulf Coast") become one entity.
 */
import type { EntityType } from '../../schema/index.js';
import { ALIAS_PAIRS, COMPANY_SLOTS, NO_SHORT_FORM, CONNECTORS, COMMON_WORDS, CORPORATE_SUFFIXES, EXCHANGE_NAMES, EXCHANGE_PREFIXES, FIRM_TAILS, GIVEN_NAMES, LOC_HEADS, NATIONALITIES, PERSON_TITLES, NAME_PARTICLES, NON_ENTITIES, ORG_HEADS, ORG_HEADS_BEFORE_OF, SENTENCE_INITIAL_STOP, SURNAMES, WEB_DOMAINS, lookupPhrase } from './lexicon.js';
import { ambiguousWord, commonPlural, companySlot, isSecurity, listingAt, placeContext, surface, type Ctx, type Span } from './rules.js';

export interface Cluster {
  type: EntityType;
  rule: string;
  spans: Span[];
  /** Token index of the earliest span. */
  first: number;
}

interface Forms {
  /** Exact surface -> cluster. */
  exact: Map<string, Cluster>;
  /** Short form (derived, lower priority) -> cluster. */
  short: Map<string, Cluster>;
  /** Upper-cased surface -> cluster, for all-caps lines. */
  upper: Map<string, Cluster>;
  /** The first word of a company named by its head word that is also a given name ("Lindell" of
   * "Lindell Foods"): it joins only a guess read as an organization, never a person. */
  orgShort: Map<string, Cluster>;
  /** Upper-cased form -> the forms written with small letters that organizations were registered
   * under ("BRANTHOUSE" -> "BrantHouse" of "BrantHouse Media"), for names written again with other
   * inner capitals. */
  mixed: Map<string, { c: Cluster; form: string }[]>;
}

const MAX_FORM_WORDS = 8;
/** Tokens that may sit inside a name between capitalized words. */
const JOINERS = /^(?:of|and|&|de|du|des|der|den|van|von|la|le|del|della|di|da|dos|for|the|y|al|bin|el|ibn|-|,|plc)$/;

/** The first letter of each word ("B M" of "BrantHouse Media"). */
const heads = (t: string) => t.split(/\s+/).map((w) => w[0]).join(' ');

export function cluster(ctx: Ctx, spans: Span[]): Cluster[] {
  const clusters: Cluster[] = [];
  const forms: Forms = { exact: new Map(), short: new Map(), upper: new Map(), orgShort: new Map(), mixed: new Map() };
  const byStart = new Map<number, Span>();
  const covered = new Uint8Array(ctx.toks.length);
  const claim = (s: Span) => {
    for (let i = s.a; i < s.b; i++) covered[i] = 1;
    byStart.set(s.a, s);
  };
  const spanCluster = new Map<Span, Cluster>();

  /** Clusters with a mention in capitals ("CHICAGO" in a dateline). */
  const capsClusters = new Set<Cluster>();
  const register = (c: Cluster, s: Span) => {
    const text = surface(ctx, s.a, s.b);
    if (!/\p{Ll}/u.test(text)) capsClusters.add(c);
    if (!forms.exact.has(text)) forms.exact.set(text, c);
    if (!forms.upper.has(text.toUpperCase())) forms.upper.set(text.toUpperCase(), c);
    const given = c.type === 'organization' ? givenNameHead(ctx, s) : null;
    if (given && !forms.orgShort.has(given)) forms.orgShort.set(given, c);
    const shorts = shortForms(ctx, s, c.type);
    for (const f of shorts) {
      // A short form shared by two names belongs to the one named first ("Halvorsen").
      const prev = forms.short.get(f);
      if (!prev || prev.first > c.first) forms.short.set(f, c);
      if (!forms.upper.has(f.toUpperCase())) forms.upper.set(f.toUpperCase(), c);
    }
    if (c.type !== 'organization') return;
    for (const form of [text, ...shorts]) {
      if (!/\p{Ll}/u.test(form)) continue;
      const key = form.toUpperCase();
      const list = forms.mixed.get(key);
      if (list) list.push({ c, form });
      else forms.mixed.set(key, [{ c, form }]);
    }
  };
  const join = (c: Cluster, s: Span) => {
    c.spans.push(s);
    if (s.a < c.first) c.first = s.a;
    spanCluster.set(s, c);
    register(c, s);
  };
  const open = (s: Span): Cluster => {
    const c: Cluster = { type: s.type, rule: s.rule, spans: [], first: s.a };
    clusters.push(c);
    join(c, s);
    return c;
  };

  /** "Branthouse" after "BrantHouse Media": a company's name written again with other capitals inside
   * (each word's first letter the same) is the same company. */
  const caseVariant = (text: string): Cluster | undefined => {
    const key = text.toUpperCase();
    const u = forms.upper.get(key);
    return u && u.type === 'organization' && /\p{Ll}/u.test(text) && forms.mixed.get(key)?.some((m) => m.c === u && m.form !== text && heads(m.form) === heads(text)) ? u : undefined;
  };

  // 1. Strong spans: longer names first, so that an earlier short form finds its full name.
  const ordered = [...spans].sort((x, y) => x.a - y.a);
  const strong = ordered.filter((s) => !s.weak).sort((x, y) => y.b - y.a - (x.b - x.a) || x.a - y.a);
  for (const s of strong) {
    // A headline's slot drops the common words a name may open with ("SELLS NATIONAL HERITAGE STAKE"
    // reads "HERITAGE"): they come back when, with them, the slot is a company named in the text.
    if (s.rule === 'headline-slot') extendSlot(ctx, s, forms, covered);
    claim(s);
    const text = surface(ctx, s.a, s.b);
    let c = forms.exact.get(text) ?? forms.short.get(text);
    // "CHICAGO" in the dateline and "Chicago" in the text: one place (same type, same letters).
    if (!c) {
      const u = forms.upper.get(text.toUpperCase());
      if (u && u.type === s.type && (!/\p{Ll}/u.test(text) || capsClusters.has(u))) c = u;
      else if (s.type === 'organization') c = caseVariant(text);
    }
    // "Swiss Re" after "Swiss Reinsurance Co": a company's name whose later words are cut short.
    if (!c && s.type === 'organization' && s.b - s.a >= 2) c = clippedOf(forms, text);
    // A single-word place or organization from a list yields to a person named earlier ("Jordan").
    if (c && (c.type === s.type || s.b - s.a === 1 || c.type === 'person')) {
      s.type = c.type;
      join(c, s);
    } else open(s);
  }

  // 1b. A word the lists know as a place that opens a company's name made by its legal form ("Harper" of
  // "Harper Brant Inc"), used alone where a company stands ("Harper said it will pay") and never where
  // a place stands ("in Harper"): the company's short form, not the town.
  placeShortForms(ctx, clusters, spanCluster, join);

  // 2. Acronyms defined in the text: "Long Name (ABC)".
  for (const s of ordered) {
    if (s.weak || s.type === 'person' || s.type === 'place') continue;
    const { toks } = ctx;
    const p = toks[s.b];
    const x = toks[s.b + 1];
    const q = toks[s.b + 2];
    if (!p || !x || !q || p.text !== '(' || q.text !== ')' || !/^[A-Z][A-Za-z0-9&.]{1,7}$/.test(x.text) || !/[A-Z].*[A-Z]/.test(x.text)) continue;
    const owner = spanCluster.get(s)!;
    const existing = byStart.get(s.b + 1);
    const acr: Span = existing ?? { a: s.b + 1, b: s.b + 2, type: owner.type, rule: 'acronym-definition', weak: false };
    if (existing) {
      const old = spanCluster.get(existing);
      if (old === owner) continue;
      // The acronym had an entity of its own ("AWS" from the lexicon): it merges into its expansion.
      if (old) {
        for (const o of old.spans) {
          if (o === existing || surface(ctx, o.a, o.b) !== x.text) continue;
          o.type = owner.type;
          join(owner, o);
        }
        old.spans = old.spans.filter((o) => spanCluster.get(o) === old && o !== existing && surface(ctx, o.a, o.b) !== x.text);
      }
      existing.weak = false;
    }
    acr.type = owner.type;
    claim(acr);
    join(owner, acr);
    forms.exact.set(x.text, owner);
  }

  // 4. Weak spans (fallback guesses), grouped by surface, longer names first: a group joins a known
  // form ("Nwosu" after "Adaeze Nwosu"), else its occurrences vote on the type (a place context
  // anywhere in the document counts double) and it becomes an entity of its own.
  // (span ends and starts, built once and only when a guess asks)
  let ends: { byEnd: Map<number, Span>; byStart: Map<number, Span> } | null = null;
  const spanEnds = () => {
    if (!ends) {
      ends = { byEnd: new Map(), byStart: new Map() };
      for (const x of ordered) {
        ends.byEnd.set(x.b, x);
        ends.byStart.set(x.a, x);
      }
    }
    return ends;
  };
  const weakGroups = new Map<string, Span[]>();
  for (const s of ordered) {
    if (!s.weak || covered[s.a]) continue;
    claim(s);
    const text = surface(ctx, s.a, s.b);
    const g = weakGroups.get(text);
    if (g) g.push(s);
    else weakGroups.set(text, [s]);
  }
  const groups = [...weakGroups.entries()].sort((x, y) => y[1][0].b - y[1][0].a - (x[1][0].b - x[1][0].a) || x[1][0].a - y[1][0].a);
  for (const [text, g] of groups) {
    const c = forms.exact.get(text) ?? forms.short.get(text) ?? caseVariant(text);
    if (c) {
      for (const s of g) {
        s.type = c.type;
        s.rule = 'consistency';
        join(c, s);
      }
      continue;
    }
    const votes = new Map<EntityType, number>();
    for (const s of g) votes.set(s.type, (votes.get(s.type) ?? 0) + (s.type === 'place' ? 2 : 1));
    let best = g[0].type;
    for (const [t, v] of votes) if (v > (votes.get(best) ?? 0)) best = t;
    // A guess listed among organizations is one ("Universal, Viacom, Warner Music Group and Condé
    // Nast", "between Woolworths, Coles and independent supermarkets").
    if (best !== 'organization' && g.some((s) => s.rule === 'capitalized-sequence' && !(s.b - s.a > 1 && GIVEN_NAMES.has(ctx.toks[s.a].lower)) && listedAmongOrganizations(ctx, s, spanEnds()))) best = 'organization';
    // So is a guess that stands where a company stands once ("a 20% stake in Pellor"), whatever a
    // preposition made of it elsewhere ("talks began in Pellor").
    if (best === 'place' && g.some((s) => s.type === 'organization' && companySlot(ctx, s.a, s.b, false))) best = 'organization';
    // "Lindell" after "Lindell Foods", guessed an organization: the company, not a new one.
    const owner = best === 'organization' ? forms.orgShort.get(text) : undefined;
    if (owner) {
      for (const s of g) {
        s.rule = 'consistency';
        join(owner, s);
      }
      continue;
    }
    for (const s of g) s.type = best;
    // An organization guessed once, from capitalization alone, with no company context ("Project Apollo
    // Archive" in a photo credit, "Tajik", "Eurodollars") is not reported: most such guesses are wrong.
    // Kept where the document uses the name again (at sentence starts too, where no rule guesses), or
    // with context: the headline or lead sentence, a company slot, a kind of organization before it ("the energy regulator Ofgem"),
    // "by" or "told" ("compiled by FactBridge", "told Seedline"), a web title's site name ("... | Seedline").
    // Likewise a lone word guessed a person once or twice outside the lead, whose full name the document
    // never gives ("Marston", "Barbie"): a person is introduced by full name before a surname is used alone.
    if (best === 'person' && g.length <= 2 && g.every((s) => s.rule === 'capitalized-sequence' && s.b - s.a === 1) && ctx.toks[g[0].a].sent >= 2 && occurrences(ctx.text, text, 3) < 3) continue;
    if (best === 'organization' && g.length === 1 && g[0].rule === 'capitalized-sequence' && !guessHasContext(ctx, g[0]) && occurrences(ctx.text, text, 2) < 2) continue;
    const nc = open(g[0]);
    for (const s of g.slice(1)) join(nc, s);
  }

  // 4b. An acronym guess whose letters are the initials of an organization named in the document joins
  // it ("AMI" after "American Medical International Inc").
  const byInitials = new Map<string, Cluster>();
  for (const o of clusters) {
    if (o.type !== 'organization') continue;
    for (const s of o.spans) {
      if (s.b - s.a < 2) continue;
      for (const ini of initialsForms(ctx, s)) if (!byInitials.has(ini)) byInitials.set(ini, o);
    }
  }
  for (const c of clusters) {
    if (c.type !== 'organization' || c.spans.length === 0) continue;
    const acr = surface(ctx, c.spans[0].a, c.spans[0].b);
    if (!/^[A-Z]{2,6}$/.test(acr) || c.spans.some((s) => s.b - s.a !== 1)) continue;
    const found = byInitials.get(acr);
    const owner = found !== c ? found : undefined;
    if (!owner) continue;
    for (const s of c.spans) {
      s.type = owner.type;
      s.rule = 'acronym-initials';
      join(owner, s);
    }
    c.spans = [];
    forms.exact.set(acr, owner);
  }

  // 5. Every other occurrence of a known form.
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || !toks[i].cap) continue;
    // A form spans uncovered tokens of one sentence: capitalized words and what may join them.
    let end = i + 1;
    while (end < toks.length && end - i < MAX_FORM_WORDS && !covered[end] && toks[end].sent === toks[i].sent && (toks[end].cap || JOINERS.test(toks[end].text))) end++;
    for (let j = end; j > i; j--) {
      if (!toks[j - 1].cap) continue;
      const text = surface(ctx, i, j);
      let c = forms.exact.get(text) ?? forms.short.get(text);
      if (!c && toks[i].line.allCaps) c = forms.upper.get(text);
      if (!c) continue;
      // A word that is usually no name ("Nikkei" the index) is one when the document names it with a
      // legal form ("Nikkei Inc").
      if (j - i === 1 && ((NON_ENTITIES.has(text) && !namedWithSuffix(ctx, c, text)) || isSecurity(ctx, i))) continue;
      // The next token must not continue the name ("Microsoft Azure" is not "Microsoft").
      if (toks[j] && toks[j].cap && toks[j].sent === toks[i].sent && !toks[i].line.allCaps && !toks[i].line.titleCase) continue;
      const s: Span = { a: i, b: j, type: c.type, rule: 'consistency', weak: false };
      claim(s);
      join(c, s);
      i = j - 1;
      break;
    }
  }
  // 6. Tickers: "Gatso Inc <GATS>" in wire copy, "Aldermoor Therapeutics plc (LSE: ALDM)" in releases.
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i];
    // The exchange of "(NASDAQ: AAPL)", "(Xetra: 858266)" is an organization of its own.
    if (toks[i - 1].text === ':' && i >= 3 && toks[i - 3].text === '(' && !covered[i - 2] && EXCHANGE_NAMES.has(toks[i - 2].text)) {
      const ex: Span = { a: i - 2, b: i - 1, type: 'organization', rule: 'exchange', weak: false };
      claim(ex);
      const c = forms.exact.get(toks[i - 2].text);
      if (c && c.type === 'organization') join(c, ex);
      else forms.exact.set(toks[i - 2].text, open(ex));
    }
    if (!/^[A-Z][A-Z0-9.]{0,7}$/.test(t.text)) continue;
    const angle = toks[i - 1].text === '<' && toks[i + 1].text === '>';
    const listed = toks[i - 1].text === ':' && i >= 3 && EXCHANGE_PREFIXES.has(toks[i - 2].text) && toks[i - 3].text === '(' && (toks[i + 1].text === ')' || toks[i + 1].text === ';' || toks[i + 1].text === ',');
    if (!angle && !listed) continue;
    const from = angle ? i - 2 : i - 4;
    let owner: Cluster | undefined;
    for (let k = from; k >= Math.max(0, from - 6) && !owner; k--) {
      const s = byStart.get(k);
      if (s && s.b <= from + 1 && s.type === 'organization') owner = spanCluster.get(s);
    }
    if (!owner) continue;
    const existing = byStart.get(i);
    if (existing) {
      const old = spanCluster.get(existing);
      if (old === owner) continue;
      if (old) old.spans.splice(old.spans.indexOf(existing), 1);
    }
    const tick: Span = { a: i, b: i + 1, type: owner.type, rule: 'ticker', weak: false };
    claim(tick);
    join(owner, tick);
  }

  // 7. Alias pairs and country-qualified places: the short or qualified cluster joins the full one.
  const bySurface = new Map<string, Cluster>();
  for (const c of clusters) for (const s of c.spans) {
    const f = surface(ctx, s.a, s.b);
    if (!bySurface.has(f)) bySurface.set(f, c);
  }
  /** Where a merged cluster's spans went: a name's surface still finds them ("U.S. Gulf Coast" and
   * "US Gulf Coast" both qualify "Gulf Coast", so the second joins the first). */
  const movedTo = new Map<Cluster, Cluster>();
  const current = (c: Cluster | undefined) => {
    while (c && movedTo.has(c)) c = movedTo.get(c);
    return c;
  };
  const merge = (from: Cluster, into: Cluster) => {
    if (from === into || from.spans.length === 0) return;
    movedTo.set(from, into);
    for (const s of from.spans) {
      s.type = into.type;
      into.spans.push(s);
      spanCluster.set(s, into);
      if (s.a < into.first) into.first = s.a;
    }
    from.spans = [];
    if (from.first < into.first) into.first = from.first;
  };
  for (const c of clusters) {
    for (const s of [...c.spans]) {
      const f = surface(ctx, s.a, s.b);
      const full = ALIAS_PAIRS.get(f);
      const into = full ? bySurface.get(full) : undefined;
      if (into && into !== c && into.type === c.type && into.spans.length) {
        merge(c, into);
        break;
      }
      // "U.S. Gulf Coast" and "Gulf Coast": a place named with a leading country or state is the same place.
      if (c.type === 'place' && s.b - s.a >= 2) {
        for (let k = s.a + 1; k < s.b; k++) {
          const q = lookupPhrase(surface(ctx, s.a, k), false);
          const rest = current(bySurface.get(surface(ctx, k, s.b)));
          if (q && q.type === 'place' && !q.weak && rest && rest !== c && rest.type === 'place' && ctx.toks[k].cap) {
            merge(rest, c);
            break;
          }
        }
      }
    }
  }
  return clusters;
}

/** How often `name` occurs in `text` as a whole word, counted up to `max`. */
function occurrences(text: string, name: string, max: number): number {
  let n = 0;
  for (let i = text.indexOf(name); i >= 0 && n < max; i = text.indexOf(name, i + 1)) {
    const before = i > 0 ? text[i - 1] : ' ';
    const after = text[i + name.length] ?? ' ';
    // (Inside a longer name too: "Becher" of "Kurt A. Becher GmbH" ... "Becher said".)
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) n++;
  }
  return n;
}

function guessHasContext(ctx: Ctx, s: Span): boolean {
  // The headline and lead sentence of an article name its parties.
  if (ctx.toks[s.a].sent < 2) return true;
  const p = ctx.toks[s.a - 1];
  if (p && p.sent === ctx.toks[s.a].sent && (p.text === 'by' || p.text === 'told' || p.text === '|' || COMPANY_SLOTS.appositionNouns.has(p.lower) || ORG_KIND_NOUNS.has(p.lower))) return true;
  // The market of a listing: "(Xetra: BRW1.DE - news)".
  if (p?.text === '(' && EXCHANGE_NAMES.has(surface(ctx, s.a, s.b)) && listingAt(ctx.toks, s.a - 1)) return true;
  return companySlot(ctx, s.a, s.b, false);
}
/** Kinds of organization that are no company ("the energy regulator Ofgem"). */
const ORG_KIND_NOUNS = new Set(['regulator', 'watchdog', 'agency', 'ministry', 'newspaper', 'magazine', 'broadcaster', 'website', 'site', 'outlet', 'agency', 'exchange', 'university', 'charity', 'party', 'union', 'club', 'team', 'studio', 'label', 'organisation', 'organization', 'consultancy', 'institute']);

/** The cluster has a mention that is `word` followed by a legal form ("Nikkei Inc" for "Nikkei"). */
function namedWithSuffix(ctx: Ctx, c: Cluster, word: string): boolean {
  return c.type === 'organization' && c.spans.some((s) => s.b - s.a >= 2 && ctx.toks[s.a].text === word && CORPORATE_SUFFIXES.has(ctx.toks[s.b - 1].text));
}

/** Initials of a name without its suffix and connectors: "American Medical International Inc" -> "AMI". */
function initials(ctx: Ctx, s: Span): string {
  let b = s.b;
  while (b - s.a > 1 && CORPORATE_SUFFIXES.has(ctx.toks[b - 1].text)) b--;
  let out = '';
  for (let i = s.a; i < b; i++) {
    const t = ctx.toks[i];
    if (t.cap && /^\p{Lu}/u.test(t.text)) out += t.text[0];
  }
  return out.length >= 2 ? out : '';
}

/** The initials a name may go by: without its legal form, and with a descriptive suffix word kept
 * ("Trans World Airlines Inc" -> "TWA" as well as "TW"). */
function initialsForms(ctx: Ctx, s: Span): string[] {
  const out: string[] = [];
  const main = initials(ctx, s);
  if (main) out.push(main);
  let b = s.b;
  while (b - s.a > 2 && CORPORATE_SUFFIXES.has(ctx.toks[b - 1].text) && LEGAL_FORMS.test(ctx.toks[b - 1].text)) b--;
  if (b < s.b) {
    let ini = '';
    for (let i = s.a; i < b; i++) if (ctx.toks[i].cap && /^\p{Lu}/u.test(ctx.toks[i].text)) ini += ctx.toks[i].text[0];
    if (ini.length >= 3 && !out.includes(ini)) out.push(ini);
  }
  return out;
}
const LEGAL_FORMS = /^(?:Inc|Corp|Co|Ltd|Plc|PLC|plc|LLC|Limited|Incorporated|Corporation|Company|AG|SA|NV|BV|SpA|GmbH|AB|Pty)\.?$/;

/** Rules whose organization reading overrides a given-name reading of the same surface. */
const ORG_EVIDENCE = new Set(['org-context', 'org-verb', 'role-of', 'suffix']);

/** The names a first pass found on strong evidence, with their short forms: surface -> type. */
export function documentForms(ctx: Ctx, spans: Span[]): Map<string, { type: EntityType; rule: string }> {
  const known = new Map<string, { type: EntityType; rule: string }>();
  // Longer names first: "Calder Northern plc" makes "Calder Northern" an organization before a
  // headline's "Calder Northern" can make it a person.
  const ordered = [...spans].sort((x, y) => y.b - y.a - (x.b - x.a) || x.a - y.a);
  for (const s of ordered) {
    if (s.weak || (s.b - s.a === 1 && ctx.toks[s.a].upper && s.type !== 'organization')) continue;
    // A coordination is the span most likely to be wrong ("Pellucid Media and Ortega Telecom").
    let coordinated = false;
    for (let i = s.a; i < s.b; i++) if (ctx.toks[i].lower === 'and') coordinated = true;
    // ("Harper and Row Publishers Inc", read as one name by the and-name rule, gives its short forms.)
    if (coordinated && s.rule !== 'and-name') continue;
    const text = surface(ctx, s.a, s.b);
    // Organization context ("an analyst at Kerrigan Shaw", "Hartwell Lowe advised") outweighs a first name.
    const prev = known.get(text);
    if (!prev || (prev.rule === 'given-name' && ORG_EVIDENCE.has(s.rule))) known.set(text, { type: s.type, rule: s.rule });
    for (const f of shortForms(ctx, s, s.type)) if (!known.has(f)) known.set(f, { type: s.type, rule: 'consistency' });
  }
  return known;
}

/** The company whose name `text` writes with its later words cut short ("Swiss Re" for "Swiss
 * Reinsurance Co"): same first word, each later word the start of the name's word (two letters or
 * more, and shorter than it). */
function clippedOf(forms: Forms, text: string): Cluster | undefined {
  const ws = text.split(' ');
  if (ws.slice(1).some((w) => w.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(w))) return undefined;
  for (const [name, c] of forms.exact) {
    if (c.type !== 'organization') continue;
    const ns = name.split(' ');
    if (ns.length < ws.length || ns[0] !== ws[0]) continue;
    let clipped = false;
    let ok = true;
    for (let i = 1; i < ws.length && ok; i++) {
      if (ns[i] === ws[i]) continue;
      if (ns[i].startsWith(ws[i]) && ns[i].length > ws[i].length) clipped = true;
      else ok = false;
    }
    if (ok && clipped) return c;
  }
  return undefined;
}

/** A word that is a web name, in its parts: "Amazon.com" -> "Amazon", "com". */
const WEB_NAME_PARTS = /^(\p{Lu}[\p{L}\d-]*)\.(\p{L}+)$/u;

/** The shorter forms a later mention may use for this span's entity. */
function shortForms(ctx: Ctx, s: Span, type: EntityType): string[] {
  const { toks } = ctx;
  const out: string[] = [];
  const n = s.b - s.a;
  if (type === 'organization') {
    // "Amazon.com", "Amazon.com Inc." -> "Amazon": a web name without its domain.
    for (let k = s.a; k < s.b; k++) {
      const web = WEB_NAME_PARTS.exec(toks[k].text);
      if (!web || !WEB_DOMAINS.has(web[2].toLowerCase())) continue;
      const listed = lookupPhrase(web[1], false);
      if (!(listed && !listed.weak && listed.type !== 'organization') && web[1].length >= 3) out.push(k > s.a ? `${surface(ctx, s.a, k)} ${web[1]}` : web[1]);
      break;
    }
  }
  // "MCC-Presidential Inc" -> "MCC": the acronym that opens a hyphenated name, when the lists know it
  // as no place or person.
  if (type === 'organization' && n >= 3) {
    const [x, h, y] = [toks[s.a], toks[s.a + 1], toks[s.a + 2]];
    if (/^\p{Lu}{2,5}$/u.test(x.text) && h.text === '-' && h.start === x.end && y.start === h.end && /^\p{Lu}\p{Ll}/u.test(y.text) && (lookupPhrase(x.text, false)?.type ?? 'organization') === 'organization' && !out.includes(x.text)) out.push(x.text);
  }
  if (n < 2) return out;
  if (type === 'person') {
    const last = toks[s.b - 1];
    // Not a function word ("The" of a run that crossed a line) nor a country ("Kenya" after a byline).
    const place = lookupPhrase(last.text, false);
    const other = SENTENCE_INITIAL_STOP.has(last.text) || (place !== undefined && !place.weak && place.type === 'place' && !SURNAMES.has(last.lower));
    if (/^\p{Lu}/u.test(last.text) && last.text.length > 1 && !/\.$/.test(last.text) && !other) out.push(last.text);
    // "Salinas de Gortari" -> "de Gortari" is rare; the family name with its particle.
    if (n >= 3 && NAME_PARTICLES.has(toks[s.b - 2].lower)) out.push(surface(ctx, s.b - 2, s.b));
    return out;
  }
  if (type === 'organization') {
    let b = s.b;
    // "Prime Medical Services Inc" -> "Prime Medical Services" -> "Prime Medical".
    while (b - s.a > 1 && (CORPORATE_SUFFIXES.has(toks[b - 1].text) || toks[b - 1].text === ',' || (ORG_HEADS.has(toks[b - 1].text) && b < s.b && b - s.a > 2))) {
      b--;
      // "China Resources Corp" -> "China Resources", not "China": a form that is a listed place or
      // person is that place or person.
      const f = surface(ctx, s.a, b);
      const listed = b - s.a === 1 ? lookupPhrase(f, false) : undefined;
      if (toks[b - 1].text !== ',' && !(listed && !listed.weak && listed.type !== 'organization')) out.push(f);
    }
    // A legal form inside the name before "of" and a place: "Dynamics Corp of America" -> "Dynamics
    // Corp", "Dynamics".
    for (let k = s.a + 1; k + 2 < s.b; k++) {
      if (!CORPORATE_SUFFIXES.has(toks[k].text) || toks[k + 1].lower !== 'of') continue;
      for (const f of [surface(ctx, s.a, k + 1), surface(ctx, s.a, k)]) {
        const listed = lookupPhrase(f, false);
        if (!(listed && !listed.weak && listed.type !== 'organization') && !out.includes(f)) out.push(f);
      }
      break;
    }
    // Strict prefixes of two or more words of a name made by a suffix or head word ("Aubrey Lane" for
    // "Aubrey Lane Asset Management"), when the prefix is not a list entry of its own ("New York").
    if ((s.rule === 'suffix' || s.rule === 'org-head' || s.rule === 'and-name' || s.rule === 'ampersand') && b - s.a >= 3) {
      for (let k = b - 1; k >= s.a + 2; k--) {
        const last = toks[k - 1];
        if (!last.cap || CONNECTORS.has(last.lower) || CORPORATE_SUFFIXES.has(last.text)) continue;
        const f = surface(ctx, s.a, k);
        if (!lookupPhrase(f, false) && !out.includes(f)) out.push(f);
      }
    }
    // The name without its first word, of two words or more, for a name of a legal form whose first
    // word describes the rest ("Vale Dourado" for "Agropecuária Vale Dourado S.A."), when the lists
    // know no such name of its own ("Bank of Scotland" in "Royal Bank of Scotland Group").
    if (b < s.b && b - s.a >= 3 && toks[s.a + 1].cap && !CONNECTORS.has(toks[s.a + 1].lower) && !ORG_HEADS.has(toks[s.a + 1].text) && toks[b - 1].cap) {
      const tail = surface(ctx, s.a + 1, b);
      if (!lookupPhrase(tail, false) && !out.includes(tail)) out.push(tail);
    }
    // The first word: of a suffixed name ("Fundamental" for "Fundamental Management Corp"), or of a
    // listed name when it is not a common word ("Goldman" for "Goldman Sachs", not "New" for "New York Times").
    const first = toks[s.a];
    // "Dunphy's Taverns Group" -> "Dunphy's": a name that opens with a possessive goes by it.
    const poss = toks[s.a + 1];
    if (b - s.a >= 3 && (poss.text === "'s" || poss.text === '\u2019s') && poss.start === first.end && first.cap && !COMMON_WORDS.has(first.lower) && !out.includes(surface(ctx, s.a, s.a + 2))) out.push(surface(ctx, s.a, s.a + 2));
    // A full name first written in full ("Velling Controls", a rule's 'long-form') -> "Velling".
    if (s.rule === 'long-form' && !out.includes(first.text)) out.push(first.text);
    // A firm of one name and "& Sons" ("Holloway & Sons", "Sahlen and Associates Inc" -> "Holloway",
    // "Sahlen"), when that name is no common word.
    if ((s.b - s.a === 3 || (s.b - s.a === 4 && CORPORATE_SUFFIXES.has(toks[s.a + 3].text))) && (toks[s.a + 1].text === '&' || toks[s.a + 1].lower === 'and') && FIRM_TAILS.has(toks[s.a + 2].text) && !COMMON_WORDS.has(first.lower) && first.text.length >= 3 && !out.includes(first.text)) out.push(first.text);
    const listed = (s.rule === 'lexicon' || s.rule === 'gazetteer') && !COMMON_WORDS.has(first.lower) && !NATIONALITIES.has(first.lower) && !PERSON_TITLES.has(first.text);
    // An acronym that opens a name of three or more words ("AZ Electronic Materials" -> "AZ"), unless
    // the lists know it as something else ("UK Power Networks", "US Steel Corp").
    if (first.upper && /^\p{Lu}{2,4}$/u.test(first.text) && s.b - s.a >= 3 && toks[s.a + 1].cap && !lookupPhrase(first.text, false) && !NATIONALITIES.has(first.lower)) out.push(first.text);
    // Or a company named by its head word ("Lindell Foods" -> "Lindell"), when that first word is no
    // common word and no given name ("Whole Foods", "Bank of America", "Jeffrey Bank" give none).
    // (A plural trade noun ends a name as a head word does: "Tandor Grocers" -> "Tandor".)
    const headed = (((s.rule === 'org-head' || s.rule === 'company-slot' || s.rule === 'headline-slot') && ORG_HEADS.has(toks[s.b - 1].text)) || tradePlural(ctx, s)) && !COMMON_WORDS.has(first.lower) && !GIVEN_NAMES.has(first.lower) && !NATIONALITIES.has(first.lower);
    if (b < s.b || listed || headed) {
      if (
        b - s.a >= 2 && first.text.length >= 3 && !first.upper &&
        !ORG_HEADS.has(first.text) && !ORG_HEADS_BEFORE_OF.has(first.text) && !LOC_HEADS.has(first.text) && !NATIONALITIES.has(first.lower) && !NO_SHORT_FORM.has(first.lower) &&
        lookupPhrase(first.text, false)?.type !== 'place' && toks[s.a + 1].cap
      ) out.push(first.text);
    }
  }
  return out;
}

/** A company's name of two words whose second is a plural trade noun ("Tandor Grocers", "Kestrel Bakeries"). */
function tradePlural(ctx: Ctx, s: Span): boolean {
  const last = ctx.toks[s.b - 1];
  return s.b - s.a === 2 && last.cap && !last.upper && commonPlural(last.lower);
}

/** The first word of a company named by its head word when that word is a given name ("Lindell" of
 * "Lindell Foods"; shortForms leaves it out, as "Rachel" of "Rachel Foods" is more often a person). */
function givenNameHead(ctx: Ctx, s: Span): string | null {
  const { toks } = ctx;
  if (!((s.rule === 'org-head' && ORG_HEADS.has(toks[s.b - 1].text)) || tradePlural(ctx, s)) || s.b - s.a < 2) return null;
  const first = toks[s.a];
  if (!GIVEN_NAMES.has(first.lower) || COMMON_WORDS.has(first.lower) || NATIONALITIES.has(first.lower) || first.upper || first.text.length < 3 || !toks[s.a + 1].cap) return null;
  return first.text;
}

/** Span `s` stands in a list ("A, B and C") beside at least two organizations that are no guesses. */
function listedAmongOrganizations(ctx: Ctx, s: Span, ends: { byEnd: Map<number, Span>; byStart: Map<number, Span> }): boolean {
  const { toks } = ctx;
  const { byEnd, byStart } = ends;
  const sep = (i: number) => toks[i]?.text === ',' || toks[i]?.lower === 'and' || toks[i]?.text === '&';
  let orgs = 0;
  // leftwards: ", B" / ", and B" / " and B" before s
  let at = s.a;
  for (let n = 0; n < 4; n++) {
    let k = at - 1;
    if (!sep(k)) break;
    if (toks[k].lower === 'and' && toks[k - 1]?.text === ',') k--;
    const x = byEnd.get(k);
    if (!x || toks[x.a].sent !== toks[s.a].sent) break;
    if (x.type === 'organization' && !x.weak) orgs++;
    at = x.a;
  }
  at = s.b;
  for (let n = 0; n < 4; n++) {
    let k = at;
    if (!sep(k)) break;
    if (toks[k].text === ',' && toks[k + 1]?.lower === 'and') k++;
    const x = byStart.get(k + 1);
    if (!x || toks[x.a].sent !== toks[s.a].sent) break;
    if (x.type === 'organization' && !x.weak) orgs++;
    at = x.b;
  }
  return orgs >= 2;
}

/** The slot [a, b) of a headline grows left over up to three capitalized words of its sentence when
 * the longer run is a form of an organization already clustered (see step 1). */
function extendSlot(ctx: Ctx, s: Span, forms: Forms, covered: Uint8Array): void {
  const { toks } = ctx;
  for (let k = s.a - 1; k >= 0 && k >= s.a - 3 && toks[k].cap && !covered[k] && toks[k].sent === toks[s.a].sent; k--) {
    const text = surface(ctx, k, s.b);
    const c = forms.exact.get(text) ?? forms.short.get(text) ?? (toks[k].line.allCaps ? forms.upper.get(text) : undefined);
    if (c && c.type === 'organization') {
      s.a = k;
      return;
    }
  }
}

/** Step 1b of cluster(): clusters of one word, also a common word or a person's name, that are the first
 * word of exactly one company named with its legal form and are read as a company, or as a place that
 * stands in the slot of a company at least once and in the context of a place nowhere. */
function placeShortForms(ctx: Ctx, clusters: Cluster[], spanCluster: Map<Span, Cluster>, join: (c: Cluster, s: Span) => void): void {
  const { toks } = ctx;
  const byFirst = new Map<string, Cluster | null>();
  for (const c of clusters) {
    if (c.type !== 'organization') continue;
    for (const s of c.spans) {
      if (s.rule !== 'suffix' || s.b - s.a < 2 || !CORPORATE_SUFFIXES.has(toks[s.b - 1].text) || toks[s.a].upper || !toks[s.a + 1].cap) continue;
      const w = toks[s.a].text;
      const prev = byFirst.get(w);
      byFirst.set(w, prev === undefined || prev === c ? c : null);
    }
  }
  if (!byFirst.size) return;
  for (const c of clusters) {
    if ((c.type !== 'place' && c.type !== 'organization') || !c.spans.length || c.spans.some((s) => s.b - s.a !== 1)) continue;
    const w = toks[c.spans[0].a].text;
    const owner = byFirst.get(w[0] + w.slice(1).toLowerCase()) ?? byFirst.get(w);
    if (!owner || owner === c) continue;
    // (Only a word that is also a common word or a person's name: no country, state or great city,
    // "China" of "China National Offshore Oil Corp" where "China signed eight contracts".)
    if (!ambiguousWord(w.toLowerCase())) continue;
    // (A word already read as a company, "Lincoln, a publicly held corporation", needs no more.)
    if (c.type === 'place' && (!c.spans.some((s) => !toks[s.a].line.allCaps && companySlot(ctx, s.a, s.b, false)) || c.spans.some((s) => placeContext(ctx, s.a, s.b)))) continue;
    for (const s of c.spans) {
      s.type = 'organization';
      s.rule = 'consistency';
      spanCluster.delete(s);
      join(owner, s);
    }
    c.spans = [];
  }
}
