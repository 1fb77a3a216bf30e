#!/usr/bin/env node
/**
 * Benchmark `procmine annotate --jobs 1` against `--jobs 2` on generated proceedings.
 *   node bench/cli-jobs.mjs [--docs 200] [--keep]
 * Generates N documents (default 200) of proceedings size from fixtures/seeds (each a seed with
 * its paragraphs rotated, so no two are identical) into a temp dir, runs the built CLI
 * (packages/cli/dist/bin.js; run `pnpm build` first) once per jobs setting, prints documents/s
 * and MB/s, and checks that both datasets are byte-identical (all files but run.json).
 * Timings are printed, never asserted.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "packages/cli/dist/bin.js");
const args = process.argv.slice(2);
const count = Number(args[args.indexOf("--docs") + 1]) || 200;
const keep = args.includes("--keep");

const seedsDir = join(root, "fixtures/seeds");
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(seedsDir, f), "utf8"));
const dir = mkdtempSync(join(tmpdir(), "procmine-bench-"));
const input = join(dir, "in");
mkdirSync(input);
let bytes = 0;
for (let i = 0; i < count; i++) {
  const paragraphs = seeds[i % seeds.length].split("\n\n");
  const k = Math.floor(i / seeds.length) % paragraphs.length;
  const text = [...paragraphs.slice(k), ...paragraphs.slice(0, k)].join("\n\n");
  const file = join(input, `proc-${String(i).padStart(4, "0")}.txt`);
  writeFileSync(file, text);
  bytes += statSync(file).size;
}
console.log(`${count} documents, ${(bytes / 1e6).toFixed(2)} MB (mean ${(bytes / count / 1e3).toFixed(1)} KB), ${availableParallelism()} cores, node ${process.version}`);

function files(d) {
  const out = [];
  const walk = (p, rel) => {
    for (const name of readdirSync(p).sort()) {
      const full = join(p, name);
      if (statSync(full).isDirectory()) walk(full, `${rel}${name}/`);
      else if (name !== "run.json") out.push(`${rel}${name}`);
    }
  };
  walk(d, "");
  return out;
}

const outs = {};
for (const jobs of [1, 2]) {
  const out = join(dir, `out-${jobs}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, "annotate", input, "-o", out, "--jobs", String(jobs), "--quiet"], { encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  outs[jobs] = out;
  const records = readFileSync(join(out, "annotations.jsonl"), "utf8").split("\n").filter(Boolean).length;
  console.log(
    `--jobs ${jobs}: ${seconds.toFixed(1)} s, ${(count / seconds).toFixed(2)} documents/s, ${(bytes / 1e6 / seconds).toFixed(3)} MB/s, ${records} annotations`,
  );
}
const a = files(outs[1]);
const b = files(outs[2]);
const same = a.length === b.length && a.every((f, i) => f === b[i] && readFileSync(join(outs[1], f)).equals(readFileSync(join(outs[2], f))));
console.log(`outputs of --jobs 1 and --jobs 2 ${same ? "are byte-identical" : "DIFFER"} (${a.length} files compared, run.json excluded)`);
if (keep) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
process.exitCode = same ? 0 : 1;
