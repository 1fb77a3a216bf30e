import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";
import { named } from "./organization-names.js";

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

// A body every Brazilian state has, named bare, is the state's in view (org-patterns.json stateUnits.bodies).
describe("Brazilian state bodies named bare", () => {
  it("take the state named before them in the paragraph, under the official form", () => {
    expect(named("No interior do Paraná, a Polícia Civil prendeu três suspeitos na terça-feira.")).toEqual([["Polícia Civil", "Polícia Civil do Paraná"]]);
    expect(named("No litoral de São Paulo, a Polícia Civil prendeu três suspeitos na terça-feira.")).toEqual([["Polícia Civil", "Polícia Civil do Estado de São Paulo"]]);
    expect(named("Em Goiás, a Secretaria de Segurança Pública divulgou os números do trimestre.")).toEqual([
      ["Secretaria de Segurança Pública", "Secretaria da Segurança Pública do Estado de Goiás"],
    ]);
  });

  it("take the state the text names most when the paragraph names none", () => {
    const text = "O governo de Alagoas anunciou o plano. Alagoas terá novas bases.\n\nA Polícia Militar reforçou o patrulhamento nas rodovias.";
    expect(named(text)).toContainEqual(["Polícia Militar", "Polícia Militar do Estado de Alagoas"]);
  });

  it("stay as written with no state in view", () => {
    expect(named("A Polícia Militar reforçou o patrulhamento nas rodovias.")).toEqual([["Polícia Militar", "Polícia Militar"]]);
  });

  // org-patterns.json stateUnits.bodies.official: each state's own name for its police forces.
  it("take their state's own official name", () => {
    expect(named("Em Fortaleza, no Ceará, a Polícia Militar fechou duas avenidas.")).toEqual([["Polícia Militar", "Polícia Militar do Ceará"]]);
    expect(named("Em Porto Alegre, no Rio Grande do Sul, a Polícia Militar fechou duas avenidas.")).toEqual([["Polícia Militar", "Brigada Militar"]]);
    expect(named("Em Niterói, no Rio de Janeiro, a Polícia Militar fechou duas avenidas.")).toEqual([["Polícia Militar", "Polícia Militar do Estado do Rio de Janeiro"]]);
  });

  // stateUnits.bodies.rewriteWritten: a state written after a police force, prosecutor, court or defender.
  it("take the official form when their state is written after them", () => {
    expect(named("O Tribunal de Justiça de Sergipe negou o pedido da defesa.")).toEqual([["Tribunal de Justiça de Sergipe", "Tribunal de Justiça do Estado de Sergipe"]]);
    expect(named("O Ministério Público do Piauí abriu um inquérito.")).toEqual([["Ministério Público do Piauí", "Ministério Público do Estado do Piauí"]]);
    expect(named("Agentes da Polícia Militar do Pará cercaram a fazenda.")).toEqual([["Polícia Militar do Pará", "Polícia Militar do Pará"]]);
    expect(named("Na manhã de ontem, a Polícia Militar de Goiás cercou a fazenda onde estavam os suspeitos.")).toEqual([["Polícia Militar de Goiás", "Polícia Militar do Estado de Goiás"]]);
    expect(named("Na manhã de ontem, a Polícia Militar do Rio cercou a comunidade onde estavam os suspeitos.")).toEqual([["Polícia Militar do Rio", "Polícia Militar do Estado do Rio de Janeiro"]]);
  });

  it("keep other written names, and a written do Estado, as written", () => {
    expect(named("A Secretaria de Segurança Pública do Amapá divulgou os números.")).toEqual([["Secretaria de Segurança Pública do Amapá", "Secretaria de Segurança Pública do Amapá"]]);
    expect(named("Na manhã de ontem, a Polícia Militar do Estado de Alagoas cercou a fazenda onde estavam os suspeitos.")).toEqual([["Polícia Militar do Estado de Alagoas", "Polícia Militar do Estado de Alagoas"]]);
  });
});

// A plural group head and a list of names (org-patterns.json lowercaseNameHeads.plurals): one listed group each.
describe("groups listed after a plural head", () => {
  it("name each listed group, the first with the head", () => {
    expect(named("La policía vigila a los cárteles de Tijuana, Golfo y Sinaloa en la frontera.")).toEqual([
      ["cárteles de Tijuana", "Cártel de Tijuana"],
      ["Golfo", "Cártel del Golfo"],
      ["Sinaloa", "Cártel de Sinaloa"],
    ]);
  });

  it("name nothing after an unlisted name", () => {
    expect(named("Los cárteles de Ecatepec y Sinaloa pelean la plaza.")).toEqual([]);
  });
});

// A state's consulate named in English is a body, as its Spanish and Portuguese names are (org-patterns.json heads).
describe("consulates named in English", () => {
  it("are bodies", () => {
    expect(named("Families lined up outside the Peruvian Consulate on Monday.").map((r) => r[0])).toEqual(["Peruvian Consulate"]);
  });
});

// Where a Romance name ends: `en` and a place after a head and its adjectives (runs.ts).
describe("a head's adjectives, then en and a place", () => {
  it("leave the place out of the name", () => {
    expect(named("El gobierno lanzó la Operación Costera en Sonora y Sinaloa durante el verano.").map((r) => r[0])).toEqual(["Operación Costera"]);
  });

  it("keep a complement's place, a participle's field and a field with its own complement", () => {
    expect(named("El Comité de Madres de Detenidos en Paraguay pidió justicia.").map((r) => r[0])).toEqual(["Comité de Madres de Detenidos en Paraguay"]);
    expect(named("A Delegacia Especializada em Roubos e Furtos abriu inquérito.").map((r) => r[0])).toEqual(["Delegacia Especializada em Roubos e Furtos"]);
    expect(named("O Movimento em Defesa da Amazônia protestou ontem.").map((r) => r[0])).toEqual(["Movimento em Defesa da Amazônia"]);
  });
});

// News outlets of the Americas whose names are no ordinary phrase (organizations.json).
describe("news outlets by name", () => {
  it("are companies", () => {
    expect(named("La entrevista la publicó Página Siete el martes.")).toEqual([["Página Siete", "Página Siete"]]);
    expect(named("A reportagem saiu na CartaCapital em março.")).toEqual([["CartaCapital", "CartaCapital"]]);
  });
});
