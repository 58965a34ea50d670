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
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { safeExtract, toErrorLine } from '../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, '../shared/datasets/web-deals-dev');
const scorerPath = path.join(root, '../shared/eval/deals/score.mjs');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!existsSync(dataDir) || !existsSync(scorerPath)) {
  console.log(`skipped: ${existsSync(dataDir) ? scorerPath : dataDir} not found`);
  process.exit(0);
}
// The shared scorer runs main() only when argv[1] is its real path: resolve links to ../shared.
const scorer = realpathSync(scorerPath);

interface Item {
  id: string;
  text: string;
  template: Record<string, string[][]>;
  facts: { dealType: string | null; status: string | null };
}

/** The check split: an id's half, from the first byte of its SHA-256 (stable, independent of order). */
export const halfOf = (id: string): 'dev' | 'check' => (createHash('sha256').update(id).digest()[0] % 2 === 0 ? 'dev' : 'check');

const items: Item[] = readdirSync(dataDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => readFileSync(path.join(dataDir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item));

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
  const scored = JSON.parse(execFileSync(process.execPath, [scorer, recs, gold, '--json'], { encoding: 'utf8' }));
  const deals = sel.filter((it) => it.facts.dealType);
  const found = deals.filter((it) => (JSON.parse(records.get(it.id)!) as { deal?: unknown }).deal).length;
  const none = sel.filter((it) => !it.facts.dealType);
  const clean = none.filter((it) => !(JSON.parse(records.get(it.id)!) as { deal?: unknown }).deal).length;
  result[half] = { docs: sel.length, rows: scored.rows, dealFound: found, deals: deals.length, noDealClean: clean, noDeal: none.length };
  console.log(`\n== ${half} (${sel.length} articles): deal found in ${found}/${deals.length} deal articles, ${clean}/${none.length} no-deal articles left clean`);
  for (const [k, v] of Object.entries(scored.rows as Record<string, { p: number; r: number; f1: number; correct: number; out: number; gold: number }>)) {
    console.log(`${k.padEnd(10)} P ${v.p.toFixed(3)} R ${v.r.toFixed(3)} F1 ${v.f1.toFixed(3)}  (${v.correct}/${v.out} out, ${v.gold} gold)`);
  }
  if (verbose && half !== 'all') process.stdout.write(execFileSync(process.execPath, [scorer, recs, gold, '--verbose'], { encoding: 'utf8' }).split('\ndocs ')[0] + '\n');
}
const jsonOut = flag('--json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result));
