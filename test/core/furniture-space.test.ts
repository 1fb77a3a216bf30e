import { describe, expect, it } from "vitest";
import { foldsSpace, repeatKey } from "../../packages/core/src/furniture.js";
import { prng } from "../helpers.js";

// eslint-disable-next-line no-control-regex -- the debris furniture.ts folds away
const SPACE_OR_DEBRIS = /[\s\x00-\x1f\x7f\uE000-\uF8FF]+/g;

describe("foldsSpace: whether furniture's space folding changes a line", () => {
  it("answers as the folding does, on invented and random lines", () => {
    for (const line of ["Page 3 of 12", "Page  3", "- 12 -", "\uF0452\uF044", "12\b", "A\u00a0B", "A\u2003B", "x\u3000y", "\ufeff1", " 1 ", "1  ", "Annual Report 2021"]) {
      expect(foldsSpace(line), JSON.stringify(line)).toBe(line.replace(SPACE_OR_DEBRIS, " ") !== line);
    }
    const rnd = prng(5);
    const pieces = ["a", "Z", "1", " ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u0007", "\u007f", "\ue000", "\uf8ff", "é", "-", "/", "\u2028"];
    for (let k = 0; k < 20000; k++) {
      let line = "";
      for (let i = Math.floor(rnd() * 10); i > 0; i--) line += pieces[Math.floor(rnd() * pieces.length)];
      expect(foldsSpace(line), JSON.stringify(line)).toBe(line.replace(SPACE_OR_DEBRIS, " ") !== line);
    }
  });
});

describe("repeatKey: one pass for the two expressions", () => {
  const byExpressions = (line: string) => line.toLowerCase().replace(SPACE_OR_DEBRIS, "").replace(/\d+/g, "#");
  it("keys a line as lower-casing, dropping space and debris, then folding digit runs to # do", () => {
    for (const line of ["Annual Report 2021", "Page 3 of 12", "1 2 3", "#12", "12#3", "- xii -", "Página 4\u00a05", "ÉTAT 1\u3000990", "\uF045 12 \uF044", "a\u0085b", "x\u180ey", "\ufeff7", "İSTANBUL 9", "", "   ", "1\u0007 2"]) {
      expect(repeatKey(line), JSON.stringify(line)).toBe(byExpressions(line));
    }
    const rnd = prng(9);
    const pieces = ["a", "Z", "Ñ", "1", "42", "#", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u0007", "\u007f", "\u0085", "\ue000", "\uf8ff", "é", "-", "İ", "Σ", "\ud83d\ude00", "\u2028", "٣"];
    for (let k = 0; k < 20000; k++) {
      let line = "";
      for (let i = Math.floor(rnd() * 12); i > 0; i--) line += pieces[Math.floor(rnd() * pieces.length)];
      expect(repeatKey(line), JSON.stringify(line)).toBe(byExpressions(line));
    }
  });
});
