import type { AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { COMPLEMENT } from "./coordination.js";
import type { Lexicon, ThreatValue } from "./lexicon.js";

/** How far a commodity may stand from a bare `trafficking` and still be its own. */
const MAX_GAP = 4;

/**
 * Bare `trafficking` is illicit_trafficking only when no commodity is named (ANNOTATION.md §3).
 * The commodity may be named by its object (`trafficking of dangerous synthetic drugs`,
 * `trafficking drugs`) or shared from the coordinated item before it (`drug production and
 * trafficking`, `poppy cultivation, production, and trafficking`).
 */
export function inheritCommodity(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[]): ThreatCandidate[] {
  const bare = lex.dictionary.get("trafficking")?.category;
  return kept.map((c, i) => {
    if (c.value.category !== bare || c.endToken - c.firstToken !== 1) return c;
    const value = objectCommodity(doc, lex, c.endToken) ?? sharedCommodity(doc, lex, kept[i - 1], c.firstToken);
    return value ? { ...c, value } : c;
  });
}

/** `trafficking (of|in) [up to 3 words] drugs`: the commodity of the first word that names one. */
function objectCommodity(doc: AnalyzedDocument, lex: Lexicon, after: number): ThreatValue | undefined {
  const t = doc.tokens;
  let i = after;
  if (i < t.count && COMPLEMENT.has(t.key(i))) i++;
  for (let n = 0; n < MAX_GAP && i < t.count && t.isWord(i) && !t.opensBlock(i); n++, i++) {
    const value = commodityOf(lex, t.key(i));
    if (value) return value;
  }
  return undefined;
}

/** The previous kept phrase's commodity, when only list words stand between the two. */
function sharedCommodity(doc: AnalyzedDocument, lex: Lexicon, prev: ThreatCandidate | undefined, first: number): ThreatValue | undefined {
  if (!prev || prev.value.category === lex.dictionary.get("trafficking")?.category || first - prev.endToken > MAX_GAP) return undefined;
  const t = doc.tokens;
  for (let i = prev.endToken; i < first; i++) {
    if (t.opensBlock(i) || (!t.isWord(i) && t.text(i) !== ",")) return undefined;
  }
  if (!lex.conjunctions.has(t.key(first - 1))) return undefined;
  return commodityOf(lex, doc.tokens.key(prev.firstToken)) ?? (prev.value.category.endsWith("_trafficking") ? prev.value : undefined);
}

/** The category `<word> trafficking` (or smuggling) names, singular or plural; smuggled people are migrants. */
export function commodityOf(lex: Lexicon, key: string, smuggling = false): ThreatValue | undefined {
  const bare = lex.dictionary.get("trafficking")?.category;
  for (const word of [key, key.replace(/s$/, "")]) {
    for (const activity of smuggling ? ["smuggling", "trafficking"] : ["trafficking", "smuggling"]) {
      const value = lex.dictionary.get(`${word} ${activity}`);
      if (value && value.category !== bare) return value;
    }
  }
  return undefined;
}
