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
    // Columns of running text beside a table or a figure's labels (a gazette's notices beside its
    // list, a paper's column that holds a table): the text is read as a column, the rest apart.
    const parts = apartFromText(sides, cfg);
    // A table of labels beside their text stays a table.
    if (parts.length < 2 || (parts[0] !== sides[0] && isRowTable(tableRows(strips(frags), cfg), sides, gaps, cfg))) {
      emitRows(frags, cfg, out, state.region++, true);
      return;
    }
    for (const part of parts) cut(part, cfg, out, state, depth + 1, state.region++);
    return;
  }
  // A table whose rows white space sets apart, with cells of several lines (a label beside its
  // text): row by row, each cell whole, left to right.
  const rows = tableRows(strips(frags), cfg);
  if (isRowTable(rows, sides, gaps, cfg)) {
    for (const row of rows) for (const cell of splitAt(row, gaps)) emitRows(cell, cfg, out, state.region++, true);
    return;
  }
  const beside = labelsBeside(sides, cfg);
  if (beside) {
    // Any other column (a running head's piece at the margin) is read before them, as a column.
    for (const side of sides.slice(0, -2)) cut(side, cfg, out, state, depth + 1, state.region++);
    emitWithLabels(beside, cfg, out, state);
    return;
  }
  for (const side of sides) cut(side, cfg, out, state, depth + 1, state.region++);
}

interface Beside {
  /** The text's lines, top to bottom. */
  rows: Fragment[][];
  /** For each line of text, the labels level with it (or below it, above the next line). */
  byRow: Map<number, Fragment[]>;
  /** Labels above the text's first line or below its last (a running head's page number). */
  before: Fragment[];
  after: Fragment[];
}

/**
 * Short labels in a narrow last column right of a column of text, each level with a line of it (an
 * entry's identifier set right of its title, a contents line's page number): at least
 * `rowTableMinRows` of them, a `rowTableMinShare` of them on a line of the text, in a column less
 * than half as wide as the text's. Two columns of prose, or a chart beside one, are none. (Labels
 * left of their text, a heading block beside a court's name, are read as columns.)
 */
function labelsBeside(sides: readonly Fragment[][], cfg: PdfLayoutConfig): Beside | undefined {
  if (sides.length < 2) return undefined;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  const width = (s: readonly Fragment[]) => Math.max(...s.map((f) => f.x1)) - Math.min(...s.map((f) => f.x0));
  const labels = [...sides[sides.length - 1]!].sort((a, b) => a.base - b.base);
  const text = sides[sides.length - 2]!;
  if (labels.length < cfg.rowTableMinRows || median(labels.map((f) => f.words)) >= cfg.columnMinWords) return undefined;
  if (median(text.map((f) => f.words)) < cfg.columnMinWords || 2 * width(labels) >= width(text)) return undefined;
  const rows = rowsOf(text, cfg);
  const base = (k: number) => rows[k]![0]!.base;
  const beside: Beside = { rows, byRow: new Map(), before: [], after: [] };
  let level = 0;
  // One pass down the labels and the lines together: each label goes with the last line at or
  // above its baseline.
  let k = -1;
  for (const l of labels) {
    const tolerance = 0.3 * l.size;
    while (k + 1 < rows.length && base(k + 1) <= l.base + tolerance) k++;
    if (k < 0) beside.before.push(l);
    else if (k === rows.length - 1 && l.base > base(k) + tolerance + l.size) beside.after.push(l);
    else {
      const own = beside.byRow.get(k);
      if (own) own.push(l);
      else beside.byRow.set(k, [l]);
    }
    if (k >= 0 && Math.abs(base(k) - l.base) <= tolerance) level++;
  }
  return level >= cfg.rowTableMinShare * labels.length ? beside : undefined;
}

/**
 * The text line by line, each label read after the entry its line opens (up to the next label's
 * line or a paragraph's gap), as a cell of its own, apart from the text around it.
 */
