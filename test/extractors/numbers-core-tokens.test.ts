import { describe, expect, it } from "vitest";
import { analyze } from "../../packages/core/src/index.js";
import { tokenize } from "../../packages/extractors/src/numbers/tokenize.js";

// The numbers tokenizer takes an ASCII word's key (and a lower-case word's text) from core's
// vocabulary where core cut the same word: its tokens must stay exactly what it cuts alone.
const TEXTS = [
  "The Council's 3rd report counted 1,250 displaced families, about twenty-five percent more than in 2019.",
  "USD3.5 million went to H1N1 vaccines; km2 of forest: 781.6/100K. Its #132 rank fell to the world's 140th.",
  "Ninety-Nine ARMED men — rock ’n’ roll — crossed at 5-10 km. Perú's PERU café; naïve O'Brien said so.\n\nA new paragraph: One hundred.",
];

describe("numbers tokens read with core's tokens", () => {
  for (const text of TEXTS) {
    it(`cuts as alone: ${text.slice(0, 30)}`, () => {
      const doc = analyze(text, { docId: "t" });
      const alone = tokenize(doc.text, 0, doc.text.length, true, undefined, new Set(["USD"]));
      const shared = tokenize(doc.text, 0, doc.text.length, true, undefined, new Set(["USD"]), undefined, doc.tokens);
      expect(shared).toEqual(alone);
      // Mid-text windows too, where the walk along core's tokens starts by search.
      const mid = doc.text.indexOf(" ", 20) + 1;
      expect(tokenize(doc.text, mid, doc.text.length, false, undefined, new Set(["USD"]), undefined, doc.tokens)).toEqual(
        tokenize(doc.text, mid, doc.text.length, false, undefined, new Set(["USD"])),
      );
    });
  }
});

describe("numbers tokens appended to a window's buffer", () => {
  it("appends after what the buffer holds, the first new token opening its block", () => {
    const text = "Some 40 boats. Unos 12.350 barcos.";
    const buffer = tokenize(text, 0, 14, true);
    const held = buffer.length;
    const out = tokenize(text, 14, text.length, true, { romance: true }, undefined, undefined, undefined, buffer);
    expect(out).toBe(buffer);
    expect(out.slice(held)).toEqual(tokenize(text, 14, text.length, true, { romance: true }));
    expect(out[held]!.breakBefore).toBe(true);
    expect(out.find((t) => t.text === "12.350")!.value).toBe(12350);
  });
});
