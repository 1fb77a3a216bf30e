/**
 * Where a sentence starts, for the extractors that treat a capital there differently from one
 * inside a sentence (a capital at a sentence start says nothing about a name).
 */
import type { AnalyzedDocument } from "./document.js";
import type { Sentence } from "./segment.js";

/** A list marker before a sentence's first word: `IV.`, `b`, `12.`. */
const LIST_MARKER = /^(?:[IVXivx]+|[A-Za-z]|\d+)\.?$/;

/** Whether token `i` opens a sentence, or a block (a heading, a list item, a footnote). */
export function opensSentence(doc: AnalyzedDocument, i: number): boolean {
  return doc.tokens.opensBlock(i) || doc.sentenceAt(doc.tokens.start(i))?.firstToken === i;
}

/** The first word of `sentence`, past punctuation and list markers (`IV.`, `•`, `“`); -1 if it has none. */
export function sentenceFirstWord(doc: AnalyzedDocument, sentence: Sentence): number {
  const t = doc.tokens;
  let i = sentence.firstToken;
  while (i < sentence.endToken && (!t.isWord(i) || LIST_MARKER.test(t.text(i)))) i++;
  return i < sentence.endToken ? i : -1;
}
