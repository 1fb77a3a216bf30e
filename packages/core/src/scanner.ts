import { TextIndex } from "./text-index.js";

/**
 * A compiled scanner for the paths of wink-nlp's tokenizer that prose takes: plain words,
 * numbers, punctuation, and a word or number with punctuation before or after it (`(word`,
 * `word),`, `“Hello,”`). It cuts a chunk (text between white space) exactly as wink-nlp's
 * `tokenizer.js` would, from the same character classes (its model's `trex`), character codes
 * only, so its cost does not depend on having seen the text before. What it cannot decide (an
 * abbreviation or contraction of the model's lexicon, `...`, an e-mail, a URL, an emoticon, letters
 * beyond Latin-1) it leaves to wink-nlp: `scanChunk` returns false.
 *
 * wink-nlp first looks a whole chunk (and, splitting off punctuation, its core) up in its
 * lexicon: a lexeme comes out whole (`Inc.`, `U.S.`, `--`, `:)`), except a contraction, which
 * comes out as its expansion (`cannot` → `can` `not`): there the scanner gives up. `lexemes`
 * holds the model's lexemes the character classes alone would cut otherwise (any but letters
 * only or digits only), each with whether it is a contraction.
 */

/** wink-nlp's `word` class: ASCII and Latin-1 letters, combining diacritics, the word joiner. */
function isWordChar(c: number): boolean {
  const l = c | 32;
  if (c < 128) return l >= 97 && l <= 122;
  return (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || c === 0x2060;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A set of characters as a predicate over character codes. */
function charSet(chars: string): (c: number) => boolean {
  const codes = new Set([...chars].map((ch) => ch.charCodeAt(0)));
  return (c) => codes.has(c);
}

// The model's sets, as in its regular expressions (`ltc`, `anyWithRP`, `anyWithLP`, `LPanyRP`).
/** What may end a `wordRP` token (`word,`). */
const WORD_RP = charSet("’”\"])}…,.!;?/:");
/** A single-character `punctuation` token. */
const PUNCTUATION = charSet("’'‘`“”\"[](){}…,.!;?/:-–—¿¡");
/** A single-character `symbol` token. */
const SYMBOL = charSet("~@#%^+=*|<>&§©±÷×°");
/** What `anyWithRP` splits off the end; a chunk that starts with `NOT_ANY_WITH_RP` is not tried. */
const ANY_WITH_RP_END = charSet("’'”\"…,.!;?-–:\u0964\u0965");
const NOT_ANY_WITH_RP = charSet("‘“\"[({…-–");
/** What `anyWithLP` splits off the start, and what its core may not end with. */
const ANY_WITH_LP_START = charSet("‘'“\"[({…-–");
const ANY_WITH_LP_NOT_END = charSet("’'”\"])}…,.!;?-–:\u0964\u0965");
/** What `LPanyRP` splits off each end. */
const LP_ANY_START = charSet("‘“\"[({…-–");
const LP_ANY_END = charSet("’'”\"])}…,!;?-–:\u0964\u0965");
const isDash = (c: number): boolean => c === 45 || c === 0x2013;

const enum Category {
  Unknown,
  /** One token. */
  Whole,
  /** `wordRP`: a word and one punctuation mark after it. */
  WordRP,
}

/** `^[+-]?\d+(?:[.,\-/:]?\d+)*$`, wink-nlp's `number`. */
function isNumber(text: string, a: number, b: number): boolean {
  let i = a;
  const c0 = text.charCodeAt(i);
  if (c0 === 43 || c0 === 45) i++;
  if (i >= b || !isDigit(text.charCodeAt(i))) return false;
  for (;;) {
    while (i < b && isDigit(text.charCodeAt(i))) i++;
    if (i === b) return true;
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 44 || c === 45 || c === 47 || c === 58) && i + 1 < b && isDigit(text.charCodeAt(i + 1))) i++;
    else return false;
  }
}

/**
 * wink-nlp's `ordinal` (`70th`, `1st`, `112nd`): its model's pattern, case-sensitive. No category
 * before it in `ltc` takes digits and letters, so such a chunk is one token.
 */
