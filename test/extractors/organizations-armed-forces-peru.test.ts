import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// The armed forces of the Americas' states that had none listed: a bare `las Fuerzas Armadas`
// takes its country's body, as `el Ejército` does.
describe("a bare `Fuerzas Armadas` in a text about one country", () => {
  it("names that country's armed forces", () => {
    expect(named("En Chile el debate sigue. Las Fuerzas Armadas custodiarán la frontera norte.")).toEqual([["Fuerzas Armadas", "Fuerzas Armadas de Chile"]]);
    expect(named("En Uruguay el debate sigue. Las Fuerzas Armadas apoyarán a la policía.")).toEqual([["Fuerzas Armadas", "Fuerzas Armadas del Uruguay"]]);
  });
});

// Peru's regulators, ministries and police units that texts name by acronym alone.
describe("a Peruvian body named by its acronym alone", () => {
  it("takes the body's official name", () => {
    expect(named("El plan coordina con la SUNAT, el MINEM y la DIVIAC.")).toEqual([
      ["SUNAT", "Superintendencia Nacional de Aduanas y de Administración Tributaria"],
      ["MINEM", "Ministerio de Energía y Minas"],
      ["DIVIAC", "División de Investigación de Delitos de Alta Complejidad"],
    ]);
  });
});

// Brazil's FICCO is one `Força Integrada` per state: a text that defines it in the plural names the same body.
describe("FICCO defined in the plural", () => {
  it("takes the body's official singular name", () => {
    expect(named("O governo criou as Forças Integradas de Combate ao Crime Organizado (FICCO) em cada estado.").map((o) => o[1])).toEqual([
      "Força Integrada de Combate ao Crime Organizado",
      "Força Integrada de Combate ao Crime Organizado",
    ]);
  });
});

// Civil-society bodies that texts name by acronym or short form alone, under their own official names.
describe("a civil-society body named by acronym or short form", () => {
  it("takes the body's official name, in English paragraphs too", () => {
    expect(named("Victimization surveys by ICESI show that most crimes go unreported.")).toEqual([["ICESI", "Instituto Ciudadano de Estudios sobre la Inseguridad"]]);
    expect(named("Según el informe de Somos Defensores, las agresiones aumentaron.")).toEqual([["Somos Defensores", "Programa Somos Defensores"]]);
  });
});
