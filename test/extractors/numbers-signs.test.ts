import { describe, expect, it } from "vitest";
import { claims, es, pt } from "./numbers-helpers.js";

describe("a plus sign written against a number (hedges.json qualifiersAfter)", () => {
  it("after the number bounds it from below and joins the span; the counted noun follows it", () => {
    expect(claims("The mayor says 250+ volunteers cleaned the river banks.")).toEqual([["250+", 250, "volunteers", "at least"]]);
    expect(claims("| Boats seized | 14+ |\n| Crew held | 9 |")).toEqual([
      ["14+", 14, undefined, "at least"],
      ["9", 9, undefined, undefined],
    ]);
    expect(claims(es("Se sumaron 40+ municipios al programa."))[0]).toEqual(["40+", 40, "municipios", "at least"]);
  });

  it("joins the span after a hedge, which stays the qualifier", () => {
    expect(claims("Roughly 7,500+ families left the valley.")).toEqual([["Roughly 7,500+", 7500, "families", "roughly"]]);
  });

  it("before the number, set apart from what precedes, marks a rise and joins the span", () => {
    expect(claims("| Robos | 310 | 402 | +29.7% |")).toEqual([
      ["310", 310, undefined, undefined],
      ["402", 402, undefined, undefined],
      ["+29.7%", 29.7, "percent", undefined],
    ]);
    expect(claims(pt("O total subiu 40% (+12,5 mil) no semestre."))).toEqual([
      ["40%", 40, "percent", undefined],
      ["+12,5 mil", 12500, undefined, undefined],
    ]);
  });

  it("leaves a sum, a format and a sign glued to a word as they were", () => {
    expect(claims("They counted 36 + 5 boats in the bay.")).toEqual([
      ["36", 36, undefined, undefined],
      ["5", 5, "boats", undefined],
    ]);
    expect(claims("The league adopted a 3+1 format.")).toEqual([]);
    expect(claims("Seizures rose 20% last year.")).toEqual([["20%", 20, "percent", undefined]]);
  });
});
