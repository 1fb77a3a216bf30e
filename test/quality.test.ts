import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createPipeline, evaluate, formatScores, type ScoredRecord } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { FIXTURES } from "./helpers.js";

// The targets of the extractor issues, on the fixtures' gold. A drop below one is a regression.
const TARGETS = {
  country: { overlap: 0.97, exact: 0.95, attribute: 0.99 },
  organization: { overlap: 0.9, exact: 0.8, attribute: 0 },
  threat: { overlap: 0.9, exact: 0, attribute: 0.95 },
  numeric_claim: { overlap: 0.9, exact: 0, attribute: 0.97 },
} as const;

describe("accuracy on the fixtures' gold", () => {
  const pipeline = createPipeline({ extractors: defaultExtractors });
  const seeds = join(FIXTURES, "seeds");
  const pred = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => pipeline.annotate(readFileSync(join(seeds, f), "utf8"), { docId: f.replace(/\.txt$/, "") }).annotations);
  const gold = readdirSync(join(FIXTURES, "gold"))
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) =>
      readFileSync(join(FIXTURES, "gold", f), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as ScoredRecord),
    );
  const scores = evaluate(gold, pred);

  for (const [type, target] of Object.entries(TARGETS)) {
    it(`${type} meets its targets`, () => {
      const s = scores[type as keyof typeof TARGETS];
      const summary = formatScores(scores);
      expect(s.overlap.f1, summary).toBeGreaterThanOrEqual(target.overlap);
      expect(s.exact.f1, summary).toBeGreaterThanOrEqual(target.exact);
      expect(s.attributeAccuracy ?? 0, summary).toBeGreaterThanOrEqual(target.attribute);
    });
  }
});
