#!/usr/bin/env node
/**
 * The many-small-files case researchers run, from a cold start: `procmine annotate DIR -o OUT
 * --jobs 1` over a folder of small never-seen public texts, against a plain wink-nlp script doing
 * its full pipeline (tokens, sentences, POS, entities) and a compromise script (places,
 * organizations, numbers) over the same folder. Every run is a fresh process; the contenders
 * alternate; medians of `--runs` (at least 3). Then start-up: `procmine --version`, a whole
 * `annotate` of one tiny file, the time to its first document's start (PROCMINE_STARTUP_MARKS),
 * and a worker's start-up (spawned until it can annotate at speed).
 *   node bench/cli-cold.mjs [--corpus DIR] [--files 400] [--runs 3] [--quick] [--no-compromise] [--startup-only] [--base ROOT]
 * `--base ROOT`: another built checkout (say `git worktree add --detach /tmp/base main`), whose
 * start-up is measured in the same run, alternating, with the ratios.
 * DIR is the new-text corpus (`node bench/new-text-corpus.mjs`, default .bench-tmp/new-text):
 * the first `--files` files of 3-16 KB, ordered by the sha256 of their path (deterministic), are
 * copied into one folder. Needs `pnpm build`. Figures are printed (a markdown section), never asserted.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { pickColdFiles } from "./cold-files.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "packages/cli/dist/bin.js");
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

// A peer's own process: node bench/cli-cold.mjs --peer wink|compromise DIR OUT
if (args[0] === "--peer") {
  await peer(args[1], args[2], args[3]);
  process.exit(0);
}

const quick = args.includes("--quick");
const corpus = option("--corpus", join(ROOT, ".bench-tmp/new-text"));
const fileCount = Number(option("--files", quick ? "100" : "400"));
const runs = Math.max(quick ? 1 : 3, Number(option("--runs", "3")));
const withCompromise = !args.includes("--no-compromise");
const startupOnly = args.includes("--startup-only");

/**
 * CPU seconds (user + system) of this process's finished children, on Linux (/proc), else
 * undefined. On a shared machine it varies far less than the wall clock.
 */
function childrenCpu() {
  if (!existsSync("/proc/self/stat")) return undefined;
  const fields = readFileSync("/proc/self/stat", "utf8").split(")").pop().trim().split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in USER_HZ (100 on Linux)
}

