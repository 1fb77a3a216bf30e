import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// org-patterns.json articleAcronyms.gendered: a short form the press never defines, read as its body
// only after an article of the body's gender (gendered-acronyms.ts).
describe("a state body's short form after an article of its gender", () => {
  it("is the body, the state's where one is in view", () => {
    expect(named("Em Belém, no Pará, a PM prendeu dois suspeitos, e o MP denunciou os dois na semana seguinte.")).toEqual([
      ["PM", "Polícia Militar do Pará"],
      ["MP", "Ministério Público do Estado do Pará"],
    ]);
    expect(named("En la capital, el MP presentó la acusación contra los pandilleros ante el juez.")).toEqual([["MP", "Ministerio Público"]]);
  });

  it("is not read after an article of the other gender, nor before a number", () => {
    expect(named("Segundo o relator, a MP 1.154 foi aprovada pelos deputados na terça-feira.")).toEqual([]);
    expect(named("Segundo o relator, a MP foi aprovada pelos deputados na terça-feira passada.")).toEqual([]);
  });
});
