import { describe, expect, it } from "vitest";
import { analyze, createPipeline, type AnalyzedDocument } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { readChunks } from "../../packages/core/src/chunk-tokens.js";

// A block ends just after its last analysis character. When a paragraph's last raw character is
// one the analysis text drops (a soft hyphen, a zero-width space), the block must still end
// there: not one past the text at a document's end, nor on the next block's first character.

const pipeline = createPipeline({ extractors: defaultExtractors });

const ENDINGS: readonly [name: string, tail: string][] = [
  ["soft hyphen", "\u00ad"],
  ["zero-width space", "\u200b"],
  ["space then zero-width space", " \u200b"],
  ["byte order mark", "\ufeff"],
  ["combining mark", "e\u0301"],
  ["carriage return", "\r"],
  ["two dropped characters", "\u200b\u00ad"],
];

/** Invented texts: the ending closes the document, a paragraph, a heading. */
function texts(tail: string): string[] {
  const para = `The delegation of Velmoria met 40 officers of the Tarsk Border Guard in Orvane${tail}`;
  return [
    para,
    `${para}\n\nA second paragraph names Quelland and 12 patrol boats${tail}`,
    `${para}\n\nA second paragraph names Quelland and 12 patrol boats.`,
    `1. Regional Cooperation${tail}\n\n${para}\n\nThe Ministry of Defence of Quelland spoke last${tail}`,
    `${para}\r\n\r\nSeven drones crossed from Velmoria into Quelland${tail}\r\n`,
  ];
}

function checkDocument(doc: AnalyzedDocument): void {
  const n = doc.text.length;
  let previousEnd = 0;
  for (const b of doc.blocks) {
    expect(b.start).toBeGreaterThanOrEqual(previousEnd);
    expect(b.end, `block [${b.start}, ${b.end}) past the text (${n})`).toBeLessThanOrEqual(n);
    expect(b.end).toBeGreaterThanOrEqual(b.start);
    // The block's analysis span maps back inside its raw span.
    if (b.end > b.start) {
      const r = doc.toRaw(b.start, b.end);
      expect(r.start).toBeGreaterThanOrEqual(b.rawStart);
      expect(r.end).toBeLessThanOrEqual(b.rawEnd);
    }
    previousEnd = b.end;
  }
  for (const s of doc.sentences) expect(s.end).toBeLessThanOrEqual(n);
  for (let i = 0; i < doc.tokens.count; i++) {
    const t = doc.tokens.text(i);
    expect(t.length).toBeGreaterThan(0);
    expect(doc.tokens.end(i), `token ${JSON.stringify(t)} past the text`).toBeLessThanOrEqual(n);
    expect(doc.text.slice(doc.tokens.start(i), doc.tokens.end(i))).toBe(t);
  }
}

describe("a block whose last raw character the analysis text drops", () => {
  for (const [name, tail] of ENDINGS) {
    it(`ends inside the analysis text, and so do its tokens and records (${name})`, () => {
      for (const [k, raw] of texts(tail).entries()) {
        const doc = analyze(raw, { docId: `blockend-${k}` });
        checkDocument(doc);
        const { annotations } = pipeline.annotate(raw, { docId: `blockend-${k}` });
        for (const a of annotations) {
          expect(a.end).toBeLessThanOrEqual(raw.length);
          expect(raw.slice(a.start, a.end)).toBe(a.text);
          expect(a.text).toBe(a.text.trim());
        }
      }
    });
  }

  it("ends on its own last character, not on the line break after it (headings between paragraphs)", () => {
    const para = "The delegation of Velmoria met forty officers of the Tarsk Border Guard in Orvane on Monday. They spoke of the river crossings and of the patrols that watch them at night.";
    for (const tail of ["\u00ad", "\u200b", "\u200b\u00ad"]) {
      const raw = `1. Regional Cooperation${tail}\n\n${para}\n\n2. Maritime Patrols${tail}\n\n${para}${tail}`;
      const doc = analyze(raw, { docId: "blockend-mid" });
      checkDocument(doc);
      expect(doc.blocks.filter((b) => b.kind === "heading")).toHaveLength(2);
      for (const b of doc.blocks) {
        const own = doc.text.slice(b.start, b.end);
        expect(own, JSON.stringify(own)).toBe(own.trim());
      }
      expect(doc.sections.map((s) => s.title)).toEqual(["1. Regional Cooperation", "2. Maritime Patrols"]);
    }
  });
});

describe("the chunk reader", () => {
  it("never reads past its text, whatever end it is asked for", () => {
    for (const text of ["Velmoria", "Velmoria.", "Velmoria e\u0301", "40 boats"]) {
      const seen: [number, number][] = [];
      readChunks(text, 0, text.length + 1, (s, e) => seen.push([s, e]));
      const exact: [number, number][] = [];
      readChunks(text, 0, text.length, (s, e) => exact.push([s, e]));
      expect(seen).toEqual(exact);
    }
  });
});
