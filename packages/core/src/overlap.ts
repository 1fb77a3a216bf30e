/** A span that competes for its place with others of its type. */
export interface Competing {
  start: number;
  end: number;
  confidence: number;
}

/**
 * One overlap policy for every type: among spans of one type that overlap, the longest wins,
 * then the most confident, then the earliest.
 */
export function resolveOverlaps<T extends Competing>(spans: T[]): T[] {
  return keepNonOverlapping(spans, (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
}

/**
 * The one overlap resolver: the spans that win their place, taken in `rank` order (first wins),
 * sorted by start then end. Works cluster by cluster of overlapping spans, so it stays linear in
 * practice on long documents. Extractors rank their candidates their own way with it.
 */
export function keepNonOverlapping<T extends { start: number; end: number }>(spans: readonly T[], rank: (a: T, b: T) => number): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let cluster: T[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) kept.push(cluster[0]!);
    else if (cluster.length > 1) for (const s of pickNonOverlapping(cluster, rank)) kept.push(s);
    cluster = [];
  };
  for (const s of sorted) {
    if (s.start >= clusterEnd) {
      flush();
      clusterEnd = s.end;
    } else clusterEnd = Math.max(clusterEnd, s.end);
    cluster.push(s);
  }
  flush();
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The spans of one cluster that win their place, by priority. Places taken are marked per
 * character of the cluster, so a cluster of thousands of chained spans costs the characters of
 * its spans, not the square of their number.
 */
function pickNonOverlapping<T extends { start: number; end: number }>(cluster: T[], rank: (a: T, b: T) => number): T[] {
  const byPriority = [...cluster].sort(rank);
  let from = cluster[0]!.start;
  let to = cluster[0]!.end;
  for (const s of cluster) {
    from = Math.min(from, s.start);
    to = Math.max(to, s.end);
  }
  const taken = new Uint8Array(to - from);
  const chosen: T[] = [];
  for (const s of byPriority) {
    let free = true;
    for (let k = s.start - from; free && k < s.end - from; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, s.start - from, s.end - from);
    chosen.push(s);
  }
  return chosen;
}
