/**
 * A fuzz campaign: inputs made by mutating the corpus and the hostile set, each run twice through the
 * batch's worker pool and checked (see scripts/fuzz-lib.ts for what is checked).
 *
 *   npm run fuzz -- --minutes M [--seed S] [--jobs N] [--timeout MS] [--out DIR]
 *   npm run fuzz -- --seed S --cases N          a fixed number of cases instead of a time budget
 *   npm run fuzz -- --seed S --case N           case N of campaign S again, alone, with its recipe
 *   npm run fuzz -- --replay FILE...            saved cases (fuzz-findings/*.json, test/faults/fuzz-cases/*.json)
 *
 * Each failing case is saved in --out (default fuzz-findings/) as <seed>-<case>-<kind>.json, with its
 * seed, its recipe and its bytes; move it to test/faults/fuzz-cases/ (named for what it shows) to
 * keep it as a regression test once fixed. Exit 0 when no case failed, 1 otherwise, 2 on bad usage.
 * Needs the build (`npm run build`): the cases run on the built batch worker.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FuzzRunner, loadCase, loadSeeds, makeCase, saveCase, type CaseResult, type FuzzCase, type SavedCase } from './fuzz-lib.js';

const BLOCK = 16;

function usage(message: string): never {
  process.stderr.write(`fuzz: ${message}\nusage: npm run fuzz -- --minutes M [--seed S] [--jobs N] [--timeout MS] [--out DIR] | --seed S --cases N | --seed S --case N | --replay FILE...\n`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    minutes: { type: 'string' },
    seed: { type: 'string' },
    cases: { type: 'string' },
    case: { type: 'string' },
    replay: { type: 'boolean' },
    jobs: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '10000' },
    out: { type: 'string', default: 'fuzz-findings' },
    quiet: { type: 'boolean', short: 'q' },
  },
});

const num = (flag: string, v: string | undefined, min: number): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) usage(`--${flag}: expected a number, ${min} or more, got "${v}"`);
  return n;
};

const minutes = num('minutes', values.minutes, 0);
const seed = num('seed', values.seed, 0) ?? (Date.now() % 1_000_000_000);
const count = num('cases', values.cases, 1);
const single = num('case', values.case, 0);
const jobs = num('jobs', values.jobs, 1)!;
const timeoutMs = num('timeout', values.timeout, 0)!;
if (values.replay && !positionals.length) usage('--replay: expected saved case files');
if (!values.replay && positionals.length) usage(`unexpected arguments: ${positionals.join(' ')}`);
if (!values.replay && single === undefined && minutes === undefined && count === undefined) usage('expected --minutes M, --cases N, --case N or --replay FILE...');

const log = (s: string) => process.stderr.write(`${s}\n`);
const runner = new FuzzRunner({ jobs, timeoutMs });
const found: CaseResult[] = [];

function report(r: CaseResult): void {
  if (!r.finding) return;
  found.push(r);
  mkdirSync(values.out!, { recursive: true });
  const file = path.join(values.out!, `${r.c.seed}-${r.c.n}-${r.finding.kind}.json`);
  writeFileSync(file, `${JSON.stringify(saveCase(r.c, r.finding), null, 1)}\n`);
  log(`✗ case ${r.c.n} (seed ${r.c.seed}): ${r.finding.kind}: ${r.finding.detail}\n    recipe: ${r.c.recipe.join(' > ')}\n    saved: ${file}`);
}

async function runCases(cases: FuzzCase[]): Promise<void> {
  for (const r of await runner.run(cases)) {
    if (values.replay || single !== undefined) log(`${r.finding ? '✗' : '✓'} ${r.c.id}: ${r.c.recipe.join(' > ')}${r.finding ? `\n    ${r.finding.kind}: ${r.finding.detail}` : ''}`);
    report(r);
  }
}

const t0 = Date.now();
let tried = 0;
try {
  if (values.replay) {
    const cases = positionals.map((f) => loadCase(JSON.parse(readFileSync(f, 'utf8')) as SavedCase));
    await runCases(cases);
    tried = cases.length;
  } else {
    const seeds = loadSeeds();
    if (single !== undefined) {
      await runCases([makeCase(seeds, seed, single)]);
      tried = 1;
    } else {
      const end = minutes !== undefined ? t0 + minutes * 60_000 : Infinity;
      const limit = count ?? Infinity;
      log(`fuzz: seed ${seed}, ${minutes !== undefined ? `${minutes} minute(s)` : `${limit} cases`}, ${jobs} worker thread(s), time limit ${timeoutMs} ms per input; findings go to ${values.out}/`);
      let lastLog = Date.now();
      while (tried < limit && Date.now() < end) {
        const n = Math.min(BLOCK, limit - tried);
        await runCases(Array.from({ length: n }, (_, i) => makeCase(seeds, seed, tried + i)));
        tried += n;
        if (!values.quiet && Date.now() - lastLog > 30_000) {
          lastLog = Date.now();
          log(`fuzz: ${tried} inputs tried, ${found.length} failed, ${((Date.now() - t0) / 60_000).toFixed(1)} min`);
        }
      }
    }
  }
} finally {
  await runner.destroy();
}
const kinds = new Map<string, number>();
for (const r of found) kinds.set(r.finding!.kind, (kinds.get(r.finding!.kind) ?? 0) + 1);
const byKind = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
log(`fuzz: seed ${seed}: ${tried} inputs tried (each run twice), ${found.length} failed${byKind ? ` (${byKind})` : ''} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(found.length ? 1 : 0);
