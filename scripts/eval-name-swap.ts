/**
 * Name-swap robustness: how much of the deal score rests on the lists knowing the parties' names.
 *
 * Each party name of a gold deal (web-deals-dev: `facts.parties` and the template's purchaser, acquired
 * and seller; Reuters: the template) is cut into words, and each word that is not a legal form, a head
 * word of companies, a known place, a nationality or a word the texts also write in lower case is
 * replaced, in the article and in its gold alike, by another word:
 *   - `invented`: a made-up word no list holds ("Talvex", "Bremora"): the parties must be read from
 *     the sentence, as for a company the lists never heard of;
 *   - `common`: a real-looking name that is also a common word, surname or place ("Summit", "Harper",
 *     "Lincoln"): the parties must be read against the other readings of the word;
 *   - `people`: surnames and given names ("Morgan", "Baxter", "Fleming"), as in "Morgan Stanley" or
 *     "Dell": the parties must be told from persons.
 * Acronyms made of a name's initials become the initials of the new name. The same input gives the
 * same words (SHA-256 of the article's id and the word). Both the original and the swapped articles
 * are scored with ../shared/eval/deals/score.mjs, by the same halves as eval-web-deals.ts and
 * eval-deals.ts: a drop on `dev` that `check` does not share points to names fitted into the lists.
 *
 *   npx tsx scripts/eval-name-swap.ts [--set web|reuters] [--mode invented|common|people] [--half dev|check]
 *                                     [--verbose] [--json FILE]
 *
 * Skips with a message (exit 0) when the data are absent (the halves are those of deal-sets.ts). Evaluation use only: the swapped texts are
 * written under .eval/ and never copied into the repository.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { safeExtract, toErrorLine } from '../src/index.js';
import { CORPORATE_SUFFIXES, NATIONALITIES, ORG_HEADS, lookupPhrase } from '../src/extract/entities/lexicon.js';
import { flag, halfOf, root, scoreLines, scoreRows, scorerPath, skipWhenMissing, webDealItems, webDealsDir } from './deal-sets.js';

const args = process.argv.slice(2);
const set = flag('--set') ?? 'web';
const mode = flag('--mode') ?? 'invented';
if (!['web', 'reuters'].includes(set) || !['invented', 'common', 'people'].includes(mode)) {
  console.error(`eval-name-swap: --set must be web or reuters (got ${set}), --mode invented, common or people (got ${mode})`);
  process.exit(2);
}
const dataPath = set === 'web' ? webDealsDir : path.join(root, '../shared/datasets/reuters-acq-templates/templates.jsonl');
skipWhenMissing(dataPath, scorerPath);

interface Item {
  id: string;
  text: string;
  publishedAt?: string;
  template: Record<string, string[][]>;
  facts?: { parties?: { name: string; aliases?: string[]; role: string }[] };
}

const MONTHS: Record<string, string> = { JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12' };
const isoDate = (d?: string) => {
  const m = d ? /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(d) : null;
  return m ? `${m[3]}-${MONTHS[m[2]]}-${m[1].padStart(2, '0')}` : undefined;
};
const readJsonl = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const items: Item[] =
  set === 'web'
    ? webDealItems()
    : readJsonl(dataPath).map((g: { id: number; title?: string; text: string; date?: string; template: Item['template'] }) => ({
        id: String(g.id),
        text: g.title ? `${g.title}\n\n${g.text}` : g.text,
        publishedAt: isoDate(g.date),
        template: g.template,
      }));

/** Words the texts write in lower case somewhere: common words, kept (a name's "First", "United"). */
const lowerWords = new Set<string>();
for (const it of items) for (const w of it.text.match(/\b[a-z][a-z'-]*\b/g) ?? []) lowerWords.add(w);

const SYL1 = ['Tal', 'Bre', 'Quin', 'Dar', 'Vel', 'Mor', 'Nor', 'Kes', 'Lum', 'Pra', 'Sol', 'Cav', 'Hal', 'Zen', 'Ost', 'Fen', 'Gar', 'Riv', 'Tor', 'Wex'];
const SYL2 = ['vex', 'mora', 'del', 'tron', 'wick', 'ley', 'ora', 'ent', 'ix', 'ara', 'ton', 'ane', 'ith', 'olt', 'ova', 'ure', 'ston', 'ick', 'ica', 'ell'];
/** Surnames and given names (company names of people: "Morgan Stanley", "Ford", "Dell"). */
const PEOPLE = 'Morgan Stanley Carter Warren Baxter Lewis Grant Spencer Howard Russell Marshall Porter Wallace Graham Reid Shaw Palmer Fleming Bennett Hughes Foster Gordon Murray Harvey Walsh Barker Lambert Fisher Griffin Hayes Mason Dixon Perry Hunt Holmes Chapman Pearson Cole Webb'.split(' ');
/** Real-looking names that are also common words, surnames or places. */
const POOL = 'Sterling Summit Harper Beacon Crest Pioneer Keystone Mercer Atlas Vantage Meridian Granite Carter Monroe Lincoln Bishop Walker Hudson Madison Quest Archer Fulton Baxter Hollis Sutton Parker Landmark Cobalt Harbor Everest Orion Falcon Jasper Redwood Willow Cedar Marlow Ashford Brant Cooper'.split(' ');

function newWord(word: string, salt: string): string {
  const h = createHash('sha256').update(`${salt}\u0000${word}`).digest();
  if (/^[A-Z0-9&]{1,5}$/.test(word)) return Array.from({ length: Math.max(2, Math.min(4, word.length)) }, (_, i) => SYL1[h[i] % SYL1.length][0]).join('');
  if (mode === 'common') return POOL[(h[0] * 256 + h[1]) % POOL.length];
  if (mode === 'people') return PEOPLE[(h[0] * 256 + h[1]) % PEOPLE.length];
  return SYL1[h[0] % SYL1.length] + SYL2[h[1] % SYL2.length] + (word.length > 7 ? SYL2[h[2] % SYL2.length] : '');
}

const SPLIT = /[\s,.()'’]+/;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The swap of one item: its word map, and the item with text and template rewritten. */
function swap(it: Item): { map: Map<string, string>; item: Item } {
  const names = new Set<string>();
  for (const p of it.facts?.parties ?? []) {
    if (p.role === 'advisor' || p.role === 'lender') continue;
    names.add(p.name);
    for (const a of p.aliases ?? []) names.add(a);
  }
  for (const k of ['purchaser', 'acquired', 'seller']) for (const f of it.template[k] ?? []) for (const s of f) names.add(s);
  // Words of a two-word place inside a name ("Los Angeles Times") stay.
  const placeWords = new Set<string>();
  for (const n of names) {
    const ws = n.split(SPLIT);
    for (let i = 0; i + 1 < ws.length; i++) {
      if (lookupPhrase(`${ws[i]} ${ws[i + 1]}`, false)?.type === 'place') placeWords.add(ws[i]).add(ws[i + 1]);
    }
  }
  const keep = (w: string) =>
    w.length < 2 || !/^\p{Lu}/u.test(w) || /-/.test(w) || placeWords.has(w) || CORPORATE_SUFFIXES.has(w) || ORG_HEADS.has(w) || NATIONALITIES.has(w.toLowerCase()) || lowerWords.has(w.toLowerCase()) || lookupPhrase(w, false)?.type === 'place';
  const map = new Map<string, string>();
  for (const n of names) {
    for (const w of n.split(SPLIT)) {
      if (keep(w) || map.has(w)) continue;
      // (A word in capitals that a name also writes in lower case takes that word's new word: "GENCORP".)
      const same = w.length > 5 && w === w.toUpperCase() ? [...names].flatMap((m) => m.split(SPLIT)).find((v) => v !== w && v.toUpperCase() === w && !keep(v)) : undefined;
      if (same) {
        if (!map.has(same)) map.set(same, newWord(same, it.id));
        map.set(w, map.get(same)!.toUpperCase());
        continue;
      }
      const used = new Set(map.values());
      let x = newWord(w, it.id);
      for (let k = 1; used.has(x) || it.text.includes(x); k++) x = newWord(w, `${it.id}#${k}`);
      map.set(w, x);
    }
  }
  // An acronym made of a name's initials becomes the initials of the new name ("KKR").
  // (With or without the words the lists take for legal forms: "Trans World Airlines Inc", "TWA".)
  const LEGAL = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'LLC', 'plc', 'PLC', 'AG', 'SA', 'NV']);
  for (const n of names) {
    for (const legal of [(w: string) => CORPORATE_SUFFIXES.has(w), (w: string) => LEGAL.has(w)]) {
      const ws = n.split(SPLIT).filter((w) => /^\p{Lu}/u.test(w) && !legal(w) && w !== 'The' && w !== '&');
      if (ws.length < 2) continue;
      const initials = ws.map((w) => w[0]).join('');
      if (/^[A-Z]+$/.test(initials) && new RegExp(`\\b${initials}\\b`).test(it.text)) map.set(initials, ws.map((w) => (map.get(w) ?? w)[0]).join(''));
    }
  }
  const pairs: [string, string][] = [];
  for (const [a, b] of map) {
    pairs.push([a, b]);
    if (a !== a.toUpperCase()) pairs.push([a.toUpperCase(), b.toUpperCase()]); // headlines in capitals
  }
  pairs.sort((x, y) => y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1));
  const res = pairs.map(([a, b]) => [new RegExp(`(?<![\\p{L}\\d])${esc(a)}(?![\\p{L}\\d])`, 'gu'), b] as const);
  const apply = (s: string) => res.reduce((acc, [re, b]) => acc.replace(re, b), s);
  const template: Item['template'] = {};
  for (const [k, v] of Object.entries(it.template)) template[k] = v.map((f) => f.map((s) => (typeof s === 'string' ? apply(s) : s)));
  return { map, item: { ...it, text: apply(it.text), template } };
}

const outDir = path.join(root, '.eval/name-swap');
mkdirSync(outDir, { recursive: true });
const run = (it: Item) => {
  const r = safeExtract({ id: it.id, text: it.text, publishedAt: it.publishedAt });
  return JSON.stringify(r.success ? r.data : toErrorLine(it.id, r.error));
};
type Rows = Record<string, { p: number; r: number; f1: number }>;
const score = (recs: string[], gold: Item[], name: string, verbose = false): { rows: Rows; lines: string[] } => {
  const rf = path.join(outDir, `${name}.records.jsonl`);
  const gf = path.join(outDir, `${name}.gold.jsonl`);
  writeFileSync(rf, `${recs.join('\n')}\n`);
  writeFileSync(gf, `${gold.map((g) => JSON.stringify(g)).join('\n')}\n`);
  const rows: Rows = scoreRows(rf, gf);
  const lines = verbose ? scoreLines(rf, gf) : [];
  return { rows, lines };
};

const only = flag('--half');
const verbose = args.includes('--verbose');
const result: Record<string, unknown> = {};
const slots = ['purchaser', 'acquired', 'seller', 'dlramt', 'status', 'TOTAL'];
console.log(`name swap (${mode} names) on ${set === 'web' ? 'web-deals-dev' : 'Reuters acquisition templates'}`);
for (const half of ['dev', 'check'] as const) {
  if (only && half !== only) continue;
  const sel = items.filter((it) => halfOf(it.id) === half);
  const swapped = sel.map((it) => swap(it));
  const orig = score(sel.map(run), sel, `${set}-${half}-original`, verbose);
  const sw = score(swapped.map((s) => run(s.item)), swapped.map((s) => s.item), `${set}-${half}-${mode}`, verbose);
  const changed = swapped.filter((s) => s.map.size > 0).length;
  console.log(`\n== ${half} (${sel.length} articles, ${changed} with names swapped)`);
  console.log(`${'slot'.padEnd(10)} original  swapped  change`);
  for (const k of slots) {
    const a = orig.rows[k]?.f1 ?? 0;
    const b = sw.rows[k]?.f1 ?? 0;
    console.log(`${k.padEnd(10)} ${a.toFixed(3).padStart(8)} ${b.toFixed(3).padStart(8)} ${(b - a >= 0 ? '+' : '') + (b - a).toFixed(3)}`);
  }
  result[half] = { articles: sel.length, changed, original: orig.rows.TOTAL?.f1 ?? 0, swapped: sw.rows.TOTAL?.f1 ?? 0 };
  if (verbose) {
    // The scorer's lines of the swapped run for slots the original run got right.
    const key = (l: string) => l.split(' ').slice(0, 2).join(' ');
    const before = new Set(orig.lines.map(key));
    const ids = new Map(swapped.map((s) => [s.item.id, s.map]));
    for (const l of sw.lines) if (!before.has(key(l))) console.log(`  lost: ${l}  ${JSON.stringify(Object.fromEntries(ids.get(l.split(' ')[0]) ?? []))}`);
  }
}
const jsonOut = flag('--json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ set, mode, ...result }));
