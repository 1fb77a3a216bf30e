import { layout } from "./layout-data.js";
import { footerPages, spacesMarkPages } from "./pages.js";
import { runningLinePages, runningOverNumbers } from "./running-lines.js";
import { closesLine, lineSpacingOf, type LineSpacing } from "./line-spacing.js";

/**
 * A window of a long document: byte offsets [start, end) of its UTF-8 text, at a line start
 * where the text has line breaks, else inside a line (after a sentence or white space).
 */
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
 * Cut the UTF-8 bytes of a long document into windows of at most about twice `size` bytes at
 * paragraph breaks, preferring one after a closed sentence, so no paragraph, sentence or cut
 * word spans two windows. Text with no paragraph break near the target is cut at a line break,
 * else after a sentence end, else at white space, else (a run of a megabyte without any) at a
 * character boundary: a file with no newline is still read window by window. Working on bytes
 * means a long document is never held as one string; an ASCII byte never falls inside a
 * multi-byte character.
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
  const limit = Math.min(bytes.length, from + size);
  let first = -1;
  let breaks = 0;
  for (let nl = newlineIn(bytes, from, limit); nl >= 0 && breaks < LOOKAHEAD_BREAKS; nl = newlineIn(bytes, nl + 1, limit)) {
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
  const nl = newlineIn(bytes, from, limit);
  return nl >= 0 ? nl + 1 : inLineBreak(bytes, from, limit);
}

/** The first newline byte in [from, limit), or -1: never a search of the rest of a file without one. */
function newlineIn(bytes: Uint8Array, from: number, limit: number): number {
  if (from >= limit) return -1;
  const at = bytes.subarray(from, limit).indexOf(NL);
  return at < 0 ? -1 : from + at;
}

/**
 * A cut inside a line in [from, limit), just before a character that follows white space: the
 * first such cut after a closed sentence (`done.  |Next`), else the first one, else the limit
 * moved back to a character's first byte. Never between `\r` and `\n`.
 */
function inLineBreak(bytes: Uint8Array, from: number, limit: number): number {
  let space = -1;
  for (let k = from; k < limit; k++) {
    const next = bytes[k + 1];
    if (!isBlankByte(bytes[k]) || next === undefined || next === NL || isBlankByte(next)) continue;
    if (closesSentence(bytes, k)) return k + 1;
    if (space < 0) space = k + 1;
  }
  if (space >= 0) return space;
  let k = limit;
  while (k > from + 1 && (bytes[k]! & 0xc0) === 0x80) k--;
  return k;
}

/** The white space that ends at byte `k` follows a closed sentence (a terminal mark or closer). */
function closesSentence(bytes: Uint8Array, k: number): boolean {
  while (k > 0 && isBlankByte(bytes[k])) k--;
  return CLOSERS.has(bytes[k]!);
}

/** Whether a window that starts at byte `start` starts inside a line (not after `\n` or a lone `\r`). */
export function startsInsideLine(bytes: Uint8Array, start: number): boolean {
  if (start === 0) return false;
  const before = bytes[start - 1];
  return before !== NL && before !== 0x0d;
}

/** The page evidence of a whole document, decided once for all the windows it is read in. */
export interface DocumentPageEvidence {
  formFeeds: boolean;
  spacesMarkPages: boolean;
  /** Page starts (line indices) from the page numbers of its feet or heads, if they mark its pages. */
  footerPages?: { starts: number[]; numberLines: number[] };
  /** Its line spacing (null: not double-spaced): one window alone may show too few lines to tell. */
  lineSpacing: LineSpacing | null;
}

/**
 * The page evidence of a whole document, read from its bytes (see pages.ts): form feeds,
 * space-led lines, the run of page numbers and the line spacing, so that every window counts
 * pages and reads paragraphs alike.
 */
export function documentPageEvidence(bytes: Uint8Array): DocumentPageEvidence {
  const { maxLength } = layout().pageFurniture;
  const decoder = new TextDecoder("utf-8");
  const starts: number[] = [];
  const ends: number[] = [];
  const blank: number[] = [];
  const indent: number[] = [];
  const spaceLed: number[] = [];
  let textLines = 0;
  let firstText = -1;
  let formFeeds = false;
  let seenText = false;
  // Each text line's trimmed length and end, and the blank lines before it, for the line spacing.
  const lengths: number[] = [];
  const blanksBefore: number[] = [];
  const closes: boolean[] = [];
  let lastText = -1;
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (;;) {
    // A line ends at `\n`, `\r\n` or a lone `\r`, as lines.ts reads it.
    let nl = at;
    while (nl < bytes.length && bytes[nl] !== NL && bytes[nl] !== 0x0d) nl++;
    const line = starts.length;
    starts.push(at);
    ends.push(nl);
    let k = at;
    while (k < nl && isBlankByte(bytes[k])) {
      if (bytes[k] === 0x0c && seenText) formFeeds = true;
      k++;
    }
    blank.push(k < nl ? 0 : 1);
    // Spaces and tabs before the text, as lines.ts counts them (form feeds aside).
    let spaces = 0;
    for (let s = at; s < k; s++) if (bytes[s] === 0x20 || bytes[s] === 0x09) spaces++;
    indent.push(k < nl ? spaces : 0);
    if (k < nl) {
      textLines++;
      if (firstText < 0) firstText = line;
      seenText = true;
      if (bytes[at] === 0x20) spaceLed.push(line);
      const trimmed = decoder.decode(bytes.subarray(k, nl)).trim();
      lengths.push(trimmed.length);
      closes.push(closesLine(trimmed));
      blanksBefore.push(lastText < 0 ? 0 : line - lastText - 1);
      lastText = line;
      if (!formFeeds && bytes.subarray(k, nl).includes(0x0c)) formFeeds = true;
    }
    if (nl >= bytes.length) break;
    at = nl + (bytes[nl] === 0x0d && bytes[nl + 1] === NL ? 2 : 1);
  }
  const evidence: DocumentPageEvidence = {
    formFeeds,
    spacesMarkPages: spacesMarkPages(textLines, spaceLed, Math.max(0, firstText)),
    lineSpacing: lineSpacingOf(lengths, blanksBefore, (k) => closes[k]!) ?? null,
  };
  if (formFeeds) return evidence;
  // Only short lines can be furniture: longer ones are not decoded.
  const long = "x".repeat(2 * maxLength + 1);
  const text = (i: number) => (ends[i]! - starts[i]! > 4 * maxLength ? long : decoder.decode(bytes.subarray(starts[i]!, ends[i]!)).trim());
  const grid = { count: starts.length, blank: Uint8Array.from(blank), indent: Int32Array.from(indent) };
  const found = footerPages(grid, text, false);
  // A running head or foot without a number: over numbers that are not the pages', or where the
  // text shows no page number and no space-led page mark (as a single window reads it).
  if (found) evidence.footerPages = runningOverNumbers(found, runningLinePages(grid, text));
  else if (!evidence.spacesMarkPages || !spaceLed.some((l) => l > firstText)) {
    const running = runningLinePages(grid, text);
    if (running) evidence.footerPages = running;
  }
  return evidence;
}
