/**
 * Runs into fragments: the pieces of a line that belong together (one column's line, one table
 * cell), each with its text and, for boxes, where each stretch of its text sits.
 */
import { putAccentsOn } from "./accents.js";
import { placeDropCaps } from "./drop-caps.js";
import { glyphWidths, type PdfLayoutConfig } from "./config.js";
import { acrossGutter, gridGutters, pageGutters, type Band } from "./page-gutters.js";
import type { Placed, Run } from "./runs.js";

/** `size`: the font size of most of its characters. */
export interface Fragment extends Placed {
  text: string;
  /** Flat [charStart, charEnd, x0, x1] per run: the run's characters spread over its width. */
  segs: number[];
  words: number;
}

/** Group runs into rows of one baseline (superscripts included), then cut rows at wide gaps. */
export function buildFragments(runs: readonly Run[], cfg: PdfLayoutConfig, grid?: { bands: Band[] }): Fragment[] {
  const sorted = placeDropCaps(runs, cfg).sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const rows: Run[][] = [];
  let row: Run[] = [];
  let rowBase = 0;
  let rowSize = 0;
  for (const r of sorted) {
    if (row.length && Math.abs(r.base - rowBase) <= cfg.sameLineEm * Math.max(rowSize, r.size)) {
      row.push(r);
      if (r.size > rowSize) {
        // The row's baseline is its main text's, not a superscript's that happened to sort first.
        rowSize = r.size;
        rowBase = r.base;
      }
      continue;
    }
    if (row.length) rows.push(row);
    row = [r];
    rowBase = r.base;
    rowSize = r.size;
  }
  if (row.length) rows.push(row);

  const out: Fragment[] = [];
  const lines = mergeInlineRows(rows).flatMap((r) => splitStacked(r, cfg));
  // `grid`: the document's column gutters so far; a page that shows its own renews them.
  let gutters = pageGutters(lines, cfg);
  if (grid) {
    if (gutters.length) grid.bands = gutters;
    else gutters = gridGutters(lines, grid.bands, cfg);
  }
  for (const runsOfRow of lines) {
    runsOfRow.sort((a, b) => a.x0 - b.x0 || a.base - b.base);
    let piece: Run[] = [];
    let right = -Infinity;
    for (const r of runsOfRow) {
      const size = Math.max(r.size, piece.length ? piece[piece.length - 1]!.size : 0);
      if (piece.length && (r.x0 - right > cfg.fragmentGapEm * size || acrossGutter(gutters, right, r.x0))) {
        out.push(makeFragment(piece, cfg));
        piece = [];
        right = -Infinity;
      }
      piece.push(r);
      right = Math.max(right, r.x1);
    }
    if (piece.length) out.push(makeFragment(piece, cfg));
  }
  return out;
}

function makeFragment(runs: Run[], cfg: PdfLayoutConfig): Fragment {
  let text = "";
  const segs: number[] = [];
  let prev: Run | undefined;
  const sizes = new Map<number, number>();
  const widths = glyphWidths();
  for (const r of runs) {
    // Text drawn twice a hair apart (a poor man's bold) is one text.
    if (prev && r.text === prev.text && Math.abs(r.x0 - prev.x0) < 0.2 * r.size) continue;
    // Each word's place in the run, from the glyphs' proportions (pdf.js gives the run's width only).
    const t = r.text;
    const cum = new Float64Array(t.length + 1);
    for (let i = 0; i < t.length; i++) cum[i + 1] = cum[i]! + widths.width(r.family, t[i]!);
    const scale = (r.x1 - r.x0) / Math.max(1, cum[t.length]!);
    let first = true;
    for (let i = 0; i < t.length; ) {
      if (isSpace(t.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i;
      while (j < t.length && !isSpace(t.charCodeAt(j))) j++;
      if (text.length && !text.endsWith(" ")) {
        const spaced = !first || i > 0 || (prev !== undefined && isSpace(prev.text.charCodeAt(prev.text.length - 1)));
        const gap = r.x0 + cum[i]! * scale - (prev?.x1 ?? -Infinity);
        if (spaced || gap > cfg.spaceGapEm * Math.max(r.size, prev?.size ?? 0)) text += " ";
      }
      const start = text.length;
      text += t.slice(i, j);
      segs.push(start, text.length, r.x0 + cum[i]! * scale, r.x0 + cum[j]! * scale);
      first = false;
      i = j;
    }
    sizes.set(round1(r.size), (sizes.get(round1(r.size)) ?? 0) + r.text.length);
    prev = r;
  }
  let size = 0;
  let most = -1;
  for (const [s, n] of sizes) if (n > most || (n === most && s > size)) [size, most] = [s, n];
  const placed = putAccentsOn(text, segs, cfg.spaceGapEm * size);
  let x0 = Infinity;
  let x1 = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const r of runs) {
    x0 = Math.min(x0, r.x0);
    x1 = Math.max(x1, r.x1);
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  return {
    text: placed.text,
    segs: placed.segs,
    x0,
    x1,
    top,
    bottom,
    base: runs.reduce((b, r) => (r.size >= size ? r.base : b), runs[0]!.base),
    size,
    words: placed.text.split(" ").filter((w) => w.length > 0).length,
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * A row of small text whose middle lies inside a neighbouring row of larger text is set inline
 * with it (a superscript or subscript raised or lowered further than a note marker): one line.
 */
function mergeInlineRows(rows: Run[][]): Run[][] {
  const band = (row: Run[]) => {
    let top = Infinity;
    let bottom = -Infinity;
    let size = 0;
    for (const r of row) {
      top = Math.min(top, r.top);
      bottom = Math.max(bottom, r.bottom);
      size = Math.max(size, r.size);
    }
    return { top, bottom, size };
  };
  const out: Run[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const b = band(row);
    const mid = (b.top + b.bottom) / 2;
    const prev = out[out.length - 1];
    const next = rows[i + 1];
    const into = [prev, next].find((n) => {
      if (!n) return false;
      const nb = band(n);
      return b.size < 0.85 * nb.size && mid > nb.top && mid < nb.bottom;
    });
    if (into === prev && prev) prev.push(...row);
    else if (into === next && next) next.push(...row);
    else out.push(row);
  }
  return out;
}

/**
 * A row gathered by a large font's tolerance can hold two lines of smaller text set one above the
 * other (a figure's two-line label beside a column of body text): runs that overlap side by side
 * while their baselines differ by more than `sameLineEm` of the smaller size are on different
 * lines, so each goes to the first line of the row it overlaps nothing of (else they would be read
 * as one line, `data pointerModify a`).
 */
function splitStacked(row: Run[], cfg: PdfLayoutConfig): Run[][] {
  const stacked = (a: Run, b: Run) => a.x0 < b.x1 && b.x0 < a.x1 && Math.abs(a.base - b.base) > cfg.sameLineEm * Math.min(a.size, b.size);
  const lines: Run[][] = [];
  for (const r of [...row].sort((a, b) => a.base - b.base || a.x0 - b.x0)) {
    const line = lines.find((l) => !l.some((o) => stacked(o, r)));
    if (line) line.push(r);
    else lines.push([r]);
  }
  return lines;
}

/**
 * White space as a text item holds it (space, tab, no-break space, line breaks), and control
 * characters: a stray form feed or line break in an item would break pages and lines.
 */
function isSpace(c: number): boolean {
  return c <= 32 || c === 127 || c === 160 || (c >= 9 && c <= 13) || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f;
}
