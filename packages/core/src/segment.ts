import { readChunks } from "./chunk-tokens.js";
import { layout } from "./layout-data.js";
import type { Span } from "./span.js";
import { TokenTable } from "./tokens.js";

export type Sentence = Span;

/**
 * The tokens of a short text (a gazetteer phrase), cut exactly as documents are cut: the same
 * chunks, remembered the same way.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  readChunks(text, 0, text.length, (start, end) => out.push(text.slice(start, end)));
  return out;
}

/**
 * Tokens and sentences of one span of the analysis text (a block), appended to `tokens` and
 * `sentences`. The span is cut into wink-nlp's chunks; chunks seen before take their
 * remembered tokens.
 */
export function segmentSpan(text: string, start: number, end: number, tokens: TokenTable, sentences: Sentence[], oneSentence = false): void {
  const first = tokens.count;
  readChunks(text, start, end, (from, to, kind, keyId) => tokens.push(from, to, kind, keyId, tokens.count === first));
  if (!oneSentence) splitSentences(tokens, first, tokens.count, sentences);
  else if (tokens.count > first) {
    sentences.push({ start: tokens.start(first), end: tokens.end(tokens.count - 1), firstToken: first, endToken: tokens.count });
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
  return c !== c.toLowerCase() || /^[\d"'([“‘¿¡]/.test(t);
}
