/**
 * Hostile and broken input on the command line (issue #13, CLI side): every case on generated
 * inputs in temp folders (removed afterwards), each run bounded in time. What a crash leaves
 * behind is in crash.test.ts.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, hostname } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { describeFsError } from "../../packages/cli/src/cli.js";
import { csvValue } from "../../packages/cli/src/outputs/csv.js";
import { AtomicFile } from "../../packages/cli/src/outputs/atomic.js";
import { BIN, csvObjects, listFiles, parseCsv, procmine, readJsonl, requireBuild, tempDir, type Run } from "./helpers.js";

beforeAll(requireBuild);

const sha256 = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");
const isLinux = process.platform === "linux";

/** Run the built CLI in this process (several runs may overlap). */
const run = (args: string[], opts: { cwd: string; stdin?: Readable }): Promise<Run> => procmine(args, { cwd: opts.cwd, ...(opts.stdin ? { input: opts.stdin } : {}) });

/** Every annotation of a dataset points at its text in the input it names. */
function offsetsHold(out: string, cwd: string): void {
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { inputs: { doc: string; path: string; encoding?: string }[] };
  const texts = new Map<string, string>();
  for (const i of manifest.inputs) {
    if (!i.encoding) continue;
    const bytes = readFileSync(join(cwd, i.path));
    const text = i.encoding === "utf-8" ? bytes.toString("utf8") : new TextDecoder(i.encoding, { ignoreBOM: true }).decode(bytes);
    texts.set(i.doc, text);
  }
  for (const a of readJsonl(join(out, "annotations.jsonl"))) {
    expect(texts.get(a.doc as string)!.slice(a.start as number, a.end as number), JSON.stringify(a)).toBe(a.text);
  }
}

