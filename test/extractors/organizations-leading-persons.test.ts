import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// `X Y of the Z`: a person's name before `of` opening a pattern name is the person, the body is Z.
describe("a person's name leading a pattern name before `of`", () => {
  it("is cut off: the body starts after the `of`", () => {
    expect(named("Budgets will not grow, says David Quillby of the Institute for Harbor Studies.")).toEqual([["Institute for Harbor Studies", "Institute for Harbor Studies"]]);
    expect(named("The report was written by Prof Otto Lindqvist of the University of Westmarch.")).toEqual([["University of Westmarch", "University of Westmarch"]]);
  });

  it("leaves a name whose words before `of` hold a head, or are no person's", () => {
    expect(named("The International Committee of the Red Cross said so.")).toEqual([["International Committee of the Red Cross", "International Committee of the Red Cross"]]);
  });
});
