/**
 * A run killed at any moment leaves the out dir holding the previous dataset or the new one,
 * complete and consistent with its manifest, never a mix; a later run cleans what it left.
 * The harness kills the real binary (SIGKILL: no handler runs) after random delays, in lanes
 * that run side by side: half the kills anywhere in a run, half within milliseconds of the new
 * dataset's manifest being written (the switch). The recovery of the one instant it can hardly
 * hit (between the two renames of the switch) is checked deterministically below.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { recoverDataset, resolveTarget } from "../../packages/cli/src/outputs/commit.js";
import { BIN, SEEDS, csvObjects, listFiles, readJsonl, requireBuild, tempDir } from "./helpers.js";

beforeAll(requireBuild);

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FORMATS = "jsonl,csv,json,html";
const FOREIGN = "notes.txt";

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(SEEDS, f), "utf8"));

/** Three small documents (`size` characters); variants differ in content (so their manifests differ), not in names. */
function writeBatch(dir: string, variant: number, size = 2_500): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 3; i++) {
    const seed = seeds[i % seeds.length]!;
    const start = (variant * 7000 + i * 3000) % (seed.length - 12_000);
    writeFileSync(join(dir, `doc-${i}.txt`), seed.slice(seed.indexOf("\n", start) + 1, start + size));
  }
}

function start(args: string[], cwd: string) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

/** The input-side fingerprint of a dataset: which files, with which bytes. */
const fingerprint = (m: { inputs: { path: string; sha256?: string }[] }) => m.inputs.map((i) => `${i.path}:${i.sha256}`).join("\n");

/**
 * A complete dataset, consistent with its manifest: every listed output exists with its size and
 * sha256, nothing of procmine's is there unlisted, the foreign file is intact, documents.csv
 * matches the manifest and every annotation's offsets hold against its input.
 */
function checkDataset(out: string, cwd: string): string {
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as {
    inputs: { doc: string; path: string; sha256?: string }[];
    outputs: { file: string; bytes: number; sha256: string }[];
  };
  for (const o of manifest.outputs) {
    const bytes = readFileSync(join(out, o.file));
    expect(bytes.length, o.file).toBe(o.bytes);
    expect(sha256(bytes), o.file).toBe(o.sha256);
  }
  expect(listFiles(out)).toEqual([...manifest.outputs.map((o) => o.file), "manifest.json", "run.json", FOREIGN].sort());
  expect(readFileSync(join(out, FOREIGN), "utf8")).toBe("mine\n");
  const rows = csvObjects(join(out, "documents.csv"));
  expect(rows.map((r) => `${r.path}:${r.sha256}`).join("\n")).toBe(fingerprint(manifest));
  const texts = new Map(manifest.inputs.map((i) => [i.doc, readFileSync(join(cwd, i.path), "utf8")]));
  for (const i of manifest.inputs) expect(sha256(readFileSync(join(cwd, i.path)))).toBe(i.sha256);
  const records = readJsonl(join(out, "annotations.jsonl"));
  expect(records.length).toBeGreaterThan(0);
  for (const a of records) expect(texts.get(a.doc as string)!.slice(a.start as number, a.end as number)).toBe(a.text);
  return fingerprint(manifest);
}

/** What a run leaves beside the out dir while it runs (or after it was killed). */
const leftovers = (cwd: string) => readdirSync(cwd).filter((n) => n.startsWith("out."));