describe("hostile file names", () => {
  // One folder of documents whose names are hostile in every way at once, annotated twice.
  const names = {
    backslash: "a\\b",
    formula: "=SUM(1,2)",
    plus: "+plus",
    minus: "-minus",
    at: "@at",
    tab: "\ttab",
    cr: "\rcr",
    html: "<img src=x onerror=alert(1)>",
    long249: "n".repeat(245),
    long255: "m".repeat(251),
    multibyteLong: "é".repeat(125),
  };
  let dir: string;
  let first: Run;
  let second: Run;

  beforeAll(async () => {
    dir = tempDir();
    mkdirSync(join(dir, "in"));
    for (const name of Object.values(names)) writeFileSync(join(dir, "in", `${name}.txt`), "Brazil and Peru met the OAS about drug trafficking.\n");
    // A line a spreadsheet would run: a heading opens with a letter, a figure or an opening mark,
    // so it names no section, and its text cells are neutralized like any other.
    writeFileSync(join(dir, "in", "heading.txt"), "=1+1 DAY ONE\n\nBrazil and Peru met in Lima to discuss drug trafficking with the OAS.\n");
    writeFileSync(join(dir, "in", "negative.txt"), "The budget fell to -5 million dollars in Chile.\n");
    first = await run(["annotate", "in", "-o", "out", "--format", "jsonl,csv,json,html"], { cwd: dir });
    second = await run(["annotate", "in", "-o", "out", "--format", "jsonl,csv,json,html", "-q"], { cwd: dir });
  });

  it("a 249- and a 255-character file name are annotated; the second's JSON gets a shortened name", () => {
    expect(first.code, first.stderr).toBe(0);
    const docs = csvObjects(join(dir, "out", "documents.csv")).map((r) => csvValue(r.doc!));
    expect(docs).toEqual(expect.arrayContaining([names.long249, names.long255, names.multibyteLong]));
    const json = readdirSync(join(dir, "out", "documents"));
    expect(json).toContain(`${names.long249}.json`);
    expect(json).toContain(`${names.multibyteLong}.json`);
    const long = json.find((f) => f.startsWith("mmm"))!;
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(255);
    expect(long).toMatch(/^m+~[0-9a-f]{12}\.json$/);
    expect(JSON.parse(readFileSync(join(dir, "out", "documents", long), "utf8")).doc).toBe(names.long255);
  });

  it("a backslash stays part of the name: the manifest lists it as is and a rerun keeps its own manifest", () => {
    expect(second.code, second.stderr).toBe(0);
    const m = JSON.parse(readFileSync(join(dir, "out", "manifest.json"), "utf8")) as { outputs: { file: string; sha256: string }[] };
    expect(m.outputs.map((o) => o.file)).toContain("documents/a\\b.json");
    expect(existsSync(join(dir, "out", "documents", "a\\b.json"))).toBe(true);
    for (const o of m.outputs) expect(sha256(readFileSync(join(dir, "out", o.file))), o.file).toBe(o.sha256);
    // The same bytes as the first run (run.json aside).
    expect(listFiles(join(dir, "out")).filter((f) => f !== "run.json")).toEqual(
      [...m.outputs.map((o) => o.file), "manifest.json"].sort(),
    );
  });

  it("CSV: text cells that would start a formula get a leading ', numbers stay numbers, JSONL keeps the raw value", () => {
    // A cell may start with a formula character only when it is a number (a negative value).
    const formulaStart = /^[=+\-@\t\r]/;
    for (const file of ["annotations.csv", "documents.csv"]) {
      for (const row of parseCsv(readFileSync(join(dir, "out", file), "utf8")).slice(1)) {
        for (const cell of row) if (formulaStart.test(cell)) expect(Number.isFinite(Number(cell)), `${file}: ${JSON.stringify(cell)}`).toBe(true);
      }
    }
    const records = readJsonl(join(dir, "out", "annotations.jsonl"));
    const csv = csvObjects(join(dir, "out", "annotations.csv"));
    expect(csv.length).toBe(records.length);
    csv.forEach((row, i) => {
      const r = records[i]!;
      // Undoing the neutralization gives the JSONL value back, for every text column.
      for (const col of ["doc", "id", "text", "section"]) expect(csvValue(row[col]!), col).toBe(r[col]);
    });
    expect(csv.some((r) => r.doc === `'${names.formula}`)).toBe(true);
    expect(csv.some((r) => r.doc === `'${names.tab}`)).toBe(true);
    expect(csv.some((r) => r.doc === `'${names.cr}`)).toBe(true);
    const heading = csv.filter((r) => csvValue(r.doc!) === "heading");
    expect(heading.length).toBeGreaterThan(0);
    expect(heading.every((r) => r.section === "")).toBe(true);
    const docs = csvObjects(join(dir, "out", "documents.csv"));
    expect(docs.find((r) => csvValue(r.doc!) === names.minus)!.path).toBe(`in/${names.minus}.txt`);
    // Numbers are never quoted: start, end and counts parse as numbers.
    for (const row of csv) expect(Number.isInteger(Number(row.start))).toBe(true);
    for (const row of docs) expect(Number(row.bytes)).toBeGreaterThan(0);
    records.forEach((r, i) => {
      if (typeof r.value === "number") expect(Number(csv[i]!.value)).toBe(r.value);
    });
  });

  it("the review page runs no script from a file name", () => {
    const html = readFileSync(join(dir, "out", "review.html"), "utf8");
    expect(html).not.toContain("<img");
    expect(html).toContain("&#60;img src=x onerror=alert(1)&#62;");
    expect(html.match(/<script>/g)!.length).toBe(1);
  });

  it("offsets hold on every record", () => offsetsHold(join(dir, "out"), dir));
});

