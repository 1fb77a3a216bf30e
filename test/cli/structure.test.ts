/** documents/<doc>.json of a long document: its structure is spooled window by window, never merged in memory. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { createPipeline, summarizeDocument } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { DocumentRenderer } from "../../packages/cli/src/outputs/render.js";
import { mergeSummaries, shiftSummary } from "../../packages/cli/src/outputs/summary.js";
import { SEEDS } from "./helpers.js";
it("the JSON structure written window by window is the windows' merged summary, byte for byte", async () => {
  for (const windowSize of [8000, 1e9]) {
  const raw = readFileSync(join(SEEDS, "south-america-lima-2017.txt"));
  const pipeline = createPipeline({ extractors: defaultExtractors });
  const r = new DocumentRenderer({ formats: ["json"], types: ["country", "organization", "threat", "numeric_claim"] }, undefined, 0);
  const sums = [];
  for (const { document, annotations } of pipeline.annotateStream(raw, { docId: "lima", windowSize })) {
    const s = shiftSummary(summarizeDocument(document), document.origin);
    sums.push(s); r.structure(s); await r.window(annotations);
  }
  const info = { index: 0, doc: "lima", path: "lima.txt", sha256: "x", bytes: 1, characters: 2, pages: 1, sections: 0, counts: { country: 0, organization: 0, threat: 0, numeric_claim: 0 } };
  const a = r.finish(info, { raw: "", summary: undefined }).json!.join("");
  const r2 = new DocumentRenderer({ formats: ["json"], types: ["country", "organization", "threat", "numeric_claim"] }, undefined, 0);
  for (const { annotations } of pipeline.annotateStream(raw, { docId: "lima", windowSize })) await r2.window(annotations);
  const b = r2.finish(info, { raw: "", summary: mergeSummaries(sums) }).json!.join("");
  expect(sums.length > 1 || windowSize > 1e6).toBe(true);
  expect(a).toBe(b);
  }
});
