import type { AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import type { Lexicon } from "./lexicon.js";
import type { Occupancy } from "./select.js";

// `illegal mining, logging, fishing, and wildlife trafficking`: one modifier said once for a list
// (`illegal`) carries over to the bare nouns coordinated after its phrase; each is a mention of
// what the modifier and it name together (`illegal logging`, `illegal fishing`). Where no modifier
// was written the bare nouns are none (`mining`, `logging`). English paragraphs; the Spanish and
// Portuguese head-first lists are coordination.ts's and head-first.ts's.

/** The most items read after the phrase. */
const MAX_ITEMS = 4;

/** Add the carried-over items of kept `modifier + noun` phrases (sorted by start); returns the new list. */
export function carrySharedModifier(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[], occupancy: Occupancy): ThreatCandidate[] {
  const t = doc.tokens;
  const added: ThreatCandidate[] = [];
  for (const c of kept) {
    if (c.endToken - c.firstToken !== 2 || c.value.counter || doc.langAt(c.start) !== "en") continue;
    const modifier = t.key(c.firstToken);
    if (!lex.modifierWords.has(modifier) || t.opensBlock(c.firstToken + 1)) continue;
    let k = c.endToken;
    for (let n = 0; n < MAX_ITEMS; n++) {
      let j = k;
      const comma = j < t.count && t.text(j) === ",";
      if (comma) j++;
      const conjunction = j < t.count && lex.conjunctions.has(t.key(j));
      if (conjunction) j++;
      if (j === k || j >= t.count || t.opensBlock(j)) break;
      // A bare item: one lower-case word that ends the item (a comma, a conjunction or the list's end follows).
      const after = j + 1;
      const bare = t.isWord(j) && !t.isCapitalized(j) && (after >= t.count || t.opensBlock(after) || !t.isWord(after) || lex.conjunctions.has(t.key(after)));
      const value = bare ? lex.dictionary.get(`${modifier} ${t.key(j)}`) : undefined;
      if (!value || value.category !== c.value.category || !occupancy.free(j, after)) break;
      occupancy.take(j, after);
      added.push({ start: t.start(j), end: t.end(j), firstToken: j, endToken: after, coreStart: t.start(j), value, rule: "coordination" });
      if (conjunction) break;
      k = after;
    }
  }
  if (added.length === 0) return kept;
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
