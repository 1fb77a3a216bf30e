/**
 * Reading order of a page's fragments, by recursive cuts along white space: the page is cut
 * across at horizontal bands of white space into strips, neighbouring strips that share a column
 * gutter are read as one multi-column region, and a region is cut down its gutters into columns
 * (read one after the other) or, when its pieces are short cells that line up, read as a table,
 * row by row. A full-width title above two columns, a sidebar beside the text, a table between
 * paragraphs: each is read whole.
 */
import type { PdfLayoutConfig } from "./config.js";
import type { Fragment } from "./fragments.js";

/** A line of the page in reading order: the fragments on one baseline of one region. */
export interface OrderedLine {
  parts: Fragment[];
  /** Index of the region (column, table, full-width strip) the line was read in. */
  region: number;
  table: boolean;
}

interface Gap {
  x0: number;
  x1: number;
}

export function readingOrder(frags: readonly Fragment[], cfg: PdfLayoutConfig): OrderedLine[] {
  const out: OrderedLine[] = [];
  const state = { region: 0 };
  cut([...frags], cfg, out, state, 0, state.region++);
  return out;
}

/** `region`: the column the fragments were found in; strips of one column share it. */
function cut(frags: Fragment[], cfg: PdfLayoutConfig, out: OrderedLine[], state: { region: number }, depth: number, region: number): void {
  if (frags.length === 0) return;
  const { flow, asides } = depth > 40 ? { flow: [frags], asides: [] } : setAsidePullQuotes(strips(frags), cfg);
  const groups = depth > 40 ? flow : mergeStrips(flow, cfg);
  if (groups.length > 1 || asides.length > 0) {
    for (const g of groups) cut(g, cfg, out, state, depth + 1, region);
    // A pull quote follows the columns it interrupted, as a region of its own.
    for (const a of asides) emitRows(a, cfg, out, state.region++, false);
    return;
  }
  const gaps = gutters(frags, cfg);
  if (gaps.length === 0 || depth > 40) {
    emitRows(frags, cfg, out, region, false);
    return;
  }
  const sides = splitAt(frags, gaps);
  if (isTable(sides, cfg)) {
    emitRows(frags, cfg, out, state.region++, true);
    return;
  }
  // A table whose rows white space sets apart, with cells of several lines (a label beside its
  // text): row by row, each cell whole, left to right.
  const rows = tableRows(strips(frags), cfg);
  if (isRowTable(rows, sides, gaps, cfg)) {
    for (const row of rows) for (const cell of splitAt(row, gaps)) emitRows(cell, cfg, out, state.region++, true);
    return;
  }
  for (const side of sides) cut(side, cfg, out, state, depth + 1, state.region++);
}

/** Cut across wherever a band of white space runs the whole width. */
function strips(frags: Fragment[]): Fragment[][] {
  const sorted = [...frags].sort((a, b) => a.top - b.top || a.x0 - b.x0);
  const out: Fragment[][] = [];
  let cur: Fragment[] = [];
  let bottom = -Infinity;
  for (const f of sorted) {
    // Lines of one column may touch (tall glyphs, tight leading): a small overlap is still a cut.
    if (cur.length && f.top >= bottom - 0.2 * f.size) {
      out.push(cur);
      cur = [];
      bottom = -Infinity;
    }
    cur.push(f);
    bottom = Math.max(bottom, f.bottom);
  }
  if (cur.length) out.push(cur);
  return out;
}

