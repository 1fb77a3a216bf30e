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

// A wire story's or a chart's credit line names its source (org-evidence.json sourceOpeners).
describe("a credit line's source", () => {
  it("is a body", () => {
    expect(named("Las lluvias dejaron sin casa a miles de familias en la costa norte este mes. (Con información de NTX)")).toEqual([["NTX", "NTX"]]);
    expect(named("El diputado criticó el proyecto en la sesión del martes. Fuente El Vocero")).toEqual([["El Vocero", "El Vocero"]]);
  });

  it("leaves a lower-case source alone", () => {
    expect(named("La fuente de la información no fue revelada por los investigadores.")).toEqual([]);
  });
});
