/**
 * A small tokenizer for the numeric-claim extractor. Core's wink-nlp tokens split `781.6/100K`,
 * `$3` or `#132` in ways this extractor would have to undo, so it reads the analysis text with
 * one sticky regular expression instead: numbers, words (hyphen and apostrophe compounds kept
 * whole) and single symbols, each with the gap before it.
 */

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
}

// Digits with optional thousands separators and decimals; words may carry digits after the
// first letter (km2, H1N1) and join parts with hyphens or apostrophes (twenty-five, world's).
// ASCII letters are tried before the Unicode classes, which are several times slower to test.
const LETTER = String.raw`(?:[A-Za-z]|[^\x00-\x7f](?<=\p{L}))`;
const WORD_CHAR = String.raw`(?:[A-Za-z0-9]|[^\x00-\x7f](?<=[\p{L}\p{M}\d]))`;
const TOKEN = new RegExp(
  String.raw`(\s*)(?:(\d+(?:,\d{3})*(?:\.\d+)?)|(${LETTER}${WORD_CHAR}*(?:['’\-]${LETTER}${WORD_CHAR}*)*)|(\S))`,
  "suy",
);

export const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * Tokens of `text[from, to)`. `from` must not cut a token. `atBlockStart` marks the first
 * token as following a paragraph break (the window starts where its block starts).
 */
export function tokenize(text: string, from = 0, to = text.length, atBlockStart = from === 0): Tok[] {
  const toks: Tok[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < to && (m = TOKEN.exec(text)) !== null) {
    const gap = m[1]!;
    const body = m[2] ?? m[3] ?? m[4];
    if (body === undefined) break; // only whitespace left
    const start = m.index + gap.length;
    if (start >= to) break;
    const kind: TokenKind = m[2] !== undefined ? "num" : m[3] !== undefined ? "word" : "sym";
    toks.push({
      start,
      end: start + body.length,
      text: body,
      key: kind === "num" ? body : straight(body.toLowerCase()),
      kind,
      spaced: gap.length > 0,
      breakBefore: (atBlockStart && toks.length === 0) || (gap.length > 1 && PARAGRAPH_BREAK.test(gap)),
    });
  }
  return toks;
}

const straight = (s: string): string => (s.includes("’") ? s.replace(/’/g, "'") : s);