const ORDINAL = /^1\dth$|^[04-9]th$|^1st$|^2nd$|^3rd$|^[02-9]1st$|^[02-9]2nd$|^[02-9]3rd$|^[02-9][04-9]th$|^\d+\d[04-9]th$|^\d+\d1st$|^\d+\d2nd$|^\d+\d3rd$/;

function isOrdinal(text: string, a: number, b: number): boolean {
  if (b - a < 3 || !isDigit(text.charCodeAt(a))) return false;
  const last = text.charCodeAt(b - 1);
  // Only a chunk that ends in `h`, `t` or `d` is made a string and tested.
  return (last === 104 || last === 116 || last === 100) && ORDINAL.test(text.slice(a, b));
}

/** wink-nlp's category of `text[a, b)`, as far as the scanner knows it (`ltc`, in its order). */
function category(text: string, a: number, b: number): Category {
  let i = a;
  while (i < b && isWordChar(text.charCodeAt(i))) i++;
  if (i === b) return Category.Whole;
  if (i === b - 1 && i > a && WORD_RP(text.charCodeAt(i))) return Category.WordRP;
  if (isNumber(text, a, b)) return Category.Whole;
  if (isOrdinal(text, a, b)) return Category.Whole;
  if (b - a === 1) {
    const c = text.charCodeAt(a);
    return PUNCTUATION(c) || SYMBOL(c) ? Category.Whole : Category.Unknown;
  }
  // `..`, `...`: one punctuation token; `--` and `––` too.
  let dots = a;
  while (dots < b && text.charCodeAt(dots) === 46) dots++;
  if (dots === b) return Category.Whole;
  if (b - a === 2 && text.charCodeAt(a) === text.charCodeAt(a + 1) && isDash(text.charCodeAt(a))) return Category.Whole;
  return Category.Unknown;
}

/** Token boundaries found, two numbers each (start, end), reused from chunk to chunk. */
export class Cuts {
  data = new Int32Array(64);
  count = 0;
  push(start: number, end: number): void {
    if (this.count + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.count++] = start;
    this.data[this.count++] = end;
  }
}

/**
 * Cut `text[a, b)` as its category says. `wordRP` (`processWordRP`): the mark is split off,
 * except after one letter before a period (`R.`).
 */
function cutCategory(cat: Category, text: string, a: number, b: number, out: Cuts): void {
  if (cat === Category.WordRP && !(b - a === 2 && text.charCodeAt(a + 1) === 46)) {
    out.push(a, b - 1);
    out.push(b - 1, b);
  } else out.push(a, b);
}

/**
 * The model's `preserve` tables: a hyphenated word whose first part is a listed prefix (`anti`,
 * `co`) or whose last is a listed suffix (`less`) stays one token. Read as wink-nlp reads them
 * (`preserve.prefix[word]` on plain objects, so `constructor` counts too).
 */
export interface HyphenPreserve {
  prefix: Record<string, unknown>;
  suffix: Record<string, unknown>;
}

export class Scanner {
  private readonly lexemes = new TextIndex();
  /** By lexeme index: 1 for a contraction. */
  private readonly contraction: Uint8Array;
  /** 1 where some contraction has this length and first character (`contractionKey`). */
  private readonly contractionShapes = new Uint8Array(32 * 128);

  constructor(
    lexemes: ReadonlyMap<string, boolean>,
    private readonly preserve: HyphenPreserve,
  ) {
    this.contraction = new Uint8Array(lexemes.size);
    this.lexemes.reserve(lexemes.size);
    for (const [lexeme, contraction] of lexemes) {
      this.contraction[this.lexemes.add(lexeme)] = contraction ? 1 : 0;
      if (contraction) this.contractionShapes[contractionKey(lexeme, 0, lexeme.length)] = 1;
    }
  }

  /**
   * Append the tokens of the chunk `text[a, b)` to `out` and return true, or return false
   * (and leave `out` as it was) when wink-nlp must cut it.
   */
  scanChunk(text: string, a: number, b: number, out: Cuts): boolean {
    const mark = out.count;
    if (this.scan(text, a, b, out)) return true;
    out.count = mark;
    return false;
  }

