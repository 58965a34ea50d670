/**
 * Builds src/extract/entities/data/listed_companies.tsv, a list of notable listed companies
 * (mid, large and mega capitalization, worldwide), from a snapshot of the FinanceDatabase repository
 * (github.com/JerBouma/FinanceDatabase, MIT licence; `database/equities/<exchange>.csv`).
 *
 *   npx tsx scripts/build-company-list.ts <FinanceDatabase checkout or git dir> [commit]
 *
 * A git directory (a bare clone or the `fetch` tool's mirror) is read with `git show <commit>:path`
 * (default HEAD); a checkout is read from disk. Exchange files missing from the snapshot are skipped
 * and listed. The output is in the format of ../shared/datasets/gazetteers (name, type, aliases,
 * source, info), so that scripts/build-gazetteer.ts reads it like the other lists; rows sorted, so
 * the same snapshot gives the same file.
 *
 * What is kept: companies not marked delisted whose capitalization class is Mid, Large or Mega Cap
 * (about 4,500 names: the companies business news names), plus delisted ones that were that size.
 * Names are cleaned of share classes and depositary-receipt notes ("Class A", "Depositary receipts");
 * abbreviated exchange listings ("KNORR-BREMS. UNSP.ADRS1/4", all-caps several-word names) are left out.
 * Aliases: the name without its legal form ("Kering SA" -> "Kering", "Bollore SE" -> "Bollore",
 * "Axiata Group Berhad" -> "Axiata Group"), then without a last "Group"/"Holdings"/"Companies" too
 * ("Axiata", "Albertsons"), without ".com" ("Wix.com" -> "Wix") and without a leading "The" ("The
 * Kroger Co." -> "Kroger", "The Carlyle Group Inc." -> "Carlyle").
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const src = process.argv[2];
const commit = process.argv[3] ?? 'HEAD';
const out = path.join(root, 'src', 'extract', 'entities', 'data', 'listed_companies.tsv');
if (!src || !existsSync(src)) {
  console.error(`usage: npx tsx scripts/build-company-list.ts <FinanceDatabase checkout or git dir> [commit]\n(got ${src ?? 'nothing'}: expected a directory)`);
  process.exit(2);
}

const isGitDir = existsSync(path.join(src, 'HEAD')) && existsSync(path.join(src, 'objects'));
const git = (...args: string[]) => execFileSync('git', ['--git-dir', src, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
const rev = isGitDir ? git('rev-parse', commit).trim() : 'checkout';
const equityFiles = isGitDir
  ? git('ls-tree', '-r', '--name-only', rev, 'database/equities').split('\n').filter((f) => f.endsWith('.csv'))
  : readdirSync(path.join(src, 'database', 'equities')).filter((f) => f.endsWith('.csv')).map((f) => `database/equities/${f}`);

/** RFC 4180 CSV: quoted fields with doubled quotes and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

const KEEP_CAPS = new Set(['Mid Cap', 'Large Cap', 'Mega Cap']);
/** Share classes and listing notes after the name. */
const listingNote = /\s*(?:,\s*)?(?:\b(?:Class|Series)\s+[A-Z0-9]+\b.*|\bDepositary (?:receipts?|shares?)\b.*|\bAmerican Depositary.*|\bADRs?\b.*|\bGDRs?\b.*|\bOrdinary Shares?\b.*|\bCommon Shares?\b.*|\bSponsored\b.*|\bPreferred\b.*|\bUnits?\b$|\bRegistered Shares?\b.*|\(publ\)|\bSociete en commandite par actions\b)\s*$/i;
/** Legal forms at the end of a name (applied repeatedly: "Co., Ltd."). */
const legalForm =
  /(?:[,.]\s*|\s+)(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|PLC|Plc|plc|LLC|L\.L\.C|LP|L\.P|N\.V|NV|S\.A\.B\. de C\.V|SAB de CV|S\.A|SA|S\.p\.A|SpA|S\.A\.S|AG|SE|ASA|AB|A\/S|AS|Oyj|Oy|Berhad|Bhd|Tbk|Nyrt|K\.K|KK|GmbH|KGaA|& Co\. KGaA|Public Company|Public|PJSC|JSC|SAOG|QPSC|QSC|PSC|Q\.S\.C|P\.J\.S\.C|SAE|S\.A\.E|Pty|Pte|Sdn|S\.R\.L|Srl)\.?$/;
