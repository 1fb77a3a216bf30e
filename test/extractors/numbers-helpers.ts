import { analyze } from "@procmine/core";
import { numericClaimExtractor } from "../../packages/extractors/src/numbers/index.js";

/** [text, value, unit, qualifier] of each numeric claim of an invented text. */
export function claims(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  return [...numericClaimExtractor.extract(doc)].map((m) => {
    const a = m.attrs as Record<string, unknown>;
    return [doc.rawText(m.start, m.end), a.value, a.unit, a.qualifier];
  });
}

/** The text of each numeric claim of an invented text. */
export function claimTexts(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  return [...numericClaimExtractor.extract(doc)].map((m) => doc.rawText(m.start, m.end));
}

// Enough Spanish or Portuguese around a sentence for the paragraph to read as that language.
export const es = (s: string): string => `${s} Las autoridades de la región lo informaron con los datos del año.`;
export const pt = (s: string): string => `${s} As autoridades da região informaram os dados do ano com os parceiros.`;
