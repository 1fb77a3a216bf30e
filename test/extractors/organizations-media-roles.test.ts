import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** Each organization mention's text and kind. */
function mentions(raw: string): [string, string | undefined][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.kind as string | undefined]);
}

// A Spanish/Portuguese media role names the outlet after its preposition (org-patterns.json es/pt typeNouns.roles).
describe("an outlet named after a media role", () => {
  it("types a station's name with a number or an article in it", () => {
    expect(mentions("Amenazaron al propietario de Canal 47 y al director de noticias de Radio La Sirena.")).toEqual([
      ["Canal 47", "company"],
      ["Radio La Sirena", "company"],
    ]);
  });

  it("types each of two outlets joined after the role", () => {
    expect(mentions("Habló la presentadora de Noticias Ribera y Radio Alba Sur.")).toEqual([
      ["Noticias Ribera", "company"],
      ["Radio Alba Sur", "company"],
    ]);
  });

  it("types the outlet after a Portuguese role", () => {
    expect(mentions("Segundo a colunista da Gazeta Norteira, o caso segue aberto.")).toEqual([["Gazeta Norteira", "company"]]);
  });

  it("leaves a lone given name and a country after the role", () => {
    expect(mentions("El periodista de Ana escribió que el periodista de Chile llegó tarde.")).toEqual([]);
  });
});
