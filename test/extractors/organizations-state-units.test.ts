import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// `FICCO/PR`: a listed Brazilian body's acronym, a slash and a state's code name the body's unit in that state.
describe("a Brazilian body's acronym with a state's code", () => {
  it("names the body's unit in that state", () => {
    expect(named("Na semana passada a FICCO/BA prendeu três suspeitos e a FICCO/RS apreendeu armas.")).toEqual([
      ["FICCO/BA", "Força Integrada de Combate ao Crime Organizado da Bahia"],
      ["FICCO/RS", "Força Integrada de Combate ao Crime Organizado do Rio Grande do Sul"],
    ]);
  });

  it("leaves a code that is no state's, and the bare acronym", () => {
    expect(named("Na semana passada a FICCO/QX prendeu três suspeitos e a FICCO apreendeu armas.")).toEqual([
      ["FICCO", "Força Integrada de Combate ao Crime Organizado"],
      ["FICCO", "Força Integrada de Combate ao Crime Organizado"],
    ]);
  });
});
