/**
 * A small tokenizer for the numeric-claim extractor. Core's wink-nlp tokens split `781.6/100K`,
 * `$3` or `#132` in ways this extractor would have to undo, so it reads the analysis text with
 * one sticky regular expression instead: numbers, words (hyphen and apostrophe compounds kept
 * whole) and single symbols, each with the gap before it.
 */

import { keyIdAt, keyText, type TokenTable } from "@procmine/core";

export type TokenKind = "num" | "word" | "sym";

export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case, curly apostrophe straightened. */
  readonly key: string;
  readonly kind: TokenKind;
  /** Whitespace between this token and the previous one. */
  readonly spaced: boolean;
  /** A paragraph break (`\n\n` in the analysis text) before this token: phrases stop there. */
  readonly breakBefore: boolean;
  /** A number's value when the text writes numbers the Spanish or Portuguese way (NaN: not a number). */
  readonly value?: number;
}

/**
 * How a text writes numbers. English: `,` groups thousands and `.` marks decimals. Spanish and
 * Portuguese texts write either way (`12.350` and `3,7`, or Mexico's `12,350` and `3.7`):
 * `decimal` is the separator the document's unambiguous numbers show, if any.
 */
export interface NumberFormat {
  readonly romance: boolean;
  readonly decimal?: "." | ",";
  /**
   * The text is a comma-separated table that quotes its numbers with a comma (`Lima,"1,371",948`):
   * a comma outside quotes separates cells, so an unquoted number takes none (`831,832` is two).
   */
  readonly csvCells?: boolean;
}

export const ENGLISH_FORMAT: NumberFormat = { romance: false };

// The token grammar: digits with optional thousands separators and decimals
// (`\d+(?:,\d{3})*(?:\.\d+)?`); words, which may carry digits after the first letter (km2,
// H1N1) and join parts with hyphens or apostrophes (twenty-five, world's); else one symbol.
// It is scanned by hand, character codes only: a regular expression with capture groups made
// the match arrays and substrings that were most of this extractor's garbage.

/** Newlines in white space that make a paragraph break (`\n\s*\n`). */
export const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * Tokens of `text[from, to)`. `from` must not cut a token. `atBlockStart` marks the first
 * token as following a paragraph break (the window starts where its block starts).
 */
export function tokenize(
  text: string,
  from = 0,
  to = text.length,
  atBlockStart = from === 0,
  format: NumberFormat = ENGLISH_FORMAT,
  gluedPrefixes: ReadonlySet<string> = NO_GLUED_PREFIXES,
  hyphenedScales: ReadonlySet<string> = NO_GLUED_PREFIXES,
  core?: TokenTable,
  toks: Tok[] = [],
): Tok[] {
  // Appended to `toks` (a caller's buffer), so no array is made and copied per window.
  const first = toks.length;
  let i = from;
  // Core's tokens of the same text, walked alongside: where a word is cut as core cut it, its key is core's.
  let j = core ? core.firstFrom(from) : 0;
  while (i < to) {
    const gapStart = i;
    let newlines = 0;
    while (i < text.length && isSpace(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 10) newlines++;
      i++;
    }
    if (i >= text.length || i >= to) break;
    const start = i;
    let kind: TokenKind;
    if (isDigit(text.charCodeAt(i))) {
      kind = "num";
      if (format.csvCells && text.charCodeAt(start - 1) !== 34 /* " */) i = cellNumberEnd(text, i);
      else i = format.romance ? romanceNumberEnd(text, i) : numberEnd(text, i);
    } else if (letterLength(text, i) > 0) {
      kind = "word";
      i = wordEnd(text, i);
      if (gluedPrefixes.size > 0) i = gluedPrefixEnd(text, start, i, gluedPrefixes);
      if (hyphenedScales.size > 0 && afterDigit(text, start)) i = hyphenedScaleEnd(text, start, i, hyphenedScales);
    } else {
      kind = "sym";
      i += codePointLength(text, i);
    }
    let body: string;
    let key: string;
    if (kind === "word" && core && isAscii(text, start, i)) {
      // An ASCII word's key is its lower case, as core folds it: core's interned key, no string made;
      // a word already in lower case is its key.
      while (j < core.count && core.start(j) < start) j++;
      const id = j < core.count && core.spans(j, start, i) ? core.keyId(j) : keyIdAt(text, start, i);
      key = keyText(id);
      body = hasUpper(text, start, i) ? text.slice(start, i) : key;
    } else {
      body = text.slice(start, i);
      key = kind === "num" ? body : straight(body.toLowerCase());
    }
    const tok = {
      start,
      end: i,
      text: body,
      key,
      kind,
      spaced: start > gapStart,
      breakBefore: (atBlockStart && toks.length === first) || newlines >= 2,
    };
    // A Spanish or Portuguese number's value is set on the token itself, not on a copy.
    if (kind === "num" && format.romance) (tok as { value?: number }).value = romanceValue(body, format.decimal);
    toks.push(tok);
  }
  return toks;
}

