import { describe, expect, it } from "vitest";
import { claimTexts } from "./numbers-helpers.js";

describe("digits in quotes and after an apostrophe", () => {
  it("name a thing or a year: a “123” agreement, my '89 sedan", () => {
    expect(claimTexts("The two states signed a “123” nuclear cooperation agreement.")).toEqual(["two"]);
    expect(claimTexts("He drove to the coast in my '89 sedan last week.")).toEqual([]);
    expect(claimTexts("The planner of the ’93 attack was jailed for life.")).toEqual([]);
  });

  it("leave a quoted value and a quoted count as they were", () => {
    expect(claimTexts("The clerk said the total was “40” and left the room.")).toEqual(["40"]);
    expect(claimTexts("The coach said he scored '12' points in the final.")).toEqual(["12"]);
    expect(claimTexts("Member states back the “Harbor for 40” plan to cut ferry emissions.")).toEqual([]);
  });
});
