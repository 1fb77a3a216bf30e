import { describe, expect, it } from "vitest";
import { analyze, createPipeline } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";

describe("form-feed pages in core (the text procmine builds from a PDF)", () => {
  it("counts every form feed as a page break, an empty page and an empty first page included", () => {
    const raw = "\fBrazil hosted the meeting.\n\f\fDelegates from Peru attended.\n\fChile closed it.\n";
    const doc = analyze(raw, { docId: "ff" });
    expect(doc.pageCount).toBe(5);
    const pipeline = createPipeline({ extractors: defaultExtractors });
    const records = pipeline.annotate(raw, { docId: "ff" }).annotations.filter((a) => a.type === "country");
    expect(records.map((a) => [a.text, a.page])).toEqual([["Brazil", 2], ["Peru", 4], ["Chile", 5]]);
    for (const a of records) expect(a.page).toBe(1 + (raw.slice(0, a.start).match(/\f/g)?.length ?? 0));
  });

  it("sets apart the lines a layout marks as running heads and footnotes", () => {
    const raw = "Border Review\nMexico and Guatemala met in Tapachula.\n\n1 Minutes of the meeting, Mexico City.\n";
    const head = { start: 0, end: raw.indexOf("\n"), kind: "running_head" as const };
    const noteAt = raw.indexOf("1 Minutes");
    const note = { start: noteAt, end: raw.length - 1, kind: "footnote" as const };
    const doc = analyze(raw, { docId: "marks", marks: [head, note] });
    expect(doc.blocks.map((b) => b.kind)).toEqual(["running_head", "paragraph", "footnote"]);
    const plain = analyze(raw, { docId: "plain" });
    expect(plain.blocks.map((b) => b.kind)).not.toContain("running_head");
  });
});
