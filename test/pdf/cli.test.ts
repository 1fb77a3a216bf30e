import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AnnotationSchema } from "@procmine/core";
import { procmine, readJsonl, requireBuild, tempDir } from "../cli/helpers.js";
import { block, makePdf, withEncryption, wrap } from "./make-pdf.js";

describe("procmine annotate on PDFs", () => {
  let dir: string;
  beforeAll(async () => {
    requireBuild();
    dir = tempDir();
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    const lines = await wrap("The Organization of American States met in Panama to discuss drug trafficking and the 1,200 officers trained by Colombia.", 200);
    const pages = [{ texts: block(lines, 72, 100) }, { texts: [{ text: "Mexico and Peru signed the accord.", x: 72, y: 100 }] }];
    writeFileSync(join(inputs, "report.pdf"), (await makePdf(pages)).bytes);
    writeFileSync(join(inputs, "single.pdf"), (await makePdf([{ texts: [{ text: "Brazil hosted the talks.", x: 72, y: 100 }] }])).bytes);
    writeFileSync(join(inputs, "locked.pdf"), withEncryption((await makePdf(pages)).bytes));
    writeFileSync(join(inputs, "notes.txt"), "Delegates from Chile spoke about border security.\n");
  });

  it("reads PDFs from a folder, writes their text, boxes every record, and reports a bad PDF", async () => {
    const out = join(dir, "out");
    const r = await procmine(["annotate", join(dir, "in"), "-o", out, "--format", "jsonl,csv,json,html", "--jobs", "1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`procmine: ${join(dir, "in", "locked.pdf")}: encrypted PDF`);
    const text = readFileSync(join(out, "texts", "report.txt"), "utf8");
    const records = readJsonl(join(out, "annotations.jsonl"));
    const fromPdf = records.filter((a) => a.doc === "report");
    expect(fromPdf.length).toBeGreaterThan(4);
    for (const a of fromPdf) {
      expect(AnnotationSchema.safeParse(a).success).toBe(true);
      expect(text.slice(a.start as number, a.end as number)).toBe(a.text);
      expect(a.page).toBe(1 + (text.slice(0, a.start as number).match(/\f/g)?.length ?? 0));
      expect((a.boxes as { page: number }[])[0]!.page).toBe(a.page);
    }
    expect(fromPdf.some((a) => a.page === 2)).toBe(true);
    expect(records.filter((a) => a.doc === "notes").every((a) => a.boxes === undefined)).toBe(true);
    const csv = readFileSync(join(out, "annotations.csv"), "utf8");
    expect(csv.split("\n")[0]!.endsWith(",boxes")).toBe(true);
    expect(csv).toMatch(/,"1:\d+(\.\d+)?,\d+(\.\d+)?,\d+(\.\d+)?,\d+(\.\d+)?"\n/);
    expect(readFileSync(join(out, "review.html"), "utf8")).toContain("boxes: ");
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.outputs.map((o: { file: string }) => o.file)).toContain("texts/report.txt");
    expect(manifest.dependencies["pdfjs-dist"]).toMatch(/^5\./);
    // A PDF's records count its own pages (one page too: no form feed); a one-line text shows none.
    const numbering = Object.fromEntries(manifest.inputs.map((i: { doc: string; pageNumbering?: string }) => [i.doc, i.pageNumbering]));
    expect(numbering).toMatchObject({ report: "physical", single: "physical", notes: "none" });
  });

  it("gives the same bytes whatever the number of jobs", async () => {
    const a = join(dir, "a");
    const b = join(dir, "b");
    await procmine(["annotate", join(dir, "in"), "-o", a, "--jobs", "1"]);
    await procmine(["annotate", join(dir, "in"), "-o", b, "--jobs", "2"]);
    for (const f of ["annotations.jsonl", "annotations.csv", "texts/report.txt", "manifest.json"]) {
      expect(readFileSync(join(a, f), "utf8")).toBe(readFileSync(join(b, f), "utf8"));
    }
  });
});
