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
 *   date     "2026-10" -> {start: 2026-10-01, end: 2026-11-01}; a range's inclusive end -> the instant
 *            after it; "2026-11-07T17:00" -> a point; relation after -> start at the end, before -> end
 *            at the start; the readings `scanDates` reports as alternatives (the future reading of a
 *            cue-less bare date, the pm reading of "at 5") -> the scorer's list of alternatives
 *            (its rule 5 accepts a list). `--no-alternatives` submits the record's reading only.
 *            A "from" date and the "until" date after it are one range: [start of the first, start
 *            of the second), or the end of the second when it is the end of its period ("until the
 *            end of June"); their alternatives pair up in order.
 */
import { realpathSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Money, Percent } from '../src/schema/index.js';
import { scanDates, findMoney, findPercentages, type DateFinding, type Reading } from '../src/extract/values/index.js';

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
const noAlternatives = args.includes('--no-alternatives');
const dataset = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, '..', 'shared', 'datasets', 'values'));
// The shared scorers run main() only when argv[1] is their real path: resolve links to ../shared.
const scorer = realScorer(path.resolve(root, '..', 'shared', 'eval', 'values', 'score.mjs'));
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
  m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) {
    const jan4 = new Date(Date.UTC(2000, 0, 4));
    jan4.setUTCFullYear(+m[1]);
    const mon = 4 - ((jan4.getUTCDay() + 6) % 7) + 7 * (+m[2] - 1);
    return [isoDay(+m[1], 1, mon), isoDay(+m[1], 1, mon + 7)];
  }
  return null;
}
/** A range bound as the scorer's start (first instant) or exclusive end (the instant after it). */
function bound(v: string, end: boolean): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(v);
  if (m) {
    const dt = new Date(Date.UTC(2000, +m[2] - 1, +m[3], +m[4], +m[5] + (end && m[6] === undefined ? 1 : 0), m[6] ? +m[6] + (end ? 1 : 0) : 0));
    dt.setUTCFullYear(+m[1]);
    return dt.toISOString().slice(0, 19).replace(/^\+0*/, '');
  }
  const iv = interval(v);
  return iv ? iv[end ? 1 : 0] : null;
}

/** The last unit of a year ("2026" -> "2026-12") or of a month ("2026-06" -> "2026-06-30"), as `range.end` writes it. */
function periodEnd(v: string): string {
  if (v.length === 4) return `${v}-12`;
  const d = new Date(`${interval(v)![1]}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

type ScorerDate = Record<string, string>;
/** One reading (value + inclusive range) in the scorer's terms: a point, or {start, end} with an exclusive end. */
function scorerReading(r: Reading, relation: DateFinding['relation']): ScorerDate | null {
  if (/T\d{2}:\d{2}/.test(r.value) && !r.range) {
    const v = r.value.length === 16 ? `${r.value}:00` : r.value;
    // a time with "until"/"by"/"before" bounds the end; the scorer reads the end of end-only gold
    return relation === 'until' || relation === 'by' || relation === 'before' ? { value: v, start: v, end: v } : { value: v, start: v };
  }
  let alt: ScorerDate;
  if (r.range) {
    const s = bound(r.range.start, false);
    const e = bound(r.range.end, true);
    if (!s || !e) return null;
    alt = { start: s, end: e };
    if (/T/.test(r.range.start)) alt.value = s;
  } else {
    const iv = interval(r.value);
    if (!iv) return null;
    alt = { start: iv[0], end: iv[1] };
  }
  const day = /^\d{4}-\d{2}-\d{2}$/.test(r.value) && !r.range;
  // Both bounds are always given; the scorer checks only the bounds the gold has.
  if (relation === 'after' && !day) alt.start = alt.end;
  if (relation === 'before') alt.end = alt.start;
  if (day) alt.value = alt.start;
  return alt;
}

function datePred(d: DateFinding) {
  const base = { type: 'date', start: d.start, end: d.end, text: d.text };
  const readings = [d, ...d.alternatives].map((r) => scorerReading(r, d.relation)).filter((x): x is ScorerDate => x !== null);
  return { ...base, value: readings.length === 0 ? null : readings.length === 1 ? readings[0] : readings };
}

/** A "from" date followed by an "until" date is one range for the scorer: [start of first, start of second). */
function datePreds(text: string, dates: DateFinding[]) {
  const out: ReturnType<typeof datePred>[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    if (b && a.relation === 'from' && b.relation === 'until' && b.start - a.end <= 12) {
      // the ends' alternatives pair up in order when both have as many (the same readings of each end)
      const pairs: [Reading, Reading][] = [[a, b]];
      if (a.alternatives.length === b.alternatives.length) a.alternatives.forEach((x, k) => pairs.push([x, b.alternatives[k]]));
      else if (a.alternatives.length && b.alternatives.length) pairs.push([a.alternatives[0], b.alternatives[0]]);
      const value = pairs.flatMap(([x, y]) => {
        const s = bound(x.range?.start ?? x.value, false);
        // "until the end of June" ends when June ends: an end that is the last part of its period
        // gives the period's end; any other end gives its start ("from April to June" -> June 1)
        const last = y.range && /^\d{4}(-\d{2})?$/.test(y.value) && y.range.end === periodEnd(y.value);
        const e = last ? bound(y.range!.end, true) : bound(y.range?.start ?? y.value, false);
        return s && e ? [{ start: s, end: e }] : [];
      });
      if (value.length) {
        out.push({ type: 'date', start: a.start, end: b.end, text: text.slice(a.start, b.end), value: value.length === 1 ? value[0] : value });
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
    const ref = c.referenceDate ?? null;
    const found = [
      ...findMoney(c.input).map(moneyPred),
      ...findPercentages(c.input).map(percentPred),
      ...datePreds(c.input, scanDates(c.input, { referenceDate: ref }).map((d) => (noAlternatives ? { ...d, alternatives: [] } : d))),
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
