import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// Brazil's MDB (the opposition of 1966–1979, and the PMDB's name again since 2017) and the PMDB
// of 1980–2017 are two names: each acronym keeps its own.
describe("MDB and PMDB", () => {
  it("name the Movimento and the Partido", () => {
    expect(named("O deputado do MDB criticou o governo. O líder do PMDB respondeu.")).toEqual([
      ["MDB", "Movimento Democrático Brasileiro"],
      ["PMDB", "Partido do Movimento Democrático Brasileiro"],
    ]);
  });
});

// A heading or label in capitals writes ordinary words so: `ORDEM DO DIA` is the day's agenda, not
// the DIA; the acronym alone, or in an English paragraph, is still the body.
describe("a listed acronym that is an ordinary word, in a Romance phrase in capitals", () => {
  it("is that word beside a connector in capitals", () => {
    expect(named("Sessão de 12/05/1970, ORDEM DO DIA: votação do projeto.")).toEqual([]);
  });
  it("is still the body alone", () => {
    expect(named("Segundo a DIA, o relatório foi enviado ao Congresso.").map((o) => o[1])).toContain("Defense Intelligence Agency");
  });
});

// Spanish and Portuguese put the head first: a capitalised `Gobierno` named by its leader is that
// state's government; a lower-case one is no name.
describe("a government named by its leader, the head first", () => {
  it("names the state's government", () => {
    expect(named("Las medidas del Gobierno de Javier Milei fueron criticadas en Córdoba.")).toEqual([["Gobierno de Javier Milei", "Gobierno de Argentina"]]);
    expect(named("Los críticos del Gobierno Petro hablaron ayer.")).toEqual([["Gobierno Petro", "Gobierno de Colombia"]]);
    expect(named("A política do Governo Lula foi discutida.")).toEqual([["Governo Lula", "Governo Federal"]]);
  });
  it("reads every head of a text, and only a head that opens a word", () => {
    const got = named("El Gobierno Petro y el Gobierno de Javier Milei firmaron el acuerdo.");
    expect(got).toContainEqual(["Gobierno Petro", "Gobierno de Colombia"]);
    expect(got).toContainEqual(["Gobierno de Javier Milei", "Gobierno de Argentina"]);
    expect(named("Los Gobiernos Petro y Duque, y el SubGobierno Petro, discutieron.").map((o) => o[1])).not.toContain("Gobierno de Colombia");
  });
  it("leaves a lower-case head alone", () => {
    expect(named("Las medidas del gobierno de Milei fueron criticadas.")).toEqual([]);
  });
});

// `Governo federal` written with a lower-case adjective is the federal government, as `Governo Federal`.
describe("Governo federal", () => {
  it("is the Governo Federal", () => {
    expect(named("O deputado criticou a proposta apresentada pelo Governo federal ontem.")).toEqual([["Governo federal", "Governo Federal"]]);
  });
});
