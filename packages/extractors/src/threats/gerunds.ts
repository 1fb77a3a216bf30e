import { once, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { phraseKey, type Lexicon } from "./lexicon.js";
import type { Occupancy } from "./select.js";
import { taxonomyFile } from "./taxonomy.js";
import { romanceGerundEndings, romanceVerbForms } from "./variants.js";

/** Every form of the Spanish and Portuguese drug activity verbs (`producen`, `vendía`), folded, by language. */
const drugVerbForms = once(() => {
  const lists = taxonomyFile().data.activities.romanceDrugVerbs;
  const forms = (lang: "es" | "pt") => new Set(lists[lang].flatMap((lemma) => romanceVerbForms(lemma, lang).map(phraseKey)));
  return new Map<string, ReadonlySet<string>>([
    ["es", forms("es")],
    ["pt", forms("pt")],
  ]);
});

/**
 * Spanish and Portuguese verbs coordinated before a threat verb share its object, so they are
 * one span: gerunds (`produciendo y traficando droga`, `produzindo e vendendo drogas`) and any
 * form of a drug activity verb (`producen y venden cocaína`; a mention the coordination rule made
 * of the first verb alone is taken in). Read in Spanish and Portuguese paragraphs. Extends in place.
 */
export function joinCoordinatedGerunds(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[], occupancy: Occupancy): void {
  const t = doc.tokens;
  const gerund = romanceGerundEndings();
  const byFirst = new Map<number, ThreatCandidate>();
  for (const c of kept) if (c.endToken - c.firstToken === 1) byFirst.set(c.firstToken, c);
  const absorbed = new Set<ThreatCandidate>();
  for (const c of kept) {
    const lang = doc.langAt(c.start);
    if (c.value.source !== "verb" || lang === "en" || absorbed.has(c)) continue;
    const verbForms = drugVerbForms().get(lang);
    const isGerund = gerund.test(t.key(c.firstToken));
    const conj = c.firstToken - 1;
    const before = conj - 1;
    if (before < 0 || t.opensBlock(conj) || t.opensBlock(c.firstToken)) continue;
    if (!lex.conjunctions.has(t.key(conj)) || !t.isWord(before)) continue;
    const joins = isGerund ? gerund.test(t.key(before)) : (verbForms?.has(t.key(before)) ?? false);
    if (!joins) continue;
    const alone = byFirst.get(before);
    const taken = alone !== undefined && alone.value.category === c.value.category;
    if (!taken && !occupancy.free(before, c.firstToken)) continue;
    if (taken) absorbed.add(alone);
    occupancy.take(before, c.firstToken);
    c.firstToken = before;
    c.start = t.start(before);
    c.coreStart = c.start;
  }
  if (absorbed.size === 0) return;
  const rest = kept.filter((c) => !absorbed.has(c));
  kept.length = 0;
  for (const c of rest) kept.push(c);
}
