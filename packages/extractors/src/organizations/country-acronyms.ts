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
  // A span as one number (start, end < text length + 1, below 2^26 each): no string per mention.
  const width = text.length + 1;
  const spanKey = width < 2 ** 26 ? (start: number, end: number): number | string => start * width + end : (start: number, end: number): number | string => `${start}:${end}`;
  const countrySpans = new Set(countryLayer.map((m) => spanKey(m.start, m.end)));
  return candidates.filter((c) => !countrySpans.has(spanKey(c.start, c.end)) || /\p{Ll}/u.test(text.slice(c.start, c.end)));
}
