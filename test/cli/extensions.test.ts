/** --data, procmine.config.json and --extractor, through the built binary. */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles, procmine, readJsonl, requireBuild, tempDir } from "./helpers.js";

const TERMS = {
  organizations: [{ name: "Unidad Antipandillas Transnacional", acronyms: ["UAT"], aliases: [], kind: "police", country: "SLV" }],
  threats: { drug_trafficking: ["xylazine trafficking"] },
  countries: { COL: ["Colombie"] },
  nonClaims: ["Form 990"],
};

// A researcher's extractor: a coast guard belongs to the country named last before it.
const EXTRACTOR = `
export default {
  name: "coast-guards",
  version: "1.0.0",
  types: ["organization"],
  requires: ["country"],
  extract(doc, layers) {
    const out = [];
    const re = /\\bcoast guard\\b/gi;
    for (let m; (m = re.exec(doc.text)); ) {
      const before = layers.country.filter((c) => c.end <= m.index);
      const country = before.length ? before[before.length - 1].attrs.iso3 : undefined;
      out.push({ type: "organization", start: m.index, end: m.index + m[0].length, rule: "coast_guard",
        attrs: { name: "Coast Guard", kind: "military", ...(country ? { country } : {}) } });
    }
    return out;
  },
};
`;

let work: string;
beforeAll(() => {
  requireBuild();
  work = tempDir();
  mkdirSync(join(work, "texts"));
  for (let i = 1; i <= 4; i++) {
    writeFileSync(
      join(work, "texts", `talk_${i}.txt`),
      `The Unidad Antipandillas Transnacional (UAT) said xylazine trafficking reached Colombie.\n\n` +
        `Peru's coast guard and the UAT filed Form 990; they seized ${i * 10} tonnes of cocaine.\n`,
    );
  }
  writeFileSync(join(work, "terms.json"), JSON.stringify(TERMS));
  writeFileSync(join(work, "coast.mjs"), EXTRACTOR);
});

const summary = (out: string) =>
  readJsonl(join(out, "annotations.jsonl"))
    .filter((r) => r.doc === "talk_1")
    .map((r) => `${String(r.type)}:${String(r.text)}:${String(r.name ?? r.category ?? r.iso3 ?? r.value)}${r.country ? `/${String(r.country)}` : ""}`);

describe("--data", () => {
  it("adds an organization, a threat term and a country alias, and drops a non-claim", async () => {
    const r = await procmine(["annotate", "texts", "-o", "out", "--data", "terms.json", "-q", "--jobs", "1"], { cwd: work });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const found = summary(join(work, "out"));
    expect(found).toContain("organization:Unidad Antipandillas Transnacional:Unidad Antipandillas Transnacional/SLV");
    expect(found).toContain("organization:UAT:Unidad Antipandillas Transnacional/SLV");
    expect(found).toContain("threat:xylazine trafficking:drug_trafficking");
    expect(found).toContain("country:Colombie:COL");
    expect(found.filter((f) => f.startsWith("numeric_claim"))).toEqual(["numeric_claim:10 tonnes:10"]);
    const manifest = JSON.parse(readFileSync(join(work, "out/manifest.json"), "utf8"));
    expect(manifest.userData).toEqual([{ file: "terms.json", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(manifest.dataFiles.map((d: { file: string }) => d.file)).toContain("terms.json");
  });

  it("reads procmine.config.json from the working folder", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "texts"));
    writeFileSync(join(dir, "texts/a.txt"), "Officials in Colombie met.\n");
    writeFileSync(join(dir, "procmine.config.json"), JSON.stringify({ countries: { COL: ["Colombie"] } }));
    const r = await procmine(["annotate", "texts", "-o", "out", "-q", "--jobs", "1"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readJsonl(join(dir, "out/annotations.jsonl")).map((a) => `${String(a.text)}:${String(a.iso3)}`)).toEqual(["Colombie:COL"]);
    expect(JSON.parse(readFileSync(join(dir, "out/manifest.json"), "utf8")).userData[0].file).toBe("procmine.config.json");
  });

  it("refuses a bad data file with the file, the JSON path and the reason, writing nothing", async () => {
    writeFileSync(join(work, "bad.json"), JSON.stringify({ organizations: [{ name: "X", kind: "police", acronym: ["Y"] }] }));
    const r = await procmine(["annotate", "texts", "-o", "refused", "--data", "bad.json"], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("procmine: bad.json: organizations[0].acronym: unknown key (nothing written)\n");
    expect(listFiles(work).some((f) => f.startsWith("refused"))).toBe(false);
  });
});

describe("--extractor", () => {
  it("runs a user extractor on its layers, the same bytes with --jobs 1 and --jobs 2, recorded in the manifest", async () => {
    const one = await procmine(["annotate", "texts", "-o", "j1", "--extractor", "coast.mjs", "--data", "terms.json", "-q", "--jobs", "1", "-f", "jsonl,csv,json,html"], { cwd: work });
    const two = await procmine(["annotate", "texts", "-o", "j2", "--extractor", "./coast.mjs", "--data", "terms.json", "-q", "--jobs", "2", "-f", "jsonl,csv,json,html"], { cwd: work });
    expect(one.stderr + two.stderr).toBe("");
    expect(summary(join(work, "j1"))).toContain("organization:coast guard:Coast Guard/PER");
    const files = listFiles(join(work, "j1")).filter((f) => f !== "run.json");
    expect(listFiles(join(work, "j2")).filter((f) => f !== "run.json")).toEqual(files);
    for (const f of files) expect(readFileSync(join(work, "j2", f), "utf8"), f).toBe(readFileSync(join(work, "j1", f), "utf8"));
    const manifest = JSON.parse(readFileSync(join(work, "j1/manifest.json"), "utf8"));
    const mine = manifest.extractors.find((e: { name: string }) => e.name === "coast-guards");
    expect(mine).toEqual({ name: "coast-guards", version: "1.0.0", types: ["organization"], requires: ["country"], module: { file: "coast.mjs", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }, dataFiles: [] });
  });

  it("refuses a module that exports no extractor", async () => {
    writeFileSync(join(work, "empty.mjs"), "export const x = 1;\n");
    const r = await procmine(["annotate", "texts", "-o", "refused", "--extractor", "empty.mjs"], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^procmine: empty\.mjs: exports no extractor/);
  });
});

describe("--types and the layers it needs", () => {
  it("an organization-only run lists the same country data files as the full run", async () => {
    await procmine(["annotate", "texts", "-o", "all", "-q", "--jobs", "1"], { cwd: work });
    await procmine(["annotate", "texts", "-o", "orgs", "-q", "--jobs", "1", "--types", "organization"], { cwd: work });
    const countryFiles = (dir: string) =>
      JSON.parse(readFileSync(join(work, dir, "manifest.json"), "utf8"))
        .dataFiles.map((d: { file: string }) => d.file)
        .filter((f: string) => /countries|regions/.test(f));
    expect(countryFiles("orgs")).toEqual(countryFiles("all"));
    expect(countryFiles("all")).toEqual([
      "@procmine/extractors/data/countries-extra.json",
      "@procmine/extractors/data/countries.json",
      "@procmine/extractors/data/regions.json",
    ]);
    // Only organizations are written, though the country layer was read.
    expect(new Set(readJsonl(join(work, "orgs/annotations.jsonl")).map((a) => a.type))).toEqual(new Set(["organization"]));
  });
});
