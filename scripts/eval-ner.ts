/**
 * NER evaluation: dealsift's recognizer and compromise (the anchor) on a CoNLL file, scored by the
 * shared scorer (../shared/eval/ner/score.mjs, entity-level exact match, conlleval semantics).
 *
 *   npx tsx scripts/eval-ner.ts [conll file] [--unit doc|sent] [--json FILE]
 *
 * Default file: ../shared/datasets/ner/conll2003/valid_nonsport.txt (evaluation only: never train on it).
 * Writes .eval/ner/<name>.{inputs,dealsift,compromise}.jsonl (+ errors TSV) and prints both tables.
 * Types: organization -> ORG, person -> PER, place -> LOC; products are not scored.
 * --no-anchor: skip compromise (quicker, for development).
 * --json FILE: write dealsift's F1 (overall and per type) for the evaluation gate (scripts/eval.ts)
 * and unit (and the SHA-256 of the gold file, so that an edited corpus is noticed); exit 1 on a drop.
 * Re-pin only deliberately: edit the floors file in a reviewed change.
 */
import { realpathSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { analyze } from '../src/extract/analysis.js';
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
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const unit = flag('--unit') ?? 'doc';
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const gold = args.find((a, i) => !a.startsWith('--') && !(i > 0 && ['--unit', '--json'].includes(args[i - 1]))) ?? path.join(shared, 'datasets', 'ner', 'conll2003', 'valid_nonsport.txt');
// The shared scorers run main() only when argv[1] is their real path: resolve links to ../shared.
const scorer = realScorer(path.join(shared, 'eval', 'ner', 'score.mjs'));

if (!existsSync(gold)) {
  console.log(`skipped: ${gold} not found`);
  process.exit(0);
}
if (!existsSync(scorer)) {
  console.log(`skipped: ${scorer} not found`);
  process.exit(0);
}

interface Input { id: string; text: string; tokens: string[]; tokenOffsets: [number, number][]; sentences: { tokenStart: number; tokenEnd: number }[] }
const outDir = path.join(root, '.eval', 'ner');
mkdirSync(outDir, { recursive: true });
const base = path.basename(gold).replace(/\.[^.]+$/, '');
const inputsFile = path.join(outDir, `${base}.${unit}.inputs.jsonl`);
writeFileSync(inputsFile, execFileSync('node', [scorer, 'export', '--gold', gold, '--unit', unit], { maxBuffer: 1 << 28 }));
const inputs: Input[] = readFileSync(inputsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const TYPE: Record<string, string> = { organization: 'ORG', person: 'PER', place: 'LOC' };

/** Snap a character span to the gold tokens it covers (enclosing tokens); null when it covers none. */
function snap(input: Input, start: number, end: number): [number, number] | null {
  let s = -1;
  let e = -1;
  for (const [a, b] of input.tokenOffsets) {
    if (b > start && a < end) {
      if (s < 0) s = a;
      e = b;
    }
  }
  if (s < 0) return null;
  // A sentence-final period the gold tokens keep apart ("Inc." at the end of a sentence is "Inc" ".")
  // belongs to the sentence; inside a sentence it is the abbreviation's own ("U.S ." in FiNER-ORD).
  const k = input.tokenOffsets.findIndex(([a, b]) => a === e - 1 && b === e);
  if (e === end && e - 1 > s && input.text[e - 1] === '.' && k >= 0 && endsSentence(input, k)) e -= 1;
  return [s, e];
}

/** Token k is the last of its sentence but for closing quotes and brackets. */
function endsSentence(input: Input, k: number): boolean {
  const sent = input.sentences.find((x) => k >= x.tokenStart && k < x.tokenEnd);
  if (!sent) return true;
  for (let j = k + 1; j < sent.tokenEnd; j++) if (!/^["'”’)\]]+$/.test(input.tokens[j])) return false;
  return true;
}

interface Pred { start: number; end: number; type: string }

function ours(input: Input): Pred[] {
  const out: Pred[] = [];
  for (const e of findEntities(input.text, analyze(input.text))) {
    const type = TYPE[e.type];
    if (!type) continue;
    for (const m of e.mentions) {
      const sp = snap(input, m.start, m.end);
      if (sp) out.push({ start: sp[0], end: sp[1], type });
    }
  }
  return out;
}

function anchor(input: Input): Pred[] {
  const doc = nlp(input.text);
  const out: Pred[] = [];
  const take = (view: { json: (o: object) => { offset?: { start: number; length: number }; text: string }[] }, type: string) => {
    for (const m of view.json({ offset: true })) {
      if (!m.offset) continue;
      let start = m.offset.start;
      let end = start + m.offset.length;
      // compromise includes trailing punctuation and possessives in its terms; trim like the gold tokens.
      let t = input.text.slice(start, end);
      const trimmed = t.replace(/(['’]s|['’])?[\s.,;:!?"')\]]*$/u, '');
      end -= t.length - trimmed.length;
      t = input.text.slice(start, end);
      const lead = t.length - t.replace(/^[\s"'(\[]+/u, '').length;
      start += lead;
      const sp = snap(input, start, end);
      if (sp) out.push({ start: sp[0], end: sp[1], type });
    }
  };
  take(doc.people() as never, 'PER');
  take(doc.organizations() as never, 'ORG');
  take(doc.places() as never, 'LOC');
  return out;
}

function run(name: string, fn: (i: Input) => Pred[]): { file: string; seconds: number } {
  const t0 = performance.now();
  const lines = inputs.map((i) => JSON.stringify({ id: i.id, entities: fn(i) }));
  const seconds = (performance.now() - t0) / 1000;
  const file = path.join(outDir, `${base}.${unit}.${name}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  return { file, seconds };
}

function score(name: string, file: string): string {
  const errors = path.join(outDir, `${base}.${unit}.${name}.errors.tsv`);
  return execFileSync('node', [scorer, 'score', '--gold', gold, '--pred', file, '--unit', unit, '--errors', errors], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

console.log(`# ${path.relative(process.cwd(), gold)} (--unit ${unit}, ${inputs.length} records)\n`);
const a = run('dealsift', ours);
console.log(`## dealsift (analyze + findEntities: ${a.seconds.toFixed(1)} s)\n${score('dealsift', a.file)}`);
const b = args.includes('--no-anchor') ? null : run('compromise', anchor);
if (b) console.log(`## compromise ${(nlp as unknown as { version: string }).version} (people/organizations/places: ${b.seconds.toFixed(1)} s)\n${score('compromise', b.file)}`);
console.log(`errors: ${path.relative(process.cwd(), outDir)}/${base}.${unit}.*.errors.tsv`);

if (jsonOut) {
  // Figures for the evaluation gate (scripts/eval.ts): dealsift's F1, overall and per type.
  const res = JSON.parse(execFileSync('node', [scorer, 'score', '--gold', gold, '--pred', a.file, '--unit', unit, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 })) as {
    micro: { f1: number };
    byType: Record<string, { f1: number }>;
  };
  const key = path.basename(gold).replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9]+/g, '_');
  const got: Record<string, number> = { [`${key}.overall.f1`]: res.micro.f1 };
  for (const t of ['ORG', 'PER', 'LOC']) got[`${key}.${t}.f1`] = res.byType[t]?.f1 ?? 0;
  writeFileSync(jsonOut, JSON.stringify(got));
}
