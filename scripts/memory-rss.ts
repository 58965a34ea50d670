/**
 * Memory over a long batch: `dealsift extract` (the command, as users start it) over a JSONL file of
 * many articles (the corpus's stories and pages, round and round, each with its own id), with the
 * process's resident memory read from /proc every half second. Prints the RSS after the first 1% of
 * the articles (start), at the middle and at the end, every tenth on the way, and the peak; a flat
 * batch has about the same figure at all three. Also checks that every article got its line.
 *
 *   npm run memory -- [--articles N (default 100000)] [--jobs N (default: the cores)]
 *
 * Linux only (/proc). Needs the build.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, jobs: { type: 'string' } } });
const total = Number(values.articles);
if (!Number.isSafeInteger(total) || total < 100) {
  process.stderr.write(`memory: --articles: expected a whole number, 100 or more, got "${values.articles}"\n`);
  process.exit(2);
}

// The input: the corpus's articles (texts and pages), each line a JSONL item with its own id.
const corpus = path.join(root, 'corpus');
const docs = readdirSync(corpus)
  .sort()
  .map((f) => {
    const body = readFileSync(path.join(corpus, f), 'utf8');
    return f.endsWith('.txt') ? { text: body } : { html: body };
  });
const dir = mkdtempSync(path.join(tmpdir(), 'dealsift-memory-'));
const input = path.join(dir, 'articles.jsonl');
const ws = createWriteStream(input);
for (let i = 0; i < total; i++) {
  const line = `${JSON.stringify({ id: `article-${String(i).padStart(6, '0')}`, ...docs[i % docs.length] })}\n`;
  if (!ws.write(line)) await new Promise((r) => ws.once('drain', r));
}
await new Promise<void>((r) => ws.end(r));

const MB = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
function status(pid: number): { rss: number; hwm: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

const args = ['extract', input, '-q', ...(values.jobs ? ['-j', values.jobs] : [])];
process.stderr.write(`memory: ${total} articles (${(readFileSync(input).length / 1e6).toFixed(0)} MB of JSONL), dealsift ${args.join(' ')}\n`);
const t0 = Date.now();
// The command itself (bin/dealsift.js starts node with its V8 options through sh, then exec).
const child = spawn(path.join(root, 'bin/dealsift.js'), args, { stdio: ['ignore', 'pipe', 'inherit'] });
let lines = 0;
let errors = 0;
let tail = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d: string) => {
  const parts = (tail + d).split('\n');
  tail = parts.pop()!;
  lines += parts.length;
  for (const p of parts) if (p.startsWith('{"id":') && p.includes('"error":{')) errors++;
});

const marks = new Map<string, { at: number; rss: number; s: number }>();
const wanted: [string, number][] = [
  ['start (1%)', Math.ceil(total * 0.01)],
  ...Array.from({ length: 9 }, (_, i): [string, number] => [`${(i + 1) * 10}%`, Math.ceil((total * (i + 1)) / 10)]),
  ['end (100%)', total],
];
let peak = 0;
let last = 0;
const timer = setInterval(() => {
  const st = status(child.pid!);
  if (!st) return;
  peak = Math.max(peak, st.hwm);
  last = st.rss;
  for (const [name, n] of wanted) if (!marks.has(name) && lines >= n) marks.set(name, { at: lines, rss: st.rss, s: (Date.now() - t0) / 1000 });
}, 500);
const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
clearInterval(timer);
if (!marks.has('end (100%)') && last) marks.set('end (100%)', { at: lines, rss: last, s: (Date.now() - t0) / 1000 });
rmSync(dir, { recursive: true, force: true });

process.stdout.write(`\narticles  lines out  seconds  RSS\n`);
for (const [name] of wanted) {
  const m = marks.get(name);
  if (m) process.stdout.write(`${name.padEnd(10)} ${String(m.at).padStart(9)}  ${m.s.toFixed(0).padStart(7)}  ${MB(m.rss)}\n`);
}
const start = marks.get('start (1%)');
const mid = marks.get('50%');
const end = marks.get('end (100%)');
process.stdout.write(`\nRSS start ${start ? MB(start.rss) : '?'}, middle ${mid ? MB(mid.rss) : '?'}, end ${end ? MB(end.rss) : '?'}; peak ${MB(peak)}\n`);
process.stdout.write(`${lines} lines for ${total} articles (${errors} error lines), exit code ${code}, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
process.exit(lines === total && code === 0 ? 0 : 1);
