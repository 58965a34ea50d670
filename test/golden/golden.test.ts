/**
 * Golden regression: every corpus article's record equals its golden file. A plain run never
 * writes golden files; `npx dealsift check --update` does, after each change is read by hand.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGolden, goldenName, type GoldenCheck } from '../../src/golden/index.js';
import { DealRecordSchema, type DealRecord, type Span } from '../../src/schema/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.join(root, 'corpus');
const goldenDir = path.join(root, 'golden');
const corpusFiles = readdirSync(corpusDir).filter((f) => /\.(html?|txt|jsonl)$/.test(f)).sort();
const goldenFiles = existsSync(goldenDir) ? readdirSync(goldenDir).filter((f) => f.endsWith('.json')).sort() : [];

let check: GoldenCheck;
beforeAll(async () => {
  check = await checkGolden({ corpusDir, goldenDir });
});

describe('corpus and golden files', () => {
  it('match one to one', () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(17);
    expect(corpusFiles.map(goldenName).sort()).toEqual(goldenFiles);
  });

  it.each(goldenFiles)('golden/%s passes the schema', (g) => {
    const rec = JSON.parse(readFileSync(path.join(goldenDir, g), 'utf8'));
    const parsed = DealRecordSchema.safeParse(rec);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  });
});

describe('records equal their golden files', () => {
  it.each(corpusFiles)('%s', (file) => {
    const r = check.results.find((x) => x.file === file);
    expect(r, `no result for ${file}`).toBeDefined();
    const msg = r!.differences
      .slice(0, 20)
      .map((d) => `${d.path}: expected ${JSON.stringify(d.expected)?.slice(0, 120)} actual ${JSON.stringify(d.actual)?.slice(0, 120)}`)
      .join('\n');
    expect(r!.status, r!.error?.message ?? msg).toBe('same');
  });
});

function spansOf(rec: DealRecord): Span[] {
  const out: Span[] = [...rec.money, ...rec.percentages, ...rec.dates, ...rec.entities.flatMap((e) => e.mentions)];
  for (const d of rec.deal ? [rec.deal, ...rec.otherDeals] : rec.otherDeals) {
    out.push(d.evidence, ...d.parties.map((p) => p.evidence), ...d.terms, ...d.terms.flatMap((t) => t.evidence));
    if (d.value) out.push(d.value);
    if (d.statusEvidence) out.push(d.statusEvidence);
    for (const t of d.terms) out.push(...t.money, ...t.percentages, ...t.dates);
  }
  return out;
}

describe('offsets', () => {
  it('text.slice(start, end) is the mention for every span of every corpus record', () => {
    let n = 0;
    for (const r of check.results) {
      expect(r.record, `${r.file}: ${r.error?.message}`).toBeDefined();
      for (const s of spansOf(r.record!)) {
        n++;
        expect(r.record!.text.slice(s.start, s.end), `${r.file} [${s.start}, ${s.end})`).toBe(s.text);
      }
    }
    expect(n).toBeGreaterThan(100);
  });
});
