import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { numericClaimExtractor } from "../../packages/extractors/src/numbers/index.js";

/** [text, value, unit, qualifier] of each numeric claim. */
function claims(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  return [...numericClaimExtractor.extract(doc)].map((m) => {
    const a = m.attrs as Record<string, unknown>;
    return [doc.rawText(m.start, m.end), a.value, a.unit, a.qualifier];
  });
}

describe("a percent sign escaped with a backslash (units.json percent forms)", () => {
  it("is the percent sign of LaTeX or escaped Markdown source: it joins the span and names the unit", () => {
    expect(claims("Thefts in the harbour district fell by 18.3\\% over the decade.")).toEqual([["18.3\\%", 18.3, "percent", undefined]]);
    expect(claims("Arrests were roughly 50\\% higher than the regional mean.")).toEqual([["roughly 50\\%", 50, "percent", "roughly"]]);
  });

  it("leaves a plain percent sign as it was", () => {
    expect(claims("Thefts in the harbour district fell by 18.3% last spring.")).toEqual([["18.3%", 18.3, "percent", undefined]]);
  });
});

// Enough Spanish or Portuguese around a sentence for the paragraph to read as that language.
const es = (s: string) => `${s} Las autoridades de la región lo informaron con los datos del año.`;
const pt = (s: string) => `${s} As autoridades da região informaram os dados do ano com os parceiros.`;

describe("the number of a plan's goal, line or file (numeric-non-claims.json es/pt identifierHeads)", () => {
  it("names an item, as Goal 3 does in English, also in a list of them", () => {
    expect(claims(pt("O balanço das Metas 2 e 6 saiu tarde, e a Meta 3 teve 41% de cumprimento."))).toEqual([["41%", 41, "percent", undefined]]);
    expect(claims(es("Las denuncias llegan a la Línea 137 y al Objetivo 4 del plan se destinaron 12 patrullas."))).toEqual([
      ["12", 12, "patrullas", undefined],
    ]);
    expect(claims(es("El juzgado revisó los expedientes 14 y 15 del fuero federal."))).toEqual([]);
  });

  it("leaves a goal in lower case, which may state the amount aimed at, as it was", () => {
    expect(claims(es("Ya vacunamos a 210 personas y ahorita la meta 500 es posible."))).toEqual([
      ["210", 210, "personas", undefined],
      ["500", 500, undefined, undefined],
    ]);
  });
});
