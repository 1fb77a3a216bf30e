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

// The guidelines keep a cartel's type word in its span, lower case too (`Sinaloa cartel`).
describe("a group named by capitalized words, then its type noun in lower case", () => {
  it("keeps the lower-case cartel in the span", () => {
    expect(spans("Last spring the Sinaloa cartel shipped its cargo through the port.")).toEqual(["Sinaloa cartel"]);
  });

  it("leaves a name with a connector or an acronym as it is", () => {
    expect(spans("By then the Tren de Aragua cartel and the MS-13 gang shared the route.")).toEqual(["Tren de Aragua", "MS-13"]);
  });
});
