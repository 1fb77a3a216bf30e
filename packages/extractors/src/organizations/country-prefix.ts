import { firstAtOrAfter, type Mention } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";

/**
 * `Trinidad and Tobago Government`, `Bosnia and Herzegovina Armed Forces`: a name pattern stops at
 * `and`, so the name begins inside a country name that has `and` in it. Such a name begins where
 * the country name does (the country layer's mention, in analysis offsets like the candidates).
 */
export function withWholeCountryPrefix(text: string, candidates: OrgCandidate[], countryLayer: readonly Mention[]): OrgCandidate[] {
  if (countryLayer.length === 0) return candidates;
  return candidates.map((c) => {
    if (c.rule !== "name_pattern") return c;
    // The last country mention that starts before the name: the only one that can hold its start.
    const k = firstAtOrAfter(countryLayer, c.start, (m) => m.start) - 1;
    const country = k >= 0 ? countryLayer[k]! : undefined;
    if (!country || country.end <= c.start || country.end >= c.end) return c;
    // A name read off the text is read again; a name given otherwise stays.
    const asWritten = c.name === text.slice(c.start, c.end).replace(/\s+/g, " ");
    return { ...c, start: country.start, ...(asWritten ? { name: text.slice(country.start, c.end).replace(/\s+/g, " ") } : {}) };
  });
}
