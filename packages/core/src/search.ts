/**
 * The one binary search: the first index in [0, n) at which `before(i)` turns false, given it
 * is true up to some index and false from there on (`n` when it never turns).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first item whose key is at or after `pos`, in items sorted by that key
 * (`items.length` when there is none).
 */
export function firstAtOrAfter<T>(items: readonly T[], pos: number, key: (item: T) => number): number {
  // Written out, as floorIndex is: no closure made per call.
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the last element of a sorted array that is <= value (or -1). `partitionPoint`
 * written out: it is asked for every record's line, sentence, section and block, and a closure
 * made at each call costs more than the search in code that has not been optimized yet.
 */
export function floorIndex(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
