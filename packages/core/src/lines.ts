/** The raw text cut into lines, with the page-break convention of PDF-extracted text. */
export interface RawLines {
  readonly count: number;
  /** Raw offset of each line's first character. */
  readonly starts: Int32Array;
  /** Raw offset just after each line's content (before `\r\n` or `\n`). */
  readonly ends: Int32Array;
  /** 1 when the line opens a new page. */
  readonly pageStart: Uint8Array;
  /** 1 when the line holds only whitespace. */
  readonly blank: Uint8Array;
}

/** Above this share of lines starting with a space, leading spaces are indentation, not page breaks. */
const MAX_PAGE_MARKER_SHARE = 0.2;

export interface ScanOptions {
  /** The text goes on from an earlier window: its first line may open a page. */
  continues?: boolean;
  /** Decided for the whole document (see `spacesMarkPages`); by default from this text. */
  spacesMarkPages?: boolean;
}

/** Whether lines that begin with a space mark page breaks, from counts over the whole document. */
export function spacesMarkPages(counts: { lines: number; spaceLed: number }): boolean {
  return counts.spaceLed <= counts.lines * MAX_PAGE_MARKER_SHARE;
}

export function scanLines(raw: string, options: ScanOptions = {}): RawLines {
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (;;) {
    const nl = raw.indexOf("\n", at);
    const stop = nl === -1 ? raw.length : nl;
    starts.push(at);
    ends.push(stop > at && raw.charCodeAt(stop - 1) === 13 ? stop - 1 : stop);
    if (nl === -1) break;
    at = nl + 1;
  }
  const count = starts.length;
  const blank = new Uint8Array(count);
  const spaceLed = new Uint8Array(count);
  let nonBlank = 0;
  let spaceLedCount = 0;
  for (let i = 0; i < count; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    if (isBlank(raw, s, e)) {
      blank[i] = 1;
      continue;
    }
    nonBlank++;
    const first = raw.charCodeAt(s === 0 && raw.charCodeAt(0) === 0xfeff ? 1 : s);
    if (first === 32) {
      spaceLed[i] = 1;
      spaceLedCount++;
    }
  }
  const markPages = options.spacesMarkPages ?? spacesMarkPages({ lines: nonBlank, spaceLed: spaceLedCount });
  const pageStart = new Uint8Array(count);
  let seenText = options.continues === true;
  const anyFormFeed = raw.includes("\f");
  for (let i = 0; i < count; i++) {
    const hasFormFeed = anyFormFeed && raw.slice(starts[i]!, ends[i]!).includes("\f");
    if (blank[i] && !hasFormFeed) continue;
    // The document's first text line opens page 1; it is not a break. A form feed always is one
    // (an empty first page, as a PDF's cover image gives, still counts).
    if (hasFormFeed || (seenText && markPages && spaceLed[i])) pageStart[i] = 1;
    if (!blank[i]) seenText = true;
  }
  return { count, starts: Int32Array.from(starts), ends: Int32Array.from(ends), pageStart, blank };
}

function isBlank(raw: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = raw.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 12 && c !== 13 && c !== 0xa0 && c !== 0xfeff && c !== 11) return false;
  }
  return true;
}

/** Index of the last element of a sorted array that is <= value (or -1). */
export function floorIndex(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
