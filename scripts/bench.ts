/**
 * Batch benchmark: the whole dealsift pipeline (the built package, through the batch runner's worker
 * pool) with 1 worker and with all cores, against the obvious JavaScript pipeline and against the
 * floor, over the same inputs, all measured in this run.
 *
 *   npm run bench [-- --sample N] [--scale N] [--rounds N]
 *
 * Inputs: the HTML pages of ../shared/datasets/article-extraction/html and the stories of
 * ../shared/datasets/reuters-acq/acq.jsonl (title, blank line, body), or corpus/ when those are absent.
 * --sample N keeps every k-th input so that about N remain; --scale N cycles the inputs to N articles
 * for the pool rows only (for the memory figure: peak RSS must not grow with the number of articles).
 * --rounds N (default 1) runs the five rows N times, one round after the other, and reports each
 * row's median round, with the spread: the machine's speed drifts by 15% or more between runs of the
 * same code, and interleaved rounds expose every row to the same drift.
 *
 * - obvious pipeline: Readability.js on linkedom for the text of a page, then compromise's
 *   organizations(), money(), percentages(), and for dates `match('#Date+')`: compromise's dates()
 *   needs the compromise-dates plugin, which is not installed, so the date spans come from the
 *   #Date tags that compromise core assigns;
 * - floor: cheerio.load of the page plus wink-nlp readDoc of the article text (the text dealsift's
 *   ingest extracts, computed before the clock starts); a plain-text story is readDoc alone.
 *
 * Every row runs in its own child process, so that its peak RSS is its own; times include loading the
 * libraries (once per process, or once per worker thread). Needs the build (`npm run build`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const datasets = path.join(root, '..', 'shared', 'datasets');
const pagesDir = path.join(datasets, 'article-extraction', 'html');
const storiesFile = path.join(datasets, 'reuters-acq', 'acq.jsonl');
const dist = path.join(root, 'dist');

interface Input {
  id: string;
  html?: string;
  text?: string;
  publishedAt?: string;
}

const args = process.argv.slice(2);
function flag(name: string): number | null {
  const i = args.indexOf(name);
  return i === -1 ? null : Number(args[i + 1]);
}
const phase = args.includes('--phase') ? args[args.indexOf('--phase') + 1] : null;
const sample = flag('--sample');
const scale = flag('--scale');
const rounds = Math.max(1, Math.floor(flag('--rounds') ?? 1));

/** The inputs, in a fixed order: pages, then stories (or the corpus). */
function loadInputs(): { inputs: Input[]; source: string } {
  let inputs: Input[] = [];
  const sources: string[] = [];
  if (existsSync(pagesDir)) {
    const files = readdirSync(pagesDir).filter((f) => /\.html?$/i.test(f)).sort();
    for (const f of files) inputs.push({ id: f, html: readFileSync(path.join(pagesDir, f), 'utf8') });
    sources.push(`${files.length} HTML pages of ${path.relative(root, pagesDir)}`);
  }
  if (existsSync(storiesFile)) {
    const lines = readFileSync(storiesFile, 'utf8').split('\n').filter(Boolean);
    for (const l of lines) {
      const o = JSON.parse(l) as { id: number; title: string | null; body: string | null; date_iso?: string };
      const text = [o.title, o.body].filter(Boolean).join('\n\n').trim();
      if (text) inputs.push({ id: `acq-${o.id}`, text, publishedAt: o.date_iso?.slice(0, 10) });
    }
    sources.push(`${lines.length} stories of ${path.relative(root, storiesFile)}`);
  }
  if (!inputs.length) {
    const dir = path.join(root, 'corpus');
    const files = readdirSync(dir).filter((f) => /\.(html?|txt)$/i.test(f)).sort();
    for (const f of files) {
      const s = readFileSync(path.join(dir, f), 'utf8');
      inputs.push(f.endsWith('.txt') ? { id: f, text: s } : { id: f, html: s });
    }
    sources.push(`${files.length} corpus articles (the shared datasets are absent)`);
  }
  let source = sources.join(' + ');
  if (sample && sample < inputs.length) {
    const step = inputs.length / sample;
    inputs = Array.from({ length: sample }, (_, i) => inputs[Math.floor(i * step)]);
    source += `, sampled: ${inputs.length} (every ${step.toFixed(2)}th)`;
  }
  return { inputs, source };
}

