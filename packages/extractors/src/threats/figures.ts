import type { AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import type { Lexicon } from "./lexicon.js";

/**
 * `the overdose epidemic ... critical drivers of the epidemic`: once the text has named a figure of
 * speech its exclusions list (`overdose epidemic`), `the` + that figure's head word alone refers
 * back to it, not to a disease. One pass of the exclusions' matcher.
 */
export function dropFigureBackReferences(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[]): ThreatCandidate[] {
  const t = doc.tokens;
  const firstFigure = new Map<string, number>();
  for (const x of lex.exclusions.match(doc)) {
    if (x.endToken - x.firstToken < 2) continue;
    const head = t.key(x.endToken - 1);
    if (!firstFigure.has(head)) firstFigure.set(head, x.end);
  }
  if (firstFigure.size === 0) return kept;
  return kept.filter((c) => {
    if (c.endToken - c.firstToken !== 1 || c.rule !== "term") return true;
    const after = firstFigure.get(t.key(c.firstToken));
    return after === undefined || c.start < after || c.firstToken === 0 || t.key(c.firstToken - 1) !== "the";
  });
}
