import { layout } from "./layout-data.js";
import type { RawLines } from "./lines.js";

/** A line that closes a sentence or a clause; wrapped lines of a paragraph mostly do not. */
const CLOSES = /[.!?:;][)"”’'\]]*$/;

/** A document's line spacing: the blank lines between two lines of a paragraph, and the lines' width. */
export interface LineSpacing {
  gap: number;
  width: number;
}

/**
 * Whether text lines (their trimmed lengths, and the blank lines before each after the first) are
 * double- (or triple-) spaced, decided from evidence (see layout.json `lineSpacing`): the spacing
 * and the width, or undefined when they are not so spaced.
 */
export function lineSpacingOf(lengths: readonly number[], blanksBefore: readonly number[], closes: (k: number) => boolean): LineSpacing | undefined {
  const cfg = layout().lineSpacing;
  const n = lengths.length;
  if (n < cfg.minLines) return undefined;
  // The spacing: the number of blank lines (1 or 2, up to maxBlankLines) that stands between most lines.
  const gaps = new Int32Array(cfg.maxBlankLines + 1);
  for (let k = 1; k < n; k++) {
    const gap = blanksBefore[k]!;
    if (gap >= 1 && gap <= cfg.maxBlankLines) gaps[gap]!++;
  }
  let gap = 1;
  for (let g = 2; g <= cfg.maxBlankLines; g++) if (gaps[g]! > gaps[gap]!) gap = g;
  if (gaps[gap]! < cfg.minSpacedShare * (n - 1)) return undefined;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(0.9 * (n - 1))]!;
  if (width < cfg.minWidth || width > cfg.maxWidth) return undefined;
  const short = cfg.shortLine * width;
  let full = 0;
  let runOn = 0;
  for (let k = 0; k < n; k++) {
    if (lengths[k]! >= short) full++;
    if (!closes(k)) runOn++;
  }
  if (full < cfg.minFullShare * n || runOn < cfg.minRunOnShare * n) return undefined;
  return { gap, width };
}

/** Whether a trimmed line closes a sentence or a clause. */
export function closesLine(text: string): boolean {
  return CLOSES.test(text);
}

/**
 * In a double-spaced text (a blank line between every two lines of the body, as pdftotext gives
 * for a double-spaced PDF; or two, triple-spaced), the blank lines that are only line spacing;
 * undefined when the text is not so spaced. The spacing is read from these lines unless the
 * whole document's was decided already (`decided`; null: not spaced), as for a window of a long
 * one. Where a paragraph really ends shows otherwise, by more blank lines than the spacing, a
 * short last line or an indent.
 */
export function spacingBlanks(lines: RawLines, text: (i: number) => string, decided?: LineSpacing | null): Uint8Array | undefined {
  if (decided === null) return undefined;
  const body: number[] = [];
  for (let i = 0; i < lines.count; i++) if (!lines.blank[i]) body.push(i);
  const found =
    decided ??
    lineSpacingOf(
      body.map((i) => text(i).length),
      body.map((i, k) => (k === 0 ? 0 : i - body[k - 1]! - 1)),
      (k) => closesLine(text(body[k]!)),
    );
  if (!found) return undefined;
  const { gap } = found;
  const short = layout().lineSpacing.shortLine * found.width;
  const spacing = new Uint8Array(lines.count);
  for (let k = 1; k < body.length; k++) {
    const above = body[k - 1]!;
    const below = body[k]!;
    if (below - above !== gap + 1 || lines.pageStart.subarray(above + 1, below + 1).includes(1)) continue;
    // A short last line or an indented first line: the paragraph really ends here. A short line
    // below stands alone (a heading), or ends its sentence's paragraph, which a gap does not cut.
    if (text(above).length < short || text(below).length < short || lines.indent[below]! > lines.indent[above]!) continue;
    spacing.fill(1, above + 1, below);
  }
  return spacing;
}
