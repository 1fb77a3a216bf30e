import type { Lexicon } from "./vocabulary.js";
import { plainEnglishValue, unitsInARow } from "./plain-words.js";
import { parseSpelledOut } from "./spelled.js";
import type { Tok, Toks } from "./tokenize.js";

/** One number as written: digits (`23,000`, `3.5`, `100K`, `12 million`) or words (`one hundred`). */
export interface NumberCore {
  readonly value: number;
  /** Token indices [from, to). */
  readonly from: number;
  readonly to: number;
  readonly form: "digits" | "words";
  /** The scale factor applied (`million` -> 1e6), 1 if none. */
  readonly scale: number;
  /** `14th`: an ordinal written in digits. */
  readonly ordinal: boolean;
  /** Four bare digits that could be a year (`2016`). */
  readonly yearLike: boolean;
}

const parts = (key: string) => key.split("-");

/**
 * `4.1` times a million is 4099999.9999999995 in binary floating point: the product is rounded to
 * the 15 significant digits a double holds exactly, so `$4.1 million` is 4100000.
 */
const scaled = (value: number, scale: number): number => (scale === 1 ? value : Number((value * scale).toPrecision(15)));

/** Reads the number starting at token `i`, or undefined if none starts there. */
export function readNumber(toks: Toks, i: number, lex: Lexicon): NumberCore | undefined {
  const t = toks.get(i);
  if (!t) return undefined;
  if (t.kind === "num") return readDigits(toks, i, lex);
  if (t.kind === "word") return readWords(toks, i, lex);
  return undefined;
}

function readDigits(toks: Toks, i: number, lex: Lexicon): NumberCore | undefined {
  const t = toks.get(i)!;
  if (/^0\d/.test(t.text)) return undefined; // 007, 001: codes, or a year split by a line break
  let value = t.value ?? Number(t.text.replace(/,/g, ""));
  if (Number.isNaN(value)) return undefined; // `2.1.3`: a section number, not a quantity
  let to = i + 1;
  // `$500 000`, `BDS$1 000 000`: after a currency sign, English too groups thousands with a space (the Commonwealth's statutes).
  const currency = lex.currencyPrefixes.matchBefore(toks, i) !== undefined && !t.spaced && !t.breakBefore;
  const grouped = lex.additive || currency ? spaceGroupsEnd(toks, i, currency) : i + 1;
  if (grouped > to) {
    value = Number(toks.slice(i, grouped).map((g) => g.text).join(""));
    to = grouped;
  }
  let scale = 1;
  let ordinal = false;
  const next = toks.get(to);
  if (next && next.kind === "word" && !next.spaced) {
    if (lex.ordinalSuffixes.has(next.key) && !t.text.includes(".")) {
      ordinal = true;
      to++;
    } else if (lex.scaleAttached.has(next.key)) {
      scale = lex.scaleAttached.get(next.key)!;
      to++;
    }
  }
  if (!ordinal) {
    const spaced = readScales(toks, to, lex, true);
    scale *= spaced.scale;
    to = spaced.to;
  }
  value = scaled(value, scale);
  // `24 mil 300 millones`: the thousands of a larger scale, in digits as `mil 177 millones` is in words (24,300 million).
  const larger = lex.additive && scale === 1000 ? largerScaleGroup(toks, to, lex) : undefined;
  if (larger) return { value: scaled(value + larger.value / larger.scale, larger.scale), from: i, to: larger.to, form: "digits", scale: larger.scale, ordinal: false, yearLike: false };
  const rest = trailingGroup(toks, to, scale, lex);
  if (rest) {
    value += rest.value;
    to = rest.to;
  }
  if (!ordinal) to = spelledGloss(toks, to, value, lex) ?? to;
  const [lo, hi] = lex.yearRange;
  const yearLike = scale === 1 && !ordinal && /^\d{4}$/.test(t.text) && value >= lo && value <= hi;
  return { value, from: i, to, form: "digits", scale, ordinal, yearLike };
}

