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

// A bare national core in Portuguese names the body its Spanish counterpart lists, and the reverse
// (org-patterns.json nationalContext.romanceCores): a Brazilian paper on a Spanish-speaking country.
describe("a bare national body in the other Romance language", () => {
  it("is the listed body of the country in context", () => {
    expect(named("Na crise do Paraguai, o general deixou ontem a chefia do Exército e passou para a reserva.")).toEqual([["Exército", "Ejército Paraguayo"]]);
    expect(named("Na crise do Paraguai, os comandantes da Marinha e do Exército apoiaram o presidente.")).toEqual([
      ["Marinha", "Armada Paraguaya"],
      ["Exército", "Ejército Paraguayo"],
    ]);
  });

  it("leaves a Brazilian text's own bodies Brazilian", () => {
    expect(named("No Brasil, o Exército e a Marinha reforçaram a fronteira com o Paraguai.")).toEqual([
      ["Exército", "Exército Brasileiro"],
      ["Marinha", "Marinha do Brasil"],
    ]);
  });
});

// organizations.json names Brazil's armed forces as the region's others are named: core and country.
describe("Brazil's armed forces", () => {
  it("are named with the country, as Chile's or Peru's are", () => {
    expect(named("No Brasil, as Forças Armadas participaram da operação na fronteira.")).toEqual([["Forças Armadas", "Forças Armadas do Brasil"]]);
    expect(named("Segundo o ministro, as Forças Armadas Brasileiras participaram da operação na fronteira.")).toEqual([
      ["Forças Armadas Brasileiras", "Forças Armadas do Brasil"],
    ]);
  });
});
