import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name] of each organization mention. */
function orgs(raw: string): string[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), String(m.attrs.name)]);
}

describe("coordinated bodies in Spanish and Portuguese", () => {
  it("ends a body named bare at `y` + article + a capitalized word: the next body starts there", () => {
    const found = orgs("En el norte de México, el Ejército y la Marina cerraron tres pistas clandestinas.");
    expect(found[0]).toEqual(["Ejército", "Ejército Mexicano"]);
    expect(found.map((o) => o[0])).not.toContain("Ejército y la Marina");
    const argentina = orgs("Durante la guerra en Argentina hubo disputas entre la Fuerza Aérea y la Marina por el mando.");
    expect(argentina[0]).toEqual(["Fuerza Aérea", "Fuerza Aérea Argentina"]);
  });

  it("reads a dative `a` before the article of the second body", () => {
    const found = orgs("En Colombia el informe culpó al Ministro de Defensa y a las Fuerzas Armadas del ataque.");
    expect(found.map((o) => o[0])).toContain("Fuerzas Armadas");
    expect(found.map((o) => o[0]).some((t) => t.includes(" y a las "))).toBe(false);
  });

  it("keeps a name's own coordinated nouns after a complement in one name", () => {
    expect(orgs("La Comisión para la Cooperación y el Desarrollo Regional publicó su informe.").map((o) => o[0])).toEqual(["Comisión para la Cooperación y el Desarrollo Regional"]);
  });
});
