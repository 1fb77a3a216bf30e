import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** The text of each organization mention. */
function spans(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => doc.rawText(m.start, m.end));
}

// Inside an English `of`/`for` complement, `and the` before a region written with `the` goes on with the name.
describe("a complement coordinating a region after `and the`", () => {
  it("keeps the region in the name", () => {
    expect(spans("The Regional Office for Latin America and the Caribbean met on Tuesday.")).toEqual(["Regional Office for Latin America and the Caribbean"]);
  });

  it("ends the name before any other word after `and the`", () => {
    expect(spans("Last week the Ministry of Health and the Red Cross opened a clinic.")).toEqual(["Ministry of Health", "Red Cross"]);
  });
});
