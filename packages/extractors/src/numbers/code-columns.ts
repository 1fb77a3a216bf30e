/**
 * A register written as tab-separated lines (a fact-checking site's export: address, date, claim,
 * title, `1`, `5`, verdict) may hold codes in columns of their own: a column whose cell is the same
 * bare number on every line of the table (a rating's, a source's or a batch's id) counts nothing,
 * where a column of counts differs from row to row. Found once per document, in one pass over its
 * lines: the raw offsets where those cells' numbers start.
 */

/** The fewest tabs a line of such a register has, and the fewest lines one has (numeric-non-claims.json's `codeColumns`). */
export interface CodeColumnSettings {
  readonly minTabs: number;
  readonly minRows: number;
}
/** A cell that is only a short bare number. */
const CODE_CELL = /^[ \t]*(\d{1,4})[ \t\r]*$/;

const cache = new WeakMap<object, ReadonlySet<number>>();

/** The raw offsets of the numbers in constant code columns of a document's tab-separated tables. */
export function codeColumnCells(owner: object, raw: string, settings: CodeColumnSettings): ReadonlySet<number> {
  let cells = cache.get(owner);
  if (!cells) cache.set(owner, (cells = findCells(raw, settings)));
  return cells;
}

function findCells(raw: string, settings: CodeColumnSettings): ReadonlySet<number> {
  const out = new Set<number>();
  if (!raw.includes("\t")) return out;
  // Each table: consecutive lines of `minTabs` tabs or more, as rows of cells (start offset, text).
  let rows: { at: number; text: string }[][] = [];
  let start = 0;
  while (start <= raw.length) {
    let end = raw.indexOf("\n", start);
    if (end < 0) end = raw.length;
    const line = raw.slice(start, end);
    if (tabCount(line, settings.minTabs) >= settings.minTabs) {
      const cells: { at: number; text: string }[] = [];
      let at = start;
      for (const text of line.split("\t")) {
        cells.push({ at, text });
        at += text.length + 1;
      }
      rows.push(cells);
    } else {
      markConstant(rows, out, settings.minRows);
      rows = [];
    }
    start = end + 1;
  }
  markConstant(rows, out, settings.minRows);
  return out;
}

/** The tabs in `line`, counted up to `enough`. */
function tabCount(line: string, enough: number): number {
  let n = 0;
  for (let i = line.indexOf("\t"); i >= 0 && n < enough; i = line.indexOf("\t", i + 1)) n++;
  return n;
}

/** The cells of each column that holds one bare number on every row of the table. */
function markConstant(rows: readonly { at: number; text: string }[][], out: Set<number>, minRows: number): void {
  if (rows.length < minRows) return;
  let width = Infinity;
  for (const r of rows) width = Math.min(width, r.length);
  for (let c = 0; c < width; c++) {
    const first = CODE_CELL.exec(rows[0]![c]!.text)?.[1];
    if (first === undefined || !rows.every((r) => CODE_CELL.exec(r[c]!.text)?.[1] === first)) continue;
    for (const r of rows) out.add(r[c]!.at + r[c]!.text.indexOf(first));
  }
}
