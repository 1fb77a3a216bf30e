import { describe, expect, it } from "vitest";
import { foldKey, keyIdAt, keyIdOf, keyIdOfToken, keyText, savedKeys } from "../../packages/core/src/tokens.js";

describe("key ids", () => {
  it("give a spelling its folded key when the key came first (as a gazetteer phrase brings it)", () => {
    // Every code unit of Latin scripts, combining marks and beyond, inside a word and beside a mark.
    const misses: string[] = [];
    for (let c = 0; c < 0x400; c++) {
      for (const spelling of [`q${String.fromCharCode(c)}Z`, `${String.fromCharCode(c)}\u0301w${String.fromCharCode(c)}`]) {
        const key = foldKey(spelling);
        // The key first, then the spelling must find that same id.
        const id = keyIdOfToken(key);
        if (keyText(id) !== key || keyIdOfToken(spelling) !== id) misses.push(spelling);
      }
    }
    expect(misses).toEqual([]);
  });

  it("give every spelling of a word one id, whichever spelling or the key itself came first, read in place or as a string", () => {
    const text = "zorvak ZORVAK Zorvák zórvak";
    // Thousands of words first, so the indexes grow (and re-file their entries) in between.
    const filler = Array.from({ length: 5000 }, (_, i) => keyIdOfToken(`filler${i}word`));
    const ids = [0, 7, 14, 21].map((start) => keyIdAt(text, start, start + 6));
    expect(new Set(ids).size).toBe(1);
    expect(keyText(ids[0]!)).toBe("zorvak");
    expect(keyIdOf("zorvak")).toBe(ids[0]);
    expect(keyIdOfToken("ZorVak")).toBe(ids[0]);
    // Ids are positions in the vocabulary a build saves, each word once.
    const saved = savedKeys();
    expect(saved[ids[0]!]).toBe("zorvak");
    expect(filler.map((id) => saved[id])).toEqual(filler.map((_, i) => `filler${i}word`));
    expect(new Set(saved).size).toBe(saved.length);
  });
});

describe("the empty key", () => {
  it("is interned once, however often it is asked for", () => {
    const first = keyIdOf("");
    expect(keyIdOf("")).toBe(first);
    expect(keyIdAt("abc", 1, 1)).toBe(first);
    expect(savedKeys().filter((k) => k === "")).toHaveLength(1);
  });
});
