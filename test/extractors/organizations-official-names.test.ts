import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name]);
}

// The contract names a body by its full official name: a listed body written by its short or
// trade name takes the name its charter or registry gives it.
describe("a listed body written by its short name", () => {
  it("is named by its full official name in Spanish and Portuguese", () => {
    expect(orgs("La Interpol difundió una alerta sobre dos fugitivos del penal.")).toEqual([["Interpol", "International Criminal Police Organization"]]);
    expect(orgs("Segundo a Petrobras, o navio foi revistado no porto.")).toEqual([["Petrobras", "Petróleo Brasileiro S.A."]]);
  });

  it("keeps the English name an English text uses, and leaves bodies listed by their full name alone", () => {
    expect(orgs("Shares of Petrobras fell after the raid on its offices.")).toEqual([["Petrobras", "Petrobras"]]);
    expect(orgs("La Oficina de las Naciones Unidas contra la Droga y el Delito publicó su informe anual.")).toEqual([
      ["Oficina de las Naciones Unidas contra la Droga y el Delito", "United Nations Office on Drugs and Crime"],
    ]);
  });
});
