import { floorIndex } from "./search.js";
/**
 * Maps analysis-text offsets back to raw offsets.
 *
 * The analysis text is the raw text with some characters removed (line-break hyphens, `\r`,
 * soft hyphens) and others replaced one for one. So the map is a list of segments: from
 * analysis offset `segStart[k]` on, raw = analysis + `segDelta[k]`. Memory grows with the
 * number of removals, not with the text.
 *
 * A decoded character reference is one analysis character for several raw ones (`&ocirc;` -> `ô`):
 * it maps to the reference's first raw character, and a span ending on it ends after its `;`.
 */
export class OffsetMap {
  private readonly segStart: Int32Array;
  private readonly segDelta: Int32Array;

  constructor(
    starts: readonly number[],
    deltas: readonly number[],
    readonly analysisLength: number,
    readonly rawLength: number,
    /** Analysis offset -> raw end, for the characters that stand for more than one raw character. */
    private readonly wideEnds: ReadonlyMap<number, number> = new Map(),
  ) {
    this.segStart = Int32Array.from(starts.length ? starts : [0]);
    this.segDelta = Int32Array.from(deltas.length ? deltas : [0]);
  }

  /** Raw offset just after the raw characters the analysis character at `pos` stands for. */
  rawEnd(pos: number): number {
    return this.wideEnds.get(pos) ?? this.rawIndex(pos) + 1;
  }

  /** Whether the analysis character at `pos` stands for several raw characters (a decoded reference). */
  isWide(pos: number): boolean {
    return this.wideEnds.has(pos);
  }

  /** Raw offset of the analysis character at `pos` (0 <= pos < analysisLength). */
  rawIndex(pos: number): number {
    return pos + this.segDelta[this.segmentOf(pos)]!;
  }

  /** Raw span of the analysis span [start, end): from the first character to just after the last. */
  toRaw(start: number, end: number): { start: number; end: number } {
    if (start < 0 || end > this.analysisLength || start > end) {
      throw new RangeError(`span [${start}, ${end}) outside the analysis text (length ${this.analysisLength})`);
    }
    if (start === end) {
      const at = start < this.analysisLength ? this.rawIndex(start) : this.rawLength;
      return { start: at, end: at };
    }
    return { start: this.rawIndex(start), end: this.rawEnd(end - 1) };
  }

  /** The analysis offset of the first analysis character at or after raw offset `raw`. */
  fromRaw(raw: number): number {
    // Segments are monotonic in raw too, so binary search on raw starts (the first segment starts
    // at 0): the last segment whose raw start is at or before `raw`. Written out, not through
    // `partitionPoint` and a closure made at each call (asked for every block and every record).
    const starts = this.segStart;
    const deltas = this.segDelta;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! + deltas[mid]! <= raw) lo = mid + 1;
      else hi = mid;
    }
    lo = Math.max(0, lo - 1);
    const pos = raw - deltas[lo]!;
    const next = lo + 1 < this.segStart.length ? this.segStart[lo + 1]! : this.analysisLength;
    const at = Math.min(Math.max(pos, this.segStart[lo]!), next);
    // Inside a decoded reference: the character it decodes to.
    const wide = at > 0 ? this.wideEnds.get(at - 1) : undefined;
    return wide !== undefined && raw < wide ? at - 1 : at;
  }

  /**
   * The analysis end of the raw span ending at `rawEnd`: just after its last analysis character.
   * Where the span's last raw characters are dropped (a soft hyphen, a zero-width space), that is
   * before them, never on the next character nor past the text (`fromRaw(rawEnd - 1) + 1` was).
   */
  endOfRaw(rawEnd: number): number {
    const at = this.fromRaw(rawEnd);
    // A decoded reference that `rawEnd` cuts into ends the span after it.
    return at < this.analysisLength && this.rawIndex(at) < rawEnd ? at + 1 : at;
  }

  private segmentOf(pos: number): number {
    return Math.max(0, floorIndex(this.segStart, pos));
  }
}

/** Builds an OffsetMap while the analysis text is written left to right. */
export class OffsetMapBuilder {
  private readonly starts: number[] = [0];
  private readonly deltas: number[] = [0];
  private delta = 0;
  private readonly wideEnds = new Map<number, number>();

  /** Record that `count` raw characters were dropped just before analysis offset `pos`. */
  skip(pos: number, count: number): void {
    if (count <= 0) return;
    this.delta += count;
    if (this.starts[this.starts.length - 1] === pos) this.deltas[this.deltas.length - 1] = this.delta;
    else {
      this.starts.push(pos);
      this.deltas.push(this.delta);
    }
  }

  /** Record that the analysis character at `pos` stands for raw characters up to `rawEnd` (`count` more than one). */
  widen(pos: number, count: number, rawEnd: number): void {
    this.skip(pos + 1, count);
    this.wideEnds.set(pos, rawEnd);
  }

  finish(analysisLength: number, rawLength: number): OffsetMap {
    return new OffsetMap(this.starts, this.deltas, analysisLength, rawLength, this.wideEnds);
  }
}
