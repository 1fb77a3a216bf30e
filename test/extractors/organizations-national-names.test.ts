import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name] of each organization mention. */
function named(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name]);
}

// organizations.json names Brazil's armed forces as the region's others are named: core and country.
describe("Brazil's armed forces", () => {
  it("are named with the country, as Chile's or Peru's are", () => {
    expect(named("No Brasil, as Forças Armadas participaram da operação na fronteira.")).toEqual([["Forças Armadas", "Forças Armadas do Brasil"]]);
    expect(named("Segundo o ministro, as Forças Armadas Brasileiras participaram da operação na fronteira.")).toEqual([
      ["Forças Armadas Brasileiras", "Forças Armadas do Brasil"],
    ]);
  });
});
