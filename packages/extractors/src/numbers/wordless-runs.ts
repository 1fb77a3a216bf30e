/**
 * A bare number with no word near it in its paragraph (`reach` characters each way in the text as
 * written): a run of numbers and signs — a vector path's coordinates, a chart's axis read out of a
 * PDF, a dump of figures, a page's number set apart. A quantity stated about the world has words
 * by it (its noun, its verb, its label); a number with none states nothing a reader can tell.
 * Markup counts as words: a table's cells in HTML are read as cells, not here.
 */

/** A letter (any script): a run of two or more of them is a word. */
const LETTER = /\p{L}/u;
/** A line break, spaces or tabs only, and another line break: the end of a paragraph. */
const BLANK_LINE = /\n[ \t\r]*\n/;
const BLANK_LINES = /\n[ \t\r]*\n/g;

/**
 * No word within `reach` characters of written [start, end), inside its paragraph, and its line
 * (within `rowReach` characters back) does not open with a word: a table's row keeps its label at its
 * start (`Total*,"49,900",…,"80,681"`). Reads at most `2 * reach + rowReach` characters.
 */
export function isWordless(written: string, start: number, end: number, reach: number, rowReach: number): boolean {
  if (opensWithWord(written, start, rowReach)) return false;
  const before = written.slice(Math.max(0, start - reach), start);
  const after = written.slice(end, Math.min(written.length, end + reach));
  const from = start - before.length + Math.max(0, lastBlankLine(before));
  const stop = BLANK_LINE.exec(after);
  const to = stop ? end + stop.index : end + after.length;
  return !hasWord(written, from, start) && !hasWord(written, end, to);
}

/** Where the text after the last blank line of `s` starts, or -1 if it has none. */
function lastBlankLine(s: string): number {
  let at = -1;
  BLANK_LINES.lastIndex = 0;
  for (let m = BLANK_LINES.exec(s); m !== null; m = BLANK_LINES.exec(s)) at = m.index + m[0].length;
  return at;
}

/**
 * A run of two or more letters in [from, to) standing apart from digits: a letter glued to a number
 * (`1.93A9.18`, `c8.3`, a path's commands) and a character reference's name (`&#5;`, `&amp;`) are no words.
 */
function hasWord(text: string, from: number, to: number): boolean {
  let run = 0;
  let runStart = from;
  for (let k = from; k <= to; k++) {
    if (k < to && LETTER.test(text[k]!)) {
      if (run === 0) runStart = k;
      run++;
      continue;
    }
    if (run >= 2 && !isDigitAt(text, runStart - 1) && !isDigitAt(text, k) && text[runStart - 1] !== "&" && text[k] !== ";") return true;
    run = 0;
  }
  return false;
}

function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/** A row's label: a word, after spaces and a table's marks (`|`, `*`, quotes), opening the line of `at`. */
const ROW_LABEL = /^[\s|*"'“‘>-]*\p{L}\p{L}/u;

function opensWithWord(text: string, at: number, rowReach: number): boolean {
  const from = Math.max(0, at - rowReach);
  const near = text.slice(from, at);
  const back = near.lastIndexOf("\n");
  if (back < 0 && from > 0) return false; // the line starts further back than a row is read
  const line = near.slice(back + 1);
  return ROW_LABEL.test(line) && hasWordAt(line);
}

/** The label that opens `line` stands apart from digits (`A9.18` opens no row). */
function hasWordAt(line: string): boolean {
  const m = /\p{L}+/u.exec(line);
  return m !== null && !isDigitAt(line, m.index + m[0].length) && !isDigitAt(line, m.index - 1);
}
