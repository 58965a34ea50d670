/**
 * Rebuild the extra main-text evaluation sets (evaluation use only, kept OUTSIDE the repository)
 * from snapshots of the public repositories that publish them. Nothing from these sets is ever
 * written into the repository; scripts/eval-ingest.ts scores them with the shared scorer.
 *
 *   npx tsx scripts/build-extra-datasets.ts [--out DIR] [--mirrors DIR] [--only l3s-gn1,dragnet,wcxb]
 *
 * DIR defaults to ../extra-datasets (beside the checkout; DEALSIFT_EXTRA_DATASETS overrides it);
 * the mirrors default to /work/.mirror, where the session's `fetch` tool puts bare git directories
 * named owner+name/repo. Each set is written in the article-extraction layout:
 *   <DIR>/<set>/html/<id>.html   the page, bytes as published (decoded by ingest as usual)
 *   <DIR>/<set>/truth.jsonl      {"id", "url", "site", "articleBody"} per page
 *   <DIR>/<set>/ids.txt          the ids, sorted
 *   <DIR>/<set>/README.md        source repository, commit, licence, gold conventions
 *
 * `site` is the key of the check split (scripts/eval-ingest.ts --split): the page's host where the
 * set gives it, else the host of the page's canonical / og:url, else the host most of its absolute
 * links point to (a page links mostly to its own site), else the page id (a site of its own).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { decodeBytes } from '../src/ingest/decode.js';
import { forEachElement, isElement, parseHtml, type DomNode } from '../src/ingest/dom.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const outRoot = path.resolve(opt('--out') ?? process.env.DEALSIFT_EXTRA_DATASETS ?? path.join(root, '..', 'extra-datasets'));
const mirrors = path.resolve(opt('--mirrors') ?? '/work/.mirror');
const only = opt('--only')?.split(',');

interface Page {
  id: string;
  url: string | null;
  site: string;
  html: Buffer;
  articleBody: string;
}

interface SetSource {
  name: string;
  repo: string;
  licence: string;
  about: string;
  read(gitDir: string, tmp: string): Page[];
}

/** Extract `paths` of the snapshot's HEAD into `tmp` (git archive | tar). */
function checkout(gitDir: string, tmp: string, paths: string[]): void {
  const tar = execFileSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', 'HEAD', ...paths], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', tmp], { input: tar, maxBuffer: 1 << 30 });
}

function headCommit(gitDir: string): string {
  return execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
}

const hostOf = (u: string | undefined | null): string | null => {
  if (!u) return null;
  try {
    const h = new URL(u.trim()).hostname.toLowerCase();
    return h ? h.replace(/^www\d?\./, '') : null;
  } catch {
    return null;
  }
};

/** The page's own host: canonical / og:url, else the host most absolute links point to. */
function siteOf(dom: DomNode): { url: string | null; site: string | null } {
  let url: string | null = null;
  const counts = new Map<string, number>();
  forEachElement(dom, (el) => {
    const a = el.attribs;
    if (!url && el.name === 'link' && /\bcanonical\b/i.test(a.rel ?? '') && hostOf(a.href)) url = a.href.trim();
    if (!url && el.name === 'meta' && (a.property ?? a.name) === 'og:url' && hostOf(a.content)) url = a.content.trim();
    if (el.name === 'a' && a.href && /^https?:/i.test(a.href)) {
      const h = hostOf(a.href);
      // ad servers are linked from many pages but are nobody's site
      if (h && !/(^|\.)(doubleclick\.net|ads?\.|adserver)/.test(h)) counts.set(h, (counts.get(h) ?? 0) + 1);
    }
  });
  if (url) return { url, site: hostOf(url) };
  let best: string | null = null;
  let n = 0;
  for (const [h, c] of [...counts].sort()) if (c > n) [best, n] = [h, c];
  return { url: null, site: n >= 3 ? best : null };
}

const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'td', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dd', 'dt', 'section', 'article', 'header', 'footer', 'hr', 'center', 'form']);

/**
 * L3S-GN1's assessed page: the text of the spans labelled "x-nc-sel2" (full text), in page
 * order. Text between two such spans that is only inline markup joins them; a block boundary or
 * text of another label separates them with a line break.
 */
