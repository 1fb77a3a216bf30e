/** The raw text cut into lines. */
export interface RawLines {
  readonly count: number;
  /** Raw offset of each line's first character. */
  readonly starts: Int32Array;
  /** Raw offset just after each line's content (before `\r\n`, `\n` or a lone `\r`). */
  readonly ends: Int32Array;
  /** 1 when the line opens a new page (set by `findPages`). */
  readonly pageStart: Uint8Array;
  /** 1 when the line holds only whitespace. */
  readonly blank: Uint8Array;
  /** Spaces and tabs before the line's first character (a form feed or BOM aside). */
  readonly indent: Int32Array;
}

export function scanLines(raw: string): RawLines {
  const starts: number[] = [];
  const ends: number[] = [];
  // A line ends at `\n`, `\r\n` or a lone `\r` (old Mac files): the next of each is kept.
  let lf = raw.indexOf("\n");
  let cr = raw.indexOf("\r");
  let at = 0;
  for (;;) {
    if (lf !== -1 && lf < at) lf = raw.indexOf("\n", at);
    if (cr !== -1 && cr < at) cr = raw.indexOf("\r", at);
    const stop = lf === -1 ? (cr === -1 ? raw.length : cr) : cr === -1 ? lf : Math.min(lf, cr);
    starts.push(at);
    ends.push(stop);
    if (stop === raw.length) break;
    at = stop + (raw.charCodeAt(stop) === 13 && raw.charCodeAt(stop + 1) === 10 ? 2 : 1);
  }
  const count = starts.length;
  const blank = new Uint8Array(count);
  const indent = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    if (isBlank(raw, s, e)) {
      blank[i] = 1;
      continue;
    }
    let k = s;
    while (k < e && (raw.charCodeAt(k) === 12 || raw.charCodeAt(k) === 0xfeff)) k++;
    let n = 0;
    while (k + n < e && (raw.charCodeAt(k + n) === 32 || raw.charCodeAt(k + n) === 9)) n++;
    indent[i] = n;
  }
  return { count, starts: Int32Array.from(starts), ends: Int32Array.from(ends), pageStart: new Uint8Array(count), blank, indent };
}

function isBlank(raw: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = raw.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 12 && c !== 13 && c !== 0xa0 && c !== 0xfeff && c !== 11) return false;
  }
  return true;
}


/** The lines without those marked in `drop`, with each kept line's index in `lines`. */
export function withoutLines(lines: RawLines, drop: Uint8Array): { lines: RawLines; index: Int32Array } {
  const keep: number[] = [];
  for (let i = 0; i < lines.count; i++) if (!drop[i]) keep.push(i);
  const pick = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const out = make(keep.length);
    keep.forEach((i, k) => (out[k] = a[i]!));
    return out;
  };
  const ints = (n: number) => new Int32Array(n);
  const bytes = (n: number) => new Uint8Array(n);
  return {
    lines: {
      count: keep.length,
      starts: pick(lines.starts, ints),
      ends: pick(lines.ends, ints),
      pageStart: pick(lines.pageStart, bytes),
      blank: pick(lines.blank, bytes),
      indent: pick(lines.indent, ints),
    },
    index: Int32Array.from(keep),
  };
}