  /**
   * `text[a, b)` looked up as wink-nlp does first: a lexeme is cut whole (true) unless it is a
   * contraction (false); undefined when it is no lexeme of the table.
   */
  private cutLexeme(text: string, a: number, b: number, out: Cuts): boolean | undefined {
    const lexeme = this.lexemes.find(text, a, b);
    if (lexeme < 0) return undefined;
    if (this.contraction[lexeme] === 1) return false;
    out.push(a, b);
    return true;
  }

  /**
   * `text[a, b)` as a lexeme, else as its category: false if a contraction, undefined if neither.
   * What is one token by its category (letters only, a number, one mark) is one token as a
   * lexeme too: only a contraction differs, so the table is asked only when a contraction of
   * that length and first character exists (most chunks are then hashed once, for their key).
   */
  private cutLexemeOrCategory(text: string, a: number, b: number, out: Cuts): boolean | undefined {
    const cat = category(text, a, b);
    if (cat === Category.Whole && this.contractionShapes[contractionKey(text, a, b)] === 0) {
      out.push(a, b);
      return true;
    }
    const lexeme = this.cutLexeme(text, a, b, out);
    if (lexeme !== undefined) return lexeme;
    if (cat === Category.Unknown) return undefined;
    cutCategory(cat, text, a, b, out);
    return true;
  }

  /** `text[a, b)` as a lexeme, else as its category; false if a contraction or unknown. */
  private cutPart(text: string, a: number, b: number, out: Cuts): boolean {
    if (b <= a) return false;
    return this.cutLexemeOrCategory(text, a, b, out) ?? false;
  }

  /**
   * A chunk that is two or more runs of letters joined by single hyphens (`long-term`,
   * `anti-drug`, `state-of-the-art`) and no lexeme: wink-nlp's recursive tokenizer matches it
   * whole with its word pattern (no pattern tried before it matches letters and hyphens, but the
   * currency codes) and `pushHyphenatedToken` keeps it whole after a preserved prefix or before a
   * preserved suffix, else cuts it into its parts and hyphens, each looked up (a contraction part
   * is left to wink-nlp: false). Undefined when the chunk has another shape.
   */
  private cutHyphenated(text: string, a: number, b: number, out: Cuts): boolean | undefined {
    let i = a;
    let parts = 0;
    for (;;) {
      const from = i;
      while (i < b && isPlainLetter(text.charCodeAt(i))) i++;
      if (i === from) return undefined;
      parts++;
      if (i === b) break;
      if (text.charCodeAt(i) !== 45) return undefined;
      i++;
    }
    const chunk = text.slice(a, b);
    if (parts < 2 || CURRENCY_CODE.test(chunk)) return undefined;
    const first = chunk.slice(0, chunk.indexOf("-"));
    const last = chunk.slice(chunk.lastIndexOf("-") + 1);
    if (this.preserve.prefix[first] || this.preserve.suffix[last]) {
      out.push(a, b);
      return true;
    }
    let from = a;
    for (let k = a; k <= b; k++) {
      if (k < b && text.charCodeAt(k) !== 45) continue;
      if (!this.cutPart(text, from, k, out)) return false;
      if (k < b) out.push(k, k + 1);
      from = k + 1;
    }
    return true;
  }

  /**
   * A hyphenated word (see `cutHyphenated`) and one closing mark (`five-fold,`, `year-round.`),
   * neither a lexeme: wink-nlp sends the whole chunk to its recursive tokenizer, where no pattern
   * before its word pattern matches letters, hyphens and these marks (the marks it cuts alone,
   * `!;?”"`, only earlier), and its word pattern takes the word (a period too, which
   * `pushWordToken` then splits off again): so the word is cut as alone, then the mark. Undefined
   * for another shape or another mark.
   */
  private cutHyphenatedThenMark(text: string, a: number, b: number, out: Cuts): boolean | undefined {
    if (!HYPHENATED_WORD_END(text.charCodeAt(b - 1))) return undefined;
    const word = this.cutHyphenated(text, a, b - 1, out);
    if (word === true) out.push(b - 1, b);
    return word;
  }

