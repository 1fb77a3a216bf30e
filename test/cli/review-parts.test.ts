/**
 * The review page of a long document, in parts: every part a whole page for one stretch of the
 * text, together the whole text and every record, with offsets of the whole document; a
 * document that fits one page keeps its one section in review.html, as before.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createPipeline, type Annotation } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { DocumentRenderer } from "../../packages/cli/src/outputs/render.js";
import { SEEDS } from "./helpers.js";

const types = ["country", "organization", "threat", "numeric_claim"] as const;
const raw = readFileSync(join(SEEDS, "south-america-lima-2017.txt"));
const text = raw.toString("utf8");

async function render(partCharacters: number | undefined) {
  const pipeline = createPipeline({ extractors: defaultExtractors });
  const review = partCharacters === undefined ? undefined : { place: 3, doc: "lima", path: "lima.txt", partCharacters };
  const renderer = new DocumentRenderer({ formats: ["html"], types: [...types] }, undefined, 0, undefined, review);
  const all: Annotation[] = [];
  // Small windows, so the document arrives in many windows as a long one would.
  for (const { document, annotations } of pipeline.annotateStream(raw, { docId: "lima", windowSize: 8000 })) {
    await renderer.window(annotations, review ? document.raw : undefined, document.origin.raw);
    all.push(...annotations);
  }
  const info = { index: 3, doc: "lima", path: "lima.txt", sha256: "x", bytes: raw.length, characters: text.length, pages: 1, sections: 0, counts: { country: 1, organization: 2, threat: 3, numeric_claim: 4 } };
  const html = renderer.finish(info, { raw: review ? "" : text, summary: undefined }).html!.join("");
  return { html, parts: (renderer.reviewParts ?? []).map((p) => p as string), all };
}

/** A page's text as a browser shows it: tags dropped, character references read. */
const shown = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

describe("review pages of a long document", () => {
  it("a document that fits one page keeps its section in review.html, byte for byte", async () => {
    const whole = await render(undefined);
    const paged = await render(Infinity);
    expect(paged.parts).toEqual([]);
    expect(paged.html).toBe(whole.html);
  });

  it("cut into parts, the pages hold the whole text and every record, in whole-document offsets", async () => {
    const { html, parts, all } = await render(20_000);
    expect(parts.length).toBeGreaterThan(2);
    expect(html).toContain(`<p class="parts">Too long for one page: read it in ${parts.length} parts`);
    expect(html).toContain('<a href="review/lima-1.html">part 1</a>');
    let joined = "";
    const records: Annotation[] = [];
    for (const [k, page] of parts.entries()) {
      expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
      expect(page).toContain(`<title>procmine review: lima, part ${k + 1}</title>`);
      const m = /<div class="text" data-offset="(\d+)">([\s\S]*?)<\/div>\n<script type="application\/json" data-doc="3">(.*)<\/script>/.exec(page)!;
      const offset = Number(m[1]);
      const shownText = shown(m[2]!);
      expect(offset).toBe(joined.length);
      expect(shownText).toBe(text.slice(offset, offset + shownText.length));
      joined += shownText;
      const island = JSON.parse(m[3]!) as Annotation[];
      for (const a of island) {
        expect(a.start).toBeGreaterThanOrEqual(offset);
        expect(a.end).toBeLessThanOrEqual(offset + shownText.length);
      }
      // Every highlight points at a record of its own page.
      for (const ref of m[2]!.matchAll(/data-a="3\/(\d+)"/g)) expect(Number(ref[1])).toBeLessThan(island.length);
      records.push(...island);
      expect(page.includes(`href="lima-${k + 2}.html"`)).toBe(k < parts.length - 1);
    }
    expect(joined).toBe(text);
    expect(records).toEqual(all);
    expect(records.every((a) => text.slice(a.start, a.end) === a.text)).toBe(true);
  });
});
