import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { readWinkCore } from "../../packages/core/src/wink-model.js";

const require = createRequire(import.meta.url);

describe("readWinkCore", () => {
  it("builds the model core exactly as wink-eng-lite-web-model's own loader does", () => {
    const ours = readWinkCore();
    expect(ours).toBeDefined();
    const theirs = (require("wink-eng-lite-web-model/dist/load-core-model.js") as () => unknown)();
    // The lexeme look-up is an index read as `hash[text]` (as wink-nlp reads it): held to theirs
    // word by word, then set aside for the comparison of the rest.
    type Lexemes = { list: string[]; hash: Record<string, number> };
    const lexemes = (core: unknown) => (core as { features: { lexeme: Lexemes } }).features.lexeme;
    const theirHash = lexemes(theirs).hash;
    const ourHash = lexemes(ours).hash;
    for (const word of Object.keys(theirHash)) if (ourHash[word] !== theirHash[word]) expect([word, ourHash[word]]).toEqual([word, theirHash[word]]);
    for (const word of ["zqxv-not-a-word", "__proto__", "constructor", ""]) expect(ourHash[word], word).toBe(theirHash[word]);
    lexemes(ours).hash = theirHash;
    // Part by part, so a difference names its part.
    for (const key of Object.keys(theirs as object)) {
      expect(isDeepStrictEqual((ours as unknown as Record<string, unknown>)[key], (theirs as Record<string, unknown>)[key]), key).toBe(true);
    }
    expect(Object.keys(ours as object).sort()).toEqual(Object.keys(theirs as object).sort());
  });
});
