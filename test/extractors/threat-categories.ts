import { analyze } from "@procmine/core";
import { threatExtractor } from "../../packages/extractors/src/threats/index.js";

/** [text, category] of each threat mention. */
export function threats(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  return [...threatExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.category]);
}