  /**
   * A token the recursive tokenizer found, which it looks up in the lexicon: a contraction would
   * come out as its expansion (false).
   */
  private pushLookedUp(text: string, a: number, b: number, out: Cuts): boolean {
    if (this.contractionShapes[contractionKey(text, a, b)] === 1) {
      const lexeme = this.lexemes.find(text, a, b);
      if (lexeme >= 0 && this.contraction[lexeme] === 1) return false;
    }
    out.push(a, b);
    return true;
  }

  /**
   * The chunk as wink-nlp's recursive tokenizer (`recursive-tokenizer.js`, the model's `rtc`
   * patterns in order) cuts it, for the shapes where each pattern that matches takes one run of
   * letters, one number or one mark, so the cut is every run and mark alone: opening marks its
   * punctuation pattern cuts alone (`(` `[` `“` `¿` …) or `*`s, then `$` before a number; a number,
   * or runs of letters joined by `--`, `,` or `/` (a run may be hyphenated: `PEACE-WISE`, cut as
   * `pushHyphenatedToken` cuts it), or a number, `-` and such letters (`30-year`); then `'s`
   * (`’s`), `%`, and closing marks: `*`s, `,` `:` `.` and what its punctuation pattern cuts alone
   * (`)` `]` `”` `!` …), `:*` being one token (its emoticon pattern). A period right after a word
   * is the word pattern's: split off again unless the two are a lexeme (`pushWordToken`). Letters
   * that hold a currency code (`USD`), which its currency pattern cuts out, any other emoticon
   * (`:)`, `):`, `:3` in `12:30`), `..`, and any other shape: false.
   */
  private cutRecursive(text: string, a: number, b: number, out: Cuts): boolean {
    const ampersand = this.cutAmpersandWords(text, a, b, out);
    if (ampersand !== undefined) return ampersand;
    if (hasEmoticonBut(text, a, b)) return false;
    let i = a;
    while (i < b && RECURSIVE_OPENING(text.charCodeAt(i))) {
      if (!this.pushLookedUp(text, i, i + 1, out)) return false;
      i++;
    }
    // `$` (its currency pattern, a single one) before a number only.
    const dollar = i < b && text.charCodeAt(i) === 36;
    if (dollar) {
      if (!this.pushLookedUp(text, i, i + 1, out)) return false;
      i++;
    }
    if (i >= b) return false;
    if (isDigit(text.charCodeAt(i))) {
      const end = numberEnd(text, i, b);
      if (!this.pushLookedUp(text, i, end, out)) return false;
      i = end;
      if (i < b && text.charCodeAt(i) === 37) {
        if (!this.pushLookedUp(text, i, i + 1, out)) return false;
        i++;
      } else if (!dollar && i + 1 < b && text.charCodeAt(i) === 45 && isPlainLetter(text.charCodeAt(i + 1))) {
        // `30-year`: the word pattern takes the letters, the number pattern the number, the hyphen is left.
        if (!this.pushLookedUp(text, i, i + 1, out)) return false;
        const words = this.cutWords(text, i + 1, b, out);
        if (words < 0) return false;
        i = words;
      }
      return this.cutClosing(text, i, b, out);
    }
    if (dollar) return false;
    const words = this.cutWords(text, i, b, out);
    return words >= 0 && this.cutClosing(text, words, b, out);
  }

