/**
 * Golden regression: run every corpus article and compare its record with the expected record
 * in golden/. Reading never writes; `update` writes only changed records, atomically, never deletes.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readInputs } from '../io/inputs.js';
import { safeExtract } from '../pipeline.js';
import type { DealRecord } from '../schema/index.js';

export interface Difference {
  path: string;
  expected: unknown;
  actual: unknown;
}

export interface GoldenResult {
  /** Corpus file name, e.g. "acme-buys-widget.html". */
  file: string;
  /** The golden file's path. */
  golden: string;
  status: 'same' | 'different' | 'missing-golden' | 'error';
  differences: Difference[];
  record?: DealRecord;
  error?: { code: string; message: string };
}

export interface GoldenCheck {
  results: GoldenResult[];
  /** Golden files with no corpus article. */
  orphans: string[];
  /** Golden files written by `update`. */
  written: string[];
}

export interface GoldenOptions {
  corpusDir: string;
  goldenDir: string;
  /** Write the golden files of records that changed or are missing. */
  update?: boolean;
  /** Let `update` run although golden files without an article exist. */
  allowOrphans?: boolean;
}

/** The golden file's name for a corpus file: the slug with ".json". */
export function goldenName(corpusFile: string): string {
  return `${path.basename(corpusFile).replace(/\.[^.]+$/, '')}.json`;
}

/** Stable, human-reviewable serialization of a record. */
export function serializeRecord(record: unknown): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Field-by-field differences between two JSON values, as paths ("deal.parties[0].role"). */
export function diffValues(expected: unknown, actual: unknown, at = ''): Difference[] {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const out: Difference[] = [];
    const n = Math.max(expected.length, actual.length);
    for (let i = 0; i < n; i++) {
      const p = `${at}[${i}]`;
      if (i >= expected.length) out.push({ path: p, expected: undefined, actual: actual[i] });
      else if (i >= actual.length) out.push({ path: p, expected: expected[i], actual: undefined });
      else out.push(...diffValues(expected[i], actual[i], p));
    }
    return out;
  }
  if (isObject(expected) && isObject(actual)) {
    const out: Difference[] = [];
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    for (const k of keys) out.push(...diffValues(expected[k], actual[k], at ? `${at}.${k}` : k));
    return out;
  }
  return Object.is(expected, actual) ? [] : [{ path: at || '(record)', expected, actual }];
}

async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content, 'utf8');
  await rename(tmp, file);
}

export async function checkGolden(options: GoldenOptions): Promise<GoldenCheck> {
  const corpusDir = path.resolve(options.corpusDir);
  const goldenDir = path.resolve(options.goldenDir);
  // Ids are relative to the corpus folder's parent, so they do not depend on where the check runs.
  const cwd = path.dirname(corpusDir);
  const results: GoldenResult[] = [];
  const slugs = new Map<string, string>();
  for await (const item of readInputs([corpusDir], { cwd })) {
    const file = item.id.slice(path.basename(corpusDir).length + 1);
    const name = goldenName(file);
    const golden = path.join(goldenDir, name);
    if (slugs.has(name)) {
      results.push({ file, golden, status: 'error', differences: [], error: { code: 'DUPLICATE_SLUG', message: `${file} and ${slugs.get(name)} would share ${name}: rename one` } });
      continue;
    }
    slugs.set(name, file);
    const res = item.error ? { success: false as const, error: item.error } : safeExtract(item.doc);
    if (!res.success) {
      results.push({ file, golden, status: 'error', differences: [], error: { code: res.error.code, message: res.error.message } });
      continue;
    }
    const actual = JSON.parse(serializeRecord(res.data)) as DealRecord;
    if (!existsSync(golden)) {
      results.push({ file, golden, status: 'missing-golden', differences: [], record: actual });
      continue;
    }
    const expected = JSON.parse(await readFile(golden, 'utf8')) as unknown;
    const differences = diffValues(expected, actual);
    results.push({ file, golden, status: differences.length ? 'different' : 'same', differences, record: actual });
  }
  const goldenFiles = existsSync(goldenDir) ? (await readdir(goldenDir)).filter((f) => f.endsWith('.json')).sort() : [];
  const orphans = goldenFiles.filter((g) => !slugs.has(g)).map((g) => path.join(goldenDir, g));
  const written: string[] = [];
  if (options.update) {
    if (orphans.length && !options.allowOrphans) {
      throw new Error(`refusing to update: golden files without a corpus article: ${orphans.join(', ')} (remove them, or pass --allow-orphans)`);
    }
    await mkdir(goldenDir, { recursive: true });
    for (const r of results) {
      if ((r.status === 'different' || r.status === 'missing-golden') && r.record) {
        await writeAtomic(r.golden, serializeRecord(r.record));
        written.push(r.golden);
      }
    }
  }
  return { results, orphans, written };
}