const ENDS_SENTENCE = /[.!?:;]["'”’)\]]*$/u;

/**
 * Pull quotes: strips of larger type across the gutter of the columns above and below them,
 * where the first column's text runs on past them mid-sentence. Read where they stand, they would
 * cut the columns in two; they are set aside and read after them.
 */
function setAsidePullQuotes(list: Fragment[][], cfg: PdfLayoutConfig): { flow: Fragment[][]; asides: Fragment[][] } {
  const flow: Fragment[][] = [];
  const asides: Fragment[][] = [];
  const columned = list.map((strip) => gutters(strip, cfg).length > 0);
  // Index of the next strip with a gutter at or after each strip (one pass from the end).
  const nextColumned = new Int32Array(list.length + 1).fill(list.length);
  for (let k = list.length - 1; k >= 0; k--) nextColumned[k] = columned[k] ? k : nextColumned[k + 1]!;
  let prevColumned = false;
  for (let i = 0; i < list.length; i++) {
    const prev = flow[flow.length - 1];
    const j = nextColumned[i]!;
    const next = list[j];
    if (prev && next && j > i && prevColumned && gutters(prev, cfg).length > 0) {
      const around = prev.concat(next);
      const gaps = gutters(around, cfg);
      const run = list.slice(i, j).flat();
      const body = medianSize(around);
      const above = prev.filter((f) => gaps.length > 0 && f.x1 <= gaps[0]!.x0).sort((a, b) => b.base - a.base)[0];
      // A pull quote stands across a gutter; a line within one column (beside a figure in the
      // other) is that column's text.
      const across = run.some((f) => gaps.some((g) => f.x0 < (g.x0 + g.x1) / 2 && f.x1 > (g.x0 + g.x1) / 2));
      if (across && medianSize(run) >= cfg.fontChangeRatio * body && above && !ENDS_SENTENCE.test(above.text)) {
        asides.push(run);
        i = j - 1;
        continue;
      }
    }
    flow.push(list[i]!);
    prevColumned = columned[i]!;
  }
  return { flow, asides };
}

function medianSize(frags: readonly Fragment[]): number {
  const sizes = frags.map((f) => f.size).sort((a, b) => a - b);
  return sizes[sizes.length >> 1] ?? 0;
}

/** Join neighbouring strips while together they keep a column gutter. */
function mergeStrips(list: Fragment[][], cfg: PdfLayoutConfig): Fragment[][] {
  const out: Fragment[][] = [];
  let cur: Fragment[] | undefined;
  let curHasGutter = false;
  for (const s of list) {
    if (cur) {
      const union = cur.concat(s);
      if ((curHasGutter || gutters(s, cfg).length > 0) && gutters(union, cfg).length > 0) {
        cur = union;
        curHasGutter = true;
        continue;
      }
      out.push(cur);
    }
    cur = s;
    curHasGutter = gutters(s, cfg).length > 0;
  }
  if (cur) out.push(cur);
  return out;
}

/** Vertical bands of white space that run the whole height of the fragments. */
function gutters(frags: readonly Fragment[], cfg: PdfLayoutConfig): Gap[] {
  if (frags.length < 2) return [];
  const spans = frags.map((f) => [f.x0, f.x1] as const).sort((a, b) => a[0] - b[0]);
  const sizes = frags.map((f) => f.size).sort((a, b) => a - b);
  const min = cfg.gutterEm * sizes[sizes.length >> 1]!;
  const out: Gap[] = [];
  let right = spans[0]![1];
  for (const [x0, x1] of spans) {
    if (x0 - right >= min) out.push({ x0: right, x1: x0 });
    right = Math.max(right, x1);
  }
  return out;
}

function splitAt(frags: readonly Fragment[], gaps: readonly Gap[]): Fragment[][] {
  const sides: Fragment[][] = gaps.map(() => []);
  sides.push([]);
  for (const f of frags) {
    let k = 0;
    while (k < gaps.length && f.x0 >= gaps[k]!.x1) k++;
    sides[k]!.push(f);
  }
  return sides.filter((s) => s.length > 0);
}

/** Short pieces that line up across the gutters are a table's cells, not columns of prose. */
function isTable(sides: Fragment[][], cfg: PdfLayoutConfig): boolean {
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  const prose = sides.every((s) => median(s.map((f) => f.words)) >= cfg.columnMinWords);
  if (prose) return false;
  // Cells of one row share a baseline with a cell of another column.
  const all = sides.flat();
  let aligned = 0;
  sides.forEach((side, i) => {
    for (const f of side) {
      if (sides.some((other, j) => j !== i && other.some((g) => Math.abs(g.base - f.base) <= 0.3 * f.size))) aligned++;
    }
  });
  return aligned >= 0.5 * all.length;
}

/**
 * A table's rows: strips (cut across by white space) joined while the white between them is no
 * wider than a paragraph's gap, so a label set beside the middle of its lines of text stays in
 * its row.
 */
function tableRows(list: readonly Fragment[][], cfg: PdfLayoutConfig): Fragment[][] {
  const out: Fragment[][] = [];
  let bottom = -Infinity;
  for (const strip of list) {
    let top = Infinity;
    let low = -Infinity;
    for (const f of strip) {
      top = Math.min(top, f.top);
      low = Math.max(low, f.bottom);
    }
    const last = out[out.length - 1];
    if (last && top - bottom <= cfg.paragraphGapEm * medianSize(strip)) last.push(...strip);
    else out.push([...strip]);
    bottom = low;
  }
  return out;
}

/**
 * A table of labels beside their text (`Indicador` | `Índice de acompanhamento ...`): at least
 * `rowTableMinRows` rows set apart by more than a paragraph's gap (two columns of prose share
 * such a band by chance, not row after row), a `rowTableMinShare` of them holding text on both
 * sides of a gutter, and a first column of short labels, not prose.
 */
function isRowTable(rows: readonly Fragment[][], sides: readonly Fragment[][], gaps: readonly Gap[], cfg: PdfLayoutConfig): boolean {
  if (rows.length < cfg.rowTableMinRows || sides.length < 2) return false;
  const words = sides[0]!.map((f) => f.words).sort((a, b) => a - b);
  if ((words[words.length >> 1] ?? 0) >= cfg.columnMinWords) return false;
  let full = 0;
  for (const row of rows) if (splitAt(row, gaps).length >= 2) full++;
  return full >= cfg.rowTableMinShare * rows.length;
}

/** Rows of one baseline, top to bottom; a row's pieces left to right. */
function emitRows(frags: Fragment[], cfg: PdfLayoutConfig, out: OrderedLine[], region: number, table: boolean): void {
  const sorted = [...frags].sort((a, b) => a.base - b.base || a.x0 - b.x0);
  let row: Fragment[] = [];
  let base = 0;
  let size = 0;
  const flush = () => {
    if (row.length) out.push({ parts: row.sort((a, b) => a.x0 - b.x0), region, table });
    row = [];
  };
  for (const f of sorted) {
    if (row.length && Math.abs(f.base - base) <= cfg.sameLineEm * Math.max(size, f.size)) {
      row.push(f);
      continue;
    }
    flush();
    row = [f];
    base = f.base;
    size = f.size;
  }
  flush();
}
