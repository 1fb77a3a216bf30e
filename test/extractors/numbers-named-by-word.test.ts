import { describe, expect, it } from "vitest";
import { claimTexts } from "./numbers-helpers.js";

describe("bare digits right after a capitalized word in mid-sentence name the thing", () => {
  it("is part of a name, not a count: Building 18, Local 25, a Falcon 9 rocket, Track 1.5", () => {
    expect(claimTexts("Reporters toured the damp wards of Building 18 at the old base.")).toEqual([]);
    expect(claimTexts("She joined Teamsters Local 25 in Boston when she was young.")).toEqual([]);
    expect(claimTexts("The weather satellite rode a Falcon 9 rocket into orbit.")).toEqual([]);
    expect(claimTexts("The partners opened a Track 1.5 dialogue on port security.")).toEqual([]);
    // Hard-wrapped prose: the sentence goes on in lower case on the next line.
    expect(claimTexts("We read of the damp wards in Building 18\n  at the old base.")).toEqual([]);
  });

  it("leaves counts as they were: a counted noun, thousands, a possessive, a title, a sentence start", () => {
    expect(claimTexts("The agency hired 18 inspectors at the old base.")).toEqual(["18"]);
    expect(claimTexts("The ministry said Honduras 12 trucks were seized.")).toEqual(["12"]);
    expect(claimTexts("They shipped Iraq 185,000 rifles over the decade.")).toEqual(["185,000"]);
    expect(claimTexts("Testers praised the Sedan’s 500+ mile range on the highway.")).toEqual(["500+"]);
    expect(claimTexts("The Ministry Adds 5 New Posts to its staff.")).toEqual(["5"]);
    expect(claimTexts("Last year 35 of them were arrested in Chicago.")).toEqual(["35"]);
    // A label and its value closing a line: a table's row.
    expect(claimTexts("The survey table lists Men 20\nWomen 15 in the sample.")).toEqual(["20", "15"]);
  });
});
