import { once, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { phraseKey } from "./lexicon.js";
import type { Occupancy } from "./select.js";
import { taxonomyFile } from "./taxonomy.js";
import { pluralWord } from "./variants.js";

// A violent act that names a threat only where the text says which (`bombing`: an attack a
// text on terrorism calls terrorist, an air raid in a text on a war). threats.json `cuedActs`:
// in an English paragraph of a document with another mention of one of the act's `cues` (its own
// category if none), the word is that category as a noun: plural, after one of `nounMarkers`, or before `of`.

const lists = once(() => {
  const t = taxonomyFile().data;
  const iccsOf = (category: string) => t.categories.find((c) => c.id === category)?.iccs ?? undefined;
  type Category = (typeof t.cuedActs.words)[number]["category"];
  const words = new Map<string, { category: Category; cues: readonly Category[]; iccs: string | undefined; plural: boolean }>();
  for (const { word, category, cues = [category] } of t.cuedActs.words) {
    words.set(phraseKey(word), { category, cues, iccs: iccsOf(category), plural: false });
    for (const p of pluralWord(word)) words.set(phraseKey(p), { category, cues, iccs: iccsOf(category), plural: true });
  }
  return { words, nounMarkers: new Set(t.cuedActs.nounMarkers.map(phraseKey)) };
});

/** Add each cued act whose cue the document already names, where it is a noun. */
export function tagCuedActs(doc: AnalyzedDocument, kept: ThreatCandidate[], occupancy: Occupancy): void {
  const { words, nounMarkers } = lists();
  if (words.size === 0) return;
  const named = new Set(kept.map((c) => c.value.category));
  const t = doc.tokens;
  const added: ThreatCandidate[] = [];
  for (let i = 0; i < t.count; i++) {
    const act = words.get(t.key(i));
    if (act === undefined || !act.cues.some((c) => named.has(c)) || doc.langAt(t.start(i)) !== "en" || !occupancy.free(i, i + 1)) continue;
    const marked = i > 0 && !t.opensBlock(i) && nounMarkers.has(t.key(i - 1));
    const beforeOf = i + 1 < t.count && !t.opensBlock(i + 1) && t.key(i + 1) === "of";
    if (!act.plural && !marked && !beforeOf) continue; // `bombing FARC camps`: the verb with its object
    occupancy.take(i, i + 1);
    const value = { category: act.category, iccs: act.iccs, standalone: true, heads: new Set<string>(), source: "term" as const };
    added.push({ start: t.start(i), end: t.end(i), firstToken: i, endToken: i + 1, coreStart: t.start(i), value, rule: "cued_act" });
  }
  if (added.length === 0) return;
  for (const a of added) kept.push(a);
  kept.sort((a, b) => a.start - b.start);
}
