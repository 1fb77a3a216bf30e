import type { AnalyzedDocument } from "@procmine/core";
import { normalizeName, type OrgCandidate } from "./candidate.js";

/** Most capitalized words after the opening word (`Radio Free Europe`). */
const MAX_WORDS = 3;

/**
 * `Radio Havana`, `Radio DZRH`, `TV Azteca`: in English, a broadcaster's name opened by one of
 * org-patterns.json `outletOpeners.words` and closed by the capitalized words right after it (one
 * space apart), a company. Not inside a longer capitalized run (`Caracol Radio Network`), nor before
 * a word that makes the opener an ordinary noun's modifier (`Radio Frequency`). Linear in the tokens.
 */
export function outletOpenerNames(doc: AnalyzedDocument, words: ReadonlySet<string>, notNameWords: ReadonlySet<string>): OrgCandidate[] {
  if (words.size === 0) return [];
  const t = doc.tokens;
  const out: OrgCandidate[] = [];
  const nameWord = (k: number, after: number) => k < t.count && t.isWord(k) && t.isCapitalized(k) && t.start(k) === t.end(after) + 1 && !t.opensBlock(k);
  for (let i = 0; i + 1 < t.count; i++) {
    if (!t.isCapitalized(i) || !words.has(t.key(i)) || !t.isWord(i)) continue;
    if (i > 0 && t.isWord(i - 1) && t.isCapitalized(i - 1) && !t.opensBlock(i) && t.end(i - 1) + 1 === t.start(i)) continue;
    if (!nameWord(i + 1, i) || notNameWords.has(t.key(i + 1)) || doc.langAt(t.start(i)) !== "en") continue;
    let end = i + 1;
    while (end + 1 < t.count && end - i < MAX_WORDS && nameWord(end + 1, end) && !words.has(t.key(end + 1))) end++;
    // A longer run is a title or a list of names, not one broadcaster.
    if (nameWord(end + 1, end) && !words.has(t.key(end + 1))) continue;
    out.push({ name: normalizeName(doc.text.slice(t.start(i), t.end(end))), kind: "company", start: t.start(i), end: t.end(end), rule: "name_pattern" });
  }
  return out;
}
