/**
 * Deal evaluation: run the whole pipeline over the Reuters acquisition stories that have hand-made
 * templates, then score with ../shared/eval/deals/score.mjs (purchaser, acquired, seller, amount,
 * status). Usage: npx tsx scripts/eval-deals.ts [templates.jsonl] [--json] [--verbose]
 * Skips with a message (exit 0) when the data set is absent.
 */
import { realpathSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { safeExtract, toErrorLine } from '../src/index.js';

/** The real path of a shared scorer (../shared may be a link), or the path itself when absent. */
function realScorer(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? path.join(root, '../shared/datasets/reuters-acq-templates/templates.jsonl');
// The shared scorers run main() only when argv[1] is their real path: resolve links to ../shared.
const scorer = realScorer(path.join(root, '../shared/eval/deals/score.mjs'));
if (!existsSync(file) || !existsSync(scorer)) {
  console.log(`skipped: ${existsSync(file) ? scorer : file} not found`);
  process.exit(0);
}

const MONTHS: Record<string, string> = { JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12' };
/** Reuters-21578 dates ("26-FEB-1987 17:08:27.52") as ISO dates. */
function isoDate(d: string | undefined): string | undefined {
  const m = d ? /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(d) : null;
  return m ? `${m[3]}-${MONTHS[m[2]]}-${m[1].padStart(2, '0')}` : undefined;
}

const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
const out: string[] = [];
let failed = 0;
const t0 = performance.now();
for (const line of lines) {
  const g = JSON.parse(line) as { id: number; text: string; title?: string; date?: string };
  const id = String(g.id);
  const res = safeExtract({ id, text: g.title ? `${g.title}\n\n${g.text}` : g.text, publishedAt: isoDate(g.date) });
  if (res.success) out.push(JSON.stringify(res.data));
  else {
    failed++;
    out.push(JSON.stringify(toErrorLine(id, res.error)));
  }
}
const ms = performance.now() - t0;
const dir = path.join(root, '.eval');
mkdirSync(dir, { recursive: true });
const recFile = path.join(dir, 'deals-records.jsonl');
writeFileSync(recFile, `${out.join('\n')}\n`);
console.log(`${lines.length} stories, ${failed} errors, ${(ms / lines.length).toFixed(1)} ms per story`);
// Detection: a deal in the stories whose template names a purchaser or an acquired party, and
// none in earnings reports (../shared/datasets/reuters-earn), the contrast class.
const recs = new Map(out.map((l) => JSON.parse(l) as { id: string; deal?: unknown }).map((r) => [r.id, r]));
let named = 0;
let found = 0;
for (const line of lines) {
  const g = JSON.parse(line) as { id: number; template: { purchaser: unknown[]; acquired: unknown[] } };
  if (!g.template.purchaser.length && !g.template.acquired.length) continue;
  named++;
  if (recs.get(String(g.id))?.deal) found++;
}
const earnFile = path.join(root, '../shared/datasets/reuters-earn/earn.jsonl');
let earn = 0;
let earnDeals = 0;
if (existsSync(earnFile)) {
  for (const line of readFileSync(earnFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line) as { id: number | string; text: string; title?: string; date?: string };
    const res = safeExtract({ id: String(g.id), text: g.title ? `${g.title}\n\n${g.text}` : g.text, publishedAt: isoDate(g.date) });
    earn++;
    if (res.success && res.data.deal) earnDeals++;
  }
}
const detection = { detected: named ? found / named : 0, named, earnings: earn, earningsWithDeal: earn ? earnDeals / earn : 0 };
writeFileSync(path.join(dir, 'deals-detection.json'), JSON.stringify(detection));
console.log(`deal detected in ${found}/${named} stories naming a purchaser or acquired party (${(detection.detected * 100).toFixed(1)}%)`);
if (earn) console.log(`deal found in ${earnDeals}/${earn} earnings stories (${(detection.earningsWithDeal * 100).toFixed(1)}%)`);
const flags = args.filter((a) => a.startsWith('--'));
process.stdout.write(execFileSync(process.execPath, [scorer, recFile, file, ...flags], { encoding: 'utf8' }));
