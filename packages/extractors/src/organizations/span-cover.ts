/**
 * Which characters of a text some span covers, asked of any range in constant time: built once
 * in time linear in the text and the spans, so a rule that asks "does a found name overlap this
 * range?" per match stays linear instead of scanning every name per match.
 */
export function spanCover(length: number, spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const depth = new Int32Array(length + 1);
  for (const s of spans) {
    if (s.end <= s.start) continue;
    depth[Math.max(0, s.start)]!++;
    depth[Math.min(length, s.end)]!--;
  }
  // coveredBefore[i]: how many of the first i characters lie in some span.
  const coveredBefore = new Int32Array(length + 1);
  let open = 0;
  for (let i = 0; i < length; i++) {
    open += depth[i]!;
    coveredBefore[i + 1] = coveredBefore[i]! + (open > 0 ? 1 : 0);
  }
  return (start, end) => end > start && coveredBefore[Math.min(length, end)]! - coveredBefore[Math.max(0, start)]! > 0;
}
