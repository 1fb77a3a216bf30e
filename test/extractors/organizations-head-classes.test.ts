import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, kind] of each organization mention. */
function found(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.kind]);
}

// Heads of bodies no list knows, by class (org-patterns.json romanceHeads): the offices of Latin
// American departments and towns, registries, customs, treasuries; collectives, newspapers,
// publishers, faculties and laboratories; armed groups named by their militias.
describe("Romance heads by class", () => {
  it("name state offices no list knows", () => {
    expect(found("La Gobernación de Putumayo y la Personería Municipal de Mocoa firmaron el acta.")).toEqual([
      ["Gobernación de Putumayo", "government"],
      ["Personería Municipal de Mocoa", "government"],
    ]);
    expect(found("El informe llegó a la Consejería Presidencial para la Juventud el martes.")).toEqual([["Consejería Presidencial para la Juventud", "government"]]);
    expect(found("Los contenedores quedaron en manos de la Aduana Nacional desde enero.")).toEqual([["Aduana Nacional", "government"]]);
  });

  it("name civil, press and academic bodies", () => {
    expect(found("Según el Colectivo de Abogados del Sur, las audiencias se aplazaron.")).toEqual([["Colectivo de Abogados del Sur", "ngo"]]);
    expect(found("La nota apareció en el Diario Regional de Oriente el domingo.")).toEqual([["Diario Regional de Oriente", "company"]]);
    expect(found("O livro saiu pela Editora Ponte Alta no ano passado.")).toEqual([["Editora Ponte Alta", "company"]]);
    expect(found("El estudio lo firmó la Facultad de Ciencias Sociales de la universidad.")).toEqual([["Facultad de Ciencias Sociales", "academic"]]);
  });

  it("name armed groups by their militias", () => {
    expect(found("En la vereda operaban las Milicias Campesinas del Norte desde hacía años.")).toEqual([["Milicias Campesinas del Norte", "armed_group"]]);
  });
});
