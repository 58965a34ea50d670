/**
 * Deal frames in modern company news: ../shared/datasets/sentivent-events (SENTiVENT, 2017 articles
 * with hand-annotated Merger/Acquisition and Investment events and their argument roles).
 *
 * Each annotated sentence whose event names a party (not a pronoun or a description such as "the
 * company") is fed alone, as plain text, and its records' deals (main and other) are read for that
 * party in the matching role: Acquirer -> acquirer, Target -> target, Investor -> investor or
 * acquirer, Investee -> investee or target. Recall is the share of named arguments found in their
 * role; "found elsewhere" counts those found as a party in another role; "no deal" counts sentences
 * that gave no deal at all. This measures the deal frames (triggers, voice, nominal deals,
 * coordination) on prose written by other hands than the web set's, sentence by sentence.
 *
 * The set is split in two halves by a hash of the document id (as eval-web-deals.ts does): write rules
 * against `dev`, measure `check`. Both are reported.
 *
 *   npx tsx scripts/eval-sentivent.ts [--half dev|check] [--verbose] [--json FILE]
 *
 * Skips with a message (exit 0) when the data set is absent. Research data: read from ../shared only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { safeExtract } from '../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataPath = path.join(root, '../shared/datasets/sentivent-events/sentivent.jsonl');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!existsSync(dataPath)) {
  console.log(`skipped: ${dataPath} not found`);
  process.exit(0);
}

interface Arg {
  role: string;
  start: number;
  end: number;
  text: string;
}
interface Event {
  type: string;
  trigger: { start: number; end: number; text: string };
  args: Arg[];
  negative_polarity: boolean;
  other_modality: boolean;
}
interface Doc {
  id: string;
  text: string;
  events: Event[];
}

const halfOf = (id: string): 'dev' | 'check' => (createHash('sha256').update(id).digest()[0] % 2 === 0 ? 'dev' : 'check');

/** The roles read, and the record roles each is found in. */
const ROLES: Record<string, Record<string, string[]>> = {
  'Merger/Acquisition': { Acquirer: ['acquirer'], Target: ['target'] },
  Investment: { Investor: ['investor', 'acquirer'], Investee: ['investee', 'target'] },
};

/** Arguments that name no one: pronouns and descriptions. */
const UNNAMED = /^(?:it|its|they|their|them|we|our|us|he|his|she|her|who|which|that|this|these|those|one|both|(?:the|a|an|this|that|its|their|our)\b.*)$/i;

/**
 * Undo the corpus's tokenisation ("$ 30 billion", "company 's", "`` quoted ''", "-LRB-") in one
 * sentence, and map each original offset to the new text.
 */
