/**
 * Where each line of the document text sits on its page, kept compact (typed arrays grown as
 * pages come), so that any raw span can be given one box per line it covers.
 */
import { partitionPoint, type Box } from "@procmine/core";
import { fromFrame, type Direction } from "./runs.js";
import type { PageLine } from "./page.js";

class Grow {
  data: Float64Array;
  length = 0;
  constructor(size = 1024) {
    this.data = new Float64Array(size);
  }
  push(...xs: number[]): void {
    this.pushAll(xs);
  }
  pushAll(xs: ArrayLike<number>): void {
    if (this.length + xs.length > this.data.length) {
      const next = new Float64Array(Math.max(this.data.length * 2, this.length + xs.length));
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    for (let i = 0; i < xs.length; i++) this.data[this.length++] = xs[i]!;
  }
}

/** Per line: start, end, page, direction, top, bottom, first seg, seg count. */
const L = 8;

export class LineIndex {
  private readonly lines = new Grow();
  private readonly segs = new Grow();

  get count(): number {
    return this.lines.length / L;
  }

  add(start: number, end: number, page: number, line: PageLine): void {
    this.lines.push(start, end, page, line.dir, line.top, line.bottom, this.segs.length / 4, line.segs.length / 4);
    this.segs.pushAll(line.segs);
  }

  /** One box per line that the raw span [start, end) covers with more than white space. */
  boxes(raw: string, start: number, end: number): Box[] {
    const d = this.lines.data;
    const n = this.count;
    // First line that ends after start.
    const lo = partitionPoint(n, (i) => d[i * L + 1]! <= start);
    const out: Box[] = [];
    for (let i = lo; i < n && d[i * L]! < end; i++) {
      const ls = d[i * L]!;
      let s = Math.max(start, ls);
      let e = Math.min(end, d[i * L + 1]!);
      while (s < e && /\s/.test(raw[s]!)) s++;
      while (e > s && /\s/.test(raw[e - 1]!)) e--;
      if (s >= e) continue;
      const x0 = this.xAt(i, s - ls, false);
      const x1 = this.xAt(i, e - ls, true);
      const dir = d[i * L + 3]! as Direction;
      const [ax, ay] = fromFrame(dir, x0, d[i * L + 4]!);
      const [bx, by] = fromFrame(dir, x1, d[i * L + 5]!);
      out.push({ page: d[i * L + 2]!, x0: r2(Math.min(ax, bx)), y0: r2(Math.min(ay, by)), x1: r2(Math.max(ax, bx)), y1: r2(Math.max(ay, by)) });
    }
    return out;
  }

  /** The x of a character boundary of line i: the character's share of its stretch's width. */
  private xAt(i: number, c: number, isEnd: boolean): number {
    const d = this.lines.data;
    const s = this.segs.data;
    const first = d[i * L + 6]!;
    const count = d[i * L + 7]!;
    let prevEnd = NaN;
    for (let k = first; k < first + count; k++) {
      const cs = s[k * 4]!;
      const ce = s[k * 4 + 1]!;
      const xs = s[k * 4 + 2]!;
      const xe = s[k * 4 + 3]!;
      if (c < cs || (c === cs && !isEnd)) return isEnd && !Number.isNaN(prevEnd) ? prevEnd : xs; // in the space before this stretch
      if (c <= ce) return ce > cs ? xs + ((xe - xs) * (c - cs)) / (ce - cs) : xs;
      prevEnd = xe;
    }
    return prevEnd;
  }
}

const r2 = (x: number) => Math.round(x * 100) / 100 + 0; // + 0 turns -0 into 0
