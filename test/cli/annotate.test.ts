import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AnnotationSchema, ATTRIBUTE_FIELDS, PROVENANCE_FIELDS } from "@procmine/core";
import { csvValue } from "../../packages/cli/src/outputs/csv.js";
import { ROOT, SEEDS, csvObjects, hasPython, listFiles, procmine, readJsonl, requireBuild, tempDir } from "./helpers.js";

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const DOCS = ["central-america-antigua-2017", "south-america-lima-2017"];

let one: string;
let two: string;
let stderrOne: string;

beforeAll(async () => {
  requireBuild();
  one = join(tempDir(), "out");
  two = join(tempDir(), "out");
  const a = await procmine(["annotate", "fixtures/seeds", "-o", one, "--jobs", "1", "--format", "jsonl,csv,json,html"]);
  expect(a.stderr).not.toMatch(/: .*(failed|cannot)/);
  expect(a.code).toBe(0);
  stderrOne = a.stderr;
  const b = await procmine(["annotate", "fixtures/seeds", "-o", two, "--jobs", "2", "--format", "jsonl,csv,json,html"]);
  expect(b.code).toBe(0);
});

describe("procmine annotate on the fixtures", () => {
  it("writes every format, the manifest and run.json, and no temporary files", () => {
    expect(listFiles(one)).toEqual([
      "annotations.csv",
      "annotations.jsonl",
      "datapackage.json",
      "documents.csv",
      ...DOCS.map((d) => `documents/${d}.json`),
      "manifest.json",
      "review.html",
      "run.json",
    ]);
  });

  it("jobs 1 and 2 give byte-identical outputs (all but run.json)", () => {
    const files = listFiles(one).filter((f) => f !== "run.json");
    expect(listFiles(two).filter((f) => f !== "run.json")).toEqual(files);
    for (const f of files) expect(readFileSync(join(two, f)).equals(readFileSync(join(one, f))), f).toBe(true);
    const run = JSON.parse(readFileSync(join(two, "run.json"), "utf8")) as { jobs: number; seconds: number };
    expect(run.jobs).toBe(2);
    expect(run.seconds).toBeGreaterThan(0);
  });

  it("annotations.jsonl holds valid records in input order with exact raw provenance", () => {
    const records = readJsonl(join(one, "annotations.jsonl"));
    expect(records.length).toBeGreaterThan(100);
    const raws = Object.fromEntries(DOCS.map((d) => [d, readFileSync(join(SEEDS, `${d}.txt`), "utf8")]));
    let lastDoc = 0;
    for (const r of records) {
      const parsed = AnnotationSchema.safeParse(r);
      expect(parsed.success, JSON.stringify(r)).toBe(true);
      expect(raws[r.doc as string]!.slice(r.start as number, r.end as number)).toBe(r.text);
      const docIndex = DOCS.indexOf(r.doc as string);
      expect(docIndex).toBeGreaterThanOrEqual(lastDoc);
      lastDoc = docIndex;
    }
    expect(new Set(records.map((r) => r.type))).toEqual(new Set(["country", "organization", "threat", "numeric_claim"]));
  });

  it("annotations.csv has one header and one row per record, with flat columns", () => {
    const records = readJsonl(join(one, "annotations.jsonl"));
    const text = readFileSync(join(one, "annotations.csv"), "utf8");
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const header = text.slice(0, text.indexOf("\n")).split(",");
    expect(header).toEqual([
      "doc", "type", "start", "end", "text",
      ...ATTRIBUTE_FIELDS.flatMap((f) => (f === "value" ? ["value", "value_low", "value_high"] : [f])),
      ...PROVENANCE_FIELDS,
    ]);
    const rows = csvObjects(join(one, "annotations.csv"));
    expect(rows.length).toBe(records.length);
    rows.forEach((row, i) => {
      const r = records[i]!;
      expect(csvValue(row.id!)).toBe(r.id);
      expect(csvValue(row.text!)).toBe(r.text); // line breaks and quotes survive the quoting
      expect(csvValue(row.section!)).toBe(r.section);
      expect(Number(row.start)).toBe(r.start);
      if (r.type === "numeric_claim") {
        const v = r.value as number | [number, number];
        if (Array.isArray(v)) expect([row.value, Number(row.value_low), Number(row.value_high)]).toEqual(["", v[0], v[1]]);
        else expect([Number(row.value), Number(row.value_low), Number(row.value_high)]).toEqual([v, v, v]);
      } else expect(`${row.value}${row.value_low}${row.value_high}`).toBe("");
    });
    expect(rows.some((r) => r.text?.includes("\n"))).toBe(true);
  });

  it.skipIf(!hasPython)("annotations.csv reads with Python's csv module (what pandas and R expect)", () => {
    const script = "import csv,json,sys\nrows=list(csv.DictReader(open(sys.argv[1],encoding='utf-8',newline='')))\nprint(json.dumps([len(rows), rows[0]['doc'], sorted({r['type'] for r in rows})]))";
    const r = spawnSync("python3", ["-c", script, join(one, "annotations.csv")], { encoding: "utf8" });
    const records = readJsonl(join(one, "annotations.jsonl"));
    expect(JSON.parse(r.stdout)).toEqual([records.length, DOCS[0], ["country", "numeric_claim", "organization", "threat"]]);
  });

  it("documents.csv has one row per document with hashes, sizes and counts", () => {
    const rows = csvObjects(join(one, "documents.csv"));
    const records = readJsonl(join(one, "annotations.jsonl"));
    expect(rows.map((r) => r.doc)).toEqual(DOCS);
    for (const row of rows) {
      expect(row.path).toBe(`fixtures/seeds/${row.doc}.txt`);
      expect(row.sha256).toBe(sha256(join(ROOT, row.path!)));
      expect(Number(row.pages)).toBeGreaterThan(1);
      expect(Number(row.sections)).toBeGreaterThan(1);
      expect(row.lang).toBe("en");
      expect(row.paragraph_langs).toMatch(/^en=\d+/);
      expect(row.error).toBe("");
      for (const t of ["country", "organization", "threat", "numeric_claim"]) {
        expect(Number(row[t]), t).toBe(records.filter((r) => r.doc === row.doc && r.type === t).length);
      }
    }
  });

  it("documents.csv and the manifest say which pages a document's `page` counts", async () => {
    const dir = tempDir();
    const para = (k: number) => `The delegation of Alphaborder reviewed the patrols of sector ${k} and agreed to report again.\n`;
    const body = (k: number) => Array.from({ length: 14 }, (_, i) => para(k * 100 + i)).join("");
    // Form feeds: the PDF's own pages; printed numbers alone: the printed pages; neither: no pages.
    writeFileSync(join(dir, "a-feeds.txt"), `${body(1)}\f${body(2)}\f${body(3)}`);
    writeFileSync(join(dir, "b-printed.txt"), `${body(1)}\nPage 1 of 3\n\n${body(2)}\nPage 2 of 3\n\n${body(3)}\nPage 3 of 3\n`);
    writeFileSync(join(dir, "c-unmarked.txt"), `${body(1)}\n${body(2)}`);
    const out = join(dir, "out");
    const r = await procmine(["annotate", dir, "-o", out, "--format", "jsonl,csv"]);
    expect(r.code, r.stderr).toBe(0);
    const rows = csvObjects(join(out, "documents.csv"));
    expect(rows.map((x) => [x.doc, x.pages, x.page_numbering])).toEqual([
      ["a-feeds", "3", "physical"],
      ["b-printed", "3", "printed"],
      ["c-unmarked", "1", "none"],
    ]);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { inputs: { pageNumbering?: string }[] };
    expect(manifest.inputs.map((i) => i.pageNumbering)).toEqual(["physical", "printed", "none"]);
  });

  it("documents/<doc>.json holds the structure and the annotations", () => {
    const records = readJsonl(join(one, "annotations.jsonl"));
    const doc = JSON.parse(readFileSync(join(one, "documents", `${DOCS[1]}.json`), "utf8")) as Record<string, any>;
    expect(doc.doc).toBe(DOCS[1]);
    expect(doc.structure.doc).toBe(DOCS[1]);
    expect(doc.structure.pages.length).toBeGreaterThan(1);
    expect(doc.structure.sections.length).toBeGreaterThan(1);
    expect(doc.annotations).toEqual(records.filter((r) => r.doc === DOCS[1]));
  });

  it("manifest.json names versions, hashes every data file and input, and lists the outputs", () => {
    const m = JSON.parse(readFileSync(join(one, "manifest.json"), "utf8")) as Record<string, any>;
    expect(m.procmine.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(m.extractors.map((e: { name: string }) => e.name).length).toBeGreaterThanOrEqual(4);
    for (const e of m.extractors) expect(e.version).toMatch(/^\d+\.\d+\.\d+/);
    const files = m.dataFiles.map((d: { file: string }) => d.file) as string[];
    expect(files).toContain("@procmine/core/data/layout.json");
    for (const d of m.dataFiles as { file: string; sha256: string }[]) {
      const [scope, pkg, ...rest] = d.file.split("/");
      const path = join(ROOT, "packages", pkg!, ...rest);
      expect(scope).toBe("@procmine");
      expect(d.sha256, d.file).toBe(sha256(path));
    }
    expect(m.options).toEqual({ types: ["country", "organization", "threat", "numeric_claim"], formats: ["jsonl", "csv", "json", "html"] });
    expect(m.inputs.map((i: { doc: string }) => i.doc)).toEqual(DOCS);
    expect(m.inputs[0].sha256).toBe(sha256(join(SEEDS, `${DOCS[0]}.txt`)));
    expect(m.totals.documents).toBe(2);
    expect(m.totals.failed).toBe(0);
    for (const o of m.outputs as { file: string; sha256: string; bytes: number }[]) {
      expect(o.sha256, o.file).toBe(sha256(join(one, o.file)));
    }
    expect(JSON.stringify(m)).not.toMatch(/seconds|started|finished/);
  });

  it("prints a summary line", () => {
    expect(stderrOne).toMatch(/^procmine: 2 documents, \d+ annotations \(country \d+, organization \d+, threat \d+, numeric_claim \d+\), (?:\d+m)?[\d.]+s/m);
  });
});

describe("procmine annotate options", () => {
  it("--types keeps only the chosen types; default formats are jsonl and csv; --quiet prints nothing", async () => {
    const out = join(tempDir(), "out");
    const r = await procmine(["annotate", join(SEEDS, `${DOCS[0]}.txt`), "-o", out, "--types", "country,threat", "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(listFiles(out)).toEqual(["annotations.csv", "annotations.jsonl", "datapackage.json", "documents.csv", "manifest.json", "run.json"]);
    const types = new Set(readJsonl(join(out, "annotations.jsonl")).map((a) => a.type));
    expect(types).toEqual(new Set(["country", "threat"]));
    const doc = csvObjects(join(out, "documents.csv"))[0]!;
    expect(doc.organization).toBe("");
    expect(Number(doc.country)).toBeGreaterThan(0);
    const m = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as Record<string, any>;
    // The manifest lists every extractor that ran: organizations runs for the layer threats read
    // (a group's name in text without capitals), its records not written.
    expect(m.extractors.flatMap((e: { types: string[] }) => e.types).sort()).toEqual(["country", "organization", "threat"]);
  });

  it('"-" reads standard input as doc "stdin"', async () => {
    const out = join(tempDir(), "out");
    const text = "Brazil and Peru signed an agreement against drug trafficking with the OAS.\n";
    const r = await procmine(["annotate", "-", "-o", out], { input: text });
    expect(r.code).toBe(0);
    const records = readJsonl(join(out, "annotations.jsonl"));
    expect(records.length).toBeGreaterThan(0);
    for (const a of records) {
      expect(a.doc).toBe("stdin");
      expect(text.slice(a.start as number, a.end as number)).toBe(a.text);
    }
    // "-" would start a formula in a spreadsheet: written as '- (csvValue gives "-" back).
    expect(csvObjects(join(out, "documents.csv"))[0]).toMatchObject({ doc: "stdin", path: "'-" });
    expect(csvValue(csvObjects(join(out, "documents.csv"))[0]!.path!)).toBe("-");
  });

  it("accepts globs the shell did not expand, and sorts inputs by doc id", async () => {
    const out = join(tempDir(), "out");
    const r = await procmine(["annotate", "fixtures/seeds/south-*.txt", "fixtures/seeds/central-*.txt", "-o", out, "-q"]);
    expect(r.code).toBe(0);
    expect(csvObjects(join(out, "documents.csv")).map((d) => d.doc)).toEqual(DOCS);
  });

  it("a rerun into the same out dir replaces the dataset with identical bytes", async () => {
    const files = listFiles(one).filter((f) => f !== "run.json");
    const r = await procmine(["annotate", "fixtures/seeds", "-o", one, "--jobs", "2", "--format", "html,json,csv,jsonl", "-q"]);
    expect(r.code).toBe(0);
    expect(listFiles(one)).toEqual(listFiles(two));
    for (const f of files) expect(readFileSync(join(one, f)).equals(readFileSync(join(two, f))), f).toBe(true);
    expect(existsSync(join(one, "run.json"))).toBe(true);
  });
});

describe("a rerun that writes less", () => {
  it("removes the files the previous manifest listed and this run did not write, and nothing else", async () => {
    const out = join(tempDir(), "out");
    expect((await procmine(["annotate", "fixtures/seeds", "-o", out, "--format", "jsonl,csv,json", "-q"])).code).toBe(0);
    writeFileSync(join(out, "notes.txt"), "the analyst's own file\n");
    expect(listFiles(out)).toContain("documents/central-america-antigua-2017.json");
    const r = await procmine(["annotate", "fixtures/seeds/south-america-lima-2017.txt", "-o", out, "--format", "jsonl,json", "-q"]);
    expect(r.code).toBe(0);
    expect(listFiles(out).sort()).toEqual(
      ["annotations.jsonl", "datapackage.json", "documents.csv", "documents/south-america-lima-2017.json", "manifest.json", "notes.txt", "run.json"].sort(),
    );
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { outputs: { file: string }[] };
    expect(manifest.outputs.map((o) => o.file).sort()).toEqual(["annotations.jsonl", "datapackage.json", "documents.csv", "documents/south-america-lima-2017.json"]);
  });
});

describe("a document longer than one window (core's annotateStream)", () => {
  it("keeps exact whole-document offsets, pages and counts", async () => {
    const d = tempDir();
    const seed = readFileSync(join(SEEDS, `${DOCS[1]}.txt`), "utf8");
    const copies = 20; // about 1.2 million characters: more than one 1,000,000-character window
    const raw = `${seed}\n\n`.repeat(copies);
    writeFileSync(join(d, "long.txt"), raw);
    const out = join(d, "out");
    const r = await procmine(["annotate", join(d, "long.txt"), "-o", out, "--format", "jsonl,json", "-q"]);
    expect(r.code, r.stderr).toBe(0);
    const records = readJsonl(join(out, "annotations.jsonl"));
    for (const a of records) expect(raw.slice(a.start as number, a.end as number)).toBe(a.text);
    const single = readJsonl(join(one, "annotations.jsonl")).filter((a) => a.doc === DOCS[1]).length;
    expect(records.length).toBe(single * copies);
    const doc = JSON.parse(readFileSync(join(out, "documents", "long.json"), "utf8")) as Record<string, any>;
    expect(doc.characters).toBe(raw.length);
    const pages = doc.structure.pages as { page: number; start: number; end: number }[];
    expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => i + 1));
    expect(pages.at(-1)!.end).toBe(raw.length);
    expect(Math.max(...records.map((a) => a.page as number))).toBeLessThanOrEqual(pages.length);
    const row = csvObjects(join(out, "documents.csv"))[0]!;
    expect(Number(row.pages)).toBe(pages.length);
  });
});
