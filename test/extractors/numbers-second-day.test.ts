import { describe, expect, it } from "vitest";
import { claimTexts } from "./numbers-helpers.js";

describe("the second of two days after their month", () => {
  it("is a date, not a count: `on July 10 and 11`", () => {
    expect(claimTexts("The envoys will meet on April 22 and 23 in the capital.")).toEqual([]);
    expect(claimTexts("Cargo flights landed on July 10 and 11, carrying 40 tons of food.")).toEqual(["40 tons"]);
  });

  it("leaves counts after a date as they were", () => {
    expect(claimTexts("On March 9, 12 soldiers were hurt near the border.")).toEqual(["12"]);
    expect(claimTexts("The patrol found 10 boats and 11 rafts on the river.")).toEqual(["10", "11"]);
  });
});
