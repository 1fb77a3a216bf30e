import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AnnotationSchema, createPipeline } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { annotatedFixture, fixtureTexts, generateProceedings, prng, type FixtureText } from "./helpers.js";

const pipeline = createPipeline({ extractors: defaultExtractors });

// The fixtures' annotations are the ones other test files in this worker read (annotatedFixture).
const inputs = [
  ...fixtureTexts().map((f) => ({ id: f.id, raw: f.raw, annotate: () => annotatedFixture(f) })),
  ...Array.from({ length: 12 }, (_, k) => {
    const raw = generateProceedings(100 + k, 600);
    return { id: `generated-${k + 1}`, raw, annotate: () => pipeline.annotate(raw, { docId: `generated-${k + 1}` }).annotations };
  }),
];

const seeds: readonly FixtureText[] = fixtureTexts().filter((f) => f.path.includes("/seeds/"));

describe("every annotation of the full pipeline", () => {
  for (const { id, raw, annotate } of inputs) {
    it(`points at its raw characters, fits the schema and keeps one span per place and type (${id})`, () => {
      const annotations = annotate();
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

  it("is the same when the built-in extractors' records are not checked one by one (as the CLI runs them)", () => {
    // The CLI lists the built-in extractors as `checked`: this test is what holds their records
    // to the schema, on every fixture and generated text.
    const unchecked = createPipeline({ extractors: defaultExtractors, checked: defaultExtractors });
    for (const { id, raw } of inputs) {
      const { annotations, skipped } = unchecked.annotate(raw, { docId: id });
      for (const a of annotations) expect(AnnotationSchema.safeParse(a).success, `${id} ${a.id}`).toBe(true);
      const checked = pipeline.annotate(raw, { docId: id });
      expect(JSON.stringify(annotations)).toBe(JSON.stringify(checked.annotations));
      expect(skipped).toEqual(checked.skipped);
    }
  });

  it("is the same, byte for byte, on a second run", () => {
    for (const f of fixtureTexts()) {
      const a = JSON.stringify(annotatedFixture(f));
      const b = JSON.stringify(createPipeline({ extractors: defaultExtractors }).annotate(f.raw, { docId: f.id }).annotations);
      expect(b).toBe(a);
    }
  });

  it("finds all four types on the seed proceedings", () => {
    for (const f of seeds) {
      const types = new Set(annotatedFixture(f).map((a) => a.type));
      expect([...types].sort()).toEqual(["country", "numeric_claim", "organization", "threat"]);
    }
  });
});

describe("reading a long document window by window", () => {
  it("gives what annotate gives when the document fits in one window", () => {
    for (const f of seeds) {
      const { id, raw } = f;
      const whole = annotatedFixture(f);
      const streamed = [...pipeline.annotateStream(raw, { docId: id })].flatMap((w) => w.annotations);
      expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
    }
  });

  it("reads the file's bytes as it reads the decoded text", () => {
    const bytes = readFileSync(seeds[1]!.path);
    const fromBytes = [...pipeline.annotateStream(bytes, { docId: "d", windowSize: 10_000 })].flatMap((w) => w.annotations);
    const fromText = [...pipeline.annotateStream(bytes.toString("utf8"), { docId: "d", windowSize: 10_000 })].flatMap((w) => w.annotations);
    expect(fromBytes.length).toBeGreaterThan(100);
    expect(JSON.stringify(fromBytes)).toBe(JSON.stringify(fromText));
  });

  it("keeps offsets, pages, lines and sections of the whole document in small windows", () => {
    for (const f of seeds) {
      const { id, raw } = f;
      const whole = new Map(annotatedFixture(f).map((a) => [a.id, a]));
      const windows = [...pipeline.annotateStream(raw, { docId: id, windowSize: 8000 })];
      expect(windows.length).toBeGreaterThan(4);
      let same = 0;
      let total = 0;
      for (const a of windows.flatMap((w) => w.annotations)) {
        total++;
        expect(raw.slice(a.start, a.end)).toBe(a.text);
        const w = whole.get(a.id);
        if (!w) continue;
        same++;
        expect({ page: a.page, line: a.line, column: a.column, section: a.section }).toEqual({
          page: w.page,
          line: w.line,
          column: w.column,
          section: w.section,
        });
      }
      // Windows lose only evidence gathered across them (an acronym defined in an earlier window).
      expect(same / total).toBeGreaterThan(0.95);
    }
  });
});

describe("junk input", () => {
  // Pieces of proceedings and of what PDF extraction makes of them, shuffled: nothing may throw,
  // and every annotation still points at its raw characters, whole or window by window.
  const PIECES = [
    "Guatemala", "U.S.", "(", ")", "(FARC)", "FARC", "$", "3.5%", "-", "\n", "\n\n", " ", "  ", "\t", "\r\n", "\f",
    "’", "“", "—", "–", "12", ",", ".", "DAY ONE", "\n I. ", "Q&A Session:", "ARGENTINA:", "1,000-1,200", "one",
    "million", "the", "Army", "Ministry of", "cartel", "Sinaloa", "narco-", "traf-\nficking", "😀", "ﬁ", "\u00ad",
    "\u200b", "é", "ñ", "Ω", "#", "/", "100K", "=", "Georgia", "Korea", "(PCC,", "Command", "((", "))", "...", "?",
    "'s", "Co-\nlombia", "\ufeff", "\u00a0", "1.", "(2)", "II.", "  III.  Title Case Words Here\n",
  ];
  it("never throws and keeps provenance on 150 shuffled documents", () => {
    const rnd = prng(2026);
    for (let k = 0; k < 150; k++) {
      let t = "";
      const n = 20 + Math.floor(rnd() * 400);
      for (let i = 0; i < n; i++) t += PIECES[Math.floor(rnd() * PIECES.length)]! + (rnd() < 0.6 ? " " : "");
      if (!t.trim()) continue;
      const whole = pipeline.annotate(t, { docId: `j${k}` }).annotations;
      const windows = [...pipeline.annotateStream(t, { docId: `j${k}`, windowSize: 300 })].flatMap((w) => w.annotations);
      for (const a of [...whole, ...windows]) expect(t.slice(a.start, a.end)).toBe(a.text);
    }
  });
});