describe("kill -9 at random moments", () => {
  const LANES = 4;
  const KILLS = 5; // per lane: 20 in all

  it("always leaves the previous dataset or the new one; a later run cleans up", async () => {
    const t0 = Date.now();
    // One complete dataset of batch 0, copied into every lane as its previous dataset.
    const base = tempDir();
    writeBatch(join(base, "b0"), 0);
    const first = start(["annotate", "b0", "-o", "out", "--format", FORMATS, "--jobs", "1", "-q"], base);
    const firstRun = await first.done;
    expect(firstRun.code, firstRun.stderr).toBe(0);
    const runMs = Date.now() - t0;
    writeFileSync(join(base, "out", FOREIGN), "mine\n");
    const expected = new Map<string, string>(); // fingerprint -> batch
    expected.set(checkDataset(join(base, "out"), base), "b0");

    let killedMidway = 0;
    let completed = 0;
    const lane = async (n: number) => {
      const d = tempDir();
      cpSync(base, d, { recursive: true });
      writeBatch(join(d, `b${1 + n}`), 1 + n);
      let previous = checkDataset(join(d, "out"), d);
      for (let k = 0; k < KILLS; k++) {
        const batch = k % 2 === 0 ? `b${1 + n}` : "b0";
        const run = start(["annotate", batch, "-o", "out", "--format", FORMATS, "--jobs", "1", "-q"], d);
        if (k % 2 === 1) {
          // At the end, where the new folder is switched in: within milliseconds of its run.json
          // being written (the last file), or of the previous dataset being set aside (foreign
          // files carried over, the previous dataset removed).
          const late = k === 1;
          for (let i = 0; i < 4000 && run.child.exitCode === null; i++) {
            const names = leftovers(d);
            const fresh = names.find((x) => x.startsWith(`out.procmine-new-${run.child.pid}-`));
            if (late && fresh && existsSync(join(d, fresh, "run.json"))) break;
            if (!late && names.some((x) => x.startsWith(`out.procmine-old-${run.child.pid}-`))) break;
            await sleep(1);
          }
          await sleep(Math.random() * (late ? 60 : 5));
        } else {
          // Anywhere from the start to a little past the end of a run.
          await sleep(Math.random() * 1.1 * runMs);
        }
        run.child.kill("SIGKILL");
        const r = await run.done;
        if (r.signal === "SIGKILL") killedMidway++;
        else completed++;
        if (!existsSync(join(d, "out"))) {
          // Killed in the instant between the two renames: both complete datasets are beside it.
          expect(leftovers(d).some((x) => x.includes(".procmine-old-"))).toBe(true);
          expect(leftovers(d).some((x) => x.includes(".procmine-new-"))).toBe(true);
          continue; // the next run finishes the switch
        }
        const now = checkDataset(join(d, "out"), d);
        // The previous dataset, or the complete one of this run's batch.
        expect(now === previous || readFileSync(join(d, "out", "manifest.json"), "utf8").includes(`"${batch}/doc-0.txt"`)).toBe(true);
        previous = now;
      }
      // A later run cleans what the killed ones left beside the out dir.
      const last = start(["annotate", "b0", "-o", "out", "--format", FORMATS, "--jobs", "1", "-q"], d);
      const r = await last.done;
      expect(r.code, r.stderr).toBe(0);
      expect(checkDataset(join(d, "out"), d)).toBe([...expected.keys()][0]);
      expect(leftovers(d)).toEqual([]);
      expect(readdirSync(d).sort()).toEqual(["b0", `b${1 + n}`, "out"]);
    };
    await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
    expect(killedMidway + completed).toBe(LANES * KILLS);
    expect(killedMidway).toBeGreaterThan(LANES * KILLS * 0.3);
  }, 300_000); // 25 runs of the binary: a loaded machine (other test files run beside it) needs the room
});

describe("interruptions with a handler", () => {
  it("a double Ctrl-C exits at once and still removes the unfinished dataset and the lock", async () => {
    const d = tempDir();
    // Long enough that the run is still going between the two Ctrl-Cs.
    writeBatch(join(d, "b0"), 0, 10_000);
    const run = start(["annotate", "b0", "-o", "out", "--format", FORMATS, "--jobs", "1", "-q"], d);
    // Wait for the unfinished dataset: a Ctrl-C before the CLI has loaded (seconds on a loaded
    // machine) meets Node's default handler, which is not what this tests.
    for (let i = 0; i < 4000 && run.child.exitCode === null && !leftovers(d).some((x) => x.includes(".procmine-new-")); i++) await sleep(10);
    expect(leftovers(d).some((x) => x.includes(".procmine-new-"))).toBe(true);
    run.child.kill("SIGINT");
    await sleep(50);
    run.child.kill("SIGINT");
    const r = await run.done;
    expect(r.code).toBe(130);
    expect(readdirSync(d)).toEqual(["b0"]);
  }, 120_000);
});

describe("recovery after a crash in the middle of the switch", () => {
  // A previous dataset (batch 0, with a file of the user's) and a complete new one (batch 1).
  let template: string;
  beforeAll(async () => {
    template = tempDir();
    writeBatch(join(template, "b0"), 0);
    writeBatch(join(template, "b1"), 1);
    const a = start(["annotate", "b0", "-o", "prev", "-q"], template);
    const b = start(["annotate", "b1", "-o", "next", "-q"], template);
    expect((await a.done).code).toBe(0);
    expect((await b.done).code).toBe(0);
    writeFileSync(join(template, "prev", FOREIGN), "mine\n");
  });

  /** The state right after the first rename of the switch: no out dir, both datasets beside it. */
  function betweenRenames(): { d: string; out: string } {
    const d = tempDir();
    cpSync(template, d, { recursive: true });
    renameSync(join(d, "prev"), join(d, "out.procmine-old-77-abcdef01"));
    renameSync(join(d, "next"), join(d, "out.procmine-new-77-abcdef01"));
    return { d, out: join(d, "out") };
  }

  it("the new dataset is switched in, the foreign file moved over, the old one removed", async () => {
    const { d, out } = betweenRenames();
    expect(existsSync(out)).toBe(false);
    await recoverDataset(await resolveTarget(out, d));
    expect(readdirSync(d).sort()).toEqual(["b0", "b1", "out"]);
    expect(readFileSync(join(out, FOREIGN), "utf8")).toBe("mine\n");
    expect(checkDataset(out, d)).toContain("b1/doc-0.txt");
  });

  it("without its new folder, the previous dataset is put back", async () => {
    const { d, out } = betweenRenames();
    cpSync(join(d, "out.procmine-new-77-abcdef01"), join(d, "elsewhere"), { recursive: true });
    renameSync(join(d, "out.procmine-new-77-abcdef01"), join(d, "out.procmine-new-99-00000000"));
    await recoverDataset(await resolveTarget(out, d));
    expect(readdirSync(d).sort()).toEqual(["b0", "b1", "elsewhere", "out"]);
    expect(checkDataset(out, d)).toContain("b0/doc-0.txt");
  });
});
