import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { threatExtractor } from "../../packages/extractors/src/threats/index.js";

/** [text, category] of each threat mention. */
function threats(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  return [...threatExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.category]);
}

describe("a pandemic named by its disease", () => {
  it("tags COVID, the coronavirus and the Spanish flu in three languages", () => {
    expect(threats("Markets shut during COVID-19 and again when coronavirus cases rose.")).toEqual([
      ["COVID-19", "pandemic"],
      ["coronavirus", "pandemic"],
    ]);
    expect(threats("El hospital atendió a enfermos de covid como en la gripe española.")).toEqual([
      ["covid", "pandemic"],
      ["gripe española", "pandemic"],
    ]);
    expect(threats("A escola fechou por causa do coronavírus durante um mês.")).toEqual([["coronavírus", "pandemic"]]);
  });

  it("keeps the longer listed phrase", () => {
    expect(threats("Trade slowed after the COVID-19 pandemic reached the port.")).toEqual([["COVID-19 pandemic", "pandemic"]]);
  });

  it("leaves the disease as a cause of death alone", () => {
    expect(threats("Hundreds of inmates died of COVID in the first winter.")).toEqual([]);
    expect(threats("El registro civil sumó muertes por covid-19 en la capital.")).toEqual([]);
  });

  it("leaves a seasonal flu and a crown alone", () => {
    expect(threats("The flu season in Spain was mild, and the queen wore a crown.")).toEqual([]);
  });
});
