/**
 * A long document's outputs are rendered window by window and never held whole: the JSON
 * structure is streamed (and equals the merged window summaries), and the review page is cut
 * into parts (review.html holds the first, review/ the others) whose texts join into the
 * document exactly. Run in-process on the seeds with small windows and parts, as a long
 * document would arrive with the real sizes.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPipeline, summarizeDocument, type Annotation } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { commitAll } from "../../packages/cli/src/outputs/atomic.js";
import { htmlWriter, reviewPartFile } from "../../packages/cli/src/outputs/html.js";
import { renderAnnotatedText } from "../../packages/cli/src/outputs/html-render.js";
import { DocumentRenderer } from "../../packages/cli/src/outputs/render.js";
import { mergeSummaries, shiftSummary } from "../../packages/cli/src/outputs/summary.js";
import type { DocumentDone } from "../../packages/cli/src/task.js";
import { SEEDS } from "./helpers.js";

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), "procmine-parts-test-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const types = ["country", "organization", "threat", "numeric_claim"] as const;
const pipeline = createPipeline({ extractors: defaultExtractors });
const raw = readFileSync(join(SEEDS, "south-america-lima-2017.txt"), "utf8");

/** Render the seed as document `index` with windows of `windowSize` bytes and parts of `partChars`. */
async function renderDoc(spoolDir: string | undefined, windowSize: number, partChars: number) {
  const renderer = new DocumentRenderer({ formats: ["json", "html"], types: [...types] }, spoolDir, 3, 1000, partChars);
  const summaries = [];
  const annotations: Annotation[] = [];
  let characters = 0;
  for (const { document, annotations: a } of pipeline.annotateStream(raw, { docId: "lima", windowSize })) {
    await renderer.window(a, document);
    summaries.push(shiftSummary(summarizeDocument(document), document.origin));
    annotations.push(...a);
    characters += document.raw.length;
  }
  const counts = { country: 0, organization: 0, threat: 0, numeric_claim: 0 };
  for (const a of annotations) counts[a.type]++;
  const info = { index: 3, doc: "lima", path: "lima.txt", sha256: "x", bytes: raw.length, characters, pages: 16, sections: 0, counts };
  return { rendered: renderer.finish(info), summaries, annotations, info };
}

/** Write a document's review pages as the CLI does; the texts of review.html and review/. */
async function writePages(r: Awaited<ReturnType<typeof renderDoc>>) {
  const out = temp();
  const writer = await htmlWriter(out, { version: "0.0.0", types: [...types], documents: 1 });
  const done = { ...r.info, ok: true, encoding: "utf-8", rendered: r.rendered.pieces, reviewParts: r.rendered.reviewParts } as DocumentDone;
  await writer.document(done);
  await commitAll(await writer.finish());
  return out;
}

const unescape = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
const textOf = (page: string) => unescape(/<div class="text">([\s\S]*?)<\/div>\n<script type/.exec(page)![1]!.replace(/<[^>]+>/g, ""));
const recordsOf = (page: string) => JSON.parse(/<script type="application\/json" data-doc="3">([\s\S]*?)<\/script>/.exec(page)![1]!) as Annotation[];

describe("a long document's structure, streamed", () => {
  it("equals the merged window summaries, spooled or not", async () => {
    for (const spool of [undefined, temp()]) {
      const r = await renderDoc(spool, 8000, Infinity);
      expect(r.summaries.length).toBeGreaterThan(5);
      const pieces = r.rendered.pieces.json!;
      let text = "";
      for (const p of pieces) text += typeof p === "string" ? p : readFileSync(p.file, "utf8");
      const json = JSON.parse(text) as { structure: unknown; annotations: unknown[] };
      expect(JSON.stringify(json.structure)).toBe(JSON.stringify(mergeSummaries(r.summaries)));
      expect(json.annotations).toEqual(r.annotations);
    }
  });
});

describe("a long document's review page, in parts", () => {
  it("one part: the same section as rendering the whole text at once", async () => {
    const r = await renderDoc(undefined, 8000, Infinity);
    expect(r.rendered.reviewParts).toEqual([]);
    const html = r.rendered.pieces.html!.join("");
    expect(html).toContain(`<div class="text">${renderAnnotatedText(raw, r.annotations, 3)}</div>`);
    expect(html).not.toContain("part 1 of");
  });

  it("several parts: review.html shows the first and links the others; their texts join into the document", async () => {
    const r = await renderDoc(temp(), 8000, 20_000);
    const parts = r.rendered.reviewParts;
    expect(parts.length).toBeGreaterThan(1);
    const out = await writePages(r);
    const main = readFileSync(join(out, "review.html"), "utf8");
    const of = parts.length + 1;
    expect(main).toContain(`this page shows part 1 of ${of}`);
    const names = readdirSync(join(out, "review")).sort();
    expect(names).toEqual(parts.map((p) => reviewPartFile(3, p.part).slice("review/".length)).sort());
    for (const p of parts) expect(main).toContain(`<a href="${reviewPartFile(3, p.part)}">part ${p.part}</a>`);
    const pages = [main, ...parts.map((p) => readFileSync(join(out, reviewPartFile(3, p.part)), "utf8"))];
    // The texts join into the document; each page's records are the annotations of its text.
    expect(pages.map(textOf).join("")).toBe(raw);
    const records = pages.map(recordsOf);
    expect(records.flat()).toEqual(r.annotations);
    pages.forEach((page, i) => {
      const ids = [...page.matchAll(/data-a="3\/(\d+)"/g)].map((m) => Number(m[1]));
      expect(Math.max(...ids)).toBe(records[i]!.length - 1);
      expect(new Set(ids).size).toBe(records[i]!.length);
      expect(page.match(/<script>/g)!.length).toBe(1);
    });
    const last = pages[pages.length - 1]!;
    expect(last).toContain(`lima, part ${of} of ${of}`);
    expect(last).toContain(`<a href="../review.html#doc-3">back to review.html</a>`);
  });
});
