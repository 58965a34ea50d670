/**
 * Throughput of the ingest stage, and of Readability.js on linkedom over the same pages in the
 * same run when those two packages are installed (they are not dependencies of dealsift: install
 * them as dev dependencies to get the ratio).
 *
 *   npx tsx scripts/bench-ingest.ts [dataset dir | folder of .html files] [--rounds N]
 *
 * Default pages: ../shared/datasets/article-extraction/html, else the repository's corpus/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/ingest/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const args = process.argv.slice(2);
const ri = args.indexOf('--rounds');
const rounds = ri === -1 ? 3 : Number(args.splice(ri, 2)[1]);

function htmlDir(arg: string | undefined): string | null {
  const candidates = arg ? [path.join(arg, 'html'), arg] : [path.join(repo, '..', 'shared', 'datasets', 'article-extraction', 'html'), path.join(repo, 'corpus')];
  for (const c of candidates) if (fs.existsSync(c) && fs.statSync(c).isDirectory()) return c;
  return null;
}
const dir = htmlDir(args[0]);
if (!dir) {
  console.log(`skipped: no folder of HTML pages found (${args[0] ?? 'default locations'})`);
  process.exit(0);
}
const pages = fs
  .readdirSync(dir)
  .filter((f) => /\.html?$/i.test(f))
  .sort()
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const mb = pages.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6;
console.log(`${pages.length} pages, ${mb.toFixed(1)} MB, from ${dir}; best of ${rounds} rounds`);

function time(fn: (html: string, i: number) => void): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    pages.forEach((p, i) => fn(p, i));
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}
const report = (name: string, s: number): void =>
  console.log(`${name.padEnd(28)} ${(pages.length / s).toFixed(1).padStart(7)} pages/s ${(mb / s).toFixed(1).padStart(6)} MB/s`);

const ours = time((html, i) => {
  ingest({ id: String(i), html });
});
report('dealsift ingest', ours);

type ReadabilityCtor = new (doc: unknown) => { parse(): { textContent?: string } | null };
let Readability: ReadabilityCtor | null = null;
let parseHTML: ((html: string) => { document: unknown }) | null = null;
try {
  // optional packages, resolved at run time only; variables keep TypeScript from resolving them
  const r = '@mozilla/readability';
  const l = 'linkedom';
  Readability = ((await import(r)) as { Readability: ReadabilityCtor }).Readability;
  parseHTML = ((await import(l)) as { parseHTML: (html: string) => { document: unknown } }).parseHTML;
} catch {
  Readability = null;
}
if (Readability && parseHTML) {
  const R = Readability;
  const P = parseHTML;
  const theirs = time((html) => {
    new R(P(html).document).parse();
  });
  report('Readability.js (linkedom)', theirs);
  console.log(`ratio: ${(theirs / ours).toFixed(2)}x the throughput of Readability.js`);
} else {
  console.log('Readability.js on linkedom: not installed (npm i -D @mozilla/readability linkedom), no ratio');
}
