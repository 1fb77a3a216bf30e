import { readArticleRange, readArticleRatio, readClaim, readNounRank, readNumberWordRank, readWordFractionShare, type ClaimPhrase, type ClaimRule } from "./claim.js";
import { countedNoun } from "./counted-noun.js";
import { joinCompoundDurations } from "./compound-duration.js";
import { joinCompoundAmounts } from "./compound-amount.js";
import { qualifierBefore, qualifierBeforePeriod, qualifierOverGap } from "./context.js";
import { nonClaimReason, type RawSource } from "./exclusions.js";
import type { Lexicon } from "./vocabulary.js";
import { firstAtOrAfter, type TokenTable } from "@procmine/core";
import { ENGLISH_FORMAT, gapFlags, isSpace, PARAGRAPH_BREAK, TokBuffer, TokView, type NumberFormat, type Toks } from "./tokenize.js";
import { yearOf } from "./year.js";

/** A numeric claim in the offsets of the text it was read from. */
export interface NumericClaim {
  start: number;
  end: number;
  value: number | [number, number];
  unit?: string;
  qualifier?: string;
  year?: number;
  rule: ClaimRule;
  confidence: number;
}

/** Characters of context tokenized around a candidate: enough for hedges, heads, nouns and years. */
const BEFORE = 90;
const AFTER = 180;
/** How far a window's bound moves to reach white space, so a run without any costs no more. */
const MAX_SNAP = 64;

/**
 * Reads every numeric claim in `text[from, to)` (one block, or a whole text). The hot path is
 * one regular-expression scan for digits and number words (`candidates`: pass the positions
 * `candidatePositions` found in the whole text when reading it block by block, so the text is
 * scanned once); only a small window around each candidate is tokenized and parsed.
 */
export function extractNumericClaims(
  text: string,
  lex: Lexicon,
  from = 0,
  to = text.length,
  candidates?: readonly number[],
  format: NumberFormat = ENGLISH_FORMAT,
  isMinus: (pos: number) => boolean = (pos) => text.charCodeAt(pos) === 45,
  source?: RawSource,
  coreTokens?: TokenTable,
): NumericClaim[] {
  const positions = candidates ?? candidatePositions(text, lex);
  // Windows move left to right: where they overlap, tokens read for one serve the next.
  // One buffer serves every call (a call per block); a call made while it is in use takes its own.
  const read = bufferInUse ? new TokBuffer(text) : shared;
  read.reset(text, format, lex.gluedCurrencyPrefixes, lex.hyphenedScales, coreTokens);
  const inUse = bufferInUse;
  bufferInUse = true;
  try {
    return readClaims(text, lex, from, to, positions, isMinus, source, read);
  } finally {
    bufferInUse = inUse;
    // The text and its token objects are let go, the columns kept.
    if (read === shared) read.reset("", ENGLISH_FORMAT, NO_WORDS, NO_WORDS, undefined);
  }
}

const shared = new TokBuffer("");
let bufferInUse = false;
const NO_WORDS: ReadonlySet<string> = new Set();

function readClaims(
  text: string,
  lex: Lexicon,
  from: number,
  to: number,
  positions: readonly number[],
  isMinus: (pos: number) => boolean,
  source: RawSource | undefined,
  read: TokBuffer,
): NumericClaim[] {
  const claims: NumericClaim[] = [];
  let consumed = from;
  let readFrom = -1;
  let readTo = -1;
  for (let c = firstAtOrAfter(positions, from, identity); c < positions.length && positions[c]! < to; c++) {
    const at = positions[c]!;
    if (at < consumed) continue;
    const lo = Math.max(from, at - BEFORE);
    const hi = Math.min(to, at + AFTER);
    // Tokens are read from white space to white space, each stretch once: in a run of text
    // without white space (a base64 image) every candidate would otherwise read the whole run.
    if (readFrom < 0 || lo > readTo) {
      readFrom = snapBack(text, lo, from);
      readTo = readFrom;
      read.clear();
    }
    if (hi > readTo) {
      const upTo = snapForward(text, hi, to);
      read.read(readTo, upTo, readTo === from);
      readTo = upTo;
    }
    // The window itself ends at white space near its bounds; far from any, at the tokens there.
    const windowFrom = snapBack(text, lo, Math.max(from, lo - MAX_SNAP));
    const windowTo = snapForward(text, hi, Math.min(to, hi + MAX_SNAP));
    const snapped = windowFrom === from || isSpaceAt(text, windowFrom - 1);
    const toks = windowOf(text, read, windowFrom, windowTo, windowFrom === from, snapped);
    const i = toks.firstFrom(at);
    if (i >= toks.length || toks.start(i) !== at) continue; // inside a word: km2, CT3N
    const claim = readClaim(toks, startOf(toks, i, lex), lex);
    if (!claim) continue;
    consumed = toks.get(claim.to - 1)!.end;
    // A number past what a double holds (310 digits) is no quantity anyone stated.
    if (!isFiniteValue(claim.value)) continue;
    if (nonClaimReason(toks, claim, lex, source) !== undefined) continue;
    claims.push(describe(toks, withSign(toks, claim, isMinus, lex), lex));
  }
  return joinCompoundAmounts(joinCompoundDurations(claims, text, lex), text, lex);
}

