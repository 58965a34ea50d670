/**
 * Stray lines: scraped text often opens with lines of the page around the article (another story's
 * headline, another deal's headline, an image's path, the site's menu) and ends with teasers of other
 * stories. This scores
 * web-deals-dev (by the halves of eval-web-deals.ts, with ../shared/eval/deals/score.mjs) with such
 * lines, written for this script, put before or after each article; a record should not change.
 * One more alteration sets the first line (most often the headline) in Title Case, as many sites do.
 *
 *   npx tsx scripts/eval-stray-lines.ts [--half dev|check] [--verbose]
 *
 * `--verbose` prints the scorer's lines that a stray line changed. Skips with a message (exit 0) when
 * the data are absent. Evaluation use only: the altered texts are written under .eval/ and never
 * copied into the repository.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { safeExtract, toErrorLine } from '../src/index.js';
import { flag, halfOf, root, scoreLines, scoreRows, scorerPath, skipWhenMissing, webDealItems, webDealsDir } from './deal-sets.js';

const args = process.argv.slice(2);
skipWhenMissing(webDealsDir, scorerPath);
const items = webDealItems();

/** Words a Title Case headline leaves in lower case (AP and Chicago styles). */
const MINOR = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'as', 'vs']);
/** A first line that reads as a headline (at most 100 characters, no final point) set in Title Case, as many sites set headlines ("Harwood Agrees to Buy Lindell for $410 Million"). */
function titleCase(line: string): string {
  let first = true;
  return line.replace(/[\p{L}][\p{L}'’]*/gu, (w) => {
    const out = !first && MINOR.has(w.toLowerCase()) ? w : w[0].toUpperCase() + w.slice(1);
    first = false;
    return out;
  });
}

/** The alterations: each puts lines of a page around the article (or, the last but one, sets its
 * first line in Title Case). */
const STRAY: [name: string, alter: (t: string) => string][] = [
  ['none', (t) => t],
  ['other headline', (t) => `Carmaker shares slide as quarterly deliveries miss forecasts\n${t}`],
  ['other deal', (t) => `Brant Capital agrees to buy Quell Systems for $90 million\n\n${t}`],
  ['other deal, joined', (t) => `Brant Capital agrees to buy Quell Systems for $90 million\n${t}`],
  ['image path', (t) => `https://cdn.example.com/uploads/image/2019/06/photo-1467740798.png)\n${t}`],
  ['site menu', (t) => `Home\nNews\nMarkets\nSubscribe\n${t}`],
  ['title-case head', (t) => t.replace(/^[^\n]*/, (l) => (l.length <= 100 && !/[.:|]\s*$/.test(l) ? titleCase(l) : l))],
  ['teasers after', (t) => `${t}\nRelated: Harwood Group agrees to buy Lindell Foods for $400 million\nRead more: Brant Capital sells stake in Quell Systems`],
];

const outDir = path.join(root, '.eval/stray-lines');
mkdirSync(outDir, { recursive: true });
const only = flag('--half');
const verbose = args.includes('--verbose');
for (const half of ['dev', 'check'] as const) {
  if (only && half !== only) continue;
  const sel = items.filter((it) => halfOf(it.id) === half);
  const gold = path.join(outDir, `${half}.gold.jsonl`);
  writeFileSync(gold, `${sel.map((it) => JSON.stringify(it)).join('\n')}\n`);
  console.log(`\n== ${half} (${sel.length} articles): TOTAL F1`);
  let baseLines = new Set<string>();
  for (const [name, alter] of STRAY) {
    const recs = path.join(outDir, `${half}.${name.replace(/\W+/g, '-')}.records.jsonl`);
    const out = sel.map((it) => {
      const r = safeExtract({ id: it.id, text: alter(it.text) });
      return JSON.stringify(r.success ? r.data : toErrorLine(it.id, r.error));
    });
    writeFileSync(recs, `${out.join('\n')}\n`);
    const rows = scoreRows(recs, gold);
    console.log(`${name.padEnd(16)} ${rows.TOTAL.f1.toFixed(3)}`);
    if (!verbose) continue;
    const lines = scoreLines(recs, gold);
    if (name === 'none') baseLines = new Set(lines);
    else for (const l of lines) if (!baseLines.has(l)) console.log(`  changed: ${l}`);
  }
}
