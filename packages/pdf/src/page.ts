/** One page read into lines in reading order, each in its own reading frame. */
import type { PdfLayoutConfig } from "./config.js";
import { buildFragments } from "./fragments.js";
import type { Band } from "./page-gutters.js";
import { readingOrder } from "./order.js";
import { toFrame, type Direction, type Run } from "./runs.js";

export interface PageLine {
  text: string;
  /** Flat [charStart, charEnd, x0, x1] per stretch of text, in the line's reading frame (compact: kept for every page). */
  segs: Float64Array;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  /** Region of the page it was read in (a column, a table, a full-width strip). */
  region: number;
  table: boolean;
  dir: Direction;
  /** 0 for the page's main flow (the direction most of its text runs in), then the others. */
  flow: number;
}

export interface PageLayout {
  page: number;
  /** Top and bottom of the page in each direction's reading frame. */
  frames: Map<Direction, { top: number; bottom: number }>;
  lines: PageLine[];
}

/** Lay out a page's runs: its main direction first, then text set another way (sideways labels). */
export function layoutPage(page: number, width: number, height: number, runs: Map<Direction, Run[]>, cfg: PdfLayoutConfig, grid?: { bands: Band[] }): PageLayout {
  const chars = (rs: Run[]) => rs.reduce((n, r) => n + r.text.length, 0);
  const dirs = [...runs.keys()].sort((a, b) => chars(runs.get(b)!) - chars(runs.get(a)!) || a - b);
  const frames = new Map<Direction, { top: number; bottom: number }>();
  const lines: PageLine[] = [];
  dirs.forEach((dir, flow) => {
    const [, ya] = toFrame(dir, 0, 0);
    const [, yb] = toFrame(dir, width, height);
    frames.set(dir, { top: Math.min(ya, yb), bottom: Math.max(ya, yb) });
    // The document's column grid carries from page to page in the page's main direction only.
    const ordered = readingOrder(buildFragments(runs.get(dir)!, cfg, flow === 0 && dir === 0 ? grid : undefined), cfg);
    for (const l of ordered) {
      let text = "";
      const segs: number[] = [];
      for (const part of l.parts) {
        // Cells of a row, or pieces of a line far apart, are kept apart by a tab.
        if (text) text += "\t";
        const shift = text.length;
        for (let k = 0; k < part.segs.length; k += 4) segs.push(part.segs[k]! + shift, part.segs[k + 1]! + shift, part.segs[k + 2]!, part.segs[k + 3]!);
        text += part.text;
      }
      const sizes = l.parts.map((p) => p.size);
      lines.push({
        text,
        segs: Float64Array.from(segs),
        x0: Math.min(...l.parts.map((p) => p.x0)),
        x1: Math.max(...l.parts.map((p) => p.x1)),
        top: Math.min(...l.parts.map((p) => p.top)),
        bottom: Math.max(...l.parts.map((p) => p.bottom)),
        size: Math.max(...sizes),
        region: flow * 100000 + l.region,
        table: l.table,
        dir,
        flow,
      });
    }
  });
  return { page, frames, lines };
}
