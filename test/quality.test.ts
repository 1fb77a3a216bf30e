import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, formatScores, type ScoredRecord } from "@procmine/core";
import { FIXTURES, annotatedFixture, fixtureTexts } from "./helpers.js";

// The targets of the extractor issues, on the seeds' gold. A drop below one is a regression.
const TARGETS = {
  country: { overlap: 0.97, exact: 0.95, attribute: 0.99 },
  organization: { overlap: 0.9, exact: 0.85, attribute: 0.85 },
  threat: { overlap: 0.9, exact: 0.9, attribute: 0.95 },
  numeric_claim: { overlap: 0.9, exact: 0.9, attribute: 0.97 },
} as const;

/** The seeds' annotations scored against their gold. */
function scoreSeeds() {
  const pred = fixtureTexts()
    .filter((f) => f.path.includes("/seeds/"))
    .flatMap((f) => annotatedFixture(f));
  const goldDir = join(FIXTURES, "gold");
  const gold = readdirSync(goldDir)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) =>
      readFileSync(join(goldDir, f), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as ScoredRecord),
    );
  return evaluate(gold, pred);
}

// Only the seeds (the development set) hold a floor here. Held-out sets are scored by the
// evaluation report (scripts/eval-fixtures.ts), never by the suite: a floor in the suite would
// turn them into tuning targets.
describe("accuracy on the seed fixtures' gold", () => {
  const scores = scoreSeeds();

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
