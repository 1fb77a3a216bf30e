import { createRequire } from "node:module";
import type winkNLPType from "wink-nlp";
import { once } from "./data-file.js";
import { Cuts, Scanner, lexemeTable } from "./scanner.js";
import { KIND_CODE, keyIdAt, keyIdOfToken } from "./tokens.js";

// Only wink-nlp's tokenizer runs (no POS, no entities): it keeps abbreviations (`U.S.`, `Gen.`,
// `e.g.`) whole, which is what sentence boundaries need. Loaded on first use, so commands that
// read no text (`--help`, `schema`, `eval`) start at once. The scanner (scanner.ts) cuts what
// prose is mostly made of the same way; wink-nlp cuts the rest. Both read the model's core once.
const require = createRequire(import.meta.url);

interface WinkCore {
  features: { lexeme: { list: string[]; intrinsicSize: number } };
  packing: { size: number; layout: { isContraction: [number, number, number] } };
  lexicon: ArrayLike<number>;
}

const wink = once(() => {
  const winkNLP = require("wink-nlp") as typeof winkNLPType;
  const model = require("wink-eng-lite-web-model") as { core(): WinkCore };
  const core = model.core();
  const { list, intrinsicSize } = core.features.lexeme;
  const [word, mask, shift] = core.packing.layout.isContraction;
  const lexemes = lexemeTable(list.slice(0, intrinsicSize), (i) => ((core.lexicon[word + i * core.packing.size]! & mask) >>> shift) !== 0);
  const nlp = winkNLP({ ...model, core: () => core } as unknown as Parameters<typeof winkNLPType>[0], []);
  return { nlp, its: nlp.its, scanner: new Scanner(lexemes) };
});

/**
 * wink-nlp splits text at runs of these characters (its model's `splitter`) and cuts each piece
 * between them on its own: a piece's tokens never depend on its neighbours. So each piece (a
 * "chunk") is cut on its own: by the scanner, or else by wink-nlp once per process and
 * remembered.
 */
function isChunkSeparator(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) ||
    c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/**
 * The tokens of one chunk, four numbers each: start and end within the chunk, kind code, key id.
 * Token values wink-nlp rewrote beyond recognition (none found in the chunk) are left out.
 */
export type ChunkTokens = Int32Array;

// Bounded, so a long batch of documents cannot grow it without end: when full it starts over.
const MEMO_LIMIT = 200_000;
const memo = new Map<string, ChunkTokens>();

/**
 * The longest piece wink-nlp is given. Two of its model's patterns (`[a-z].*\.$` and an e-mail
 * pattern) backtrack over a whole piece from each of its letters, so a piece costs time in the
 * square of its length: a base64 image, `U.S.U.S.…` or a column of `word-` lines joined into one
 * word would take minutes. Prose never comes near this (the fixtures' longest piece has 27
 * characters; a long URL has about 100); a longer run is cut into pieces of at most this many
 * characters, so the time per character stays bounded.
 */
export const MAX_PIECE = 160;

/**
 * Call `visit(from, to)` for each piece of `text[start, end)` in order: each run between
 * separators, a run longer than `MAX_PIECE` cut into bounded pieces (see `pieceEnd`).
 */
function forEachPiece(text: string, start: number, end: number, visit: (from: number, to: number) => void): void {
  let i = start;
  while (i < end) {
    while (i < end && isChunkSeparator(text.charCodeAt(i))) i++;
    if (i === end) break;
    const from = i;
    const limit = Math.min(end, from + MAX_PIECE + 1);
    while (i < limit && !isChunkSeparator(text.charCodeAt(i))) i++;
    if (i - from > MAX_PIECE) i = pieceEnd(text, from);
    visit(from, i);
  }
}

/**
 * Where to cut a run longer than `MAX_PIECE` that starts at `from`: just after its last
 * character that is neither a letter, a mark nor a digit in the second half of the bound (`U.S.`
 * `|U.S.`, `word-|word`, base64's `+` and `/`), so tokens wink-nlp would cut there anyway stay
 * whole; else at the bound, never inside a surrogate pair nor before a combining mark.
 */