/**
 * `2 134 defunciones`, `1 250 000 soles`: Spanish and Portuguese texts may group thousands with a
 * single space (and English ones an amount after its currency sign, `afterCurrency`: `$500 000`). One to three digits, then groups of exactly three digits one space apart, no
 * number before the first nor right after the last (a row of a table set in columns, `12 345 6`);
 * where the number ends (`i + 1` if it is not written so).
 */
function spaceGroupsEnd(toks: Toks, i: number, afterCurrency = false): number {
  const first = toks.get(i)!;
  const prev = toks.get(i - 1);
  if (!/^\d{1,3}$/.test(first.text) || (prev && !first.breakBefore && (prev.kind === "num" || (prev.kind === "sym" && !first.spaced && !afterCurrency)))) return i + 1;
  let to = i + 1;
  for (;;) {
    const g = toks.get(to);
    if (!g || g.kind !== "num" || g.breakBefore || g.start - toks.get(to - 1)!.end !== 1 || !/^\d{3}$/.test(g.text)) break;
    to++;
  }
  const after = toks.get(to);
  if (to === i + 1 || (after && !after.breakBefore && (after.kind === "num" || (after.kind === "sym" && !after.spaced && /^[.,\d]$/.test(after.text))))) return i + 1;
  return to;
}

/**
 * `4 (quatro)`, `8 (eight) years`, `R$ 500,00 (quinhentos reais)`: statutes and contracts write a number in digits and again in
 * words in parentheses. The words that repeat the same value belong to the number; where it ends
 * after the closing parenthesis is returned.
 */
function spelledGloss(toks: Toks, at: number, value: number, lex: Lexicon): number | undefined {
  const inside = glossOpened(toks, at);
  if (inside === undefined) return undefined;
  const words = toks.get(inside);
  if (!words || words.kind !== "word" || words.spaced) return undefined;
  const gloss = readWords(toks, inside, lex);
  if (!gloss) return undefined;
  // `R$ 500,00 (quinhentos reais)`, `10 (ten) km`: the words may name the currency or the unit too.
  const named = lex.currencyWords.matchAt(toks, gloss.to) ?? lex.units.matchAt(toks, gloss.to);
  const end = named && !toks.get(gloss.to)!.breakBefore ? named.to : gloss.to;
  return gloss.value === value ? glossClosed(toks, end) : undefined;
}

const isSymAt = (toks: Toks, at: number, s: string): boolean => toks.get(at)?.kind === "sym" && toks.get(at)!.text === s;

/**
 * `(`, or `\(` as Markdown escapes it (a statute copied from a web page: `6 \(seis\) a 8 \(oito\) anos`),
 * opening a gloss at token `at` (no paragraph break before it): the index of the gloss's first token, or undefined.
 */
export function glossOpened(toks: Toks, at: number): number | undefined {
  if (toks.get(at)?.breakBefore) return undefined;
  if (isSymAt(toks, at, "(")) return at + 1;
  return isSymAt(toks, at, "\\") && isSymAt(toks, at + 1, "(") && !toks.get(at + 1)!.spaced ? at + 2 : undefined;
}

/** `)` or its escaped `\)` written against the gloss's last word at token `at`: where the gloss ends, or undefined. */
export function glossClosed(toks: Toks, at: number): number | undefined {
  const close = toks.get(at);
  if (!close || close.spaced || close.breakBefore) return undefined;
  if (isSymAt(toks, at, ")")) return at + 1;
  return isSymAt(toks, at, "\\") && isSymAt(toks, at + 1, ")") && !toks.get(at + 1)!.spaced ? at + 2 : undefined;
}

/** Scale words after a number: `million`, `hundred thousand`, and with `abbreviations` `bn`. */
function readScales(toks: Toks, at: number, lex: Lexicon, abbreviations: boolean): { scale: number; to: number } {
  let scale = 1;
  let to = at;
  for (;;) {
    const t = toks.get(to);
    if (!t || t.kind !== "word" || t.breakBefore) break;
    const s = lex.scales.get(t.key) ?? (abbreviations ? lex.scaleSpaced.get(t.key) : undefined);
    if (s === undefined) break;
    scale *= s;
    to++;
  }
  return { scale, to };
}