  /**
   * Runs of letters from `i` (see `cutRecursive`), joined by `--`, `,` or `/`, each run or
   * hyphenated run a word-pattern match; then a period that match takes, or `'s` the possessive
   * pattern takes where a part of the chunk its punctuation pattern leaves ends (the chunk's
   * end, or a mark it cuts alone). Returns where the words end, or -1 when wink-nlp must cut them.
   */
  private cutWords(text: string, i: number, b: number, out: Cuts): number {
    let from = i;
    for (;;) {
      from = i;
      let hyphens = 0;
      for (;;) {
        const run = i;
        while (i < b && isPlainLetter(text.charCodeAt(i))) i++;
        if (i === run || CURRENCY_CODE.test(text.slice(run, i))) return -1;
        // A single hyphen between letters: one word-pattern match, cut as `pushHyphenatedToken` does.
        if (text.charCodeAt(i) === 45 && i + 1 < b && isPlainLetter(text.charCodeAt(i + 1))) {
          hyphens++;
          i++;
          continue;
        }
        break;
      }
      if (hyphens === 0) {
        if (!this.pushLookedUp(text, from, i, out)) return -1;
      } else if (!this.pushHyphenated(text, from, i, out)) return -1;
      const joiner = text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 45 ? 2 : LETTER_JOINER(text.charCodeAt(i)) ? 1 : 0;
      if (joiner > 0 && i + joiner < b && isPlainLetter(text.charCodeAt(i + joiner))) {
        if (!this.pushLookedUp(text, i, i + joiner, out)) return -1;
        i += joiner;
        continue;
      }
      break;
    }
    if (i === b) return i;
    const c = text.charCodeAt(i);
    if (c === 46 && text.charCodeAt(i + 1) !== 46) {
      // The word pattern takes the period (two characters at least: one letter and a period is
      // its short form); `pushWordToken` splits it off unless word and period are a lexeme.
      if (i - from < 2 || this.lexemes.find(text, from, i + 1) >= 0) return -1;
      if (!this.pushLookedUp(text, i, i + 1, out)) return -1;
      return i + 1;
    }
    // `['’]s$`, the possessive pattern, only where the part of the chunk ends.
    if ((c === 39 || c === 0x2019) && i + 2 <= b && (text.charCodeAt(i + 1) | 32) === 115) {
      const after = text.charCodeAt(i + 2);
      const partEnds = i + 2 === b || PUNCTUATION_ALONE(after) || ((after === 58 || after === 59) && text.charCodeAt(i + 3) === 42);
      if (!partEnds || !this.pushLookedUp(text, i, i + 2, out)) return -1;
      return i + 2;
    }
    return i;
  }

  /**
   * `text[a, b)`, letters joined by single hyphens, as `pushHyphenatedToken` pushes a word-pattern
   * match: whole when a lexeme or after a preserved prefix or before a preserved suffix, else
   * each part and hyphen (each then looked up).
   */
  private pushHyphenated(text: string, a: number, b: number, out: Cuts): boolean {
    if (this.lexemes.find(text, a, b) >= 0) return this.pushLookedUp(text, a, b, out);
    const word = text.slice(a, b);
    if (this.preserve.prefix[word.slice(0, word.indexOf("-"))] || this.preserve.suffix[word.slice(word.lastIndexOf("-") + 1)]) return this.pushLookedUp(text, a, b, out);
    let from = a;
    for (let k = a; k <= b; k++) {
      if (k < b && text.charCodeAt(k) !== 45) continue;
      if (!this.pushLookedUp(text, from, k, out)) return false;
      if (k < b && !this.pushLookedUp(text, k, k + 1, out)) return false;
      from = k + 1;
    }
    return true;
  }

  /**
   * Closing marks from `i` to the chunk's end, each a token (`:*` one: its emoticon pattern);
   * `..` (one token of its punctuation pattern) or any other character: false.
   */
  private cutClosing(text: string, i: number, b: number, out: Cuts): boolean {
    while (i < b) {
      const c = text.charCodeAt(i);
      if ((c === 58 || c === 59) && text.charCodeAt(i + 1) === 42 && i + 1 < b) {
        if (!this.pushLookedUp(text, i, i + 2, out)) return false;
        i += 2;
        continue;
      }
      if (c === 46 && (text.charCodeAt(i + 1) === 46 || text.charCodeAt(i - 1) === 46)) return false;
      if (!(c === 42 || c === 44 || c === 58 || c === 46 || RECURSIVE_CLOSING(c))) return false;
      if (!this.pushLookedUp(text, i, i + 1, out)) return false;
      i++;
    }
    return true;
  }

