/**
 * Deal evaluation on modern web articles: ../shared/datasets/web-deals-dev (real deal news from the
 * web, 2000-2025, with gold templates), scored by ../shared/eval/deals/score.mjs like the Reuters set.
 *
 * The set is split in two halves by a hash of each item's id (a check split): `dev` is the half rules
 * may be written against, `check` the half that only measures them. Both are always reported.
 *
 *   npx tsx scripts/eval-web-deals.ts [--json FILE] [--verbose] [--half dev|check]
 *
 * Besides the scorer's slots it counts deal articles that got a deal and no-deal articles left clean.
 * Skips with a message (exit 0) when the data set is absent. Evaluation use only: nothing is copied.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { safeExtract, toErrorLine } from '../src/index.js';
import { flag, halfOf, root, scoreLines, scoreRows, scorerPath, skipWhenMissing, webDealItems, webDealsDir } from './deal-sets.js';

const args = process.argv.slice(2);
skipWhenMissing(webDealsDir, scorerPath);
const items = webDealItems();

const outDir = path.join(root, '.eval/web-deals');
mkdirSync(outDir, { recursive: true });
const records = new Map<string, string>();
let failed = 0;
const t0 = performance.now();
for (const it of items) {
  const res = safeExtract({ id: it.id, text: it.text });
  if (res.success) records.set(it.id, JSON.stringify(res.data));
  else {
    failed++;
    records.set(it.id, JSON.stringify(toErrorLine(it.id, res.error)));
  }
}
const ms = performance.now() - t0;
console.log(`${items.length} articles, ${failed} errors, ${(ms / items.length).toFixed(1)} ms per article`);

const only = flag('--half');
const verbose = args.includes('--verbose');
const result: Record<string, unknown> = {};
for (const half of ['dev', 'check', 'all'] as const) {
  if (only && half !== only) continue;
  const sel = items.filter((it) => half === 'all' || halfOf(it.id) === half);
  const gold = path.join(outDir, `${half}.gold.jsonl`);
  const recs = path.join(outDir, `${half}.records.jsonl`);
  writeFileSync(gold, `${sel.map((it) => JSON.stringify(it)).join('\n')}\n`);
  writeFileSync(recs, `${sel.map((it) => records.get(it.id)).join('\n')}\n`);
  const scored = { rows: scoreRows(recs, gold) };
  const deals = sel.filter((it) => it.facts.dealType);
  const found = deals.filter((it) => (JSON.parse(records.get(it.id)!) as { deal?: unknown }).deal).length;
  const none = sel.filter((it) => !it.facts.dealType);
  const clean = none.filter((it) => !(JSON.parse(records.get(it.id)!) as { deal?: unknown }).deal).length;
  result[half] = { docs: sel.length, rows: scored.rows, dealFound: found, deals: deals.length, noDealClean: clean, noDeal: none.length };
  console.log(`\n== ${half} (${sel.length} articles): deal found in ${found}/${deals.length} deal articles, ${clean}/${none.length} no-deal articles left clean`);
  for (const [k, v] of Object.entries(scored.rows)) {
    console.log(`${k.padEnd(10)} P ${v.p.toFixed(3)} R ${v.r.toFixed(3)} F1 ${v.f1.toFixed(3)}  (${v.correct}/${v.out} out, ${v.gold} gold)`);
  }
  if (verbose && half !== 'all') process.stdout.write(`${scoreLines(recs, gold).join('\n')}\n`);
}
const jsonOut = flag('--json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result));
