import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPipeline } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { AtomicFile, commitAll } from "../../packages/cli/src/outputs/atomic.js";
import { DocumentRenderer } from "../../packages/cli/src/outputs/render.js";
import type { Format } from "../../packages/cli/src/formats.js";
import { SEEDS } from "./helpers.js";

// A huge document's outputs go to spool files window by window; what reaches the dataset must be
// byte for byte what the in-memory rendering gives.

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), "procmine-spool-test-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const formats: Format[] = ["jsonl", "csv", "json"];
const config = { formats, types: ["country", "organization", "threat", "numeric_claim"] as const };

async function render(spoolDir: string | undefined, spoolAfter: number, out: string): Promise<Record<string, string>> {
  const raw = readFileSync(join(SEEDS, "south-america-lima-2017.txt"));
  const pipeline = createPipeline({ extractors: defaultExtractors });
  const renderer = new DocumentRenderer({ ...config, types: [...config.types] }, spoolDir, 0, spoolAfter);
  let characters = 0;
  // Small windows, so the document arrives in many parts as a long one would.
  for (const { document, annotations } of pipeline.annotateStream(raw, { docId: "lima", windowSize: 8000 })) {
    await renderer.window(annotations);
    characters += document.raw.length;
  }
  const info = { index: 0, doc: "lima", path: "lima.txt", sha256: "x", bytes: raw.length, characters, pages: 1, sections: 0, counts: { country: 0, organization: 0, threat: 0, numeric_claim: 0 } };
  const rendered = renderer.finish(info, { raw: "", summary: undefined });
  const texts: Record<string, string> = {};
  texts.spooled = String(formats.every((f) => rendered[f]!.some((piece) => typeof piece !== "string")));
  for (const f of formats) {
    const file = await AtomicFile.create(out, `${f}.out`);
    await file.writePieces(rendered[f]);
    await commitAll([file]);
    texts[f] = readFileSync(join(out, `${f}.out`), "utf8");
  }
  return texts;
}

describe("spooled document outputs", () => {
  it("are byte-identical to the in-memory ones, and the spool files are removed once copied", async () => {
    const inMemory = await render(undefined, Infinity, temp());
    const spoolDir = temp();
    const spooled = await render(spoolDir, 1000, temp());
    expect(inMemory.jsonl!.split("\n").length).toBeGreaterThan(100);
    expect(inMemory.spooled).toBe("false");
    expect(spooled.spooled).toBe("true");
    expect({ ...spooled, spooled: "" }).toEqual({ ...inMemory, spooled: "" });
    expect(JSON.parse(spooled.json!).annotations.length).toBe(inMemory.jsonl!.trim().split("\n").length);
    expect(readdirSync(spoolDir)).toEqual([]);
  });
});

describe("output files of a discarded dataset", () => {
  it("never make the removed dataset folder again (a file opened as a Ctrl-C removes it)", async () => {
    const parent = mkdtempSync(join(tmpdir(), "procmine-atomic-"));
    const out = join(parent, "out.procmine-new-test");
    await expect(AtomicFile.create(out, "texts/doc.txt")).rejects.toMatchObject({ code: "ENOENT" });
    expect(readdirSync(parent)).toEqual([]);
    rmSync(parent, { recursive: true, force: true });
  });

  it("make the folders below the dataset folder one level at a time", async () => {
    const out = mkdtempSync(join(tmpdir(), "procmine-atomic-"));
    const file = await AtomicFile.create(out, "texts/deeper/doc.txt");
    await file.write("x");
    await commitAll([file]);
    expect(readFileSync(join(out, "texts", "deeper", "doc.txt"), "utf8")).toBe("x");
    rmSync(out, { recursive: true, force: true });
  });
});
