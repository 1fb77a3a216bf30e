import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A company or program no list knows, typed by the common noun before it (org-patterns.json es/pt
// typeNouns.before): the capitalized words after the noun are its name, and its other uses in the
// text are the same body.
describe("Spanish and Portuguese type nouns of companies and programs", () => {
  it("read a company after a trade noun, and its later bare mentions", () => {
    expect(named("A gigante varejista Lojas Brisa informou um rombo contábil. Em janeiro, a Lojas Brisa pediu recuperação judicial.")).toEqual([
      ["Lojas Brisa", "Lojas Brisa"],
      ["Lojas Brisa", "Lojas Brisa"],
    ]);
    expect(named("La constructora Andes Unidos y la aseguradora Cumbre Azul firmaron el contrato.")).toEqual([
      ["Andes Unidos", "Andes Unidos"],
      ["Cumbre Azul", "Cumbre Azul"],
    ]);
  });
  it("read a named program after a Spanish `programa` or `operativo`, its `y` inside one name", () => {
    expect(named("Ampliamos los programas Barrio Tranquilo Residencial y Comercial a cien barrios.")).toEqual([
      ["Barrio Tranquilo Residencial y Comercial", "Barrio Tranquilo Residencial y Comercial"],
    ]);
    expect(named("Se lanzó el operativo Norte Seguro en la frontera.")).toEqual([["Norte Seguro", "Norte Seguro"]]);
  });
  it("leave a Portuguese `programa` alone: as often a broadcast show", () => {
    expect(named("O ministro falou no programa A Hora da Tarde ontem.")).toEqual([]);
  });
  it("leave the noun alone before a lower-case word or without an opener", () => {
    expect(named("La firma del acuerdo se aplazó. Dijo que programa Lunes no existe.")).toEqual([]);
  });
});

describe("an operation named after a body's acronym", () => {
  it("is that body, not an operation", () => {
    const out = named("A Polícia Federal (PF) deflagrou a ação. Os executivos foram alvo da operação da PF em março.");
    expect(out.map((o) => o[0])).toEqual(["Polícia Federal", "PF", "PF"]);
    expect(out[2]![1]).toEqual("Polícia Federal");
  });
});
