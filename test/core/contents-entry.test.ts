import { describe, expect, it } from "vitest";
import { contentsEntryMatch, isContentsEntry } from "../../packages/core/src/headings.js";
import { layout } from "../../packages/core/src/layout-data.js";
import { prng } from "../helpers.js";

// contentsEntryMatch answers a line that cannot end in a page number without the expression:
// it must answer exactly as the expression does.
describe("contentsEntryMatch: the contents-entry expression, skipped where it cannot match", () => {
  const byExpression = (line: string) => layout().contentsEntry.exec(line);

  it("takes the guard, since layout.json's pattern ends in a page number", () => {
    expect(layout().contentsEntryEndsInNumber).toBe(true);
  });

  it("answers as the expression for every last character", () => {
    for (const head of ["Introduction . . . . ", "II. Regional Cooperation      ", "Annex …", "Preface    "]) {
      for (let c = 0; c < 0x10000; c++) {
        const line = head + "1" + String.fromCharCode(c);
        const mine = contentsEntryMatch(line);
        const expected = byExpression(line);
        if ((mine === null) !== (expected === null)) expect(JSON.stringify(mine), `U+${c.toString(16)} after ${head}`).toBe(JSON.stringify(expected));
        const bare = head + String.fromCharCode(c);
        if ((contentsEntryMatch(bare) === null) !== (byExpression(bare) === null)) expect(contentsEntryMatch(bare), `U+${c.toString(16)} alone after ${head}`).toEqual(byExpression(bare));
      }
      for (const astral of ["\u{1d408}", "\u{1d456}", "\u{10400}", "\u{1f600}"]) expect(contentsEntryMatch(head + astral)).toEqual(byExpression(head + astral));
    }
  });

  it("answers as the expression on invented lines", () => {
    for (const line of ["I. Introduction      3", "B. Gang attacks . . . . . 11", "Preface …  xii", "Chapter Two      IV", "The meeting ended.", "Total    26    100", "Annex      C", "", "3"]) {
      expect(contentsEntryMatch(line), line).toEqual(byExpression(line));
      expect(isContentsEntry(line)).toBe(byExpression(line) !== null);
    }
    const rnd = prng(21);
    const pieces = ["Introduction", "Annex", " ", "   ", ".", " . ", "…", "1", "12", "2021", "iv", "XII", "c", "L", "x.", "é", ":", "\u00a0", "\t", "İ", "K"];
    for (let k = 0; k < 20000; k++) {
      let line = "";
      for (let i = Math.floor(rnd() * 9); i > 0; i--) line += pieces[Math.floor(rnd() * pieces.length)];
      expect(contentsEntryMatch(line), JSON.stringify(line)).toEqual(byExpression(line));
    }
  });
});
