import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { numericClaimExtractor } from "../../packages/extractors/src/numbers/index.js";

/** [text, value, unit, qualifier] of each numeric claim. */
function claims(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  return [...numericClaimExtractor.extract(doc)].map((m) => {
    const a = m.attrs as Record<string, unknown>;
    return [doc.rawText(m.start, m.end), a.value, a.unit, a.qualifier];
  });
}

describe("a percent sign escaped with a backslash (units.json percent forms)", () => {
  it("is the percent sign of LaTeX or escaped Markdown source: it joins the span and names the unit", () => {
    expect(claims("Thefts in the harbour district fell by 18.3\\% over the decade.")).toEqual([["18.3\\%", 18.3, "percent", undefined]]);
    expect(claims("Arrests were roughly 50\\% higher than the regional mean.")).toEqual([["roughly 50\\%", 50, "percent", "roughly"]]);
  });

  it("leaves a plain percent sign as it was", () => {
    expect(claims("Thefts in the harbour district fell by 18.3% last spring.")).toEqual([["18.3%", 18.3, "percent", undefined]]);
  });
});
