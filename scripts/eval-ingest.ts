/**
 * Score the ingest stage's main-text extraction on a dataset in the article-extraction layout
 * (html/<id>.html, truth.jsonl, ids.txt) with the shared scorer (../shared/eval/boilerplate/score.mjs).
 *
 *   npx tsx scripts/eval-ingest.ts [dataset dir] [--json OUT] [--worst N]
 *
 * Writes predictions to .eval/ingest-preds.jsonl (git-ignored), prints the scorer's table and the
 * N worst pages (default 10). Exits 0 with "skipped: ..." when the dataset or the scorer is absent.
 * Nothing from the dataset is written into the repository.
 */
import { realpathSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DealsiftError } from '../src/errors.js';
import { ingest } from '../src/ingest/index.js';

/** The real path of a shared scorer (../shared may be a link), or the path itself when absent. */
function realScorer(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const jsonOut = opt('--json');
const worstN = Number(opt('--worst') ?? 10);
const dataset = path.resolve(args[0] ?? path.join(repo, '..', 'shared', 'datasets', 'article-extraction'));
// The shared scorers run main() only when argv[1] is their real path: resolve links to ../shared.
const scorer = realScorer(path.resolve(repo, '..', 'shared', 'eval', 'boilerplate', 'score.mjs'));

if (!fs.existsSync(path.join(dataset, 'html')) || !fs.existsSync(path.join(dataset, 'truth.jsonl'))) {
  console.log(`skipped: dataset not found at ${dataset} (expected html/ and truth.jsonl)`);
  process.exit(0);
}
if (!fs.existsSync(scorer)) {
  console.log(`skipped: scorer not found at ${scorer}`);
  process.exit(0);
}

interface Truth {
  id: string;
  url?: string;
}
const truth: Truth[] = fs
  .readFileSync(path.join(dataset, 'truth.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Truth);

const outDir = path.join(repo, '.eval');
fs.mkdirSync(outDir, { recursive: true });
const predPath = path.join(outDir, 'ingest-preds.jsonl');
const lines: string[] = [];
let failed = 0;
let bytesTotal = 0;
const t0 = performance.now();
for (const t of truth) {
  const file = path.join(dataset, 'html', `${t.id}.html`);
  if (!fs.existsSync(file)) continue;
  const bytes = fs.readFileSync(file);
  bytesTotal += bytes.length;
  let text = '';
  try {
    text = ingest({ id: t.id, bytes, url: t.url }).text;
  } catch (err) {
    if (!(err instanceof DealsiftError)) throw err;
    failed++;
    console.error(`${t.id}: ${err.code} ${err.message}`);
  }
  lines.push(JSON.stringify({ id: t.id, text }));
}
const ms = performance.now() - t0;
fs.writeFileSync(predPath, lines.join('\n') + '\n');

const scoreJson = path.join(outDir, 'ingest-score.json');
const table = execFileSync(process.execPath, [scorer, '--truth', dataset, '--pred', predPath, '--json', jsonOut ?? scoreJson], {
  encoding: 'utf8',
});
console.log(table.trimEnd());

interface PageScore {
  id: string;
  f1: number;
  precision: number;
  recall: number;
}
const scored = JSON.parse(fs.readFileSync(jsonOut ?? scoreJson, "utf8")) as { perPage?: PageScore[] };
const pages = (scored.perPage ?? []).slice().sort((a, b) => a.f1 - b.f1);
if (pages.length) {
  console.log(`\n${worstN} worst pages:`);
  const urls = new Map(truth.map((t) => [t.id, t.url ?? '']));
  for (const p of pages.slice(0, worstN)) {
    console.log(`  ${p.f1.toFixed(3)}  P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  ${p.id.slice(0, 12)}  ${urls.get(p.id)}`);
  }
}
console.log(`\n${lines.length} pages, ${failed} failed, ${(ms / 1000).toFixed(2)} s, ${(lines.length / (ms / 1000)).toFixed(1)} pages/s, ${(bytesTotal / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
