/**
 * Deal evaluation: run the whole pipeline over the Reuters acquisition stories that have hand-made
 * templates, then score with ../shared/eval/deals/score.mjs (purchaser, acquired, seller, amount,
 * status). Usage: npx tsx scripts/eval-deals.ts [templates.jsonl] [--json] [--verbose] [--half dev|check]
 *
 * `--half dev|check` scores one half of a check split of the templates, by the first byte of the
 * SHA-256 of each template id (even: dev, odd: check): rules are written against `dev`; `check` only
 * measures them. Without it the whole set is scored (the evaluation gate's figures).
 *
 * Negatives: deals found in the earnings stories (../shared/datasets/reuters-earn) and in the sample
 * of other topics (../shared/datasets/reuters-other-sample), headline and body read as one text.
 * Skips with a message (exit 0) when the data set is absent.
 */
import { createHash } from 'node:crypto';
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
const halfArg = args.indexOf('--half');
const half = halfArg >= 0 ? args[halfArg + 1] : undefined;
if (half !== undefined && half !== 'dev' && half !== 'check') {
  console.error(`--half: expected dev or check, got ${JSON.stringify(half)}`);
  process.exit(2);
}
const file = args.find((a, i) => !a.startsWith('--') && !(halfArg >= 0 && i === halfArg + 1)) ?? path.join(root, '../shared/datasets/reuters-acq-templates/templates.jsonl');
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

/** The check split: a template's half, from the first byte of the SHA-256 of its id. */
const halfOf = (id: string | number): 'dev' | 'check' => (createHash('sha256').update(String(id)).digest()[0] % 2 === 0 ? 'dev' : 'check');

const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && (!half || halfOf((JSON.parse(l) as { id: number }).id) === half));
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
/** Stories of a Reuters topic file with a deal (the files give the story as `title` and `body`). */
function dealsIn(f: string): { stories: number; withDeal: number; ids: string[] } {
  const res = { stories: 0, withDeal: 0, ids: [] as string[] };
  if (!existsSync(f)) return res;
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line) as { id: number | string; body?: string | null; text?: string; title?: string | null; date?: string };
    const body = g.body ?? g.text ?? '';
    const text = g.title && body ? `${g.title}\n\n${body}` : g.title || body;
    if (!text.trim()) continue;
    const r = safeExtract({ id: String(g.id), text, publishedAt: isoDate(g.date) });
    res.stories++;
    if (r.success && r.data.deal) {
      res.withDeal++;
      res.ids.push(String(g.id));
    }
  }
  return res;
}
const earnRes = dealsIn(path.join(root, '../shared/datasets/reuters-earn/earn.jsonl'));
const otherRes = dealsIn(path.join(root, '../shared/datasets/reuters-other-sample/other.jsonl'));
const earn = earnRes.stories;
const earnDeals = earnRes.withDeal;
writeFileSync(path.join(dir, 'deals-negatives.json'), JSON.stringify({ earn: earnRes.ids, other: otherRes.ids }));
const detection = { detected: named ? found / named : 0, named, earnings: earn, earningsWithDeal: earn ? earnDeals / earn : 0, other: otherRes.stories, otherWithDeal: otherRes.stories ? otherRes.withDeal / otherRes.stories : 0 };
writeFileSync(path.join(dir, 'deals-detection.json'), JSON.stringify(detection));
console.log(`deal detected in ${found}/${named} stories naming a purchaser or acquired party (${(detection.detected * 100).toFixed(1)}%)`);
if (earn) console.log(`deal found in ${earnDeals}/${earn} earnings stories (${(detection.earningsWithDeal * 100).toFixed(2)}%)`);
if (otherRes.stories) console.log(`deal found in ${otherRes.withDeal}/${otherRes.stories} stories of other topics (${(detection.otherWithDeal * 100).toFixed(2)}%)`);
const flags = args.filter((a) => a === '--json' || a === '--verbose');
let gold = file;
if (half) {
  gold = path.join(dir, `deals-${half}.templates.jsonl`);
  writeFileSync(gold, `${lines.join('\n')}\n`);
}
process.stdout.write(execFileSync(process.execPath, [scorer, recFile, gold, ...flags], { encoding: 'utf8' }));
