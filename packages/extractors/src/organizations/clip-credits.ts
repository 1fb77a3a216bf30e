import type { AnalyzedDocument } from "@procmine/core";
import { normalizeName, type OrgCandidate } from "./candidate.js";

/** Most words of a credited outlet's name (`Las Vegas Review-Journal`). */
const MAX_WORDS = 5;

/**
 * A news clip's credit: `(03/03, Velandro)`, `(3/12/2025)`: a date written with slashes, then perhaps
 * the author's name, in parentheses, and one of the reporting verbs right after it, perhaps past one
 * lower-case word (`(03/03) also reported`). Bounded, so a search is linear in the text.
 */
const CREDIT = /\((?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?:,[ \t]?[^()\n]{1,40})?\)[ \t]+(\p{Ll}+)(?:[ \t]+(\p{Ll}+))?/gu;

/**
 * `Daily Velanda (03/03, Quarzo) reported that …`: a news digest credits each clip to its outlet by
 * the outlet's name, the clip's date and author in parentheses, and a reporting verb (org-evidence.json
 * `reportingVerbs`). The capitalized words right before the parenthesis, on its line, are the outlet,
 * a company. Linear in the text.
 */
export function clipCredits(doc: AnalyzedDocument, isVerb: (word: string) => boolean, isArticle: (word: string) => boolean): OrgCandidate[] {
  const t = doc.tokens;
  const out: OrgCandidate[] = [];
  for (const m of doc.text.matchAll(CREDIT)) {
    if (!(isVerb(m[1]!) || (m[2] !== undefined && isVerb(m[2]))) || doc.langAt(m.index) !== "en") continue;
    const last = doc.tokenAt(m.index - 2);
    if (last < 0 || t.end(last) !== m.index - 1 || !t.isWord(last) || !t.isCapitalized(last)) continue;
    let first = last;
    for (let k = last - 1; k >= 0 && last - k < MAX_WORDS && !t.opensBlock(k + 1); k--) {
      if (!t.isWord(k) || !t.isCapitalized(k) || /\n/.test(doc.raw.slice(doc.map.rawIndex(t.end(k)), doc.map.rawIndex(t.start(k + 1))))) break;
      first = k;
    }
    // `The Velanda Tribune`: a leading article is no word of the name (the guidelines' span).
    if (first < last && isArticle(t.key(first))) first++;
    out.push({ name: normalizeName(doc.text.slice(t.start(first), t.end(last))), kind: "company", start: t.start(first), end: t.end(last), rule: "cited_source" });
  }
  return out;
}
