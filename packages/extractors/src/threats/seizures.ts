import { foldKey, once, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import type { Lexicon } from "./lexicon.js";
import { taxonomyFile } from "./taxonomy.js";

// Argentine and Bolivian Spanish (and legal Portuguese) `secuestrar`/`sequestrar` also means to
// seize goods: `se secuestraron 66 kg de cocaína`, `40 kg secuestrados`. A kidnapping word with a
// measure of weight beside it, or goods nobody kidnaps just before it (`estupefacientes secuestrados`;
// threats.json `seizures`, with the windows read), names a seizure, no threat.

const cues = once(() => {
  const s = taxonomyFile().data.seizures;
  const windows = { after: s.after, before: s.before };
  return new Map<string, { units: ReadonlySet<string>; goods: ReadonlySet<string>; after: number; before: number }>([
    ["es", { units: new Set(s.es.map(foldKey)), goods: new Set(s.goodsBefore.es.map(foldKey)), ...windows }],
    ["pt", { units: new Set(s.pt.map(foldKey)), goods: new Set(s.goodsBefore.pt.map(foldKey)), ...windows }],
  ]);
});

/** Drop the Spanish and Portuguese kidnapping candidates that a weight unit stands beside. */
export function dropSeizures(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[]): ThreatCandidate[] {
  const kidnapping = lex.dictionary.get("kidnapping")?.category;
  const t = doc.tokens;
  return kept.filter((c) => {
    if (c.value.category !== kidnapping) return true;
    const cue = cues().get(doc.langAt(c.start));
    if (!cue) return true;
    const { units, goods, after, before } = cue;
    for (let k = c.endToken; k < Math.min(t.count, c.endToken + after) && !t.opensBlock(k); k++) {
      if (t.text(k) === "." || t.text(k) === ";") break;
      if (units.has(t.key(k))) return false;
    }
    for (let k = c.firstToken - 1; k >= Math.max(0, c.firstToken - before) && !t.opensBlock(k + 1); k--) if (units.has(t.key(k))) return false;
    // Goods only right before the word: `tráfico de drogas, secuestros` lists two crimes.
    const prev = c.firstToken - 1;
    if (prev >= 0 && !t.opensBlock(c.firstToken) && goods.has(t.key(prev))) return false;
    return true;
  });
}
