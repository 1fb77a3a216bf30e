import { describe, expect, it } from "vitest";
import { claimTexts } from "./numbers-helpers.js";

describe("a number closing a short quoted name (numeric-non-claims.json quotedNames)", () => {
  it("is part of the name, not a count: “Harbor for 40”, the “Lisbon 7” group", () => {
    expect(claimTexts("Member states back the “Harbor for 40” plan to cut ferry emissions.")).toEqual([]);
    expect(claimTexts("The “Lisbon 7” group of ministers pledged $2 billion for new ports.")).toEqual(["$2 billion"]);
    expect(claimTexts('Officials called the program "Clear Roads 12" when it started.')).toEqual([]);
  });

  it("leaves a quoted sentence and a count after a quoted name as they were", () => {
    expect(claimTexts("She said “The guards counted 9” before the hearing closed.")).toEqual(["9"]);
    expect(claimTexts("The inspectors counted 9 trucks at the northern crossing.")).toEqual(["9"]);
    expect(claimTexts("The “Open Gate” program reached 14 towns in the valley.")).toEqual(["14"]);
  });
});