describe.concurrent("inputs that are not regular files, and standard input", { timeout: 120_000 }, () => {
  it.skipIf(!isLinux)("a FIFO and a device are reported and skipped at once; the rest is annotated", async ({ expect }) => {
    const d = tempDir();
    writeFileSync(join(d, "ok.txt"), "Brazil and Peru.\n");
    spawnSync("mkfifo", [join(d, "p.txt")]);
    mkdirSync(join(d, "folder"));
    spawnSync("mkfifo", [join(d, "folder", "q.txt")]);
    symlinkSync("/dev/zero", join(d, "folder", "zero.txt"));
    const r = await run(["annotate", "p.txt", "/dev/zero", "folder", "ok.txt", "-o", "out"], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("procmine: p.txt: not a regular file (a FIFO); only regular files are read\n");
    expect(r.stderr).toContain("procmine: /dev/zero: not a regular file (a character device); only regular files are read\n");
    expect(r.stderr).toContain("procmine: folder/q.txt: not a regular file (a FIFO)");
    expect(r.stderr).toContain("procmine: folder/zero.txt: not a regular file (a character device)");
    expect(csvObjects(join(d, "out", "documents.csv")).map((x) => x.doc)).toEqual(["ok"]);
  });

  it.skipIf(!isLinux)("standard input from /dev/zero stops at --max-stdin; that document fails, the others are annotated", async ({ expect }) => {
    const d = tempDir();
    writeFileSync(join(d, "ok.txt"), "Brazil and Peru.\n");
    const zero = createReadStream("/dev/zero");
    try {
      const r = await run(["annotate", "-", "ok.txt", "-o", "out", "--max-stdin", "2M"], { cwd: d, stdin: zero });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("procmine: standard input: larger than 2 MiB (--max-stdin)");
      const rows = csvObjects(join(d, "out", "documents.csv"));
      expect(rows.map((x) => [x.doc, x.error])).toEqual([
        ["ok", ""],
        ["stdin", "larger than 2 MiB (--max-stdin); save it to a file and name the file, or raise --max-stdin"],
      ]);
    } finally {
      zero.destroy();
    }
  });

  it("SIGTERM while standard input never ends: exits at once, writes nothing", async ({ expect }) => {
    const d = tempDir();
    const child = spawn(process.execPath, [BIN, "annotate", "-", "-o", "out"], { cwd: d, stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.stdin.write("Brazil and Peru. ");
    // Wait until it holds the lock (it then waits on standard input), then ask it to stop.
    for (let i = 0; i < 200 && !existsSync(join(d, "out.procmine-lock")); i++) await new Promise((r) => setTimeout(r, 25));
    const t0 = Date.now();
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(code).toBe(130);
    expect(stderr).toContain("procmine: interrupted; no output written");
    expect(readdirSync(d)).toEqual([]);
  });

  it("--max-stdin takes a size", async ({ expect }) => {
    const r = await run(["annotate", "-", "-o", "x", "--max-stdin", "lots"], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-stdin must be a size such as 512K, 100M or 2G, not "lots"/);
  });
});

describe("encodings", () => {
  const text = "Brazil and Perú signed with the OAS 😀 against drug trafficking in Chile.\n";
  let d: string;
  let r: Run;
  beforeAll(async () => {
    d = tempDir();
    const inDir = join(d, "in");
    mkdirSync(inDir);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(join(inDir, "le.txt"), le);
    writeFileSync(join(inDir, "be.txt"), be);
    writeFileSync(join(inDir, "nobom.txt"), Buffer.from(text, "utf16le"));
    writeFileSync(join(inDir, "utf32.txt"), Buffer.from([0xff, 0xfe, 0, 0, 0x42, 0, 0, 0]));
    writeFileSync(join(inDir, "lone.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Peru ", "utf16le"), Buffer.from([0x00, 0xd8]), Buffer.from("x", "utf16le")]));
    writeFileSync(join(inDir, "utf8.txt"), `\uFEFF${text}`);
    r = await run(["annotate", "in", "-o", "out"], { cwd: d });
  });

  it("UTF-16 with a BOM (both byte orders) is decoded; offsets index the decoded text, BOM included", () => {
    const out = join(d, "out");
    const records = readJsonl(join(out, "annotations.jsonl"));
    const decoded = `\uFEFF${text}`;
    for (const doc of ["le", "be", "utf8"]) {
      const mine = records.filter((a) => a.doc === doc);
      expect(mine.map((a) => a.text)).toEqual(["Brazil", "Perú", "OAS", "drug trafficking", "Chile"]);
      for (const a of mine) expect(decoded.slice(a.start as number, a.end as number)).toBe(a.text);
    }
    // The three encodings give the same annotations, offsets included.
    const strip = (doc: string) => records.filter((a) => a.doc === doc).map((a) => ({ ...a, doc: "", id: "" }));
    expect(strip("le")).toEqual(strip("utf8"));
    expect(strip("be")).toEqual(strip("utf8"));
  });

  it("records the encoding in documents.csv and the manifest; names it when it cannot be read", () => {
    expect(r.code).toBe(1);
    const out = join(d, "out");
    const rows = Object.fromEntries(csvObjects(join(out, "documents.csv")).map((x) => [x.doc, x]));
    expect(rows.le!.encoding).toBe("utf-16le");
    expect(rows.be!.encoding).toBe("utf-16be");
    expect(rows.utf8!.encoding).toBe("utf-8");
    expect(Number(rows.le!.characters)).toBe(text.length + 1);
    expect(rows.nobom!.error).toBe("UTF-16LE text without a byte-order mark (convert it to UTF-8, or save it with a BOM)");
    expect(rows.utf32!.error).toBe("UTF-32LE text is not supported (convert it to UTF-8)");
    expect(rows.lone!.error).toBe("not valid UTF-16LE (byte 12)");
    const m = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { inputs: { doc: string; encoding?: string }[] };
    expect(Object.fromEntries(m.inputs.map((i) => [i.doc, i.encoding]))).toMatchObject({ le: "utf-16le", be: "utf-16be", utf8: "utf-8" });
  });
});

describe.concurrent("command line mistakes and messages", { timeout: 120_000 }, () => {
  it("an invalid glob is one line, not a stack trace", async ({ expect }) => {
    const d = tempDir();
    writeFileSync(join(d, "ok.txt"), "Peru.\n");
    const r = await run(["annotate", "docs/[z-a].txt", "{a,b.txt", "ok.txt", "-o", "out", "-q"], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("procmine: docs/[z-a].txt: invalid pattern: range out of order in [z-a]\nprocmine: {a,b.txt: invalid pattern: a { is not closed\n");
  });

  it("--jobs is capped at the cores", async ({ expect }) => {
    const d = tempDir();
    mkdirSync(join(d, "in"));
    for (let i = 0; i < 6; i++) writeFileSync(join(d, "in", `d${i}.txt`), "Peru and Chile.\n");
    const r = await run(["annotate", "in", "-o", "out", "--jobs", "64", "-q"], { cwd: d });
    expect(r.code).toBe(0);
    const runJson = JSON.parse(readFileSync(join(d, "out", "run.json"), "utf8")) as { jobs: number };
    expect(runJson.jobs).toBe(Math.min(availableParallelism(), 6));
  });

  it("control characters in file names are escaped in messages, never sent to the terminal", async ({ expect }) => {
    const d = tempDir();
    const evil = "bad\u001b]0;pwned\u0007\nprocmine: forged\u202e.txt";
    mkdirSync(join(d, "in"));
    writeFileSync(join(d, "in", evil), "");
    writeFileSync(join(d, "in", "ok.txt"), "Peru.\n");
    const r = await run(["annotate", "in", "-o", "out"], { cwd: d });
    expect(r.code).toBe(1);
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    expect(r.stderr).toContain('procmine: "in/bad\\u001b]0;pwned\\u0007\\nprocmine: forged\\u202e.txt": empty file\n');
    expect(r.stderr.split("\n").filter((l) => l.startsWith("procmine: forged"))).toEqual([]);
  });

  it("a disk-full error names the file and says so (not 'internal error')", async ({ expect }) => {
    if (!existsSync("/dev/full")) return;
    // /dev/full answers every write with ENOSPC, as a full disk does.
    const d = tempDir();
    symlinkSync("/dev/full", join(d, "annotations.jsonl"));
    const file = await AtomicFile.create(d, "annotations.jsonl");
    const error = await (async () => {
      try {
        await file.write("x".repeat(1 << 20));
        await file.close();
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect((error as NodeJS.ErrnoException).code).toBe("ENOSPC");
    expect(describeFsError(error)).toBe(`${join(d, "annotations.jsonl")}: no space left on device`);
  });
});

describe.concurrent("a run in which every document fails", { timeout: 120_000 }, () => {
  it("keeps the previous dataset and exits 1", async ({ expect }) => {
    const d = tempDir();
    writeFileSync(join(d, "good.txt"), "Brazil and Peru.\n");
    expect((await run(["annotate", "good.txt", "-o", "out", "-q"], { cwd: d })).code).toBe(0);
    const before = Object.fromEntries(listFiles(join(d, "out")).map((f) => [f, readFileSync(join(d, "out", f), "utf8")]));
    writeFileSync(join(d, "empty.txt"), "");
    writeFileSync(join(d, "binary.txt"), Buffer.from([1, 0, 2]));
    const r = await run(["annotate", "empty.txt", "binary.txt", "-o", "out"], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("procmine: no document could be annotated; no output written (the dataset in out was kept as it was)\n");
    expect(Object.fromEntries(listFiles(join(d, "out")).map((f) => [f, readFileSync(join(d, "out", f), "utf8")]))).toEqual(before);
    expect(readdirSync(d).sort()).toEqual(["binary.txt", "empty.txt", "good.txt", "out"]);
  });
});

describe.concurrent("one run at a time per out dir", { timeout: 120_000 }, () => {
  it("a second run into a folder being written fails with one line; a stale lock is taken over", async ({ expect }) => {
    const d = tempDir();
    writeFileSync(join(d, "doc.txt"), "Brazil and Peru.\n");
    // The first run holds the lock while it waits for its standard input.
    const first = spawn(process.execPath, [BIN, "annotate", "-", "-o", "out", "-q"], { cwd: d, stdio: ["pipe", "ignore", "pipe"] });
    const firstDone = new Promise<number | null>((resolve) => first.on("close", resolve));
    for (let i = 0; i < 2000 && !existsSync(join(d, "out.procmine-lock")); i++) await new Promise((r) => setTimeout(r, 25));
    const owner = JSON.parse(readFileSync(join(d, "out.procmine-lock"), "utf8")) as { pid: number };
    expect(owner.pid).toBe(first.pid);
    const second = await run(["annotate", "doc.txt", "-o", "out", "-q"], { cwd: d });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(`^procmine: out: another procmine run \\(pid ${owner.pid}, since [^)]+\\) is writing this dataset; wait for it to finish \\(if it is gone, remove .*out\\.procmine-lock\\)\\n$`),
    );
    first.stdin!.end("Chile and Peru.\n");
    expect(await firstDone).toBe(0);
    expect(csvObjects(join(d, "out", "documents.csv")).map((r) => r.doc)).toEqual(["stdin"]);
    expect(existsSync(join(d, "out.procmine-lock"))).toBe(false);

    // A lock left by a run that is gone (a pid that no longer runs) is taken over.
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    writeFileSync(join(d, "out.procmine-lock"), JSON.stringify({ pid: Number(dead.stdout), host: hostname(), since: "then", token: "gone" }));
    const third = await run(["annotate", "doc.txt", "-o", "out", "-q"], { cwd: d });
    expect(third.code, third.stderr).toBe(0);
    expect(csvObjects(join(d, "out", "documents.csv")).map((r) => r.doc)).toEqual(["doc"]);
    expect(readdirSync(d).sort()).toEqual(["doc.txt", "out"]);
  });
});

describe.concurrent("files in the out dir that procmine did not write", { timeout: 120_000 }, () => {
  it("are carried over (the same files, hard links), in subfolders and in documents/ too", async ({ expect }) => {
    const d = tempDir();
    writeFileSync(join(d, "a.txt"), "Brazil and Peru.\n");
    writeFileSync(join(d, "b.txt"), "Chile.\n");
    expect((await run(["annotate", "a.txt", "b.txt", "-o", "out", "--format", "jsonl,json", "-q"], { cwd: d })).code).toBe(0);
    writeFileSync(join(d, "out", "notes.txt"), "the analyst's notes\n");
    mkdirSync(join(d, "out", "mine", "deep"), { recursive: true });
    writeFileSync(join(d, "out", "mine", "deep", "x.csv"), "1,2\n");
    mkdirSync(join(d, "out", "empty-folder"));
    writeFileSync(join(d, "out", "documents", "keep.md"), "kept\n");
    // Temporary files an earlier procmine version left when it was killed: not the user's, dropped.
    writeFileSync(join(d, "out", ".annotations.jsonl.4242.tmp"), "half a line");
    writeFileSync(join(d, "out", "documents", ".a.json.4242.tmp"), "{");
    const inode = statSync(join(d, "out", "notes.txt")).ino;
    const r = await run(["annotate", "a.txt", "-o", "out", "--format", "csv", "-q"], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(listFiles(join(d, "out"))).toEqual(
      ["annotations.csv", "datapackage.json", "documents.csv", "documents/keep.md", "manifest.json", "mine/deep/x.csv", "notes.txt", "run.json"],
    );
    expect(existsSync(join(d, "out", "empty-folder"))).toBe(true);
    expect(statSync(join(d, "out", "notes.txt")).ino).toBe(inode);
    expect(readFileSync(join(d, "out", "notes.txt"), "utf8")).toBe("the analyst's notes\n");
  });

  it("a folder of theirs where an output must go stops the run; the previous dataset is kept", async ({ expect }) => {
    const d = tempDir();
    writeFileSync(join(d, "a.txt"), "Brazil and Peru.\n");
    expect((await run(["annotate", "a.txt", "-o", "out", "-q"], { cwd: d })).code).toBe(0);
    mkdirSync(join(d, "out", "review.html"));
    writeFileSync(join(d, "out", "review.html", "x"), "mine\n");
    const before = listFiles(join(d, "out"));
    const r = await run(["annotate", "a.txt", "-o", "out", "--format", "html", "-q"], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("procmine: out/review.html: a folder procmine did not write is in the way of this run's outputs; move it out of the dataset folder (the previous dataset was kept)\n");
    expect(listFiles(join(d, "out"))).toEqual(before);
    expect(readdirSync(d).sort()).toEqual(["a.txt", "out"]);
  });

  it("the folder you are in cannot be the out dir (it is replaced as a whole)", async ({ expect }) => {
    const d = tempDir();
    writeFileSync(join(d, "a.txt"), "Peru.\n");
    const r = await run(["annotate", "a.txt", "-o", "."], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^procmine: \.: cannot write the dataset here: procmine replaces the out dir as a whole, and you are inside it/);
    expect(readdirSync(d)).toEqual(["a.txt"]);
  });

  it("an out dir given through a symbolic link is replaced where the link points; the link stays", async ({ expect }) => {
    const d = tempDir();
    writeFileSync(join(d, "a.txt"), "Peru.\n");
    mkdirSync(join(d, "real"));
    symlinkSync("real", join(d, "link"));
    const r = await run(["annotate", "a.txt", "-o", "link", "-q"], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(d, "real"))).toContain("manifest.json");
    expect(readdirSync(d).sort()).toEqual(["a.txt", "link", "real"]);
  });
});
