import type { AnalyzedDocument, Mention } from "@procmine/core";
import { normalizeName, type OrgCandidate } from "./candidate.js";
import type { CountryNaming } from "./gazetteer.js";

/**
 * `el Gobierno mexicano`, `del Gobierno español`: Spanish and Portuguese name a state's government
 * by the capitalised head and the country's adjective after it (org-patterns.json
 * `governmentOf.demonymHeads`). The head and the adjective are one mention, that state's
 * government, named as its listed government is (`governments`: `Gobierno de México`), else as
 * written (`Gobierno británico`). Bare `el Gobierno` stays a back-reference, and a lower-case `gobierno`
 * is generic (the guidelines): neither is read here. Linear in the country mentions.
 */
export function governmentDemonyms(
  doc: AnalyzedDocument,
  countryLayer: readonly Mention[],
  heads: ReadonlySet<string>,
  governments: ReadonlyMap<string, string>,
  namings: ReadonlyMap<string, CountryNaming>,
): OrgCandidate[] {
  if (heads.size === 0) return [];
  const t = doc.tokens;
  const out: OrgCandidate[] = [];
  for (const m of countryLayer) {
    // The adjective in lower case, one space after the head: `Gobierno mexicano`, not `Gobierno de México`.
    if (m.rule !== "demonym" || !/^\p{Ll}/u.test(doc.text.charAt(m.start)) || doc.langAt(m.start) === "en") continue;
    const k = doc.tokenAt(m.start) - 1;
    if (k < 0 || !heads.has(t.text(k)) || t.opensBlock(k + 1) || !/^ $/.test(doc.text.slice(t.end(k), m.start))) continue;
    const iso3 = String(m.attrs.iso3);
    if (!namings.has(iso3)) continue;
    const name = governments.get(iso3) ?? normalizeName(doc.text.slice(t.start(k), m.end));
    out.push({ name, kind: "government", country: iso3, start: t.start(k), end: m.end, rule: "name_pattern" });
  }
  return out;
}
