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
    // Part by part, so a difference names its part.
    for (const key of Object.keys(theirs as object)) {
      expect(isDeepStrictEqual((ours as unknown as Record<string, unknown>)[key], (theirs as Record<string, unknown>)[key]), key).toBe(true);
    }
    expect(Object.keys(ours as object).sort()).toEqual(Object.keys(theirs as object).sort());
  });
});
