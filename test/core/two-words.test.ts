import { describe, expect, it } from "vitest";
import { hasTwoWords } from "../../packages/core/src/two-words.js";
import { prng } from "../helpers.js";

const TWO_WORDS = /\p{L}{2,}.*\s.*\p{L}{2,}/u;

describe("hasTwoWords: the running-head test in one pass", () => {
  it("answers as the expression on invented lines", () => {
    for (const line of ["Annual Report", "Lanterns", "Harbour  Notes 2021", "ab c", "a bc", "ab cd", "ab\u00a0cd", "ab\u2003cd", "Perú Norte", "ab\tcd", "ab\ncd", "ab\u2028cd", "ab. cd", "1 22 ab", "ab 1 2", "", " ", "x y z", "ab  ", "  ab cd  ", "Ωμ λκ", "日本 東京", "ab 𝐀𝐁", "𝐀𝐁 cd"]) {
      expect(hasTwoWords(line), JSON.stringify(line)).toBe(TWO_WORDS.test(line));
    }
  });

  it("answers as the expression on random lines", () => {
    const rnd = prng(7);
    const pieces = ["a", "b", "Z", "é", "Ω", "日", "1", " ", "\t", "\u00a0", "\u2009", "\n", "\r", "\u2028", ".", "-", "𝐀", "\ufeff", "_"];
    for (let k = 0; k < 20000; k++) {
      let line = "";
      const n = Math.floor(rnd() * 12);
      for (let i = 0; i < n; i++) line += pieces[Math.floor(rnd() * pieces.length)];
      expect(hasTwoWords(line), JSON.stringify(line)).toBe(TWO_WORDS.test(line));
    }
  });
});
