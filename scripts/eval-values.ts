/**
 * Runs the value extractors over a values dataset and prints the shared scorer's table.
 *   npx tsx scripts/eval-values.ts [dataset dir] [--errors N] [--all]
 * Default dataset: ../shared/datasets/values. Profile: "calendar" (durations, sets, times, time
 * ranges and time zones are neutral). Predictions go to .eval/values-pred.jsonl (gitignored).
 * Prints "skipped: ... not found" and exits 0 when the dataset or the scorer is absent.
 *
 * Conversions for the scorer (ours -> its conventions), and only here:
 *   money    a range gives {min, max} with value null; "more than X" gives {min: X}, "up to X" {max: X}
 *   percent  value as a fraction (20 -> 0.2)
 *   date     "2026-10" -> {start: 2026-10-01, end: 2026-11-01}; relation since/after/from -> open end,
 *            until/before/by -> open start
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DateMention, Money, Percent } from '../src/schema/index.js';
import { findDates, findMoney, findPercentages } from '../src/extract/values/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const errors = flag('--errors');
const json = flag('--json');
const all = args.includes('--all');
const dataset = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, '..', 'shared', 'datasets', 'values'));
const scorer = path.resolve(root, '..', 'shared', 'eval', 'values', 'score.mjs');
if (!fs.existsSync(dataset)) {
  console.log(`skipped: values dataset ${dataset} not found`);
  process.exit(0);
}
if (!fs.existsSync(scorer)) {
  console.log(`skipped: scorer ${scorer} not found`);
  process.exit(0);
}

interface Case { id: string; input: string; referenceDate: string | null; annotated: string[] }

function moneyPred(m: Money) {
  let { value, min, max } = m as { value: number | null; min: number | null; max: number | null };
  if (min !== null || max !== null) value = null;
  else if (m.qualifier === 'more_than' || m.qualifier === 'at_least') [min, value] = [value, null];
  else if (m.qualifier === 'less_than' || m.qualifier === 'up_to') [max, value] = [value, null];
  return { type: 'money', start: m.start, end: m.end, text: m.text, value, min, max, currency: m.currency };
}

function percentPred(p: Percent) {
  return { type: 'percent', start: p.start, end: p.end, text: p.text, value: p.value / 100 };
}

const pad = (n: number) => String(n).padStart(2, '0');
function isoDay(y: number, m: number, d: number): string {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  return `${String(dt.getUTCFullYear()).padStart(4, '0')}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}
/** An ISO prefix as a [start, end) pair of days, or null when a part is unknown. */
function interval(v: string): [string, string] | null {
  if (v.includes('X')) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) return [isoDay(+m[1], +m[2], +m[3]), isoDay(+m[1], +m[2], +m[3] + 1)];
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return [isoDay(+m[1], +m[2], 1), isoDay(+m[1], +m[2] + 1, 1)];
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return [isoDay(+m[1], (+m[2] - 1) * 3 + 1, 1), isoDay(+m[1], +m[2] * 3 + 1, 1)];
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return [isoDay(+m[1], (+m[2] - 1) * 6 + 1, 1), isoDay(+m[1], +m[2] * 6 + 1, 1)];
  m = /^(\d{4})$/.exec(v);
  if (m) return [isoDay(+m[1], 1, 1), isoDay(+m[1] + 1, 1, 1)];
  return null;
}

function datePred(d: DateMention) {
  const iv = interval(d.value);
  const base = { type: 'date', start: d.start, end: d.end, text: d.text };
  if (!iv) return { ...base, value: null };
  const day = /^\d{4}-\d{2}-\d{2}$/.test(d.value);
  // Both bounds are always given; the scorer checks only the bounds the gold has.
  const alt: Record<string, string> = { start: iv[0], end: iv[1] };
  if (d.relation === 'after' && !day) alt.start = iv[1];
  if (d.relation === 'before') alt.end = iv[0];
  if (day) alt.value = alt.start;
  return { ...base, value: alt };
}

/** A "from" date followed by an "until" date is one range for the scorer: [start of first, start of second). */
function datePreds(text: string, dates: DateMention[]) {
  const out: ReturnType<typeof datePred>[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    if (b && a.relation === 'from' && b.relation === 'until' && b.start - a.end <= 12) {
      const ia = interval(a.value);
      const ib = interval(b.value);
      if (ia && ib) {
        out.push({ type: 'date', start: a.start, end: b.end, text: text.slice(a.start, b.end), value: { start: ia[0], end: ib[0] } });
        i++;
        continue;
      }
    }
    out.push(datePred(a));
  }
  return out;
}

const files = fs.readdirSync(dataset).filter((f) => f.endsWith('.jsonl')).sort();
const lines: string[] = [];
let bytes = 0;
const t0 = performance.now();
for (const f of files) {
  for (const line of fs.readFileSync(path.join(dataset, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as Case;
    bytes += Buffer.byteLength(c.input);
    const ref = c.referenceDate ? c.referenceDate.slice(0, 10) : null;
    const found = [
      ...findMoney(c.input).map(moneyPred),
      ...findPercentages(c.input).map(percentPred),
      ...datePreds(c.input, findDates(c.input, { referenceDate: ref })),
    ];
    lines.push(JSON.stringify({ id: c.id, found }));
  }
}
const ms = performance.now() - t0;
const outDir = path.join(root, '.eval');
fs.mkdirSync(outDir, { recursive: true });
const predFile = path.join(outDir, 'values-pred.jsonl');
fs.writeFileSync(predFile, lines.join('\n') + '\n');
console.log(`${lines.length} cases, ${(bytes / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms; predictions: ${path.relative(root, predFile)}`);

const scorerArgs = [scorer, '--gold', dataset, '--pred', predFile, '--by-set'];
if (!all) scorerArgs.push('--exclude-subtypes', 'duration,set,time,timerange,timezone');
if (errors) scorerArgs.push('--errors', errors);
if (json) scorerArgs.push('--json', json);
console.log(`profile: ${all ? 'all subtypes' : 'calendar (--exclude-subtypes duration,set,time,timerange,timezone)'}`);
process.stdout.write(execFileSync(process.execPath, scorerArgs, { encoding: 'utf8', maxBuffer: 64 << 20 }));
