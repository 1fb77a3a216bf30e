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

/** Whether a mark may close a word as one token of its own (`wordRP`: `word,` `word.` `word”`). */
export function closesWord(c: number): boolean {
  return WORD_RP(c);
}
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
   * Whether the chunk `text[a, b)`, letters only (ASCII or Latin-1: `isPlainLetter`), is one token
   * (what `scanChunk` cuts it into): it is unless it is a contraction of the lexicon (`cannot`),
   * which wink-nlp cuts.
   */
  isOneWord(text: string, a: number, b: number): boolean {
    if (this.contractionShapes[contractionKey(text, a, b)] === 0) return true;
    const lexeme = this.lexemes.find(text, a, b);
    return lexeme < 0 || this.contraction[lexeme] === 0;
  }

  /**
   * The chunk `text[a, b)`, letters (ASCII or Latin-1) then one mark that may close a word (`closesWord`:
   * `word,`, `etc.`), as `scanChunk` cuts it: 0 when wink-nlp must (a contraction of the
   * lexicon), 1 for one token (a lexeme, `etc.`, or one letter and a period, `R.`), 2 for the
   * word, then the mark (`wordRP`).
   */
  wordThenMark(text: string, a: number, b: number): 0 | 1 | 2 {
    const lexeme = this.lexemes.find(text, a, b);
    if (lexeme >= 0) return this.contraction[lexeme] === 1 ? 0 : 1;
    return b - a === 2 && text.charCodeAt(a + 1) === 46 ? 1 : 2;
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
   * patterns in order) cuts it, for the shapes where each pattern that matches takes one word,
   * one number or one mark, so the cut is every word, number and mark in turn: words (runs of
   * letters, or joined by single hyphens and cut as `pushHyphenatedToken` cuts them: see
   * `cutWord`), numbers (`$` before one), `:*` (its emoticon pattern), `--` and `––`, `'s` where a
   * part its punctuation pattern leaves ends, and single marks (`(` `”` `*` `<` `/` `,` …). What
   * an earlier pattern would take across them or what a pattern would join (an emoticon but
   * `:*`, `..`, `//`, a sign before a number, letters after a number, a currency code, `US$`) and
   * any other character: false, for wink-nlp to cut.
   */
  private cutRecursive(text: string, a: number, b: number, out: Cuts): boolean {
    const ampersand = this.cutAmpersandWords(text, a, b, out);
    if (ampersand !== undefined) return ampersand;
    if (hasEmoticonBut(text, a, b)) return false;
    let i = a;
    while (i < b) {
      const c = text.charCodeAt(i);
      if (isPlainLetter(c)) {
        i = this.cutWord(text, i, b, out);
        if (i < 0) return false;
        continue;
      }
      const next = i + 1 < b ? text.charCodeAt(i + 1) : -1;
      let end = i + 1;
      if (isDigit(c)) {
        // A sign would be the number pattern's; letters or marks after it an ordinal's, a time's or a word's.
        const before = i > a ? text.charCodeAt(i - 1) : -1;
        if (before === 43 || before === 45) return false;
        end = numberEnd(text, i, b);
        // Letters after it are a word of their own (`5G`, `100vw`), but those an ordinal (`th`
        // `st` `nd` `rd`), a time (`am` `pm` `hours` `hrs`) or a decade (`0s`) may begin with.
        const after = end < b ? text.charCodeAt(end) : -1;
        if (continuesWord(after) || (isPlainLetter(after) && (after >= 128 || NUMBER_SUFFIX_START(after | 32)))) return false;
        // (A time may put a colon before its suffix: `12:am`.)
        if (after === 58 && end + 1 < b && isPlainLetter(text.charCodeAt(end + 1))) return false;
      } else if (c === 36) {
        // `$` before a number (its currency pattern; `US$`, `C$`, `$$` are other matches of it).
        if (!isDigit(next) || (i > a && (isPlainLetter(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 36))) return false;
      } else if ((c === 58 || c === 59) && next === 42) end = i + 2;
      else if (c === 45 || c === 0x2013) {
        // `--` and `––` are one token; a third dash, or a sign before a number: false.
        if (next === c) {
          if (i + 2 < b && isDash(text.charCodeAt(i + 2))) return false;
          end = i + 2;
        } else if (isDigit(next) || isDash(next)) return false;
      } else if (c === 46) {
        if (next === 46) return false;
      } else if (c === 39 || c === 0x2019) {
        // `'s` where a part ends is the possessive pattern's; else the apostrophe alone.
        if ((next | 32) === 115 && partEnds(text, i + 2, b)) end = i + 2;
      } else if (c === 47) {
        if (next === 47) return false;
      } else if (c === 43) {
        if (isDigit(next)) return false;
      } else if (c === 60) {
        if (next === 51 || ((next === 47 || next === 92) && text.charCodeAt(i + 2) === 51)) return false;
      } else if (!RECURSIVE_MARK(c)) return false;
      if (!this.pushLookedUp(text, i, end, out)) return false;
      i = end;
    }
    return true;
  }

  /**
   * The word that starts at `i` (a letter), as the recursive tokenizer's word pattern takes it:
   * a run of letters, runs joined by single hyphens (one match, cut by `pushHyphenated`), and a
   * period after it (split off again unless the two are a lexeme: `pushWordToken`); or `'s`
   * after it where a part ends (the possessive pattern, before the word pattern). Returns where
   * it ends, or -1 where the pattern would take more (a digit, an apostrophe, `&`, `.` or a dash
   * before a letter or digit), a single letter and a period (its short-form pattern), a
   * currency code, or a lexeme with the period.
   */
  private cutWord(text: string, i: number, b: number, out: Cuts): number {
    const from = i;
    let hyphens = 0;
    for (;;) {
      const run = i;
      while (i < b && isPlainLetter(text.charCodeAt(i))) i++;
      if (CURRENCY_CODE.test(text.slice(run, i))) return -1;
      if (text.charCodeAt(i) === 45 && i + 1 < b && isPlainLetter(text.charCodeAt(i + 1))) {
        hyphens++;
        i++;
        continue;
      }
      break;
    }
    const c = i < b ? text.charCodeAt(i) : -1;
    if (continuesWord(c)) return -1;
    const after = i + 1 < b ? text.charCodeAt(i + 1) : -1;
    if (WORD_JOINER(c) && (isPlainLetter(after) || continuesWord(after))) {
      // `'s` where the part ends: the possessive pattern's, before the word pattern's.
      if (!((c === 39 || c === 0x2019) && (after | 32) === 115 && partEnds(text, i + 2, b))) return -1;
    }
    if (hyphens === 0) {
      if (!this.pushLookedUp(text, from, i, out)) return -1;
    } else if (!this.pushHyphenated(text, from, i, out)) return -1;
    if (c === 46 && after !== 46) {
      // The word pattern takes the period; `pushWordToken` splits it off unless the two are a lexeme.
      if (i - from < 2 || this.lexemes.find(text, from, i + 1) >= 0) return -1;
      // (The pattern goes on after the period over a joiner and letters: `word.’s`, `word.-x`.)
      const next = i + 2 < b ? text.charCodeAt(i + 2) : -1;
      if (WORD_JOINER(after) && (isPlainLetter(next) || continuesWord(next))) return -1;
      if (!this.pushLookedUp(text, i, i + 1, out)) return -1;
      return i + 1;
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

  /**
   * `anyWithRP` with a run of periods (`word...`) or `--` / `––` at the end: its lazy core is
   * what precedes them, and the run or pair is one token after it. A core of no known category
   * sends the chunk to the recursive tokenizer; a third dash (`word---`): false.
   */
  private cutLongEnd(text: string, a: number, b: number, out: Cuts): boolean {
    const last = text.charCodeAt(b - 1);
    let coreEnd = b;
    if (last === 46) while (coreEnd > a && text.charCodeAt(coreEnd - 1) === 46) coreEnd--;
    else if (isDash(last) && text.charCodeAt(b - 2) === last) {
      coreEnd = b - 2;
      if (coreEnd > a && isDash(text.charCodeAt(coreEnd - 1))) return false;
    } else return false;
    // (The core is two characters at least: `R..` is `R.` and `.`.)
    if (coreEnd - a < 2) return false;
    const core = this.cutLexemeOrCategory(text, a, coreEnd, out);
    if (core === undefined) return this.cutRecursive(text, a, b, out);
    if (core) out.push(coreEnd, b);
    return core;
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
      // (An apostrophe first: `anyWithRP` does not match, `anyWithLP` is tried next.)
      if (!ANY_WITH_RP_END(last)) {
        if (first !== 39) return this.cutRecursive(text, a, b, out);
      } else {
        if (longEnd) return this.cutLongEnd(text, a, b, out);
        const core = this.cutLexemeOrCategory(text, a, b - 1, out);
        if (core === undefined) return this.cutHyphenatedThenMark(text, a, b, out) ?? this.cutRecursive(text, a, b, out);
        if (core) out.push(b - 1, b);
        return core;
      }
    }
    // `anyWithLP`: one mark, then a core of two or more characters that ends in none of these.
    const dashPairStart = isDash(first) && isDash(text.charCodeAt(a + 1));
    // A core that is no lexeme and of no category sends the whole chunk to the recursive tokenizer.
    const mark = out.count;
    if (ANY_WITH_LP_START(first) && !ANY_WITH_LP_NOT_END(last) && b - a >= 3) {
      if (dashPairStart) return false;
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
    // `LPanyRP` may still match (a one-character core before `--`, `'s`): left to wink-nlp.
    if (LP_ANY_START(first) && (LP_ANY_END(last) || (last === 115 && beforeLast === 39))) return false;
    // None of the three matched: the recursive tokenizer cuts the whole chunk.
    return !dashPairStart && this.cutRecursive(text, a, b, out);
  }
}

/** A mark after a hyphenated word that the recursive tokenizer cuts as one token (`cutHyphenatedThenMark`). */
const HYPHENATED_WORD_END = charSet(",.:;!?’'”\"");

/** What the recursive tokenizer's punctuation pattern cuts alone, before any later pattern. */
const PUNCTUATION_ALONE = charSet("‘`“”\"[](){}…!;?¿¡");
/**
 * The single marks `cutRecursive` cuts alone: those, symbols its symbol pattern cuts alone
 * (`@` `#` `&` and the rest left out: an e-mail, a mention, a hashtag or a word may take them),
 * and its last punctuation pattern's (`-` `.` `'` `/` and the dashes are tried apart).
 */
const RECURSIVE_MARK = charSet("‘`“”\"[](){}…!;?¿¡~^=*|>%—:,");
/** What the word pattern takes after a letter: a digit, a combining mark, the word joiner. */
function continuesWord(c: number): boolean {
  return isDigit(c) || (c >= 0x300 && c <= 0x36f) || c === 0x2060;
}
/** The first letters of the ordinal, time and decade suffixes a number may carry (lower case). */
const NUMBER_SUFFIX_START = charSet("aphstnr");
/** What the word pattern takes between letters or digits (`d'Ivoire`, `U.S`, `AT&T`, `x–y`). */
const WORD_JOINER = charSet(".-–'’&");

/**
 * A part the punctuation pattern (and the emoticon and currency patterns before it) leaves ends
 * at `k`: the possessive pattern (`['’]s$`) then matches before it.
 */
function partEnds(text: string, k: number, b: number): boolean {
  if (k >= b) return true;
  const c = text.charCodeAt(k);
  return PUNCTUATION_ALONE(c) || c === 36 || ((c === 58 || c === 59) && text.charCodeAt(k + 1) === 42);
}

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
