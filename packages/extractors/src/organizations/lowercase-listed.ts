import { foldKey, PhraseMatcher, type AnalyzedDocument, type PhraseEntry } from "@procmine/core";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import type { Organization } from "./data.js";
import { formKey } from "./gazetteer.js";

/**
 * `el ministerio de gobernación`, `la unidad de investigaciones financieras`: a Spanish or Portuguese text may write a
 * state body's full name in lower case. The guidelines' lower-case references that are no mention
 * are generic (`the police`, `la policía paraguaya`, `la policía nacional`); a listed body's own name
 * with its complement or of three content words, opened by a body's head word (`ministerio`,
 * `unidad`) and naming no country, names that one body however it is written. Only text wholly in lower case, in Spanish and
 * Portuguese paragraphs, is read here (the gazetteer's own entries read capitalized names).
 */
export function lowercaseListedMatcher(
  orgs: readonly Organization[],
  isHead: (folded: string) => boolean,
  isLink: (folded: string) => boolean,
  namesCountry: (phrase: string) => boolean,
): PhraseMatcher<OrgIdentity> {
  const entries: PhraseEntry<OrgIdentity>[] = [];
  const seen = new Set<string>();
  for (const org of orgs) {
    if (org.kind !== undefined && !STATE_KINDS.has(org.kind)) continue;
    const identity: OrgIdentity = { name: org.name, kind: org.kind };
    if (org.englishName) identity.englishName = org.englishName;
    if (org.country) identity.country = org.country;
    if (org.languages) identity.languages = org.languages;
    for (const phrase of [org.name, ...(org.aliases ?? [])]) {
      const words = phrase.split(/\s+/);
      const content = words.filter((w) => !isLink(foldKey(w)));
      // A head and one adjective (`policía nacional`, `polícia federal`) in lower case is the
      // generic `the federal police` as often as the body: only a name with its complement or of
      // three content words (`ministerio de gobernación`) says which body.
      const complement = words.length > content.length;
      if (content.length < 2 || (!complement && content.length < 3) || !isHead(foldKey(words[0]!)) || phrase === phrase.toUpperCase() || namesCountry(phrase)) continue;
      const key = formKey(phrase);
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push({ phrase: phrase.toLowerCase(), value: identity, case: "insensitive" });
    }
  }
  return new PhraseMatcher(entries);
}

/** A state's bodies: the kinds a text names by their office in lower case. */
const STATE_KINDS: ReadonlySet<string> = new Set(["government", "military", "police"]);

export function lowercaseListedNames(doc: AnalyzedDocument, matcher: PhraseMatcher<OrgIdentity>): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const m of matcher.matchAll(doc)) {
    const text = doc.text.slice(m.start, m.end);
    if (text !== text.toLowerCase() || doc.langAt(m.start) === "en") continue;
    if (m.value.languages !== undefined && !m.value.languages.includes(doc.langAt(m.start))) continue;
    out.push({ ...m.value, start: m.start, end: m.end, rule: "gazetteer" });
  }
  return out;
}
