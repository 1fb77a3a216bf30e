import { once, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { phraseKey } from "./lexicon.js";
import type { Occupancy } from "./select.js";
import { taxonomyFile } from "./taxonomy.js";

/** `campaignTargets` of threats.json, folded: word -> category and ICCS code; the openers as words. */
const campaignTargets = once(() => {
  const t = taxonomyFile().data;
  const iccsOf = (category: string) => t.categories.find((c) => c.id === category)?.iccs ?? undefined;
  return {
    words: new Map(t.campaignTargets.words.map((w) => [phraseKey(w.word), { category: w.category, iccs: iccsOf(w.category) }])),
    before: t.campaignTargets.before.map((b) => phraseKey(b).split(" ")),
  };
});

/**
 * `the war on terror`, `a guerra ao terror`: a word that names a threat only as the target of a
 * declared campaign (terror for terrorism, as `terrorism` in `war on terrorism`) is a mention
 * right after one of the campaign's openers, the word alone the span. One pass over the tokens.
 */
export function tagCampaignTargets(doc: AnalyzedDocument, kept: ThreatCandidate[], occupancy: Occupancy): void {
  const { words, before } = campaignTargets();
  const t = doc.tokens;
  const added: ThreatCandidate[] = [];
  for (let i = 0; i < t.count; i++) {
    const target = words.get(t.key(i));
    if (target === undefined || !occupancy.free(i, i + 1) || !before.some((opener) => opensAt(doc, opener, i))) continue;
    occupancy.take(i, i + 1);
    const value = { category: target.category, iccs: target.iccs, standalone: true, heads: new Set<string>(), source: "term" as const };
    added.push({ start: t.start(i), end: t.end(i), firstToken: i, endToken: i + 1, coreStart: t.start(i), value, rule: "campaign_target" });
  }
  if (added.length === 0) return;
  for (const a of added) kept.push(a);
  kept.sort((a, b) => a.start - b.start);
}

/** Whether the opener's words stand right before token `i`, in its paragraph. */
function opensAt(doc: AnalyzedDocument, opener: readonly string[], i: number): boolean {
  const t = doc.tokens;
  const first = i - opener.length;
  if (first < 0) return false;
  for (let k = 0; k < opener.length; k++) if (t.key(first + k) !== opener[k]) return false;
  for (let k = first + 1; k <= i; k++) if (t.opensBlock(k)) return false;
  return true;
}
