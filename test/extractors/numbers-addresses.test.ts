import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { numericClaimExtractor } from "../../packages/extractors/src/numbers/index.js";

/** Text of each numeric claim. */
function texts(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  return [...numericClaimExtractor.extract(doc)].map((m) => doc.rawText(m.start, m.end));
}

describe("street addresses (numeric-non-claims.json addresses)", () => {
  it("reads a number before a street's name as a building's number, and a suite's number as an identifier", () => {
    expect(texts("Send comments to the task force at 4410 North Marlowe Avenue, Suite 310, Tulsa, by May; it has 26 analysts.")).toEqual(["26"]);
    expect(texts("The hearing moved to 87 Ridgeway St., where\n15 witnesses spoke.")).toEqual(["15"]);
  });

  it("keeps counts before names that are no street, and a count after a street's name", () => {
    expect(texts("Nine Supreme Court justices heard 4 Coast Guard officers.")).toEqual(["Nine", "4"]);
    expect(texts("Inspectors closed 32 Market Street stalls.")).toEqual(["32"]);
  });
});
