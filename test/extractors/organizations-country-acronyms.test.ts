import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name] of each organization mention, and [text, iso3] of each country mention. */
function layers(raw: string): { orgs: unknown[][]; countries: unknown[][] } {
  const doc = analyze(raw, { docId: "t" });
  const country = [...countryExtractor.extract(doc, {})];
  return {
    orgs: [...organizationExtractor.extract(doc, { country })].map((m) => [doc.rawText(m.start, m.end), m.attrs.name]),
    countries: country.map((m) => [doc.rawText(m.start, m.end), m.attrs.iso3]),
  };
}

describe("an acronym the country layer reads as a state", () => {
  it("is no organization in a Spanish paragraph, where EU is Estados Unidos", () => {
    const { orgs, countries } = layers(
      "El gobierno de México pidió a EU más control sobre la venta de armas en la frontera norte. " +
        "Los funcionarios de EU respondieron que revisarán la propuesta la próxima semana.",
    );
    expect(countries).toContainEqual(["EU", "USA"]);
    expect(orgs.filter(([text]) => text === "EU")).toEqual([]);
  });

  it("stays the European Union in an English paragraph", () => {
    const { orgs, countries } = layers(
      "The EU announced new sanctions on Tuesday, and ministers of the EU will meet again in Brussels to review the measures next month.",
    );
    expect(orgs).toContainEqual(["EU", "European Union"]);
    expect(countries.filter(([text]) => text === "EU")).toEqual([]);
  });

  it("leaves the Spanish UE the European Union", () => {
    const { orgs } = layers("La UE y el gobierno de Colombia firmaron un acuerdo de cooperación contra el narcotráfico en Bogotá el lunes pasado.");
    expect(orgs).toContainEqual(["UE", "European Union"]);
  });
});
