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
const named = (raw: string) => orgs(raw).map((o) => o.slice(0, 2));

// Bodies of the Americas no earlier list knew, as a regional analyst would list them.
describe("organizations of the Americas' politics, press and armed conflicts", () => {
  it("names a truth commission, a rights group, a research center and a national strategy by their acronyms alone", () => {
    expect(named("Según la CVR, la mayoría de las víctimas vivía en zonas rurales; el CELS pidió datos.")).toEqual([
      ["CVR", "Comisión de la Verdad y Reconciliación"],
      ["CELS", "Centro de Estudios Legales y Sociales"],
    ]);
    expect(named("Um estudo do CRISP mediu os prazos; a ENASP cobrou metas dos estados.")).toEqual([
      ["CRISP", "Centro de Estudos de Criminalidade e Segurança Pública"],
      ["ENASP", "Estratégia Nacional de Justiça e Segurança Pública"],
    ]);
    // Another country's truth commission keeps its own name; the words cvr and crisp are no acronyms.
    expect(named("La Comisión de la Verdad de Villa Rica entregó un informe crisp y breve.")).toEqual([["Comisión de la Verdad de Villa Rica", "Comisión de la Verdad de Villa Rica"]]);
  });

  it("names the main parties by full name, short form and acronym, with no kind", () => {
    expect(orgs("Tras la votación, el PRI y el PRD acusaron a Morena de bloquear la reforma.")).toEqual([
      ["PRI", "Partido Revolucionario Institucional", undefined],
      ["PRD", "Partido de la Revolución Democrática", undefined],
      ["Morena", "Movimiento Regeneración Nacional", undefined],
    ]);
    expect(named("Members of the Reform Party and the NDP questioned the minister, while the BQ abstained.")).toEqual([
      ["Reform Party", "Reform Party of Canada"],
      ["NDP", "New Democratic Party"],
      ["BQ", "Bloc Québécois"],
    ]);
    expect(named("Deputados do PT e do PSDB votaram juntos contra a emenda.")).toEqual([
      ["PT", "Partido dos Trabalhadores"],
      ["PSDB", "Partido da Social Democracia Brasileira"],
    ]);
  });

  it("names news outlets and wire services, but not the common words their short names are", () => {
    expect(named("The story ran on MSNBC and Fox News, and Bloomberg and the LA Times followed it a day later.")).toEqual([
      ["MSNBC", "MSNBC"],
      ["Fox News", "Fox News"],
      ["Bloomberg", "Bloomberg"],
      ["LA Times", "Los Angeles Times"],
    ]);
    expect(named("Según El Faro y La Prensa Gráfica, la red operaba desde hacía años; TV Globo dio la misma cifra.")).toEqual([
      ["El Faro", "El Faro"],
      ["La Prensa Gráfica", "La Prensa Gráfica"],
      ["TV Globo", "TV Globo"],
    ]);
    expect(named("The post office and a fox near the nation's border were all that the patrol reported.")).toEqual([]);
  });

  it("names the region's armed and criminal groups, past and present", () => {
    expect(orgs("Veterans of the M-19 met former Contras, and a unit of the 16th Front crossed the river.")).toEqual([
      ["M-19", "19th of April Movement", "armed_group"],
      ["Contras", "Contras", "armed_group"],
      ["16th Front", "16th Front", "armed_group"],
    ]);
    expect(orgs("Police in Quebec arrested members of the Hells Angels; FRAPH gunmen had fled years before.")).toEqual([
      ["Hells Angels", "Hells Angels", "criminal_group"],
      ["FRAPH", "Front for the Advancement and Progress of Haiti", "armed_group"],
    ]);
    expect(orgs("En el Cauca, el Frente 16 y las Águilas Negras se disputan las rutas.").map((o) => o.slice(0, 3))).toEqual([
      ["Frente 16", "Frente 16", "armed_group"],
      ["Águilas Negras", "Águilas Negras", "armed_group"],
    ]);
  });

  it("names a cartel written all in lower case where that form is no ordinary phrase", () => {
    expect(named("Según los vecinos, los zetas y el cártel del golfo pelearon por la plaza; la familia michoacana no intervino.")).toEqual([
      ["zetas", "Los Zetas"],
      ["cártel del golfo", "Cártel del Golfo"],
      ["la familia michoacana", "La Familia Michoacana"],
    ]);
    // The words on their own stay words: a gulf, a family.
    expect(named("La familia vive cerca del golfo desde hace años.")).toEqual([]);
  });

  it("reads a capitalized Fiscalía, Policía or Aduana mid-sentence as the body of the country in context", () => {
    expect(named("En El Salvador, los fiscales dijeron que la Fiscalía y la Policía abrieron el caso con la Aduana.")).toEqual([
      ["Fiscalía", "Fiscalía General de la República"],
      ["Policía", "Policía Nacional Civil"],
      ["Aduana", "Dirección General de Aduanas"],
    ]);
    // Portuguese `Polícia` is any of a state's forces, not the Spanish national `Policía`.
    expect(named("No Peru e no Brasil, a Polícia prendeu dois suspeitos na fronteira.")).toEqual([]);
    // Sentence-initial, it may be any police: no name.
    expect(named("En Colombia hubo capturas. Policía y vecinos recorrieron la zona.")).toEqual([]);
  });
});

