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

describe("units of stored data and the hour's abbreviation (units.json)", () => {
  it("reads MB, KB and GB after a number, glued or spaced, in each language", () => {
    expect(claims("The archive is about 250MB, a note of 12 KB and the video 3 GB.")).toEqual([
      ["about 250MB", 250, "megabytes", "about"],
      ["12 KB", 12, "kilobytes", undefined],
      ["3 GB", 3, "gigabytes", undefined],
    ]);
    expect(claims(es("El archivo filtrado pesa 250 MB en total."))[0]).toEqual(["250 MB", 250, "megabytes", undefined]);
  });

  it("reads `24hs` and `48 hs` as hours, not a clock time (`a las 9 hs`)", () => {
    expect(claims(es("La línea atiende las 24hs. y el operativo duró 48 hs seguidas."))).toEqual([
      ["24hs", 24, "hours", undefined],
      ["48 hs", 48, "hours", undefined],
    ]);
    expect(claims(es("La reunión empezó a las 9 hs. en la sede."))).toEqual([]);
    expect(claims(es("Hora: entre las 7:30 y las 9 hs. La guardia cubre las 24 horas del día."))).toEqual([["24 horas", 24, "hours", undefined]]);
  });
});
