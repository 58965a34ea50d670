/**
 * Score the ingest stage's main-text extraction on a dataset in the article-extraction layout
 * (html/<id>.html, truth.jsonl, ids.txt) with the shared scorer's metric (the functions of
 * ../shared/eval/boilerplate/score.mjs, imported: 4-gram shingles, mean page precision / recall).
 *
 *   npx tsx scripts/eval-ingest.ts [dataset dir] [--json OUT] [--worst N] [--split all|dev|check]
 *
 * Default dataset: ../shared/datasets/article-extraction. The extra sets that
 * scripts/build-extra-datasets.ts rebuilds (../extra-datasets/<set>) carry a `site` per page and
 * are reported in two halves split by site (a stable hash of the site name): `dev`, the sites
 * rules may be developed against, and `check`, the sites kept for measuring them (look at its
 * worst pages only to report, never to write a rule). --split picks the pages that are
 * predicted, scored and listed among the worst; the default, `all`, scores both halves and the
 * whole. Sets without `site` (the shared article-extraction half) are one `all` half.
 *
 * Writes predictions to .eval/ingest-preds[-<set>].jsonl (git-ignored), prints the figures and
 * the N worst pages (default 10). Exits 0 with "skipped: ..." when the dataset or the scorer is
 * absent. Nothing from a dataset is written into the repository.
 */
import { createHash } from 'node:crypto';
import fs, { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
const split = opt('--split') ?? 'all';
if (!['all', 'dev', 'check'].includes(split)) {
  console.error(`--split: expected all, dev or check, got "${split}"`);
  process.exit(2);
}
const dataset = path.resolve(args[0] ?? path.join(repo, '..', 'shared', 'datasets', 'article-extraction'));
const scorer = realScorer(path.resolve(repo, '..', 'shared', 'eval', 'boilerplate', 'score.mjs'));

if (!fs.existsSync(path.join(dataset, 'html')) || !fs.existsSync(path.join(dataset, 'truth.jsonl'))) {
  console.log(`skipped: dataset not found at ${dataset} (expected html/ and truth.jsonl)`);
  process.exit(0);
}
if (!fs.existsSync(scorer)) {
  console.log(`skipped: scorer not found at ${scorer}`);
  process.exit(0);
}

interface Row {
  id: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
interface Overall {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}
const S = (await import(pathToFileURL(scorer).href)) as {
  scorePages(truth: Map<string, string>, preds: Map<string, string>): Row[];
  aggregate(rows: Row[]): Overall;
  bootstrapStd(rows: Row[], times?: number, seed?: number): Overall;
};

interface Truth {
  id: string;
  url?: string | null;
  site?: string;
  articleBody?: string;
  text?: string;
}
const truth: Truth[] = fs
  .readFileSync(path.join(dataset, 'truth.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Truth);

/**
 * The half of a site: the first byte of SHA-256("dealsift-site-split:" + site), even -> dev,
 * odd -> check. Stable across runs and machines, blind to content.
 */
function halfOf(site: string): 'dev' | 'check' {
  return createHash('sha256').update(`dealsift-site-split:${site}`).digest()[0] % 2 === 0 ? 'dev' : 'check';
}
const bySite = truth.some((t) => t.site);
/** A page's site: the set's `site`, else its URL's host, else the page itself. */
function siteKey(t: Truth): string {
  if (t.site) return t.site;
  try {
    return new URL(t.url ?? '').hostname.replace(/^www\d?\./, '');
  } catch {
    return t.id;
  }
}
const half = (t: Truth): 'dev' | 'check' | 'all' => (bySite ? halfOf(t.site ?? t.id) : 'all');
const chosen = truth.filter((t) => split === 'all' || half(t) === split);
if (!bySite && split !== 'all') console.log(`note: ${path.basename(dataset)} has no sites; --split ${split} scores all of it`);
const pages = bySite || split === 'all' ? chosen : truth;

const outDir = path.join(repo, '.eval');
fs.mkdirSync(outDir, { recursive: true });
const setName = path.basename(dataset);
const predPath = path.join(outDir, setName === 'article-extraction' ? 'ingest-preds.jsonl' : `ingest-preds-${setName}.jsonl`);
const preds = new Map<string, string>();
const lines: string[] = [];
let failed = 0;
let bytesTotal = 0;
const t0 = performance.now();
for (const t of pages) {
  const file = path.join(dataset, 'html', `${t.id}.html`);
  if (!fs.existsSync(file)) continue;
  const bytes = fs.readFileSync(file);
  bytesTotal += bytes.length;
  let text = '';
  try {
    text = ingest({ id: t.id, bytes, url: t.url ?? undefined }).text;
  } catch (err) {
    if (!(err instanceof DealsiftError)) throw err;
    failed++;
    if (!bySite) console.error(`${t.id}: ${err.code} ${err.message}`);
  }
  preds.set(t.id, text);
  lines.push(JSON.stringify({ id: t.id, text }));
}
const ms = performance.now() - t0;
fs.writeFileSync(predPath, lines.join('\n') + '\n');

const f3 = (x: number) => x.toFixed(3);
interface HalfScore {
  pages: number;
  sites: number;
  overall: Overall;
  std: Overall;
}
const halves: Record<string, HalfScore> = {};
let allRows: Row[] = [];
const groups: [string, Truth[]][] = bySite
  ? [
      ['dev', pages.filter((t) => half(t) === 'dev')],
      ['check', pages.filter((t) => half(t) === 'check')],
      ['all', pages],
    ]
  : [['all', pages]];
for (const [name, ts] of groups) {
  if (!ts.length) continue;
  const rows = S.scorePages(new Map(ts.map((t) => [t.id, t.articleBody ?? t.text ?? ''])), preds);
  if (name === 'all') allRows = rows;
  const overall = S.aggregate(rows);
  const std = S.bootstrapStd(rows, 1000, 1);
  halves[name] = { pages: rows.length, sites: new Set(ts.map(siteKey)).size, overall, std };
  console.log(
    `${setName.padEnd(20)} ${name.padEnd(6)} pages ${String(rows.length).padStart(4)}  sites ${String(halves[name].sites).padStart(4)}  ` +
      `F1 ${f3(overall.f1)} ± ${f3(std.f1)}   precision ${f3(overall.precision)} ± ${f3(std.precision)}   recall ${f3(overall.recall)} ± ${f3(std.recall)}   accuracy ${f3(overall.accuracy)}`,
  );
}
const whole = halves.all;
fs.writeFileSync(
  jsonOut ?? path.join(outDir, 'ingest-score.json'),
  JSON.stringify({ dataset: setName, split, pages: whole.pages, overall: whole.overall, std: whole.std, halves, perPage: allRows }, null, 1),
);

if (allRows.length && worstN > 0) {
  console.log(`\n${worstN} worst pages${bySite ? ' (site, half)' : ''}:`);
  const info = new Map(truth.map((t) => [t.id, t]));
  for (const p of allRows.slice().sort((a, b) => a.f1 - b.f1 || (a.id < b.id ? -1 : 1)).slice(0, worstN)) {
    const t = info.get(p.id)!;
    const where = bySite ? `${t.site}  ${half(t)}` : (t.url ?? '');
    console.log(`  ${p.f1.toFixed(3)}  P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  ${p.id.slice(0, 16).padEnd(16)}  ${where}`);
  }
}
console.log(`\n${lines.length} pages, ${failed} failed, ${(ms / 1000).toFixed(2)} s, ${(lines.length / (ms / 1000)).toFixed(1)} pages/s, ${(bytesTotal / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