const bytesOf = (x: Input) => Buffer.byteLength(x.html ?? x.text ?? '');

interface PhaseResult {
  seconds: number;
  /** CPU time (all threads of the process) over the timed run: less sensitive to other processes. */
  cpuRun: number;
  /** The child's own CPU time and wall time, start to end (for the share other processes took). */
  cpuSeconds?: number;
  wallSeconds?: number;
  articles: number;
  bytes: number;
  maxRssMb: number;
  errors?: number;
  deals?: number;
}

async function runPhase(name: string, inputs: Input[]): Promise<PhaseResult> {
  const distUrl = (p: string) => pathToFileURL(path.join(dist, p)).href;
  let articles = inputs.length;
  let bytes = inputs.reduce((n, x) => n + bytesOf(x), 0);
  let seconds: number;
  let cpu0 = process.cpuUsage();
  let cpuRun = 0;
  const cpuSince = (c: NodeJS.CpuUsage) => {
    const d = process.cpuUsage(c);
    return (d.user + d.system) / 1e6;
  };
  const extra: Partial<PhaseResult> = {};
  if (name.startsWith('pool-')) {
    const jobs = Number(name.slice(5));
    const items = function* () {
      const n = scale ?? inputs.length;
      for (let i = 0; i < n; i++) {
        const x = inputs[i % inputs.length];
        const id = i < inputs.length ? x.id : `${x.id}#${Math.floor(i / inputs.length)}`;
        yield { id, doc: { ...x, id } };
      }
    };
    if (scale) {
      articles = scale;
      bytes = Array.from({ length: scale }, (_, i) => bytesOf(inputs[i % inputs.length])).reduce((a, b) => a + b, 0);
    }
    const { runBatch } = (await import(distUrl('batch/runner.js'))) as typeof import('../src/batch/runner.js');
    const t0 = performance.now();
    cpu0 = process.cpuUsage();
    let errors = 0;
    let deals = 0;
    for await (const r of runBatch(items(), { jobs, timeoutMs: 60_000 })) {
      if (!r.ok) errors++;
      deals += r.deals;
    }
    seconds = (performance.now() - t0) / 1000;
    cpuRun = cpuSince(cpu0);
    Object.assign(extra, { errors, deals });
  } else if (name === 'inprocess') {
    const t0 = performance.now();
    cpu0 = process.cpuUsage();
    const { safeExtract } = (await import(distUrl('pipeline.js'))) as typeof import('../src/pipeline.js');
    let errors = 0;
    for (const x of inputs) if (!safeExtract(x).success) errors++;
    seconds = (performance.now() - t0) / 1000;
    cpuRun = cpuSince(cpu0);
    Object.assign(extra, { errors });
  } else if (name.startsWith('share-')) {
    // share-K-N: the library loaded first (not timed), then every N-th input from the K-th: the
    // pipeline's own work on a share of the inputs, for the pipeline check.
    const [k, n] = name.slice(6).split('-').map(Number);
    const { safeExtract } = (await import(distUrl('pipeline.js'))) as typeof import('../src/pipeline.js');
    safeExtract({ id: 'warm-up', text: 'Acme Corp agreed to acquire Widget Inc for $5 million.' });
    const mine = inputs.filter((_, i) => i % n === k);
    articles = mine.length;
    bytes = mine.reduce((a, x) => a + bytesOf(x), 0);
    const t0 = performance.now();
    cpu0 = process.cpuUsage();
    for (const x of mine) safeExtract(x);
    seconds = (performance.now() - t0) / 1000;
    cpuRun = cpuSince(cpu0);
  } else if (name === 'obvious') {
    const t0 = performance.now();
    cpu0 = process.cpuUsage();
    const { Readability } = await import('@mozilla/readability');
    const { parseHTML } = await import('linkedom');
    const nlp = (await import('compromise')).default;
    let found = 0;
    for (const x of inputs) {
      let text = x.text ?? '';
      if (x.html !== undefined) {
        const { document } = parseHTML(x.html);
        text = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? '';
      }
      const doc = nlp(text);
      found += doc.organizations().out('array').length;
      found += (doc.money().json() as unknown[]).length;
      found += (doc.percentages().json() as unknown[]).length;
      found += doc.match('#Date+').out('array').length;
    }
    seconds = (performance.now() - t0) / 1000;
    cpuRun = cpuSince(cpu0);
    Object.assign(extra, { deals: found });
  } else if (name === 'floor') {
    // the article text, as dealsift's ingest extracts it, computed before the clock starts
    const { ingest } = (await import(distUrl('ingest/index.js'))) as typeof import('../src/ingest/index.js');
    const texts = inputs.map((x) => {
      try {
        return ingest(x, {}).text;
      } catch {
        return '';
      }
    });
    const t0 = performance.now();
    cpu0 = process.cpuUsage();
    const cheerio = await import('cheerio');
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    let tokens = 0;
    inputs.forEach((x, i) => {
      if (x.html !== undefined) cheerio.load(x.html);
      tokens += nlp.readDoc(texts[i]).tokens().length();
    });
    seconds = (performance.now() - t0) / 1000;
    cpuRun = cpuSince(cpu0);
    Object.assign(extra, { deals: tokens });
  } else {
    throw new Error(`unknown phase ${name}`);
  }
  const cpu = process.cpuUsage();
  return { seconds, cpuRun, articles, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024, cpuSeconds: (cpu.user + cpu.system) / 1e6, wallSeconds: process.uptime(), ...extra };
}

