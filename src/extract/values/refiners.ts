/** Post-passes shared by every value kind. */

export interface SpanLike {
  start: number;
  end: number;
}

/**
 * Sorts by start and drops overlapping spans: of two overlapping spans the longer one stays
 * (ties: the earlier one). Deterministic: the input order does not matter. O(n log n): spans are
 * grouped into clusters of mutually chained overlaps, and only a cluster is compared pairwise.
 */
export function removeOverlaps<T extends SpanLike>(items: T[]): T[] {
  const sorted = items.filter((it) => it.end > it.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    let maxEnd = sorted[i].end;
    while (j < sorted.length && sorted[j].start < maxEnd) maxEnd = Math.max(maxEnd, sorted[j++].end);
    if (j === i + 1) out.push(sorted[i]);
    else {
      const cluster = sorted.slice(i, j).sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
      const kept: T[] = [];
      for (const it of cluster) if (!kept.some((k) => k.start < it.end && it.start < k.end)) kept.push(it);
      out.push(...kept.sort((a, b) => a.start - b.start));
    }
    i = j;
  }
  return out;
}
