import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { lexemeFinder, lexemeOrder, packWinkCore, readWinkCore, unpackWinkCore } from "../../packages/core/src/wink-model.js";
import type { WinkCore } from "../../packages/core/src/wink-tokenizer.js";

const require = createRequire(import.meta.url);

describe("readWinkCore", () => {
  it("builds the model core exactly as wink-eng-lite-web-model's own loader does", () => {
    const ours = readWinkCore();
    expect(ours).toBeDefined();
    const theirs = (require("wink-eng-lite-web-model/dist/load-core-model.js") as () => unknown)();
    // Part by part, so a difference names its part.
    for (const key of Object.keys(theirs as object)) {
      expect(isDeepStrictEqual((ours as unknown as Record<string, unknown>)[key], (theirs as Record<string, unknown>)[key]), key).toBe(true);
    }
    expect(Object.keys(ours as object).sort()).toEqual(Object.keys(theirs as object).sort());
  });
});

describe("the model's lexemes in stored order", () => {
  it("finds every lexeme as the model's hash of lexemes does", () => {
    const core = readWinkCore()!;
    const list = core.features.lexeme.list.slice(0, core.features.lexeme.intrinsicSize);
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
    const find = lexemeFinder(list, lexemeOrder(list));
    expect(list.length).toBeGreaterThan(50_000);
    for (const text of list) expect(find(text), text).toBe(hash[text]);
    for (const text of ["Zqxwv", "the ", "", "__proto__", "constructor", "ñandú-99", "US."]) expect(find(text), text).toBe(hash[text]);
    expect(find("the")).toBeDefined();
  });
});

describe("the model's core as a build packs it", () => {
  it("holds every part the tokenizer reads as the model's JSON gives it", () => {
    const parsed = readWinkCore()! as unknown as Record<string, unknown> & WinkCore;
    const unpacked = unpackWinkCore(packWinkCore())! as unknown as Record<string, unknown> & WinkCore;
    for (const key of ["packing", "lexicon", "xpansions", "trex", "tcat", "preserve"]) {
      expect(isDeepStrictEqual(unpacked[key], parsed[key]), key).toBe(true);
    }
    const [p, u] = [parsed.features, unpacked.features] as unknown as Record<string, { list: unknown; intrinsicSize?: number; hash?: Record<string, number> }>[];
    expect(isDeepStrictEqual(u!.lexeme!.list, p!.lexeme!.list)).toBe(true);
    expect(u!.lexeme!.intrinsicSize).toBe(p!.lexeme!.intrinsicSize);
    expect(isDeepStrictEqual(u!.posClusters!.list, p!.posClusters!.list)).toBe(true);
    // Its hash answers a text once `prepareLookup` has entered it.
    const prepare = (unpacked as WinkCore).prepareLookup!;
    for (const text of ["the", "U.S.", "cannot", "Zqxwv", "__proto__"]) {
      prepare(text);
      expect(u!.lexeme!.hash![text], text).toBe(p!.lexeme!.hash![text]);
    }
    // Asked again (a text not found is remembered as such), the same answers, misses included.
    for (const text of ["Zqxwv", "the", "Zqxwv", "cannot", "zqxwv"]) {
      prepare(text);
      expect(u!.lexeme!.hash![text], text).toBe(p!.lexeme!.hash![text]);
    }
  });
});
