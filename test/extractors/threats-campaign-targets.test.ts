import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { threatExtractor } from "../../packages/extractors/src/threats/index.js";

/** [text, category, rule] of each threat mention. */
function threats(raw: string): [string, unknown, string | undefined][] {
  const doc = analyze(raw, { docId: "t" });
  return [...threatExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.category, m.rule]);
}

describe("terror as the target of a declared war", () => {
  it("is terrorism, the word alone the span, in English, Spanish and Portuguese", () => {
    expect(threats("The senator said the budget would pay for the war on terror abroad.")).toEqual([["terror", "terrorism", "campaign_target"]]);
    expect(threats("El ministro defendió la guerra contra el terror en un discurso ante los diputados de la comisión.")).toEqual([["terror", "terrorism", "campaign_target"]]);
    expect(threats("O governo usou a guerra ao terror como pretexto para ampliar a vigilância sobre os cidadãos.")).toEqual([["terror", "terrorism", "campaign_target"]]);
  });

  it("leaves terror as a feeling or a genre alone", () => {
    expect(threats("The storm brought terror to the village, and the children watched a terror film.")).toEqual([]);
    expect(threats("O filme de terror causou um clima de terror na plateia durante a sessão da noite.")).toEqual([]);
  });
});
