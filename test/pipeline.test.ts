import { describe, expect, it } from "vitest";
import { AnnotationSchema, createPipeline } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { fixtureTexts, generateProceedings } from "./helpers.js";

const pipeline = createPipeline({ extractors: defaultExtractors });

const inputs = [
  ...fixtureTexts(),
  ...Array.from({ length: 12 }, (_, k) => ({ id: `generated-${k + 1}`, raw: generateProceedings(100 + k, 600) })),
];

describe("every annotation of the full pipeline", () => {
  for (const { id, raw } of inputs) {
    it(`points at its raw characters, fits the schema and keeps one span per place and type (${id})`, () => {
      const { annotations } = pipeline.annotate(raw, { docId: id });
      let previous = -1;
      const lastEnd = new Map<string, number>();
      for (const a of annotations) {
        expect(raw.slice(a.start, a.end)).toBe(a.text);
        expect(a.text).toBe(a.text.trim());
        expect(AnnotationSchema.safeParse(a).success).toBe(true);
        expect(a.start).toBeGreaterThanOrEqual(previous);
        previous = a.start;
        expect(a.start).toBeGreaterThanOrEqual(lastEnd.get(a.type) ?? 0);
        lastEnd.set(a.type, a.end);
      }
    });
  }

  it("is the same, byte for byte, on a second run", () => {
    for (const { id, raw } of fixtureTexts()) {
      const a = JSON.stringify(pipeline.annotate(raw, { docId: id }).annotations);
      const b = JSON.stringify(createPipeline({ extractors: defaultExtractors }).annotate(raw, { docId: id }).annotations);
      expect(b).toBe(a);
    }
  });

  it("finds all four types on the seed proceedings", () => {
    const seeds = fixtureTexts().filter((f) => f.path.includes("/seeds/"));
    for (const { id, raw } of seeds) {
      const types = new Set(pipeline.annotate(raw, { docId: id }).annotations.map((a) => a.type));
      expect([...types].sort()).toEqual(["country", "numeric_claim", "organization", "threat"]);
    }
  });
});
