import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { numericClaimExtractor } from "../../packages/extractors/src/numbers/index.js";

/** Text of each numeric claim. */
function texts(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  return [...numericClaimExtractor.extract(doc)].map((m) => doc.rawText(m.start, m.end));
}

const margin = " ".repeat(60);

describe("note marks PDF text sets apart from their word (numeric-non-claims.json spacedNoteMarks)", () => {
  it("reads numbers in sequence before a spaced comma or stop, or alone far right inside a sentence, as note marks", () => {
    const raw = [
      "          81.       El 3 de mayo, el dirigente Tomás Ugarte Pineda 312 , de 40 años, fue herido",
      "por agentes apostados en techos vecinos 313 . Luego la familia presentó una denuncia ante la",
      "fiscalía regional, que abrió una causa y citó a los",
      `${margin}314`,
      "testigos a declarar sobre lo ocurrido “según las actas del juzgado” 315 . La policía detuvo a 12 personas.",
    ].join("\n");
    expect(texts(raw)).toEqual(["40 años", "12"]);
  });

  it("still reads a lone number so placed as a count when no neighbour of its sequence stands so", () => {
    expect(texts("La policía registró en total 45 , y el ejército otras tantas.")).toEqual(["45"]);
    expect(texts(`La brigada recibió un total de\n${margin}48\nvehículos blindados nuevos.`)).toEqual(["48"]);
  });
});

describe("case numbers, record fields and ordinal names (numeric-non-claims.json)", () => {
  it("reads the value of a JSON key written as code as a record field", () => {
    expect(texts('{ "itemIndex": 41, "sheet": 2, "summary": "La patrulla detuvo a 17 personas." }')).toEqual(["17"]);
  });

  it("reads three numbers chained by hyphens as a case number, two as a range", () => {
    expect(texts("El expediente 5812-2014-3 registra 22 imputados y entre 10-12 testigos.")).toEqual(["22", "entre 10-12"]);
  });

  it("reads a number with an ordinal sign before a word as the name of an item of a series, before a rank noun as a rank", () => {
    expect(texts("En su 61° periodo de sesiones, la 3ª Sala Civil recibió 14 recursos.")).toEqual(["14"]);
    expect(texts("El distrito quedó en 2° lugar con 80 denuncias.")).toEqual(["2", "80"]);
  });

  it("reads a sheet of a court file, a block and a sector as identifiers", () => {
    expect(texts("Según la foja 7 del expediente, en el sector 4, cuadra 2 vivían 31 familias.")).toEqual(["31"]);
    expect(texts("Na folha 9, consta que no setor 5 moram 40 famílias.")).toEqual(["40"]);
  });

  it("reads the second of two coded names joined by a conjunction as a name", () => {
    expect(texts("Members of the XR-21 and 35 crews were moved to 12 new cells.")).toEqual(["12"]);
  });
});

describe("list items and days (numeric-non-claims.json inlineListLeads)", () => {
  it("reads a list item's number opened mid-line after a conjunction or a comma as a marker", () => {
    expect(texts("Los fines son: 1) proteger la costa, 2) vigilar los puertos y 3) capacitar a 250 agentes.")).toEqual(["250"]);
    expect(texts("Os eixos são reduzir a fome e 2) ampliar a rede com 60 postos.")).toEqual(["60"]);
  });

  it("still reads a number closing a parenthesis opened before it as a claim", () => {
    expect(texts("Hubo heridos (entre ellos, 8) y la policía detuvo a 5.")).toEqual(["8", "5"]);
  });

  it("reads the first of two days of one month as a date", () => {
    expect(texts("Las lluvias del 14 y 15 de agosto dejaron 9 muertos.")).toEqual(["9"]);
    expect(texts("Nos dias 3 e 4 de maio, a polícia prendeu 27 pessoas.")).toEqual(["27"]);
  });
});

describe("a duration with a hedge set off by commas (numeric-non-claims.json durationMarkers)", () => {
  it("reads `durante, al menos, los últimos N años` as a duration", () => {
    expect(texts("La banda operó durante, al menos, los últimos seis años en la frontera.")).toEqual(["seis años"]);
  });
});

describe("a degree sign glued to its scale", () => {
  it("still reads `2°C` as a measure, not an ordinal name", () => {
    expect(texts("O acordo limita o aquecimento a 2°C até o fim do século.")).toContain("2");
  });
});

describe("a qualifier's preposition before a count in the year range", () => {
  it("reads `más de 1800 personas` as a count, `de 1800` alone as a year", () => {
    expect(texts("Las lluvias desplazaron a más de 1800 personas en la provincia.")).toEqual(["más de 1800"]);
    expect(texts("La ley de 1800 sigue vigente en la provincia.")).toEqual([]);
  });
});

describe("shares of a whole (number-words.json shares)", () => {
  it("reads a sixth and an eighth of something as a share", () => {
    expect(texts("Inmates may ask for release after serving one sixth of the term, and an eighth of them do.")).toEqual(["one sixth", "an eighth"]);
  });
});

describe("a qualifier that is only a year's preposition", () => {
  it("reads `até 2018 todos` as a year", () => {
    expect(texts("O objetivo é que até 2019 todos os postos tenham 30 agentes.")).toEqual(["30"]);
  });
});
