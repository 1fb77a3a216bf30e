/**
 * A text whose punctuation was stripped: a conversion dropped every mark and kept its space, so a
 * run of spaces stands where a comma or a point stood (`pela decisão de 26/02/2016  evento 42  cópia
 * anexa`, `Inc  975 F 2d 81  90`). Without its marks a code, a citation's volume and page, a case's
 * parts or a list's number reads like a count; a speech transcribed without marks has no such runs.
 * Decided once per document on its written text, in one pass.
 */

import { codeUnitClasses } from "./code-unit-classes.js";

export interface StrippedPunctuationSettings {
  readonly minWords: number;
  readonly maxMarkShare: number;
  readonly minGapShare: number;
}

const cache = new WeakMap<object, boolean>();

/** Whether the document `owner` (its written text `written`) had its punctuation stripped. */
export function isStrippedText(owner: object, written: string, settings: StrippedPunctuationSettings): boolean {
  let stripped = cache.get(owner);
  if (stripped === undefined) cache.set(owner, (stripped = readStripped(written, settings)));
  return stripped;
}

const LETTER = /\p{L}/u;
const WHITE = /\s/;
const IS_LETTER = 2;
const IS_WHITE = 4;
/** Per UTF-16 code unit: whether `LETTER` (bit `IS_LETTER`) and `WHITE` (bit `IS_WHITE`) hold for it. */
const classOf = codeUnitClasses([LETTER, WHITE]);

/** `.`, `,`, `;`, `:`, `!`, `?`. */
function isMark(code: number): boolean {
  return code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63;
}

// One pass over character codes: no one-character string is made per character.
function readStripped(text: string, { minWords, maxMarkShare, minGapShare }: StrippedPunctuationSettings): boolean {
  let words = 0;
  let marks = 0;
  let gaps = 0;
  let run = 0; // letters in the current run
  let lastSolid = false; // the character before the current run of spaces is a letter or digit
  let spaces = 0;
  const n = text.length;
  for (let k = 0; k <= n; k++) {
    const code = k < n ? text.charCodeAt(k) : 10; // the text read as ending with a line break
    const letter = (classOf(code) & IS_LETTER) !== 0;
    const digit = code >= 48 && code <= 57;
    if (letter) {
      run++;
    } else {
      if (run >= 2) words++;
      run = 0;
    }
    if (code === 32) {
      spaces++;
      continue;
    }
    // A run of two or more spaces between letters or digits on one line: a stripped mark's place.
    if (spaces >= 2 && lastSolid && (letter || digit)) gaps++;
    spaces = 0;
    if (isMark(code) && (k + 1 >= n || (classOf(text.charCodeAt(k + 1)) & IS_WHITE) !== 0)) marks++;
    lastSolid = letter || digit;
  }
  return words >= minWords && marks <= maxMarkShare * words && gaps >= minGapShare * words;
}
