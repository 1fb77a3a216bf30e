#!/usr/bin/env node
/**
 * The phrase matchers stored at build time (packages/extractors/dist/lexicons.bin): how long each
 * lexicon takes to load (unpack) in a fresh process, and how long its matchers take to match
 * over never-seen text (every `matchAll`, tokens already cut, so only the matchers are timed).
 *   node bench/matcher.mjs [--corpus DIR] [--mb 1] [--rounds 5] [--base ROOT]
 * `--base ROOT`: another built checkout, measured in the same run, alternating, with the ratios.
 * Needs `pnpm build`. Figures are printed, never asserted.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deserialize } from "node:v8";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const corpus = option("--corpus", [join(ROOT, ".bench-tmp/new-text"), "/work/corpus/new-text"].find((d) => existsSync(d)));
const mb = Number(option("--mb", "1"));

// One checkout's own process: node bench/matcher.mjs --child ROOT
if (args[0] === "--child") {
  const root = args[1];
  const core = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
  const snapshots = await import(pathToFileURL(join(root, "packages/extractors/dist/lexicon-snapshots.js")).href);
  const file = join(root, "packages/extractors/dist/lexicons.bin");
  // The file's layout is its own since lexicons are placed for in-place columns; a checkout before reads as V8 wrote it.
  const stored = snapshots.readStoredLexicons ? snapshots.readStoredLexicons(file) : deserialize(readFileSync(file));
  if (!core.restoreVocabulary(stored.keys)) throw new Error("vocabulary not restored");
  const load = {};
  const matchers = [];
  for (const [name, bytes] of Object.entries(stored.lexicons)) {
    const t = performance.now();
    const lexicon = core.unpackSnapshot(bytes, { PhraseMatcher: core.PhraseMatcher, ...(core.StringTable ? { StringTable: core.StringTable } : {}) });
    load[name] = performance.now() - t;
    const visit = (v, depth) => {
      if (v instanceof core.PhraseMatcher) matchers.push(v);
      else if (v && typeof v === "object" && depth < 2 && !(v instanceof Map) && !(v instanceof Set) && !ArrayBuffer.isView(v)) {
        for (const x of Object.values(v)) visit(x, depth + 1);
      }
    };
    visit(lexicon, 0);
  }
  const docs = [];
  let size = 0;
  // A third of the sample in each language, from the front of each.
  for (const [n, lang] of ["en", "es", "pt"].entries()) {
    const dir = join(corpus, lang);
    for (const f of readdirSync(dir).sort()) {
      if (size >= (mb * 1e6 * (n + 1)) / 3) break;
      const text = readFileSync(join(dir, f), "utf8");
      docs.push(core.analyze(text, { docId: f }));
      size += text.length;
    }
  }
  let found = 0;
  const t = performance.now();
  for (const doc of docs) for (const m of matchers) found += m.matchAll(doc).length;
  const matchMs = performance.now() - t;
  process.stdout.write(JSON.stringify({ load, matchMs, found, matchers: matchers.length, chars: size }) + "\n");
  process.exit(0);
}

const rounds = Number(option("--rounds", "5"));
const base = option("--base", undefined);
const checkouts = [["this checkout", ROOT], ...(base ? [["base", base]] : [])];
const results = new Map(checkouts.map(([label]) => [label, []]));
for (let r = 0; r < rounds; r++) {
  for (const [label, root] of r % 2 === 0 ? checkouts : [...checkouts].reverse()) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", root, "--corpus", corpus, "--mb", String(mb)], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`${label}: ${run.stderr}`);
    results.get(label).push(JSON.parse(run.stdout));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const names = Object.keys(results.get(checkouts[0][0])[0].load);
console.log(`| ${["checkout", ...names.map((n) => `load ${n} (ms)`), `matchAll over ${mb} MB (ms)`, "matches"].join(" | ")} |`);
console.log(`|${" --- |".repeat(names.length + 3)}`);
const row = new Map();
for (const [label] of checkouts) {
  const rs = results.get(label);
  const cells = [...names.map((n) => median(rs.map((x) => x.load[n] ?? NaN))), median(rs.map((x) => x.matchMs))];
  row.set(label, cells);
  console.log(`| ${[label, ...cells.map((c) => c.toFixed(1)), rs[0].found].join(" | ")} |`);
}
if (base) {
  const a = row.get("this checkout");
  const b = row.get("base");
  console.log(`| base / this | ${a.map((x, i) => `${(b[i] / x).toFixed(2)}×`).join(" | ")} | |`);
}
