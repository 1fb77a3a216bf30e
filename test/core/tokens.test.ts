import { describe, expect, it } from "vitest";
import { foldKey, keyIdOfToken, keyText } from "../../packages/core/src/tokens.js";

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
});
