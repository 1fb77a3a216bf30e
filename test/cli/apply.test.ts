/** procmine apply without a browser: the corrected records, derived codes, and refusals. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles, procmine, readJsonl, requireBuild, tempDir } from "./helpers.js";

const TEXT = "Ministers from Chile met in Lima. They spoke of drug trafficking and kidnapping in the region.\n";
let dir: string;
let records: Record<string, unknown>[];
const threats = JSON.parse(readFileSync(new URL("../../packages/extractors/data/threats.json", import.meta.url), "utf8")) as { categories: { id: string; iccs: string }[] };
const iccs = (category: string) => threats.categories.find((c) => c.id === category)!.iccs;

beforeAll(async () => {
  requireBuild();
  dir = tempDir();
  mkdirSync(join(dir, "texts"));
  writeFileSync(join(dir, "texts/ministers.txt"), TEXT);
  expect((await procmine(["annotate", "texts", "-o", "dataset", "-q", "--jobs", "1", "-f", "jsonl,brat"], { cwd: dir })).code).toBe(0);
  records = readJsonl(join(dir, "dataset/annotations.jsonl"));
});

const write = (name: string, lines: unknown[]) => writeFileSync(join(dir, name), lines.map((l) => JSON.stringify(l) + "\n").join(""));

describe("procmine apply", () => {
  it("changes a threat's category with its ICCS code, and a type, in the dataset's formats", async () => {
    const drugs = records.find((r) => r.text === "drug trafficking")!;
    const chile = records.find((r) => r.text === "Chile")!;
    // As review.html sends an edit: the form's fields, the old iccs still in its box.
    write("c1.jsonl", [
      { ...chile, type: "organization", name: "Chile", iso3: undefined, status: "edited" },
      { ...drugs, category: "arms_trafficking", status: "edited" },
    ]);
    const r = await procmine(["apply", "dataset", "c1.jsonl", "-o", "fixed"], { cwd: dir });
    expect(r.stderr).toMatch(/0 accepted, 0 rejected, 2 edited, 0 added/);
    const fixed = readJsonl(join(dir, "fixed/annotations.jsonl"));
    expect(fixed.find((x) => x.text === "drug trafficking")).toMatchObject({ category: "arms_trafficking", iccs: iccs("arms_trafficking"), rule: drugs.rule });
    const org = fixed.find((x) => x.text === "Chile")!;
    expect(org).toMatchObject({ type: "organization", name: "Chile", id: `ministers:organization:${String(chile.start)}-${String(chile.end)}` });
    expect(org).not.toHaveProperty("iso3");
    expect(listFiles(join(dir, "fixed")).filter((f) => f.startsWith("brat/"))).toEqual(["brat/annotation.conf", "brat/ministers.ann", "brat/ministers.txt"]);
  });

  it("finds the texts in another folder with --texts", async () => {
    const elsewhere = tempDir();
    const r = await procmine(["apply", join(dir, "dataset"), join(dir, "c1.jsonl"), "-o", "fixed", "--texts", join(dir, "texts")], { cwd: elsewhere });
    expect(r.code).toBe(0);
    expect(readFileSync(join(elsewhere, "fixed/annotations.jsonl"), "utf8")).toBe(readFileSync(join(dir, "fixed/annotations.jsonl"), "utf8"));
    const lost = await procmine(["apply", join(dir, "dataset"), join(dir, "c1.jsonl"), "-o", "lost"], { cwd: elsewhere });
    expect(lost.code).toBe(1);
    expect(lost.stderr).toBe("procmine: texts/ministers.txt: cannot read this input of the dataset (run apply where annotate ran, or give --texts <dir>) (nothing written)\n");
  });

  it("refuses corrections that do not fit the dataset, naming the line, and writes nothing", async () => {
    const lima = records.find((r) => r.text === "Lima");
    expect(lima).toBeUndefined(); // a city, not a country: the reviewer may add what the dataset lacks
    const cases: [unknown, RegExp][] = [
      [{ ...records[0], id: "ministers:country:0-1", status: "rejected" }, /^procmine: c2\.jsonl:1: no record "ministers:country:0-1" in the dataset/],
      [{ doc: "ministers", type: "country", start: 0, end: 5, text: "Lima!", iso3: "PER", status: "added" }, /^procmine: c2\.jsonl:1: text "Lima!" is not at \[0, 5\)/],
      [{ doc: "ministers", type: "country", start: 28, end: 32, text: "Lima", status: "added" }, /^procmine: c2\.jsonl:1: bad country attributes: iso3: /],
      [{ ...records[0], status: "approved" }, /^procmine: c2\.jsonl:1: status: /],
    ];
    for (const [line, message] of cases) {
      write("c2.jsonl", [line]);
      const r = await procmine(["apply", "dataset", "c2.jsonl", "-o", "refused"], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(listFiles(dir).some((f) => f.startsWith("refused/") && !f.includes(".tmp"))).toBe(false);
    }
  });
});
