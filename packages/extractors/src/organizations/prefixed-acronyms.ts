import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";

// `post-FARC groups`, `non-FARC brokers`: a lower-case prefix hyphened to a listed body's acronym
// leaves the acronym naming that body. The tokenizer keeps the hyphened word whole, so the
// gazetteer's matcher never sees the acronym on its own: it is read here, the prefix outside the span.

const PREFIXED = /(?<![\p{L}\p{N}-])(\p{Ll}+)-([A-Z][A-Z0-9&]*[A-Z0-9](?:-[A-Z0-9]+)*)(?![\p{L}\p{N}])/gu;

/** Listed acronyms after a listed prefix and a hyphen, each with its record's identity. Linear in the text. */
export function prefixedAcronyms(doc: AnalyzedDocument, prefixes: ReadonlySet<string>, byAcronym: ReadonlyMap<string, OrgIdentity>): OrgCandidate[] {
  if (prefixes.size === 0) return [];
  const out: OrgCandidate[] = [];
  for (const m of doc.text.matchAll(PREFIXED)) {
    if (!prefixes.has(m[1]!)) continue;
    const identity = byAcronym.get(m[2]!);
    if (!identity) continue;
    const start = m.index + m[1]!.length + 1;
    if (identity.languages !== undefined && !identity.languages.includes(doc.langAt(start))) continue;
    out.push({ ...identity, start, end: start + m[2]!.length, rule: "gazetteer" });
  }
  return out;
}
