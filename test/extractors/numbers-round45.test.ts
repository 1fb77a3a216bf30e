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

describe("a bare number with no word near it in its paragraph (wordless-runs.ts)", () => {
  it("counts nothing in a vector path's coordinates or a chart's axis read out as text", () => {
    const path = "0 0 1-2.04.077 4.517 4.517 0 0 0 4.217 3.134 9.055 9.055 0 0 1-5.604 1.93A9.18 9.18 0 0 1 6 23.85a12.773 12.773 0 0 0 6.918";
    expect(claims(`The map shows the region.\n\n${path}\n\nThe police arrested 12 people.`)).toEqual([["12", 12, "people", undefined]]);
    const axis = "70000 35,0 60000 30,0 50000 25,0 40000 20,0 30000 15,0 20000 10,0 10000 5,0 0 0,0";
    expect(claims(pt(`Foram presos 40 suspeitos na operação.\n\n${axis}\n\nA taxa caiu 3,5% no ano.`)).map((c) => c[0])).toEqual(["40", "3,5%"]);
  });

  it("counts nothing in a number alone in its paragraph (a page's number)", () => {
    expect(claims("The council met twice.\n\n522\n\nIt approved 14 projects.").map((c) => c[0])).toEqual(["twice", "14"]);
  });

  it("keeps a bare number with words in its paragraph, and a number with its unit", () => {
    expect(claims("Seizures rose to 1,492.").map((c) => c[0])).toEqual(["1,492"]);
    expect(claims("Total\n\n45%\n\nof the cases.").map((c) => c[0])).toEqual(["45%"]);
  });
});
