import type { AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import type { Lexicon } from "./lexicon.js";
import type { Occupancy } from "./select.js";
import { romanceGerundEndings } from "./variants.js";

/**
 * Spanish and Portuguese gerunds coordinated before a threat verb share its object, so they are
 * one span (`produciendo y traficando droga`, `produzindo e vendendo drogas`). Read where the verb
 * mention itself opens with a gerund, in Spanish and Portuguese paragraphs. Extends in place.
 */
export function joinCoordinatedGerunds(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[], occupancy: Occupancy): void {
  const t = doc.tokens;
  const gerund = romanceGerundEndings();
  for (const c of kept) {
    if (c.value.source !== "verb" || doc.langAt(c.start) === "en" || !gerund.test(t.key(c.firstToken))) continue;
    const conj = c.firstToken - 1;
    const before = conj - 1;
    if (before < 0 || t.opensBlock(conj) || t.opensBlock(c.firstToken)) continue;
    if (!lex.conjunctions.has(t.key(conj)) || !t.isWord(before) || !gerund.test(t.key(before))) continue;
    if (!occupancy.free(before, c.firstToken)) continue;
    occupancy.take(before, c.firstToken);
    c.firstToken = before;
    c.start = t.start(before);
    c.coreStart = c.start;
  }
}
