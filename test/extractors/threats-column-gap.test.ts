import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// A tab separates a table's cells: the adjective in the next cell is no part of the threat phrase.
describe("Spanish and Portuguese phrases stop at a table's column", () => {
  it("leaves the next cell's adjective out of the phrase", () => {
    expect(threats("1995\tOperativo en la costa contra el narcotráfico\t\tregional\n")).toEqual([["narcotráfico", "drug_trafficking"]]);
    expect(threats("2003\tOperação da polícia contra o tráfico de armas\tnacional\n")).toEqual([["tráfico de armas", "arms_trafficking"]]);
  });

  it("keeps the adjective that follows in the same sentence", () => {
    expect(threats("El gobierno anunció una operación contra el narcotráfico regional en la costa.")).toEqual([["narcotráfico regional", "drug_trafficking"]]);
  });
});