function l3sGold(dom: DomNode): string {
  let out = '';
  let gap = false;
  let space = false;
  const walk = (n: DomNode, inSel: boolean): void => {
    if (n.type === 'text') {
      const t = n.data ?? '';
      if (inSel) {
        if (gap && out) out += '\n';
        else if (space && out) out += ' ';
        gap = space = false;
        out += t;
      } else if (t.trim()) gap = true;
      else if (t) space = true;
      return;
    }
    if (n.type === 'root') {
      for (const c of n.children ?? []) walk(c, inSel);
      return;
    }
    if (!isElement(n) || n.type !== 'tag') return;
    const cls = n.attribs.class ?? '';
    const sel = /\bx-nc-sel2\b/.test(cls) ? true : /\bx-nc-sel\d\b/.test(cls) ? false : inSel;
    if (BLOCK.has(n.name)) gap = true;
    for (const c of n.children) walk(c, sel);
    if (BLOCK.has(n.name)) gap = true;
  };
  walk(dom, false);
  return out.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{2,}/g, '\n').trim();
}

const SETS: SetSource[] = [
  {
    name: 'l3s-gn1',
    repo: 'j-szulc/html-cleaning-dataset-merged',
    licence:
      'L3S-GN1 (Kohlschütter, Fankhauser, Nejdl, WSDM 2010; L3S Research Center): "L3S grants to You a non-exclusive, non-transferable, worldwide, and royalty-free license to use the provided dataset for your research use only." Cite the WSDM 2010 paper "Boilerplate Detection using Shallow Text Features". Mirrored from geodrome/page-signal (an HTML conversion of the official WARC files) in the merged repository, which claims no rights of its own.',
    about:
      '621 English news articles from 408 sites (Google News, first half of 2008), each assessed by hand. Gold = the text of the blocks labelled "full text" (x-nc-sel2) in the assessed copy: headline (sel1), supplemental text such as captions and datelines (sel3), related links (sel4) and comments (sel5) are left out, as the article-extraction benchmark leaves out the headline. The page URL is not in the data: `site` is inferred from the page (canonical/og:url, else the host most of its links point to).',
    read(gitDir, tmp) {
      const base = 'page-signal-master';
      checkout(gitDir, tmp, [`${base}/input`, `${base}/GoldStandard`]);
      const pages: Page[] = [];
      for (const f of fs.readdirSync(path.join(tmp, base, 'input')).filter((f) => f.endsWith('.html')).sort()) {
        const id = f.replace(/\.html$/, '');
        const goldFile = path.join(tmp, base, 'GoldStandard', `${id}.txt`);
        if (!fs.existsSync(goldFile)) continue;
        const html = fs.readFileSync(path.join(tmp, base, 'input', f));
        const gold = l3sGold(parseHtml(decodeBytes(fs.readFileSync(goldFile), id).text));
        const { url, site } = siteOf(parseHtml(decodeBytes(html, id).text));
        if (gold) pages.push({ id, url, site: site ?? `page:${id}`, html, articleBody: gold });
      }
      return pages;
    },
  },
  {
    name: 'dragnet',
    repo: 'j-szulc/html-cleaning-dataset-merged',
    licence:
      'Dragnet data (Moz, seomoz/dragnet_data): "this data is licensed under the AGPLv3 ... Our intention here is to freely provide for research/non-commercial purposes". Used here for evaluation only; nothing derived from it is distributed. Mirrored in the merged repository, which claims no rights of its own.',
    about:
      '1,381 news and blog pages (2012) with the main content cut and pasted by hand ("Corrected" files). Gold = the text before the comment separator "!@#$%^&*()  COMMENTS" when there is one. Unlike the article-extraction benchmark, this gold usually keeps the headline, dates and image captions, so absolute figures are lower than on that benchmark; compare runs, not sets. `site` is inferred from the page (canonical/og:url, else the host most of its links point to).',
    read(gitDir, tmp) {
      const base = 'dragnet_data';
      checkout(gitDir, tmp, [`${base}/input`, `${base}/GoldStandard`]);
      const pages: Page[] = [];
      for (const f of fs.readdirSync(path.join(tmp, base, 'input')).filter((f) => f.endsWith('.html')).sort()) {
        const id = f.replace(/\.html$/, '');
        const goldFile = path.join(tmp, base, 'GoldStandard', `${id}.txt`);
        if (!fs.existsSync(goldFile)) continue;
        const html = fs.readFileSync(path.join(tmp, base, 'input', f));
        let gold = decodeBytes(fs.readFileSync(goldFile), id).text;
        const cut = gold.indexOf('!@#$%^&*()');
        if (cut >= 0) gold = gold.slice(0, cut);
        gold = gold.trim();
        const { url, site } = siteOf(parseHtml(decodeBytes(html, id).text));
        if (gold) pages.push({ id: `dragnet-${id}`, url, site: site ?? `page:${id}`, html, articleBody: gold });
      }
      return pages;
    },
  },
  {
    name: 'wcxb',
    repo: 'Murrough-Foley/web-content-extraction-benchmark',
    licence: 'WCXB v1.0 (Murrough Foley): LICENSE and metadata.json say CC-BY-4.0 (the README badge says Apache-2.0). Attribution: "WCXB: Web Content Extraction Benchmark", Murrough Foley, github.com/Murrough-Foley/web-content-extraction-benchmark.',
    about:
      'The pages of type "article" (968 of 2,008: its dev and test splits together) from a 2025 crawl, every page from a different domain. Gold = ground_truth.main_content, written by a language model and reviewed (not cut by hand); it keeps section headings. Used as a modern-web check; rs-trafilatura was developed on this set.',
    read(gitDir, tmp) {
      checkout(gitDir, tmp, ['metadata.json', 'dev', 'test']);
      const meta = JSON.parse(fs.readFileSync(path.join(tmp, 'metadata.json'), 'utf8')) as {
        files: Record<string, { split: string; page_type: string; domain: string }>;
      };
      const pages: Page[] = [];
      for (const [fid, m] of Object.entries(meta.files).sort()) {
        if (m.page_type !== 'article') continue;
        const htmlFile = path.join(tmp, m.split, 'html', `${fid}.html.gz`);
        const goldFile = path.join(tmp, m.split, 'ground-truth', `${fid}.json`);
        if (!fs.existsSync(htmlFile) || !fs.existsSync(goldFile)) continue;
        const g = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { url?: string; ground_truth?: { main_content?: string } };
        const gold = g.ground_truth?.main_content?.trim();
        if (!gold) continue;
        pages.push({ id: `wcxb-${fid}`, url: g.url ?? null, site: (m.domain || hostOf(g.url) || `page:${fid}`).replace(/^www\d?\./, ''), html: zlib.gunzipSync(fs.readFileSync(htmlFile)), articleBody: gold });
      }
      return pages;
    },
  },
];

