import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A Brazilian state body's acronym: its stem and the state's code (stateUnits.acronymStems).
describe("a state body's acronym with the state's code", () => {
  it("names the state's body, and its long form too", () => {
    expect(named("Na semana passada, o TJPE manteve a prisão pedida pelo Ministério Público do Estado (MPPE), e o MP-BA recorreu da decisão anterior.")).toEqual([
      ["TJPE", "Tribunal de Justiça do Estado de Pernambuco"],
      ["Ministério Público do Estado", "Ministério Público do Estado de Pernambuco"],
      ["MPPE", "Ministério Público do Estado de Pernambuco"],
      ["MP-BA", "Ministério Público do Estado da Bahia"],
    ]);
  });

  it("names a state's electoral court and court of accounts the same way", () => {
    expect(named("O Tribunal Regional Eleitoral (TRE-PI) negou o registro, e o TCE-GO abriu uma auditoria.")).toEqual([
      ["Tribunal Regional Eleitoral", "Tribunal Regional Eleitoral do Piauí"],
      ["TRE-PI", "Tribunal Regional Eleitoral do Piauí"],
      ["TCE-GO", "Tribunal de Contas do Estado de Goiás"],
    ]);
  });
});

// A party named by its whole title-case name in the parenthesis after a politician's name (`(Republicanos)`).
describe("a title-case party after a person's name", () => {
  it("is the party when the word is its whole name, not a word of it", () => {
    expect(named("O índice subiu outra vez na gestão de Fulano de Tal (Republicanos), e Beltrano Souza (Novo) reclamou.")).toEqual([["Republicanos", "Republicanos"]]);
  });
});
