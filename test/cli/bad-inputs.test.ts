import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SEEDS, csvObjects, isRoot, listFiles, procmine, readJsonl, requireBuild, startProcmine, tempDir, type Run } from "./helpers.js";

const SEED = join(SEEDS, "south-america-lima-2017.txt");

beforeAll(requireBuild);

/** One folder holding a good document and every kind of bad one. */
function badFolder(): string {
  const dir = tempDir();
  const docs = join(dir, "docs");
  mkdirSync(docs);
  copyFileSync(SEED, join(docs, "good.txt"));
  writeFileSync(join(docs, "empty.txt"), "");
  writeFileSync(join(docs, "blank.txt"), "  \n\n\t\n");
  writeFileSync(join(docs, "binary.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
  writeFileSync(join(docs, "latin1.txt"), Buffer.from("Bogot\xe1 and Asunci\xf3n\n", "latin1"));
  // Unreadable even as root: a symbolic link that points at itself.
  symlinkSync("loop.txt", join(docs, "loop.txt"));
  return dir;
}

describe("bad inputs never lose work", () => {
  let dir: string;
  let run: Run;
  beforeAll(async () => {
    dir = badFolder();
    mkdirSync(join(dir, "no-text"));
    writeFileSync(join(dir, "no-text", "notes.md"), "# notes\n");
    run = await procmine(["annotate", "docs", "missing.txt", "no-text", "nothing/*.txt", "-o", "out", "--jobs", "2"], { cwd: dir });
  });

  it("exits 1 and still annotates the good document", () => {
    expect(run.code).toBe(1);
    const records = readJsonl(join(dir, "out", "annotations.jsonl"));
    expect(records.length).toBeGreaterThan(100);
    expect(new Set(records.map((r) => r.doc))).toEqual(new Set(["good"]));
  });

  it("prints one line per failure, naming the path and the reason", () => {
    const lines = run.stderr.split("\n").filter((l) => l && !/^procmine: \d+ documents/.test(l));
    expect(lines).toEqual([
      "procmine: missing.txt: no such file or directory",
      "procmine: no-text: no .txt or .pdf files in this folder",
      "procmine: nothing/*.txt: no files match this pattern",
      "procmine: docs/binary.txt: binary file (contains NUL bytes)",
      "procmine: docs/blank.txt: no text (only whitespace)",
      "procmine: docs/empty.txt: empty file",
      "procmine: docs/latin1.txt: not valid UTF-8 (byte 6)",
      "procmine: docs/loop.txt: cannot read: too many levels of symbolic links",
    ]);
    expect(run.stderr).toMatch(/^procmine: 6 documents \(5 failed\), \d+ annotations .*, 3 inputs gave no document/m);
  });

  it("records each failed document in documents.csv and the manifest", () => {
    const rows = csvObjects(join(dir, "out", "documents.csv"));
    expect(rows.map((r) => [r.doc, r.error])).toEqual([
      ["binary", "binary file (contains NUL bytes)"],
      ["blank", "no text (only whitespace)"],
      ["empty", "empty file"],
      ["good", ""],
      ["latin1", "not valid UTF-8 (byte 6)"],
      ["loop", "cannot read: too many levels of symbolic links"],
    ]);
    const m = JSON.parse(readFileSync(join(dir, "out", "manifest.json"), "utf8")) as Record<string, any>;
    expect(m.totals).toMatchObject({ documents: 6, failed: 5, problems: 3 });
    expect(m.problems.map((p: { path: string }) => p.path)).toEqual(["missing.txt", "no-text", "nothing/*.txt"]);
  });

  it("leaves no temporary files", () => {
    expect(listFiles(join(dir, "out")).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it.skipIf(isRoot)("reports a file without read permission (skipped as root, who can read it anyway)", async () => {
    const d = tempDir();
    copyFileSync(SEED, join(d, "ok.txt"));
    writeFileSync(join(d, "secret.txt"), "Brazil\n");
    chmodSync(join(d, "secret.txt"), 0o000);
    const r = await procmine(["annotate", d, "-o", join(d, "out"), "-q"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`procmine: ${join(d, "secret.txt")}: cannot read: permission denied`);
  });

  it("a directory named like a text file is searched as a folder, not read as a file", async () => {
    const d = tempDir();
    mkdirSync(join(d, "x.txt"));
    const r = await procmine(["annotate", join(d, "x.txt"), "-o", join(d, "out")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`procmine: ${join(d, "x.txt")}: no .txt or .pdf files in this folder`);
    expect(r.stderr).toContain("nothing to annotate; no output written");
    expect(existsSync(join(d, "out"))).toBe(false);
  });

  it("only bad inputs: exit 1, nothing written", async () => {
    const d = tempDir();
    const r = await procmine(["annotate", "missing.txt", "-o", "out"], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("procmine: missing.txt: no such file or directory\nprocmine: nothing to annotate; no output written\n");
    expect(existsSync(join(d, "out"))).toBe(false);
  });

  it("an out dir that cannot be a folder is reported before any work (exit 1)", async () => {
    const d = tempDir();
    writeFileSync(join(d, "taken"), "a file\n");
    const r = await procmine(["annotate", SEED, "-o", join(d, "taken")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`procmine: ${join(d, "taken")}: cannot write the dataset here: it is a file, not a folder\n`);
  });

  it("two inputs with one doc id stop the run before any work (exit 2)", async () => {
    const d = tempDir();
    mkdirSync(join(d, "a"));
    mkdirSync(join(d, "b"));
    copyFileSync(SEED, join(d, "a", "talk.txt"));
    copyFileSync(SEED, join(d, "b", "talk.txt"));
    const r = await procmine(["annotate", "a", "b", "-o", "out"], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('procmine: duplicate document id "talk": a/talk.txt, b/talk.txt');
    expect(existsSync(join(d, "out"))).toBe(false);
  });

  it("the same file given twice is annotated once", async () => {
    const d = tempDir();
    copyFileSync(SEED, join(d, "talk.txt"));
    const r = await procmine(["annotate", "talk.txt", ".", "./talk.txt", "-o", "out", "-q"], { cwd: d });
    expect(r.code).toBe(0);
    expect(csvObjects(join(d, "out", "documents.csv")).map((x) => x.doc)).toEqual(["talk"]);
  });
});

describe("usage errors exit 2 with a pointer to --help", () => {
  const cases: [string, string[], RegExp][] = [
    ["no inputs", ["annotate", "-o", "out"], /no inputs/],
    ["no out dir", ["annotate", "fixtures/seeds"], /missing -o\/--out/],
    ["unknown type", ["annotate", "fixtures/seeds", "-o", "x", "--types", "country,weather"], /unknown types "weather" \(choose from country, organization, threat, numeric_claim\)/],
    ["unknown format", ["annotate", "fixtures/seeds", "-o", "x", "--format", "xml"], /unknown format "xml"/],
    ["bad jobs", ["annotate", "fixtures/seeds", "-o", "x", "--jobs", "0"], /--jobs must be a whole number/],
    ["unknown option", ["annotate", "fixtures/seeds", "-o", "x", "--fast"], /Unknown option '--fast'/],
    ["unknown command", ["annotat"], /unknown command "annotat"/],
    ["eval without pred", ["eval", "--gold", "fixtures/gold"], /missing --pred/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const r = await procmine(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/Run "procmine (\w+ )?--help" for usage/);
    });
  }
});

describe("an interrupted run never leaves a truncated dataset", () => {
  function bigFolder(n: number): string {
    const d = tempDir();
    mkdirSync(join(d, "in"));
    for (let i = 0; i < n; i++) copyFileSync(SEED, join(d, "in", `doc-${String(i).padStart(3, "0")}.txt`));
    return d;
  }

  it("Ctrl-C (SIGINT): exit 130, previous dataset untouched, temporary files removed", async () => {
    const d = bigFolder(30);
    const first = await procmine(["annotate", SEED, "-o", join(d, "out"), "-q"]);
    expect(first.code).toBe(0);
    const before = readFileSync(join(d, "out", "annotations.jsonl"));
    const { child, done } = startProcmine(["annotate", "in", "-o", "out", "--jobs", "2", "-q"], d);
    // Signalled once the run has begun writing (its handler is in place by then), however loaded the machine.
    for (let i = 0; i < 6000 && !readdirSync(d).some((f) => f.includes(".procmine-new-")); i++) await new Promise((r) => setTimeout(r, 10));
    child.kill("SIGINT");
    const r = await done;
    if (r.code === 0) return; // finished before the signal (very fast machine): nothing to check
    expect(r.code).toBe(130);
    expect(r.stderr).toContain("procmine: interrupted; no output written");
    expect(readFileSync(join(d, "out", "annotations.jsonl")).equals(before)).toBe(true);
    expect(readdirSync(join(d, "out")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // Nothing left beside it either: the unfinished dataset and the lock are gone.
    expect(readdirSync(d).sort()).toEqual(["in", "out"]);
  });
  // kill -9 at random moments: crash.test.ts.
});
