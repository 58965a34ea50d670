/**
 * Recognizer speed: tokens per second of findEntities alone (analysis done beforehand), and compromise's
 * people/organizations/places on the same texts for scale.
 *
 *   npx tsx scripts/bench-ner.ts [conll file | directory of .txt]   (default: the CoNLL validation split,
 *   else corpus/*.txt and the shared seed article)
 */
import { realpathSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { analyze, type Analysis } from '../src/extract/analysis.js';
import { findEntities } from '../src/extract/entities/index.js';

/** The real path of a shared scorer (../shared may be a link), or the path itself when absent. */
function realScorer(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = path.join(root, '..', 'shared');
const arg = process.argv[2];
const conll = arg && !statSync(arg).isDirectory() ? arg : path.join(shared, 'datasets', 'ner', 'conll2003', 'valid.txt');
// The shared scorers run main() only when argv[1] is their real path: resolve links to ../shared.
const scorer = realScorer(path.join(shared, 'eval', 'ner', 'score.mjs'));

let texts: string[] = [];
let source: string;
if ((!arg || !statSync(arg).isDirectory()) && existsSync(conll) && existsSync(scorer)) {
  const out = execFileSync('node', [scorer, 'export', '--gold', conll, '--unit', 'doc'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  texts = out.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  source = path.relative(process.cwd(), conll);
} else {
  const dir = arg ?? path.join(root, 'corpus');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)) : [];
  const seed = path.join(shared, 'seed', 'openai-microsoft-partnership.txt');
  if (existsSync(seed)) files.push(seed);
  texts = files.map((f) => readFileSync(f, 'utf8'));
  source = `${files.length} text files`;
}
if (!texts.length) {
  console.log('skipped: no texts found');
  process.exit(0);
}

const analyses: Analysis[] = texts.map((t) => analyze(t));
const tokens = analyses.reduce((n, a) => n + a.tokens.filter((t) => t.pos !== 'SPACE').length, 0);

function time(fn: () => void, minMs = 2000): number {
  fn(); // warm-up
  let runs = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    fn();
    runs++;
    t = performance.now();
  }
  return (t - t0) / runs / 1000;
}

const ours = time(() => {
  for (let i = 0; i < texts.length; i++) findEntities(texts[i], analyses[i]);
});
const anchor = time(() => {
  for (const t of texts) {
    const d = nlp(t);
    d.people().json({ offset: true });
    d.organizations().json({ offset: true });
    d.places().json({ offset: true });
  }
}, 1000);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`${source}: ${texts.length} documents, ${fmt(tokens)} tokens (one core)`);
console.log(`dealsift findEntities (analysis excluded): ${fmt(tokens / ours)} tokens/s`);
console.log(`compromise people/organizations/places:    ${fmt(tokens / anchor)} tokens/s`);
console.log(`ratio: ${(anchor / ours).toFixed(1)}x`);