function detokenize(s: string): { text: string; at: (i: number) => number } {
  const src = s.replace(/-LRB-/g, '(    ').replace(/-RRB-/g, ')    ').replace(/``/g, '" ').replace(/''/g, ' "').replace(/`/g, "'");
  const map: number[] = [];
  let out = '';
  let quoteOpen = false;
  for (let i = 0; i < src.length; i++) {
    map[i] = out.length;
    const c = src[i];
    if (c === ' ') {
      const prev = out[out.length - 1] ?? '';
      const rest = src.slice(i + 1);
      const next = rest.trimStart();
      // padding left by a replacement, or a space before closing punctuation, or after an opener
      if (prev === ' ' || prev === '' || /^[,.;:!?%)\]]/.test(next) || /^(?:'s|'re|'ve|'ll|'d|'m|n't)\b/i.test(next) || /^'(?:\s|$)/.test(next) || /[($[]$/.test(prev) || (prev === '"' && quoteOpen)) continue;
      if (next.startsWith('"') && quoteOpen) continue;
      out += ' ';
      continue;
    }
    if (c === '"') quoteOpen = !quoteOpen;
    out += c;
  }
  map[src.length] = out.length;
  return { text: out.replace(/\s+$/, ''), at: (i) => map[i] };
}

const norm = (s: string) => s.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** A party matches an argument when one name contains the other as whole words. */
const matches = (arg: string, names: string[]) => {
  const a = ` ${norm(arg)} `;
  return names.some((n) => {
    const b = ` ${norm(n)} `;
    return b.trim() !== '' && (a.includes(b) || b.includes(a));
  });
};

interface Case {
  doc: string;
  sentence: string;
  type: string;
  role: string;
  arg: string;
}
const docs: Doc[] = readFileSync(dataPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Doc);
const cases: Case[] = [];
for (const d of docs) {
  for (const e of d.events) {
    const roles = ROLES[e.type];
    if (!roles || e.negative_polarity) continue;
    const sStart = d.text.lastIndexOf('\n', e.trigger.start) + 1;
    const nl = d.text.indexOf('\n', e.trigger.end);
    const sEnd = nl < 0 ? d.text.length : nl;
    const raw = d.text.slice(sStart, sEnd);
    const { text } = detokenize(raw);
    for (const a of e.args) {
      if (!roles[a.role] || a.start < sStart || a.end > sEnd) continue;
      const name = detokenize(a.text).text;
      if (UNNAMED.test(name) || !/^\p{Lu}|^\d/u.test(name)) continue;
      cases.push({ doc: d.id, sentence: text, type: e.type, role: a.role, arg: name });
    }
  }
}

type Parties = { role: string; names: string[] }[];
const cache = new Map<string, Parties | null>();
function partiesOf(sentence: string): Parties | null {
  if (cache.has(sentence)) return cache.get(sentence)!;
  const r = safeExtract({ id: 's', text: sentence });
  let out: Parties | null = null;
  if (r.success && r.data.deal) {
    const ents = new Map(r.data.entities.map((e) => [e.id, e]));
    out = [r.data.deal, ...r.data.otherDeals].flatMap((deal) =>
      deal.parties.map((p) => {
        const e = p.entity ? ents.get(p.entity) : undefined;
        return { role: p.role, names: [p.name, ...(e ? [e.name, ...e.aliases] : [])] };
      }),
    );
  }
  cache.set(sentence, out);
  return out;
}

const only = flag('--half');
const verbose = args.includes('--verbose');
const result: Record<string, unknown> = {};
for (const half of ['dev', 'check'] as const) {
  if (only && half !== only) continue;
  const sel = cases.filter((c) => halfOf(c.doc) === half);
  let found = 0;
  let elsewhere = 0;
  let noDeal = 0;
  const byRole: Record<string, [number, number]> = {};
  for (const c of sel) {
    const parties = partiesOf(c.sentence);
    const want = ROLES[c.type][c.role];
    const r = (byRole[`${c.type} ${c.role}`] ??= [0, 0]);
    r[1]++;
    let what: string;
    if (!parties) {
      noDeal++;
      what = 'NO DEAL';
    } else if (parties.some((p) => want.includes(p.role) && matches(c.arg, p.names))) {
      found++;
      r[0]++;
      continue;
    } else if (parties.some((p) => matches(c.arg, p.names))) {
      elsewhere++;
      what = `as ${parties.filter((p) => matches(c.arg, p.names)).map((p) => p.role).join('/')}`;
    } else what = `missing (parties: ${parties.map((p) => `${p.role}:${p.names[0]}`).join(', ')})`;
    if (verbose) console.log(`${c.role} ${JSON.stringify(c.arg)}: ${what}\n    ${c.sentence}`);
  }
  const sentences = new Set(sel.map((c) => c.sentence)).size;
  console.log(`\n== ${half}: ${sel.length} named arguments in ${sentences} sentences: found in role ${found} (${(found / sel.length).toFixed(3)}), in another role ${elsewhere}, sentence gave no deal ${noDeal}`);
  for (const [k, [f, n]] of Object.entries(byRole).sort()) console.log(`   ${k.padEnd(30)} ${f}/${n} (${(f / n).toFixed(3)})`);
  result[half] = { args: sel.length, sentences, found, recall: found / sel.length, elsewhere, noDeal, byRole };
}
const json = flag('--json');
if (json) writeFileSync(json, JSON.stringify(result, null, 2) + '\n');
