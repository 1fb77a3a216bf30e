import { acronymUses, schwartzHearst, type AnalyzedDocument, type Mention } from "@procmine/core";

/**
 * `Honduras (HN)`, `Trinidad and Tobago (TT)`: a short form in parentheses right after a country
 * name, spelled from that name's letters (its first letter first), is the document's own short form
 * for the state. `… Armed Forces of Colombia (FARC)` is not one: `FARC` is not spelled from `Colombia`.
 */
const DEFINITION = /^ ?\(([A-Z]{2,4})\)/;

/** Short forms the document defines for a state, by short form; one defined for two states is none. */
function definedShortForms(doc: AnalyzedDocument, found: readonly Mention[]): Map<string, string> {
  const defined = new Map<string, string>();
  const clashing = new Set<string>();
  for (const m of found) {
    const short = DEFINITION.exec(doc.text.slice(m.end, m.end + 8))?.[1];
    const iso3 = m.attrs.iso3;
    if (short === undefined || typeof iso3 !== "string") continue;
    if (schwartzHearst(short, doc.text.slice(m.start, m.end), { digits: false }) !== 0) continue;
    if (defined.has(short) && defined.get(short) !== iso3) clashing.add(short);
    defined.set(short, iso3);
  }
  for (const short of clashing) defined.delete(short);
  return defined;
}

/** Every whole-word use of a defined short form, before or after its definition, no other mention covers. */
export function definedAbbreviationMentions(doc: AnalyzedDocument, found: readonly Mention[], confidence: number): Mention[] {
  const defined = definedShortForms(doc, found);
  if (defined.size === 0) return [];
  const taken = new Set(found.map((m) => m.start));
  const out: Mention[] = [];
  for (const [short, iso3] of defined) {
    for (const use of acronymUses(doc, short)) {
      if (taken.has(use.start)) continue;
      out.push({ type: "country", start: use.start, end: use.end, attrs: { iso3 }, rule: "short_form", confidence });
    }
  }
  return out;
}