function isCardinalWord(t: Tok | undefined, lex: Lexicon): boolean {
  if (!t || t.kind !== "word") return false;
  const words = parts(t.key);
  return words.length <= lex.maxNumberWords && words.every((p) => lex.cardinals.has(p));
}

function readWords(toks: Toks, i: number, lex: Lexicon): NumberCore | undefined {
  const first = toks.get(i)!;
  // `a million`, `a hundred`: the article stands for one.
  if (lex.articlesOne.has(first.key) && !isCardinalWord(first, lex)) {
    const { scale, to } = readScales(toks, i + 1, lex, false);
    if (to === i + 1) return undefined;
    // `un millón 809 mil 436`: the part below the scale in digits (Spanish, Portuguese).
    const rest = trailingGroup(toks, to, scale, lex);
    return { value: scale + (rest?.value ?? 0), from: i, to: rest?.to ?? to, form: "words", scale, ordinal: false, yearLike: false };
  }
  // `half a million`, `half a dozen`: a fraction word, an article, then scales.
  const fraction = lex.fractions.get(first.key);
  const article = toks.get(i + 1);
  if (fraction !== undefined && article && lex.articlesOne.has(article.key) && !article.breakBefore) {
    const { scale, to } = readScales(toks, i + 2, lex, false);
    if (to === i + 2) return undefined;
    return { value: scaled(fraction, scale), from: i, to, form: "words", scale, ordinal: false, yearLike: false };
  }
  // `medio millón`, `meio bilhão`: Spanish and Portuguese halve a million or more with no article between.
  const big = toks.get(i + 1);
  if (fraction === 0.5 && lex.additive && big && !big.breakBefore && (lex.scales.get(big.key) ?? 0) >= 1e6) {
    const { scale, to } = readScales(toks, i + 1, lex, false);
    return { value: scaled(fraction, scale), from: i, to, form: "words", scale, ordinal: false, yearLike: false };
  }
  // `mil personas`: in Spanish and Portuguese a thousand needs no `one`.
  if (lex.additive && (isCardinalWord(first, lex) || lex.scales.get(first.key) === 1000)) return readAdditiveWords(toks, i, lex);
  if (!isCardinalWord(first, lex)) return undefined;
  // The cardinal words and inner scales (`one hundred twenty`), then `and a half`, then outer scales.
  let to = i + 1;
  for (;;) {
    const t = toks.get(to);
    const prev = toks.get(to - 1)!;
    if (!t || t.breakBefore) break;
    if (isCardinalWord(t, lex) && joins(prev, t, lex)) to++;
    else if (lex.scales.has(t.key) && t.key !== "dozen" && isScaleInside(toks, to, lex)) to++;
    else if (t.key === "and" && lex.scales.has(prev.key) && isCardinalWord(toks.get(to + 1), lex)) to += 2;
    else break;
  }
  let value = wordsValue(toks, i, to, lex);
  if (value === undefined) return undefined;
  let end = to;
  if (toks.get(end)?.key === "and" && toks.get(end + 1)?.key === "a" && toks.get(end + 2)?.key === "half") {
    value += 0.5;
    end += 3;
  }
  // `four mln dlrs`: wire copy puts a scale's abbreviation after words as after digits.
  const outer = readScales(toks, end, lex, true);
  // `two and a half` alone: leave it; right before its unit or percent (`one and a half tons`) the half is the number's.
  if (end > to && outer.scale === 1 && !lex.units.matchAt(toks, end) && !lex.percent.matchAt(toks, end)) return undefined;
  return { value: value * outer.scale, from: i, to: outer.to, form: "words", scale: outer.scale, ordinal: false, yearLike: false };
}

/** Cardinals join only as tens + units (`twenty five`) or after a scale (`hundred twenty`). */
function joins(prev: Tok, next: Tok, lex: Lexicon): boolean {
  const p = lex.cardinals.get(parts(prev.key).at(-1)!) ?? lex.scales.get(prev.key);
  const n = lex.cardinals.get(parts(next.key)[0]!);
  if (p === undefined || n === undefined) return false;
  if (lex.scales.has(prev.key)) return true;
  return p >= 20 && p % 10 === 0 && n < 10 && n > 0 && parts(next.key).length === 1;
}

