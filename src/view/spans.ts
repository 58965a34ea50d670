/**
 * Marking up spans of a text as well-formed HTML, whatever their overlaps. Spans that nest become
 * nested elements; a span that crosses another is split into pieces at the crossing, each piece
 * carrying the same attributes (the second and later pieces use `openCont`). Offsets are UTF-16 code
 * units, end-exclusive, as in the record; a boundary inside a surrogate pair is moved outwards so no
 * character is cut in two.
 */
import { escapeHtml } from './escape.js';

export interface MarkupSpan {
  start: number;
  end: number;
  /** The opening tag, already escaped, e.g. `<mark class="m m-org">`. */
  open: string;
  /** The opening tag of a continuation piece after a split (default: `open`). */
  openCont?: string;
  /** The closing tag, e.g. `</mark>`. */
  close: string;
  /** At equal extents, the lower rank is the outer element (default 0). */
  rank?: number;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function insidePair(text: string, p: number): boolean {
  return p > 0 && p < text.length && isHigh(text.charCodeAt(p - 1)) && isLow(text.charCodeAt(p));
}

interface Item extends MarkupSpan {
  order: number;
}

/** `text` with every span marked up; text outside tags is escaped with `escapeText`. */
export function markupSpans(text: string, spans: readonly MarkupSpan[], escapeText: (s: string) => string = escapeHtml): string {
  const items: Item[] = [];
  spans.forEach((s, order) => {
    let start = Math.max(0, Math.min(text.length, Math.floor(s.start)));
    let end = Math.max(0, Math.min(text.length, Math.floor(s.end)));
    if (insidePair(text, start)) start--;
    if (insidePair(text, end)) end++;
    if (end > start) items.push({ ...s, start, end, order });
  });
  items.sort((a, b) => a.start - b.start || b.end - a.end || (a.rank ?? 0) - (b.rank ?? 0) || a.order - b.order);
  const points = [...new Set(items.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);

  let out = '';
  let pos = 0;
  let next = 0;
  const stack: Item[] = [];
  for (const p of points) {
    if (p > pos) {
      out += escapeText(text.slice(pos, p));
      pos = p;
    }
    // Close what ends here; what was opened inside it and goes on is closed and reopened (split).
    const low = stack.findIndex((s) => s.end <= p);
    if (low >= 0) {
      const reopen: Item[] = [];
      for (let j = stack.length - 1; j >= low; j--) {
        out += stack[j].close;
        if (stack[j].end > p) reopen.unshift(stack[j]);
      }
      stack.length = low;
      for (const s of reopen) {
        out += s.openCont ?? s.open;
        stack.push(s);
      }
    }
    while (next < items.length && items[next].start === p) {
      out += items[next].open;
      stack.push(items[next]);
      next++;
    }
  }
  out += escapeText(text.slice(pos));
  return out;
}
