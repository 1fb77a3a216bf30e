import { describe, expect, it } from "vitest";
import { claims } from "./numbers-helpers.js";

describe("a range's first end borrows the second's thousands (claim.ts borrowedGroups)", () => {
  it("reads `40-55,000` as 40,000 to 55,000", () => {
    expect(claims("The militia is said to have 40-55,000 fighters across the valley.")).toEqual([["40-55,000", [40000, 55000], "fighters", undefined]]);
    expect(claims("About 7 to 9,000,000 tons of grain were lost.")).toEqual([["About 7 to 9,000,000 tons", [7000000, 9000000], "tons", "about"]]);
  });

  it("keeps ends far apart, or ungrouped, as written: `2-100,000`, `12-15`", () => {
    expect(claims("Fines range from 2-100,000 dollars per case.")[0]?.[1]).toEqual([2, 100000]);
    expect(claims("Each patrol had 12-15 officers on duty.")[0]?.[1]).toEqual([12, 15]);
  });
});

describe("a scale word glued by a hyphen to the next word (tokenize.ts hyphenedScaleEnd)", () => {
  it("reads the scale with its number: `$62 million-more than`", () => {
    expect(claims("The state spent $62 million-more than any other donor-on the new port.")).toEqual([["$62 million", 62000000, "USD", undefined]]);
  });

  it("leaves a hyphenated word that opens with no scale word as it was", () => {
    expect(claims("There were 30 well-armed guards at the gate.")).toEqual([["30", 30, "guards", undefined]]);
  });
});
