import { describe, expect, it } from "vitest";
import { analyze, createPipeline, type Extractor } from "@procmine/core";
import { analyzedFixture, fixtureTexts } from "../helpers.js";

const EN = "The ministers of the region met to discuss the plan and the budget of the new force, which they have approved.";
const ES = "Los ministros de la región se reunieron con los socios para discutir el plan y el presupuesto de la nueva fuerza, que ya han aprobado.";
const PT = "Os ministros da região reuniram-se com os parceiros para discutir o plano e o orçamento da nova força, que já foram aprovados.";

describe("language detection", () => {
  it("tells English, Spanish and Portuguese apart by their stop words", () => {
    expect(analyze(EN, { docId: "en" }).lang).toBe("en");
    expect(analyze(ES, { docId: "es" }).lang).toBe("es");
    expect(analyze(PT, { docId: "pt" }).lang).toBe("pt");
  });

  it("gives a paragraph of another language its own language, and short blocks the document's", () => {
    const raw = `${ES}\n\n${ES}\n\n${EN}\n\nII. SEGURIDAD REGIONAL\n\n${PT}\n`;
    const doc = analyze(raw, { docId: "mixed" });
    expect(doc.lang).toBe("es");
    const langs = doc.blocks.map((b) => b.lang);
    expect(langs).toEqual(["es", "es", "en", "es", "pt"]);
    expect(doc.langAt(raw.indexOf("ministers"))).toBe("en");
    expect(doc.langAt(raw.indexOf("parceiros"))).toBe("pt");
  });

  it("falls back on English when a text has no stop words at all", () => {
    expect(analyze("Brasil 12 34", { docId: "x" }).lang).toBe("en");
  });

  it("puts the paragraph's language on every record", () => {
    const marker: Extractor = {
      name: "marker", version: "0", types: ["country"], dataFiles: [],
      *extract(doc) {
        for (const word of ["ministers", "ministros"]) {
          for (let at = doc.text.indexOf(word); at >= 0; at = doc.text.indexOf(word, at + 1)) {
            yield { type: "country", start: at, end: at + word.length, attrs: { iso3: "XXX" }, rule: "test" };
          }
        }
      },
    };
    const { annotations } = createPipeline({ extractors: [marker] }).annotate(`${EN}\n\n${ES}\n\n${PT}\n`, { docId: "d" });
    expect(annotations.map((a) => [a.text, a.lang])).toEqual([["ministers", "en"], ["ministros", "es"], ["ministros", "pt"]]);
  });

  it("reads every English fixture as English", () => {
    for (const f of fixtureTexts()) {
      if (f.id.includes("spanish") || f.id.includes("portuguese")) continue;
      expect([f.id, analyzedFixture(f).lang]).toEqual([f.id, "en"]);
    }
  });
});