/** A scale word is inside the number (`hundred` in `one hundred twenty`) if more number follows. */
function isScaleInside(toks: Toks, at: number, lex: Lexicon): boolean {
  const t = toks.get(at)!;
  if (t.key !== "hundred" && t.key !== "thousand") return false;
  const next = toks.get(at + 1);
  return isCardinalWord(next, lex) || (next?.key === "and" && isCardinalWord(toks.get(at + 2), lex));
}

function wordsValue(toks: Toks, from: number, to: number, lex: Lexicon): number | undefined {
  const words = toks.slice(from, to).flatMap((t) => parts(t.key)).filter((w) => w !== "and");
  if (words.length === 1) return lex.cardinals.get(words[0]!);
  if (words.length > lex.maxNumberWords) return undefined;
  let largest = 0;
  let scale = 1;
  for (const w of words) {
    largest = Math.max(largest, lex.cardinals.get(w) ?? 0, lex.scales.get(w) ?? 0);
    scale = Math.max(scale, lex.scales.get(w) ?? 1);
  }
  const text = toks.slice(from, to).map((t) => t.text).join(" ");
  const lower = text.toLowerCase();
  const plain = plainEnglishValue(lower, lex);
  if (plain !== undefined || unitsInARow(lower, lex)) return plain;
  return parseSpelledOut(text, largest, scale);
}

/**
 * A Spanish or Portuguese spelled-out number: its words add up (`doce mil trescientos cincuenta`,
 * `trinta e cinco`), `mil` multiplies the group before it and a larger scale everything before it
 * (`dos millones trescientos mil`, `mil millones`). A connector joins two number words only.
 */
function readAdditiveWords(toks: Toks, i: number, lex: Lexicon): NumberCore | undefined {
  let total = 0;
  let group = 0;
  let scale = 1;
  // The scales right after the first group multiply it (`cinco mil millones`: 5 × 1e9): a range's bare low end takes them all.
  let lead = 1;
  let leading = true;
  let to = i;
  let last = 0; // the value of the last word read: a connector joins a round one to a smaller one
  for (;;) {
    const t = toks.get(to);
    if (!t || t.kind !== "word" || (to > i && t.breakBefore)) break;
    // `cincuenta y un kilos`, `vinte e uma`: after a connector the article that stands for one is the units.
    const card = lex.cardinals.get(t.key) ?? (to > i && lex.numberConnectors.has(toks.get(to - 1)!.key) && lex.articlesOne.has(t.key) ? 1 : undefined);
    const s = lex.scales.get(t.key);
    if (card !== undefined) {
      if (lead > 1) leading = false;
      group += card;
      last = card;
    } else if (s !== undefined && s < 1e6) {
      group = (group || 1) * s;
      scale = Math.max(scale, s);
      if (leading) lead *= s;
      last = s;
    } else if (s !== undefined) {
      total += (group || 1) * s;
      group = 0;
      scale = Math.max(scale, s);
      if (leading) lead *= s;
      last = s;
    } else if (lex.numberConnectors.has(t.key) && to > i && joinsAfterConnector(last, toks.get(to + 1), lex)) {
      to++;
      continue;
    } else break;
    to++;
  }
  if (to === i) return undefined;
  let value = total + group;
  // `mil 177 millones`: Mexican usage writes the thousands of a larger scale as `mil` and digits (1,177 million).
  const larger = scale === 1000 ? largerScaleGroup(toks, to, lex) : undefined;
  if (larger) {
    return { value: (value + larger.value / larger.scale) * larger.scale, from: i, to: larger.to, form: "words", scale: larger.scale, ordinal: false, yearLike: false };
  }
  const rest = trailingGroup(toks, to, lastScale(toks, to, lex), lex);
  if (rest) {
    value += rest.value;
    to = rest.to;
  }
  const half = rest || value >= 1000 ? undefined : halfBeforeUnit(toks, to, lex);
  if (half) {
    value += half.value;
    to = half.to;
  }
  return { value, from: i, to, form: "words", scale: Math.max(scale, lead), ordinal: false, yearLike: false };
}

