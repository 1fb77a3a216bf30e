#!/usr/bin/env node
/**
 * The built-in extractors alone, in process, on the never-seen texts of the cold CLI case (the
 * same files `bench/cli-cold.mjs` picks from the new-text corpus): each document is analyzed by
 * core, then each extractor's `extract` is timed on it (CPU time of this thread). The first round
 * is the process's first read of these texts (per-key memos empty, as a cold CLI run meets them);
 * the later rounds read fresh analyses of the same texts with the process warm. Prints figures,
 * asserts nothing. Needs `pnpm build`. `--warm-up N`: first read N other files of the corpus (the
 * next N in the same order), so the first round is new text read by a warmed-up process.
 *   node bench/extractors-warm.mjs [--corpus DIR] [--files 400] [--rounds 5] [--warm-up 0]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pickColdFiles } from "./cold-files.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const corpus = option("--corpus", join(ROOT, ".bench-tmp/new-text"));
const fileCount = Number(option("--files", "400"));
const rounds = Math.max(2, Number(option("--rounds", "5")));
const warmUp = Number(option("--warm-up", "0"));

const core = await import("../packages/core/dist/index.js");
const { defaultExtractors } = await import("../packages/extractors/dist/index.js");
const picked = pickColdFiles(corpus, fileCount + warmUp).map((f) => ({ id: f.p, raw: readFileSync(join(corpus, f.p), "utf8") }));
const docs = picked.slice(0, fileCount);
const others = picked.slice(fileCount);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.raw), 0);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const names = ["core analyze", ...defaultExtractors.map((e) => e.name)];
/** One round: ms of CPU per stage, summed over the documents. */
function round(docs) {
  const ms = Object.fromEntries(names.map((n) => [n, 0]));
  let records = 0;
  for (const d of docs) {
    let t0 = cpu();
    const doc = core.analyze(d.raw, { docId: d.id });
    let t1 = cpu();
    ms["core analyze"] += t1 - t0;
    const layers = {};
    for (const e of defaultExtractors) {
      t0 = cpu();
      const found = [...e.extract(doc, layers)];
      t1 = cpu();
      ms[e.name] += t1 - t0;
      records += found.length;
      for (const type of e.types) layers[type] = found.filter((m) => m.type === type);
    }
  }
  return { ms, records };
}

if (others.length > 0) round(others);
const results = [];
for (let r = 0; r < rounds; r++) results.push(round(docs));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${docs.length} never-seen texts, ${(bytes / 1e6).toFixed(2)} MB, ${results[0].records} mentions; CPU ms per round (node ${process.version})${others.length > 0 ? `, after a warm-up on ${others.length} other texts` : ""}`);
console.log("");
console.log("| stage | first round | warm rounds (median) |");
console.log("|---|---:|---:|");
for (const n of [...names, "all"]) {
  const of = (r) => (n === "all" ? names.reduce((s, k) => s + r.ms[k], 0) : r.ms[n]);
  console.log(`| ${n} | ${of(results[0]).toFixed(0)} | ${median(results.slice(1).map(of)).toFixed(0)} |`);
}