const NO_GLUED_PREFIXES: ReadonlySet<string> = new Set();

function isAscii(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) >= 128) return false;
  return true;
}

/** An ASCII upper-case letter in `text[start, end)`. */
function hasUpper(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * Where a word of letters then digits ends when its letters are a prefix written against a number
 * (`USD3`, `Bs637`): there, so the digits are read as a number. Any other word keeps its digits
 * (`km2`, `G20`, `H1N1`).
 */
function gluedPrefixEnd(text: string, start: number, end: number, prefixes: ReadonlySet<string>): number {
  let digits = end;
  while (digits > start && isDigit(text.charCodeAt(digits - 1))) digits--;
  if (digits === end || digits === start) return end;
  return prefixes.has(text.slice(start, digits)) ? digits : end;
}

/**
 * Where a scale word after a number ends when a hyphen glues the next word to it (`$118
 * million-more than`, `2 billion-strong`): at the hyphen, so the scale is read with its number.
 */
function hyphenedScaleEnd(text: string, start: number, end: number, scales: ReadonlySet<string>): number {
  const hyphen = text.indexOf("-", start);
  if (hyphen < 0 || hyphen >= end) return end;
  return scales.has(text.slice(start, hyphen).toLowerCase()) ? hyphen : end;
}

/** A digit stands before `at`, across white space only (read from the text: a window may start between them). */
function afterDigit(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k >= 0 && isDigit(text.charCodeAt(k));
}

function numberEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  while (text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) i += 4;
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** An unquoted cell of a comma-separated table: digits and a decimal point, never a comma. */
function cellNumberEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Digits with any points and commas between digits: `12.350`, `3,7`, `1.234.567,8`. */
function romanceNumberEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c === 44 || c === 46) && isDigit(text.charCodeAt(i + 1))) {
      i++;
      while (isDigit(text.charCodeAt(i))) i++;
    } else return i;
  }
}

/**
 * The value of a number written the Spanish or Portuguese way, or NaN. Both separators: the last
 * one marks decimals (`1.234,5`, `1,234.5`). One kind, repeated: thousands (`1.234.567`). Once,
 * with other than three digits after it, or after a lone 0: decimals (`3,7`, `0,350`). Once with
 * three digits (`12.350`, `12,350`): thousands, unless the document writes its decimals with that
 * separator.
 */
export function romanceValue(s: string, decimal: "." | "," | undefined): number {
  const dot = s.indexOf(".");
  const comma = s.indexOf(",");
  if (dot < 0 && comma < 0) return Number(s);
  if (dot >= 0 && comma >= 0) {
    const dec = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const grp = dec === "." ? "," : ".";
    const [whole, frac, extra] = s.split(dec);
    if (extra !== undefined || !isGrouped(whole!.split(grp))) return NaN;
    return Number(`${whole!.split(grp).join("")}.${frac}`);
  }
  const sep = dot >= 0 ? "." : ",";
  const parts = s.split(sep);
  if (parts.length > 2) return isGrouped(parts) ? Number(parts.join("")) : NaN;
  const [whole, frac] = parts as [string, string];
  const thousands = frac.length === 3 && whole !== "0" && whole.length <= 3 && decimal !== sep;
  return Number(thousands ? whole + frac : `${whole}.${frac}`);
}

/** `1`, `234`, `567`: a first group of one to three digits, then groups of three. */
function isGrouped(groups: readonly string[]): boolean {
  return groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

function wordEnd(text: string, i: number): number {
  i += letterLength(text, i);
  for (;;) {
    for (let n = wordCharLength(text, i); n > 0; n = wordCharLength(text, i)) i += n;
    const c = text.charCodeAt(i);
    // An apostrophe or hyphen joins two parts only when a letter follows it.
    if ((c === 39 || c === 0x2019 || c === 45) && letterLength(text, i + 1) > 0) i += 1 + letterLength(text, i + 1);
    else return i;
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** JavaScript's `\s`. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

const NON_ASCII_LETTER = /^\p{L}$/u;
const NON_ASCII_WORD_CHAR = /^[\p{L}\p{M}]$/u;

/** Length in code units of the letter at i (0 if none): ASCII by code, the rest by Unicode class. */
function letterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const n = codePointLength(text, i);
  return NON_ASCII_LETTER.test(text.slice(i, i + n)) ? n : 0;
}

/** Length of the word character at i (letter, mark or ASCII digit), 0 if none. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const n = codePointLength(text, i);
  return NON_ASCII_WORD_CHAR.test(text.slice(i, i + n)) ? n : 0;
}

const straight = (s: string): string => (s.includes("’") ? s.replace(/’/g, "'") : s);
