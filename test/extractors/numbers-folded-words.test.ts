import { describe, expect, it } from "vitest";
import { claims, es, pt } from "./numbers-helpers.js";

// Invented sentences: text stored without its accents (an ASCII-folded scrape) still spells its numbers.
describe("number words written without their accents", () => {
  it("reads scales and spelled counts written without accents as with them", () => {
    const folded = claims(pt("A policia apreendeu tres milhoes de reais e prendeu dezesseis suspeitos."));
    const accented = claims(pt("A polícia apreendeu três milhões de reais e prendeu dezesseis suspeitos."));
    expect(folded.map((c) => c[1])).toEqual(accented.map((c) => c[1]));
    expect(folded.map((c) => c[1])).toEqual([3000000, 16]);
    expect(claims(es("El operativo dejo veintidos detenidos y decomiso un millon de pesos.")).map((c) => c[1])).toEqual([22, 1000000]);
  });
});
