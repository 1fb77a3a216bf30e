import { once } from "./data-file.js";
import { Cuts, Scanner, closesWord, lexemeTable, type HyphenPreserve } from "./scanner.js";
import { joinLigatureWords } from "./ligatures.js";
import { KIND_CODE, keyIdAt, keyIdAtHashed, keyIdOfToken } from "./tokens.js";
import { winkCore, winkTokenValues } from "./wink-tokenizer.js";

// Only wink-nlp's tokenizer runs (no POS, no entities): it keeps abbreviations (`U.S.`, `Gen.`,
// `e.g.`) whole, which is what sentence boundaries need. Loaded on first use, so commands that
// read no text (`--help`, `schema`, `eval`) start at once. The scanner (scanner.ts) cuts what
// prose is mostly made of the same way; wink-nlp cuts the rest (wink-tokenizer.ts, each chunk as
// a fresh process would). Both read the model's core once.
const scanner = once(() => {
  const table = seededScanner ?? scannerTable();
  return new Scanner(new Map(table.lexemes), table.preserve);
});

/** What the scanner reads of wink-nlp's model: its lexeme table (see `lexemeTable`) and hyphen rules. */
export interface ScannerTable {
  lexemes: [lexeme: string, contraction: boolean][];
  preserve: HyphenPreserve;
}

/** The scanner's table, read from wink-nlp's model (what a build stores: `seedScanner`). */
export function scannerTable(): ScannerTable {
  const { core } = winkCore();
  const { list, intrinsicSize } = core.features.lexeme;
  const [word, mask, shift] = core.packing.layout.isContraction;
  const contraction = (i: number) => ((core.lexicon[word + i * core.packing.size]! & mask) >>> shift) !== 0;
  return { lexemes: [...lexemeTable(list.slice(0, intrinsicSize), contraction)], preserve: core.preserve as HyphenPreserve };
}

let seededScanner: ScannerTable | undefined;

/**
 * The scanner's table as a build stored it (`scannerTable`, from the same model): the scanner
 * then starts without reading wink-nlp's model, which is read only when a piece needs wink-nlp.
 */
export function seedScanner(table: ScannerTable): void {
  seededScanner = table;
}

/**
 * wink-nlp splits text at runs of these characters (its model's `splitter`) and cuts each piece
 * between them on its own: a piece's tokens never depend on its neighbours. So each piece (a
 * "chunk") is cut on its own: by the scanner, or else by wink-nlp (as a fresh process would, so
 * the cut depends on the chunk's text alone) once per process and remembered.
 */
