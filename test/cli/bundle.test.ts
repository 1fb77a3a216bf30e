/**
 * The built binary runs the CLI bundled in one module and spawns its worker's bundle
 * (packages/cli/scripts/bundle-cli.mjs); `procmine` here runs the same CLI from its modules.
 * Each bundled module must still find its own data files, package and lazy imports (pdfjs-dist).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makePdf } from "../pdf/make-pdf.js";
import { listFiles, procmine, procmineBin, requireBuild, ROOT, tempDir } from "./helpers.js";

const DIST = join(ROOT, "packages/cli/dist");

describe.runIf(existsSync(join(DIST, "procmine.bundle.js")))("the bundled CLI", () => {
  it("is made with its worker's bundle by the build", () => {
    requireBuild();
    expect(existsSync(join(DIST, "worker.bundle.js"))).toBe(true);
  });

  it("writes the same bytes as its modules, text and PDF, in process and in workers", async () => {
    const inputs = tempDir();
    writeFileSync(join(inputs, "note.txt"), "The Navy of Chile said 40 boats were seized in a smuggling case off Peru, the OAS noted.\n");
    writeFileSync(join(inputs, "brief.pdf"), (await makePdf([{ texts: [{ text: "Brazil and the OAS discussed 12 kidnappings.", x: 72, y: 100 }] }])).bytes);
    for (const jobs of ["1", "2"]) {
      const bundled = tempDir();
      const modules = tempDir();
      const args = (out: string) => ["annotate", inputs, "-o", out, "--jobs", jobs, "--format", "jsonl,csv,json,html"];
      const a = procmineBin(args(bundled));
      const b = await procmine(args(modules));
      // The summary line aside (its time and folder differ), the same messages.
      const messages = (stderr: string) => stderr.replace(/, [\d.]+s \(.*$/gm, "");
      expect([a.code, messages(a.stderr)], jobs).toEqual([0, messages(b.stderr)]);
      expect(b.code).toBe(0);
      const files = listFiles(bundled).filter((f) => f !== "run.json");
      expect(files).toEqual(listFiles(modules).filter((f) => f !== "run.json"));
      expect(files).toContain("annotations.jsonl");
      for (const f of files) expect(readFileSync(join(bundled, f)).equals(readFileSync(join(modules, f))), `${f} --jobs ${jobs}`).toBe(true);
      expect(readFileSync(join(bundled, "annotations.jsonl"), "utf8")).toContain('"type":"country"');
    }
  });
});
