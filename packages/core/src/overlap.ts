/** A span that competes for its place with others of its type. */
export interface Competing {
  start: number;
  end: number;
  confidence: number;
}

/**
 * One overlap policy for every type: among spans of one type that overlap, the longest wins,
 * then the most confident, then the earliest. Works cluster by cluster, so it stays linear in
 * practice on long documents.
 */
export function resolveOverlaps<T extends Competing>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let cluster: T[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) kept.push(cluster[0]!);
    else if (cluster.length > 1) kept.push(...pickNonOverlapping(cluster));
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

function pickNonOverlapping<T extends Competing>(cluster: T[]): T[] {
  const byPriority = [...cluster].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const chosen: T[] = [];
  for (const s of byPriority) {
    if (chosen.every((c) => s.end <= c.start || s.start >= c.end)) chosen.push(s);
  }
  return chosen;
}
