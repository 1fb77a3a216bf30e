#!/usr/bin/env node
/**
 * What the build's stored lexicons (packages/extractors/dist/lexicons.bin) cost a process: the
 * bytes of each, then, each in a fresh process, the CPU to read the file and restore every
 * lexicon (what each worker does on its first document) and the memory that adds. Medians of
 * `--runs` (at least 3); with `--base ROOT` (another built checkout) the same for it, alternating.
 *   node bench/lexicons.mjs [--runs 9] [--base ROOT]
 * Needs `pnpm build`. Figures are printed, never asserted.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = fileURLToPath(new URL("..", import.meta.url));
const { values: args } = parseArgs({ options: { runs: { type: "string", default: "9" }, base: { type: "string" }, child: { type: "string" } } });

if (args.child) {
  // One fresh process: read the file, restore each lexicon, report.
  const root = args.child;
  const core = await import(join(root, "packages/core/dist/index.js"));
  const { readStoredLexicons } = await import(join(root, "packages/extractors/dist/lexicon-snapshots.js"));
  const classes = { PhraseMatcher: core.PhraseMatcher, StringTable: core.StringTable, PhraseList: (await import(join(root, "packages/extractors/dist/numbers/phrases.js"))).PhraseList };
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e3;
  };
  const rss = process.memoryUsage().rss;
  const start = cpu();
  const stored = readStoredLexicons(join(root, "packages/extractors/dist/lexicons.bin"));
  const read = cpu() - start;
  for (const bytes of Object.values(stored.lexicons)) core.unpackSnapshot(bytes, classes);
  const restored = cpu() - start - read;
  const sizes = Object.fromEntries(Object.entries(stored.lexicons).map(([name, bytes]) => [name, bytes.length]));
  console.log(JSON.stringify({ read, restored, rss: process.memoryUsage().rss - rss, sizes }));
  process.exit(0);
}

const roots = args.base ? [["this", here], ["base", args.base]] : [["this", here]];
const runs = Math.max(3, Number(args.runs));
const seen = new Map(roots.map(([name]) => [name, []]));
for (let r = 0; r < runs; r++) {
  for (const [name, root] of roots) {
    const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", root], { encoding: "utf8" });
    if (out.status !== 0) throw new Error(`lexicons bench: ${root}: ${out.stderr.trim()}`);
    seen.get(name).push(JSON.parse(out.stdout));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n) => (n / 1e6).toFixed(1);
console.log(`## Stored lexicons (${runs} fresh processes each, medians)\n`);
console.log("| build | file MB | per lexicon MB | read ms CPU | restore ms CPU | RSS added MB |");
console.log("|---|---|---|---|---|---|");
for (const [name, rows] of seen) {
  const sizes = rows[0].sizes;
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  const each = Object.entries(sizes).map(([n, b]) => `${n} ${mb(b)}`).join(", ");
  console.log(`| ${name} | ${mb(total)} | ${each} | ${median(rows.map((x) => x.read)).toFixed(1)} | ${median(rows.map((x) => x.restored)).toFixed(1)} | ${mb(median(rows.map((x) => x.rss)))} |`);
}
