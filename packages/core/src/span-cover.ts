import { floorIndex } from "./search.js";

/**
 * Whether some span of a set covers (or overlaps) a range, in O(log n) a question after O(n log n) once:
 * the spans sorted by start, each with the furthest end reached up to it. Asked per candidate
 * (a threat inside a name, a word inside a country mention) instead of scanning every span.
 */
export class SpanCover {
  private readonly starts: Float64Array;
  private readonly reach: Float64Array;

  constructor(spans: readonly { readonly start: number; readonly end: number }[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = new Float64Array(sorted.length);
    this.reach = new Float64Array(sorted.length);
    let furthest = -Infinity;
    sorted.forEach((s, i) => {
      furthest = Math.max(furthest, s.end);
      this.starts[i] = s.start;
      this.reach[i] = furthest;
    });
  }

  get size(): number {
    return this.starts.length;
  }

  /** Some span starts at or before `start` and ends at or after `end`. */
  covers(start: number, end: number): boolean {
    const i = floorIndex(this.starts, start);
    return i >= 0 && this.reach[i]! >= end;
  }

  /** Some span shares a character with [start, end) (integer offsets): one that starts before `end` reaches past `start`. */
  overlaps(start: number, end: number): boolean {
    const i = floorIndex(this.starts, end - 1);
    return i >= 0 && this.reach[i]! > start;
  }
}
