import type { AnalyzedDocument } from "@procmine/core";
import { lowerKeepingLength } from "../letter-case.js";

/**
 * The text numbers read in a document with paragraphs written all in capitals (core's writing
 * profile `upper`: a wire copy, a telegram): those paragraphs lower-cased, length kept, so that
 * number words (`FIVE HUNDRED`), hedges (`ABOUT`, `MÁS DE`) and counted nouns read as they do in
 * lower case, and capitals (a name after a number) tell nothing there. A currency prefix written
 * in letters (`USD`, `US$`, `R$`) keeps its capitals: the lists spell it so. Undefined when no
 * paragraph is written in capitals.
 */
export function upperBlocksLowered(doc: AnalyzedDocument, keep: ReadonlySet<string>): string | undefined {
  const upper = doc.blocks.filter((b) => b.writing.upper === true);
  if (upper.length === 0) return undefined;
  const parts: string[] = [];
  let last = 0;
  for (const b of upper) {
    parts.push(doc.text.slice(last, b.start), lowerWords(doc.text.slice(b.start, b.end), keep));
    last = b.end;
  }
  parts.push(doc.text.slice(last));
  return parts.join("");
}

const WORD = /\p{L}+/gu;

/** Each word lower-cased, length kept, but for `keep` and words glued to `$`. */
function lowerWords(text: string, keep: ReadonlySet<string>): string {
  return text.replace(WORD, (w, at: number) => (keep.has(w) || text.charCodeAt(at + w.length) === 36 ? w : lowerKeepingLength(w)));
}
