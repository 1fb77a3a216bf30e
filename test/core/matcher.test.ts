import { describe, expect, it } from "vitest";
import { analyze, createPipeline, PhraseMatcher, resolveOverlaps, type Extractor } from "@procmine/core";

describe("PhraseMatcher", () => {
  const m = new PhraseMatcher<string>([
    { phrase: "US", value: "USA", case: "exact" },
    { phrase: "Chad", value: "TCD", case: "capitalized" },
    { phrase: "Southern Command", value: "SOUTHCOM" },
    { phrase: "U.S. Southern Command", value: "USSOUTHCOM" },
    { phrase: "drug trafficking", value: "drugs", case: "insensitive" },
    { phrase: "Guatemala", value: "GTM" },
  ]);
  const found = (text: string) => m.match(analyze(text, { docId: "m" })).map((x) => `${text.slice(0, 0)}${x.value}`);

  it("matches acronyms exactly and names only when capitalized", () => {
    expect(found("Let us talk to the US and Chad about chad")).toEqual(["USA", "TCD"]);
  });
  it("prefers the longest phrase at a position", () => {
    expect(found("The U.S. Southern Command and Southern Command")).toEqual(["USSOUTHCOM", "SOUTHCOM"]);
  });
  it("matches case-insensitive entries in any case, and all-caps names", () => {
    expect(found("DRUG TRAFFICKING in GUATEMALA")).toEqual(["drugs", "GTM"]);
  });
  it("matches words cut by the layout, and maps them to the raw characters", () => {
    const raw = "Drug traf-\nficking in Gua-\n temala.";
    const doc = analyze(raw, { docId: "m" });
    const spans = m.match(doc).map((x) => {
      const r = doc.toRaw(x.start, x.end);
      return raw.slice(r.start, r.end);
    });
    expect(spans).toEqual(["Drug traf-\nficking", "Gua-\n temala"]);
  });
  it("does not match across blocks", () => {
    expect(found("We discussed drug\n\nI. Trafficking Routes\n\nThey met.")).toEqual([]);
  });
  it("tries entries of one phrase in the order added: the first whose case passes wins", () => {
    const both = new PhraseMatcher<string>([
      { phrase: "Rio Verde", value: "river", case: "capitalized" },
      { phrase: "rio verde", value: "any", case: "insensitive" },
    ]);
    const values = (text: string) => both.match(analyze(text, { docId: "m" })).map((x) => [x.value, x.phrase]);
    expect(values("Along the Rio Verde valley")).toEqual([["river", "Rio Verde"]]);
    expect(values("along the rio verde valley")).toEqual([["any", "rio verde"]]);
  });
  it("keeps every entry of a large gazetteer, with entries added after matching began", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `zq${i.toString(36)}`);
    const big = new PhraseMatcher<number>(words.map((w, i) => ({ phrase: `${w} ${words[(i * 7) % words.length]}`, value: i, case: "insensitive" as const })));
    const text = (i: number) => `${words[i]} ${words[(i * 7) % words.length]}`;
    const doc = analyze(`We saw ${text(5)} and ${text(2999)} today.`, { docId: "m" });
    expect(big.match(doc).map((x) => x.value)).toEqual([5, 2999]);
    big.add({ phrase: "saw", value: -1, case: "insensitive" });
    big.add({ phrase: `${text(5)} and`, value: -2, case: "insensitive" });
    expect(big.entryCount).toBe(3002);
    expect(big.match(doc).map((x) => [x.value, x.phrase])).toEqual([[-1, "saw"], [-2, `${text(5)} and`], [2999, text(2999)]]);
    expect(big.matchAll(doc).map((x) => x.value)).toEqual([-1, -2, 5, 2999]);
  });
});

