/** A window of a long document: byte offsets [start, end) of its UTF-8 text, at a line start. */
export interface WindowSpan {
  start: number;
  end: number;
}

/** Bytes per window by default: proceedings (50-500 KB) are always read whole. */
export const DEFAULT_WINDOW_SIZE = 1_000_000;

const NL = 0x0a;
/** How many paragraph breaks past the target size to look at for one after a closed sentence. */
const LOOKAHEAD_BREAKS = 64;
/** `.!?"')]` and the last byte of `”` and `’` (U+201D, U+2019 in UTF-8). */
const CLOSERS = new Set([0x2e, 0x21, 0x3f, 0x22, 0x27, 0x29, 0x5d, 0x9d, 0x99]);
const isBlankByte = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0c;

/**
 * Cut the UTF-8 bytes of a long document into windows of about `size` bytes at paragraph
 * breaks, preferring one after a closed sentence, so no paragraph, sentence or cut word spans
 * two windows. Working on bytes means a long document is never held as one string; a newline
 * byte never falls inside a multi-byte character.
 */
export function splitWindows(bytes: Uint8Array, size = DEFAULT_WINDOW_SIZE): WindowSpan[] {
  const out: WindowSpan[] = [];
  let start = 0;
  while (bytes.length - start > size) {
    const end = breakAfter(bytes, start + size, size);
    if (end <= start || end >= bytes.length) break;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: bytes.length });
  return out;
}

function breakAfter(bytes: Uint8Array, from: number, size: number): number {
  let first = -1;
  let breaks = 0;
  for (let nl = bytes.indexOf(NL, from); nl >= 0 && breaks < LOOKAHEAD_BREAKS && nl - from < size; nl = bytes.indexOf(NL, nl + 1)) {
    let next = nl + 1;
    while (isBlankByte(bytes[next])) next++;
    if (bytes[next] !== NL) continue;
    breaks++;
    if (first < 0) first = next + 1;
    let last = nl - 1;
    while (last > 0 && isBlankByte(bytes[last])) last--;
    if (CLOSERS.has(bytes[last]!)) return next + 1;
  }
  if (first >= 0) return first;
  const nl = bytes.indexOf(NL, from);
  return nl < 0 ? bytes.length : nl + 1;
}

/** Whether lines that begin with a space mark page breaks (see lines.ts), read from the bytes. */
export function countSpaceLedLines(bytes: Uint8Array): { lines: number; spaceLed: number } {
  let lines = 0;
  let spaceLed = 0;
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length) {
    let nl = bytes.indexOf(NL, at);
    if (nl < 0) nl = bytes.length;
    let k = at;
    while (k < nl && isBlankByte(bytes[k])) k++;
    if (k < nl) {
      lines++;
      if (bytes[at] === 0x20) spaceLed++;
    }
    at = nl + 1;
  }
  return { lines, spaceLed };
}
