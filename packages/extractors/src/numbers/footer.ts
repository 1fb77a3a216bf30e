import type { AnalyzedDocument } from "@procmine/core";

// A running footer or header's page number stands alone on its raw line (`- 4 -`, `| 12`,
// `Page 3`, `7 of 40`); PDF text keeps it inside the paragraph it interrupts, so only the raw
// line shows it. No claim is worded that way.

/** The whole line: a page number in its dress (`- 4 -`, `| 12`, `Page 3`, `7 of 40`). */
const PAGE_LINE = /^[\s\-–—|.·•]*(?:(?:page|p\.|pág\.?|página)\s*)?\d{1,4}(?:\s*(?:of|de|\/)\s*\d{1,4})?[\s\-–—|.·•]*$/iu;
/** Dress there must be: a lone number on a line may be a table cell, which is a claim. */
const DRESS = /[-–—|·•]|page|p\.|pág|página|\d\s*(?:of|de|\/)\s*\d/iu;

/**
 * True when the raw line of [start, end) holds nothing but a page number and its dress (`raw`: the document's lines, doc.raw's offsets).
 * A line with more than `maxLine` characters either side of it holds text, not a page number (and keeps the look-around bounded).
 */
export function isPageNumberLine(doc: AnalyzedDocument, raw: string, start: number, end: number, maxLine: number): boolean {
  const r = doc.toRaw(start, end);
  let lineStart = r.start;
  while (lineStart > 0 && raw.charCodeAt(lineStart - 1) !== 10) {
    if (r.start - lineStart > maxLine) return false;
    lineStart--;
  }
  let lineEnd = r.end;
  while (lineEnd < raw.length && raw.charCodeAt(lineEnd) !== 10 && raw.charCodeAt(lineEnd) !== 13) {
    if (lineEnd - r.end > maxLine) return false;
    lineEnd++;
  }
  const line = raw.slice(lineStart, lineEnd);
  if (!PAGE_LINE.test(line)) return false;
  return DRESS.test(line) || isClosingPageNumber(raw, lineStart, lineEnd, maxLine);
}

/**
 * `… Parliament will\n10\n` at the very end: a text cut at a page's end keeps that page's
 * number on its last line, after a sentence the page break cut off (a lower-case word, no stop, ends the line before).
 */
function isClosingPageNumber(raw: string, lineStart: number, lineEnd: number, maxLine: number): boolean {
  // Stops at the first character after the line that is not white space: no text is copied.
  for (let i = lineEnd; i < raw.length; i++) if (!/\s/.test(raw[i]!)) return false;
  const before = raw.slice(Math.max(0, lineStart - maxLine), lineStart).trimEnd();
  return /\s\p{Ll}+,?$/u.test(before);
}