describe("pipeline", () => {
  const fake: Extractor = {
    name: "fake",
    version: "1.0.0",
    types: ["country"],
    *extract(doc) {
      const at = doc.text.indexOf("Guatemala");
      yield { type: "country", start: at, end: at + 9, attrs: { iso3: "GTM" }, rule: "name", confidence: 0.5 };
      yield { type: "country", start: at - 1, end: at + 9, attrs: { iso3: "GTM" }, rule: "name", confidence: 0.9 };
      yield { type: "country", start: at, end: at + 4, attrs: { iso3: "GTM" }, rule: "name" };
    },
  };
  it("keeps one span per place and type, maps to raw and adds provenance", () => {
    const raw = "DAY ONE\n\nIn Gua-\ntemala the army met.";
    const { annotations } = createPipeline({ extractors: [fake] }).annotate(raw, { docId: "d" });
    expect(annotations).toHaveLength(1);
    const a = annotations[0]!;
    expect(a).toMatchObject({ doc: "d", type: "country", text: "Gua-\ntemala", iso3: "GTM", page: 1, line: 3, column: 4, section: "DAY ONE", extractor: "fake@1.0.0", rule: "name" });
    expect(raw.slice(a.start, a.end)).toBe(a.text);
  });
  it("leaves out a mention whose attributes are outside the schema, and says why", () => {
    const bad: Extractor = { ...fake, *extract() { yield { type: "country", start: 0, end: 3, attrs: { iso3: "gt" }, rule: "x" }; } };
    const { annotations, skipped } = createPipeline({ extractors: [bad] }).annotate("Guatemala", { docId: "d" });
    expect(annotations).toEqual([]);
    expect(skipped).toEqual([{ extractor: "fake@1.0.0", type: "country", start: 0, end: 3, reason: expect.stringMatching(/^record iso3: /) }]);
  });
  it("checks each record of an extractor not listed as checked, and no record of one that is", () => {
    const bad: Extractor = { ...fake, *extract() { yield { type: "country", start: 0, end: 3, attrs: { iso3: "gt" }, rule: "x" }; } };
    const other: Extractor = { ...fake, name: "other", *extract() { yield { type: "country", start: 10, end: 14, attrs: { iso3: "pe" }, rule: "x" }; } };
    const { annotations, skipped } = createPipeline({ extractors: [bad, other], checked: [bad] }).annotate("Guatemala Peru", { docId: "d" });
    // Both records are outside the schema: only the unchecked extractor's is held to it.
    expect(skipped.map((s) => s.extractor)).toEqual(["other@1.0.0"]);
    expect(annotations.map((a) => a.extractor)).toEqual(["fake@1.0.0"]);
  });
  it("resolves overlaps: longest, then most confident, then earliest", () => {
    const kept = resolveOverlaps([
      { start: 0, end: 5, confidence: 1 },
      { start: 3, end: 10, confidence: 0.2 },
      { start: 10, end: 12, confidence: 1 },
      { start: 11, end: 13, confidence: 0.9 },
    ]);
    expect(kept.map((k) => [k.start, k.end])).toEqual([[3, 10], [10, 12]]);
  });
});

describe("published JSON Schema", () => {
  it("is the one generated from the zod schema", async () => {
    const { readFileSync } = await import("node:fs");
    const { annotationJsonSchema } = await import("@procmine/core");
    const published = JSON.parse(readFileSync(new URL("../../packages/core/schema/annotation.schema.json", import.meta.url), "utf8"));
    expect(published).toEqual(JSON.parse(JSON.stringify(annotationJsonSchema())));
  });
});

describe("evaluate", () => {
  it("scores like score.py: duplicates counted, ranges accepted as {low, high}", async () => {
    const { evaluate } = await import("@procmine/core");
    const g = { doc: "d", type: "numeric_claim", start: 0, end: 3, text: "4-5", value: [4, 5] };
    const p = { ...g, value: { low: 4, high: 5 } };
    const s = evaluate([g], [p, p]).numeric_claim;
    expect(s.pred).toBe(2);
    expect(s.exact.precision).toBe(1);
    expect(s.overlap.precision).toBe(0.5);
    expect(s.attributeAccuracy).toBe(1);
  });
});
