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
