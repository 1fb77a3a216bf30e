import { firstAtOrAfter, type AnalyzedDocument, type Mention } from "@procmine/core";
import { normalizeName, type OrgCandidate } from "./candidate.js";
import { formKey } from "./gazetteer.js";
import type { NationalIndex } from "./national.js";

/** Languages that write a country's adjective after the body's name (`Ejército ecuatoriano`). */
const ADJECTIVE_AFTER: ReadonlySet<string> = new Set(["es", "pt"]);

/**
 * `el Ejército ecuatoriano`, `la Policía Nacional peruana`, `o Banco Central argentino`: Spanish and
 * Portuguese write the country's adjective after a national body's bare name, so the adjective says
 * whose body it is, before any country named near it. Such a name takes the adjective into its span
 * and is that country's listed body of that core; a core no body of that country is listed under
 * keeps its listed name when it is that country's (`Polícia Federal brasileira`), else its words as
 * written (`Armada británica`), its country set.
 * `index` is the national index (bare cores by country); `countryLayer` the text's country mentions.
 */
export function withDemonymAfter(doc: AnalyzedDocument, candidates: OrgCandidate[], index: NationalIndex, countryLayer: readonly Mention[]): OrgCandidate[] {
  if (countryLayer.length === 0) return candidates;
  return candidates.map((c) => {
    if (c.rule !== "gazetteer" && c.rule !== "name_pattern") return c;
    if (!ADJECTIVE_AFTER.has(doc.langAt(c.start))) return c;
    const written = normalizeName(doc.text.slice(c.start, c.end));
    const byCountry = index.get(formKey(written));
    if (!byCountry) return c;
    // The first country mention at or after the name's end: the adjective, if it follows after one space.
    const k = firstAtOrAfter(countryLayer, c.end, (m) => m.start);
    const m = countryLayer[k];
    if (!m || m.rule !== "demonym" || !/^\s$/.test(doc.text.slice(c.end, m.start))) return c;
    const iso3 = String(m.attrs.iso3);
    const body = byCountry.get(iso3);
    if (body) return { ...c, ...body, start: c.start, end: m.end, rule: c.rule };
    // A listed body of that country read by its own name (Brazil's `Polícia Federal brasileira`).
    if (c.country === iso3) return { ...c, end: m.end };
    return { ...c, name: normalizeName(doc.text.slice(c.start, m.end)), country: iso3, end: m.end };
  });
}
