/**
 * A small tokenizer for the numeric-claim extractor. Core's wink-nlp tokens split `781.6/100K`,
 * `$3` or `#132` in ways this extractor would have to undo, so it reads the analysis text with
 * one sticky regular expression instead: numbers, words (hyphen and apostrophe compounds kept
 * whole) and single symbols, each with the gap before it.
 */

import { grown, keyIdAt, keyText, partitionPoint, type TokenTable } from "@procmine/core";
import { codeUnitClasses } from "./code-unit-classes.js";

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

// Every format is made with all three fields, in this order (`numberFormat`): the tokenizer, which
// reads them at every number, then meets one object shape, and a cold process does not compile it
// again each time it meets another.
export const ENGLISH_FORMAT: NumberFormat = numberFormat(false, undefined);

/** A format with every field set (see ENGLISH_FORMAT). */
export function numberFormat(romance: boolean, decimal: "." | "," | undefined, csvCells?: boolean): NumberFormat {
  return { romance, decimal, csvCells };
}

// The token grammar: digits with optional thousands separators and decimals
// (`\d+(?:,\d{3})*(?:\.\d+)?`); words, which may carry digits after the first letter (km2,
// H1N1) and join parts with hyphens or apostrophes (twenty-five, world's); else one symbol.
// It is scanned by hand, character codes only: a regular expression with capture groups made
// the match arrays and substrings that were most of this extractor's garbage.

/** Newlines in white space that make a paragraph break (`\n\s*\n`). */
export const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * Tokens of `text[from, to)` as objects (tests, and the phrase lists' few words). `from` must not
 * cut a token. `atBlockStart` marks the first token as following a paragraph break (the window
 * starts where its block starts). The extractor itself reads a `TokBuffer` through `TokView`s.
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
): Tok[] {
  const buffer = new TokBuffer(text, format, gluedPrefixes, hyphenedScales, core);
  buffer.read(from, to, atBlockStart);
  const toks: Tok[] = [];
  for (let i = 0; i < buffer.count; i++) toks.push(buffer.tok(i));
  return toks;
}

/** Token kinds by code, as the buffer stores them. */
const KINDS: readonly TokenKind[] = ["num", "word", "sym"];
const NUM = 0;
const WORD = 1;
const SYM = 2;
/** Flag bits: white space before; a paragraph break before; an ASCII word whose key is core's (or the vocabulary's). */
const SPACED = 1;
const BREAK = 2;
const SHARED_KEY = 4;

/**
 * The tokens read so far, as columns of numbers: a token object is made only when a claim's
 * grammar reads that token (`tok`), once, and then shared by every window that holds it. Most
 * tokens of a window are never read, so most are never made.
 */
export class TokBuffer {
  count = 0;
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private kinds = new Uint8Array(256);
  private flags = new Uint8Array(256);
  /** Core's token with the same span (-1: none), for an ASCII word's key. */
  private coreIndex = new Int32Array(256);
  /** Token objects made so far, by index (undefined: not asked for yet); as long as the columns, so it never grows token by token. */
  private made: (Tok | undefined)[] = new Array<Tok | undefined>(256).fill(undefined);

  constructor(
    private text: string,
    private format: NumberFormat = ENGLISH_FORMAT,
    private gluedPrefixes: ReadonlySet<string> = NO_GLUED_PREFIXES,
    private hyphenedScales: ReadonlySet<string> = NO_GLUED_PREFIXES,
    private core?: TokenTable,
  ) {}

  /** The buffer emptied for another text (its columns kept: a block's call makes no new arrays). */
  reset(
    text: string,
    format: NumberFormat,
    gluedPrefixes: ReadonlySet<string>,
    hyphenedScales: ReadonlySet<string>,
    core: TokenTable | undefined,
  ): this {
    this.text = text;
    this.format = format;
    this.gluedPrefixes = gluedPrefixes;
    this.hyphenedScales = hyphenedScales;
    this.core = core;
    this.clear();
    return this;
  }

  /** Forget every token (the next stretch read does not touch the last). */
  clear(): void {
    this.made.fill(undefined, 0, this.count);
    this.count = 0;
  }

  start(i: number): number {
    return this.starts[i]!;
  }
  kind(i: number): TokenKind {
    return KINDS[this.kinds[i]!]!;
  }
  /** Token i is exactly `s` (a token's text is the text it spans): no object or string made. */
  is(i: number, s: string): boolean {
    const start = this.starts[i]!;
    return this.ends[i]! - start === s.length && this.text.startsWith(s, start);
  }
  spaced(i: number): boolean {
    return (this.flags[i]! & SPACED) !== 0;
  }
  breakBefore(i: number): boolean {
    return (this.flags[i]! & BREAK) !== 0;
  }

