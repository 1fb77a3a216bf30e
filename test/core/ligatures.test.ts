import { analyze, foldKey } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { threatExtractor } from "../../packages/extractors/src/threats/index.js";

/** [raw text, category] of each threat mention. */
function threats(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  return [...threatExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.category]);
}

describe("typographic ligatures left by PDF extraction", () => {
  it("folds only the ligatures U+FB00-FB06 to their letters in a key", () => {
    expect(foldKey("Tráﬁco")).toBe("trafico");
    expect(foldKey("ﬂujo")).toBe("flujo");
    expect(foldKey("eﬀect")).toBe("effect");
    expect(foldKey("x²")).toBe("x²");
  });

  it("keeps a word cut at a ligature one token, with its raw offsets", () => {
    const raw = "O tráﬁco de armas cresceu.";
    const doc = analyze(raw, { docId: "t" });
    const words = Array.from({ length: doc.tokens.count }, (_, i) => doc.tokens.text(i));
    expect(words).toContain("tráﬁco");
    expect(threats(raw)).toEqual([["tráﬁco de armas", "arms_trafficking"]]);
  });

  it("reads a threat phrase written with a ligature as the same phrase", () => {
    expect(threats("Se investiga el ﬁnanciamiento del terrorismo en la frontera.")).toEqual([["ﬁnanciamiento del terrorismo", "terrorism"]]);
  });
});
