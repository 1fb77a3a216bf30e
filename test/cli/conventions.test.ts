/** datapackage.json, folder-independent paths, CommonJS require and the pnpm script. */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles, parseCsv, procmine, requireBuild, ROOT, tempDir } from "./helpers.js";

const TEXTS = {
  "lima_2.txt": "Peru and Colombia discussed drug trafficking; 40 tonnes of cocaine were seized.\n",
  "lima_10.txt": "The Colombian Army spoke of money laundering in Ecuador.\n",
};

function folderWithTexts(root: string, sub: string): string {
  const dir = join(root, sub);
  mkdirSync(join(dir, "texts"), { recursive: true });
  for (const [name, text] of Object.entries(TEXTS)) writeFileSync(join(dir, "texts", name), text);
  return dir;
}

beforeAll(requireBuild);

describe("datapackage.json", () => {
  it("describes each CSV with a Table Schema whose fields are the CSV's header, ICCS codes as text", async () => {
    const dir = folderWithTexts(tempDir(), "a");
    expect((await procmine(["annotate", "texts", "-o", "out", "-q", "--jobs", "1"], { cwd: dir })).code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(dir, "out/datapackage.json"), "utf8"));
    expect(pkg.profile).toBe("tabular-data-package");
    for (const res of pkg.resources) {
      const header = parseCsv(readFileSync(join(dir, "out", res.path), "utf8"))[0];
      expect(res.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    }
    const fields = Object.fromEntries(pkg.resources[0].schema.fields.map((f: { name: string; type: string }) => [f.name, f.type]));
    expect(fields).toMatchObject({ iccs: "string", start: "integer", value: "number", text: "string", year: "integer" });
    const rows = parseCsv(readFileSync(join(dir, "out/annotations.csv"), "utf8"));
    expect(rows.map((r) => r[rows[0]!.indexOf("iccs")])).toContain("0601");
  });
});

describe("paths in the dataset", () => {
  it("are relative to the working folder: the same texts in another folder give the same bytes", async () => {
    const root = tempDir();
    const a = folderWithTexts(root, "first");
    const b = folderWithTexts(root, "second/deeper");
    const args = ["-o", "out", "-q", "--jobs", "1", "-f", "jsonl,csv,json,html"];
    expect((await procmine(["annotate", "texts", ...args], { cwd: a })).code).toBe(0);
    // An absolute input inside the working folder is named relative to it too.
    expect((await procmine(["annotate", join(b, "texts"), ...args], { cwd: b })).code).toBe(0);
    const files = listFiles(join(a, "out")).filter((f) => f !== "run.json");
    expect(listFiles(join(b, "out")).filter((f) => f !== "run.json")).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, "out", f), "utf8"), f).toBe(readFileSync(join(a, "out", f), "utf8"));
    const manifest = JSON.parse(readFileSync(join(a, "out/manifest.json"), "utf8"));
    expect(manifest.inputs.map((i: { path: string }) => i.path)).toEqual(["texts/lima_10.txt", "texts/lima_2.txt"]);
    expect(readFileSync(join(a, "out/documents.csv"), "utf8")).not.toContain(root);
  });
});

describe("packaging", () => {
  it("require('@procmine/core') and require('@procmine/extractors') work from CommonJS", () => {
    const script = `
      const { createRequire } = require("node:module");
      const req = createRequire(${JSON.stringify(join(ROOT, "packages/cli/package.json"))});
      const { createPipeline } = req("@procmine/core");
      const { createExtractors } = req("@procmine/extractors");
      const p = createPipeline({ extractors: createExtractors({ data: { countries: { COL: ["Colombie"] } } }) });
      console.log(p.annotate("Colombie and Peru.", { docId: "c" }).annotations.map((a) => a.iso3).join(","));`;
    const r = spawnSync(process.execPath, ["--input-type=commonjs", "-e", script], { encoding: "utf8" });
    expect(r.stderr.replace(/^.*ExperimentalWarning.*\n(.*--trace-warnings.*\n)?/m, "")).toBe("");
    expect(r.stdout.trim()).toBe("COL,PER");
  });

  it("the root package.json runs procmine as `pnpm procmine`", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.procmine).toBe("node packages/cli/dist/bin.js");
    const r = spawnSync(process.execPath, [join(ROOT, pkg.scripts.procmine.split(" ")[1]), "--version"], { cwd: ROOT, encoding: "utf8" });
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
