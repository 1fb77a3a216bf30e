import { knownChunk, isChunkSeparator, tokenizeChunks, wink, type ChunkTokens } from "./chunk-tokens.js";
import { layout } from "./layout-data.js";
import { TokenTable } from "./tokens.js";

export interface Sentence {
  /** Analysis offsets. */
  start: number;
  end: number;
  firstToken: number;
  /** Exclusive. */
  endToken: number;
}

const wordTokens = new Map<string, string[]>();
const PLAIN_PHRASE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * The token values of a short text (a gazetteer phrase), cut as documents are cut. Phrases of
 * plain ASCII words are cut word by word through a cache: gazetteers repeat their words, and
 * wink-nlp cuts such a word alone as it does in a sentence (`cannot` -> `can`, `not`).
 */
export function tokenize(text: string): string[] {
  const { nlp, its } = wink();
  if (!PLAIN_PHRASE.test(text)) return nlp.readDoc(text).tokens().out(its.value) as string[];
  const out: string[] = [];
  for (const word of text.split(" ")) {
    let cut = wordTokens.get(word);
    if (!cut) {
      cut = nlp.readDoc(word).tokens().out(its.value) as string[];
      wordTokens.set(word, cut);
    }
    out.push(...cut);
  }
  return out;
}

/**
 * Tokens and sentences of one span of the analysis text (a block), appended to `tokens` and
 * `sentences`. The span is cut into wink-nlp's chunks; chunks seen before take their
 * remembered tokens, the others are tokenized together in one call.
 */
export function segmentSpan(text: string, start: number, end: number, tokens: TokenTable, sentences: Sentence[], oneSentence = false): void {
  const first = tokens.count;
  // Chunks are pushed as they come while all are known (the common case, which allocates
  // nothing); from the first unseen one on, they wait for one wink-nlp call.
  let pending: { starts: number[]; found: (ChunkTokens | undefined)[]; unseen: string[] } | undefined;
  let i = start;
  while (i < end) {
    while (i < end && isChunkSeparator(text.charCodeAt(i))) i++;
    if (i === end) break;
    const from = i;
    while (i < end && !isChunkSeparator(text.charCodeAt(i))) i++;
    const chunk = text.slice(from, i);
    const known = knownChunk(chunk);
    if (known && !pending) {
      pushChunk(tokens, from, known, first);
      continue;
    }
    pending ??= { starts: [], found: [], unseen: [] };
    pending.starts.push(from);
    pending.found.push(known);
    if (!known) pending.unseen.push(chunk);
  }
  if (pending) {
    const fresh = tokenizeChunks(pending.unseen);
    for (let c = 0, f = 0; c < pending.starts.length; c++) pushChunk(tokens, pending.starts[c]!, pending.found[c] ?? fresh[f++]!, first);
  }
  if (!oneSentence) splitSentences(tokens, first, tokens.count, sentences);
  else if (tokens.count > first) {
    sentences.push({ start: tokens.start(first), end: tokens.end(tokens.count - 1), firstToken: first, endToken: tokens.count });
  }
}

function pushChunk(tokens: TokenTable, at: number, packed: ChunkTokens, blockFirst: number): void {
  for (let k = 0; k < packed.length; k += 4) {
    tokens.push(at + packed[k]!, at + packed[k + 1]!, packed[k + 2]!, packed[k + 3]!, tokens.count === blockFirst);
  }
}

const TERMINAL = new Set([".", "!", "?", "...", "…", "?!", "!?"]);
const CLOSING = new Set(['"', "'", ")", "]", "”", "’"]);

/**
 * Sentence boundaries over one block's tokens: a terminal mark (then any closing quotes or
 * brackets) before a word that can open a sentence. An abbreviation that may end a sentence
 * (`U.S.`) ends one only before a word that starts sentences (`the U.S. The next day`), not
 * before a name it is part of (`U.S. Southern Command`).
 */
function splitSentences(tokens: TokenTable, first: number, end: number, out: Sentence[]): void {
  const { sentenceFinalAbbreviations, sentenceStarters } = layout();
  let from = first;
  const close = (to: number) => {
    if (to > from) out.push({ start: tokens.start(from), end: tokens.end(to - 1), firstToken: from, endToken: to });
    from = to;
  };
  for (let i = first; i < end - 1; i++) {
    // Only short punctuation or a token ending in a period can end a sentence: look at no other.
    if (tokens.kind(i) === "word" ? !tokens.endsWithPeriod(i) : tokens.end(i) - tokens.start(i) > 3) continue;
    const t = tokens.text(i);
    if (TERMINAL.has(t)) {
      let j = i + 1;
      while (j < end && CLOSING.has(tokens.text(j))) j++;
      if (j < end && opensSentence(tokens, j)) {
        close(j);
        i = j - 1;
      }
    } else if (sentenceFinalAbbreviations.has(t) && tokens.isCapitalized(i + 1) && sentenceStarters.has(tokens.key(i + 1))) {
      close(i + 1);
    }
  }
  close(end);
}

function opensSentence(tokens: TokenTable, j: number): boolean {
  const t = tokens.text(j);
  const c = t.charAt(0);
  return c !== c.toLowerCase() || /^[\d"'(\[“‘¿¡]/.test(t);
}