  /**
   * A chunk of letters, `&` and `;` only, with an `&` (an HTML reference left as written:
   * `pol&iacute;tico`, `n&atilde;o`, `&ldquo;O`), as the recursive tokenizer cuts it: its emoticon
   * pattern first takes `;` and one of `d o p s x` (any case: `n&atilde` `;o`), its punctuation
   * pattern then every other `;`; between them its word pattern takes runs of letters joined by
   * single `&`s, two letters at least (`pol&iacute`); what is left, each `&` and each single
   * letter, is a token alone. A comma or period may end the chunk: alone a token (its punctuation
   * pattern); a period after one letter is one token with it (`a.`, its short-form pattern), after
   * a word only if the word and the period are a lexeme (`pushWordToken`). A currency code among
   * the letters (`USD`): undefined, as for any other shape.
   */
  private cutAmpersandWords(text: string, a: number, b: number, out: Cuts): boolean | undefined {
    let ampersand = false;
    for (let k = a; k < b; k++) {
      const c = text.charCodeAt(k);
      if (c === 38) ampersand = true;
      else if (c !== 59 && !isPlainLetter(c) && !(k === b - 1 && (c === 44 || c === 46))) return undefined;
    }
    if (!ampersand || CURRENCY_CODE.test(text.slice(a, b))) return undefined;
    let i = a;
    while (i < b) {
      const c = text.charCodeAt(i);
      let end = i + 1;
      if (c === 59) {
        if (end < b && EMOTICON_AFTER_SEMICOLON(text.charCodeAt(end))) end++;
      } else if (isPlainLetter(c)) {
        // Letters, then `&` and letters while they last (a lone letter is a token too).
        for (;;) {
          while (end < b && isPlainLetter(text.charCodeAt(end))) end++;
          if (end + 1 < b && text.charCodeAt(end) === 38 && isPlainLetter(text.charCodeAt(end + 1))) end++;
          else break;
        }
        if (end === b - 1 && text.charCodeAt(end) === 46 && (end - i === 1 || this.lexemes.find(text, i, b) >= 0)) end = b;
      }
      if (!this.pushLookedUp(text, i, end, out)) return false;
      i = end;
    }
    return true;
  }

  /**
   * A word between doubled ASCII apostrophes, a typewriter's quotation marks: `''word`, `word''`,
   * `word.''`, `word,''`, `''word''` (the word two or more letters, no currency code). wink-nlp
   * looks up what its `anyWithRP` (all but the last mark) or `anyWithLP` (all but the first)
   * splits off, and, that being no lexeme and of no category, sends the chunk to its recursive
   * tokenizer: there no pattern before its word pattern matches, which takes the word (and a
   * period after it, which `pushWordToken` splits off again unless the two are a lexeme); then
   * each apostrophe, period or comma is a token alone. A lexeme on the way is left to wink-nlp
   * (false); another shape: undefined.
   */
  private cutDoubledApostrophes(text: string, a: number, b: number, out: Cuts): boolean | undefined {
    const opens = text.charCodeAt(a) === 39 && text.charCodeAt(a + 1) === 39;
    const closes = text.charCodeAt(b - 1) === 39 && text.charCodeAt(b - 2) === 39;
    if (!opens && !closes) return undefined;
    const from = opens ? a + 2 : a;
    let wordEnd = from;
    while (wordEnd < b && isPlainLetter(text.charCodeAt(wordEnd))) wordEnd++;
    if (wordEnd - from < 2) return undefined;
    const c = text.charCodeAt(wordEnd);
    const mark = closes && wordEnd + 3 === b && (c === 46 || c === 44) ? 1 : 0;
    if (wordEnd + mark + (closes ? 2 : 0) !== b || CURRENCY_CODE.test(text.slice(from, wordEnd))) return undefined;
    // What wink-nlp looks up first: all but the last mark, or all but the opening apostrophe.
    if (closes ? this.lexemes.find(text, a, b - 1) >= 0 : this.lexemes.find(text, a + 1, b) >= 0) return false;
    if (mark === 1 && c === 46 && this.lexemes.find(text, from, wordEnd + 1) >= 0) return false;
    for (let k = a; k < from; k++) if (!this.pushLookedUp(text, k, k + 1, out)) return false;
    if (!this.pushLookedUp(text, from, wordEnd, out)) return false;
    for (let k = wordEnd; k < b; k++) if (!this.pushLookedUp(text, k, k + 1, out)) return false;
    return true;
  }

