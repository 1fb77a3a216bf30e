import { describe, expect, it } from "vitest";
import { claimTexts, es } from "./numbers-helpers.js";

describe("a year with a note mark glued on (marked-years.ts)", () => {
  it("reads five digits that start with a year, linked to a year or after a time preposition, as that year", () => {
    expect(claimTexts("The council recalled the Joint Statements of 20154 and 2019 and its budget of 40 million.")).toEqual(["40 million"]);
    expect(claimTexts("Seizures have risen since 20083, when 4,000 tons were found.")).toEqual(["4,000 tons"]);
  });

  it("reads one or two digits glued to a year's comma as its mark", () => {
    expect(claimTexts("The treaties signed in 2008 and 2016,12 are still in force.")).toEqual([]);
  });

  it("keeps a count that follows a year prefix but counts something", () => {
    expect(claimTexts("In the port, 20154 containers were inspected in 2022.")).toEqual(["20154"]);
  });

  it("reads the Spanish and Portuguese prepositions too", () => {
    expect(claimTexts(es("La tasa se mantuvo estable desde 20114 en la frontera."))).toEqual([]);
  });
});
