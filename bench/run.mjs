// pnpm bench: procmine against compromise and wink-nlp, side by side, in one command.
//   node bench/run.mjs [--quick] [--json results.json] [--corpus new-text-dir]
// Every contender runs in its own process (so peak RSS is its own) on the same text: the
// fixture proceedings repeated to ~5 MB, one document at a time. Times are medians after a warm-up.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { accuracy } from "./accuracy.mjs";
import { ROOT } from "./corpus.mjs";

const quick = process.argv.includes("--quick");
const jsonAt = process.argv.indexOf("--json");
const STREAM_MB = quick ? 1 : 5;

// procmine reads window by window and needs no large heap: it runs with V8's old space capped at
// 256 MB, which keeps V8 from growing the heap lazily; peers get 4 GB (compromise needs it).
const heapFor = (name) => (name.startsWith("procmine") ? 256 : 4096);

function contender(name, mode, mb, runs) {
  const out = execFileSync(process.execPath, [`--max-old-space-size=${heapFor(name)}`, join(ROOT, "bench/contender.mjs"), name, mode, String(mb), String(runs)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const result = JSON.parse(out.trim().split("\n").pop());
  process.stderr.write(`  ${name} (${mode} ${mb} MB): ${result.mbPerS.toFixed(2)} MB/s\n`);
  return result;
}

const f2 = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const k = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(0)} k`);

// The headline: the CLI from a cold start over many small never-seen texts (bench/cli-cold.mjs),
// against wink-nlp and compromise scripts over the same folder, and procmine's start-up.
process.stderr.write("procmine annotate from a cold start, many small new texts\n");
const corpusAt = process.argv.indexOf("--corpus");
const cold = execFileSync(
  process.execPath,
  [join(ROOT, "bench/cli-cold.mjs"), ...(quick ? ["--quick", "--no-compromise"] : []), ...(corpusAt > 0 ? ["--corpus", process.argv[corpusAt + 1]] : [])],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
).trim();

process.stderr.write(`speed on ${STREAM_MB} MB of proceedings, one document at a time\n`);
const plan = [
  ["procmine end to end", 3],
  ["procmine core", 3],
  ["wink-nlp tokenize", 3],
  ["wink-nlp full + entities", 3],
  ["compromise tokenize", 3],
  ["compromise places/orgs/numbers", 1],
  ["regex scan", 5],
];
const speed = plan.map(([name, runs]) => contender(name, "stream", STREAM_MB, quick ? 1 : runs));
const e2e = speed[0];

// Repeated fixtures let every cache help (procmine's chunk memo, wink-nlp's lexicon cache): the
// same contenders on text their process has not read, median of separate processes.
process.stderr.write("new text: the seeds after a warm-up on the held-out documents\n");
const medianOf = (results) => results.sort((a, b) => a.mbPerS - b.mbPerS)[Math.floor(results.length / 2)];
const fresh = ["procmine end to end", "procmine core", "wink-nlp tokenize", "wink-nlp full + entities"].map((name) =>
  medianOf(Array.from({ length: quick ? 1 : 5 }, () => contender(name, "new", 0, 1))),
);

process.stderr.write("scaling: one document of growing size\n");
const sizes = quick ? [0.1, 1] : [0.1, 1, 10, 50];
// Small documents take the median of more runs: one run of 1 MB varies by ±15% on this VM.
const runsFor = (mb) => (quick ? 1 : mb >= 50 ? 1 : mb >= 10 ? 2 : mb >= 1 ? 7 : 15);
const scaling = sizes.map((mb) => contender("procmine end to end", "single", mb, runsFor(mb)));
const compromiseSizes = quick ? [0.05, 0.1] : [0.05, 0.1, 0.2, 0.4];
const compromiseScaling = compromiseSizes.map((mb) => contender("compromise numbers", "single", mb, 1));

let jobs = null;
if (existsSync(join(ROOT, "bench/cli-jobs.mjs"))) {
  process.stderr.write("procmine annotate --jobs 1 vs --jobs 2\n");
  jobs = execFileSync(process.execPath, [join(ROOT, "bench/cli-jobs.mjs"), ...(quick ? ["--docs", "40"] : [])], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  }).trim();
}

process.stderr.write("accuracy on the fixtures' gold\n");
const acc = await accuracy();

const lines = [];
const cpu = cpus()[0]?.model ?? "unknown CPU";
lines.push(`Measured on ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; one process per contender (procmine with a 256 MB old-space cap, peers with 4 GB).`);
lines.push("");
lines.push(cold);
lines.push("");
lines.push(`### Speed (${STREAM_MB} MB of proceedings, one document at a time, median of runs after a warm-up)`);
lines.push("");
lines.push("| contender | MB/s | tokens/s | peak RSS | procmine end to end ÷ this |");
lines.push("|---|---:|---:|---:|---:|");
for (const r of speed) {
  const ratio = r === e2e ? "—" : `${f2(e2e.mbPerS / r.mbPerS)}×`;
  lines.push(`| ${r.name}${r.runs === 1 ? " (1 run)" : ""} | ${f2(r.mbPerS)} | ${k(r.tokensPerS)} | ${r.peakRssMB.toFixed(0)} MB | ${ratio} |`);
}
lines.push("");
lines.push(`### New text (the ${fresh[0].mb.toFixed(2)} MB of seed proceedings read once, after a warm-up on the held-out documents; median of ${quick ? 1 : 5} processes)`);
lines.push("");
lines.push("| contender | MB/s | tokens/s | procmine end to end ÷ this |");
lines.push("|---|---:|---:|---:|");
for (const r of fresh) {
  const ratio = r === fresh[0] ? "—" : `${f2(fresh[0].mbPerS / r.mbPerS)}×`;
  lines.push(`| ${r.name} | ${f2(r.mbPerS)} | ${k(r.tokensPerS)} | ${ratio} |`);
}
lines.push("");
lines.push("### Scaling (procmine end to end, one document)");
lines.push("");
lines.push("| document | seconds | s per MB | CPU s per MB | MB/s | peak RSS |");
lines.push("|---:|---:|---:|---:|---:|---:|");
for (const r of scaling) lines.push(`| ${r.mb.toFixed(1)} MB | ${(r.ms / 1000).toFixed(2)} | ${(r.ms / 1000 / r.mb).toFixed(3)} | ${(r.cpuMs / 1000 / r.mb).toFixed(3)} | ${f2(r.mbPerS)} | ${r.peakRssMB.toFixed(0)} MB |`);
lines.push("");
lines.push("compromise `.numbers()` on one document: " + compromiseScaling.map((r) => `${r.mb.toFixed(2)} MB → ${(r.ms / 1000 / r.mb).toFixed(1)} s/MB`).join(", "));
if (jobs) {
  lines.push("");
  lines.push("### procmine annotate, many documents");
  lines.push("");
  lines.push(jobs);
}
lines.push("");
lines.push("### Accuracy on the fixtures' gold (overlap F1; exact-span F1 in brackets) beside speed");
lines.push("");
const types = ["country", "organization", "threat", "numeric_claim"];
lines.push(`| | ${types.join(" | ")} | MB/s |`);
lines.push(`|---|${types.map(() => "---:").join("|")}|---:|`);
const speedOf = { procmine: e2e, compromise: speed[5], "wink-nlp": speed[3] };
for (const [who, scores] of Object.entries(acc)) {
  const cells = types.map((t) => (scores[t].pred ? `${scores[t].overlap.f1.toFixed(3)} (${scores[t].exact.f1.toFixed(3)})` : "—"));
  lines.push(`| ${who} | ${cells.join(" | ")} | ${f2(speedOf[who].mbPerS)} |`);
}
lines.push("");
lines.push("compromise: `.places()` scored as country, `.organizations()` as organization, `.numbers()` as numeric_claim; wink-nlp: its CARDINAL, MONEY, PERCENT, ORDINAL and DURATION entities as numeric_claim (it has no place or organization entities).");
const table = lines.join("\n");
console.log(table);
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ cold, speed, fresh, scaling, compromiseScaling, jobs, accuracy: acc }, null, 2));
