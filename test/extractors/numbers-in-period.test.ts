import { describe, expect, it } from "vitest";
import { claimTexts } from "./numbers-helpers.js";

describe("a period after `in` that closes its clause places a time (exclusions.ts isLocatingPeriod, sequenceLocators closing)", () => {
  it("drops `in 6 days.`, `in two weeks,`", () => {
    expect(claimTexts("The island votes for a new council in 6 days.")).toEqual([]);
    expect(claimTexts("The court will rule in two weeks, the minister said.")).toEqual([]);
  });

  it("keeps a period that goes on (`in 45 minutes or less`, `in 3 years of war`) or measures a count before it (`12 arrests in two days.`)", () => {
    expect(claimTexts("The firm promises delivery in 45 minutes or less to any street.")).toEqual(["45 minutes or less"]);
    expect(claimTexts("The town lost half its people in 3 years of war.")).toContain("3 years");
    expect(claimTexts("The patrol made 12 arrests in two days.")).toEqual(["12", "two days"]);
  });
});
