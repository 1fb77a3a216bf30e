/**
 * A text whose punctuation was stripped: a conversion dropped every mark and kept its space, so a
 * run of spaces stands where a comma or a point stood (`pela decisão de 26/02/2016  evento 42  cópia
 * anexa`, `Inc  975 F 2d 81  90`). Without its marks a code, a citation's volume and page, a case's
 * parts or a list's number reads like a count; a speech transcribed without marks has no such runs.
 * Decided once per document on its written text, in one pass.
 */

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

function readStripped(text: string, { minWords, maxMarkShare, minGapShare }: StrippedPunctuationSettings): boolean {
  let words = 0;
  let marks = 0;
  let gaps = 0;
  let run = 0; // letters in the current run
  let lastSolid = false; // the character before the current run of spaces is a letter or digit
  let spaces = 0;
  for (let k = 0; k <= text.length; k++) {
    const ch = k < text.length ? text[k]! : "\n";
    const code = ch.charCodeAt(0);
    const letter = code >= 128 ? LETTER.test(ch) : (code | 32) >= 97 && (code | 32) <= 122;
    const digit = code >= 48 && code <= 57;
    if (letter) {
      run++;
    } else {
      if (run >= 2) words++;
      run = 0;
    }
    if (ch === " ") {
      spaces++;
      continue;
    }
    // A run of two or more spaces between letters or digits on one line: a stripped mark's place.
    if (spaces >= 2 && lastSolid && (letter || digit)) gaps++;
    spaces = 0;
    if ((ch === "." || ch === "," || ch === ";" || ch === ":" || ch === "!" || ch === "?") && (k + 1 >= text.length || /\s/.test(text[k + 1]!))) marks++;
    lastSolid = letter || digit;
  }
  return words >= minWords && marks <= maxMarkShare * words && gaps >= minGapShare * words;
}
