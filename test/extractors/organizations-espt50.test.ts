import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A bare national body in Spanish or Portuguese is the body of the state its sentence names before
// it, by the state's name or by a listed leader's surname (national.ts), the United States' too: a
// listed US body's Spanish form (`... de los Estados Unidos`) gives the United States that core name.
describe("Spanish and Portuguese bare bodies of the state their sentence names", () => {
  it("reads a US body's Spanish core after `Estados Unidos` or a US president", () => {
    const text = "Trump ordenó desplegar a la Guardia Nacional en la frontera con México. En Estados Unidos el Congreso discutió el presupuesto.";
    expect(named(text)).toEqual([
      ["Guardia Nacional", "National Guard of the United States"],
      ["Congreso", "United States Congress"],
    ]);
  });

  it("keeps the listed body where the sentence names its own state", () => {
    expect(named("En México la Guardia Nacional patrulla las carreteras del norte.")).toEqual([["Guardia Nacional", "Guardia Nacional"]]);
  });

  it("reads a plural article before a state's name as the `of` form of its body", () => {
    expect(named("El Congreso de los Estados Unidos y la Guardia Nacional de los Estados Unidos.")).toEqual([
      ["Congreso de los Estados Unidos", "United States Congress"],
      ["Guardia Nacional de los Estados Unidos", "National Guard of the United States"],
    ]);
  });
});

// News outlets credited the way their own mastheads write them: lower case (`g1`, `infobae`), run
// together (`Pagina12`), or a channel's one word (`GloboNews`).
describe("Spanish and Portuguese outlet credits", () => {
  it("reads a listed outlet's lower-case and run-together forms", () => {
    expect(named("A informação foi publicada pelo g1 e confirmada à GloboNews nesta sexta.")).toEqual([
      ["g1", "G1"],
      ["GloboNews", "GloboNews"],
    ]);
    expect(named("Según publicó infobae, y luego Pagina12, el fallo llegó ayer.")).toEqual([
      ["infobae", "Infobae"],
      ["Pagina12", "Página/12"],
    ]);
  });
});

describe("Colombian parties named after the country", () => {
  it("reads a listed party whose name opens with the country's name", () => {
    expect(named("El programa de Colombia Humana propone una reforma, y el Pacto Histórico la apoya.")).toEqual([
      ["Colombia Humana", "Colombia Humana"],
      ["Pacto Histórico", "Pacto Histórico"],
    ]);
  });
});
