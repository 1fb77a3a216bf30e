import { describe, expect, it } from "vitest";
import { claimTexts, es } from "./numbers-helpers.js";

// Invented prose of the shape a conversion that drops every mark leaves: a run of spaces where a comma or a point stood.
const STRIPPED_PROSE = [
  "A defesa alegou  na petição inicial  que o cliente não foi ouvido pela autoridade competente ",
  "O juízo esclareceu que  segundo os autos  a medida foi tomada com base nas provas colhidas ",
  "As partes foram intimadas  e o prazo correu sem manifestação da defesa nem do ministério ",
  "Consta ainda que os bens foram registrados em nome de terceiros  o que sugere ocultação ",
];

/** About 40 lines of invented stripped prose around `lines` (enough words for the document to be read as such). */
const stripped = (lines: string[], prose = STRIPPED_PROSE): string => {
  const body: string[] = [];
  for (let k = 0; k < 10; k++) body.push(...prose);
  return [...body.slice(0, 20), ...lines, ...body.slice(20)].join("\n");
};

describe("a text whose punctuation was stripped (stripped-punctuation.ts)", () => {
  it("counts nothing in a bare number that a lost mark would have set off as a code, a citation or a list's number", () => {
    const text = stripped([
      "cumpre esclarecer que  pela decisão anterior  evento 42  cópia anexa   autorizei a medida ",
      "conforme o precedente Haines v  Ligget Group Inc  975 F 2d 81  90 ",
      "o sigilo aplica-se somente se  1  o titular for cliente;  2  a pessoa for advogado ",
    ]);
    expect(claimTexts(text)).toEqual([]);
  });

  it("keeps what counts a thing named after it, money and a qualified number", () => {
    const text = stripped([
      "o imóvel seria composto por dois sítios contíguos  e custou R$ 500 mil  ",
      "a empresa chegou a ter 180 mil trabalhadores  e mais de 40 foram ouvidos ",
    ]);
    expect(claimTexts(text)).toEqual(["dois", "R$ 500 mil", "180 mil", "mais de 40"]);
  });

  it("reads a text with its marks as prose: a bare count after a verb stays a claim", () => {
    const prose = STRIPPED_PROSE.map((line) => line.replace(/ {2,}/g, ", ").trim() + ".");
    expect(claimTexts(stripped(["Na operação foram presos 45, segundo a polícia."], prose))).toEqual(["45"]);
    // A speech transcribed without marks has no runs of spaces: read as prose too.
    const spoken = STRIPPED_PROSE.map((line) => line.replace(/ {2,}/g, " ").trim());
    expect(claimTexts(stripped(["na operação foram presos 45 segundo a polícia"], spoken))).toEqual(["45"]);
  });
});

describe("a note's mark set apart between two sentences (exclusions.ts isMarkBetweenSentences)", () => {
  it("counts nothing in a bare number between a sentence's close and the next sentence's start", () => {
    expect(claimTexts("The new tariff reached 20% on imported steel. 3 Apart from raising prices, it hurt exports.")).toEqual(["20%"]);
    expect(claimTexts("The plan named the forced displacement (as the report put it). 74 “I think the aid should go to families,” she said.")).toEqual([]);
    expect(claimTexts(es("La defensa pidió revisar la reconstrucción de los hechos” 250 . En una carta posterior, el juez respondió."))).toEqual([]);
  });

  it("keeps a count that opens a sentence with its noun, and a number inside its sentence", () => {
    expect(claimTexts("The army moved in. 45 Colombians were detained that night.")).toEqual(["45"]);
    expect(claimTexts("The arrests rose to 45. Officials said more would follow.")).toEqual(["45"]);
  });
});