const isFiniteValue = (v: number | [number, number]): boolean =>
  typeof v === "number" ? Number.isFinite(v) : Number.isFinite(v[0]) && Number.isFinite(v[1]);

/**
 * `-5%`, `(-3.2)`: a minus sign (`-` or U+2212 in the raw text, `isMinus`) right before a lone
 * number, standing apart from what precedes it, is part of the value and the span. A hyphen
 * between two numbers or after a word (`5-10`, `COVID-19`, `F-16`) is not a sign. A minus word
 * (`menos 61.2 por ciento`, data) is one too, unless it ends a qualifier (`al menos 5`); after a
 * share that ends its clause (`50.4 por ciento menos.`) it signs the share.
 */
function withSign(toks: Toks, claim: ClaimPhrase, isMinus: (pos: number) => boolean, lex: Lexicon): ClaimPhrase {
  const sign = toks.get(claim.from - 1);
  const number = toks.get(claim.from)!;
  if (typeof claim.value !== "number" || claim.numbers[0]?.yearLike) return claim;
  const after = toks.get(claim.to);
  if (claim.rule === "percent" && after && !after.breakBefore && lex.minusWords.has(after.key)) {
    const next = toks.get(claim.to + 1);
    if (!next || next.breakBefore || (next.kind === "sym" && /^[.,;:)]$/.test(next.text))) {
      return { ...claim, to: claim.to + 1, value: -claim.value };
    }
  }
  if (!sign || number.breakBefore) return claim;
  // `| +133% |`, `(+24,1 milhões)`: a plus sign set apart from what precedes marks a rise; the span keeps it.
  if (number.kind === "num" && sign.kind === "sym" && sign.text === "+" && !number.spaced && standsApart(toks, claim.from - 1)) {
    return { ...claim, from: claim.from - 1 };
  }
  if (sign.kind === "word" && lex.minusWords.has(sign.key)) {
    const hedge = lex.hedges.matchBefore(toks, claim.from);
    return hedge && hedge.from < claim.from - 1 ? claim : { ...claim, from: claim.from - 1, value: -claim.value };
  }
  if (number.kind !== "num") return claim;
  if (sign.kind !== "sym" || sign.text !== "-" || number.spaced || !isMinus(sign.start)) return claim;
  return standsApart(toks, claim.from - 1) ? { ...claim, from: claim.from - 1, value: -claim.value } : claim;
}

/** The sign at `i` stands apart from what precedes it (a space, a paragraph start, `(`, a cell's comma): it signs the number after it. */
function standsApart(toks: Toks, i: number): boolean {
  const sign = toks.get(i)!;
  return sign.spaced || sign.breakBefore || toks.get(i - 1)?.text === "(" || opensCell(toks, i);
}

/** `930,-12`, `"1,193",-12`: the token at `i` opens a cell of a comma-separated row. */
function opensCell(toks: Toks, i: number): boolean {
  const comma = toks.get(i - 1);
  const cell = toks.get(i - 2);
  return comma?.text === "," && !comma.spaced && !toks.get(i)!.spaced && cell !== undefined && (cell.kind === "num" || cell.text === '"');
}