  /** Index of the first token that starts at or after `pos`. */
  firstFrom(pos: number): number {
    return partitionPoint(this.count, (i) => this.starts[i]! < pos);
  }

  /** Token i as an object, made on first asking. */
  tok(i: number): Tok {
    return this.made[i] ?? this.make(i);
  }

  private make(i: number): Tok {
    const text = this.text;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    const code = this.kinds[i]!;
    const flags = this.flags[i]!;
    let body: string;
    let key: string;
    if ((flags & SHARED_KEY) !== 0) {
      // An ASCII word's key is its lower case, as core folds it: core's interned key, no string made;
      // a word already in lower case is its key.
      const j = this.coreIndex[i]!;
      key = keyText(j >= 0 ? this.core!.keyId(j) : keyIdAt(text, start, end));
      body = hasUpper(text, start, end) ? text.slice(start, end) : key;
    } else {
      body = text.slice(start, end);
      key = code === NUM ? body : straight(body.toLowerCase());
    }
    const tok = {
      start,
      end,
      text: body,
      key,
      kind: KINDS[code]!,
      spaced: (flags & SPACED) !== 0,
      breakBefore: (flags & BREAK) !== 0,
      // A Spanish or Portuguese number's value, on the token itself, not on a copy. Always a field
      // (undefined otherwise): one added later gave tokens two hidden classes, and the phrase
      // matcher's loops were deoptimized when the second turned up.
      value: code === NUM && this.format.romance ? romanceValue(body, this.format.decimal) : undefined,
    };
    this.made[i] = tok;
    return tok;
  }

  /** Reads the tokens of `text[from, to)` after those held. `from` must not cut a token. */
  read(from: number, to: number, atBlockStart: boolean): void {
    const { text, format, gluedPrefixes, hyphenedScales, core } = this;
    const first = this.count;
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
      let code: number;
      if (isDigit(text.charCodeAt(i))) {
        code = NUM;
        if (format.csvCells && text.charCodeAt(start - 1) !== 34 /* " */) i = cellNumberEnd(text, i);
        else i = format.romance ? romanceNumberEnd(text, i) : numberEnd(text, i);
      } else if (letterLength(text, i) > 0) {
        code = WORD;
        i = wordEnd(text, i);
        if (gluedPrefixes.size > 0) i = gluedPrefixEnd(text, start, i, gluedPrefixes);
        if (hyphenedScales.size > 0 && afterDigit(text, start)) i = hyphenedScaleEnd(text, start, i, hyphenedScales);
      } else {
        code = SYM;
        i += codePointLength(text, i);
      }
      let flags = (start > gapStart ? SPACED : 0) | ((atBlockStart && this.count === first) || newlines >= 2 ? BREAK : 0);
      let coreIndex = -1;
      if (code === WORD && core && isAscii(text, start, i)) {
        flags |= SHARED_KEY;
        while (j < core.count && core.start(j) < start) j++;
        if (j < core.count && core.spans(j, start, i)) coreIndex = j;
      }
      this.push(start, i, code, flags, coreIndex);
    }
  }

  private push(start: number, end: number, code: number, flags: number, coreIndex: number): void {
    const n = this.count;
    if (n === this.starts.length) this.grow();
    this.starts[n] = start;
    this.ends[n] = end;
    this.kinds[n] = code;
    this.flags[n] = flags;
    this.coreIndex[n] = coreIndex;
    this.count = n + 1;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    this.starts = grown(this.starts, new Int32Array(size));
    this.ends = grown(this.ends, new Int32Array(size));
    this.kinds = grown(this.kinds, new Uint8Array(size));
    this.flags = grown(this.flags, new Uint8Array(size));
    this.coreIndex = grown(this.coreIndex, new Int32Array(size));
    for (let k = this.made.length; k < size; k++) this.made.push(undefined);
  }
}

/**
 * What a claim's grammar reads: the tokens of one window, by index from 0 (`get` is undefined
 * outside it, as an array's index is), each made only when asked for.
 */
export interface Toks {
  readonly length: number;
  get(i: number): Tok | undefined;
  /** What `get(i)?.kind`, `get(i)?.text === s`, `get(i)?.spaced` and `get(i)?.breakBefore` give (false outside the window), no token object made. */
  kind(i: number): TokenKind | undefined;
  is(i: number, s: string): boolean;
  spaced(i: number): boolean;
  breakBefore(i: number): boolean;
  /** Tokens [from, to) as an array. */
  slice(from: number, to: number): Tok[];
}

