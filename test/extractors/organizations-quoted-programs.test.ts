import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name, kind] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name, m.attrs.kind]);
}

// A program named in quotes beside a lower-case noun of its type is a program, head word or not.
describe("a program named in quotes beside its type noun", () => {
  it("is a program in Spanish, Portuguese and English, the quotes left out", () => {
    expect(orgs("El ministerio lanzará el programa “Calles Limpias” en tres ciudades.")).toEqual([["Calles Limpias", "Calles Limpias", "program"]]);
    expect(orgs("La alcaldía sigue con la estrategia regional “Pueblo en Calma”, con apoyo vecinal.")).toEqual([["Pueblo en Calma", "Pueblo en Calma", "program"]]);
    expect(orgs("O governo ampliou o plano \"Rio Sem Medo 2030\" neste ano.")).toEqual([["Rio Sem Medo 2030", "Rio Sem Medo 2030", "program"]]);
    expect(orgs('The mayor launched the "Safe Harbor Streets" initiative last spring.')).toEqual([["Safe Harbor Streets", "Safe Harbor Streets", "program"]]);
  });

  it("takes a capitalized type noun and the quotes into the name", () => {
    expect(orgs("Pusimos en marcha el Programa “Patios Seguros” en cada comuna.")).toEqual([["Programa “Patios Seguros”", "Programa Patios Seguros", "program"]]);
    // No opener before the noun: a title or a heading, not the program named in prose.
    expect(orgs("Programa “Patios Seguros” y otros temas.").map((o) => o[0])).not.toContain("Programa “Patios Seguros”");
  });

  it("leaves quoted speech, lower-case phrases, countries and quotes with no type noun alone", () => {
    expect(orgs("El ministro dijo que el programa “no tiene fondos suficientes” este año.")).toEqual([]);
    expect(orgs("The plan, he said, was \"Ready Now\" according to the mayor.")).toEqual([]);
    expect(orgs("Los vecinos gritaron “Calles Limpias” frente a la alcaldía.")).toEqual([]);
    expect(orgs("El plan “Chile” quedó en el papel.")).toEqual([]);
    // After a person's possessive the quoted words name that person's policy.
    expect(orgs("Former mayor Ruiz’s \"Safe Harbor Streets\" program ended in May.")).toEqual([]);
  });
});
