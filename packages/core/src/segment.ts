import { createRequire } from "node:module";
import type winkNLPType from "wink-nlp";
import { once } from "./data-file.js";
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

// Only wink-nlp's tokenizer runs (no POS, no entities): it keeps abbreviations (`U.S.`, `Gen.`,
// `e.g.`) whole, which is what sentence boundaries need, at about 1.5x the speed of its `sbd`.
// Loaded on first use, so commands that read no text (`--help`, `schema`, `eval`) start at once.
const require = createRequire(import.meta.url);
const wink = once(() => {
  const winkNLP = require("wink-nlp") as typeof winkNLPType;
  const nlp = winkNLP(require("wink-eng-lite-web-model"), []);
  return { nlp, its: nlp.its };
});

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
 * `sentences`. wink-nlp gives no character offsets, so each token is found in the text from
 * where the previous one ended.
 */
export function segmentSpan(text: string, start: number, end: number, tokens: TokenTable, sentences: Sentence[], oneSentence = false): void {
  const span = text.slice(start, end);
  const { nlp, its } = wink();
  const values = nlp.readDoc(span).tokens().out(its.value) as string[];
  const first = tokens.count;
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // wink-nlp now and then emits white space as a token (a line break): it is no token here.
    if (v.trim() === "") continue;
    while (at < span.length && isSpace(span.charCodeAt(at))) at++;
    const found = span.startsWith(v, at) ? at : span.indexOf(v, at);
    if (found === -1) {
      // A token wink-nlp rewrote beyond recognition: leave it out rather than lose the document.
      continue;
    }
    tokens.push(start + found, start + found + v.length, kindOf(v), tokens.count === first, v);
    at = found + v.length;
  }
  if (!oneSentence) splitSentences(tokens, first, tokens.count, sentences);
  else if (tokens.count > first) {
    sentences.push({ start: tokens.start(first), end: tokens.end(tokens.count - 1), firstToken: first, endToken: tokens.count });
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

function kindOf(token: string): string {
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) return "number";
  const lower = c | 32;
  if (lower >= 97 && lower <= 122) return "word";
  if (c < 128) {
    if ((c === 45 || c === 46) && token.length > 1 && token.charCodeAt(1) >= 48 && token.charCodeAt(1) <= 57) return "number";
    return /^[!-/:-@[-`{-~]/.test(token) && !/^[$+<=>^`|~]/.test(token) ? "punctuation" : "symbol";
  }
  if (/^[\p{L}\p{M}]/u.test(token)) return "word";
  return /^\p{P}/u.test(token) ? "punctuation" : "symbol";
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
