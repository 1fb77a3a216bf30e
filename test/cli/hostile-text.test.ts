import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { procmine, readJsonl, requireBuild, tempDir } from "./helpers.js";

beforeAll(requireBuild);

// The CLI side of hostile text the library now reads (issue #13): nothing here is an error.
describe("procmine annotate on hostile text", () => {
  it("annotates a document with an absurd number and lone CR line endings, silently and whole", async () => {
    const dir = tempDir();
    const lines = [
      "DAY ONE",
      "",
      `Officials of Colombia reported ${"7".repeat(310)} seizures, then 14 boats near Peru.`,
      "Exports fell by -5% that year.",
    ];
    writeFileSync(join(dir, "old-mac.txt"), lines.join("\r"));
    const run = await procmine(["annotate", join(dir, "old-mac.txt"), "-o", join(dir, "out")]);
    // Only the summary line: no warning, no failure.
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^procmine: 1 document, 4 annotations/)]);
    expect(run.code).toBe(0);
    const records = readJsonl(join(dir, "out", "annotations.jsonl"));
    const text = (type: string) => records.filter((r) => r.type === type).map((r) => [r.text, r.value ?? r.iso3, r.line]);
    expect(text("country")).toEqual([["Colombia", "COL", 3], ["Peru", "PER", 3]]);
    expect(text("numeric_claim")).toEqual([["14", 14, 3], ["-5%", -5, 4]]);
  });
});
