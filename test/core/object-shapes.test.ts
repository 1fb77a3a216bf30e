import { describe, expect, it } from "vitest";
import { analyze } from "../../packages/core/src/index.js";
import { numberFormat, tokenize } from "../../packages/extractors/src/numbers/tokenize.js";

// Hot objects keep one hidden class (the same own fields, in the same order): objects of a kind
// built with different fields made V8 deoptimize and recompile the functions that read them on a
// cold run (speed28). These tests hold the shapes, not the values.
const keysOf = (o: object): string => Object.keys(o).join(",");

describe("one shape per kind of hot object", () => {
  it("a document's blocks: headings, lead-ins and paragraphs alike", () => {
    const text = "# Annual Review\n\nSummary: the committee met twice.\n\nII. Regional Cooperation\n\nThe members agreed on a plan for the coast.\n";
    const doc = analyze(text, { docId: "t" });
    expect(doc.blocks.length).toBeGreaterThan(2);
    expect(new Set(doc.blocks.map(keysOf)).size).toBe(1);
  });

  it("the numbers tokenizer's tokens: a Spanish number's and a word's alike", () => {
    const text = "Se registraron 1.250 casos y 3,5 por ciento más en la costa.";
    const toks = tokenize(text, 0, text.length, true, numberFormat(true, ","));
    expect(toks.some((t) => t.value !== undefined)).toBe(true);
    expect(new Set(toks.map(keysOf)).size).toBe(1);
  });
});
