#!/usr/bin/env node
/**
 * Where the CLI's time goes beyond annotation, on many small documents. Two measures, CPU time:
 *  1. Fresh processes, alternating, medians: annotation alone (core's annotateStream over every
 *     file, as bench/contenders.mjs runs it) against the CLI's per-document work (task.js's
 *     processDocument: read, hash, decode, annotate, render) over the same files. The difference
 *     is the per-document cost beyond annotation, JIT warm-up included.
 *  2. In one process, each non-annotation stage alone over the same documents (annotation done
 *     once and kept), medians of 7: reading, sha256, the PDF check, decoding, rendering per
 *     format, documents.csv's row, the writers.
 * The CLI's own serial share (ordering, writing, the manifest) is in each run's run.json
 * (`mainThread.cpuSeconds`). Figures are printed, never asserted.
 *   node bench/cli-split.mjs DIR [--runs 3] [--formats jsonl,csv]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const at = (p) => pathToFileURL(join(ROOT, p)).href;
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function loaded(formats) {
  const core = await import(at("packages/core/dist/index.js"));
  const { defaultExtractors } = await import(at("packages/extractors/dist/index.js"));
  // As the CLI runs them (extensions.ts): the built-in extractors' records are not checked again.
  const pipeline = core.createPipeline({ extractors: defaultExtractors, checked: defaultExtractors });
  const spoolDir = mkdtempSync(join(tmpdir(), "procmine-split-"));
  return { core, pipeline, spoolDir, config: { types: [...core.ANNOTATION_TYPES], formats, spoolDir, dataFiles: [], extractorModules: [], cwd: ROOT } };
}

const filesOf = (dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(dir, f));

/** One fresh process's pass: `annotate` or `process`; prints its CPU milliseconds. */
async function pass(mode, dir, formats) {
  const { pipeline, config, spoolDir } = await loaded(formats);
  const { processDocument } = await import(at("packages/cli/dist/task.js"));
  const files = filesOf(dir);
  const c = cpuMs();
  if (mode === "annotate") for (const f of files) for (const w of pipeline.annotateStream(readFileSync(f), { docId: f })) void w;
  else for (const [index, path] of files.entries()) await processDocument(pipeline, config, { index, doc: `d${index}`, path }, { toBytes: false });
  console.log(cpuMs() - c);
  rmSync(spoolDir, { recursive: true, force: true });
}

async function stages(dir, formats) {
  const { core, pipeline, spoolDir } = await loaded(formats);
  const { DocumentRenderer } = await import(at("packages/cli/dist/outputs/render.js"));
  const { documentRow } = await import(at("packages/cli/dist/outputs/csv.js"));
  const { readRegularFile } = await import(at("packages/cli/dist/inputs/read.js"));
  const { AtomicFile } = await import(at("packages/cli/dist/outputs/atomic.js"));
  const { isPdf } = await import(at("packages/pdf/dist/index.js"));
  const docs = filesOf(dir).map((f) => ({ f, bytes: readFileSync(f), windows: [...pipeline.annotateStream(readFileSync(f), { docId: f })] }));
  const counts = { country: 0, organization: 0, threat: 0, numeric_claim: 0 };
  const render = async (fmts) => {
    for (const [i, d] of docs.entries()) {
      const r = new DocumentRenderer({ types: [...core.ANNOTATION_TYPES], formats: fmts }, spoolDir, i, undefined, { place: i, doc: `d${i}`, path: d.f });
      for (const w of d.windows) await r.window(w.annotations, w.document.raw, w.document.origin.raw);
      r.finish({ index: i, doc: `d${i}`, path: d.f, sha256: "0", bytes: d.bytes.length, characters: 1, pages: 1, sections: 1, counts }, { raw: "", summary: undefined });
    }
  };
  const jsonl = docs.map((d) => d.windows.flatMap((w) => w.annotations).map((a) => JSON.stringify(a) + "\n").join(""));
  const run = {
    "read (open, check, read)": async () => { for (const d of docs) await readRegularFile(d.f); },
    "sha256 of the input": async () => { for (const d of docs) createHash("sha256").update(d.bytes).digest("hex"); },
    "PDF check": async () => { for (const d of docs) isPdf(d.bytes); },
    "decode and check": async () => { for (const d of docs) core.checkText(core.toUtf8(d.bytes, d.f).bytes, d.f); },
    ...Object.fromEntries(formats.map((f) => [`render ${f}`, () => render([f])])),
    "documents.csv row": async () => {
      for (const d of docs) await documentRow({ ok: true, doc: "d", path: d.f, sha256: "0", bytes: 1, encoding: "utf-8", characters: 1, pages: 1, pageNumbering: "none", sections: 0, lang: "en", paragraphLangs: "en=1", counts }, core.ANNOTATION_TYPES);
    },
    "write annotations.jsonl": async () => {
      const file = await AtomicFile.create(spoolDir, "w.jsonl");
      for (const t of jsonl) await file.writePieces([t]);
      await file.close();
    },
  };
  const times = {};
  for (let r = 0; r < 7; r++) for (const [name, f] of Object.entries(run)) {
    const c = cpuMs();
    await f();
    (times[name] ??= []).push(cpuMs() - c);
  }
  const records = docs.reduce((n, d) => n + d.windows.reduce((m, w) => m + w.annotations.length, 0), 0);
  console.log(JSON.stringify({ documents: docs.length, records, stages: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) }));
  rmSync(spoolDir, { recursive: true, force: true });
}

const mode = option("--mode", undefined);
const dir = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const formats = option("--formats", "jsonl,csv").split(",");
if (!dir) {
  console.error("usage: node bench/cli-split.mjs DIR [--runs 3] [--formats jsonl,csv]");
  process.exit(2);
}
if (mode === "annotate" || mode === "process") await pass(mode, dir, formats);
else if (mode === "stages") await stages(dir, formats);
else {
  const runs = Math.max(3, Number(option("--runs", "3")));
  const child = (m) => Number(execFileSync(process.execPath, [fileURLToPath(import.meta.url), dir, "--mode", m, "--formats", formats.join(",")], { encoding: "utf8" }).trim().split("\n").pop());
  const cold = { annotate: [], process: [] };
  for (let r = 0; r < runs; r++) for (const m of ["annotate", "process"]) cold[m].push(child(m));
  const a = median(cold.annotate);
  const p = median(cold.process);
  console.log(`## CLI split, ${filesOf(dir).length} files of ${dir} (formats ${formats.join(",")}), CPU\n`);
  console.log(`Fresh processes, ${runs} alternating runs, medians: annotation alone ${(a / 1000).toFixed(2)} s; the CLI's per-document work ${(p / 1000).toFixed(2)} s; beyond annotation ${((p - a) / 1000).toFixed(2)} s\n`);
  const s = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), dir, "--mode", "stages", "--formats", formats.join(",")], { encoding: "utf8" }).trim().split("\n").pop());
  console.log(`Each stage alone, warm, ${s.documents} documents, ${s.records} records, medians of 7:\n`);
  console.log("| stage | ms |\n|---|---:|");
  for (const [k, v] of Object.entries(s.stages)) console.log(`| ${k} | ${v.toFixed(1)} |`);
}
