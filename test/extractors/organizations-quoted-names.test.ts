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

// A unit named by its type and a quoted proper name (org-patterns.json `quotedNameHeads`, quoted-names.ts).
describe("a unit or operation completed by a quoted name", () => {
  it("runs a unit's name through its quoted name, quotes left out of the name", () => {
    expect(orgs("En 1950 el Grupo de Artillería “Sierra Alta” cruzó el río.")).toEqual([["Grupo de Artillería “Sierra Alta”", "Grupo de Artillería Sierra Alta"]]);
    expect(orgs("Después se crea la Brigada Motorizada No. 7 “Los Andes” con sede en la costa.")).toEqual([
      ["Brigada Motorizada No. 7 “Los Andes”", "Brigada Motorizada No. 7 Los Andes"],
    ]);
    expect(orgs("Ese año se organiza el Batallón “Cóndor Negro” en el valle.")).toEqual([["Batallón “Cóndor Negro”", "Batallón Cóndor Negro"]]);
  });

  it("widens a listed body quoted after an operation noun, and leaves an unlisted quoted operation alone", () => {
    expect(orgs("Un informe sobre el operativo “Rápido y Furioso” llegó al Senado de Chile.").slice(0, 1)).toEqual([["operativo “Rápido y Furioso”", "Operation Fast and Furious"]]);
    expect(orgs("El operativo “Luna Llena” terminó el domingo.")).toEqual([]);
  });
});
