import { describe, expect, it } from "vitest";
import { claimTexts, es, pt } from "./numbers-helpers.js";

describe("set phrases whose number states no quantity (numeric-non-claims.json idioms)", () => {
  it("counts nothing in `double down`, in any of its forms", () => {
    expect(claimTexts("The ministry doubled down on its plan and sent 40 more agents.")).toEqual(["40"]);
    expect(claimTexts("Officials keep doubling down, and the council doubles down too.")).toEqual([]);
  });

  it("keeps a multiple that doubles an amount", () => {
    expect(claimTexts("Seizures doubled last year, to 300 tons.")).toEqual(["doubled", "300 tons"]);
  });

  it("counts nothing in full certainty or agreement, in each language", () => {
    expect(claimTexts("I am 100% sure they will come, and 100 percent certain of the date.")).toEqual([]);
    expect(claimTexts(es("Estoy 100% seguro de que vendrán y cien por ciento de acuerdo con el plan."))).toEqual([]);
    expect(claimTexts(pt("Estou 100% certo de que virão e cem por cento seguro do plano."))).toEqual([]);
  });

  it("keeps a share of 100 percent that measures something", () => {
    expect(claimTexts("Prices rose 100% in a year, and 100 percent of the cases were solved.")).toEqual(["100%", "100 percent"]);
    expect(claimTexts(es("El 100% de los casos fue resuelto por la fiscalía."))).toEqual(["100%"]);
  });
});

describe("a shorter number hyphened to a number of hundreds (exclusions.ts isCheckDigit)", () => {
  it("counts nothing in an id or an account written so", () => {
    expect(claimTexts("USER ID: 808-56\nThe police arrested 12 people.")).toEqual(["12"]);
    expect(claimTexts(pt("A conta 10.492-27 recebeu o depósito."))).toEqual([]);
  });

  it("keeps a range that rises", () => {
    expect(claimTexts("Some 100-250 people were displaced.")).toEqual(["Some 100-250"]);
  });
});