const legalPrefix = /^(?:Public Joint[- ]Stock Company|Joint[- ]Stock Company|PJSC|PT|OAO|PAO|JSC)\s+/;
const groupWord = /\s+(?:Group|Holdings?|International|Companies)$/;

function stripLegal(name: string): string {
  let s = name.replace(legalPrefix, '');
  for (let i = 0; i < 4; i++) {
    const t = s.replace(legalForm, '').replace(/[,&\s]+$/, '');
    if (t === s) break;
    s = t;
  }
  return s.trim();
}

/** A name as news writes it: letters, digits and a few marks; not an abbreviated exchange listing. */
function plausible(s: string): boolean {
  if (s.length < 2 || !/^[\p{Lu}0-9]/u.test(s)) return false;
  if (!/^[\p{L}\p{M}0-9 .,'&()\-+!]+$/u.test(s)) return false;
  if (/\b\p{Lu}{2,}\.\p{Lu}/u.test(s) || /\d+\s*\/\s*\d+/.test(s)) return false; // "PR.IND.SP.GDR", "1/4"
  const words = s.split(' ');
  // All-caps several-word names are abbreviated listings ("SMITH & NEPHDRN", "BK NEGARA IND.").
  if (words.length > 1 && !/\p{Ll}/u.test(s)) return false;
  return words.length <= 8;
}

interface Company { name: string; aliases: Set<string>; country: string; exchanges: Set<string>; cap: string }
const companies = new Map<string, Company>();
const missing: string[] = [];
for (const file of equityFiles) {
  let text: string;
  try {
    text = isGitDir ? git('show', `${rev}:${file}`) : readFileSync(path.join(src, file), 'utf8');
  } catch {
    missing.push(path.basename(file)); // a file over the snapshot's size limit
    continue;
  }
  const rows = parseCsv(text);
  const col = Object.fromEntries(rows[0].map((k, i) => [k, i]));
  for (const r of rows.slice(1)) {
    if (r.length < rows[0].length) continue;
    if (!KEEP_CAPS.has(r[col.market_cap])) continue;
    const name = r[col.name].replace(/\s+/g, ' ').replace(listingNote, '').replace(listingNote, '').replace(/[,&\s]+$/, '').trim();
    if (!plausible(name)) continue;
    const core = stripLegal(name);
    if (!core || !plausible(core)) continue;
    const key = core.toLowerCase();
    let c = companies.get(key);
    if (!c) companies.set(key, (c = { name, aliases: new Set(), country: r[col.country] ?? '', exchanges: new Set(), cap: r[col.market_cap] }));
    if (name.length > c.name.length) c.name = name; // the fullest form names the row
    c.exchanges.add(r[col.exchange]);
    if (core !== name) c.aliases.add(core);
    // (Short forms never open with "The": "The Kroger" is no way to name Kroger.)
    const bare = core.replace(/^The\s+/, '');
    for (const short of [bare, bare.replace(groupWord, ''), bare.replace(/\.com$/i, '')]) {
      if (short !== core && short.length >= 3 && plausible(short) && !/\s(?:and|&|of|-)$/i.test(short)) c.aliases.add(short);
    }
  }
}

const lines = ['name\ttype\taliases\tsource\tinfo'];
for (const c of [...companies.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
  c.aliases.delete(c.name);
  const info = [`subtype=company`, `country=${c.country}`, `cap=${c.cap}`, `exchange=${[...c.exchanges].sort().join(',')}`].join(';');
  lines.push([c.name, 'ORG', [...c.aliases].sort().join('|'), `FinanceDatabase@${rev.slice(0, 8)}`, info].join('\t'));
}
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${path.relative(root, out)}: ${companies.size} companies from ${equityFiles.length - missing.length} exchange files${missing.length ? ` (absent from the snapshot: ${missing.join(', ')})` : ''}`);
