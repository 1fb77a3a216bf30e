import { describe, expect, it } from "vitest";
import { named as orgs } from "./organization-names.js";

// `GOP` is listed (the Republican Party); US government writing about Peru names Peru's government so.
describe("a government's acronym that the gazetteer lists for another body (government-acronyms.ts)", () => {
  it("is the government of the state the document names most when the text never writes the listed body's name", () => {
    const got = orgs("Peru deployed troops to the valley. The GOP said Peru would fund new bases, and officials in Peru agreed. The U.S. offered helicopters.");
    expect(got).toContainEqual(["GOP", "Government of Peru"]);
  });

  it("stays the listed body where the text writes its name", () => {
    const got = orgs("Peru deployed troops to the valley. In Washington, Republicans in the GOP said the aid to Peru should wait.");
    expect(got).toContainEqual(["GOP", "Republican Party"]);
  });
});
