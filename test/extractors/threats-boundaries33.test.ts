import { beforeAll, describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// The lexicon compiles on first use: slow on a busy machine, so once, outside the tests' time limit.
beforeAll(() => void threats("."), 300_000);

// Classes of threats33 (issues 18, 16), from the sets that joined DEV unread (blind 65-66).
describe("Spanish and Portuguese acts that take a bare `de` complement", () => {
  it("takes the thing forged, smuggled or extorted into the phrase, with its adjectives and one more complement", () => {
    expect(threats("A polícia investiga a falsificação de carteiras de habilitação e o contrabando de ovos na fronteira do estado.")).toEqual([
      ["falsificação de carteiras de habilitação", "fraud"],
      ["contrabando de ovos", "smuggling"],
    ]);
    expect(threats("La fiscalía denunció la extorsión de transportistas locales y la corrupción de funcionarios públicos en el puerto.")).toEqual([
      ["extorsión de transportistas locales", "extortion"],
      ["corrupción de funcionarios públicos", "corruption"],
    ]);
  });

  it("leaves out a complement with an article, a capital or a number, and a killing's victims", () => {
    expect(threats("El secuestro de los tres ingenieros y el secuestro de Ramírez conmocionaron al país, como el asesinato de campesinos en la sierra.")).toEqual([
      ["secuestro", "kidnapping"],
      ["secuestro", "kidnapping"],
      ["asesinato", "homicide"],
    ]);
    expect(threats("La corrupción de acuerdo con el informe creció.")).toEqual([["corrupción", "corruption"]]);
  });
});
