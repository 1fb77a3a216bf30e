import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";

/** [text, name, kind] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  return [...organizationExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name, m.attrs.kind]);
}

describe("Spanish and Portuguese organizations", () => {
  it("names Latin American bodies of the gazetteer by their official name, international ones in English", () => {
    expect(orgs("La Fiscalía General de la República y la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) firmaron el acuerdo.")).toEqual([
      ["Fiscalía General de la República", "Fiscalía General de la República", "government"],
      ["Oficina de las Naciones Unidas contra la Droga y el Delito", "United Nations Office on Drugs and Crime", "intergovernmental"],
      ["UNODC", "United Nations Office on Drugs and Crime", "intergovernmental"],
    ]);
    expect(orgs("The Brazilian Navy and the Sinaloa Cartel were discussed by the panel.")).toEqual([
      ["Brazilian Navy", "Marinha do Brasil", "military"],
      ["Sinaloa Cartel", "Cártel de Sinaloa", "criminal_group"],
    ]);
  });

  it("reads Spanish and Portuguese name patterns, a cartel with its head word", () => {
    expect(orgs("La Fiscalía Especializada en Delincuencia Organizada y el Cártel del Pacífico Sur se enfrentaron ante el Gobierno de Colombia.")).toEqual([
      ["Fiscalía Especializada en Delincuencia Organizada", "Fiscalía Especializada en Delincuencia Organizada", "government"],
      ["Cártel del Pacífico Sur", "Cártel del Pacífico Sur", "criminal_group"],
      ["Gobierno de Colombia", "Gobierno de Colombia", "government"],
    ]);
    expect(orgs("A Polícia Civil de Minas Gerais e o Ministério da Defesa atuam juntos.")).toEqual([
      ["Polícia Civil de Minas Gerais", "Polícia Civil de Minas Gerais", "police"],
      ["Ministério da Defesa", "Ministério da Defesa", "government"],
    ]);
  });

  it("keeps a body named after its parent as a body of its own (the head comes first)", () => {
    expect(orgs("El Comando de Operaciones Especiales del Ejército Mexicano desplegó tropas.")).toEqual([
      ["Comando de Operaciones Especiales del Ejército Mexicano", "Comando de Operaciones Especiales del Ejército Mexicano", "military"],
    ]);
  });

  it("does not read job titles as organizations", () => {
    expect(orgs("El secretario de la Defensa Nacional y la secretaria de Seguridad visitaron la zona.")).toEqual([]);
    expect(orgs("SECRETARIO DE SEGURIDAD Y PROTECCIÓN CIUDADANA: Muchas gracias a todos.")).toEqual([]);
    expect(orgs("O ministro da Justiça e o comandante do Exército falaram aos jornalistas.")).toEqual([]);
  });

  it("ties an acronym defined in parentheses to its Spanish expansion", () => {
    expect(orgs("El Centro de Investigación Criminal Conjunta (CICC) publicó su informe. El CICC recibió apoyo.")).toEqual([
      ["Centro de Investigación Criminal Conjunta", "Centro de Investigación Criminal Conjunta", "government"],
      ["CICC", "Centro de Investigación Criminal Conjunta", "government"],
      ["CICC", "Centro de Investigación Criminal Conjunta", "government"],
    ]);
  });
});