/** Tokens [from, to) of a buffer; the first one's gap may be read anew (`firstSpaced`, `firstBreak`) where the window starts mid-gap. */
export class TokView implements Toks {
  readonly length: number;
  private first: Tok | undefined;

  constructor(
    private readonly buffer: TokBuffer,
    private readonly from: number,
    to: number,
    /** The first token's own gap flags: -1 when they are the buffer's. */
    private readonly firstFlags = -1,
  ) {
    this.length = to - from;
  }

  get(i: number): Tok | undefined {
    if (i < 0 || i >= this.length) return undefined;
    if (i === 0 && this.firstFlags >= 0) return this.first ?? this.makeFirst();
    return this.buffer.tok(this.from + i);
  }

  /** Start of token i, no object made. */
  start(i: number): number {
    return this.buffer.start(this.from + i);
  }

  kind(i: number): TokenKind | undefined {
    return i < 0 || i >= this.length ? undefined : this.buffer.kind(this.from + i);
  }

  is(i: number, s: string): boolean {
    return i >= 0 && i < this.length && this.buffer.is(this.from + i, s);
  }

  spaced(i: number): boolean {
    if (i < 0 || i >= this.length) return false;
    return i === 0 && this.firstFlags >= 0 ? (this.firstFlags & SPACED) !== 0 : this.buffer.spaced(this.from + i);
  }

  breakBefore(i: number): boolean {
    if (i < 0 || i >= this.length) return false;
    return i === 0 && this.firstFlags >= 0 ? (this.firstFlags & BREAK) !== 0 : this.buffer.breakBefore(this.from + i);
  }

  /** Index of the first token that starts at or after `pos`. */
  firstFrom(pos: number): number {
    return Math.min(Math.max(this.buffer.firstFrom(pos) - this.from, 0), this.length);
  }

  slice(from: number, to: number): Tok[] {
    const out: Tok[] = [];
    for (let k = Math.max(0, from); k < Math.min(to, this.length); k++) out.push(this.get(k)!);
    return out;
  }

  private makeFirst(): Tok {
    const t = this.buffer.tok(this.from);
    this.first = { ...t, spaced: (this.firstFlags & SPACED) !== 0, breakBefore: (this.firstFlags & BREAK) !== 0 };
    return this.first;
  }
}

/** The gap flags `TokView` takes for a first token. */
export const gapFlags = (spaced: boolean, breakBefore: boolean): number => (spaced ? SPACED : 0) | (breakBefore ? BREAK : 0);

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
  // `300,000` or `30.000` where the document's decimal mark is that very sign: no one writes three zero decimals,
  // so a group of three zeros after one to three digits is thousands whatever the document's convention.
  const thousands = frac.length === 3 && whole !== "0" && whole.length <= 3 && (decimal !== sep || frac === "000");
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
    if (i >= text.length) return i; // a word that ends the text (no out-of-bounds read, see letterLength)
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
  // The next unit is read only after a high surrogate and inside the text (see letterLength).
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

const NON_ASCII_LETTER = /^\p{L}$/u;
const NON_ASCII_WORD_CHAR = /^[\p{L}\p{M}]$/u;

/**
 * The two classes below for a character of the Basic Multilingual Plane outside the surrogates,
 * found once per character and then read from a table (an accented letter is met in every other
 * Spanish word): bit 0 set once asked, bit 1 a letter, bit 2 a letter or a mark.
 */
const LETTER = 2;
const LETTER_OR_MARK = 4;
const bmpClass = codeUnitClasses([NON_ASCII_LETTER, NON_ASCII_WORD_CHAR]);

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Length in code units of the letter at i (0 if none): ASCII by code, the rest by Unicode class. */
function letterLength(text: string, i: number): number {
  // The end of the text answered before charCodeAt: its out-of-bounds read (NaN, so 0 all the same)
  // deoptimized the tokenizer's loops the first time a word ended a text.
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  if (!isSurrogate(c)) return (bmpClass(c) & LETTER) !== 0 ? 1 : 0;
  const n = codePointLength(text, i);
  return NON_ASCII_LETTER.test(text.slice(i, i + n)) ? n : 0;
}

/** Length of the word character at i (letter, mark or ASCII digit), 0 if none. */
function wordCharLength(text: string, i: number): number {
  if (i >= text.length) return 0; // see letterLength
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  if (!isSurrogate(c)) return (bmpClass(c) & LETTER_OR_MARK) !== 0 ? 1 : 0;
  const n = codePointLength(text, i);
  return NON_ASCII_WORD_CHAR.test(text.slice(i, i + n)) ? n : 0;
}

const straight = (s: string): string => (s.includes("’") ? s.replace(/’/g, "'") : s);
