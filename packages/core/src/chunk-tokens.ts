import { createRequire } from "node:module";
import type winkNLPType from "wink-nlp";
import { once } from "./data-file.js";
import { KIND_CODE, keyIdOfToken } from "./tokens.js";

// Only wink-nlp's tokenizer runs (no POS, no entities): it keeps abbreviations (`U.S.`, `Gen.`,
// `e.g.`) whole, which is what sentence boundaries need. Loaded on first use, so commands that
// read no text (`--help`, `schema`, `eval`) start at once.
const require = createRequire(import.meta.url);
const wink = once(() => {
  const winkNLP = require("wink-nlp") as typeof winkNLPType;
  const nlp = winkNLP(require("wink-eng-lite-web-model"), []);
  return { nlp, its: nlp.its };
});

/**
 * wink-nlp splits text at runs of these characters (its model's `splitter`) and cuts each piece
 * between them on its own: a piece's tokens never depend on its neighbours. So each distinct
 * piece (a "chunk") is tokenized once per process and remembered, which is most of core's time
 * saved, since prose repeats its words.
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
 * Visit the chunks of `text[start, end)` in order, each with where it starts and its tokens.
 * Chunks are visited as they come while all are known (the common case, which allocates
 * nothing); from the first unseen one on, they wait for one wink-nlp call.
 */
export function readChunks(text: string, start: number, end: number, visit: (from: number, tokens: ChunkTokens) => void): void {
  let pending: { starts: number[]; found: (ChunkTokens | undefined)[]; unseen: string[] } | undefined;
  let i = start;
  while (i < end) {
    while (i < end && isChunkSeparator(text.charCodeAt(i))) i++;
    if (i === end) break;
    const from = i;
    while (i < end && !isChunkSeparator(text.charCodeAt(i))) i++;
    const chunk = text.slice(from, i);
    const known = memo.get(chunk);
    if (known && !pending) {
      visit(from, known);
      continue;
    }
    pending ??= { starts: [], found: [], unseen: [] };
    pending.starts.push(from);
    pending.found.push(known);
    if (!known) pending.unseen.push(chunk);
  }
  if (pending) {
    const fresh = tokenizeChunks(pending.unseen);
    for (let c = 0, f = 0; c < pending.starts.length; c++) visit(pending.starts[c]!, pending.found[c] ?? fresh[f++]!);
  }
}

/**
 * Tokenize every chunk of these texts not seen yet, all in one wink-nlp call: a gazetteer of
 * thousands of phrases is compiled with one call rather than one per phrase.
 */
export function learnChunks(texts: Iterable<string>): void {
  const unseen = new Set<string>();
  for (const text of texts) {
    for (let i = 0; i < text.length; ) {
      while (i < text.length && isChunkSeparator(text.charCodeAt(i))) i++;
      const from = i;
      while (i < text.length && !isChunkSeparator(text.charCodeAt(i))) i++;
      if (i > from) {
        const chunk = text.slice(from, i);
        if (!memo.has(chunk)) unseen.add(chunk);
      }
    }
  }
  if (unseen.size > 0) tokenizeChunks([...unseen]);
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
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) return KIND_CODE.number!;
  const lower = c | 32;
  if (lower >= 97 && lower <= 122) return KIND_CODE.word!;
  if (c < 128) {
    if ((c === 45 || c === 46) && token.length > 1 && token.charCodeAt(1) >= 48 && token.charCodeAt(1) <= 57) return KIND_CODE.number!;
    return /^[!-/:-@[-`{-~]/.test(token) && !/^[$+<=>^`|~]/.test(token) ? KIND_CODE.punctuation! : KIND_CODE.symbol!;
  }
  if (/^[\p{L}\p{M}]/u.test(token)) return KIND_CODE.word!;
  return /^\p{P}/u.test(token) ? KIND_CODE.punctuation! : KIND_CODE.symbol!;
}