// International bodies keep their English names (ANNOTATION.md), however a Spanish text writes
// them; Brazil's federal comptroller and attorney general and Buenos Aires' AMIA by acronym too.
describe("regional and national bodies named in Spanish and Portuguese", () => {
  it("gives an international body its English name, with or without the article inside", () => {
    expect(named("Los cancilleres de la Organización de Estados Americanos y del Grupo de Río firmaron el acta.")).toEqual([
      ["Organización de Estados Americanos", "Organization of American States"],
      ["Grupo de Río", "Rio Group"],
    ]);
    expect(named("O Banco do Sul aprovou dois créditos.")).toEqual([["Banco do Sul", "Bank of the South"]]);
  });

  it("expands the acronyms CGU, AGU and AMIA, and leaves ordinary words alone", () => {
    expect(named("A CGU e a AGU abriram dois processos.")).toEqual([
      ["CGU", "Controladoria-Geral da União"],
      ["AGU", "Advocacia-Geral da União"],
    ]);
    expect(named("El atentado contra la AMIA dejó ochenta y cinco muertos.")).toEqual([["AMIA", "Asociación Mutual Israelita Argentina"]]);
    expect(named("El grupo del sur firmó el acta con el banco del río.")).toEqual([]);
  });
});

// Spanish and Portuguese write a name's `de` with or without its article: a listed name is found either way.
describe("a listed Spanish or Portuguese name written without the article after its de", () => {
  it("is the listed body", () => {
    expect(named("El Consejo de Seguridad de Naciones Unidas aprobó dos resoluciones.")).toEqual([["Consejo de Seguridad de Naciones Unidas", "United Nations Security Council"]]);
    expect(named("Ayer la Secretaría de Defensa Nacional informó de dos operativos.")).toEqual([["Secretaría de Defensa Nacional", "Secretaría de la Defensa Nacional"]]);
    expect(named("A Organização de Estados Americanos aprovou duas resoluções.")).toEqual([["Organização de Estados Americanos", "Organization of American States"]]);
  });

  it("leaves unlisted names as written", () => {
    expect(named("La Comisión de Asuntos Vecinales del Barrio Norte se reunió ayer.")).toEqual([["Comisión de Asuntos Vecinales del Barrio Norte", "Comisión de Asuntos Vecinales del Barrio Norte"]]);
  });
});

// The FSLN is named by its members' plural and its adjective as often as by its name.
describe("the Sandinistas", () => {
  it("are the Sandinista National Liberation Front, by plural and adjective", () => {
    expect(named("The Sandinistas promised reforms, but the Sandinista regime did not comply.")).toEqual([
      ["Sandinistas", "Sandinista National Liberation Front"],
      ["Sandinista", "Sandinista National Liberation Front"],
    ]);
  });

  it("leave lower-case words alone", () => {
    expect(named("The reforms the regime promised did not come.")).toEqual([]);
  });
});
