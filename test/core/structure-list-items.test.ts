import { describe, expect, it } from "vitest";
import { analyze } from "@procmine/core";
import { claimTexts } from "../extractors/numbers-helpers.js";

const kinds = (text: string) => {
  const doc = analyze(text, { docId: "l" });
  return doc.blocks.map((b) => `${b.kind}: ${doc.text.slice(b.start, b.end)}`);
};

describe("a numbered list is prose, not a run of headings (structure.ts listItemBelow)", () => {
  it("reads numbered lines in sequence, after a blank line, as items", () => {
    expect(kinds("Quarterly changes:\n\n1. Alpha Mining rose 5%\n2. Beta Oil fell 12%\n3. Gamma Ports drop 7%\n\nThe rest followed.")).toEqual([
      "paragraph: Quarterly changes:",
      "paragraph: 1. Alpha Mining rose 5%",
      "paragraph: 2. Beta Oil fell 12%",
      "paragraph: 3. Gamma Ports drop 7%",
      "paragraph: The rest followed.",
    ]);
  });

  it("reads a numbered line right under a colon as an item", () => {
    expect(kinds("The board reported one change:\n4. Coastal Freight fell 4%\n\nNothing else moved.")[1]).toBe("paragraph: 4. Coastal Freight fell 4%");
  });

  it("keeps a numbered title standing alone over its text a heading", () => {
    expect(kinds("Report of the panel.\n\nII. Border Security in the Andes\n\nPatrols were increased.")[1]).toBe("heading: II. Border Security in the Andes");
  });

  it("lets the numbers extractor read the items' percents", () => {
    expect(claimTexts("Quarterly changes:\n\n1. Alpha Mining rose 5%\n2. Beta Oil fell 12%\n3. Gamma Ports drop 7%\n\nThe rest followed.")).toEqual(["5%", "12%", "7%"]);
  });
});
