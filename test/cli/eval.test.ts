import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GOLD, hasPython, procmine, readJsonl, requireBuild, tempDir } from "./helpers.js";

/** shared/ sits beside the repository (CI clones main with shared/ next to it). */
const SCORE_PY = join(GOLD, "../../../shared/tools/score.py");
const TYPES = ["country", "organization", "threat", "numeric_claim"] as const;

let dir: string;
let pred: string;
let noisy: string;

/** Predictions with every kind of error: moved spans, wrong attributes, misses, ranges, other docs. */
function perturb(records: Record<string, unknown>[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  records.forEach((r, i) => {
    if (i % 13 === 0) return;
    const p = { ...r };
    if (i % 7 === 0) p.start = (p.start as number) + 2;
    if (i % 11 === 0) Object.assign(p, { iso3: "XXX", category: "fraud", name: "Somebody", value: [1, 2] });
    out.push(p);
  });
  out.push({ doc: "not-in-gold", type: "country", start: 0, end: 4, text: "Peru", iso3: "PER" });
  return out;
}

beforeAll(async () => {
  requireBuild();
  dir = tempDir();
  const r = await procmine(["annotate", "fixtures/seeds", "-o", join(dir, "out"), "-q"]);
  expect(r.code).toBe(0);
  pred = join(dir, "out", "annotations.jsonl");
  noisy = join(dir, "noisy.jsonl");
  writeFileSync(noisy, perturb(readJsonl(pred)).map((x) => JSON.stringify(x)).join("\n") + "\n");
});

async function procmineJson(gold: string, predPath: string, extra: string[] = []) {
  const r = await procmine(["eval", "--gold", gold, "--pred", predPath, "--json", ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { goldDocuments: number; types: Record<string, any> };
}

describe("procmine eval", () => {
  it("scores gold against itself as perfect", async () => {
    const s = await procmineJson(GOLD, GOLD);
    expect(s.goldDocuments).toBe(2);
    for (const t of TYPES) {
      expect(s.types[t].exact.f1).toBe(1);
      expect(s.types[t].overlap.f1).toBe(1);
    }
  });

  it("accepts the out dir as --pred, and prints the table with --show examples", async () => {
    const r = await procmine(["eval", "--gold", GOLD, "--pred", join(dir, "out"), "--show", "3"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^type\s+gold\s+pred \| exact P/);
    for (const t of TYPES) expect(r.stdout).toMatch(new RegExp(`^${t}\\s+\\d+\\s+\\d+ \\|`, "m"));
    const noisyRun = await procmine(["eval", "--gold", GOLD, "--pred", noisy, "--show", "2"]);
    expect(noisyRun.stdout).toMatch(/^MISSED {3}\w+/m);
    expect(noisyRun.stdout).toMatch(/^SPURIOUS \w+/m);
    expect(noisyRun.stdout).toMatch(/^WRONG {4}\w+ .* gold=\{.*\} pred=\{.*\}$/m);
  });

  it("--json --show lists examples; --docs restricts the documents", async () => {
    const s = await procmineJson(GOLD, noisy, ["--show", "2"]);
    expect(s.types.country.examples.missed.length).toBeGreaterThan(0);
    expect(s.types.country.examples.missed.length).toBeLessThanOrEqual(2);
    const one = await procmineJson(GOLD, noisy, ["--docs", "south-america-lima-2017"]);
    expect(one.goldDocuments).toBe(1);
    expect(one.types.country.gold).toBeLessThan(s.types.country.gold);
  });

  it("reports unusable files with the path and exit 1", async () => {
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, '{"doc":"a","type":"country","start":0,"end":1}\n{not json\n');
    const r = await procmine(["eval", "--gold", GOLD, "--pred", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^procmine: ${bad}:2: invalid JSON`));
    const m = await procmine(["eval", "--gold", join(dir, "nope"), "--pred", pred]);
    expect(m.code).toBe(1);
    expect(m.stderr).toBe(`procmine: ${join(dir, "nope")}: no such file or directory\n`);
  });
});

describe.skipIf(!hasPython || !existsSync(SCORE_PY))("procmine eval agrees with shared/tools/score.py", () => {
  const python = (predPath: string, extra: string[] = []) => {
    const r = spawnSync("python3", [SCORE_PY, GOLD, predPath, ...extra], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };

  for (const which of ["pipeline output", "perturbed predictions"]) {
    it(`same numbers on the ${which}`, async () => {
      const path = which === "pipeline output" ? pred : noisy;
      const ours = (await procmineJson(GOLD, path)).types;
      const theirs = JSON.parse(python(path, ["--json"])) as Record<string, Record<string, number | null>>;
      for (const t of TYPES) {
        const o = ours[t];
        const p = theirs[t]!;
        expect([o.gold, o.pred], t).toEqual([p.gold, p.pred]);
        const pairs: [number, number | null][] = [
          [o.exact.precision, p.exact_p!], [o.exact.recall, p.exact_r!], [o.exact.f1, p.exact_f!],
          [o.overlap.precision, p.overlap_p!], [o.overlap.recall, p.overlap_r!], [o.overlap.f1, p.overlap_f!],
        ];
        for (const [a, b] of pairs) expect(a, t).toBeCloseTo(b!, 12);
        if (p.attr_acc === null) expect(o.attributeAccuracy).toBeNull();
        else expect(o.attributeAccuracy, t).toBeCloseTo(p.attr_acc!, 12);
      }
      // The printed tables are the same too.
      const table = (await procmine(["eval", "--gold", GOLD, "--pred", path])).stdout.trim();
      expect(table).toBe(python(path).trim());
    });
  }
});