function pieceEnd(text: string, from: number): number {
  const bound = from + MAX_PIECE;
  for (let k = bound; k > from + MAX_PIECE / 2; k--) {
    if (!isWordChar(text, k - 1) && isWordChar(text, k)) return k;
  }
  let k = bound;
  while (k > from + 1 && (isLowSurrogate(text.charCodeAt(k)) || COMBINING.test(text.charAt(k)))) k--;
  return k;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const COMBINING = /\p{M}/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  // A surrogate pair stays together: neither half is a place to cut after or before.
  return isLowSurrogate(c) || (c >= 0xd800 && c <= 0xdbff) || WORD_CHAR.test(text.charAt(i));
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Tokens of the span being read, four numbers each (see `readChunks`), reused span to span. */
let found = new Int32Array(4096);
const cuts = new Cuts();

/**
 * Call `visit(start, end, kind, keyId)` for each token of `text[start, end)` in order. The
 * scanner cuts each piece it can; the pieces it leaves (and wink-nlp has not cut before) wait
 * for one wink-nlp call for the whole span.
 */
export function readChunks(text: string, start: number, end: number, visit: (start: number, end: number, kind: number, keyId: number) => void): void {
  const { scanner } = wink();
  let n = 0;
  const put = (a: number, b: number, c: number, d: number) => {
    if (n + 4 > found.length) {
      const grown = new Int32Array(found.length * 2);
      grown.set(found);
      found = grown;
    }
    found[n++] = a;
    found[n++] = b;
    found[n++] = c;
    found[n++] = d;
  };
  // Each unseen piece once, however often it repeats in the span (`U.S.U.S.…` cut into pieces).
  let unseen: Map<string, number> | undefined;
  forEachPiece(text, start, end, (from, to) => {
    cuts.count = 0;
    if (scanner.scanChunk(text, from, to, cuts)) {
      for (let k = 0; k < cuts.count; k += 2) {
        const a = cuts.data[k]!;
        const b = cuts.data[k + 1]!;
        put(a, b, kindAt(text, a, b), keyIdAt(text, a, b));
      }
      return;
    }
    const chunk = text.slice(from, to);
    const known = memo.get(chunk);
    if (known) {
      for (let k = 0; k < known.length; k += 4) put(from + known[k]!, from + known[k + 1]!, known[k + 2]!, known[k + 3]!);
      return;
    }
    unseen ??= new Map();
    let index = unseen.get(chunk);
    if (index === undefined) unseen.set(chunk, (index = unseen.size));
    // A place holder: the piece's start and its index among the unseen pieces.
    put(-1, from, index, 0);
  });
  const fresh = unseen ? tokenizeChunks([...unseen.keys()]) : [];
  const all = found;
  for (let k = 0; k < n; k += 4) {
    if (all[k] !== -1) visit(all[k]!, all[k + 1]!, all[k + 2]!, all[k + 3]!);
    else {
      const from = all[k + 1]!;
      const packed = fresh[all[k + 2]!]!;
      for (let t = 0; t < packed.length; t += 4) visit(from + packed[t]!, from + packed[t + 1]!, packed[t + 2]!, packed[t + 3]!);
    }
  }
}

/**
 * Tokenize every piece of these texts not seen yet, all in one wink-nlp call: a gazetteer of
 * thousands of phrases is compiled with one call rather than one per phrase.
 */
export function learnChunks(texts: Iterable<string>): void {
  const { scanner } = wink();
  const unseen = new Set<string>();
  for (const text of texts) {
    forEachPiece(text, 0, text.length, (from, to) => {
      cuts.count = 0;
      if (scanner.scanChunk(text, from, to, cuts)) return;
      const chunk = text.slice(from, to);
      if (!memo.has(chunk)) unseen.add(chunk);
    });
  }
  if (unseen.size > 0) tokenizeChunks([...unseen]);
}

/**
 * The chunks known so far, each with its tokens' start and end (what a build step stores, so a
 * process can start with its gazetteers' phrases already cut: `seedChunks`).
 */
export function knownChunks(): [chunk: string, spans: number[]][] {
  return [...memo].map(([chunk, tokens]) => {
    const spans: number[] = [];
    for (let i = 0; i < tokens.length; i += 4) spans.push(tokens[i]!, tokens[i + 1]!);
    return [chunk, spans];
  });
}

/**
 * Remember chunks cut before (by `knownChunks` in a build, with this tokenizer): a token's kind
 * and key follow from its text, so only where each token starts and ends is stored.
 */
export function seedChunks(chunks: Iterable<readonly [chunk: string, spans: readonly number[]]>): void {
  for (const [chunk, spans] of chunks) {
    if (memo.has(chunk)) continue;
    if (memo.size >= MEMO_LIMIT) return;
    const packed = new Int32Array(spans.length * 2);
    for (let i = 0, n = 0; i < spans.length; i += 2) {
      const v = chunk.slice(spans[i]!, spans[i + 1]!);
      packed[n++] = spans[i]!;
      packed[n++] = spans[i + 1]!;
      packed[n++] = kindCode(v);
      packed[n++] = keyIdOfToken(v);
    }
    memo.set(chunk, packed);
  }
}

/** Tokenize chunks not seen yet (in one wink-nlp call) and remember them; returns them in order. */
function tokenizeChunks(chunks: readonly string[]): ChunkTokens[] {
  const values = splitByChunk(chunks);
  if (memo.size + chunks.length > MEMO_LIMIT) memo.clear();
  return chunks.map((chunk, i) => {
    const tokens = locate(chunk, values[i]!);
    memo.set(detach(chunk), tokens);
    return tokens;
  });
}

/** wink-nlp's token values for each chunk, from one document of the chunks joined by spaces. */
function splitByChunk(chunks: readonly string[]): string[][] {
  const { nlp, its } = wink();
  const doc = nlp.readDoc(chunks.join(" "));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const out: string[][] = [[]];
  for (let i = 0; i < values.length; i++) {
    // A token after a space opens the next chunk; a contraction's later parts follow with none.
    if (i > 0 && spaces[i]!.length > 0) out.push([]);
    out[out.length - 1]!.push(values[i]!);
  }
  if (out.length === chunks.length) return out;
  // Never seen, but cheap to guard: if the chunks cannot be told apart, read them one by one.
  return chunks.map((c) => nlp.readDoc(c).tokens().out(its.value) as string[]);
}

/** Place each token value in its chunk, from where the previous one ended. */
function locate(chunk: string, values: readonly string[]): ChunkTokens {
  const packed = new Int32Array(values.length * 4);
  let n = 0;
  let at = 0;
  for (const v of values) {
    if (v.trim() === "") continue;
    const found = chunk.startsWith(v, at) ? at : chunk.indexOf(v, at);
    if (found === -1) continue;
    packed[n++] = found;
    packed[n++] = found + v.length;
    packed[n++] = kindCode(v);
    packed[n++] = keyIdOfToken(v);
    at = found + v.length;
  }
  return n === packed.length ? packed : packed.slice(0, n);
}

/**
 * A copy of a chunk that does not keep the document alive: V8 makes long substrings views
 * into their parent string, and a remembered view would hold the whole window in memory.
 */
function detach(chunk: string): string {
  return chunk.length < 13 ? chunk : (" " + chunk).slice(1);
}

function kindCode(token: string): number {
  return kindAt(token, 0, token.length);
}

/** The kind code of the token `text[start, end)`, from its first characters. */
function kindAt(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (c >= 48 && c <= 57) return KIND_CODE.number!;
  const lower = c | 32;
  if (lower >= 97 && lower <= 122) return KIND_CODE.word!;
  if (c < 128) {
    if ((c === 45 || c === 46) && end - start > 1) {
      const next = text.charCodeAt(start + 1);
      if (next >= 48 && next <= 57) return KIND_CODE.number!;
    }
    return isAsciiPunctuation(c) ? KIND_CODE.punctuation! : KIND_CODE.symbol!;
  }
  const first = text.codePointAt(start)!;
  const ch = String.fromCodePoint(first);
  if (/^[\p{L}\p{M}]/u.test(ch)) return KIND_CODE.word!;
  return /^\p{P}/u.test(ch) ? KIND_CODE.punctuation! : KIND_CODE.symbol!;
}

/** ASCII punctuation but `$+<=>^`|~`, which Unicode calls symbols. */
function isAsciiPunctuation(c: number): boolean {
  const punctuation = (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
  return punctuation && c !== 36 && c !== 43 && c !== 60 && c !== 61 && c !== 62 && c !== 94 && c !== 96 && c !== 124 && c !== 126;
}
