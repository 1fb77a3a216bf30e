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

// The gazetteer extended by class (organizations.json): each state's security, justice and government
// bodies, regional and UN bodies, armed and criminal groups, NGOs and outlets of the field.
describe("gazetteer classes of the field", () => {
  it("names a state body its text gives only by acronym", () => {
    expect(orgs("Los menores fueron entregados al ICBF el martes.")).toEqual([["ICBF", "Instituto Colombiano de Bienestar Familiar"]]);
    expect(orgs("La DIAN incautó mercancía en el puerto.")).toEqual([["DIAN", "Dirección de Impuestos y Aduanas Nacionales"]]);
    expect(orgs("Durante la dictadura, la SIDE vigilaba a los sindicatos.")).toEqual([["SIDE", "Secretaría de Inteligencia de Estado"]]);
    expect(orgs("Ex-agentes do DOPS prestaram depoimento.")).toEqual([["DOPS", "Departamento de Ordem Política e Social"]]);
  });

  it("names a ministry of another portfolio by its acronym", () => {
    expect(orgs("La Semarnat negó el permiso ambiental.")).toEqual([["Semarnat", "Secretaría de Medio Ambiente y Recursos Naturales"]]);
    expect(orgs("O MME e a Anvisa publicaram as regras.")).toEqual([
      ["MME", "Ministério de Minas e Energia"],
      ["Anvisa", "Agência Nacional de Vigilância Sanitária"],
    ]);
  });

  it("names regional bodies and the defence ministers' conference", () => {
    expect(orgs("CDEMA and the ACS met after the storm.")).toEqual([
      ["CDEMA", "Caribbean Disaster Emergency Management Agency"],
      ["ACS", "Association of Caribbean States"],
    ]);
    expect(orgs("La CMDA se reunirá el próximo año.")).toEqual([["CMDA", "Conference of Defense Ministers of the Americas"]]);
  });

  it("gives an international body named in Spanish or Portuguese its English name", () => {
    expect(orgs("A Organização das Nações Unidas para a Alimentação e a Agricultura alertou para a fome.")).toEqual([
      ["Organização das Nações Unidas para a Alimentação e a Agricultura", "Food and Agriculture Organization of the United Nations"],
    ]);
    expect(orgs("El Consejo de Derechos Humanos de la ONU votó la resolución.")).toEqual([["Consejo de Derechos Humanos de la ONU", "United Nations Human Rights Council"]]);
  });

  it("names armed groups, NGOs and outlets of the field", () => {
    expect(orgs("Los Montoneros y el ERP operaban en los años setenta.").map((o) => o[1])).toContain("Montoneros");
    expect(orgs("Según Indepaz, los asesinatos aumentaron.")).toEqual([["Indepaz", "Instituto de Estudios para el Desarrollo y la Paz"]]);
    expect(orgs("A reportagem do Brasil de Fato foi citada.")).toEqual([["Brasil de Fato", "Brasil de Fato"]]);
  });

  it("reads a shared acronym only once its text has named the body", () => {
    expect(orgs("El ARN mensajero se degrada rápido.")).toEqual([]);
    expect(orgs("La Agencia para la Reincorporación y la Normalización abrió sedes; la ARN pagó los apoyos.").map((o) => o[1])).toEqual([
      "Agencia para la Reincorporación y la Normalización",
      "Agencia para la Reincorporación y la Normalización",
    ]);
  });

  it("gives an electoral body several states bear its official name", () => {
    expect(orgs("En Venezuela, el Consejo Nacional Electoral anunció la fecha.")).toContainEqual(["Consejo Nacional Electoral", "Consejo Nacional Electoral"]);
  });

  it("names an international NGO by its Spanish or Portuguese name", () => {
    expect(orgs("Según Amnistía Internacional, las detenciones fueron arbitrarias.")).toEqual([["Amnistía Internacional", "Amnesty International"]]);
    expect(orgs("A Transparência Internacional divulgou o índice anual.")).toEqual([["Transparência Internacional", "Transparency International"]]);
    expect(orgs("Equipos de Médicos Sin Fronteras atendieron a los heridos.")).toEqual([["Médicos Sin Fronteras", "Médecins Sans Frontières"]]);
  });

  it("names the platforms and licences a text credits", () => {
    expect(orgs("La imagen, tomada de Flickr, se publica bajo una licencia Creative Commons.")).toEqual([
      ["Flickr", "Flickr"],
      ["Creative Commons", "Creative Commons"],
    ]);
    expect(orgs("Foto: arquivo/Wikimedia Commons.")).toEqual([["Wikimedia Commons", "Wikimedia Commons"]]);
  });

  it("names a standing regional forum on migration, though `Conferencia` heads events", () => {
    expect(orgs("Los cancilleres presentaron el informe ante la Conferencia Regional sobre Migración en marzo.")).toEqual([
      ["Conferencia Regional sobre Migración", "Conferencia Regional sobre Migración"],
    ]);
    expect(orgs("O tema voltou à pauta da Conferência Sul-Americana sobre Migrações.")).toEqual([
      ["Conferência Sul-Americana sobre Migrações", "Conferencia Suramericana sobre Migraciones"],
    ]);
  });

  it("names statistics offices, bar associations and parties of the region by class", () => {
    expect(orgs("Según cifras del INEI, el empleo informal creció en las ciudades del sur.")).toEqual([["INEI", "Instituto Nacional de Estadística e Informática"]]);
    expect(orgs("O presidente da OAB criticou o projeto de lei no plenário.")).toEqual([["OAB", "Ordem dos Advogados do Brasil"]]);
    expect(orgs("La bancada de Juntos por el Perú votó contra la moción.")).toEqual([["Juntos por el Perú", "Juntos por el Perú"]]);
  });

  it("names forensic teams and associations of relatives of the disappeared, and Brazil's railway police", () => {
    expect(orgs("Los restos fueron identificados por el EAAF en 2015.")).toEqual([["EAAF", "Equipo Argentino de Antropología Forense"]]);
    expect(orgs("Las madres se reunieron con FEDEFAM en Caracas.")).toEqual([["FEDEFAM", "Federación Latinoamericana de Asociaciones de Familiares de Detenidos-Desaparecidos"]]);
    expect(orgs("A Polícia Ferroviária Federal patrulha as linhas do sul.")).toEqual([["Polícia Ferroviária Federal", "Polícia Ferroviária Federal"]]);
  });

  it("gives United States operations and international bodies named in Spanish or Portuguese their English names", () => {
    expect(orgs("El Operativo Rápido y Furioso dejó cientos de armas sin rastrear.")).toEqual([["Operativo Rápido y Furioso", "Operation Fast and Furious"]]);
    expect(orgs("La Operación Causa Justa comenzó de madrugada.")).toEqual([["Operación Causa Justa", "Operation Just Cause"]]);
    expect(orgs("El Cuerpo de Paz de Estados Unidos retiró a sus voluntarios del interior.")[0]).toEqual(["Cuerpo de Paz de Estados Unidos", "Peace Corps"]);
    // A bare `cuerpo de paz` is as often a country's own peace force: no alias.
    expect(orgs("el gobierno desplegó un cuerpo de paz y de proximidad en la ciudad.")).toEqual([]);
    expect(orgs("El Consejo de Paz y Seguridad de la Unión Africana pidió fondos.")).toEqual([
      ["Consejo de Paz y Seguridad de la Unión Africana", "Peace and Security Council of the African Union"],
    ]);
  });
  it("names the oil companies of the Americas by class, under their legal names", () => {
    expect(orgs("Chevron and ConocoPhillips bid for the offshore block, and Ecopetrol partnered with Repsol.")).toEqual([
      ["Chevron", "Chevron Corporation"],
      ["ConocoPhillips", "ConocoPhillips"],
      ["Ecopetrol", "Ecopetrol"],
      ["Repsol", "Repsol"],
    ]);
    expect(orgs("Analysts said ExxonMobil would wait.")).toEqual([["ExxonMobil", "Exxon Mobil Corporation"]]);
  });

  it("names the State Department's bureaus by their office symbols", () => {
    expect(orgs("The WHA Assistant Secretary met the minister, and S/CT sent a team.")).toEqual(
      expect.arrayContaining([
        ["WHA", "Bureau of Western Hemisphere Affairs"],
        ["S/CT", "Bureau of Counterterrorism"],
      ]),
    );
  });
  it("names the unified combatant commands by class, a former one too", () => {
    expect(orgs("Planners at Joint Forces Command drafted the exercise.")).toEqual([["Joint Forces Command", "U.S. Joint Forces Command"]]);
  });
  it("names the United States government's broadcasters and monitors by class", () => {
    expect(orgs("The report quoted Radio Liberty and a transcript from FBIS, and Radio/TV Marti aired it.")).toEqual([
      ["Radio Liberty", "Radio Free Europe/Radio Liberty"],
      ["FBIS", "Foreign Broadcast Information Service"],
      ["Radio/TV Marti", "Radio and TV Martí"],
    ]);
  });
});

// orgs43: congressional committees under their official names, their common short forms as aliases.
describe("United States congressional committees", () => {
  it("are named by their official names whatever short form the text writes", () => {
    const got = orgs("The Senate Foreign Relations Committee and the House Foreign Affairs Committee held hearings; the House Intelligence Committee and the Senate Homeland Security Committee did not.");
    expect(got).toContainEqual(["Senate Foreign Relations Committee", "United States Senate Committee on Foreign Relations"]);
    expect(got).toContainEqual(["House Foreign Affairs Committee", "House Committee on Foreign Affairs"]);
    expect(got).toContainEqual(["House Intelligence Committee", "House Permanent Select Committee on Intelligence"]);
    expect(got).toContainEqual(["Senate Homeland Security Committee", "United States Senate Committee on Homeland Security and Governmental Affairs"]);
  });
});
