import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name, kind, country] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name, m.attrs.kind, m.attrs.country]);
}

// The gazetteer's security and justice bodies of the Americas (data only: organizations.json).
describe("security and justice bodies of the Americas", () => {
  it("names a body its text gives only by acronym", () => {
    expect(orgs("Segundo o TCU, as obras na fronteira atrasaram outra vez.")).toEqual([["TCU", "Tribunal de Contas da União", "government", "BRA"]]);
    expect(orgs("Las familias inscritas en el PNIS esperan los pagos desde marzo.")).toEqual([
      ["PNIS", "Programa Nacional Integral de Sustitución de Cultivos de Uso Ilícito", "program", "COL"],
    ]);
    expect(orgs("Los reclusos trasladados por el INPEC llegaron de noche.")).toEqual([["INPEC", "Instituto Nacional Penitenciario y Carcelario", "government", "COL"]]);
  });

  it("gives a body written in another form its official name", () => {
    expect(orgs("Los municipios del Programa de Desarrollo con Enfoque Territorial recibieron obras.").map((o) => o.slice(0, 2))).toEqual([
      ["Programa de Desarrollo con Enfoque Territorial", "Programas de Desarrollo con Enfoque Territorial"],
    ]);
  });

  it("gives a name several states' bodies bear the state of its text, keeping the official name", () => {
    expect(orgs("En el Perú, la Defensoría del Pueblo registró nuevos conflictos.").filter((o) => o[2] === "government")).toEqual([["Defensoría del Pueblo", "Defensoría del Pueblo", "government", "PER"]]);
    expect(orgs("En Bolivia, la Defensoría del Pueblo registró nuevos conflictos.").filter((o) => o[2] === "government")).toEqual([["Defensoría del Pueblo", "Defensoría del Pueblo", "government", "BOL"]]);
  });

  it("keeps a service apart from the ministry that commands it, and reads a former name as the body", () => {
    expect(orgs("La Armada de México y la Secretaría de Marina patrullan la costa.").map((o) => o.slice(0, 2))).toEqual([
      ["Armada de México", "Armada de México"],
      ["Secretaría de Marina", "Secretaría de Marina"],
    ]);
    expect(orgs("A Corregedoria-Geral da União abriu a auditoria.").map((o) => o.slice(0, 2))).toEqual([["Corregedoria-Geral da União", "Controladoria-Geral da União"]]);
  });

  it("leaves an ordinary sentence alone", () => {
    expect(orgs("El pueblo defendió sus cultivos y la justicia tardó en llegar.")).toEqual([]);
  });
});
