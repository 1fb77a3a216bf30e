import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { procmine, requireBuild, tempDir } from "./helpers.js";

// One worker reads every document; what it read before must not change the next one's tokens
// (wink-nlp learns words it does not know: see test/core/token-history.test.ts). These two
// fixtures are a pair where it did: the second's token count changed after the first.
const A = "fixtures/seeds/south-america-lima-2017.txt";
const B = "fixtures/heldout3/southern-cone-asuncion-2020.txt";
const B_ID = "southern-cone-asuncion-2020";

describe("procmine annotate, one worker", () => {
  it("gives a document the same outputs annotated alone and after another document", async () => {
    requireBuild();
    const alone = join(tempDir(), "out");
    const after = join(tempDir(), "out");
    for (const [out, inputs] of [[alone, [B]], [after, [A, B]]] as const) {
      const r = await procmine(["annotate", ...inputs, "-o", out, "--jobs", "1", "--format", "jsonl,json", "-q"]);
      expect(r.code, r.stderr).toBe(0);
    }
    const doc = `documents/${B_ID}.json`;
    expect(readFileSync(join(after, doc), "utf8")).toBe(readFileSync(join(alone, doc), "utf8"));
    const records = (dir: string) => readFileSync(join(dir, "annotations.jsonl"), "utf8").split("\n").filter((l) => l.includes(`"doc":"${B_ID}"`));
    expect(records(alone).length).toBeGreaterThan(0);
    expect(records(after)).toEqual(records(alone));
  });
});
