import { describe, expect, it } from "vitest";
import { claims } from "./numbers-helpers.js";

describe("an ordinal that counts a series' times (claim.ts readOrdinalRank, number-words.json seriesAdjectives)", () => {
  it("reads `a fifth consecutive year`, `the third new unit` as ranks, the ordinal the span", () => {
    expect(claims("Exports fell for a fifth consecutive year in the province.")).toEqual([["fifth", 5, "rank", undefined]]);
    expect(claims("The coast patrol is the third new unit formed by the ministry.")).toEqual([["third", 3, "rank", undefined]]);
  });

  it("leaves the first of a series, and an ordinal before another adjective, untagged", () => {
    expect(claims("It is the first new accord the port has signed.")).toEqual([]);
    expect(claims("A second regional office opened on the coast.")).toEqual([]);
  });
});
