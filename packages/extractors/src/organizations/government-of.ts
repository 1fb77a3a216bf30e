import type { AnalyzedDocument, Mention } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import type { CountryNaming } from "./gazetteer.js";
import type { OrgLexicon } from "./pattern-words.js";

/**
 * `Mexican Government`, `U.S. Government`: a national prefix and a government head name the
 * body the guidelines call `Government of Honduras`, so its name is written that way
 * (`Government of Mexico`, `Government of the United States`). The country is the country
 * mention that is the prefix (the country layer's), so every spelling of it counts.
 */
export function governmentOfNames(
  doc: AnalyzedDocument,
  candidates: OrgCandidate[],
  countryLayer: readonly Mention[],
  namings: ReadonlyMap<string, CountryNaming>,
  lex: OrgLexicon,
): OrgCandidate[] {
  if (lex.governmentHeads.size === 0) return candidates;
  const byStart = new Map(countryLayer.map((m) => [m.start, m]));
  return candidates.map((c) => {
    if (c.rule !== "name_pattern" || doc.langAt(c.start) !== "en") return c;
    const country = byStart.get(c.start);
    if (!country) return c;
    const head = doc.text.slice(country.end, c.end).trim();
    if (!lex.governmentHeads.has(head)) return c;
    const iso3 = String(country.attrs.iso3);
    const naming = namings.get(iso3);
    if (!naming) return c;
    const the = lex.theCountryNames.has(naming.name) ? "the " : "";
    return { ...c, name: `${head} of ${the}${naming.name}`, kind: c.kind ?? "government", country: iso3 };
  });
}
