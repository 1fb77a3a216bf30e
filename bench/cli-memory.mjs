#!/usr/bin/env node
/**
 * Peak memory of `procmine annotate` on one long document with every format.
 *   node bench/cli-memory.mjs [--mb 50] [--formats jsonl,csv,json,html,brat] [--each] [--no-newlines] [--keep]
 * Generates a document of about N MB (default 50) from fixtures/seeds (the seeds repeated; with
 * --no-newlines every line break becomes a space, so the document is one line) in a
 * temp dir, runs the built CLI (packages/cli/dist/bin.js; run `pnpm build` first) under
 * `/usr/bin/time -v` (GNU time, Linux) and prints the peak resident set size (all threads: the
 * main thread and the worker) and the time. With --each, one run per format alone, then one with
 * them all (where the peak comes from). The figures are printed, never asserted.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bin, flag, option, root } from "./cli-options.mjs";

const mb = Number(option("--mb", "50"));
const formats = option("--formats", "jsonl,csv,json,html,brat");
const oneLine = flag("--no-newlines");
const keep = flag("--keep");

if (!existsSync("/usr/bin/time")) {
  console.error("needs GNU time at /usr/bin/time (apt-get install time)");
  process.exit(1);
}
const seedsDir = join(root, "fixtures/seeds");
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(seedsDir, f), "utf8"));
const unit = oneLine ? seeds.join(" ").replace(/\s+/g, " ") + " " : seeds.join("\n\n") + "\n\n";
const dir = mkdtempSync(join(tmpdir(), "procmine-bench-memory-"));
const doc = join(dir, "long.txt");
writeFileSync(doc, unit.repeat(Math.ceil((mb * 1e6) / Buffer.byteLength(unit))));
const size = statSync(doc).size;

const sets = flag("--each") ? [...formats.split(","), formats] : [formats];
console.log(`one document of ${(size / 1e6).toFixed(1)} MB${oneLine ? " without a newline" : ""}, node ${process.version}`);
for (const set of sets) {
  const out = join(dir, "out");
  rmSync(out, { recursive: true, force: true });
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, bin, "annotate", doc, "-o", out, "--format", set, "-q"], { encoding: "utf8" });
  const field = (name) => new RegExp(`${name}: (.+)`).exec(r.stderr)?.[1]?.trim();
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  const peak = Number(field("Maximum resident set size \\(kbytes\\)")) * 1024;
  console.log(`--format ${set}: peak RSS ${(peak / 1e9).toFixed(2)} GB (${(peak / 2 ** 30).toFixed(2)} GiB), wall ${field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)")}, user ${field("User time \\(seconds\\)")} s`);
  const review = join(out, "review");
  if (existsSync(review)) console.log(`  review.html ${(statSync(join(out, "review.html")).size / 1e6).toFixed(1)} MB, ${readdirSync(review).length} more pages in review/`);
}
if (keep) console.log(`kept: ${dir}`);
else rmSync(dir, { recursive: true, force: true });