/** The machine's CPU time so far, busy and total, in clock ticks (Linux only). */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = f.reduce((a, b) => a + b, 0);
    return { busy: total - f[3] - f[4] - (f[7] ?? 0), total };
  } catch {
    return null;
  }
}

/**
 * The node flags the `dealsift` command starts with (the `exec node ...` line at the top of
 * bin/dealsift.js): the pool rows run with them, as `dealsift extract` does (the main thread's young
 * generation; see bin/dealsift.js).
 */
const CLI_FLAGS = (/^":" \/\/; exec node (.*?) "\$0" "\$@"$/m.exec(readFileSync(path.join(root, 'bin', 'dealsift.js'), 'utf8'))?.[1] ?? '').split(/\s+/).filter(Boolean);

function child(name: string): PhaseResult & { othersPct?: number } {
  const argv = [...process.execArgv, ...(name.startsWith('pool-') ? CLI_FLAGS : []), fileURLToPath(import.meta.url), '--phase', name, ...args];
  const before = cpuTimes();
  const r = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`phase ${name} failed (exit ${r.status})`);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  const after = cpuTimes();
  const res = JSON.parse(last) as PhaseResult & { othersPct?: number };
  if (before && after && after.total > before.total && res.cpuSeconds !== undefined) {
    // the machine's busy CPU time during the row, less the row's own: what other processes used
    const hz = (after.total - before.total) / (res.wallSeconds ?? res.seconds) / availableParallelism();
    const others = (after.busy - before.busy) / hz - res.cpuSeconds;
    res.othersPct = Math.max(0, (100 * others) / ((res.wallSeconds ?? res.seconds) * availableParallelism()));
  }
  return res;
}

/** Phases run at once, each in its own process: how the pipeline itself scales on this machine. */
async function childrenAtOnce(names: string[]): Promise<PhaseResult[]> {
  return Promise.all(
    names.map(
      (name) =>
        new Promise<PhaseResult>((resolve, reject) => {
          const argv = [...process.execArgv, fileURLToPath(import.meta.url), '--phase', name, ...args];
          const c = spawn(process.execPath, argv, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
          let out = '';
          c.stdout.on('data', (d) => (out += d));
          c.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as PhaseResult) : reject(new Error(`phase ${name} failed (exit ${code})`))));
        }),
    ),
  );
}

