import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// International bodies keep their English name whatever the language they are named in; an
// acronym the gazetteer knows takes the body's full name (organizations.json).
describe("international bodies named in Spanish or Portuguese", () => {
  it("take the English name", () => {
    expect(named("El informe fue presentado ante la Comisión de Derechos Humanos de la ONU en marzo.")).toEqual([["Comisión de Derechos Humanos de la ONU", "United Nations Commission on Human Rights"]]);
    expect(named("O encontro da Zona de Paz e Cooperação do Atlântico Sul reuniu os chanceleres.")).toEqual([["Zona de Paz e Cooperação do Atlântico Sul", "Zone of Peace and Cooperation of the South Atlantic"]]);
  });

  it("give an acronym-only mention the full name", () => {
    expect(named("Os delegados da ZOPACAS aprovaram a declaração final.")).toEqual([["ZOPACAS", "Zone of Peace and Cooperation of the South Atlantic"]]);
    expect(named("The senator asked how much the NMD system would cost.")).toEqual([["NMD", "National Missile Defense"]]);
  });
});
