/**
 * A page's column gutters, found before its runs are grouped into lines: vertical bands free of
 * text over most of the page's height with text on both sides of them. Two columns set close
 * (a gazette's, a verbatim record's) leave a gutter narrower than the gap that sets a line's
 * pieces apart, so lines of the two columns standing level would otherwise read as one line.
 */
import type { PdfLayoutConfig } from "./config.js";
import type { Run } from "./runs.js";

export interface Band {
  x0: number;
  x1: number;
}

/**
 * The bands of the document's column grid (the gutters of the last page that had any) that hold
 * on this page too: crossed by text on at most `pageGutterMaxCrossShare` of its lines besides its
 * first and last (a running head and foot may run across the columns), with lines of
 * `columnMinWords` words on both sides on at least `gridMinSideRows` of them. A page that is
 * mostly a figure has too few lines to show its columns' gutters itself.
 */
export function gridGutters(rows: readonly (readonly Run[])[], grid: readonly Band[], cfg: PdfLayoutConfig): Band[] {
  const maxCross = cfg.pageGutterMaxCrossShare * rows.length;
  const sizes = rows.flatMap((row) => row.map((r) => r.size)).sort((a, b) => a - b);
  const minWidth = cfg.gutterEm * (sizes[sizes.length >> 1] ?? 0);
  const out: Band[] = [];
  for (const g of grid) {
    // The band narrowed to this page's white around its middle: lines a little longer than the
    // other page's still leave the gutter.
    const mid = (g.x0 + g.x1) / 2;
    let x0 = g.x0;
    let x1 = g.x1;
    let crossing = 0;
    let onLeft = 0;
    let onRight = 0;
    rows.forEach((row, k) => {
      let left = 0;
      let right = 0;
      let across = false;
      for (const r of row) {
        if (r.x0 < mid && r.x1 > mid) across = true;
        else if (r.x1 <= mid) {
          left += words(r.text);
          x0 = Math.max(x0, r.x1);
        } else {
          right += words(r.text);
          x1 = Math.min(x1, r.x0);
        }
      }
      // The page's first and last lines (its running head and foot) may run across the columns.
      if (across && k > 0 && k < rows.length - 1) crossing++;
      // Lines of words on both sides, not a form's labels beside their values.
      if (left >= cfg.columnMinWords) onLeft++;
      if (right >= cfg.columnMinWords) onRight++;
    });
    if (crossing <= maxCross && Math.min(onLeft, onRight) >= cfg.gridMinSideRows && x1 - x0 >= minWidth) out.push({ x0, x1 });
  }
  return out;
}

/**
 * `rows`: the page's runs grouped by baseline. Bands over the whole page; failing those, bands over
 * a part of it (columns below or above a full-width block).
 */
export function pageGutters(rows: readonly (readonly Run[])[], cfg: PdfLayoutConfig): Band[] {
  const whole = wholePageGutters(rows, cfg);
  return whole.length > 0 || rows.length < cfg.partGutterMinRows ? whole : partGutters(rows, cfg);
}

/**
 * Bands free of text on at least `partGutterMinRows` lines one after the other (in baseline order),
 * with text on both sides on `pageGutterMinSideShare` of those lines and lines of words
 * (`columnMinWords`) on both sides on `pageGutterMinSideRows` of them: two columns below a table
 * that runs across the page. Lines outside the stretch (the table's) are not cut there unless their
 * own white holds the band's middle.
 */
function partGutters(rows: readonly (readonly Run[])[], cfg: PdfLayoutConfig): Band[] {
  const order = [...rows].sort((a, b) => baseOf(a) - baseOf(b));
  const extent = textExtent(order, cfg);
  if (extent === undefined) return [];
  const { left, minWidth, bins } = extent;
  // For each point across the page, the longest stretch of consecutive lines free of text there.
  const best = new Int32Array(bins);
  const from = new Int32Array(bins);
  const cur = new Int32Array(bins);
  const covered = new Uint8Array(bins);
  order.forEach((row, k) => {
    covered.fill(0);
    for (const r of row) for (let x = Math.max(0, Math.floor(r.x0 - left)); x <= Math.min(bins - 1, Math.ceil(r.x1 - left)); x++) covered[x] = 1;
    for (let x = 0; x < bins; x++) {
      cur[x] = covered[x] ? 0 : cur[x]! + 1;
      if (cur[x]! > best[x]!) {
        best[x] = cur[x]!;
        from[x] = k - cur[x]! + 1;
      }
    }
  });
  const out: Band[] = [];
  let start = -1;
  for (let x = 0; x <= bins; x++) {
    const free = x < bins && best[x]! >= cfg.partGutterMinRows;
    if (free && start < 0) start = x;
    if (!free && start >= 0) {
      // The stretch of lines at the band's widest point, and the band narrowed to what they leave white.
      let m = start;
      for (let y = start; y < x; y++) if (best[y]! > best[m]!) m = y;
      const stretch = order.slice(from[m]!, from[m]! + best[m]!);
      let x0 = -Infinity;
      let x1 = Infinity;
      let both = 0;
      let wordy = 0;
      for (const row of stretch) {
        let l = 0;
        let r = 0;
        let lw = 0;
        let rw = 0;
        for (const run of row) {
          if (run.x1 <= left + m) {
            l++;
            lw += words(run.text);
            x0 = Math.max(x0, run.x1);
          } else {
            r++;
            rw += words(run.text);
            x1 = Math.min(x1, run.x0);
          }
        }
        if (l && r) both++;
        if (lw >= cfg.columnMinWords && rw >= cfg.columnMinWords) wordy++;
      }
      if (x0 > left && x1 - x0 >= minWidth && both >= cfg.pageGutterMinSideShare * stretch.length && wordy >= cfg.pageGutterMinSideRows) out.push({ x0, x1 });
      start = -1;
    }
  }
  return out;
}

