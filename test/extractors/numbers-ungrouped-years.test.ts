import { describe, expect, it } from "vitest";
import { claimTexts } from "./numbers-helpers.js";

describe("an ungrouped four-digit number that is no round count (numeric-non-claims.json ungroupedYears)", () => {
  it("names a year even before a plural noun: 2030 targets, several 2022 incidents", () => {
    expect(claimTexts("The ministers agreed on 2030 targets for coastal emissions.")).toEqual([]);
    expect(claimTexts("Auditors reviewed several 2022 incidents at the depot.")).toEqual([]);
  });

  it("leaves round and grouped counts as they were", () => {
    expect(claimTexts("The ministry sent 2000 soldiers to the border.")).toEqual(["2000"]);
    expect(claimTexts("The ministry deployed 1,995 soldiers to the border.")).toEqual(["1,995"]);
  });
});
