/**
 * Main-text extraction from an HTML tree, in four linear passes:
 *   1. measure   - prose (text outside links) held by every element, for the guard that never
 *                  removes an element holding a large share of the page's prose
 *   2. clean     - mark page furniture (tags, roles, class/id tokens, hidden elements) as removed
 *   3. score     - readability-style: each paragraph scores its ancestors; pick the best container,
 *                  then the siblings that belong with it
 *   4. emit      - walk the chosen containers, one block per paragraph, heading, list item, quote;
 *                  drop link lists and boilerplate lines
 * When the strict rules leave almost nothing, the page is read again with the unconditional rules
 * only. Nothing is mutated: removal is a Map of nodes (with the rule that removed each, see the
 * `trace` option of extractBlocks) that later passes skip.
 */
import {
  BOILERPLATE_TOKENS, DROP_TAGS, EMBED_TOKENS, FIGURE_MAX_PROSE, FIGURE_TOKENS, FURNITURE_ROLES, FURNITURE_TAGS,
  NEGATIVE_TOKENS, POSITIVE_TOKENS, QUOTE_ATTRIBUTES, STANDFIRST_TOKENS, SUMMARY_ITEM_MAX_CHARS, SUMMARY_LIST_MAX_ITEMS,
  TOKEN_EXEMPT_TAGS,
} from './boilerplate.js';
import { collapse, isElement, type DomElement, type DomNode } from './dom.js';
import { isBoilerplateLine, trimEdges } from './lines.js';

export type BlockKind = 'heading' | 'paragraph' | 'list' | 'quote';
export interface RawBlock {
  text: string;
  kind: BlockKind;
}

// ---------------------------------------------------------------------------------------------
// Token matching

/** A token set with single words and space-joined multi-word entries. */
class TokenMatcher {
  private readonly words = new Set<string>();
  constructor(entries: readonly string[]) {
    for (const e of entries) this.words.add(e.toLowerCase());
  }
  /** The first entry matched by the tokens (single tokens, then pairs, then triples), or null. */
  match(tokens: readonly string[]): string | null {
    for (let i = 0; i < tokens.length; i++) {
      if (this.words.has(tokens[i])) return tokens[i];
      if (i + 1 < tokens.length) {
        const two = `${tokens[i]} ${tokens[i + 1]}`;
        if (this.words.has(two)) return two;
        if (i + 2 < tokens.length) {
          const three = `${two} ${tokens[i + 2]}`;
          if (this.words.has(three)) return three;
        }
      }
    }
    return null;
  }
}

const BOILER = new TokenMatcher(Object.values(BOILERPLATE_TOKENS).flat());
const POSITIVE = new TokenMatcher(POSITIVE_TOKENS);
const EMBED = new TokenMatcher(EMBED_TOKENS);
const FIGURE = new TokenMatcher(FIGURE_TOKENS);
const STANDFIRST = new TokenMatcher(STANDFIRST_TOKENS);
const NEGATIVE = new TokenMatcher(NEGATIVE_TOKENS);
const MEDIA_TOKENS: ReadonlySet<string> = new Set(BOILERPLATE_TOKENS.media);

const tokenCache = new Map<string, string[]>();
/** Split class/id/role text into lower-case word tokens, camelCase humps included. */
export function tokensOf(s: string): string[] {
  let t = tokenCache.get(s);
  if (t) return t;
  t = s.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1);
  if (tokenCache.size > 50000) tokenCache.clear();
  tokenCache.set(s, t);
  return t;
}

function attrTokens(el: DomElement): string[] {
  const a = el.attribs;
  const s = `${a.class ?? ''} ${a.id ?? ''}`;
  return s.length > 1 ? tokensOf(s) : [];
}

// ---------------------------------------------------------------------------------------------
// Element classes

/** Elements that start a new block of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
  'summary', 'caption', 'html', 'menu',
  // not td/th: a table row is one block, its cells separated by spaces ("Revenue $8.42B $7.94B")
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose text scores their ancestors (readability's tagsToScore). */
const SCORED_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);

