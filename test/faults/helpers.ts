/** What the fault tests share: the built command, temporary folders, a seeded random source. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(root, 'bin/dealsift.js');
export const corpus = path.join(root, 'corpus');

export const tempDir = (what = 'faults') => mkdtempSync(path.join(tmpdir(), `dealsift-${what}-`));

export function dealsift(args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input ?? '', encoding: 'utf8', maxBuffer: 256 << 20, env: opts.env ?? process.env });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** mulberry32: a small seeded generator, so that a failing case can be run again from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The corpus's .txt articles. */
export function corpusTexts(): string[] {
  return readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(corpus, f), 'utf8'));
}

/** A JSONL file of `n` items (the corpus's .txt articles, round and round), with an empty item third (an error line). */
export function jsonlItems(dir: string, n: number, name = 'items.jsonl'): string {
  const texts = corpusTexts();
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `item-${String(i).padStart(4, '0')}`, text: i === 2 ? '' : texts[i % texts.length] }));
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

export const idsOf = (jsonl: string): string[] =>
  jsonl
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).id as string);
