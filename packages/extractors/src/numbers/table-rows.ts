import type { AnalyzedDocument, Block } from "@procmine/core";

/**
 * Rows of a printed table of counts (an R tibble printed into a report, a plain-text table):
 * `## 3   Farabundo Front (FMLN)   3329` — a row number, a label, then the count cell after a run
 * of spaces. The count is a claim (issue #16); the row number only orders the rows.
 */

/** After a row's number: a run of spaces (one where the widest row number fills its column), the label, and a number ending the line. */
const ROW_AFTER_NUMBER = /^[ \t]+\S.*?[ \t]\d[\d,.]*[ \t]*(?:\r?\n|$)/;
/** Before a row's number on its line: indentation and perhaps the `##` an R output line opens with. */
const ROW_BEFORE_NUMBER = /^[ \t]*(?:#+[ \t]+)?$/;
/** Without `##` a prose line may open with a number and end with one: a table's row number stands apart by two spaces or more. */
const PLAIN_ROW_GAP = /^[ \t]{2,}/;
/** A row read from the analysis text: number, label, count (after the `##` a code block keeps; a heading's marks are stripped). */
const ROW_TEXT = /^(?:#+[ \t]+)?\d+[ \t]+\S.*?[ \t]\d[\d,.]*$/;
/** How far a row's line is read. */
const MAX_ROW_CHARS = 200;

/** The integer at raw [start, end) opens a row of a printed table: its row number. */
export function isRowNumber(raw: string, start: number, end: number): boolean {
  // Only the row's own reach is read back (a text without line breaks is one long line).
  const from = Math.max(0, start - MAX_ROW_CHARS);
  const back = raw.slice(from, start).lastIndexOf("\n");
  if (back < 0 && from > 0) return false;
  const before = ROW_BEFORE_NUMBER.exec(raw.slice(back < 0 ? 0 : from + back + 1, start));
  const after = raw.slice(end, end + MAX_ROW_CHARS);
  return before !== null && ROW_AFTER_NUMBER.test(after) && (before[0].includes("#") || PLAIN_ROW_GAP.test(after));
}

/**
 * A block read as a Markdown heading, or as an indented code block's line (knitr indents the
 * output R prints after `##`), that is a row of a printed table: its text is a row, and so is a
 * neighbouring block's. Its count cell is read as a paragraph's.
 */
export function isTableRowHeading(doc: AnalyzedDocument, index: number): boolean {
  const isRow = (b: Block | undefined) => b !== undefined && (b.kind === "heading" || b.kind === "code") && ROW_TEXT.test(doc.text.slice(b.start, b.end));
  return isRow(doc.blocks[index]) && (isRow(doc.blocks[index - 1]) || isRow(doc.blocks[index + 1]));
}
