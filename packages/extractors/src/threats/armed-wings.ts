import type { AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import type { Lexicon } from "./lexicon.js";
import type { Occupancy } from "./select.js";

/**
 * `Los cárteles crearon sus brazos armados`: an armed wing named by its class is a threat only
 * through its referent (blind 9's adjudication, A9-T2). Beside a cartel (a kept mention of a cue category
 * in the same sentence) it is that organized crime's wing. Two-word phrases; one pass over the
 * tokens, only when a cue is kept.
 */
export function tagArmedWings(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[], occupancy: Occupancy): void {
  const { phrases, category, iccs, cues } = lex.armedWings;
  const cueSentences = new Set<number>();
  for (const c of kept) if (cues.has(c.value.category)) cueSentences.add(doc.sentenceIndexAt(c.start));
  cueSentences.delete(-1);
  if (cueSentences.size === 0) return;
  const t = doc.tokens;
  const added: ThreatCandidate[] = [];
  for (let i = 0; i + 1 < t.count; i++) {
    if (!t.isWord(i) || t.opensBlock(i + 1) || !phrases.has(`${t.key(i)} ${t.key(i + 1)}`)) continue;
    if (!cueSentences.has(doc.sentenceIndexAt(t.start(i))) || !occupancy.free(i, i + 2)) continue;
    occupancy.take(i, i + 2);
    const value = { category, iccs, standalone: true, heads: new Set<string>(), source: "term" as const };
    added.push({ start: t.start(i), end: t.end(i + 1), firstToken: i, endToken: i + 2, coreStart: t.start(i), value, rule: "armed_wing" });
  }
  if (added.length === 0) return;
  for (const a of added) kept.push(a);
  kept.sort((a, b) => a.start - b.start);
}
