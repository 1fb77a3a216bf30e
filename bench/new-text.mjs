// Speed on text never seen before, in process, one core: node bench/new-text.mjs [--quick] [--corpus DIR]
//
// The corpus is distinct public texts (bench/new-text-corpus.mjs builds it; DIR/{en,es,pt}/*.txt),
// never repeated, so no memo of earlier text helps. Each contender runs in a fresh process: it
// warms up (JIT, data files, compiled gazetteers) on corpus files kept apart from the sample, then
// reads every sample document once. Times are the process's CPU seconds over that read (wall
// time is inflated by whatever else the machine runs; it is in each child's JSON line).
// Contenders alternate round by round, so a busy machine slows them alike: compare the ratios of
// one run. Then procmine end to end on one document of
// 0.1/1/10/50 MB made of distinct files joined (never one file twice): time per MB should not grow.
// Prints Markdown tables.
//
// One contender alone (what the tables are made of; also for `node --cpu-prof`):
//   node bench/new-text.mjs --child "procmine end to end" --mb 2
//   node bench/new-text.mjs --child "procmine end to end" --single 10
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { CONTENDERS, READS_BYTES } from "./contenders.mjs";
import { ROOT, TMP } from "./corpus.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const quick = args.includes("--quick");
const corpus = option("--corpus", [join(TMP, "new-text"), "/work/corpus/new-text"].find((d) => existsSync(d)));
if (!corpus || !existsSync(corpus)) {
  console.error("new-text: no corpus; build it with `node bench/new-text-corpus.mjs` or name one with --corpus DIR");
  process.exit(1);
}

/** The corpus files, languages interleaved (en, es, pt, en, …), so any prefix mixes all three. */
function corpusFiles() {
  const lists = ["en", "es", "pt"]
    .filter((lang) => existsSync(join(corpus, lang)))
    .map((lang) => readdirSync(join(corpus, lang)).filter((f) => f.endsWith(".txt")).sort().map((f) => join(corpus, lang, f)));
  const out = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

const WARM_UP_MB = 0.3;

/** Sample documents from the front (up to `mb`), warm-up documents from the back: never the same file. */
function split(mb) {
  const files = corpusFiles().map((path) => ({ id: path.slice(corpus.length + 1), text: readFileSync(path, "utf8") }));
  const take = (list, limit) => {
    const out = [];
    let size = 0;
    for (const d of list) {
      if (size >= limit * 1e6) break;
      out.push(d);
      size += d.text.length;
    }
    return out;
  };
  const sample = take(files, mb);
  const warmUp = take([...files].reverse(), WARM_UP_MB).filter((d) => !sample.includes(d));
  return { sample, warmUp, total: files.reduce((n, d) => n + d.text.length, 0) / 1e6 };
}

// procmine's core alone: decode, normalize, structure, tokens, sentences, language (no extractor;
// contenders.mjs's version asks createPipeline for none, which it refuses).
const OWN = {
  "procmine core": async () => {
    const core = await import("../packages/core/dist/index.js");
    return (bytes, id) => ({ tokens: core.analyze(core.decodeText(bytes, id), { docId: id }).tokens.count });
  },
};

async function child(name) {
  const run = await (OWN[name] ?? CONTENDERS[name])();
  const bytes = READS_BYTES.has(name);
  const single = option("--single");
  const { sample, warmUp } = split(Number(single ?? option("--mb", "2")));
  for (const d of warmUp) run(bytes ? Buffer.from(d.text) : d.text, d.id);
  const docs = single ? [{ id: "single", text: sample.map((d) => d.text).join("\n\n") }] : sample;
  const inputs = docs.map((d) => ({ id: d.id, text: bytes ? Buffer.from(d.text) : d.text }));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  // A named function, so a --cpu-prof profile can be read for the timed part alone.
  const measured = () => {
    let n = 0;
    for (const d of inputs) n += run(d.text, d.id).tokens;
    return n;
  };
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const tokens = measured();
  const c = process.cpuUsage(c0);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  // CPU seconds of the process (all its threads: the garbage collector's too), which a machine
  // shared with other work inflates far less than wall time; `wall` is printed beside it.
  const s = (c.user + c.system) / 1e6;
  console.log(JSON.stringify({ name, mb: chars / 1e6, docs: docs.length, s, wall, tokens, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
}

function spawn(extra) {
  const out = execFileSync(process.execPath, [join(ROOT, "bench/new-text.mjs"), "--corpus", corpus, ...extra], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split("\n").pop());
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 2) => x.toFixed(d);
const rate = (n) => (n >= 1e6 ? `${fmt(n / 1e6)} M` : `${Math.round(n / 1e3)} k`);

async function main() {
  const sampleMb = Number(option("--mb", quick ? "0.5" : "2"));
  const rounds = Number(option("--runs", quick ? "1" : "3"));
  const names = ["procmine end to end", "procmine core", "wink-nlp tokenize", "wink-nlp full + entities", "compromise places/orgs/numbers"];
  const { sample, total } = split(sampleMb);
  const results = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) for (const n of names) results[n].push(spawn(["--child", n, "--mb", String(sampleMb)]));

  const mbps = (n) => median(results[n].map((x) => x.mb / x.s));
  const ours = mbps("procmine end to end");
  console.log(`### New text: ${sample.length} distinct documents, ${fmt(results[names[0]][0].mb)} MB (en, es, pt), one read each, fresh process; median of ${rounds}`);
  console.log();
  console.log(`corpus ${corpus} (${fmt(total, 1)} MB), node ${process.version}, ${availableParallelism()} cores; CPU seconds`);
  console.log();
  console.log("| contender | MB/s | tokens/s | procmine end to end ÷ this |");
  console.log("|---|---:|---:|---:|");
  for (const n of names) {
    const tps = median(results[n].map((x) => x.tokens / x.s));
    console.log(`| ${n} | ${fmt(mbps(n))} | ${rate(tps)} | ${n === names[0] ? "—" : `${fmt(ours / mbps(n))}×`} |`);
  }
  console.log();

  const sizes = (quick ? [0.1, 1, 5] : [0.1, 1, 10, 50]).filter((mb) => {
    if (mb <= total) return true;
    console.log(`(${mb} MB left out: the corpus has ${fmt(total, 1)} MB of distinct text; \`node bench/new-text-corpus.mjs --mb 60\` builds more)`);
    return false;
  });
  console.log("### Linearity: procmine end to end, one document of distinct texts joined");
  console.log();
  console.log("| document | CPU seconds | s per MB | MB/s | wall seconds | peak RSS |");
  console.log("|---:|---:|---:|---:|---:|---:|");
  for (const mb of sizes) {
    const x = spawn(["--child", "procmine end to end", "--single", String(mb)]);
    console.log(`| ${fmt(x.mb)} MB | ${fmt(x.s)} | ${fmt(x.s / x.mb, 3)} | ${fmt(x.mb / x.s)} | ${fmt(x.wall)} | ${Math.round(x.peakRssMB)} MB |`);
  }
}

const childName = option("--child");
if (childName) {
  if (!CONTENDERS[childName] && !OWN[childName]) throw new Error(`unknown contender ${childName}; one of: ${Object.keys(CONTENDERS).join(", ")}`);
  await child(childName);
} else await main();