function newestMtime(dir: string, ext: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newestMtime(p, ext));
    else if (e.name.endsWith(ext)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/**
 * What parallelism the machine gives right now: the same fixed CPU work on 1 thread, then on n threads
 * at once. Other processes and the hypervisor share the cores, so "2 cores" may not give 2x.
 */
async function machineSpeedup(n: number): Promise<number> {
  const code = 'let x = 0; for (let i = 0; i < 4e8; i++) x = (x + i * 7) % 1000003; require("node:worker_threads").parentPort.postMessage(x);';
  const spin = (k: number) => {
    const t0 = performance.now();
    return Promise.all(Array.from({ length: k }, () => new Promise((resolve, reject) => new Worker(code, { eval: true }).once('message', resolve).once('error', reject)))).then(() => performance.now() - t0);
  };
  const one = await spin(1);
  const many = await spin(n);
  return (n * one) / many;
}

async function main(): Promise<void> {
  const { inputs, source } = loadInputs();
  if (phase) {
    process.stdout.write(`${JSON.stringify(await runPhase(phase, inputs))}\n`);
    return;
  }
  if (!existsSync(path.join(dist, 'batch', 'worker.js'))) {
    console.log('bench: dist/ is missing: run `npm run build` first');
    process.exitCode = 1;
    return;
  }
  if (newestMtime(path.join(root, 'src'), '.ts') > newestMtime(dist, '.js')) console.log('note: src/ is newer than dist/: run `npm run build` to measure the current code');
  const all = availableParallelism();
  const mb = inputs.reduce((n, x) => n + bytesOf(x), 0) / 1e6;
  console.log(`inputs: ${source}: ${inputs.length} articles, ${mb.toFixed(1)} MB`);
  console.log(`machine: ${all} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; each row in its own process; times include loading the libraries`);
  const speedup = await machineSpeedup(all);
  console.log(`machine check: the same CPU work on ${all} threads at once runs ${speedup.toFixed(2)}x as fast as on 1 (ideal ${all}x)`);
  console.log(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other processes compete for the cores)`);
  if (scale) console.log(`pool rows cycle the inputs to ${scale} articles (--scale)`);
  if (CLI_FLAGS.length) console.log(`pool rows run with the dealsift command's node flags: ${CLI_FLAGS.join(' ')}`);

  const rowList: [string, string][] = [
    ['pool-1', 'dealsift, 1 worker'],
    [`pool-${all}`, `dealsift, ${all} workers (all cores)`],
    ['inprocess', 'dealsift in-process (extract() loop, no pool)'],
    ['obvious', 'obvious: Readability.js/linkedom + compromise'],
    ['floor', 'floor: cheerio.load + wink-nlp readDoc'],
  ];
  const runs = new Map<string, (PhaseResult & { othersPct?: number })[]>(rowList.map(([k]) => [k, []]));
  for (let round = 1; round <= rounds; round++) {
    if (rounds > 1) console.log(`round ${round} of ${rounds}: ${rowList.map(([k]) => k).join(', ')}`);
    for (const [key] of rowList) runs.get(key)!.push(child(key));
  }
  /** The round whose time is the median (the lower middle one for an even count). */
  const median = <T extends PhaseResult>(rs: T[]): T => [...rs].sort((a, b) => a.seconds - b.seconds)[Math.floor((rs.length - 1) / 2)];
  if (rounds > 1) console.log(`each row: its median round of ${rounds}, with the fastest and slowest round's throughput`);
  const report = (key: string, label: string) => {
    const rs = runs.get(key)!;
    const r = median(rs);
    const notes = [];
    if (key.startsWith('pool') || key === 'inprocess') notes.push(`${r.errors ?? 0} error lines`);
    if (key.startsWith('pool')) notes.push(`${r.deals} deals`);
    if (r.othersPct !== undefined) notes.push(`other processes used ${r.othersPct.toFixed(0)}% of the CPU meanwhile`);
    if (rs.length > 1) {
      const rates = rs.map((x) => x.articles / x.seconds);
      notes.push(`rounds ${Math.min(...rates).toFixed(1)}-${Math.max(...rates).toFixed(1)} articles/s`);
    }
    const extra = notes.length ? `  (${notes.join(', ')})` : '';
    console.log(
      `${label.padEnd(46)} ${(r.articles / r.seconds).toFixed(1).padStart(8)} articles/s ${(r.bytes / 1e6 / r.seconds).toFixed(2).padStart(7)} MB/s ${Math.max(...rs.map((x) => x.maxRssMb)).toFixed(0).padStart(6)} MB peak RSS ${r.seconds.toFixed(1).padStart(7)} s ${r.cpuRun.toFixed(1).padStart(6)} s CPU${extra}`,
    );
    return r;
  };
  const [one, many, inproc, obvious, floor] = rowList.map(([k, label]) => report(k, label));

  // Throughput per article of the same inputs; under --scale the pool rows ran more articles.
  const perArticle = (r: PhaseResult) => r.seconds / r.articles;
  console.log('ratios (same inputs, this run):');
  console.log(`  dealsift 1 worker vs obvious pipeline: ${(perArticle(obvious) / perArticle(one)).toFixed(2)}x the throughput (target: at least 3x)`);
  console.log(`  dealsift 1 worker vs floor:            ${(perArticle(one) / perArticle(floor)).toFixed(2)}x the cost (target: within 4x)`);
  console.log(`  dealsift in-process vs obvious:        ${(perArticle(obvious) / perArticle(inproc)).toFixed(2)}x the throughput (the same pipeline without the pool's start-up)`);
  console.log(`  dealsift in-process vs floor:          ${(perArticle(inproc) / perArticle(floor)).toFixed(2)}x the cost`);
  // CPU time counts the work itself, whatever share of the cores other processes took meanwhile
  const cpuPer = (r: PhaseResult) => r.cpuRun / r.articles;
  console.log(`  in CPU time: dealsift 1 worker vs obvious ${(cpuPer(obvious) / cpuPer(one)).toFixed(2)}x the throughput, vs floor ${(cpuPer(one) / cpuPer(floor)).toFixed(2)}x the cost; in-process vs obvious ${(cpuPer(obvious) / cpuPer(inproc)).toFixed(2)}x, vs floor ${(cpuPer(inproc) / cpuPer(floor)).toFixed(2)}x; ${all} workers use ${(cpuPer(many) / cpuPer(one)).toFixed(2)}x the CPU of 1 per article`);
  console.log(`  ${all} workers vs 1 worker:                ${(perArticle(one) / perArticle(many)).toFixed(2)}x the throughput (target: at least 1.7x on 2 cores; the machine itself gave ${speedup.toFixed(2)}x just now)`);
  // One worker does not use one core only: V8 collects garbage and compiles on background threads,
  // and the main thread feeds it. N cores give at most N / (cores it keeps busy) of its throughput.
  const busy = one.cpuRun / one.seconds;
  console.log(`  cores 1 worker kept busy:             ${busy.toFixed(2)} (its thread, V8's garbage-collection and compiler threads, the main thread): ${all} cores allow at most ${(all / busy).toFixed(2)}x of it at the same CPU time per article`);
  // The ceiling for the workers row: the pipeline's own work (library loaded first) on all inputs in
  // one process, then on 1/N of them in each of N processes at once (nothing shared, no pool).
  const whole = child('share-0-1');
  const shares = await childrenAtOnce(Array.from({ length: all }, (_, k) => `share-${k}-${all}`));
  const sideSpeedup = whole.seconds / Math.max(...shares.map((r) => r.seconds));
  console.log(`  pipeline check: the pipeline's work split over ${all} processes at once runs ${sideSpeedup.toFixed(2)}x as fast as in one (${whole.seconds.toFixed(1)} s vs ${Math.max(...shares.map((r) => r.seconds)).toFixed(1)} s; the most ${all} workers could give on this machine now)`);
  console.log(`load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`  peak RSS with ${all} workers: ${Math.max(...runs.get(`pool-${all}`)!.map((x) => x.maxRssMb)).toFixed(0)} MB for ${many.articles} articles (target: under 400 MB for 20,000, flat)`);
}

await main();
