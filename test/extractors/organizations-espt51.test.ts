import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A `CPI` (comissão parlamentar de inquérito) is a kind of body, as `comissão` is: with its
// complement it names one (`CPI da Segurança Pública`), alone it refers back to the one named before.
describe("Portuguese parliamentary inquiries (CPI)", () => {
  it("names the inquiry by its complement and leaves the bare back-reference alone", () => {
    expect(named("A CPI dos Combustíveis ouviu o ministro. Depois, a CPI aprovou novos requerimentos e o presidente da CPI encerrou a sessão.")).toEqual([
      ["CPI dos Combustíveis", "CPI dos Combustíveis"],
    ]);
  });
});

// Bodies Brazilian speeches and news name by short forms: Unasul, Brics, the CUT, the Globo group.
describe("Portuguese short forms of listed bodies", () => {
  it("reads Unasul and Brics, and a listed body before `e a` ends its name", () => {
    expect(named("O Brasil quer fortalecer o Mercosul, a Unasul e a Comunidade Andina, e ampliar a cooperação no Brics.")).toEqual([
      ["Mercosul", "Mercosur"],
      ["Unasul", "Union of South American Nations"],
      ["Comunidade Andina", "Andean Community"],
      ["Brics", "BRICS"],
    ]);
  });
  it("reads the CUT and the Globo group in Portuguese only", () => {
    expect(named("A CUT convocou um ato e a Globo transmitiu o discurso.")).toEqual([
      ["CUT", "Central Única dos Trabalhadores"],
      ["Globo", "Grupo Globo"],
    ]);
    expect(named("El globo de la CUT se elevó sobre la plaza.")).not.toContainEqual(["CUT", "Central Única dos Trabalhadores"]);
  });
});

// `el Gobierno mexicano`: the capitalised head and the country's adjective name that state's government.
describe("a government named by the country's adjective after it", () => {
  it("reads the capitalised head with the adjective, as the listed government or `Gobierno de <country>`", () => {
    expect(named("El acuerdo fue celebrado por el Gobierno mexicano y criticado por el Gobierno español.")).toEqual([
      ["Gobierno mexicano", "Gobierno de México"],
      ["Gobierno español", "Gobierno de España"],
    ]);
  });
  it("leaves the lower-case, generic `gobierno` and the bare back-reference alone", () => {
    expect(named("El gobierno mexicano negó los hechos; el Gobierno prometió investigar.")).toEqual([]);
  });
});

// A Portuguese text's bare `o Executivo` is the generic executive branch, as the gold names it.
describe("the bare Portuguese executive", () => {
  it("keeps the generic name in a Brazilian text", () => {
    expect(named("No Brasil, o Executivo enviou o projeto ao Congresso Nacional.")).toContainEqual(["Executivo", "Poder Executivo"]);
  });
});

// A town's historic centre is a district, as a prison `Centro` is a place.
describe("a historic centre", () => {
  it("is no body", () => {
    expect(named("Los periodistas marcharon por el Centro Histórico de Puebla hasta la plaza.")).toEqual([]);
  });
});
