import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// Spanish and Portuguese names open with their head: a bare article between a word and a head
// starts the name there, and a sentence's opening noun before `de` and a head is not the body's.
describe("a Spanish or Portuguese name opened by a bare article", () => {
  it("starts at the head after the article", () => {
    expect(named("Hoy dijo que, ampliando la Unidad Especial de Análisis Delictivo, el plan sigue.")).toEqual([["Unidad Especial de Análisis Delictivo", "Unidad Especial de Análisis Delictivo"]]);
    expect(named("Reforzaremos la Dirección de Vigilancia Costera del país.")).toEqual([["Dirección de Vigilancia Costera", "Dirección de Vigilancia Costera"]]);
    expect(named("Comenzó en Bolivia la Operación Cóndor Andino contra los laboratorios.")).toEqual([["Operación Cóndor Andino", "Operación Cóndor Andino"]]);
    expect(named("Fortalecendo o Comando de Policiamento Ambiental, o estado agiu.").map((o) => o[0])).toEqual(["Comando de Policiamento Ambiental"]);
  });

  it("keeps an article a preposition governs, and Portuguese `a`", () => {
    expect(named("Ayer marchó el Movimiento por la Paz Ciudadana en la capital.")).toEqual([["Movimiento por la Paz Ciudadana", "Movimiento por la Paz Ciudadana"]]);
    expect(named("Ontem a Divisão de Combate a Crimes Ambientais agiu.").map((o) => o[0])).toEqual(["Divisão de Combate a Crimes Ambientais"]);
  });
});

describe("a sentence's opening noun before `de` and a head", () => {
  it("is left out of the name (plurals and action nouns)", () => {
    expect(named("Abogados del Instituto de Defensa Legal presentaron la queja.")).toEqual([["Instituto de Defensa Legal", "Instituto de Defensa Legal"]]);
    expect(named("Creación de la Agencia de Protección Marítima en 2004.")).toEqual([["Agencia de Protección Marítima", "Agencia de Protección Marítima"]]);
  });

  it("is kept when it is the head itself", () => {
    expect(named("Dirección de Protección Marítima informó ayer.")).toEqual([["Dirección de Protección Marítima", "Dirección de Protección Marítima"]]);
  });
});

// `Operativo` heads a named operation as `Operación` does.
describe("a Spanish `Operativo` name", () => {
  it("is a named operation", () => {
    expect(named("En 2007 se lanzó el Operativo Conjunto Sierra Alta en tres estados.")).toEqual([["Operativo Conjunto Sierra Alta", "Operativo Conjunto Sierra Alta"]]);
  });

  it("leaves the lower-case noun alone", () => {
    expect(named("El operativo conjunto duró tres días.")).toEqual([]);
  });
});
