import { describe, expect, it } from "vitest";
import { claims, es, pt } from "./numbers-helpers.js";

describe("a range's spelled low end takes every scale of its high end (number.ts readAdditiveWords)", () => {
  it("reads `cuatro a cinco mil millones` as four to five billion, in words and in digits", () => {
    expect(claims(es("El negocio mueve de cuatro a cinco mil millones de dólares al año."))).toEqual([
      ["cuatro a cinco mil millones", [4e9, 5e9], "USD per year", undefined],
    ]);
    expect(claims(es("Se calcula entre 4 y 5 mil millones de pesos en pérdidas."))).toEqual([
      ["entre 4 y 5 mil millones", [4e9, 5e9], "pesos", undefined],
    ]);
    expect(claims(pt("O prejuízo foi de três a quatro mil milhões de reais."))[0]?.[1]).toEqual([3e9, 4e9]);
  });

  it("keeps a single scale where the high end has one", () => {
    expect(claims(es("Hubo entre dos y tres mil personas en la marcha."))).toEqual([["entre dos y tres mil", [2000, 3000], "personas", undefined]]);
    expect(claims(es("Cinco mil millones de pesos se perdieron."))[0]?.[1]).toBe(5e9);
  });
});
