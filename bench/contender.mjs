// One contender in its own process: node bench/contender.mjs <name> <mode> <size-mb> <runs>
//   mode "stream": fixture documents one at a time adding up to size-mb
//   mode "single": one document of size-mb
//   mode "new": the seed documents read once, after a warm-up on the held-out documents only: text
//     the process has not read before (as a new document in a batch), with the JIT warm
// Prints one JSON line: median time, MB/s, tokens/s, peak RSS.
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

const times = [];
let tokens = 0;
for (let r = 0; r < runs; r++) {
  tokens = 0;
  const t0 = process.hrtime.bigint();
  for (const d of docs) tokens += run(d.text, d.id).tokens;
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
const ms = times[Math.floor(times.length / 2)];
console.log(
  JSON.stringify({
    name,
    mode,
    mb: chars / 1e6,
    runs,
    ms,
    mbPerS: chars / 1e6 / (ms / 1000),
    tokensPerS: tokens / (ms / 1000),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
