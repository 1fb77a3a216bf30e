import type { Mention } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";

/**
 * An acronym the country layer has read as a state is no organization there: Spanish `EU` is
 * Estados Unidos in a Spanish paragraph (a short form of that language), while the gazetteer's
 * `EU` is the European Union. One span would otherwise carry two contradictory records; the
 * country layer, which weighs the paragraph's language, has the last word on such a span. A name
 * with lower-case letters is left alone: only a bare acronym can be both.
 */
export function withoutCountryAcronyms(text: string, candidates: OrgCandidate[], countryLayer: readonly Mention[]): OrgCandidate[] {
  if (countryLayer.length === 0) return candidates;
  const countrySpans = new Set(countryLayer.map((m) => `${m.start}:${m.end}`));
  return candidates.filter((c) => !countrySpans.has(`${c.start}:${c.end}`) || /\p{Ll}/u.test(text.slice(c.start, c.end)));
}
