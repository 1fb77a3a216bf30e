import { foldKey, PhraseMatcher, tokenize, type PhraseEntry } from "@procmine/core";
import type { OrgIdentity } from "./candidate.js";
import type { Organization } from "./data.js";

/** The compiled gazetteer: a phrase matcher plus a lookup of every known form by folded text. */
export interface Gazetteer {
  matcher: PhraseMatcher<OrgIdentity>;
  /** Folded name, alias or acronym -> identity (for names built by rules, e.g. `Department of State`). */
  byForm: Map<string, OrgIdentity>;
  /** Case-exact acronym -> identity. */
  byAcronym: Map<string, OrgIdentity>;
}

/** Folded token sequence, so `U.S.  Coast Guard` and `U.S. Coast Guard` share a key. */
export function formKey(phrase: string): string {
  return tokenize(phrase).map(foldKey).join(" ");
}

export function compileGazetteer(orgs: readonly Organization[]): Gazetteer {
  const entries: PhraseEntry<OrgIdentity>[] = [];
  const byForm = new Map<string, OrgIdentity>();
  const byAcronym = new Map<string, OrgIdentity>();
  for (const org of orgs) {
    const base: OrgIdentity = { name: org.name, kind: org.kind };
    if (org.country) base.country = org.country;
    const acronym = org.acronyms?.[0];
    if (acronym) base.acronym = acronym;
    for (const phrase of [org.name, ...(org.aliases ?? [])]) {
      entries.push({ phrase, value: base, case: "capitalized" });
      if (!byForm.has(formKey(phrase))) byForm.set(formKey(phrase), base);
    }
    for (const short of org.acronyms ?? []) {
      // Acronyms are case-exact: `UN` is not `un`, `ICE` is not `ice`.
      entries.push({ phrase: short, value: { ...base, acronym: short }, case: "exact" });
      byAcronym.set(short, { ...base, acronym: short });
    }
  }
  return { matcher: new PhraseMatcher(entries), byForm, byAcronym };
}

/**
 * The gazetteer's organization for a document-defined acronym, when the document's long form
 * names the same body (most of its words appear in the canonical name): `Bureau of International
 * Narcotics and Law Enforcement (INL)` is INL's `... Law Enforcement Affairs`.
 */
export function sameAsListed(g: Gazetteer, short: string, longName: string): OrgIdentity | undefined {
  const listed = g.byAcronym.get(short);
  if (!listed) return undefined;
  const words = (s: string) => formKey(s).split(" ").filter((w) => w.length > 3);
  const canonical = new Set(words(listed.name));
  const long = words(longName);
  const shared = long.filter((w) => canonical.has(w)).length;
  return long.length > 0 && shared / long.length >= 0.6 ? listed : undefined;
}
