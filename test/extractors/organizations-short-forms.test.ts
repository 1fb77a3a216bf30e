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

// organizations.json `shortForms`: a ministry whose official name joins portfolios is named by the
// first one alone in its own country's texts; the country in context decides whose it is.
describe("a ministry named by its short form", () => {
  it("takes the full official name of the country in context", () => {
    expect(orgs("O governo do Brasil anunciou que o Ministério da Justiça vai reforçar a fronteira.")).toContainEqual([
      "Ministério da Justiça",
      "Ministério da Justiça e Segurança Pública",
    ]);
    expect(orgs("En la Argentina, el Ministerio de Justicia abrió una oficina nueva en Rosario.")).toContainEqual([
      "Ministerio de Justicia",
      "Ministerio de Justicia y Derechos Humanos",
    ]);
    expect(orgs("El gobierno de México informó que la Secretaría de Educación cerró las aulas.")).toContainEqual([
      "Secretaría de Educación",
      "Secretaría de Educación Pública",
    ]);
  });

  it("is no name of its own where no such country is in view", () => {
    expect(orgs("La Secretaría de Educación Pública publicó el calendario.")).toEqual([["Secretaría de Educación Pública", "Secretaría de Educación Pública"]]);
  });
});

// Criminal groups' own-language short forms and the Spanish names of foreign bodies, by class.
describe("short and translated forms of listed bodies", () => {
  it("reads a cartel named without its preposition as the listed cartel", () => {
    expect(orgs("En Colima, el Cártel Jalisco controla el puerto.")).toContainEqual(["Cártel Jalisco", "Cártel de Jalisco Nueva Generación"]);
    expect(orgs("El Cartel Santa Rosa de Lima roba combustible.")).toContainEqual(["Cartel Santa Rosa de Lima", "Cártel de Santa Rosa de Lima"]);
  });

  it("gives one body one name whatever its record's spelling", () => {
    expect(orgs("El Cartel del Norte del Valle dominó la región.")).toContainEqual(["Cartel del Norte del Valle", "Cártel del Norte del Valle"]);
  });
});

// speaker-parties.ts ATTRIBUTION_CELLS: a legislative record exported as table rows.
describe("a party in a table row of speeches", () => {
  it("reads the party cell beside the speaker's state cell", () => {
    const rows = 'id,texto,orador,partido,uf\n101,"Falo da fronteira.",FULANO_DE_TAL,PL,RN\n102,"Outra fala.",BELTRANA_SOUZA,PSOL,SP\n';
    expect(orgs(rows)).toEqual([
      ["PL", "Partido Liberal"],
      ["PSOL", "Partido Socialismo e Liberdade"],
    ]);
  });

  it("leaves an acronym whose next cell is no state", () => {
    expect(orgs('id,tipo,ano\n7,PL,2024\n')).toEqual([]);
  });
});

// gazetteer.ts bySpelling and national.ts namedInstead: one folded name, two states' bodies.
describe("a generic name two states' bodies share", () => {
  it("takes the record spelled as the text writes it", () => {
    expect(orgs("Em Brasília, a Polícia Federal prendeu o suspeito.")).toContainEqual(["Polícia Federal", "Polícia Federal"]);
    const spanish = orgs("La Policía Federal patrullaba las carreteras del país.");
    expect(spanish).toEqual([["Policía Federal", "Policía Federal"]]);
  });

  it("is the body of the state the text names, when it never names the listed one", () => {
    expect(orgs("El informe cita a la Policía Federal. Los detenidos fueron llevados a Argentina.")).toContainEqual([
      "Policía Federal",
      "Policía Federal Argentina",
    ]);
  });
});

// runs.ts: a connector and the name's own head again open a second body.
describe("a body renamed into another", () => {
  it("reads two names where a connector repeats the head", () => {
    expect(orgs("Em 2017 o governo mudou o nome do Ministério da Justiça para Ministério da Justiça e da Segurança Pública.")).toEqual([
      ["Ministério da Justiça", "Ministério da Justiça e Segurança Pública"],
      ["Ministério da Justiça e da Segurança Pública", "Ministério da Justiça e Segurança Pública"],
    ]);
  });
});

// redefined-acronyms.ts: a listed acronym the text spells out as a lower-case term.
describe("a listed acronym the text defines as a term", () => {
  it("is no body where the text spells it out in lower case", () => {
    expect(orgs("En la región se expanden los grupos armados organizados (GAO). Los GAO cobran extorsiones.")).toEqual([]);
  });

  it("stays the listed body where the text defines it by the body's name", () => {
    expect(orgs("The Government Accountability Office (GAO) audited the grants. GAO found gaps.").map((o) => o[1])).toEqual([
      "Government Accountability Office",
      "Government Accountability Office",
      "Government Accountability Office",
    ]);
  });
});

// elliptical.ts: a Romance name gives its parent after the body.
describe("a UN organ named short in Spanish or Portuguese", () => {
  it("is the listed organ where the text names its parent", () => {
    expect(orgs("La ONU abrió la sesión. Después, el Consejo de Seguridad votó la resolución.")).toContainEqual(["Consejo de Seguridad", "United Nations Security Council"]);
    expect(orgs("O presidente falou às Nações Unidas; a Assembleia Geral aplaudiu.")).toContainEqual(["Assembleia Geral", "United Nations General Assembly"]);
  });

  it("stays as written where the parent is not named", () => {
    expect(orgs("La Asamblea General de accionistas aprobó el balance.").map((o) => o[1])).not.toContain("United Nations General Assembly");
  });
});
