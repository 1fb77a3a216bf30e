import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A listed body's acronym closing a pattern name (`… de la JEP`, `… da PRF`) is that body, named on its
// own; the words before it name its part.
describe("a part named with its body's listed acronym", () => {
  it("is the part and the body", () => {
    expect(named("En una audiencia pública, la Sección de Apelación de la JEP negó el recurso que presentaron los comparecientes.")).toEqual([
      ["Sección de Apelación", "Sección de Apelación"],
      ["JEP", "Jurisdicción Especial para la Paz"],
    ]);
    expect(named("Segundo o relatório anual, a Diretoria de Inteligência da PRF apreendeu mais armas na rodovia.")).toEqual([
      ["Diretoria de Inteligência", "Diretoria de Inteligência"],
      ["PRF", "Polícia Rodoviária Federal"],
    ]);
  });
});
