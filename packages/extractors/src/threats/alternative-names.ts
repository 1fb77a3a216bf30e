import { foldKey, once, type AnalyzedDocument } from "@procmine/core";
import { functionWords } from "../function-words.js";
import type { ThreatCandidate } from "./candidates.js";

// `plagio o secuestro`, `secuestro o plagio`: Spanish and Portuguese penal codes name one offence
// by two words offered as alternatives. Two one-word threats of one category joined by `o`/`ou`
// are that offence's name: one mention (blind7's adjudication). Items of two categories stay two
// (`secuestro o extorsión`), and English paragraphs are left as they are.

const alternatives = once(() => new Set(functionWords().conjunctions.or.map(foldKey)));

/** Join each such pair of kept phrases (sorted by start) into one; returns the new list. */
export function joinAlternativeNames(doc: AnalyzedDocument, kept: ThreatCandidate[]): ThreatCandidate[] {
  const t = doc.tokens;
  const out: ThreatCandidate[] = [];
  for (let k = 0; k < kept.length; k++) {
    const a = kept[k]!;
    const b = kept[k + 1];
    const between = a.endToken;
    if (
      b !== undefined &&
      a.endToken - a.firstToken === 1 &&
      b.endToken - b.firstToken === 1 &&
      b.firstToken === between + 1 &&
      a.value.category === b.value.category &&
      alternatives().has(t.key(between)) &&
      !t.opensBlock(between) &&
      !t.opensBlock(b.firstToken) &&
      doc.langAt(a.start) !== "en"
    ) {
      out.push({ ...a, end: b.end, endToken: b.endToken });
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}