  private scan(text: string, a: number, b: number, out: Cuts): boolean {
    // The whole chunk: a lexeme, else its category, else split as `processUnk` does.
    const whole = this.cutLexemeOrCategory(text, a, b, out);
    if (whole !== undefined) return whole;
    const hyphenated = this.cutHyphenated(text, a, b, out);
    if (hyphenated !== undefined) return hyphenated;
    if (b - a < 2 || endsInDecade(text, a, b)) return false;
    const quoted = this.cutDoubledApostrophes(text, a, b, out);
    if (quoted !== undefined) return quoted;
    const first = text.charCodeAt(a);
    const last = text.charCodeAt(b - 1);
    // The model's emoticons (`);`, `:-(`) are one token: wink-nlp's to cut.
    if (first === 58 || first === 59 || ((first === 40 || first === 41) && (last === 58 || last === 59))) return false;
    const beforeLast = text.charCodeAt(b - 2);
    // Endings wink-nlp splits off more than one character of: left to it.
    const longEnd = (last === 46 && beforeLast === 46) || (isDash(last) && isDash(beforeLast)) || (last === 115 && beforeLast === 39);
    // `anyWithRP`: a core, then one mark (or `'s`); a core of no known category sends the whole
    // chunk to the recursive tokenizer.
    if (!NOT_ANY_WITH_RP(first)) {
      if (last === 115 && beforeLast === 39 && b - a >= 3) {
        const core = this.cutLexemeOrCategory(text, a, b - 2, out);
        if (core === undefined) return this.cutRecursive(text, a, b, out);
        if (core) out.push(b - 2, b);
        return core;
      }
      if (!ANY_WITH_RP_END(last)) return first !== 39 && this.cutRecursive(text, a, b, out);
      if (longEnd) return false;
      const core = this.cutLexemeOrCategory(text, a, b - 1, out);
      if (core === undefined) return this.cutHyphenatedThenMark(text, a, b, out) ?? this.cutRecursive(text, a, b, out);
      if (core) out.push(b - 1, b);
      return core;
    }
    // `anyWithLP`: one mark, then a core of two or more characters that ends in none of these.
    const dashPairStart = isDash(first) && isDash(text.charCodeAt(a + 1));
    // A core that is no lexeme and of no category sends the whole chunk to the recursive tokenizer.
    const mark = out.count;
    if (ANY_WITH_LP_START(first) && !ANY_WITH_LP_NOT_END(last)) {
      if (dashPairStart || b - a < 3) return false;
      out.push(a, a + 1);
      const core = this.cutLexemeOrCategory(text, a + 1, b, out);
      if (core !== undefined) return core;
      out.count = mark;
      return this.cutRecursive(text, a, b, out);
    }
    // `LPanyRP`: a mark, a core, a mark.
    if (LP_ANY_START(first) && LP_ANY_END(last) && !longEnd && !dashPairStart && b - a >= 3) {
      out.push(a, a + 1);
      const core = this.cutLexemeOrCategory(text, a + 1, b - 1, out);
      if (core === undefined) {
        out.count = mark;
        return this.cutRecursive(text, a, b, out);
      }
      if (!core) return false;
      out.push(b - 1, b);
      return true;
    }
    // None of the three matched: the recursive tokenizer cuts the whole chunk.
    return !dashPairStart && this.cutRecursive(text, a, b, out);
  }
}

/** A mark after a hyphenated word that the recursive tokenizer cuts as one token (`cutHyphenatedThenMark`). */
const HYPHENATED_WORD_END = charSet(",.:;!?’'”\"");

/** What the recursive tokenizer's punctuation pattern cuts alone, before any later pattern. */
const PUNCTUATION_ALONE = charSet("‘`“”\"[](){}…!;?¿¡");
/** Of those, what may open a chunk it cuts (see `cutRecursive`), and `*`. */
const RECURSIVE_OPENING = charSet("‘“\"[({¿¡*");
/** Of those, what may close one (`*`, `,`, `:` and `.` are tried apart). */
const RECURSIVE_CLOSING = charSet(")]}”\"…!;?");