/**
 * `tres y medio centímetros`, `dois e meio quilômetros`: in Spanish and Portuguese a connector and a half
 * after a small spelled number, right before its unit (or `por ciento`), add the half. Without the unit
 * after (`a las tres y media`) the words stay apart.
 */
function halfBeforeUnit(toks: Toks, at: number, lex: Lexicon): { value: number; to: number } | undefined {
  if (!lex.additive) return undefined;
  const link = toks.get(at);
  const fraction = toks.get(at + 1);
  const unit = toks.get(at + 2);
  if (!link || link.breakBefore || !lex.numberConnectors.has(link.key) || !fraction || fraction.breakBefore) return undefined;
  if (lex.fractions.get(fraction.key) !== 0.5 || !unit || unit.breakBefore) return undefined;
  return lex.units.matchAt(toks, at + 2) || lex.percent.matchAt(toks, at + 2) ? { value: 0.5, to: at + 2 } : undefined;
}

/** `mil 177 millones`, `24 mil 300 millones`: after `mil`, one to three digits with a scale of millions or more, a whole number of it. */
function largerScaleGroup(toks: Toks, at: number, lex: Lexicon): NumberCore | undefined {
  const digits = toks.get(at);
  if (digits?.kind !== "num" || !digits.spaced || digits.breakBefore || !/^\d{1,3}$/.test(digits.text)) return undefined;
  const larger = readDigits(toks, at, lex);
  return larger && larger.scale >= 1e6 && Number.isInteger(larger.value / larger.scale) ? larger : undefined;
}

/** The word after a connector continues the number: a number word that joins, or `un`/`uma` after a round ten (`treinta y un`). */
function joinsAfterConnector(last: number, next: Tok | undefined, lex: Lexicon): boolean {
  if (!next || next.breakBefore || next.kind !== "word") return false;
  if (isNumberWord(next, lex)) return joinsAfter(last, next, lex);
  return lex.articlesOne.has(next.key) && last >= 20 && last < 100 && last % 10 === 0;
}

/** `treinta y cinco`, `mil e quinhentos`, not `duas e três` (two numbers): a round number before a smaller one. */
function joinsAfter(last: number, next: Tok, lex: Lexicon): boolean {
  const card = lex.cardinals.get(next.key);
  return card === undefined || (last % 10 === 0 && card < last);
}

function isNumberWord(t: Tok | undefined, lex: Lexicon): boolean {
  return !!t && t.kind === "word" && (lex.cardinals.has(t.key) || lex.scales.has(t.key));
}

/**
 * Mexican usage writes the part below a scale word in digits: `mil 566`, `cuatro mil 865`,
 * `87 mil 235`, `3 millones 450 mil`. After a scale, a number smaller than it adds to the
 * amount (Spanish and Portuguese only).
 */
function trailingGroup(toks: Toks, at: number, scale: number, lex: Lexicon): { value: number; to: number } | undefined {
  // Only Spanish and Portuguese amounts past a thousand go on: no token is made for others.
  if (!lex.additive || scale < 1000) return undefined;
  const t = toks.get(at);
  // `12 millones y medio`: a connector and a fraction of the scale.
  const fraction = toks.get(at + 1);
  if (t && lex.numberConnectors.has(t.key) && fraction && !fraction.breakBefore && lex.fractions.has(fraction.key)) {
    return { value: scaled(lex.fractions.get(fraction.key)!, scale), to: at + 2 };
  }
  if (!t || t.kind !== "num" || !t.spaced || t.breakBefore || !/^\d{1,3}$/.test(t.text)) return undefined;
  const n = readDigits(toks, at, lex);
  // `R$ 80 mil 3 de março`: a day of a month opens a date after the amount, not its units.
  if (n && lex.months.matchAt(toks, n.to)) return undefined;
  return n && !n.ordinal && Number.isInteger(n.value) && n.value < scale ? { value: n.value, to: n.to } : undefined;
}

/** The scale of the word right before `at` (1 if it is not a scale word). */
function lastScale(toks: Toks, at: number, lex: Lexicon): number {
  const prev = toks.get(at - 1);
  return (prev && lex.scales.get(prev.key)) ?? 1;
}
