import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

describe("a bare narco as a noun without a determiner", () => {
  it("reads it as a list's item or after a conjunction with no noun after it", () => {
    expect(threats("El código suma como agravantes el robo, narco, extorsión y secuestro en la provincia.")).toContainEqual(["narco", "drug_trafficking"]);
    expect(threats("El plan deja la seguridad en manos de ladrones y narcos que deciden todo en el barrio.")).toContainEqual(["narcos", "drug_trafficking"]);
  });

  it("leaves the first half of a compound written apart", () => {
    expect(threats("La película muestra la vida y narco cultura de la frontera en el norte del país.")).toEqual([]);
  });
});

describe("a drug activity governed by a preposition", () => {
  it("names the threat as a preposition's object, as it does after a determiner", () => {
    expect(threats("The report found a sharp rise in synthesis of fentanyl in hidden labs.")).toEqual([["synthesis of fentanyl", "drug_trafficking"]]);
  });

  it("still leaves a bare activity that opens a sentence as a process", () => {
    expect(threats("Synthesis of fentanyl occurs in hidden labs.")).toEqual([]);
  });
});