/** Wall-clock and CPU seconds of one fresh process (which must succeed), and its standard error. */
function timed(argv, cwd = ROOT, env = process.env) {
  const cpu0 = childrenCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${argv.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return { seconds, cpu: cpu0 === undefined ? undefined : childrenCpu() - cpu0, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const medianOf = (runs, key) => (runs.some((r) => r[key] === undefined) ? undefined : median(runs.map((r) => r[key])));
const s = (x) => `${x.toFixed(2)} s`;
const ms = (x) => `${(x * 1000).toFixed(0)} ms`;

/** The peers: plain scripts any researcher would write, writing what they found as JSONL. */
async function peer(which, dir, out) {
  const require = createRequire(import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const lines = [];
  if (which === "wink") {
    const winkNLP = require("wink-nlp");
    const nlp = winkNLP(require("wink-eng-lite-web-model"));
    const its = nlp.its;
    for (const f of files) {
      const doc = nlp.readDoc(readFileSync(join(dir, f), "utf8"));
      const tokens = doc.tokens();
      lines.push(JSON.stringify({ doc: f, tokens: tokens.length(), sentences: doc.sentences().length(), pos: tokens.out(its.pos).length, entities: doc.entities().out(its.detail) }));
    }
  } else {
    const nlp = require("compromise");
    for (const f of files) {
      const doc = nlp(readFileSync(join(dir, f), "utf8"));
      lines.push(JSON.stringify({ doc: f, terms: doc.terms().length, places: doc.places().out("array"), organizations: doc.organizations().out("array"), numbers: doc.numbers().out("array") }));
    }
  }
  writeFileSync(out, lines.join("\n") + "\n");
}

/**
 * Spawn procmine's own worker (its bundle when the build made one, as the CLI does) and time it
 * until it annotates at speed: spawn to its first document's result, less what its second took.
 */
function workerStartup(root = ROOT) {
  const bundle = join(root, "packages/cli/dist/worker.bundle.js");
  const script = existsSync(bundle) ? bundle : join(root, "packages/cli/dist/worker.js");
  const text = "The Colombian Army said 12 soldiers died in a drug trafficking attack near Peru's border, the OAS reported.";
  const task = (index, body) => ({ index, doc: `d${index}`, path: `d${index}.txt`, bytes: new TextEncoder().encode(body) });
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const w = new Worker(script, { workerData: { types: ["country", "organization", "threat", "numeric_claim"], formats: ["jsonl"], cwd: root } });
    const times = [];
    w.on("message", (m) => {
      times.push(performance.now());
      if (m.ready) w.postMessage(task(0, text));
      else if (!m.ok) reject(new Error(`worker: ${m.reason}`));
      else if (times.length === 2) w.postMessage(task(1, text.replace("12", "14")));
      else {
        // This thread waits meanwhile: the process's CPU time is the worker's (two tiny documents aside).
        const cpu = process.cpuUsage(cpu0);
        const [ready, first, second] = times.map((t) => t - t0);
        void w.terminate();
        resolve({ ready: ready / 1000, startup: (first - (second - first)) / 1000, cpu: (cpu.user + cpu.system) / 1e6 });
      }
    });
    w.once("error", reject);
  });
}

if (!existsSync(BIN)) throw new Error(`${BIN}: not built (run pnpm build)`);
const lines = [];
if (startupOnly) {
  // Start-up figures only (below).
} else if (!existsSync(corpus)) {
  lines.push(`### procmine annotate from a cold start\n\n(skipped: no new-text corpus at ${corpus}; build it with \`node bench/new-text-corpus.mjs\` or pass --corpus DIR)`);
} else {
  const picked = pickColdFiles(corpus, fileCount);
  const dir = mkdtempSync(join(tmpdir(), "procmine-cold-"));
  const input = join(dir, "in");
  mkdirSync(input);
  let bytes = 0;
  // Flat names keep each file's place in the corpus (`en/00012.txt` -> `en-00012.txt`).
  for (const f of picked) {
    copyFileSync(join(corpus, f.p), join(input, f.p.replace(/[\\/]/g, "-")));
    bytes += f.size;
  }
  process.stderr.write(`cold CLI: ${picked.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${runs} runs each, alternating\n`);
  const contenders = [
    ["procmine annotate --jobs 1", (out) => [BIN, "annotate", input, "-o", out, "--jobs", "1", "--quiet"]],
    ["wink-nlp script (tokens, sentences, POS, entities)", (out) => [fileURLToPath(import.meta.url), "--peer", "wink", input, `${out}.jsonl`]],
    ...(withCompromise ? [["compromise script (places, organizations, numbers)", (out) => [fileURLToPath(import.meta.url), "--peer", "compromise", input, `${out}.jsonl`]]] : []),
  ];
  const times = contenders.map(() => []);
  for (let r = 0; r < runs; r++) {
    contenders.forEach(([name, argv], i) => {
      const out = join(dir, `out-${i}-${r}`);
      const t = timed(argv(out));
      times[i].push(t);
      process.stderr.write(`  ${name}: ${s(t.seconds)}${t.cpu === undefined ? "" : ` (${s(t.cpu)} CPU)`}\n`);
    });
  }
  const wall = times.map((t) => medianOf(t, "seconds"));
  const cpu = times.map((t) => medianOf(t, "cpu"));
  lines.push(`### procmine annotate from a cold start: ${picked.length} small never-seen texts (${(bytes / 1e6).toFixed(2)} MB), one fresh process each`);
  lines.push("");
  lines.push("| contender | seconds (median) | CPU seconds (median) | MB/s | this ÷ procmine (seconds) | this ÷ procmine (CPU) |");
  lines.push("|---|---:|---:|---:|---:|---:|");
  const ratio = (x, base) => (x === undefined ? "—" : `${(x / base).toFixed(2)}×`);
  contenders.forEach(([name], i) => {
    const cells = [wall[i].toFixed(2), cpu[i]?.toFixed(2) ?? "—", (bytes / 1e6 / wall[i]).toFixed(2), i === 0 ? "—" : ratio(wall[i], wall[0]), i === 0 || cpu[0] === undefined ? "—" : ratio(cpu[i], cpu[0])];
    lines.push(`| ${name} | ${cells.join(" | ")} |`);
  });
  rmSync(dir, { recursive: true, force: true });
}

// Start-up, each figure the median of fresh processes (alternating with node's own start, and
// with the --base checkout's when given).
const baseRoot = option("--base", undefined);
const startRuns = Math.max(5, Number(option("--start-runs", quick ? "5" : "7")));
const tiny = mkdtempSync(join(tmpdir(), "procmine-tiny-"));
writeFileSync(join(tiny, "tiny.txt"), "The Brazilian Navy seized 3 tons of cocaine off the coast of Ecuador.\n");
// A researcher's own threat term (`--data`), one the built-in lexicon does not list.
writeFileSync(join(tiny, "terms.json"), JSON.stringify({ threats: { cybercrime: ["ransomware gang"] } }));
const builds = [["this build", ROOT], ...(baseRoot ? [[`base (${baseRoot})`, baseRoot]] : [])];
for (const [, root] of builds) if (!existsSync(join(root, "packages/cli/dist/bin.js"))) throw new Error(`${root}: not built`);
const marksEnv = { ...process.env, PROCMINE_STARTUP_MARKS: "1" };
/** Milliseconds from process start to the mark `label` in a run's standard error (undefined if the build has no such mark). */
const markOf = (stderr, label) => {
  const m = new RegExp(`^startup main ([0-9.]+) ms: ${label}`, "m").exec(stderr);
  return m ? Number(m[1]) / 1000 : undefined;
};
const nodeStart = [];
const start = builds.map(() => ({ version: [], tiny: [], data: [], first: [], workers: [] }));
for (let r = 0; r < startRuns; r++) {
  nodeStart.push(timed(["-e", "0"]));
  builds.forEach(([, root], b) => {
    const bin = join(root, "packages/cli/dist/bin.js");
    start[b].version.push(timed([bin, "--version"]));
    const t = timed([bin, "annotate", join(tiny, "tiny.txt"), "-o", join(tiny, `out-${b}-${r}`), "--jobs", "1", "--quiet"], ROOT, marksEnv);
    start[b].tiny.push(t);
    start[b].first.push({ seconds: markOf(t.stderr, "first document starts") });
    start[b].data.push(timed([bin, "annotate", join(tiny, "tiny.txt"), "-o", join(tiny, `data-${b}-${r}`), "--jobs", "1", "--quiet", "--data", join(tiny, "terms.json")]));
  });
}
for (let r = 0; r < startRuns; r++) for (const [b, [, root]] of builds.entries()) start[b].workers.push(await workerStartup(root));
rmSync(tiny, { recursive: true, force: true });
const both = (runs) => `${ms(medianOf(runs, "seconds"))}${medianOf(runs, "cpu") === undefined ? "" : ` (${ms(medianOf(runs, "cpu"))} CPU)`}`;
const figures = (b) => ({
  version: medianOf(start[b].version, "seconds"),
  versionCpu: medianOf(start[b].version, "cpu"),
  tiny: medianOf(start[b].tiny, "seconds"),
  tinyCpu: medianOf(start[b].tiny, "cpu"),
  data: medianOf(start[b].data, "seconds"),
  dataCpu: medianOf(start[b].data, "cpu"),
  first: medianOf(start[b].first, "seconds"),
  worker: medianOf(start[b].workers, "startup"),
  workerCpu: medianOf(start[b].workers, "cpu"),
});
lines.push("");
const [main] = builds;
const w = start[0].workers;
lines.push(`Start-up, median of ${startRuns} fresh processes (\`node -e 0\` takes ${both(nodeStart)} here): \`procmine --version\` ${both(start[0].version)}; ` +
  `\`procmine annotate\` of one sentence, the whole run with its outputs, ${both(start[0].tiny)} (with a threat term of the researcher's, \`--data\`, ${both(start[0].data)})` +
  `${figures(0).first === undefined ? "" : `, its first document starting at ${ms(figures(0).first)}`}; a worker ${ms(medianOf(w, "startup"))} (${ms(medianOf(w, "cpu"))} CPU) ` +
  `from spawn until it annotates at speed (${ms(medianOf(w, "ready"))} to load its modules and the compiled artifact; the rest is its first document: wink-nlp's model and the extractors' lexicons).`);
if (baseRoot) {
  const a = figures(0);
  const b = figures(1);
  const cell = (x) => (x === undefined ? "—" : ms(x));
  const ratio = (x, y) => (x === undefined || y === undefined ? "—" : `${(y / x).toFixed(2)}×`);
  lines.push("");
  lines.push(`| start-up (median of ${startRuns}, same run, alternating) | ${main[0]} | ${builds[1][0]} | base ÷ this | CPU, this | CPU, base | base ÷ this (CPU) |`);
  lines.push("|---|---:|---:|---:|---:|---:|---:|");
  const row = (name, x, y, cx, cy) => lines.push(`| ${name} | ${cell(x)} | ${cell(y)} | ${ratio(x, y)} | ${cell(cx)} | ${cell(cy)} | ${ratio(cx, cy)} |`);
  row("`procmine --version`", a.version, b.version, a.versionCpu, b.versionCpu);
  row("one tiny file, whole run (`--jobs 1`)", a.tiny, b.tiny, a.tinyCpu, b.tinyCpu);
  row("the same with a threat term of the researcher's (`--data`)", a.data, b.data, a.dataCpu, b.dataCpu);
  row("time to the first document's start", a.first, b.first, undefined, undefined);
  row("a worker, spawn until it annotates at speed", a.worker, b.worker, a.workerCpu, b.workerCpu);
}
console.log(lines.join("\n").trim());