/**
 * The chunk holds a match of the model's emoticon pattern (`[:;]['’]?-?[)(]+`,
 * `[:;]-?[\]}3>[{@oO*PpDS/|X?\\]`, `[)(]-?'?[:;]`, case-insensitive; those needing `<` or `\\` are
 * left to the callers' shapes), which the recursive tokenizer cuts first, but `:*` or `;*`.
 */
function hasEmoticonBut(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 58 || c === 59) {
      let j = k + 1;
      if (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 0x2019) {
        let m = j + 1;
        if (text.charCodeAt(m) === 45) m++;
        if (m < b && (text.charCodeAt(m) === 40 || text.charCodeAt(m) === 41)) return true;
      }
      if (text.charCodeAt(j) === 45) j++;
      if (j < b && EMOTICON_AFTER_COLON(text.charCodeAt(j)) && !(j === k + 1 && text.charCodeAt(j) === 42)) return true;
      if (j < b && text.charCodeAt(j) === 42) k = j;
    } else if (c === 40 || c === 41) {
      let j = k + 1;
      if (text.charCodeAt(j) === 45) j++;
      if (text.charCodeAt(j) === 39) j++;
      if (j < b && (text.charCodeAt(j) === 58 || text.charCodeAt(j) === 59)) return true;
    }
  }
  return false;
}

/** What the emoticon pattern takes after `:` or `;` (and an optional `-`). */
const EMOTICON_AFTER_COLON = charSet(")(]}3>[{@oO*PpDdSsXx/|?\\");

/** The letters the model's emoticon pattern (`[:;]-?[…oO*PpDS/|X?\\]`, case-insensitive) takes after `;`. */
const EMOTICON_AFTER_SEMICOLON = charSet("dopsxDOPSX");

/** What joins two runs of letters as a token of its own (`and/or`, `one,two`), besides `--`. */
const LETTER_JOINER = charSet(",/");

/** The end of the number that starts at `i` (a digit): wink-nlp's number pattern, greedy. */
function numberEnd(text: string, i: number, b: number): number {
  for (;;) {
    while (i < b && isDigit(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (i + 1 < b && (c === 46 || c === 44 || c === 45 || c === 47 || c === 58) && isDigit(text.charCodeAt(i + 1))) i++;
    else return i;
  }
}

/**
 * The chunk ends in `1990s`: the model's decade pattern (`[1-2]\d\d0s$`, not anchored at its
 * start) makes the whole chunk one token (`(1990s`), which wink-nlp alone cuts.
 */
function endsInDecade(text: string, a: number, b: number): boolean {
  if (b - a < 5 || text.charCodeAt(b - 1) !== 115 || text.charCodeAt(b - 2) !== 48) return false;
  const c = text.charCodeAt(b - 5);
  return (c === 49 || c === 50) && isDigit(text.charCodeAt(b - 4)) && isDigit(text.charCodeAt(b - 3));
}

/** A contraction filter's slot: the length (below 32) and the first character's low 7 bits. */
function contractionKey(text: string, a: number, b: number): number {
  return (((b - a) & 31) << 7) | (text.charCodeAt(a) & 127);
}

/** A letter of wink-nlp's word pattern: ASCII and Latin-1 letters (no marks, no digits). */
function isPlainLetter(c: number): boolean {
  const l = c | 32;
  if (c < 128) return l >= 97 && l <= 122;
  return c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7;
}

/** wink-nlp's currency pattern finds `USD`, `AUD`, `INR`, `GBP` anywhere, even inside a word. */
const CURRENCY_CODE = /USD|AUD|INR|GBP/;

/**
 * The model's lexemes the scanner must look up (see `Scanner`): contractions, and every lexeme
 * that is not letters only or digits only; each with whether it is a contraction.
 */
export function lexemeTable(lexemes: readonly string[], isContraction: (index: number) => boolean): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (let i = 0; i < lexemes.length; i++) {
    const w = lexemes[i]!;
    if (w === "") continue;
    if (isContraction(i)) {
      out.set(w, true);
      continue;
    }
    let letters = true;
    let digits = true;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (!isWordChar(c) || (c >= 0x300 && c <= 0x36f) || c === 0x2060) letters = false;
      if (!isDigit(c)) digits = false;
    }
    if (!letters && !digits) out.set(w, false);
  }
  return out;
}
