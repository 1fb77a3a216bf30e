import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { threatExtractor } from "../../packages/extractors/src/threats/index.js";

/** [text, category] of each threat mention. */
function threats(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  return [...threatExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.category]);
}

describe("Spanish and Portuguese threats", () => {
  it("tags Spanish terms and their plurals", () => {
    expect(threats("El gabinete habló del narcotráfico, la delincuencia organizada, los secuestros, las extorsiones y el cobro de piso en la región.")).toEqual([
      ["narcotráfico", "drug_trafficking"],
      ["delincuencia organizada", "organized_crime"],
      ["secuestros", "kidnapping"],
      ["extorsiones", "extortion"],
      ["cobro de piso", "extortion"],
    ]);
  });

  it("tags Portuguese terms, sea piracy as organized crime", () => {
    expect(threats("A Marinha combate a lavagem de dinheiro, a pirataria, o garimpo ilegal e os crimes transfronteiriços na costa.")).toEqual([
      ["lavagem de dinheiro", "money_laundering"],
      ["pirataria", "organized_crime"],
      ["garimpo ilegal", "environmental_crime"],
      ["crimes transfronteiriços", "organized_crime"],
    ]);
  });

  it("inflects every word before the preposition of a head-first phrase", () => {
    expect(threats("Los grupos armados ilegales y los homicidios dolosos crecieron con las organizaciones terroristas del sur.")).toEqual([
      ["grupos armados ilegales", "insurgency"],
      ["homicidios dolosos", "homicide"],
      ["organizaciones terroristas", "terrorism"],
    ]);
    expect(threats("Os atos terroristas e as facções criminosas preocupam os governos da região.")).toEqual([
      ["atos terroristas", "terrorism"],
      ["facções criminosas", "organized_crime"],
    ]);
  });

  it("gives each coordinated modifier of a head-first phrase its own mention", () => {
    expect(threats("A Marinha atua contra os delitos transfronteiriços e ambientais na região amazônica.")).toEqual([
      ["delitos transfronteiriços", "organized_crime"],
      ["ambientais", "environmental_crime"],
    ]);
    expect(threats("La policía persigue el tráfico de drogas, armas y personas en la frontera con los socios.")).toEqual([
      ["tráfico de drogas", "drug_trafficking"],
      ["armas", "arms_trafficking"],
      ["personas", "human_trafficking"],
    ]);
  });
});

describe("a Spanish group name that opens with a lower-case head", () => {
  it("is no threat (the organization extractor names it), while plain cartels are", () => {
    expect(threats("El cártel del Golfo y el cártel Jalisco Nueva Generación se enfrentan, como otros cárteles de la región.")).toEqual([
      ["cárteles", "organized_crime"],
    ]);
  });
});
