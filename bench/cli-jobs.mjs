#!/usr/bin/env node
/**
 * The many-small-files case: `procmine annotate --jobs 1` and `--jobs 2` over a folder of small
 * distinct documents.
 *   node bench/cli-jobs.mjs [--docs 400] [--from DIR] [--rounds 3] [--keep]
 * Takes the first N text files (by path) under DIR (default: the new-text corpus,
 * `node bench/new-text-corpus.mjs` builds it in .bench-tmp/new-text; /work/corpus/new-text is
 * used when present), or generates them from fixtures/seeds when there is no corpus. Runs the
 * built CLI (packages/cli/dist/bin.js; run `pnpm build` first) in a fresh process per run, the
 * jobs settings alternating, and prints medians: documents/s, MB/s, start-up (a run of one tiny
 * document), per-document overhead (wall time not spent annotating, less start-up, per document
 * and worker) and the main thread's busy share (run.json's mainThread.busyShare: the serial
 * part; on Linux also its CPU time, as a share of the run and of all threads' CPU time, which
 * other load on the machine does not inflate). Checks that every setting gives byte-identical datasets (all files but run.json).
 * Timings are printed, never asserted.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { bin, flag, option, root } from "./cli-options.mjs";

const count = Number(option("--docs", "400"));
const rounds = Number(option("--rounds", "3"));
const keep = flag("--keep");
const JOBS = [1, 2];
const from = option("--from", [join(root, ".bench-tmp/new-text"), "/work/corpus/new-text"].find((d) => existsSync(d)));

function walk(d, rel = "") {
  const out = [];
  for (const name of readdirSync(d).sort()) {
    const full = join(d, name);
    if (statSync(full).isDirectory()) out.push(...walk(full, `${rel}${name}/`));
    else out.push(`${rel}${name}`);
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), "procmine-bench-"));
const input = join(dir, "in");
mkdirSync(input);
let bytes = 0;
let source;
if (from) {
  source = from;
  const picked = walk(from).filter((f) => f.endsWith(".txt")).slice(0, count);
  for (const f of picked) copyFileSync(join(from, f), join(input, f.replaceAll("/", "-")));
} else {
  source = "fixtures/seeds, paragraphs rotated";
  const seedsDir = join(root, "fixtures/seeds");
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(seedsDir, f), "utf8"));
  for (let i = 0; i < count; i++) {
    const paragraphs = seeds[i % seeds.length].split("\n\n");
    const k = Math.floor(i / seeds.length) % paragraphs.length;
    writeFileSync(join(input, `proc-${String(i).padStart(4, "0")}.txt`), [...paragraphs.slice(k), ...paragraphs.slice(0, k)].join("\n\n"));
  }
}
const docs = readdirSync(input).length;
for (const f of readdirSync(input)) bytes += statSync(join(input, f)).size;
const tiny = join(dir, "tiny");
mkdirSync(tiny);
writeFileSync(join(tiny, "one.txt"), "Peru and Chile signed the agreement.\n");
console.log(`${docs} documents from ${source}, ${(bytes / 1e6).toFixed(2)} MB (mean ${(bytes / docs / 1e3).toFixed(1)} KB), ${availableParallelism()} cores, node ${process.version}`);

function annotate(inDir, out, jobs) {
  rmSync(out, { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, "annotate", inDir, "-o", out, "--jobs", String(jobs), "--quiet"], { encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  return { seconds, run: JSON.parse(readFileSync(join(out, "run.json"), "utf8")) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const samples = Object.fromEntries(JOBS.map((j) => [j, { wall: [], startup: [], startupDoc: [], docSeconds: [], busy: [], serial: [], cpu: [] }]));
const outs = {};
for (let round = 0; round < rounds; round++) {
  for (const jobs of JOBS) {
    const s = samples[jobs];
    const first = annotate(tiny, join(dir, `tiny-${jobs}`), jobs);
    s.startup.push(first.seconds);
    // The one tiny document's time is mostly the first document's one-off cost (lexicons compiled).
    s.startupDoc.push(first.run.documentSeconds);
    outs[jobs] = join(dir, `out-${jobs}`);
    const { seconds, run } = annotate(input, outs[jobs], jobs);
    s.wall.push(seconds);
    s.docSeconds.push(run.documentSeconds);
    s.busy.push(run.mainThread.busyShare);
    if (run.mainThread.serialShare !== undefined) {
      s.serial.push(run.mainThread.serialShare);
      s.cpu.push(run.mainThread.cpuSeconds / seconds);
    }
  }
}
for (const jobs of JOBS) {
  const s = samples[jobs];
  const wall = median(s.wall);
  const startup = median(s.startup);
  const docSeconds = median(s.docSeconds);
  // Worker time not spent on a document, once started: waiting, messaging, reading, writing
  // (start-up here leaves out the first document's one-off cost, which docSeconds holds).
  // Within noise it may come out below zero: printed as measured.
  const overhead = ((wall - (startup - median(s.startupDoc))) * jobs - docSeconds) / docs;
  console.log(
    `--jobs ${jobs}: ${wall.toFixed(2)} s, ${(docs / wall).toFixed(1)} documents/s, ${(bytes / 1e6 / wall).toFixed(2)} MB/s; ` +
      `start-up ${startup.toFixed(2)} s, annotating ${(docSeconds / docs * 1000).toFixed(1)} ms/document, ` +
      `overhead ${(overhead * 1000).toFixed(1)} ms/document; main thread busy ${(median(s.busy) * 100).toFixed(1)}% of the run` +
      (s.serial.length ? ` (CPU: ${(median(s.cpu) * 100).toFixed(1)}% of the run, ${(median(s.serial) * 100).toFixed(1)}% of all threads' CPU)` : "") +
      ` (medians of ${rounds})`,
  );
}
const files = (d) => walk(d).filter((f) => f !== "run.json");
const a = files(outs[1]);
const b = files(outs[2]);
const same = a.length === b.length && a.every((f, i) => f === b[i] && readFileSync(join(outs[1], f)).equals(readFileSync(join(outs[2], f))));
console.log(`outputs of --jobs 1 and --jobs 2 ${same ? "are byte-identical" : "DIFFER"} (${a.length} files compared, run.json excluded)`);
if (keep) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
process.exitCode = same ? 0 : 1;
