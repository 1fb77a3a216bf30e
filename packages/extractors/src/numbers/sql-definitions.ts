/**
 * A SQL dump's statements that define or set up its tables (`CREATE TABLE … varchar(255) …
 * AUTO_INCREMENT=245;`, `/*!40101 SET … *\/;`, `SET time_zone = "+00:00";`) are a program's
 * machinery: column widths, counters, server versions. Their numbers count nothing; the rows a
 * dump inserts hold its text (numeric-non-claims.json sqlDefinitions: the statements' shapes, each
 * running from its line's start to its `;`). Found once per document as raw ranges.
 */

const cache = new WeakMap<object, readonly number[]>();

/** The raw offset `at` stands inside a table-defining or setting statement of a SQL dump. */
export function insideSqlDefinition(owner: object, raw: string, at: number, patterns: readonly RegExp[]): boolean {
  let ranges = cache.get(owner);
  if (!ranges) cache.set(owner, (ranges = definitionRanges(raw, patterns)));
  // The last range starting at or before `at` (ranges are sorted and do not overlap).
  let lo = 0;
  let hi = ranges.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid * 2]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < ranges[(lo - 1) * 2 + 1]!;
}

function definitionRanges(raw: string, patterns: readonly RegExp[]): readonly number[] {
  const found: [number, number][] = [];
  for (const re of patterns) {
    if (!re.global) throw new TypeError(`a SQL definition pattern must be global: /${re.source}/${re.flags}`);
    re.lastIndex = 0;
    for (let m = re.exec(raw); m !== null; m = re.exec(raw)) {
      found.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  // Merged where they overlap, so that the search above finds one range per offset.
  const out: number[] = [];
  for (const [s, e] of found) {
    if (out.length > 0 && s <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, e);
    else out.push(s, e);
  }
  return out;
}
