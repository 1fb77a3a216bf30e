import { describe, expect, it } from "vitest";
import { claimTexts } from "./numbers-helpers.js";

describe("a set phrase ending in a rank that orders reasons (numeric-non-claims.json discourseOrdinals idioms)", () => {
  it("is no rank: `in the first place`", () => {
    expect(claimTexts("The new clinics keep teenagers from vaping in the first place.")).toEqual([]);
    expect(claimTexts("Why did the council approve the dam in the first place?")).toEqual([]);
  });

  it("leaves a rank that places a thing as it was", () => {
    expect(claimTexts("Uruguay took first place in the regional safety index.")).toEqual(["first place"]);
    expect(claimTexts("Peru finished in second place among the 12 bidders.")).toEqual(["second place", "12"]);
  });
});
