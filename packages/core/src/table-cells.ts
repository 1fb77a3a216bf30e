import { layout } from "./layout-data.js";

/**
 * The lines that are a table's cells, read one per line (pdftotext without `-layout` sets a
 * table's cells under one another): a run of at least `tableCells.minRun` adjacent lines, each
 * short, none closing a sentence, none carried on by a line that starts in lower case (a narrow
 * column of prose wraps that way). A cell is never a heading, even one that reads `ARMY: Depot`.
 * `spaced`: the cells may stand a blank line apart (pdftotext sets some tables' cells so).
 */
export function tableCellLines(count: number, isBody: (i: number) => boolean, text: (i: number) => string, spaced = false, isBlank: (i: number) => boolean = () => false): Uint8Array {
  const { maxLength, minRun } = layout().tableCells;
  const cells = new Uint8Array(count);
  const cellLike = (i: number) => {
    const t = text(i);
    if (t.length > maxLength || /[.!?]["”’)]?$/u.test(t)) return false;
    return !(i + 1 < count && isBody(i + 1) && /^\p{Ll}/u.test(text(i + 1)));
  };
  // The next cell after line j: the next line, or (spaced) the line after one blank line.
  const next = (j: number) => (j + 1 < count && isBody(j + 1) ? j + 1 : spaced && j + 2 < count && isBlank(j + 1) && isBody(j + 2) ? j + 2 : -1);
  for (let i = 0; i < count; ) {
    if (!isBody(i) || !cellLike(i)) {
      i++;
      continue;
    }
    const run = [i];
    for (let j = next(i); j >= 0 && cellLike(j); j = next(j)) run.push(j);
    if (run.length >= minRun) for (const j of run) cells[j] = 1;
    i = run[run.length - 1]! + 1;
  }
  return cells;
}