function describe(toks: Toks, claim: ClaimPhrase, lex: Lexicon): NumericClaim {
  // A year after a hedged gap (`al menos, 2019 fue …`) keeps its span: the adverb is the sentence's.
  const hedge = qualifierBefore(toks, claim.from, lex) ?? (claim.numbers[0]?.yearLike ? undefined : qualifierOverGap(toks, claim.from, lex));
  // `between 5,000 and 7,000`, `between US$300 and US$1,500`, `entre un cuarto y la mitad`: a range of any kind keeps its opener.
  const opener = Array.isArray(claim.value) && lex.rangeOpeners.has(toks.get(claim.from - 1)?.key ?? "");
  const spanFrom = hedge?.from ?? (opener ? claim.from - 1 : claim.from);
  // `60 percent or more`, `dos o más personas`: a bound after the number joins the span; the noun follows it.
  // A sign written against the number (`about 84,000+`) joins it even after a hedge, which stays the qualifier.
  const bound = qualifierAfter(toks, claim.to, lex);
  const after = hedge && toks.get(claim.to)?.kind !== "sym" ? undefined : bound;
  const to = after?.to ?? claim.to;
  const qualifier = hedge?.qualifier ?? after?.value ?? qualifierBeforePeriod(toks, claim.from, lex);
  const unit = claim.unit ?? countedNoun(toks, to, lex);
  const value = unit !== undefined && claim.unit === undefined ? wholeCount(toks, claim) : claim.value;
  const year = yearOf(toks, spanFrom, claim.to, lex);
  const confidence = lex.confidence.rules[claim.rule] - (unit ? 0 : lex.confidence.noUnitPenalty);
  return {
    start: toks.get(spanFrom)!.start,
    end: claim.headChars !== undefined && to === claim.to ? toks.get(to - 1)!.start + claim.headChars : toks.get(to - 1)!.end,
    value,
    ...(unit ? { unit } : {}),
    ...(qualifier ? { qualifier } : {}),
    ...(year !== undefined ? { year } : {}),
    rule: claim.rule,
    confidence,
  };
}

/**
 * `42.400 palabras` in a document that writes `5.2` for five point two: things counted by their noun
 * come whole, so a number with one mark and three digits after it (which either convention may
 * write) is read with the mark as a thousands separator. Measures (`2.125 km`) keep their reading.
 */
function wholeCount(toks: Toks, claim: ClaimPhrase): number | [number, number] {
  if (claim.rule !== "digits" || typeof claim.value !== "number" || Number.isInteger(claim.value)) return claim.value;
  let number: string | undefined;
  for (let k = claim.from; k < claim.to; k++) {
    const t = toks.get(k)!;
    if (t.kind === "word") return claim.value;
    if (t.kind === "num") {
      if (number !== undefined) return claim.value;
      number = t.text;
    }
  }
  if (number === undefined || !/^[1-9]\d{0,2}[.,]\d{3}$/.test(number)) return claim.value;
  const whole = Number(number.replace(/[.,]/, ""));
  return claim.value < 0 ? -whole : whole;
}

/**
 * `or more`, `ou mais` right after a claim, unless a number or `than` goes on (`5 or more than 10`).
 * A sign (`36+`) bounds only the number it is written against: `36 + 5` is a sum.
 */
function qualifierAfter(toks: Toks, at: number, lex: Lexicon) {
  const t = toks.get(at);
  if (!t || t.breakBefore || (t.kind === "sym" && t.spaced)) return undefined;
  const hit = lex.hedgesAfter.matchAt(toks, at);
  const next = hit && toks.get(hit.to);
  if (!hit || (next && !next.breakBefore && (next.kind === "num" || lex.hedges.matchAt(toks, hit.to - 1)))) return undefined;
  return hit;
}

/** Where the phrase of a candidate starts: `#132`, `US$450`, `a million`, `a decade` begin before the number. */
function startOf(toks: Toks, i: number, lex: Lexicon): number {
  const t = toks.get(i)!;
  const prev = toks.get(i - 1);
  if (t.kind === "num") {
    if (prev?.text === "#" && !t.spaced) return i - 1;
    // `el puesto 133 de 180`: the rank noun starts the rank.
    if (prev && lex.rankNouns.has(prev.key) && !t.breakBefore && readNounRank(toks, i - 1, lex)) return i - 1;
    const currency = lex.currencyPrefixes.matchBefore(toks, i);
    if (currency && !t.breakBefore) return currency.from;
  }
  // `Una de cada tres`: the article before a ratio's link starts the ratio.
  const link = lex.ratioLinks.matchBefore(toks, i);
  if (link && link.from > 0 && link.to === i && lex.articlesOne.has(toks.get(link.from - 1)!.key) && readArticleRatio(toks, link.from - 1, lex)) return link.from - 1;
  // `de um a quatro anos`: the article standing for one starts the range.
  if (i >= 2 && lex.articlesOne.has(toks.get(i - 2)!.key) && readArticleRange(toks, i - 2, lex)) return i - 2;
  if (t.kind === "num") {
    return i;
  } else if (lex.cardinals.has(t.key) && prev && lex.rankNumberWords.has(prev.key) && readNumberWordRank(toks, i - 1, lex)) {
    return i - 1; // `number two`: the word `number` is part of the rank, as `#` is
  } else if (lex.periodNouns.words.has(t.key) && prev && lex.articlesOne.has(prev.key) && !t.breakBefore) {
    // `half a decade`: a fraction before the article starts the span.
    const fraction = toks.get(i - 2);
    if (fraction && lex.fractions.has(fraction.key) && !prev.breakBefore) return i - 2;
    return i - 1; // `a decade`: the article is part of the span
  } else if (lex.additive && lex.periodNouns.words.has(t.key) && prev && lex.fractions.get(prev.key) !== undefined && !t.breakBefore) {
    return i - 1; // `medio siglo`: the fraction starts the span
  } else if (lex.additive && (lex.scales.get(t.key) ?? 0) >= 1e6 && prev && lex.fractions.get(prev.key) === 0.5 && !t.breakBefore) {
    return i - 1; // `medio millón`: the half starts the number
  } else if (lex.scales.has(t.key) && prev && lex.articlesOne.has(prev.key)) {
    // `half a million`: the fraction word before the article starts the number.
    const fraction = toks.get(i - 2);
    if (fraction && lex.fractions.has(fraction.key) && !prev.breakBefore) return i - 2;
    return i - 1;
  } else if (lex.shares.denominators.has(t.key) && prev && !t.breakBefore && readWordFractionShare(toks, i - 1, lex)) {
    return i - 1; // `um sexto`: the numerator (an article standing for one, too) starts the share
  }
  return i;
}

