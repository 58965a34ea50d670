/**
 * What the web deal evaluations share (eval-web-deals.ts, eval-stray-lines.ts, eval-name-swap.ts):
 * where the data and the shared scorer are, the check split, and one scorer run.
 * Research data: read from ../shared only.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const webDealsDir = path.join(root, '../shared/datasets/web-deals-dev');
export const scorerPath = path.join(root, '../shared/eval/deals/score.mjs');

/** One article of web-deals-dev, as its README gives it. */
export interface WebDealItem {
  id: string;
  text: string;
  template: Record<string, string[][]>;
  facts: { dealType: string | null; status: string | null; parties?: { name: string; aliases?: string[]; role: string }[] };
}

/** The check split: an id's half, from the first byte of its SHA-256 (stable, independent of order). */
export const halfOf = (id: string): 'dev' | 'check' => (createHash('sha256').update(id).digest()[0] % 2 === 0 ? 'dev' : 'check');

/** The articles of web-deals-dev, its files in name order. */
export function webDealItems(): WebDealItem[] {
  return readdirSync(webDealsDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(path.join(webDealsDir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as WebDealItem));
}

/** Ends the script with a "skipped: ... not found" line (exit 0) when one of `paths` is missing. */
export function skipWhenMissing(...paths: string[]): void {
  const absent = paths.find((p) => !existsSync(p));
  if (!absent) return;
  console.log(`skipped: ${absent} not found`);
  process.exit(0);
}

/** The value after `--name` among the script's arguments, or undefined. */
export function flag(name: string, args = process.argv.slice(2)): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The shared scorer's path with links resolved: it runs main() only when argv[1] is its real path. */
export const scorer = (): string => realpathSync(scorerPath);

/** The scorer's rows for a records file against a gold file. */
export function scoreRows(records: string, gold: string): Record<string, { p: number; r: number; f1: number; correct: number; out: number; gold: number }> {
  return JSON.parse(execFileSync(process.execPath, [scorer(), records, gold, '--json'], { encoding: 'utf8' })).rows;
}

/** The scorer's per-slot lines for a records file against a gold file (its report before the totals). */
export function scoreLines(records: string, gold: string): string[] {
  return execFileSync(process.execPath, [scorer(), records, gold, '--verbose'], { encoding: 'utf8' }).split('\ndocs ')[0].split('\n').filter(Boolean);
}
