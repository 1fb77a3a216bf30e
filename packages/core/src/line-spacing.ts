import { layout } from "./layout-data.js";
import type { RawLines } from "./lines.js";

/** A line that closes a sentence or a clause; wrapped lines of a paragraph mostly do not. */
const CLOSES = /[.!?:;][)"”’'\]]*$/;

/**
 * In a double-spaced text (a blank line between every two lines of the body, as pdftotext gives
 * for a double-spaced PDF; or two, triple-spaced), the blank lines that are only line spacing;
 * undefined when the document is not so spaced. Decided from evidence (see layout.json
 * `lineSpacing`): where a paragraph really ends shows otherwise, by more blank lines than the
 * spacing, a short last line or an indent.
 */
export function spacingBlanks(lines: RawLines, text: (i: number) => string): Uint8Array | undefined {
  const cfg = layout().lineSpacing;
  const body: number[] = [];
  for (let i = 0; i < lines.count; i++) if (!lines.blank[i]) body.push(i);
  if (body.length < cfg.minLines) return undefined;
  // The spacing: the number of blank lines (1 or 2, up to maxBlankLines) that stands between most lines.
  const gaps = new Int32Array(cfg.maxBlankLines + 1);
  for (let k = 1; k < body.length; k++) {
    const gap = body[k]! - body[k - 1]! - 1;
    if (gap >= 1 && gap <= cfg.maxBlankLines) gaps[gap]!++;
  }
  let gap = 1;
  for (let g = 2; g <= cfg.maxBlankLines; g++) if (gaps[g]! > gaps[gap]!) gap = g;
  if (gaps[gap]! < cfg.minSpacedShare * (body.length - 1)) return undefined;
  const lengths = body.map((i) => text(i).length).sort((a, b) => a - b);
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))]!;
  if (width < cfg.minWidth || width > cfg.maxWidth) return undefined;
  const short = cfg.shortLine * width;
  let full = 0;
  let runOn = 0;
  for (const i of body) {
    const t = text(i);
    if (t.length >= short) full++;
    if (!CLOSES.test(t)) runOn++;
  }
  if (full < cfg.minFullShare * body.length || runOn < cfg.minRunOnShare * body.length) return undefined;
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
