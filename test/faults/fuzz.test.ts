/**
 * The fuzzer in the suite: every saved failing case (test/faults/fuzz-cases/, named for what it
 * showed) now passes, and a short campaign with a fixed seed finds nothing. A case that fails here
 * is saved to fuzz-findings/ with its seed, to be replayed with `npm run fuzz -- --replay FILE`.
 * The long campaign is `npm run fuzz -- --minutes M`. Needs the build (npm test builds first).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FuzzRunner, checkLine, loadCase, loadSeeds, makeCase, saveCase, type CaseResult, type SavedCase } from '../../scripts/fuzz-lib.js';
import { root } from './helpers.js';

/** The campaign CI runs: always these cases. */
const CI_SEED = 20261205;
const CI_CASES = 48;

const casesDir = path.join(root, 'test/faults/fuzz-cases');
const saved = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(path.join(casesDir, f), 'utf8')) as SavedCase] as const);

const runner = new FuzzRunner({ jobs: 1 });
afterAll(() => runner.destroy());

/** Save what failed (for --replay) and say where. */
function failures(results: CaseResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    if (!r.finding) continue;
    const dir = path.join(root, 'fuzz-findings');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${r.c.seed}-${r.c.n}-${r.finding.kind}.json`);
    writeFileSync(file, `${JSON.stringify(saveCase(r.c, r.finding), null, 1)}\n`);
    out.push(`${r.c.id} (${r.c.recipe.join(' > ')}): ${r.finding.kind}: ${r.finding.detail}; saved as ${path.relative(root, file)}`);
  }
  return out;
}

describe('the fuzzer', () => {
  it('makes the same case from the same seed and number, and another from another', () => {
    const seeds = loadSeeds();
    const a = makeCase(seeds, 5, 3);
    expect(JSON.stringify(makeCase(seeds, 5, 3))).toBe(JSON.stringify(a));
    expect(JSON.stringify(makeCase(seeds, 5, 4))).not.toBe(JSON.stringify(a));
    expect(JSON.stringify(loadCase(JSON.parse(JSON.stringify(saveCase(a, { kind: 'line', detail: '' })))).doc)).toBe(JSON.stringify(a.doc));
  });

  it.each([
    ['a clean error line', '{"id":"x","error":{"code":"EMPTY_INPUT","message":"x: empty"}}', null],
    ['two lines', '{"id":"x","error":{"code":"EMPTY_INPUT","message":"x: empty"}}\n{}', 'line'],
    ['not JSON', '{"id":', 'line'],
    ['an unexpected exception', '{"id":"x","error":{"code":"INTERNAL","message":"x: boom"}}', 'escaped'],
    ['a timeout', '{"id":"x","error":{"code":"TIMEOUT","message":"x: took longer"}}', 'timeout'],
    ['a message that does not name the input', '{"id":"x","error":{"code":"NO_TEXT","message":"no text"}}', 'message'],
    ['a record that fails its schema', '{"id":"x","text":"y"}', 'invalid'],
  ])('checkLine: %s', (_what, line, kind) => {
    expect(checkLine('x', line)?.kind ?? null).toBe(kind);
  });

  it.each(saved)('saved case %s passes now', async (_name, s) => {
    const [r] = await runner.run([loadCase(s)]);
    expect(failures([r])).toEqual([]);
  }, 120_000);

  it(`a campaign of ${CI_CASES} cases with seed ${CI_SEED}: one line each, a valid record or a clean error, in time, the same bytes twice`, async () => {
    const seeds = loadSeeds();
    const cases = Array.from({ length: CI_CASES }, (_, n) => makeCase(seeds, CI_SEED, n));
    const found: string[] = [];
    for (let i = 0; i < cases.length; i += 16) found.push(...failures(await runner.run(cases.slice(i, i + 16))));
    expect(found).toEqual([]);
  }, 600_000);
});
