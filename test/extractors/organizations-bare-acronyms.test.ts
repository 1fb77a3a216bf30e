import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// An acronym written with no parentheses, right after the name it spells or between commas or
// spaced dashes, defines it: the name is recorded without it, and its later uses are that body.
describe("an acronym beside its name with no parentheses", () => {
  it("defines the name it spells, right after it or as an aside, and its later uses", () => {
    expect(named("Agradezco al Comando de Apoyo Rural CAR su trabajo. Ayer el CAR llegó al valle.")).toEqual([
      ["Comando de Apoyo Rural", "Comando de Apoyo Rural"],
      ["CAR", "Comando de Apoyo Rural"],
      ["CAR", "Comando de Apoyo Rural"],
    ]);
    expect(named("El Instituto Nacional de Pesca Artesanal, INPA, abrió dos sedes. El INPA creció.")).toEqual([
      ["Instituto Nacional de Pesca Artesanal", "Instituto Nacional de Pesca Artesanal"],
      ["INPA", "Instituto Nacional de Pesca Artesanal"],
      ["INPA", "Instituto Nacional de Pesca Artesanal"],
    ]);
  });

  it("leaves an acronym that does not spell the name, or opens no aside, as it was", () => {
    // `BTX` does not spell the name from its first word: no definition.
    expect(named("El Comando de Apoyo Rural BTX llegó al valle.")).not.toContainEqual(["BTX", "Comando de Apoyo Rural"]);
    // A comma that no second comma closes: the acronym opens the next clause.
    expect(named("Ayer habló el Instituto Nacional de Pesca Artesanal, INPA dijo después que no.")).not.toContainEqual(["INPA", "Instituto Nacional de Pesca Artesanal"]);
  });
});
