import { describe, expect, it } from "vitest";
import { claimTexts } from "./numbers-helpers.js";

describe("page citations written without a point (numeric-non-claims.json identifierHeads p, pp)", () => {
  it("counts nothing in an author-page citation, a page range or a bare page", () => {
    expect(claimTexts("The river crossing is steep and muddy (Ortiz, p 12; Lane 2019, p 4-5).")).toEqual([]);
    expect(claimTexts("Relief groups described the camps as crowded (pp 33-35).")).toEqual([]);
  });

  it("keeps the counts beside the citation", () => {
    expect(claimTexts("Some 3,000 migrants waited at the border (Ortiz, p 12).")).toEqual(["Some 3,000"]);
  });
});
