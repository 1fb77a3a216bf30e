import { describe, expect, it } from "vitest";
import { claims, es, pt } from "./numbers-helpers.js";

describe("a count in parentheses after a name (exclusions.ts isCountAfterName)", () => {
  it("is a count, not a list's place: `Cusco (41) y Puno (17)`, `Bahia (8), Ceará (6)`", () => {
    expect(claims(es("Los robos se concentraron en el invierno en Cusco (41) y Puno (17)."))).toEqual([
      ["41", 41, undefined, undefined],
      ["17", 17, undefined, undefined],
    ]);
    expect(claims(pt("Os casos foram registrados na Bahia (8), Ceará (6) e Piauí (2)."))).toEqual([
      ["8", 8, undefined, undefined],
      ["6", 6, undefined, undefined],
      ["2", 2, undefined, undefined],
    ]);
  });

  it("leaves list markers as they were: `(1) training, (2) equipment and (3) funding`", () => {
    expect(claims("The plan has parts: (1) training, (2) equipment and (3) funding.")).toEqual([]);
    expect(claims("The Board reviewed Items (1) and (2) of the agenda.")).toEqual([]);
  });
});
