import { describe, expect, it } from "vitest";
import { claims, claimTexts } from "./numbers-helpers.js";

describe("version numbers and speaker labels (numeric-non-claims.json identifierHeads)", () => {
  it("counts nothing in a lower-case version number", () => {
    expect(claimTexts("Download version 4.1 of the tool; older versions 2 and 3 are gone.")).toEqual([]);
  });

  it("keeps the counts of the same text", () => {
    expect(claims("The archive holds 5,200 case files from 31 states; see version 2.")).toEqual([
      ["5,200", 5200, "case files", undefined],
      ["31", 31, "states", undefined],
    ]);
  });

  it("counts nothing in a transcript's speaker label or an order number", () => {
    expect(claimTexts("Speaker 3: Thank you, chair.\nParticipant 12: We saw it too.")).toEqual([]);
    expect(claimTexts("The shipment went out under order no. 88 last week.")).toEqual([]);
  });
});

describe("calibers hyphened or in brackets (exclusions.ts isCaliber)", () => {
  it("is no quantity before a hyphened millimetre mark and a weapon, or in brackets after one", () => {
    expect(claimTexts("The rebels fired 105-millimeter howitzers at the town.")).toEqual([]);
    expect(claimTexts("They left three machine guns (7.62 mm weapons) behind.")).toEqual(["three"]);
    expect(claimTexts("Troops found two rifles (5.56 mm) in the truck.")).toEqual(["two"]);
  });

  it("keeps a length in millimetres that names no weapon", () => {
    expect(claimTexts("The river rose by 120 millimeters overnight.")).toEqual(["120"]);
  });
});

describe("a chain of alternatives (claim.ts lastAlternative)", () => {
  it("runs from the first to the last of rising alternatives", () => {
    expect(claims("The talks could drag on two or three or four weeks.")).toEqual([["two or three or four weeks", [2, 4], "weeks", undefined]]);
    expect(claims("They sent 10 or 20 or 30 agents.")).toEqual([["10 or 20 or 30", [10, 30], "agents", undefined]]);
  });

  it("stops where the alternatives fall or change form", () => {
    expect(claims("They sent five or six or 4 agents.")[0]).toEqual(["five or six", [5, 6], undefined, undefined]);
  });
});

describe("figures of speech (numeric-non-claims.json idioms)", () => {
  it("counts nothing in a hyperbole, an indefinite day or a short vague wait", () => {
    expect(claimTexts("I have told the committee a thousand times that this will fail.")).toEqual([]);
    expect(claimTexts("Questioning is not expected for a week or two.")).toEqual([]);
    expect(claimTexts("She searched for him until one day two men came to her door.")).toEqual(["two"]);
    expect(claimTexts("Prices changed from one day to the next.")).toEqual([]);
  });

  it("keeps a real day's count and a real multiple", () => {
    expect(claimTexts("The strike lasted only one day.")).toEqual(["one day"]);
    expect(claimTexts("Seizures grew three times in a year.")).toEqual(["three times"]);
  });
});
