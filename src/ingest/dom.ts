/**
 * The few facts about cheerio's (domhandler's) node objects that the ingest stage reads, typed
 * structurally so that no transitive package has to be imported. The tree is walked directly:
 * one linear pass per step, no selector engine in the hot path.
 */
import * as cheerio from 'cheerio/slim';

export interface DomNode {
  type: string; // 'tag' | 'script' | 'style' | 'text' | 'comment' | 'directive' | 'root' | 'cdata'
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  data?: string;
  parent: DomNode | null;
}

export interface DomElement extends DomNode {
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
}

/**
 * Deeper than this, an element's subtree is flattened to its text nodes: real pages nest a few
 * dozen levels, broken ones (thousands of unclosed <font> or <div>) would overflow the stack of
 * the recursive passes.
 */
export const MAX_DEPTH = 300;

/** Parse HTML with cheerio, using its htmlparser2 backend (fast, forgiving, never runs scripts); `cheerio/slim` is that backend alone, without parse5 and the fetch client (undici) the main entry loads. */
export function parseHtml(html: string): DomNode {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } }, true);
  const root = $.root()[0] as unknown as DomNode;
  limitDepth(root);
  return root;
}

/** Flatten every subtree below MAX_DEPTH into a list of its text nodes (iteratively). */
function limitDepth(root: DomNode): void {
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const ch = node.children;
    if (!ch || !ch.length) continue;
    if (depth >= MAX_DEPTH) {
      const texts: DomNode[] = [];
      const inner: DomNode[] = [...ch].reverse();
      while (inner.length) {
        const n = inner.pop()!;
        if (n.type === 'text') texts.push(n);
        else if (n.type === 'tag' && n.children) for (let i = n.children.length - 1; i >= 0; i--) inner.push(n.children[i]);
      }
      for (const t of texts) t.parent = node;
      node.children = texts;
      continue;
    }
    for (const c of ch) stack.push([c, depth + 1]);
  }
}

export function isElement(node: DomNode): node is DomElement {
  return (node.type === 'tag' || node.type === 'script' || node.type === 'style') && typeof node.name === 'string';
}

/** Concatenated text of a node (no normalization); script/style content excluded. */
export function rawText(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.type === 'script' || node.type === 'style' || node.type === 'comment') return '';
  let out = '';
  for (const c of node.children ?? []) out += rawText(c);
  return out;
}

/**
 * Collapse whitespace (including no-break spaces) to single spaces, drop invisible characters
 * (soft hyphens, zero-width spaces, BOMs) and compose characters (NFC), so that "é" written as
 * e + combining accent matches a dictionary's "é".
 */
export function collapse(s: string): string {
  return s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** Depth-first, document-order walk over elements (pre-order). */
export function forEachElement(node: DomNode, fn: (el: DomElement) => void): void {
  const stack: DomNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n)) fn(n);
    const ch = n.children;
    if (ch) for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
}
