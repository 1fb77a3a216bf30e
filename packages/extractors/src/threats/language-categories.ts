import { foldKey, once, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { taxonomyFile, type ThreatCategory } from "./taxonomy.js";
import { portuguesePluralWord, romancePluralWord } from "./variants.js";

// One folded form is one lexicon entry with one category, but a few threat words mean another
// threat in one language: a Brazilian `milícia` is a criminal group (organized crime), a
// Spanish `milicia` an armed group (insurgency). threats.json `languageCategories` names them;
// a mention that begins with one, in a paragraph of that language, takes its category.

const lists = once(() => {
  const d = taxonomyFile().data.languageCategories;
  const iccs = new Map(taxonomyFile().data.categories.map((c) => [c.id, c.iccs ?? undefined]));
  const byLang = new Map<string, Map<string, ThreatCategory>>();
  for (const [lang, plural] of [["es", romancePluralWord], ["pt", portuguesePluralWord]] as const) {
    const words = new Map<string, ThreatCategory>();
    for (const { words: ws, category } of d[lang]) {
      for (const w of ws) for (const form of [w, ...plural(w)]) words.set(foldKey(form), category);
    }
    byLang.set(lang, words);
  }
  return { byLang, iccs };
});

/** Give each kept mention that begins with such a word its language's category. */
export function applyLanguageCategories(doc: AnalyzedDocument, kept: ThreatCandidate[]): void {
  const { byLang, iccs } = lists();
  for (const c of kept) {
    const words = byLang.get(doc.langAt(c.start));
    if (words === undefined || words.size === 0) continue;
    const category = words.get(doc.tokens.key(c.firstToken));
    if (category !== undefined && category !== c.value.category) c.value = { ...c.value, category, iccs: iccs.get(category) };
  }
}
