import type { AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import type { Lexicon } from "./lexicon.js";

/**
 * Sea piracy is organized crime (ANNOTATION.md); the piracy of products (counterfeit goods,
 * copied films: `Fórum Nacional Contra a Pirataria`) is counterfeiting. A document that never
 * speaks of the sea (no `maritime` word in it) means the second: its piracy mentions take the
 * product-piracy category. One pass over the tokens, only when a piracy mention is kept.
 */
export function classifyPiracy(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[]): void {
  const { terms, category, iccs, maritime } = lex.productPiracy;
  const t = doc.tokens;
  // A phrase listed with another category around a piracy word (`piratas informáticos`, cybercrime)
  // is no piracy of the sea or of products: only a mention of the piracy word's own category is.
  let sea: string | undefined;
  for (const term of terms) if ((sea = lex.dictionary.get(term)?.category) !== undefined) break;
  const isPiracy = (c: ThreatCandidate) => {
    if (c.value.category !== sea) return false;
    for (let i = c.firstToken; i < c.endToken; i++) if (terms.has(t.key(i))) return true;
    return false;
  };
  const piracy = kept.filter(isPiracy);
  if (piracy.length === 0) return;
  for (let i = 0; i < t.count; i++) if (maritime.has(t.key(i))) return;
  for (const c of piracy) c.value = { ...c.value, category, iccs };
}
