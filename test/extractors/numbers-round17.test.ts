import { describe, expect, it } from "vitest";
import { claimTexts, es } from "./numbers-helpers.js";

describe("a number word counting off a speaker's points (exclusions: list marker)", () => {
  it("is a list marker when it opens a clause with a comma right after it, as `(2)` is", () => {
    expect(claimTexts("The new rules are simple: one, every guard must register; two, a breach will be a felony; three, the fines double.")).toEqual([]);
    expect(claimTexts(es("Primero, revisamos las rutas del puerto. Dos, se habló con los países vecinos. Tres, México propuso un plan."))).toEqual([]);
  });

  it("leaves a count that opens a sentence, and an estimate with a second number after the comma, as they were", () => {
    expect(claimTexts("Two officers were wounded near the border crossing.")).toEqual(["Two"]);
    expect(claimTexts("Three, perhaps four, suspects fled across the river.")).toEqual(["Three", "perhaps four"]);
    expect(claimTexts(es("Dos agentes resultaron heridos en el cruce fronterizo."))).toEqual(["Dos"]);
  });
});