for (const set of SETS) {
  if (only && !only.includes(set.name)) continue;
  const gitDir = path.join(mirrors, set.repo.replace('/', '+'), 'repo');
  if (!fs.existsSync(gitDir)) {
    console.log(`${set.name}: skipped, no snapshot of ${set.repo} at ${gitDir} (bring one with the fetch tool)`);
    continue;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `extra-${set.name}-`));
  try {
    const commit = headCommit(gitDir);
    const pages = set.read(gitDir, tmp);
    const dir = path.join(outRoot, set.name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'html'), { recursive: true });
    for (const p of pages) fs.writeFileSync(path.join(dir, 'html', `${p.id}.html`), p.html);
    fs.writeFileSync(path.join(dir, 'truth.jsonl'), pages.map((p) => JSON.stringify({ id: p.id, url: p.url, site: p.site, articleBody: p.articleBody })).join('\n') + '\n');
    fs.writeFileSync(path.join(dir, 'ids.txt'), pages.map((p) => p.id).sort().join('\n') + '\n');
    const sites = new Set(pages.map((p) => p.site)).size;
    fs.writeFileSync(
      path.join(dir, 'README.md'),
      `# ${set.name} (evaluation use only; do not copy into any repository)\n\n` +
        `Source: GitHub repository \`${set.repo}\`, snapshot at commit \`${commit}\`.\n` +
        `Built by dealsift's \`scripts/build-extra-datasets.ts\` on ${new Date().toISOString().slice(0, 10)}: ${pages.length} pages, ${sites} sites.\n\n` +
        `## Licence\n\n${set.licence}\n\n## What it is\n\n${set.about}\n\n` +
        `## Layout\n\n\`html/<id>.html\` the page as published; \`truth.jsonl\` {id, url, site, articleBody}; \`ids.txt\`.\n` +
        `Score: \`npx tsx scripts/eval-ingest.ts ${dir} --split all\` (the check split by site is in that script).\n`,
    );
    console.log(`${set.name}: ${pages.length} pages, ${sites} sites -> ${dir} (commit ${commit.slice(0, 12)})`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