function isChunkSeparator(c: number): boolean {
  // Printable ASCII, what text is mostly made of, is told by two comparisons.
  if (c <= 32) return c === 32 || c === 10 || c === 13 || c === 9;
  if (c < 0xa0) return false;
  return c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
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
 * The end of the piece that starts at `from` (not a separator): the run up to the next
 * separator, a run longer than `MAX_PIECE` cut into bounded pieces (see `pieceEnd`).
 */
function pieceEndFrom(text: string, from: number, end: number): number {
  let i = from;
  const limit = Math.min(end, from + MAX_PIECE + 1);
  while (i < limit && !isChunkSeparator(text.charCodeAt(i))) i++;
  return i - from > MAX_PIECE ? pieceEnd(text, from) : i;
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

const cuts = new Cuts();
/** FNV-1a's offset basis and prime, as `hashSpan` (text-index.ts) hashes a span. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Call `visit(start, end, kind, keyId)` for each token of `text[start, end)` in order. The
 * scanner cuts each piece it can; wink-nlp cuts the others, each once per process.
 */
export function readChunks(text: string, start: number, end: number, visit: (start: number, end: number, kind: number, keyId: number) => void): void {
  const scan = scanner();
  end = Math.min(end, text.length); // a span asked past the text reads no missing character as a letter
  // Piece by piece (each run between separators: see `pieceEndFrom`), in one loop.
  for (let from = start; from < end; ) {
    if (isChunkSeparator(text.charCodeAt(from))) {
      from++;
      continue;
    }
    // A piece of letters only, ASCII or Latin-1 (most of prose's): its end found, its letters
    // checked and hashed for its key in one pass, where the scanner would read it again to cut it
    // and the spelling table again to hash it. It is one word token (`Scanner.isOneWord`).
    const limit = Math.min(end, from + MAX_PIECE + 1);
    let i = from;
    let h = FNV_OFFSET;
    for (; i < limit; i++) {
      const c = text.charCodeAt(i);
      const l = c | 32;
      if ((l < 97 || l > 122) && (c < 0xc0 || c > 0xff || c === 0xd7 || c === 0xf7)) break;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    if (i > from && i - from <= MAX_PIECE && (i === end || isChunkSeparator(text.charCodeAt(i))) && scan.isOneWord(text, from, i)) {
      visit(from, i, KIND_CODE.word!, keyIdAtHashed(text, from, i, h));
      from = i;
      continue;
    }
    // The letters then one mark that closes a word (`word,` `word.`): the word and the mark, or one
    // token when the chunk is a lexeme (`etc.`), as the scanner cuts it (`Scanner.wordThenMark`).
    if (i > from && i < end && i + 1 - from <= MAX_PIECE && closesWord(text.charCodeAt(i)) && (i + 1 === end || isChunkSeparator(text.charCodeAt(i + 1)))) {
      const cut = scan.wordThenMark(text, from, i + 1);
      if (cut === 2) {
        visit(from, i, KIND_CODE.word!, keyIdAtHashed(text, from, i, h));
        visit(i, i + 1, kindAt(text, i, i + 1), keyIdAt(text, i, i + 1));
        from = i + 1;
        continue;
      }
      if (cut === 1) {
        visit(from, i + 1, kindAt(text, from, i + 1), keyIdAt(text, from, i + 1));
        from = i + 1;
        continue;
      }
    }
    const to = pieceEndFrom(text, from, end);
    cuts.count = 0;
    if (scan.scanChunk(text, from, to, cuts)) {
      for (let k = 0; k < cuts.count; k += 2) {
        const a = cuts.data[k]!;
        const b = cuts.data[k + 1]!;
        visit(a, b, kindAt(text, a, b), keyIdAt(text, a, b));
      }
    } else {
      const chunk = text.slice(from, to);
      const known = memo.get(chunk) ?? tokenizeChunk(chunk);
      for (let k = 0; k < known.length; k += 4) visit(from + known[k]!, from + known[k + 1]!, known[k + 2]!, known[k + 3]!);
    }
    from = to;
  }
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
 * Chunks cut before (by `knownChunks` in a build, with this tokenizer), each taken up the first
 * time it is met: a token's kind and key follow from its text, so only where each token starts
 * and ends is stored, and a process reads no key it does not meet (a start no longer pays for
 * thousands of gazetteer pieces its lexicons, loaded whole, never cut again).
 */
const seeded = new Map<string, readonly number[]>();

/** Remember chunks cut before (see `seeded`). */
export function seedChunks(chunks: Iterable<readonly [chunk: string, spans: readonly number[]]>): void {
  for (const [chunk, spans] of chunks) if (!seeded.has(chunk)) seeded.set(chunk, spans);
}

/** A seeded chunk's tokens, packed as `memo` holds them. */
function fromSeed(chunk: string, spans: readonly number[]): ChunkTokens {
  const packed = new Int32Array(spans.length * 2);
  for (let i = 0, n = 0; i < spans.length; i += 2) {
    const v = chunk.slice(spans[i]!, spans[i + 1]!);
    packed[n++] = spans[i]!;
    packed[n++] = spans[i + 1]!;
    packed[n++] = kindCode(v);
    packed[n++] = keyIdOfToken(v);
  }
  return packed;
}

/** Tokenize a chunk not seen yet (from a seed if there is one, else with wink-nlp) and remember it. */
function tokenizeChunk(chunk: string): ChunkTokens {
  const spans = seeded.get(chunk);
  const cut = spans ? fromSeed(chunk, spans) : locate(chunk, winkTokenValues(chunk));
  // A word wink-nlp cut at a ligature (`trá` `ﬁ` `co`) is one word again.
  const tokens = joinLigatureWords(chunk, cut, (a, b) => [kindAt(chunk, a, b), keyIdAt(chunk, a, b)]);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(detach(chunk), tokens);
  return tokens;
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
