import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, kind] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.kind]);
}

// `Plan`/`Plano` followed by a proper name is a named program (org-patterns.json romanceHeads); followed by
// a document's modifier (nonOrganizationHeads.planComplements.modifiers) it stays a document.
describe("a plan named by a proper name", () => {
  it("reads a Spanish or Portuguese plan with a proper name as a program", () => {
    expect(orgs("El ministerio lanzó el Plan Barrio Protegido en doce comunas.")).toEqual([["Plan Barrio Protegido", "program"]]);
    expect(orgs("Desde o Plano Cruzado a inflação caiu muito.")).toEqual([["Plano Cruzado", "program"]]);
  });

  it("leaves a plan opened by a document's modifier alone", () => {
    expect(orgs("El congreso aprobó el Plan Nacional de Desarrollo y el Plan Estratégico Institucional.")).toEqual([]);
    expect(orgs("O Plano Plurianual prevê recursos para a saúde.")).toEqual([]);
  });

  it("keeps an operation's modifier in its name", () => {
    expect(orgs("Comenzó el Operativo Conjunto Costa Azul en el puerto.")).toEqual([["Operativo Conjunto Costa Azul", "program"]]);
  });

  it("does not make a closing document word a head in an acronym's definition", () => {
    expect(orgs("The ministry adopted a National Response Plan (NRP) last year; the NRP sets targets.")).toEqual([]);
  });
});
