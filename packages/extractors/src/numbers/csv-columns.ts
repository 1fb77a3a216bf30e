import { quotedFieldEnd } from "@procmine/core";

/**
 * A comma-separated file's columns of bare integers (a register exported as CSV, with or without its
 * header): what a column's cells are is read from the column, not from one cell. A column whose
 * numbers rise from row to row orders or locates the rows (a row's number, a record's id, a page of
 * the journal it cites); a column of short numbers that go up and down states a quantity of each row
 * (an age, a count), a table's cell and no footnote mark glued to the word cell before it.
 * Found once per document in one pass (RFC 4180: quoted fields, `""` a quote, breaks inside quotes).
 */

/** The thresholds of a CSV register (numeric-non-claims.json `csvColumns`). */
export interface CsvThresholds {
  /** The fewest fields of a table's row, rows of a table, and integers in a column read as one. */
  readonly minFields: number;
  readonly minRows: number;
  readonly minCells: number;
  /** The share of rows that have the table's usual number of fields. */
  readonly regularRows: number;
  /** The share of consecutive cells that rise in a column of row numbers, ids or pages. */
  readonly rising: number;
  /** The most digits of a count column's cell (ages, people, events): longer bare numbers are codes or ids. */
  readonly maxCountDigits: number;
}

/** A cell that is only a bare integer. */
const INTEGER_CELL = /^\d+$/;

/** Raw offsets of the integer cells of a document's CSV table, by what their column holds. */
export interface CsvColumns {
  /** The document reads as a regular CSV table. */
  readonly table: boolean;
  /** Cells of columns that order or locate the rows (rising numbers). */
  readonly ordering: ReadonlySet<number>;
  /** Cells of columns of short numbers that go up and down: a quantity of each row. */
  readonly counts: ReadonlySet<number>;
}

const NONE: CsvColumns = { table: false, ordering: new Set(), counts: new Set() };
const cache = new WeakMap<object, CsvColumns>();

/** The document's CSV integer columns (`owner` caches them). */
export function csvColumns(owner: object, raw: string, t: CsvThresholds): CsvColumns {
  let found = cache.get(owner);
  if (!found) cache.set(owner, (found = findColumns(raw, t)));
  return found;
}

interface Cell {
  readonly at: number;
  readonly text: string;
}

function findColumns(raw: string, t: CsvThresholds): CsvColumns {
  // Most texts are no table: a CSV of minRows rows of minFields fields has that many commas.
  if (!hasCommas(raw, t.minRows * (t.minFields - 1))) return NONE;
  // Prose with commas is no table either: decided on the rows' widths alone, before any cell is made.
  const { widths, count } = rowWidths(raw);
  let width = 0;
  let most = 0;
  for (const [w, n] of widths) if (n > most || (n === most && w > width)) [width, most] = [w, n];
  if (width < t.minFields || most < t.minRows || most < t.regularRows * count) return NONE;
  const rows = readRows(raw);
  const ordering = new Set<number>();
  const counts = new Set<number>();
  for (let c = 0; c < width; c++) {
    const cells: Cell[] = [];
    let integers = true;
    for (const r of rows) {
      if (r.length !== width) continue;
      const cell = r[c]!;
      if (cell.text === "") continue;
      if (!INTEGER_CELL.test(cell.text)) {
        integers = false;
        break;
      }
      cells.push(cell);
    }
    if (!integers || cells.length < t.minCells) continue;
    let rises = 0;
    for (let k = 1; k < cells.length; k++) if (Number(cells[k]!.text) > Number(cells[k - 1]!.text)) rises++;
    if (rises >= t.rising * (cells.length - 1)) {
      for (const cell of cells) ordering.add(cell.at);
    } else if (cells.every((cell) => cell.text.length <= t.maxCountDigits) && new Set(cells.map((cell) => cell.text)).size > 1) {
      for (const cell of cells) counts.add(cell.at);
    }
  }
  return { table: true, ordering, counts };
}

function hasCommas(raw: string, n: number): boolean {
  let k = 0;
  for (let i = raw.indexOf(","); i >= 0; i = raw.indexOf(",", i + 1)) if (++k >= n) return true;
  return false;
}

/**
 * Walks `raw` as CSV rows: `field(at, end, quoted)` for each field (a quoted field's `end` is its
 * closing quote, else the comma, line break or text end after it), `rowEnd()` after a line's last.
 */
function walkRows(raw: string, field: (at: number, end: number, quoted: boolean) => void, rowEnd: () => void): void {
  let i = 0;
  while (i <= raw.length) {
    const at = i;
    if (raw.charCodeAt(i) === 34) {
      const j = quotedFieldEnd(raw, i);
      field(at, j, true);
      i = j + 1;
      while (i < raw.length && raw.charCodeAt(i) !== 44 && raw.charCodeAt(i) !== 10) i++;
    } else {
      let j = i;
      while (j < raw.length && raw.charCodeAt(j) !== 44 && raw.charCodeAt(j) !== 10) j++;
      field(at, j, false);
      i = j;
    }
    if (i >= raw.length || raw.charCodeAt(i) === 10) {
      rowEnd();
      if (i >= raw.length) break;
    }
    i++;
  }
}

/** How many rows `readRows` reads, by their number of fields, without making their cells. */
function rowWidths(raw: string): { widths: Map<number, number>; count: number } {
  const widths = new Map<number, number>();
  let count = 0;
  let fields = 0;
  let firstEmpty = false;
  walkRows(
    raw,
    (at, end, quoted) => {
      // readRows's text of the field is empty: nothing, or a lone carriage return, unquoted.
      if (fields++ === 0) firstEmpty = !quoted && (end === at || (end === at + 1 && raw.charCodeAt(at) === 13));
    },
    () => {
      if (fields > 1 || !firstEmpty) {
        widths.set(fields, (widths.get(fields) ?? 0) + 1);
        count++;
      }
      fields = 0;
    },
  );
  return { widths, count };
}

/** The rows of `raw` read as CSV: each field's raw offset and its text (a quoted field's without its quotes, marked by a leading `"`). */
function readRows(raw: string): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  walkRows(
    raw,
    (at, end, quoted) =>
      // A quoted cell is never a bare integer's: it is kept apart from them by its quote.
      row.push({ at, text: quoted ? `"${raw.slice(at + 1, Math.min(end, raw.length))}` : raw.slice(at, end).replace(/\r$/, "") }),
    () => {
      if (row.length > 1 || row[0]!.text !== "") rows.push(row);
      row = [];
    },
  );
  return rows;
}
