import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A Spanish or Portuguese name opens with its head, and a body's acronym often spells only the
// words after it (`Fundación ... (DTJ)`): the head before the letters' reading is part of the name.
describe("Spanish and Portuguese acronyms that leave their head out", () => {
  it("takes the head word before the letters' reading as the name's start", () => {
    expect(named("Hubo quejas de la Fundación Agua, Tierra y Libertad (ATL) sobre el proyecto. Después la ATL pidió una audiencia.")).toEqual([
      ["Fundación Agua, Tierra y Libertad", "Fundación Agua, Tierra y Libertad"],
      ["ATL", "Fundación Agua, Tierra y Libertad"],
      ["ATL", "Fundación Agua, Tierra y Libertad"],
    ]);
  });
  it("leaves a reading that is already headed as it was", () => {
    expect(named("Respondió la Comisión de Pesca Ribereña (CPR) ayer.").map((o) => o[0])).toEqual(["Comisión de Pesca Ribereña", "CPR"]);
  });
});

// Heads of bodies no list knows, read from their shape: `Registro Nacional de ...`, a Portuguese
// `Seção`/`Comitê`, `Plataforma ...`, `Mecanismo ...`.
describe("Spanish and Portuguese heads of registries, sections and committees", () => {
  it("reads a name these heads open", () => {
    expect(named("El Registro Nacional de Armas Blancas publicó los datos.").map((o) => o[0])).toEqual(["Registro Nacional de Armas Blancas"]);
    expect(named("A Seção de Transportes do quartel recebeu o pedido.").map((o) => o[0])).toEqual(["Seção de Transportes"]);
    expect(named("O Comitê de Pesca Ribereña aprovou o plano.").map((o) => o[0])).toEqual(["Comitê de Pesca Ribereña"]);
  });
});