/** Base content score of a container by tag (readability's initializeNode). */
const TAG_WEIGHT: Readonly<Record<string, number>> = {
  div: 5, article: 10, main: 5, section: 2, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

function isHidden(el: DomElement): boolean {
  const a = el.attribs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true' && !HEADING_TAGS.has(el.name) && el.name !== 'p') return true;
  const style = a.style;
  return !!style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

// ---------------------------------------------------------------------------------------------
// Pass 1: measure prose (text outside links) per element

/** Non-space characters of text outside links, per element; returns the root's. Text under DROP_TAGS (a <select> of archive months, <noscript>) is not prose. */
function measure(root: DomNode, out: Map<DomNode, number>): number {
  const visit = (node: DomNode, inLink: boolean): number => {
    if (node.type === 'text') return inLink ? 0 : countChars(node.data ?? '');
    if (!isElement(node) || node.type !== 'tag' || DROP_TAGS.has(node.name)) return 0;
    const link = inLink || node.name === 'a';
    let sum = 0;
    for (const c of node.children) sum += visit(c, link);
    out.set(node, sum);
    return sum;
  };
  return visit(root, false);
}

function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Pass 2: mark furniture

/** Why a node was removed: "tag:nav", "role:navigation", "token:share", "hidden", "figure". */
export type RemovalReason = string;

/**
 * Mark furniture. `strict` = false keeps only the unconditional rule (DROP_TAGS): the fallback
 * when the strict pass leaves no article.
 */
function markRemovals(root: DomNode, para: Map<DomNode, number>, totalPara: number, strict: boolean): Map<DomNode, RemovalReason> {
  const removed = new Map<DomNode, RemovalReason>();
  // an element holding this share of the page's prose is never furniture
  const guard = strict ? Math.max(200, totalPara * 0.4) : 0;
  // inside an <article>, a header holds the headline and the standfirst: only its parts can go
  const visit = (node: DomNode, inArticle = false): void => {
    if (!isElement(node)) return;
    const name = node.name;
    let reason: string | null = null;
    if (node.type !== 'tag' || DROP_TAGS.has(name)) reason = `tag:${name}`;
    else if (name !== 'body' && name !== 'html') {
      // the fallback keeps hidden elements: a page streamed by a script framework parks its whole
      // article in a hidden element (<div hidden id="S:0">) that the script reveals
      if (strict && isHidden(node)) reason = 'hidden';
      else if ((para.get(node) ?? 0) < guard) {
        if (FURNITURE_TAGS.has(name)) reason = name === 'header' && inArticle ? null : `tag:${name}`;
        else {
          const role = node.attribs.role;
          if (role && FURNITURE_ROLES.has(role.toLowerCase())) reason = `role:${role}`;
          else {
            const toks = TOKEN_EXEMPT_TAGS.has(name) ? [] : attrTokens(node);
            const hit = toks.length && !EMBED.match(toks) ? BOILER.match(toks) : null;
            // a media box ("video-container") around an embedded tweet holds quoted article text
            if (hit && !(inArticle && hit === 'header') && !(MEDIA_TOKENS.has(hit) && hasEmbed(node))) reason = `token:${hit}`;
            else if (QUOTE_ATTRIBUTES.some((k) => k in node.attribs)) reason = 'attr:quote';
            else if (toks.length && (para.get(node) ?? 0) < FIGURE_MAX_PROSE && FIGURE.match(toks) && hasImage(node)) reason = 'figure';
          }
        }
      }
    }
    if (reason) {
      removed.set(node, reason);
      return;
    }
    const nowInArticle = inArticle || name === 'article';
    for (const c of node.children) visit(c, nowInArticle);
  };
  visit(root);
  return removed;
}

// ---------------------------------------------------------------------------------------------
// Pass 3: score containers

interface Stats {
  chars: number;
  linkChars: number;
  commas: number;
}

function classWeight(el: DomElement): number {
  const toks = attrTokens(el);
  if (!toks.length) return 0;
  let w = 0;
  if (NEGATIVE.match(toks)) w -= 25;
  if (POSITIVE.match(toks)) w += 25;
  return w;
}

/** A paragraph that scores its ancestors, from `anchor` up: an element, or a run of text between blocks. */
interface Scored {
  anchor: DomElement;
  stats: Stats;
}

/** Containers whose loose text between child blocks is read as paragraphs (readability's div-to-p). */
const RUN_TAGS = new Set(['div', 'section', 'article', 'main', 'td', 'center', 'body', 'font', 'span']);

/** Marked itemprop="articleBody" (schema.org). */
const ARTICLE_BODY_PROP = /(^|\s)articlebody(\s|$)/i;

/** Fills stats, scored and order; returns the first live element marked as the article body, or null. */
function computeStats(
  root: DomNode, removed: Map<DomNode, string>, stats: Map<DomNode, Stats>, scored: Scored[], order: Map<DomNode, number>,
): DomElement | null {
  let marked: DomElement | null = null;
  const visit = (node: DomNode, inLink: boolean): Stats => {
    if (node.type === 'text') {
      const d = node.data ?? '';
      const n = countChars(d);
      let commas = 0;
      for (let i = d.indexOf(','); i !== -1; i = d.indexOf(',', i + 1)) commas++;
      return { chars: n, linkChars: inLink ? n : 0, commas };
    }
    if (!isElement(node) || removed.has(node)) return { chars: 0, linkChars: 0, commas: 0 };
    order.set(node, order.size);
    if (!marked && node.attribs.itemprop && ARTICLE_BODY_PROP.test(node.attribs.itemprop)) marked = node;
    const link = inLink || node.name === 'a';
    const s: Stats = { chars: 0, linkChars: 0, commas: 0 };
    let hasBlockChild = false;
    // loose text between this element's child blocks (a blog post written with <br>s beside a
    // <div> or two): each run of inline content is a paragraph of its own
    const runs = RUN_TAGS.has(node.name);
    let run: Stats = { chars: 0, linkChars: 0, commas: 0 };
    const runParas: Stats[] = [];
    const endRun = (): void => {
      if (run.chars >= 25 && run.linkChars <= run.chars / 2) runParas.push(run);
      run = { chars: 0, linkChars: 0, commas: 0 };
    };
    const ch = node.children;
    for (let i = 0; i < ch.length; i++) {
      const c = ch[i];
      const cs = visit(c, link);
      s.chars += cs.chars;
      s.linkChars += cs.linkChars;
      s.commas += cs.commas;
      const isBlock = isElement(c) && BLOCK_TAGS.has(c.name) && !removed.has(c);
      if (isBlock) hasBlockChild = true;
      if (!runs) continue;
      if (isBlock) endRun();
      else if (isElement(c) && c.name === 'br' && run.chars >= 25 && brFollows(ch, i)) endRun();
      else {
        run.chars += cs.chars;
        run.linkChars += cs.linkChars;
        run.commas += cs.commas;
      }
    }
    stats.set(node, s);
    // a div holding only inline content is a paragraph (readability turns it into a <p>)
    if (SCORED_TAGS.has(node.name) || (!hasBlockChild && (node.name === 'div' || node.name === 'section'))) {
      if (s.chars >= 25 && node.parent && isElement(node.parent)) scored.push({ anchor: node.parent, stats: s });
    } else if (runs && hasBlockChild) {
      endRun();
      for (const r of runParas) scored.push({ anchor: node, stats: r });
    }
    return s;
  };
  visit(root, false);
  return marked;
}

/** The element after children[i], white space skipped, is a <br>: with the <br> at i, a paragraph break. */
function brFollows(children: DomNode[], i: number): boolean {
  let n = children[i + 1];
  if (n && n.type === 'text' && !/\S/.test(n.data ?? '')) n = children[i + 2];
  return !!n && isElement(n) && n.name === 'br';
}

function linkDensity(s: Stats | undefined): number {
  return s && s.chars ? s.linkChars / s.chars : 0;
}

interface Choice {
  containers: DomElement[];
  stats: Map<DomNode, Stats>;
  candidates?: [DomElement, number][];
}

function chooseContent(body: DomElement, removed: Map<DomNode, string>): Choice {
  const stats = new Map<DomNode, Stats>();
  const scored: Scored[] = [];
  const order = new Map<DomNode, number>();
  const marked = computeStats(body, removed, stats, scored, order);

  // content score from paragraphs, per ancestor (readability: parent 1, grandparent 1/2, then 1/(3*level))
  const content = new Map<DomElement, number>();
  for (const { anchor, stats: s } of scored) {
    const contentScore = 1 + s.commas + Math.min(3, Math.floor(s.chars / 100));
    let anc: DomElement | null = anchor;
    for (let level = 0; anc && isElement(anc) && level < 5; level++, anc = anc.parent as DomElement | null) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      content.set(anc, (content.get(anc) ?? 0) + contentScore / divider);
    }
  }
  // plus the tag's weight and the class weight; a positive class weight can at most double the
  // content score (a short "content-title" box must not beat the article body on its name alone)
  const score = new Map<DomElement, number>();
  for (const [el, c] of content) {
    const cw = classWeight(el);
    score.set(el, c + (TAG_WEIGHT[el.name] ?? 0) + (cw > 0 ? Math.min(cw, c) : cw));
  }

  let top: DomElement | null = null;
  let topScore = -Infinity;
  const finalScore = new Map<DomElement, number>();
  for (const [el, sc] of score) {
    const f = sc * (1 - linkDensity(stats.get(el)));
    finalScore.set(el, f);
    if (f > topScore) {
      topScore = f;
      top = el;
    }
  }
  if (!top) return { containers: [body], stats };
  const bestCandidate = top;
  const candidates = [...finalScore].sort((a, b) => b[1] - a[1]).slice(0, 8);

  // several near-best candidates under one ancestor: the ancestor is the article
  const alternatives = [...finalScore].filter(([el, f]) => el !== top && f >= topScore * 0.75).map(([el]) => el);
  if (alternatives.length >= 3) {
    for (let p = top.parent as DomElement | null; p && p !== body && isElement(p); p = p.parent as DomElement | null) {
      let n = 0;
      for (const alt of alternatives) if (contains(p, alt)) n++;
      if (n >= 3) {
        top = p;
        break;
      }
    }
  }
  // climb while the parent scores higher (readability's lastScore walk)
  {
    let last = finalScore.get(top) ?? 0;
    const threshold = last / 3;
    for (let p = top.parent as DomElement | null; p && p !== body && isElement(p); p = p.parent as DomElement | null) {
      const ps = finalScore.get(p);
      if (ps === undefined) continue;
      if (ps < threshold) break;
      if (ps > last) top = p;
      last = ps;
    }
  }
  // schema.org markup names the article body: it is the container when it holds a fair share of
  // what the scores found (a marked teaser or an empty shell does not)
  {
    const ms = marked && stats.get(marked);
    const ts = stats.get(top);
    if (marked && ms && ts && marked !== top && ms.chars >= Math.max(MARKED_MIN_CHARS, ts.chars * 0.5) && linkDensity(ms) < 0.5) top = marked;
  }
  // a lone child: its parent is the container
  while (top.parent && top.parent !== body && isElement(top.parent) && liveChildren(top.parent, removed) === 1) {
    top = top.parent as DomElement;
  }

  // siblings that belong with the top candidate
  const containers: DomElement[] = [];
  const parent = top.parent;
  const best = finalScore.get(top) ?? 0;
  const threshold = Math.max(10, best * 0.2);
  if (!parent || !isElement(parent)) return { containers: [top], stats, candidates };
  const topClass = top.attribs.class ?? '';
  for (const sib of parent.children) {
    if (!isElement(sib) || removed.has(sib)) continue;
    // the marked article body stands alone: what the page put beside it is not the article
    if (top === marked && sib !== top) continue;
    if (sib === top) {
      containers.push(sib);
      continue;
    }
    let bonus = 0;
    if (topClass && sib.attribs.class === topClass) bonus += best * 0.2;
    const ss = finalScore.get(sib);
    if (ss !== undefined && ss + bonus >= threshold) {
      containers.push(sib);
      continue;
    }
    if (sib.name === 'p') {
      const st = stats.get(sib);
      if (!st) continue;
      const ld = linkDensity(st);
      if (st.chars > 80 && ld < 0.25) containers.push(sib);
      else if (st.chars > 0 && st.chars <= 80 && ld === 0) containers.push(sib);
    }
  }
  // the standfirst in the article's header, before the body
  containers.unshift(...findStandfirst(containers[0], removed, stats));
  // an article split into several sections elsewhere in the page (between them: figures, asides,
  // pull quotes): every other good candidate with the best candidate's exact class joins
  const bestClass = bestCandidate.attribs.class;
  if (bestClass && top !== marked) {
    for (const [el, f] of finalScore) {
      if (el.attribs.class !== bestClass || f < threshold || linkDensity(stats.get(el)) > 0.3) continue;
      if (containers.some((c) => contains(c, el) || contains(el, c))) continue;
      containers.push(el);
    }
    containers.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }
  return { containers, stats, candidates };
}

/**
 * The standfirst in the <article> holding `first`, before it: an element with a STANDFIRST token
 * (dek, subtitle, abstract) and/or a summary list right under the <h1> (a short <ul>/<ol> of short
 * items without links). Returned in page order; empty when there is none.
 */
function findStandfirst(first: DomElement | undefined, removed: Map<DomNode, string>, stats: Map<DomNode, Stats>): DomElement[] {
  if (!first) return [];
  let article: DomElement | null = null;
  let p: DomNode | null = first;
  for (let i = 0; p && i < 5; i++, p = p.parent) {
    if (isElement(p) && p.name === 'article') {
      article = p;
      break;
    }
  }
  if (!article || article === first) return [];
  const found: DomElement[] = [];
  let tokenFound = false;
  let afterH1 = false; // the previous live element in page order was the <h1>
  // pre-order walk of the article up to `first`
  const visit = (n: DomNode): boolean => {
    if (n === first) return true; // stop
    if (!isElement(n) || removed.has(n)) return false;
    if (n !== article && n.name !== 'h1') {
      const wasAfterH1 = afterH1;
      afterH1 = false;
      const st = stats.get(n);
      const toks = attrTokens(n);
      if (!tokenFound && toks.length && STANDFIRST.match(toks)) {
        if (st && st.chars >= 30 && st.chars <= 600 && linkDensity(st) < 0.3) {
          found.push(n);
          tokenFound = true;
          return found.length >= 2;
        }
      }
      if (wasAfterH1 && (n.name === 'ul' || n.name === 'ol') && isSummaryList(n, removed, stats)) {
        found.push(n);
        return found.length >= 2;
      }
    } else if (n.name === 'h1') {
      afterH1 = true;
      return false;
    }
    for (const c of n.children) if (visit(c)) return true;
    return false;
  };
  visit(article);
  return found.filter((f) => !contains(first, f) && !found.some((o) => o !== f && contains(o, f)));
}

/** A short list of short items without links: summary bullets under a headline. */
function isSummaryList(list: DomElement, removed: Map<DomNode, string>, stats: Map<DomNode, Stats>): boolean {
  const items = list.children.filter((c): c is DomElement => isElement(c) && c.name === 'li' && !removed.has(c));
  if (!items.length || items.length > SUMMARY_LIST_MAX_ITEMS) return false;
  return items.every((li) => {
    const st = stats.get(li);
    return !!st && st.chars >= 10 && st.chars <= SUMMARY_ITEM_MAX_CHARS && st.linkChars === 0;
  });
}

/** True when the subtree holds an embedded post (EMBED_TOKENS: a tweet, an Instagram post). */
function hasEmbed(el: DomElement): boolean {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    const toks = attrTokens(c);
    if (toks.length && EMBED.match(toks)) return true;
    if (hasEmbed(c)) return true;
  }
  return false;
}