function emitWithLabels({ rows, byRow, before, after }: Beside, cfg: PdfLayoutConfig, out: OrderedLine[], state: { region: number }): void {
  const textRegion = state.region++;
  const labelRegion = state.region++;
  emitRows(before, cfg, out, state.region++, false);
  let pending: Fragment[] = [];
  let bottom = -Infinity;
  rows.forEach((row, k) => {
    const own = byRow.get(k);
    const top = Math.min(...row.map((f) => f.top));
    const gap = top - bottom > cfg.paragraphGapEm * medianSize(row);
    if (pending.length && (own || gap)) {
      emitRows(pending, cfg, out, labelRegion, true);
      pending = [];
    }
    out.push({ parts: row, region: textRegion, table: false });
    if (own) pending = own;
    bottom = Math.max(...row.map((f) => f.bottom));
  });
  if (pending.length) emitRows(pending, cfg, out, labelRegion, true);
  emitRows(after, cfg, out, state.region++, false);
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
  // Strips with a gutter read one after the other up to the last one read.
  let columnedAbove = 0;
  for (let i = 0; i < list.length; i++) {
    const prev = flow[flow.length - 1];
    const j = nextColumned[i]!;
    const next = list[j];
    if (prev && next && j > i && columnedAbove > 0 && gutters(prev, cfg).length > 0) {
      const around = prev.concat(next);
      const gaps = gutters(around, cfg);
      const run = list.slice(i, j).flat();
      // Larger than the text both above and below it (a page's foot below is smaller still).
      const body = Math.max(medianSize(prev), medianSize(next));
      const above = prev.filter((f) => gaps.length > 0 && f.x1 <= gaps[0]!.x0).sort((a, b) => b.base - a.base)[0];
      // The columns it interrupts run above it for some strips: a page's head (a title left, a
      // date right) is one, and a title under it is no pull quote.
      const runsAbove = columnedAbove >= cfg.pullQuoteMinLinesAbove;
      // A pull quote stands across a gutter; a line within one column (beside a figure in the
      // other) is that column's text.
      const across = run.some((f) => gaps.some((g) => f.x0 < (g.x0 + g.x1) / 2 && f.x1 > (g.x0 + g.x1) / 2));
      if (across && runsAbove && medianSize(run) >= cfg.fontChangeRatio * body && above && !ENDS_SENTENCE.test(above.text)) {
        asides.push(run);
        i = j - 1;
        continue;
      }
    }
    flow.push(list[i]!);
    columnedAbove = columned[i]! ? columnedAbove + 1 : 0;
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

/**
 * Short pieces that line up across the gutters are a table's cells, not columns of prose. A side
 * of fewer than `rowTableMinRows` pieces (a page number or a mark in the margin) says nothing
 * either way: columns of prose beside one are still columns.
 */
function isTable(sides: Fragment[][], cfg: PdfLayoutConfig): boolean {
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  const telling = sides.filter((s) => s.length >= cfg.rowTableMinRows);
  const prose = (telling.length >= 2 ? telling : sides).every((s) => median(s.map((f) => f.words)) >= cfg.columnMinWords);
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
 * A side is running text when at least `textColumnMinLines` of its pieces are lines of at least
 * `textColumnMinWords` words, holding `textColumnMinWordShare` of its words, at most
 * `textColumnMaxLevelShare` of them level with a piece of another side: a table's cells are
 * shorter, or too few, or stand in rows. With two such sides or more, or one beside blocks of
 * lines (a pull quote), the sides of running text are cut apart, each alone, and the runs of
 * other sides between them each together (one table); otherwise none (a table with one column of
 * long entries, a table of labels beside their text, stays a table).
 */
function apartFromText(sides: readonly Fragment[][], cfg: PdfLayoutConfig): Fragment[][] {
  const isText = (side: readonly Fragment[]) => {
    // Lines of words that start at the side's left edge (a paragraph's indent allowed): a column.
    const left = Math.min(...side.map((f) => f.x0));
    const lines = side.filter((f) => f.words >= cfg.textColumnMinWords && f.x0 - left <= 2 * f.size);
    if (lines.length < cfg.textColumnMinLines) return false;
    // Most of its words are in such lines: not a table's column with a few notes below it.
    const words = (fs: readonly Fragment[]) => fs.reduce((n, f) => n + f.words, 0);
    if (words(lines) < cfg.textColumnMinWordShare * words(side)) return false;
    // A table's long cells (an account's description) stand level with the other cells of their
    // row; a column of text beside a table meets the table's baselines only now and then.
    // (The other sides' baselines in order, NaN left out as it is level with nothing: a line's level pieces are found by bisection.)
    const bases = sides.flatMap((other) => (other === side ? [] : other.flatMap((g) => (Number.isNaN(g.base) ? [] : [g.base])))).sort((a, b) => a - b);
    const level = lines.filter((f) => levelWith(bases, f.base, 0.3 * f.size)).length;
    return level <= cfg.textColumnMaxLevelShare * lines.length;
  };
  const text = sides.map(isText);
  const texts = text.filter(Boolean).length;
  if (texts === 0 || (texts === 1 && !sides.every((side, k) => text[k] || isBlock(side, cfg)))) return [];
  const parts: Fragment[][] = [];
  let rest: Fragment[] = [];
  for (const [k, side] of sides.entries()) {
    if (!text[k]) {
      rest.push(...side);
      continue;
    }
    if (rest.length) parts.push(rest);
    rest = [];
    parts.push(side);
  }
  if (rest.length) parts.push(rest);
  return parts.length > 1 ? parts : [];
}

/** A baseline of `sorted` within `reach` of `base` (`|g - base| <= reach`, tested as written). */
function levelWith(sorted: readonly number[], base: number, reach: number): boolean {
  // The first baseline at or above `base - 2 * reach` (a margin over rounding), then on while near.
  let lo = 0;
  let hi = sorted.length;
  const from = base - 2 * reach;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sorted.length && sorted[k]! <= base + 2 * reach; k++) if (Math.abs(sorted[k]! - base) <= reach) return true;
  return false;
}

/**
 * One block of lines, each under the one before it with no more than `sidebarMaxGapEm` of white
 * between them (a pull quote, a sidebar's paragraph), not a table's cells spread over its rows.
 */
function isBlock(side: readonly Fragment[], cfg: PdfLayoutConfig): boolean {
  const rows = rowsOf(side, cfg);
  for (let k = 1; k < rows.length; k++) {
    const above = Math.max(...rows[k - 1]!.map((f) => f.bottom));
    const top = Math.min(...rows[k]!.map((f) => f.top));
    if (top - above > cfg.sidebarMaxGapEm * medianSize(rows[k]!)) return false;
  }
  return true;
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
  for (const parts of rowsOf(frags, cfg)) out.push({ parts, region, table });
}

/** The fragments grouped by baseline, top to bottom; a row's pieces left to right. */
function rowsOf(frags: readonly Fragment[], cfg: PdfLayoutConfig): Fragment[][] {
  const rows: Fragment[][] = [];
  const sorted = [...frags].sort((a, b) => a.base - b.base || a.x0 - b.x0);
  let row: Fragment[] = [];
  let base = 0;
  let size = 0;
  const flush = () => {
    if (row.length) rows.push(row.sort((a, b) => a.x0 - b.x0));
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
  return rows;
}
