import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

// Security and justice bodies that texts name by acronym alone, never spelling it out (organizations.json).

/** [text, name] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name]);
}

describe("acronyms of security and justice bodies that the text does not define", () => {
  it("reads a police directorate's acronym as its directorate", () => {
    expect(orgs("Agentes de la DIRCOCOR allanaron tres oficinas en el sur.")).toEqual([["DIRCOCOR", "Dirección contra la Corrupción"]]);
    expect(orgs("La DIRCOTE detuvo a dos sospechosos.")).toEqual([["DIRCOTE", "Dirección contra el Terrorismo"]]);
    expect(orgs("Un informe de la DIRMEAMB sobre minería ilegal.")).toEqual([["DIRMEAMB", "Dirección de Medio Ambiente"]]);
  });

  it("reads other countries' police units' acronyms as their units", () => {
    expect(orgs("Detectives de la BRIANCO incautaron la droga.")).toEqual([["BRIANCO", "Brigada Antinarcóticos y Contra el Crimen Organizado"]]);
    expect(orgs("La SIJIN capturó a dos hombres en el barrio.")).toEqual([["SIJIN", "Seccional de Investigación Criminal"]]);
    expect(orgs("Agentes de la DIPAMPCO y de la DICRIM participaron.").map((o) => o[1])).toEqual(["Dirección Policial Anti Maras y Pandillas Contra el Crimen Organizado", "Dirección Central de Investigaciones Criminales"]);
  });

  it("reads a prosecutors' special unit's acronym as its unit", () => {
    expect(orgs("La FECI y la UFERCO abrieron expedientes.").map((o) => o[1])).toEqual(["Fiscalía Especial contra la Impunidad", "Unidad Fiscal Especializada contra Redes de Corrupción"]);
    expect(orgs("La PROTEX pidió la detención de los tres acusados.")).toEqual([["PROTEX", "Procuraduría de Trata y Explotación de Personas"]]);
    expect(orgs("Según la PROCUNAR, el cargamento salió del puerto.")).toEqual([["PROCUNAR", "Procuraduría de Narcocriminalidad"]]);
    expect(orgs("La PROCELAC analizó las transferencias.")).toEqual([["PROCELAC", "Procuraduría de Criminalidad Económica y Lavado de Activos"]]);
  });

  it("reads a national public-security system's acronym under its own-language name, in English too", () => {
    expect(orgs("Figures reported to the SNSP rose last year.")).toEqual([["SNSP", "Sistema Nacional de Seguridad Pública"]]);
  });

  it("keeps a body a Portuguese text defines when the acronym's listed record is read only in other languages", () => {
    // The listed PGR (Mexico's) is read in English and Spanish paragraphs only.
    expect(orgs("A Procuradoria-Geral da República (PGR) denunciou o prefeito ontem.").map((o) => o[1])).toEqual(["Procuradoria-Geral da República", "Procuradoria-Geral da República"]);
  });

  it("reads regional and UN bodies' Spanish acronyms", () => {
    expect(orgs("Los países del MIRPS y la COMJIB firmaron la declaración.").map((o) => o[1])).toEqual(["Marco Integral Regional para la Protección y Soluciones", "Conferencia de Ministros de Justicia de los Países Iberoamericanos"]);
    expect(orgs("Según la ONUDD y la OMS, el consumo creció.").map((o) => o[1])).toEqual(["United Nations Office on Drugs and Crime", "World Health Organization"]);
  });
});
