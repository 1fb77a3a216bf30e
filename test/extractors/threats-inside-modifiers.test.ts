import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { threatExtractor } from "../../packages/extractors/src/threats/index.js";

/** [text, category] of each threat mention. */
function threats(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  return [...threatExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.category]);
}

describe("a listed phrase that lies in the modifiers of another threat", () => {
  it("modifies that threat: one span, of the threat's category", () => {
    expect(threats("Police say the organized criminal drug trade moved north along the coast.")).toEqual([["organized criminal drug trade", "drug_trafficking"]]);
  });

  it("stays a mention where no threat follows it", () => {
    expect(threats("Police say organized criminals moved north, and organized criminal groups followed them.")).toEqual([
      ["organized criminals", "organized_crime"],
      ["organized criminal groups", "organized_crime"],
    ]);
  });
});
