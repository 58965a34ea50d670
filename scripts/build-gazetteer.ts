/**
 * Builds src/extract/entities/data/gazetteer.json from the openly licensed name lists in
 * ../shared/datasets/gazetteers (see its README; never from ../shared/datasets/ner).
 *
 *   npx tsx scripts/build-gazetteer.ts [gazetteer dir]
 *
 * Output: { version, entries: { [lowercased surface]: code }, given: {...}, surnames: [...], ... }
 * where code is a type letter (O organization, L place, P person) plus "w" when the entry is weak:
 * a single word that is also a common English word (in wink-nlp's lexicon), a given name or a
 * surname, so that it needs context before it counts.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import model from 'wink-eng-lite-web-model';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = process.argv[2] ?? path.join(root, '..', 'shared', 'datasets', 'gazetteers');
const out = path.join(root, 'src', 'extract', 'entities', 'data', 'gazetteer.json');
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} not found`);
  process.exit(0);
}

interface Row { name: string; type: string; aliases: string[]; info: Record<string, string> }
function read(file: string): Row[] {
  const lines = readFileSync(path.isAbsolute(file) ? file : path.join(dir, file), 'utf8').split('\n').slice(1);
  const rows: Row[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const [name, type, aliases, , info] = line.split('\t');
    const kv: Record<string, string> = {};
    for (const p of (info ?? '').split(';')) {
      const i = p.indexOf('=');
      if (i > 0) kv[p.slice(0, i)] = p.slice(i + 1);
    }
    rows.push({ name: name.trim(), type, aliases: aliases ? aliases.split('|').map((s) => s.trim()).filter(Boolean) : [], info: kv });
  }
  return rows;
}

// wink-eng-lite-web-model's lexicon (MIT): its lower-case alphabetic words. It holds some proper nouns
// too ("texas", "smith"); the names from the lists below are taken out to make the common-word list.
const lexiconWords = new Set<string>();
for (const w of (model as unknown as { core: () => { features: { lexeme: { list: string[] } } } }).core().features.lexeme.list) {
  if (/^[a-z][a-z'-]*[a-z]$/.test(w)) lexiconWords.add(w);
}
const inLexicon = (word: string) => commonWords.has(word.toLowerCase());

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => norm(s).split(' ').length;
/** Plausible English-news surface: Latin script, starts upper-case or digit, at most 6 words. */
function plausible(s: string): boolean {
  return /^[A-Z0-9]/.test(s) && /^[\p{Script=Latin}0-9 .,'&()\-]+$/u.test(s) && words(s) <= 6 && s.length >= 2;
}

// Given names (SSA) and surnames (Census), also used to mark weak single-word entries.
const given = new Map<string, number>();
for (const r of read('per_given_names_ssa.tsv')) {
  const count = Number(r.info.count ?? 0);
  if (count >= 2000 && /^[A-Z][a-z]+$/.test(r.name)) given.set(r.name.toLowerCase(), count);
}
// Rarer given names too, for the one-word names of listed companies ("Atul" of Atul Ltd: a first name in news).
const anyGiven = new Set<string>();
for (const r of read('per_given_names_ssa.tsv')) if (Number(r.info.count ?? 0) >= 100 && /^[A-Z][a-z]+$/.test(r.name)) anyGiven.add(r.name.toLowerCase());
const surnames = new Set<string>();
for (const r of read('per_surnames_census2010_top.tsv')) if (/^[A-Z][a-z']+$/.test(r.name)) surnames.add(r.name.toLowerCase());
const nameParts = new Set<string>();
for (const r of read('per_name_parts_cspell.tsv')) if (/^[A-Z][a-z'\-]+$/.test(r.name) && r.name.length >= 3) nameParts.add(r.name.toLowerCase());
const nationalities = new Set<string>();
for (const r of read('misc_nationalities.tsv')) for (const s of [r.name, ...r.aliases]) if (plausible(s)) nationalities.add(norm(s).toLowerCase());

// Common words: the lexicon minus given names, surnames, nationalities and major places.
const commonWords = new Set(lexiconWords);
for (const w of [...given.keys(), ...surnames, ...nationalities]) commonWords.delete(w);
for (const r of [...read('loc_countries.tsv'), ...read('loc_countries_geonames.tsv'), ...read('loc_admin1_geonames.tsv')]) {
  for (const s of [r.name, ...r.aliases]) commonWords.delete(s.toLowerCase());
}
for (const r of read('loc_cities_geonames.tsv')) {
  if (Number(r.info.population ?? 0) >= 1000000 || r.info.feature === 'PPLC') commonWords.delete(r.name.toLowerCase());
}

// Generic region words, from the project's hand-written lexicon.
const lexiconJson = JSON.parse(readFileSync(path.join(root, 'src', 'extract', 'entities', 'data', 'lexicon.json'), 'utf8')) as { genericRegionWords: string[]; corporateSuffixes: string[]; orgHeads: string[]; locHeads: string[] };
const genericRegions = new Set(lexiconJson.genericRegionWords);

/** entries: lowercased surface -> code; stronger entries win (see rank). */
const entries = new Map<string, string>();
/** Case-sensitive acronyms (UN, NATO, AfD): only match exactly. */
const acronyms = new Map<string, string>();
const rank: Record<string, number> = { P: 3, O: 2, L: 4, Pw: 1, Ow: 0, Lw: 1 };
function isWeakWord(s: string): boolean {
  if (words(s) > 1) return false;
  const w = s.toLowerCase();
  // ("Central", "Pacific": a region word is a company only with context.)
  return inLexicon(w) || pluralOfCommon(w) || given.has(w) || surnames.has(w) || nameParts.has(w) || genericRegions.has(norm(s));
}
/** The plural of a common word ("bakeries", "systems"): weak as a name alone, like the word. */
function pluralOfCommon(w: string): boolean {
  return (/ies$/.test(w) && inLexicon(w.slice(0, -3) + 'y')) || (/(?:s|x|z|ch|sh)es$/.test(w) && inLexicon(w.slice(0, -2))) || (/[^s]s$/.test(w) && inLexicon(w.slice(0, -1)));
}
function add(surface: string, type: 'O' | 'L' | 'P', weak: boolean) {
  const s = norm(surface);
  if (!plausible(s)) return;
  if (/^[A-Z][A-Za-z]*[A-Z]+[a-z]*$/.test(s) && s.length <= 6 && !/^[A-Z][a-z]+$/.test(s)) {
    // all-caps or mixed acronyms match case-sensitively
    if (!acronyms.has(s)) acronyms.set(s, type);
    return;
  }
  const key = s.toLowerCase();
  if (nationalities.has(key)) return;
  const code = type + (weak ? 'w' : '');
  const prev = entries.get(key);
  if (prev === undefined || rank[code] > rank[prev]) entries.set(key, code);
}

// Places
for (const r of read('loc_countries.tsv')) {
  add(r.name, 'L', false);
  for (const a of r.aliases) if (words(a) <= 4 && !/note/.test(a)) add(a, 'L', isWeakWord(a) && !given.has(a.toLowerCase()) && commonWords.has(a.toLowerCase()));
}
for (const r of read('loc_countries_geonames.tsv')) add(r.name, 'L', false);
for (const r of read('loc_admin1_geonames.tsv')) {
  // Regions named by a generic word ("Northern", "Central", "Capital") need context.
  for (const x of [r.name, ...r.aliases]) add(x, 'L', genericRegions.has(x));
}
for (const r of read('loc_cities_geonames.tsv')) {
  const pop = Number(r.info.population ?? 0);
  const capital = r.info.feature === 'PPLC' || r.info.feature === 'PPLA';
  if (pop < 100000 && !capital) continue;
  // A city name that is also a common word or a frequent given name needs context ("Reading", "Florence").
  const w = r.name.toLowerCase();
  const weak = pop < 1000000 && !capital && words(r.name) === 1 && (commonWords.has(w) || (given.get(w) ?? 0) >= 20000);
  for (const s of [r.name, ...r.aliases]) add(s, 'L', weak);
}
// Organizations
const suffixRe = /[,.]?\s+(Inc|Corp|Corporation|Co|Company|Ltd|Limited|PLC|plc|LLC|L\.L\.C|LP|L\.P|N\.V|NV|S\.A|SA|AG|SE|Holdings?|Group|Trust)\.?$/i;
for (const r of read('org_companies_sec.tsv')) {
  const full = norm(r.name);
  add(full, 'O', isWeakWord(full));
  const core = norm(full.replace(suffixRe, '').replace(suffixRe, ''));
  if (core && core !== full && core.length >= 3) add(core, 'O', words(core) === 1 && isWeakWord(core));
}
// Notable listed companies worldwide (scripts/build-company-list.ts, kept in the repository). A name
// of several common words or region words ("Top Glove", "Bed Bath & Beyond") is weak, unless its last
// word is a legal form or an organization head word ("Axis Bank", "Big Yellow Group"); an all-caps
// name that is a common word ("ALSO") is left out (it would match in capitals).
const orgEnds = new Set([...lexiconJson.corporateSuffixes, ...lexiconJson.orgHeads]);
const locHeads = new Set(lexiconJson.locHeads);
function allCommon(s: string): boolean {
  const ws = norm(s).split(' ');
  if (orgEnds.has(ws[ws.length - 1])) return false;
  return ws.every((w) => commonWords.has(w.toLowerCase()) || genericRegions.has(w) || /^(?:&|-|of|and|the|de)$/i.test(w));
}
// The short name people write drops a last word that only says the trade ("Thermo Fisher Scientific"
// -> "Thermo Fisher", "Cisco Systems" -> "Cisco"). Such a form is weak (needs context) as other names
// are: one word that is a common word, a name or a region word; several common words; or a form that
// ends in a place's head word ("Charles River" of Charles River Laboratories).
const TRADE_WORDS = /\s+(?:Scientific|Laboratories|Labs|Technologies|Technology|Pharmaceuticals|Pharmaceutical|Therapeutics|Industries|Systems|International|Worldwide|Enterprises|Brands|Entertainment|Communications|Networks|Software|Semiconductor|Semiconductors|Electronics|Motors|Airlines|Resources)$/;
for (const r of read(path.join(root, 'src', 'extract', 'entities', 'data', 'listed_companies.tsv'))) {
  const forms = [r.name, ...r.aliases];
  const derived = new Set<string>();
  for (const f of [...forms]) {
    const short = norm(f).replace(TRADE_WORDS, '');
    // (Not a form left hanging on a connector: "Avichina Industry &", "Aeroflot -".)
    if (short !== norm(f) && short.length >= 3 && !/\s(?:&|and|of|-|the|for)$/i.test(short) && !forms.includes(short)) {
      forms.push(short);
      derived.add(short);
    }
  }
  for (const s of forms) {
    if (!/[a-z]/.test(s) && commonWords.has(s.toLowerCase())) continue;
    // (A derived form ending in a place's head word is a place too: "Charles River" needs context.)
    const placeHead = derived.has(s) && locHeads.has(norm(s).split(' ').pop()!);
    add(s, 'O', words(s) === 1 ? isWeakWord(s) || anyGiven.has(s.toLowerCase()) : allCommon(s) || placeHead);
  }
}
for (const r of read('org_companies_cspell.tsv')) if (r.name.length >= 3) add(r.name, 'O', isWeakWord(r.name));
for (const r of read('org_universities.tsv')) if (words(r.name) >= 2) add(r.name, 'O', false);
for (const r of read('org_us_federal.tsv')) if (words(r.name) >= 2) add(r.name, 'O', false);
for (const r of read('org_political_parties.tsv')) {
  if (words(r.name) >= 2) add(r.name, 'O', false);
  for (const a of r.aliases) if (/^[A-Z][A-Za-z]{1,5}$/.test(a) && /[A-Z].*[A-Z]/.test(a)) add(a, 'O', false);
}
for (const r of read('org_intl_org_acronyms.tsv')) add(r.name, 'O', false);
// People (full names only; surnames come from document consistency)
for (const r of read('per_world_leaders.tsv')) if (words(r.name) >= 2) add(r.name, 'P', false);
for (const r of read('per_us_politicians.tsv')) {
  for (const s of [r.name, ...r.aliases]) if (words(s) >= 2 && words(s) <= 4) add(s, 'P', false);
}

const sorted = <T>(m: Map<string, T>) => Object.fromEntries([...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
const data = {
  note: 'Derived from openly licensed lists; see NOTICE.md in this folder.',
  entries: sorted(entries),
  acronyms: sorted(acronyms),
  given: [...given.entries()].filter(([w]) => !lexiconWords.has(w) || given.get(w)! >= 20000).map(([w]) => w).sort(),
  surnames: [...surnames].sort(),
  nameParts: [...nameParts].filter((w) => !lexiconWords.has(w)).sort(),
  nationalities: [...nationalities].sort(),
  commonWords: [...commonWords].sort(),
};
writeFileSync(out, JSON.stringify(data));
console.log(`wrote ${out}: ${entries.size} entries, ${acronyms.size} acronyms, ${data.given.length} given names, ${data.surnames.length} surnames, ${data.nameParts.length} name parts, ${data.nationalities.length} nationalities, ${data.commonWords.length} common words`);
