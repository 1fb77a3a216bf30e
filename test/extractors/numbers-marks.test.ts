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
    expect(texts("La policía registró en la zona 45 , y el ejército otras tantas.")).toEqual(["45"]);
    expect(texts(`La brigada recibió un total de\n${margin}48\nvehículos blindados nuevos.`)).toEqual(["48"]);
  });
});
