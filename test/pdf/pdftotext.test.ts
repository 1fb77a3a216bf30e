/**
 * procmine's boxes and pages beside poppler's pdftotext -bbox, an independent reader of the same
 * generated PDF. Skipped, saying so, when pdftotext (poppler-utils) is not installed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createPipeline } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { annotatePdf } from "@procmine/pdf";
import { block, makePdf, wrap, type PageSpec } from "./make-pdf.js";

const hasPdftotext = spawnSync("pdftotext", ["-v"]).status === 0;
if (!hasPdftotext) console.warn("pdftotext (poppler-utils) is not installed: skipping the comparisons with pdftotext");

const TEXT =
  "Officials of Honduras and El Salvador reviewed the seizure of 4.2 tonnes of cocaine by the navy of Colombia, " +
  "and the Organization of American States offered training against money laundering to the police of Panama.";

/** Each record's first box holds pdftotext's box of its first word (`-cropbox`: the page as viewers show it). */
async function expectBoxesAsPdftotext(spec: PageSpec[]): Promise<void> {
  const made = await makePdf(spec);
  const file = join(mkdtempSync(join(tmpdir(), "procmine-pdf-")), "notes.pdf");
  writeFileSync(file, made.bytes);
  const bbox = execFileSync("pdftotext", ["-cropbox", "-bbox", file, "-"], { encoding: "utf8" });
  const pages = bbox.split("<page").slice(1).map((p) =>
    [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), word: m[5]!,
    })),
  );
  const r = await annotatePdf(createPipeline({ extractors: defaultExtractors }), made.bytes, { docId: "notes" });
  expect(r.annotations.length).toBeGreaterThan(5);
  for (const a of r.annotations) {
    const box = a.boxes![0]!;
    const first = a.text.split(/[\s-]/)[0]!;
    const theirs = pages[box.page - 1]!.filter((w) => w.word.startsWith(first));
    const inside = theirs.some((w) => {
      const cx = (w.x0 + w.x1) / 2;
      const cy = (w.y0 + w.y1) / 2;
      return cx >= box.x0 && cx <= box.x1 && cy >= box.y0 && cy <= box.y1;
    });
    expect(inside, `${a.text} ${JSON.stringify(box)}`).toBe(true);
  }
}

describe.skipIf(!hasPdftotext)("boxes beside pdftotext -bbox", () => {
  it("puts each record's first box around pdftotext's box of its first word, on the same page", async () => {
    const left = await wrap(TEXT, 220);
    const right = await wrap(TEXT.replace("Honduras", "Guatemala"), 220);
    await expectBoxesAsPdftotext([{ texts: [{ text: "Regional Security Notes", x: 72, y: 60, size: 16 }] }, { rotate: 90, texts: [...block(left, 72, 100), ...block(right, 320, 100)] }]);
  });

  it("counts from the CropBox's corner on a page a CropBox trims, as viewers show the page", async () => {
    await expectBoxesAsPdftotext([{ crop: 30, texts: block(await wrap(TEXT, 400), 72, 100) }]);
  });
});