/**
 * The tokens of [from, to) exactly as `tokenize(text, from, to, atBlockStart)` gives them: no
 * token holds white space, so they are the tokens already read there; only the first one's gap
 * starts at `from`. A window that is not `snapped` to white space (inside a long run without
 * any) takes the whole tokens that start in it, as they were read.
 */
function windowOf(text: string, read: TokBuffer, from: number, to: number, atBlockStart: boolean, snapped: boolean): TokView {
  const first = read.firstFrom(from);
  const end = read.firstFrom(to);
  if (first < end && snapped) {
    const gap = text.slice(from, read.start(first));
    const spaced = gap.length > 0;
    const breakBefore = atBlockStart || (gap.length > 1 && PARAGRAPH_BREAK.test(gap));
    if (read.spaced(first) !== spaced || read.breakBefore(first) !== breakBefore) return new TokView(read, first, end, gapFlags(spaced, breakBefore));
  }
  return new TokView(read, first, end);
}

const isSpaceAt = (text: string, i: number): boolean => i >= 0 && isSpace(text.charCodeAt(i));

/** Window bounds fall on white space so no token is cut. */
function snapBack(text: string, pos: number, min: number): number {
  while (pos > min && !isSpace(text.charCodeAt(pos - 1))) pos--;
  return pos;
}

