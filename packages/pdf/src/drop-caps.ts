/**
 * Drop caps: a paragraph's first letter set large, sunk beside its first lines (a newsletter's or
 * a magazine's article opening). Its baseline is the last of those lines', and its size gathers
 * every line within a fraction of it into one row, so the lines beside it (and the other columns'
 * lines level with them) would be read as one jumbled line. It is read as what it is: the first
 * letter of the first line beside it.
 */
import type { PdfLayoutConfig } from "./config.js";
import type { Run } from "./runs.js";

const LETTER = /^\p{L}$/u;

/**
 * A one-letter run at least `dropCapMinRatio` times the size of the lines right of it (starting
 * within `dropCapMaxGapEm` of their size from its right edge), beside at least `dropCapMinLines`
 * of them with their baselines between its top and its baseline, takes the first line's baseline,
 * box and size, its right edge at the line's start. Other runs are returned as they are.
 */
export function placeDropCaps(runs: readonly Run[], cfg: PdfLayoutConfig): Run[] {
  let small = Infinity;
  for (const r of runs) small = Math.min(small, r.size);
  // Only a letter far larger than the page's smallest text can be one (few runs on any page).
  const candidates = runs.filter((r) => r.size >= cfg.dropCapMinRatio * small && LETTER.test(r.text.trim()));
  if (candidates.length === 0) return [...runs];
  const moved = new Map<Run, Run>();
  for (const cap of candidates) {
    let first: Run | undefined;
    const bases: number[] = [];
    for (const r of runs) {
      if (r === cap || r.size * cfg.dropCapMinRatio > cap.size) continue;
      if (r.x0 < cap.x1 - 0.5 * r.size || r.x0 > cap.x1 + cfg.dropCapMaxGapEm * r.size) continue;
      if (r.base <= cap.top || r.base > cap.base + 0.5 * r.size) continue;
      if (!bases.some((b) => Math.abs(b - r.base) <= cfg.sameLineEm * r.size)) bases.push(r.base);
      if (!first || r.base < first.base) first = r;
    }
    if (!first || bases.length < cfg.dropCapMinLines) continue;
    // Its box reaches the line's first letter: one word, as printed, not a letter and a space.
    moved.set(cap, { ...cap, text: cap.text.trim(), x1: Math.max(cap.x1, first.x0), base: first.base, top: first.top, bottom: first.bottom, size: first.size });
  }
  return runs.map((r) => moved.get(r) ?? r);
}