function hasImage(el: DomElement): boolean {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === 'img' || c.name === 'picture' || c.name === 'svg') return true;
    if (hasImage(c)) return true;
  }
  return false;
}

function contains(a: DomNode, b: DomNode): boolean {
  for (let p: DomNode | null = b; p; p = p.parent) if (p === a) return true;
  return false;
}

function liveChildren(el: DomElement, removed: Map<DomNode, string>): number {
  let n = 0;
  for (const c of el.children) {
    if (isElement(c) && !removed.has(c)) n++;
    else if (c.type === 'text' && /\S/.test(c.data ?? '')) n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Pass 4: emit blocks

/** The least text an element marked itemprop="articleBody" must hold to be taken as the container. */
const MARKED_MIN_CHARS = 200;

/** Below this many characters, the extraction is retried with fewer removal rules. */
const MIN_ARTICLE_CHARS = 250;

interface EmitBlock extends RawBlock {
  linkChars: number;
  chars: number;
}

function emit(containers: DomElement[], removed: Map<DomNode, string>, stats: Map<DomNode, Stats>): EmitBlock[] {
  const blocks: EmitBlock[] = [];
  let buf: string[] = [];
  let bufLink = 0;
  let bufChars = 0;
  let lastBr = false;
  const flush = (kind: BlockKind, pre = false): void => {
    if (buf.length) {
      // preformatted text keeps its blank-line paragraph breaks
      const parts = pre ? buf.join('').split(/\n[ \t]*\n/) : [buf.join('')];
      for (const part of parts) {
        const text = collapse(part);
        if (text) blocks.push({ text, kind, linkChars: parts.length > 1 ? 0 : bufLink, chars: parts.length > 1 ? countChars(part) : bufChars });
      }
    }
    buf = [];
    bufLink = 0;
    bufChars = 0;
    lastBr = false;
  };
  const kindOf = (ctx: Ctx): BlockKind => (ctx.heading ? 'heading' : ctx.quote ? 'quote' : ctx.list ? 'list' : 'paragraph');
  interface Ctx {
    heading: boolean;
    quote: boolean;
    list: boolean;
    link: boolean;
  }
  const visit = (node: DomNode, ctx: Ctx, isRoot: boolean): void => {
    if (node.type === 'text') {
      const d = node.data ?? '';
      if (/\S/.test(d)) lastBr = false;
      buf.push(d);
      const n = countChars(d);
      bufChars += n;
      if (ctx.link) bufLink += n;
      return;
    }
    if (!isElement(node) || removed.has(node)) return;
    const name = node.name;
    if (name === 'br') {
      if (lastBr) flush(kindOf(ctx));
      else {
        buf.push(' ');
        lastBr = true;
      }
      return;
    }
    if (name === 'img' || name === 'hr') return;
    const block = BLOCK_TAGS.has(name);
    if (block && !isRoot && isLinkCluster(node, stats)) return;
    const inner: Ctx = {
      heading: ctx.heading || HEADING_TAGS.has(name),
      quote: ctx.quote || name === 'blockquote',
      list: ctx.list || name === 'li' || name === 'dd' || name === 'dt',
      link: ctx.link || name === 'a',
    };
    if (block) flush(kindOf(ctx));
    for (const c of node.children) visit(c, inner, false);
    if (block) flush(kindOf(inner), name === 'pre');
    else if (name === 'td' || name === 'th') buf.push(' ');
  };
  for (const c of containers) {
    visit(c, { heading: false, quote: false, list: false, link: false }, true);
    flush('paragraph');
  }
  return blocks;
}

/** A list or box that is mostly links (related stories, tag lists, menus left in the body). */
function isLinkCluster(el: DomElement, stats: Map<DomNode, Stats>): boolean {
  const s = stats.get(el);
  if (!s || s.chars === 0) return false;
  const ld = s.linkChars / s.chars;
  const name = el.name;
  if (name === 'ul' || name === 'ol' || name === 'dl' || name === 'menu') return ld > 0.5;
  if (name === 'div' || name === 'section' || name === 'table' || name === 'aside' || name === 'figure') {
    return ld > 0.5 && s.chars < 2000;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------

export interface HtmlExtraction {
  blocks: RawBlock[];
  /** Byline and date-stamp lines removed from the start of the body (read for a dateline date and the author). */
  leading: string[];
  /** Sign-off, credit and trailer lines removed from the end (a wire credit names the author). */
  trailing: string[];
  /** How many elements were removed as furniture. */
  removedCount: number;
  /** With `trace`: each removed element (tag#id.class) with its reason and paragraph text size, and the chosen containers. */
  trace?: { removed: string[]; containers: string[]; candidates: string[] };
}

function describe(el: DomElement): string {
  const a = el.attribs;
  return `${el.name}${a.id ? `#${a.id}` : ''}${a.class ? `.${a.class.trim().split(/\s+/).join('.')}` : ''}`;
}

/** Extract the article's blocks from a parsed page. Titles given are dropped from the body's start. */
export function extractBlocks(root: DomNode, titles: readonly string[], trace = false): HtmlExtraction {
  const body = findBody(root);
  const para = new Map<DomNode, number>();
  const totalPara = measure(body, para);
  let removed = markRemovals(body, para, totalPara, true);
  let { containers, stats, candidates } = chooseContent(body, removed);
  let blocks = emit(containers, removed, stats);
  if (blocks.reduce((n, b) => n + b.chars, 0) < MIN_ARTICLE_CHARS) {
    // too little survived: the furniture rules ate the article; retry with the unconditional rules only
    const removed2 = markRemovals(body, para, totalPara, false);
    const second = chooseContent(body, removed2);
    const blocks2 = emit(second.containers, removed2, second.stats);
    if (blocks2.reduce((n, b) => n + b.chars, 0) > blocks.reduce((n, b) => n + b.chars, 0)) {
      ({ containers, stats, candidates } = second);
      removed = removed2;
      blocks = blocks2;
    }
  }

  const titleKeys = new Set(titles.map(titleKey).filter((k) => k.length > 0));
  blocks = blocks.filter((b, i) => {
    if (isBoilerplateLine(b.text)) return false;
    // a block that is nothing but a link ("Read the full report", a related headline)
    if (b.chars > 0 && b.linkChars / b.chars > 0.8 && b.chars < 150 && b.kind !== 'heading') return false;
    if (b.kind === 'heading' && i < 4 && titleKeys.has(titleKey(b.text))) return false;
    return true;
  });
  // the headline repeated as the first paragraph; bylines and date stamps at either end
  if (blocks.length && titleKeys.has(titleKey(blocks[0].text))) blocks.shift();
  const trailing: string[] = [];
  const leading = trimEdges(blocks, trailing);
  const out: HtmlExtraction = { blocks: blocks.map(({ text, kind }) => ({ text, kind })), leading, trailing, removedCount: removed.size };
  if (trace) {
    out.trace = {
      removed: [...removed].filter(([n]) => n.type === 'tag').map(([n, why]) => `${describe(n as DomElement)} ${why} para=${para.get(n) ?? 0}`),
      containers: containers.map((c) => `${describe(c)} chars=${stats.get(c)?.chars ?? 0}`),
      candidates: (candidates ?? []).map(([c, sc]) => `${sc.toFixed(1)} ${describe(c)} chars=${stats.get(c)?.chars ?? 0}`),
    };
  }
  return out;
}

function titleKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function findBody(root: DomNode): DomElement {
  const stack: DomNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n) && n.name === 'body') return n;
    if (n.children && (n.type === 'root' || (isElement(n) && n.name === 'html'))) for (const c of n.children) stack.push(c);
  }
  // no <body>: the whole document
  return { type: 'tag', name: 'body', attribs: {}, children: root.children ?? [], parent: null } as DomElement;
}
