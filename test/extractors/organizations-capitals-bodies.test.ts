import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// An official bulletin writes bodies in capitals inside ordinary prose (name-patterns.ts isCapitalsBody).
describe("bodies written in capitals inside ordinary Spanish prose", () => {
  it("are names, in ordinary case and with their accents back", () => {
    expect(named("Que la presente designación se tramitó ante la DIRECCION DE PLANEAMIENTO ESTRATEGICO conforme a la normativa vigente.")).toEqual([
      ["DIRECCION DE PLANEAMIENTO ESTRATEGICO", "Dirección de Planeamiento Estratégico"],
    ]);
  });
  it("keep a list of portfolios and its capital `Y`", () => {
    expect(named("Que el MINISTERIO DE CULTURA, EDUCACION Y DEPORTES solicita la cobertura transitoria del cargo vacante.")).toEqual([
      ["MINISTERIO DE CULTURA, EDUCACION Y DEPORTES", "Ministerio de Cultura, Educación y Deportes"],
    ]);
  });
  it("are no part of the words in ordinary case before them, and a lower-case link ends one", () => {
    const found = named("Que el Jefe de Area de la DIRECCION DE INVESTIGACIONES ESPECIALES de la OFICINA DE ASUNTOS JURIDICOS presentó el informe.");
    expect(found).toEqual([
      ["DIRECCION DE INVESTIGACIONES ESPECIALES", "Dirección de Investigaciones Especiales"],
      ["OFICINA DE ASUNTOS JURIDICOS", "Oficina de Asuntos Jurídicos"],
    ]);
  });
  it("leave rows of acronyms and capitals with no head alone", () => {
    expect(named("Se reunieron delegados de la ONU y la OEA en la CIUDAD DE PANAMA para el informe anual.").map((m) => m[0])).toEqual(["ONU", "OEA"]);
  });
});

// `secretário especial de`: a title's portfolio, even with an adjective after the title, is no body's name.
describe("a titled person's portfolio before a body", () => {
  it("is left out of the body's name", () => {
    expect(named("A medida foi anunciada pelo secretário especial de Previdência e Trabalho do Ministério da Fazenda, em Brasília.")).toEqual([
      ["Ministério da Fazenda", "Ministério da Fazenda"],
    ]);
  });
});
