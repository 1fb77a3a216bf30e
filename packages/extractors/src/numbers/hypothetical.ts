import type { AnalyzedDocument, Block } from "@procmine/core";
import type { Lexicon } from "./vocabulary.js";

/** How far into a sentence its opening is read: leads and a cue are a few words. */
const OPENING_CHARS = 60;

/**
 * Where an invented example opens in a paragraph (`Suppose a town of 1,000 people …`,
 * `Por ejemplo, imaginemos dos países …`): the start of the first sentence whose opening is a
 * hypothetical cue, or the paragraph's end. The example's numbers, and those of the paragraph's
 * sentences that go on with it, state nothing about the world.
 */
export function hypotheticalStart(doc: AnalyzedDocument, block: Block, lex: Lexicon): number {
  const pattern = lex.hypotheticalOpening;
  if (!pattern) return block.end;
  let i = doc.sentenceIndexAt(block.start);
  if (i < 0) return block.end;
  for (; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    if (s.start >= block.end) break;
    if (pattern.test(doc.text.slice(s.start, Math.min(s.end, s.start + OPENING_CHARS)))) return Math.max(s.start, block.start);
  }
  return block.end;
}
