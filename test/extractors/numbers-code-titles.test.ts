import { describe, expect, it } from "vitest";
import { claimTexts } from "./numbers-helpers.js";

describe("a legal citation's numbers (numeric-non-claims.json codeTitles)", () => {
  it("counts nothing: a code's title number, a reporter's volume and page", () => {
    expect(claimTexts("The notice relies on 42 U.S.C. 1983 and on older statutes.")).toEqual([]);
    expect(claimTexts("The board hired staff under 5 U.S.C., section 3161, last spring.")).toEqual([]);
    expect(claimTexts("Counsel cited Ortiz v. Lane, 212 U.S. 440 (1909), at length.")).toEqual([]);
  });

  it("leaves a count before a country's abbreviation as it was", () => {
    expect(claimTexts("The embassy said 212 U.S. citizens left the port.")).toEqual(["212"]);
    expect(claimTexts("Some 40 U.S. advisers trained the new unit.")).toEqual(["Some 40"]);
  });
});
