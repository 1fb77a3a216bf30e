import { foldKey, once, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { taxonomyFile } from "./taxonomy.js";

// ANNOTATION.md tags a pandemic (`pandemics`, `epidemics`) as a threat to be met. A disease's
// name alone (`COVID-19`) names that pandemic only as the head of its phrase (`measures to combat
// COVID-19.`); before another word it modifies it (`COVID-19 vaccines`), and after `of`, `from`
// (`symptoms of`, `died from`) it is the illness. English only: the lists of the head-first
// languages name no disease alone (`semáforo COVID`). Words in threats.json `diseaseHeads`.

const lists = once(() => {
  const d = taxonomyFile().data.diseaseHeads;
  return { names: new Set(d.names.map(foldKey)), notAfter: new Set(d.notAfter.map(foldKey)) };
});

/** `kept` without a bare disease name outside English, or one that modifies the next word or follows a word of illness. */
export function dropDiseaseModifiers(doc: AnalyzedDocument, kept: ThreatCandidate[]): ThreatCandidate[] {
  const { names, notAfter } = lists();
  const t = doc.tokens;
  return kept.filter((c) => {
    if (!names.has(foldKey(doc.text.slice(c.start, c.end)))) return true;
    if (doc.langAt(c.start) !== "en") return false;
    const next = c.endToken < t.count ? c.endToken : -1;
    // The next token a word, no blank line between (a heading's end): a noun it modifies.
    if (next >= 0 && t.isWord(next) && !/\n\s*\n/.test(doc.text.slice(c.end, t.start(next)))) return false;
    const before = c.firstToken - 1;
    return !(before >= 0 && t.isWord(before) && notAfter.has(t.key(before)));
  });
}
