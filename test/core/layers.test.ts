import { analyze, createPipeline, type Extractor, type Mention } from "@procmine/core";
import { describe, expect, it } from "vitest";

const TEXT = "Alpha met Beta. Gamma met Alpha.";

/** A country per capitalized word of a list: a stand-in producer of the country layer. */
const places: Extractor = {
  name: "places",
  version: "1",
  types: ["country"],
  extract(doc) {
    return [...doc.text.matchAll(/Alpha|Beta/g)].map((m): Mention => ({ type: "country", start: m.index, end: m.index + m[0].length, attrs: { iso3: m[0] === "Alpha" ? "AAA" : "BBB" }, rule: "list" }));
  },
};

/** An organization per `met`, affiliated to the country named last before it: reads the layer. */
const meetings: Extractor = {
  name: "meetings",
  version: "1",
  types: ["organization"],
  requires: ["country"],
  extract(doc, layers) {
    return [...doc.text.matchAll(/met/g)].map((m): Mention => {
      const before = (layers?.country ?? []).filter((c) => c.end <= m.index);
      return { type: "organization", start: m.index, end: m.index + 3, attrs: { name: "Meeting", country: String(before.at(-1)?.attrs.iso3 ?? "ZZZ") }, rule: "met" };
    });
  },
};

describe("explicit layers", () => {
  it("runs a required layer first, whatever the order given, and hands it over", () => {
    const pipeline = createPipeline({ extractors: [meetings, places] });
    expect(pipeline.active.map((e) => e.name)).toEqual(["places", "meetings"]);
    const orgs = pipeline.annotate(TEXT, { docId: "t" }).annotations.filter((a) => a.type === "organization");
    expect(orgs.map((a) => (a as { country?: string }).country)).toEqual(["AAA", "BBB"]);
  });

  it("runs a layer's extractor for a type not wanted in the output, and writes none of it", () => {
    const pipeline = createPipeline({ extractors: [places, meetings], types: ["organization"] });
    expect(pipeline.active.map((e) => e.name)).toEqual(["places", "meetings"]);
    const out = pipeline.annotate(TEXT, { docId: "t" }).annotations;
    expect(new Set(out.map((a) => a.type))).toEqual(new Set(["organization"]));
    expect(out.map((a) => (a as { country?: string }).country)).toEqual(["AAA", "BBB"]);
    // Without the requirer, the layer's extractor is not needed for organizations.
    expect(createPipeline({ extractors: [places, meetings], types: ["country"] }).active.map((e) => e.name)).toEqual(["places"]);
  });

  it("refuses a layer nobody produces and extractors that require each other", () => {
    expect(() => createPipeline({ extractors: [meetings] })).toThrow("extractor meetings requires the country layer, which no extractor produces");
    const a: Extractor = { ...places, name: "a", requires: ["organization"] };
    expect(() => createPipeline({ extractors: [a, meetings] })).toThrow("extractors a, meetings require each other's layers");
  });

  it("gives an extractor no layer it did not ask for", () => {
    let seen: object | undefined;
    const spy: Extractor = { name: "spy", version: "1", types: ["threat"], extract: (_doc, layers) => ((seen = layers), []) };
    createPipeline({ extractors: [places, spy] }).annotateDocument(analyze(TEXT, { docId: "t" }));
    expect(seen).toEqual({});
  });
});
