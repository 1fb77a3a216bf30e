import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { threatExtractor } from "../../packages/extractors/src/threats/index.js";

/** [text, category] of each threat mention. */
function threats(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  return [...threatExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.category]);
}

// `secuestrar` also means to seize goods (seizures.ts): a weight beside it makes it a seizure.
describe("a kidnapping word beside a weight is a seizure", () => {
  it("drops it when a weight unit follows or precedes it", () => {
    expect(threats("Durante el año la policía provincial secuestró 120 kg de marihuana en la ruta.")).toEqual([]);
    expect(threats("Los 300 kilos secuestrados en el puerto fueron destruidos por orden judicial.")).toEqual([]);
  });

  it("keeps a kidnapping of people", () => {
    expect(threats("El secuestro de dos comerciantes conmocionó a toda la provincia.")).toEqual([["secuestro", "kidnapping"]]);
  });
});
