/**
 * Throughput of the value extractors (money + percentages + dates together) on article text.
 *   npx tsx scripts/bench-values.ts [MB]
 * Input: the corpus articles (corpus/*.txt, and the text of corpus/*.html with tags stripped),
 * repeated to the requested size (default 4 MB). Prints MB/s on one core, and the same for three
 * adversarial inputs (runs of digits, of spaces and dots, of currency symbols).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDates, findMoney, findPercentages } from '../src/extract/values/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mb = Number(process.argv[2] ?? 4);
const dir = path.join(root, 'corpus');
const articles = fs.readdirSync(dir).sort().map((f) => {
  const raw = fs.readFileSync(path.join(dir, f), 'utf8');
  return f.endsWith('.html') ? raw.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/[ \t]+/g, ' ') : raw;
});
const unit = articles.join('\n\n');
const target = mb * 1024 * 1024;

function run(label: string, text: string, reference: string | null) {
  const bytes = Buffer.byteLength(text);
  // One warm-up pass on a slice, then the timed pass.
  findMoney(text.slice(0, 20000));
  findPercentages(text.slice(0, 20000));
  findDates(text.slice(0, 20000), { referenceDate: reference });
  const t0 = performance.now();
  const n = findMoney(text).length + findPercentages(text).length + findDates(text, { referenceDate: reference }).length;
  const s = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(22)} ${(bytes / 1048576).toFixed(2).padStart(6)} MB  ${s.toFixed(2).padStart(6)} s  ${(bytes / 1048576 / s).toFixed(2).padStart(7)} MB/s  ${n} mentions`);
}

// Articles are processed one at a time in the pipeline; time that, not one giant string.
{
  const copies = Math.ceil(target / Buffer.byteLength(unit));
  let bytes = 0;
  let n = 0;
  const t0 = performance.now();
  for (let i = 0; i < copies; i++) {
    for (const a of articles) {
      bytes += Buffer.byteLength(a);
      n += findMoney(a).length + findPercentages(a).length + findDates(a, { referenceDate: '2026-11-03' }).length;
    }
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`${'articles (one by one)'.padEnd(22)} ${(bytes / 1048576).toFixed(2).padStart(6)} MB  ${s.toFixed(2).padStart(6)} s  ${(bytes / 1048576 / s).toFixed(2).padStart(7)} MB/s  ${n} mentions`);
}
run('articles (one string)', unit.repeat(Math.ceil(target / Buffer.byteLength(unit))), '2026-11-03');
run('digits', '1234567890'.repeat(104858), null);
run('spaces and dots', ' . .  ...'.repeat(104858), null);
run('currency symbols', '$€£ $ 1 $1,'.repeat(95326), null);
run('number words', 'one two three million and '.repeat(40330), null);
