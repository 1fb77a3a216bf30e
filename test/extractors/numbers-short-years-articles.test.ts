import { describe, expect, it } from "vitest";
import { claims, es } from "./numbers-helpers.js";

const texts = (raw: string) => claims(raw).map((c) => c[0]);

describe("a bare two-digit number right after a Spanish singular article (shortYears articles)", () => {
  it("is a year or a day said short: `el 20, el 21; el 22`, `lo que va del 23`, `del 82 a la fecha`", () => {
    expect(texts(es("Fueron meses duros el 20, el 21; el 22 ya mejoró la cosecha."))).toEqual([]);
    expect(texts(es("En lo que va del 23 se abrieron nuevas escuelas rurales."))).toEqual([]);
    expect(texts(es("La política cambió del 82 a la fecha en todo el sector."))).toEqual([]);
  });

  it("leaves counts, hedged numbers and shares said next as they were", () => {
    expect(texts(es("Vamos a bajar la tasa del 16 al 8 por ciento en la frontera."))).toEqual(["16", "8 por ciento"]);
    expect(texts(es("La cifra llegará alrededor del 20, según el informe."))).toEqual(["alrededor del 20"]);
    expect(texts(es("El hospital tiene el 26 por ciento de ocupación."))).toEqual(["26 por ciento"]);
    expect(texts(es("Llegaron 20 soldados y 30 marinos al puerto."))).toEqual(["20", "30"]);
  });
});