function snapForward(text: string, pos: number, max: number): number {
  while (pos < max && !isSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

const identity = (n: number) => n;

/** Where candidates start in `text`, in order: one scan of the whole text. */
export function candidatePositions(text: string, lex: Lexicon): number[] {
  if (lex.additive) return unicodeCandidates(text, candidateWords(lex));
  const re = candidatePattern(lex);
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
  return out;
}

const patterns = new WeakMap<Lexicon, RegExp>();
const wordSets = new WeakMap<Lexicon, ReadonlySet<string>>();

/** The words that can begin or carry a number: cardinals, scales, ordinals, multiples, shares (and their fraction words), period nouns. */
function wordsOf(lex: Lexicon): string[] {
  // An article standing for one (`um`, `un`) is reached from the scale after it, never on its own.
  const words = [...lex.cardinals.keys(), ...lex.scales.keys(), ...lex.ordinals.keys(), ...lex.multiples.keys(), ...lex.shares.words, ...lex.shares.denominators.keys(), ...lex.periodNouns.words.keys()]
    .filter((w) => !lex.articlesOne.has(w));
  return [...new Set(words)];
}

/** Digits (every run, so a cell after an unquoted comma, `831,832`, is reached), or a word that can begin or carry a number (`\b` bounds: English words are ASCII). */
function candidatePattern(lex: Lexicon): RegExp {
  let re = patterns.get(lex);
  if (!re) {
    const alternation = wordsOf(lex).sort((a, b) => b.length - a.length).map(escape).join("|");
    re = new RegExp(`\\d+|\\b(?:${alternation})\\b`, "gi");
    patterns.set(lex, re);
  }
  return re;
}

function candidateWords(lex: Lexicon): ReadonlySet<string> {
  let words = wordSets.get(lex);
  if (!words) {
    const list = wordsOf(lex);
    // The scan below relies on it: every word is letters only, in lower case.
    for (const w of list) if (!/^\p{L}+$/u.test(w) || w !== w.toLowerCase()) throw new Error(`number word "${w}" is not lower-case letters only`);
    words = new Set(list);
    wordSets.set(lex, words);
  }
  return words;
}

/**
 * What `/\d+|(?<![\p{L}\p{N}])(?:WORDS)(?![\p{L}\p{N}])/giu` finds, without its cost (one
 * Unicode case-insensitive alternation of some 200 words tried at every position was most of the
 * numbers extractor's scan): the start of every run of ASCII digits, and of every run of letters
 * and numbers that, as a whole, is one of `words` case-insensitively (words are letters only, so
 * the bounds make the match the whole run). Case is folded as the regular expression folds it:
 * lower case, and the long s (`ſ`) is an `s`.
 */
function unicodeCandidates(text: string, words: ReadonlySet<string>): number[] {
  const out: number[] = [];
  // No word is longer, and folding never makes a run shorter: a longer run is not looked up.
  let longest = 0;
  for (const w of words) longest = Math.max(longest, w.length);
  // An ASCII letter folds to its own lower case: a run that starts with one no word starts with is not looked up.
  const firstAscii = new Uint8Array(128);
  for (const w of words) if (w.charCodeAt(0) < 128) firstAscii[w.charCodeAt(0)] = 1;
  const asciiShapes = asciiShapesOf(words, longest);
  const n = text.length;
  let inRun = false;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      out.push(i);
      while (i < n && isAsciiDigit(text.charCodeAt(i))) i++;
      inRun = true;
      continue;
    }
    const cp = c < 128 ? c : text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!isLetterOrNumber(cp)) {
      inRun = false;
    } else if (!inRun) {
      inRun = true;
      let end = i + width;
      let ascii = c < 128;
      while (end < n) {
        const next = text.charCodeAt(end);
        if (next < 128) {
          if (!isLetterOrNumber(next)) break;
          end++;
          continue;
        }
        const point = text.codePointAt(end)!;
        if (!isLetterOrNumber(point)) break;
        ascii = false;
        end += point > 0xffff ? 2 : 1;
      }
      if (end - i <= longest && (c >= 128 || firstAscii[c | 32] === 1) && (!ascii || asciiShapes[shapeIndex(end - i, c, text.charCodeAt(end - 1))] === 1) && words.has(folded(text.slice(i, end)))) out.push(i);
      // The rest of the run starts nothing, but at a digit (read above, from its own start).
      let next = i + width;
      while (next < end && !isAsciiDigit(text.charCodeAt(next))) next++;
      i = next;
      continue;
    }
    i += width;
  }
  return out;
}

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The length, first and last character (ASCII letters in lower case) of every ASCII word: a run
 * of ASCII characters only folds to its own lower case, so one whose shape no word has is none of
 * them, and is neither cut from the text nor folded (most of a text's words start with a letter
 * some number word starts with).
 */
function asciiShapesOf(words: ReadonlySet<string>, longest: number): Uint8Array {
  let shapes = shapeTables.get(words);
  if (shapes === undefined) {
    shapes = new Uint8Array((longest + 1) * 128 * 128);
    for (const w of words) {
      if (w.length === 0 || [...w].some((ch) => ch.charCodeAt(0) >= 128)) continue;
      shapes[shapeIndex(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;
    }
    shapeTables.set(words, shapes);
  }
  return shapes;
}

/** Each word set's table, made once (the sets are made once per lexicon: `candidateWords`). */
const shapeTables = new WeakMap<ReadonlySet<string>, Uint8Array>();

/** Where a run's shape is in `asciiShapesOf`'s table (ASCII capitals read as their lower case). */
function shapeIndex(length: number, first: number, last: number): number {
  const lower = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);
  return (length * 128 + lower(first)) * 128 + lower(last);
}

/** Case folded as the expression would: lower case, the long s an `s` (replaced only where there is one). */
function folded(run: string): string {
  const lower = run.toLowerCase();
  return lower.includes("ſ") ? lower.replace(/ſ/g, "s") : lower;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** `\p{L}` or `\p{N}` by code point below 0x10000: 0 not asked yet, 1 yes, 2 no. */
const BMP_CLASS = new Uint8Array(0x10000);

function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  if (cp > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
  let k = BMP_CLASS[cp]!;
  if (k === 0) {
    k = LETTER_OR_NUMBER.test(String.fromCharCode(cp)) ? 1 : 2;
    BMP_CLASS[cp] = k;
  }
  return k === 1;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
