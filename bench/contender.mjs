// One contender in its own process: node bench/contender.mjs <name> <mode> <size-mb> <runs>
//   mode "stream": fixture documents one at a time adding up to size-mb
//   mode "single": one document of size-mb
//   mode "new": the seed documents read once, after a warm-up on the held-out documents only: text
//     the process has not read before (as a new document in a batch), with the JIT warm
// Prints one JSON line: median time (wall and CPU), MB/s, tokens/s, peak RSS.
import { readFileSync } from "node:fs";
import { CONTENDERS, READS_BYTES } from "./contenders.mjs";
import { documentStream, fixtureSet, singleDocument } from "./corpus.mjs";

const [name, mode, sizeArg, runsArg] = process.argv.slice(2);
const size = Number(sizeArg);
const runs = Number(runsArg ?? 3);
const run = await CONTENDERS[name]();
const bytes = READS_BYTES.has(name);
const stream = mode === "single" ? [] : mode === "new" ? fixtureSet("seeds") : documentStream(size);
// Sizes in MB of characters for every contender, whatever it reads.
const chars = mode === "single" ? size * 1e6 : stream.reduce((n, d) => n + d.text.length, 0);
const docs =
  mode === "single"
    ? [{ id: "single", text: readFileSync(singleDocument(size), bytes ? undefined : "utf8") }]
    : stream.map((d) => ({ id: d.id, text: bytes ? Buffer.from(d.text) : d.text }));

// Warm-up on 2 MB of fixture documents: JIT, lazy data files, compiled gazetteers.
// Reading new text, it warms up on other documents (20 times over, about 1 MB, for the JIT).
const warmUp = mode === "new" ? Array.from({ length: 20 }, () => fixtureSet("heldout", "heldout2")).flat() : documentStream(2);
for (const d of warmUp) run(bytes ? Buffer.from(d.text) : d.text, d.id);

// CPU time besides wall time: on a shared machine the wall clock also counts the waits for a core,
// which grow with the run's length, so only CPU time shows whether a stage is linear there.
const times = [];
const cpuTimes = [];
let tokens = 0;
for (let r = 0; r < runs; r++) {
  tokens = 0;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (const d of docs) tokens += run(d.text, d.id).tokens;
  const cpu = process.cpuUsage(cpu0);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  cpuTimes.push((cpu.user + cpu.system) / 1e3);
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = median(times);
const cpuMs = median(cpuTimes);
console.log(
  JSON.stringify({
    name,
    mode,
    mb: chars / 1e6,
    runs,
    ms,
    cpuMs,
    mbPerS: chars / 1e6 / (ms / 1000),
    tokensPerS: tokens / (ms / 1000),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
