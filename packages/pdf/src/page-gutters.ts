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
 * `rows`: the page's runs grouped by baseline. Bands over the whole page, and bands over a part of
 * it (columns below or above a full-width block).
 */
export function pageGutters(rows: readonly (readonly Run[])[], cfg: PdfLayoutConfig): Band[] {
  const whole = wholePageGutters(rows, cfg);
  // Part gutters beside the whole-page ones too: two columns set close under a block across them
  // beside a third that runs the whole page.
  return rows.length < cfg.partGutterMinRows ? whole : partGutters(rows, whole, cfg);
}

/**
 * The whole-page bands `whole`, and bands free of text on at least `partGutterMinRows` lines one after the other (in baseline order),
 * with text on both sides on `pageGutterMinSideShare` of those lines and lines of words
 * (`columnMinWords`) on both sides on `pageGutterMinSideRows` of them: two columns below a table
 * that runs across the page. Lines outside the stretch (the table's) are not cut there unless their
 * own white holds the band's middle.
 */
function partGutters(rows: readonly (readonly Run[])[], whole: readonly Band[], cfg: PdfLayoutConfig): Band[] {
  const order = [...rows].sort((a, b) => baseOf(a) - baseOf(b));
  const extent = textExtent(order, cfg);
  if (extent === undefined) return [...whole];
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
  const out: Band[] = [...whole];
  let start = -1;
  for (let x = 0; x <= bins; x++) {
    const free = x < bins && best[x]! >= cfg.partGutterMinRows;
    if (free && start < 0) start = x;
    if (!free && start >= 0) {
      runGutters(order, best, from, start, x, left, minWidth, cfg, out, whole.length > 0);
      start = -1;
    }
  }
  return out.sort((a, b) => a.x0 - b.x0);
}

/**
 * The gutters in one run of free points [start, end), added to `out`. On a page without a
 * whole-page gutter, the stretch of lines at the run's widest point decides. Beside whole-page
 * gutters (a third column set close beside two that stand under a block across them), the run
 * joins the white beside a photo or a block to the part gutter, and each point has its own longest
 * stretch of lines: every stretch is checked over its own lines, the longest first, and a side's
 * text is counted only up to the gutters already kept (the whole-page ones first).
 */
function runGutters(
  order: readonly (readonly Run[])[],
  best: Int32Array,
  from: Int32Array,
  start: number,
  end: number,
  left: number,
  minWidth: number,
  cfg: PdfLayoutConfig,
  out: Band[],
  besideWhole: boolean,
): void {
  const groups: number[] = [];
  for (let y = start; y < end; y++) {
    const g = groups[groups.length - 1];
    if (g === undefined || from[y] !== from[g] || best[y] !== best[g]) groups.push(y);
  }
  groups.sort((a, b) => best[b]! - best[a]! || a - b);
  if (!besideWhole) groups.length = Math.min(groups.length, 1);
  for (const at of groups) {
    const x = left + at;
    // (A point inside a gutter already kept, a whole-page one, is that gutter.)
    if (out.some((b) => b.x0 <= x && x <= b.x1)) continue;
    let lo = -Infinity;
    let hi = Infinity;
    for (const b of out) {
      if (b.x1 <= x) lo = Math.max(lo, b.x1);
      else if (b.x0 >= x) hi = Math.min(hi, b.x0);
    }
    const band = stretchGutter(order.slice(from[at]!, from[at]! + best[at]!), x, lo, hi, left, minWidth, cfg);
    if (band !== undefined && band.x0 >= lo && band.x1 <= hi) out.push(band);
  }
}

/**
 * The band a stretch of lines leaves white around `at`, if text stands on both sides of it (between
 * `lo` and `hi`) on enough of them.
 */
function stretchGutter(
  stretch: readonly (readonly Run[])[],
  at: number,
  lo: number,
  hi: number,
  left: number,
  minWidth: number,
  cfg: PdfLayoutConfig,
): Band | undefined {
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
      if (run.x1 <= at) {
        if (run.x0 < lo - 1) continue;
        l++;
        lw += words(run.text);
        x0 = Math.max(x0, run.x1);
      } else {
        if (run.x1 > hi + 1) continue;
        r++;
        rw += words(run.text);
        x1 = Math.min(x1, run.x0);
      }
    }
    if (l && r) both++;
    if (lw >= cfg.columnMinWords && rw >= cfg.columnMinWords) wordy++;
  }
  if (x0 > left && x1 - x0 >= minWidth && both >= cfg.pageGutterMinSideShare * stretch.length && wordy >= cfg.pageGutterMinSideRows) return { x0, x1 };
  return undefined;
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
