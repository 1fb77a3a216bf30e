/**
 * `/\p{L}{2,}.*\s.*\p{L}{2,}/u.test(line)` (two letters, later a white space, later two letters)
 * in one pass over the line's characters: running-head and page-title checks ask it of every
 * short line, and the expression backtracks over each line that fails. A line with a line
 * terminator (which `.` does not cross) or a surrogate pair is left to the expression.
 */
const TWO_WORDS = /\p{L}{2,}.*\s.*\p{L}{2,}/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/;

function isLetter(c: number, line: string, i: number): boolean {
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER.test(line.charAt(i));
}

/** Whether `line[i]` (code unit `c`) is white space, as `/\s/` reads it, without a regular expression below 128. */
export function isSpace(c: number, line: string, i: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(line.charAt(i));
}

export function hasTwoWords(line: string): boolean {
  const n = line.length;
  // The end of the first pair of letters, the start of the last.
  let first = -1;
  for (let i = 0; i + 1 < n; i++) {
    const c = line.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff)) return TWO_WORDS.test(line);
    if (first < 0 && isLetter(c, line, i) && isLetter(line.charCodeAt(i + 1), line, i + 1)) first = i + 2;
  }
  const c = line.charCodeAt(n - 1);
  if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff)) return TWO_WORDS.test(line);
  if (first < 0) return false;
  let last = -1;
  for (let i = n - 2; i >= first; i--) {
    if (isLetter(line.charCodeAt(i), line, i) && isLetter(line.charCodeAt(i + 1), line, i + 1)) {
      last = i;
      break;
    }
  }
  // A white space at or after the first pair's end and before the last pair's start.
  for (let q = first; q < last; q++) if (isSpace(line.charCodeAt(q), line, q)) return true;
  return false;
}
