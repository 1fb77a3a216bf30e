import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { threatExtractor } from "../../packages/extractors/src/threats/index.js";

/** [text, category] of each threat mention. */
function threats(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  return [...threatExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.category]);
}

describe("a pandemic named by its own name", () => {
  it("tags the Spanish flu in three languages", () => {
    expect(threats("The port closed during the Spanish flu of 1918.")).toEqual([["Spanish flu", "pandemic"]]);
    expect(threats("El hospital atendió a los enfermos de la gripe española.")).toEqual([["gripe española", "pandemic"]]);
    expect(threats("A cidade perdeu muitos moradores na gripe espanhola.")).toEqual([["gripe espanhola", "pandemic"]]);
  });

  it("leaves a seasonal flu, a disease as a modifier and a cause of death alone", () => {
    expect(threats("The flu season in Spain was mild, and the queen wore a crown.")).toEqual([]);
    expect(threats("Clinics gave COVID-19 vaccines, and fewer people died of COVID.")).toEqual([]);
  });
});