function baseOf(row: readonly Run[]): number {
  let b = Infinity;
  for (const r of row) b = Math.min(b, r.base);
  return b;
}

/** Where the page's text runs across (1-point bins from its left edge) and the narrowest gutter it can hold. */
function textExtent(rows: readonly (readonly Run[])[], cfg: PdfLayoutConfig): { left: number; minWidth: number; bins: number } | undefined {
  let left = Infinity;
  let right = -Infinity;
  const sizes: number[] = [];
  for (const row of rows) {
    for (const r of row) {
      left = Math.min(left, r.x0);
      right = Math.max(right, r.x1);
      sizes.push(r.size);
    }
  }
  sizes.sort((a, b) => a - b);
  const minWidth = cfg.gutterEm * sizes[sizes.length >> 1]!;
  const bins = Math.ceil(right - left) + 2;
  if (!Number.isFinite(bins) || bins < 3) return undefined;
  return { left, minWidth, bins };
}

function wholePageGutters(rows: readonly (readonly Run[])[], cfg: PdfLayoutConfig): Band[] {
  if (rows.length < cfg.pageGutterMinRows) return [];
  const extent = textExtent(rows, cfg);
  if (extent === undefined) return [];
  // Rows whose text covers each point across the page (1-point bins; a row counts once).
  const { left, minWidth, bins } = extent;
  const diff = new Int32Array(bins + 1);
  for (const row of rows) {
    const spans = row.map((r) => [r.x0 - left, r.x1 - left] as const).sort((a, b) => a[0] - b[0]);
    let a = -1;
    let b = -1;
    for (const [x0, x1] of spans) {
      if (x0 > b) {
        if (b >= 0) mark(diff, a, b);
        a = x0;
      }
      b = Math.max(b, x1);
    }
    if (b >= 0) mark(diff, a, b);
  }
  const maxCross = cfg.pageGutterMaxCrossShare * rows.length;
  const bands: Band[] = [];
  let covered = 0;
  let start = -1;
  for (let x = 0; x < bins; x++) {
    covered += diff[x]!;
    const free = covered <= maxCross;
    if (free && start < 0) start = x;
    if ((!free || x === bins - 1) && start >= 0) {
      // A band at the page's text edge is a margin, not a gutter.
      if (start > 0 && !free && x - start >= minWidth) bands.push({ x0: left + start, x1: left + x });
      start = -1;
    }
  }
  // Text on both sides on many of the page's lines; or on one side on many, and on the other
  // (a column that runs only part of the page: a chapter's last lines at the top right, captions
  // beside the text) on several lines of words, not a column of labels (a list's numerals).
  const minSide = cfg.pageGutterMinSideShare * rows.length;
  // (Words are counted only for a band that needs them, each run's once.)
  const counts = new Map<Run, number>();
  const wordCount = (r: Run) => {
    let n = counts.get(r);
    if (n === undefined) counts.set(r, (n = words(r.text)));
    return n;
  };
  const wordy = (runs: Iterable<Run>) => {
    let n = 0;
    for (const r of runs) n += wordCount(r);
    return n >= cfg.columnMinWords;
  };
  return bands.filter((g) => {
    const onLeftOf = (r: Run) => r.x1 <= g.x0 + 1;
    const onRightOf = (r: Run) => r.x0 >= g.x1 - 1;
    let onLeft = 0;
    let onRight = 0;
    for (const row of rows) {
      if (row.some(onLeftOf)) onLeft++;
      if (row.some(onRightOf)) onRight++;
    }
    if (Math.max(onLeft, onRight) < minSide) return false;
    if (Math.min(onLeft, onRight) >= minSide) return true;
    const side = onLeft < onRight ? onLeftOf : onRightOf;
    let wordySide = 0;
    for (const row of rows) if (wordy(row.filter(side))) wordySide++;
    return wordySide >= cfg.pageGutterMinSideRows;
  });
}

function words(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}

function mark(diff: Int32Array, a: number, b: number): void {
  diff[Math.max(0, Math.floor(a))]!++;
  diff[Math.min(diff.length - 1, Math.ceil(b))]!--;
}

/** Whether the white between two pieces of a line is a gutter's: it holds the band's middle. */
export function acrossGutter(gutters: readonly Band[], right: number, x0: number): boolean {
  for (const g of gutters) {
    const mid = (g.x0 + g.x1) / 2;
    if (right <= mid && x0 >= mid && x0 - right >= 0.5 * (g.x1 - g.x0)) return true;
  }
  return false;
}
