import { layout } from "./layout-data.js";

/**
 * The lines that are a table's cells, read one per line (pdftotext without `-layout` sets a
 * table's cells under one another): a run of at least `tableCells.minRun` adjacent lines, each
 * short, none closing a sentence, none carried on by a line that starts in lower case (a narrow
 * column of prose wraps that way). A cell is never a heading, even one that reads `ARMY: Depot`.
 */
export function tableCellLines(count: number, isBody: (i: number) => boolean, text: (i: number) => string): Uint8Array {
  const { maxLength, minRun } = layout().tableCells;
  const cells = new Uint8Array(count);
  const cellLike = (i: number) => {
    const t = text(i);
    if (t.length > maxLength || /[.!?]["”’)]?$/u.test(t)) return false;
    return !(i + 1 < count && isBody(i + 1) && /^\p{Ll}/u.test(text(i + 1)));
  };
  for (let i = 0; i < count; ) {
    if (!isBody(i) || !cellLike(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < count && isBody(j + 1) && cellLike(j + 1)) j++;
    if (j - i + 1 >= minRun) cells.fill(1, i, j + 1);
    i = j + 1;
  }
  return cells;
}
