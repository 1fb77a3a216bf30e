import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

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
