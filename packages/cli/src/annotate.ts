/**
 * annotateFiles: discover the inputs, annotate them on worker threads, write every output in
 * input order (so the dataset is byte-identical whatever the number of jobs), then the manifest.
 */
import { mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { availableParallelism, cpus, platform, tmpdir } from "node:os";
import { join } from "node:path";
import pMap from "p-map";
import { ANNOTATION_TYPES, type AnnotationType } from "@procmine/core";
import { DEFAULT_FORMATS, FORMATS, type Format } from "./formats.js";
import { discoverInputs, type InputDocument, type InputProblem } from "./inputs.js";
import { buildRunExtractors } from "./extensions.js";
import { buildManifest, extractorInfo } from "./manifest.js";
import { displayPath } from "./paths.js";
import { AtomicFile, abortAll, commitAll } from "./outputs/atomic.js";
import { openWriters } from "./outputs/open-writers.js";
import { previousOutputs, removeStale } from "./outputs/stale.js";
import type { OutputWriter } from "./outputs/writer.js";
import { WorkerPool } from "./pool.js";
import type { DocumentResult, TypeCounts, WorkerConfig } from "./task.js";
import { VERSION } from "./version.js";

export { FORMATS, DEFAULT_FORMATS, type Format } from "./formats.js";

export interface AnnotateFilesOptions {
  /** Files, folders, globs; `-` for standard input. */
  inputs: readonly string[];
  outDir: string;
  /** Types to annotate (default: every type of the extractors). */
  types?: readonly AnnotationType[];
  formats?: readonly Format[];
  /** Worker threads (default: the number of cores). */
  jobs?: number;
  /** Reads standard input when `-` is an input. */
  readStdin?: () => Promise<Uint8Array>;
  /** Called once per input that yielded no document or per document that failed, in input order. */
  onError?: (path: string, reason: string) => void;
  /** Called once per document some of whose mentions were left out as invalid, in input order. */
  onWarning?: (path: string, message: string) => void;
  onProgress?: (state: { done: number; total: number; bytesDone: number; bytesTotal: number }) => void;
  signal?: AbortSignal;
  /** Recorded in run.json. */
  command?: readonly string[];
  /** The researcher's data files (`--data`; see extensions.ts for procmine.config.json). */
  dataFiles?: readonly string[];
  /** The researcher's extractor modules (`--extractor`). */
  extractorModules?: readonly string[];
}

export interface AnnotateFilesResult {
  documents: number;
  failed: number;
  /** Inputs that gave no document (missing path, folder without .txt files). */
  problems: InputProblem[];
  counts: Partial<TypeCounts>;
  seconds: number;
  bytes: number;
  /** Output files written (relative to outDir); empty when there was nothing to annotate. */
  files: string[];
}

export async function annotateFiles(options: AnnotateFilesOptions): Promise<AnnotateFilesResult> {
  const started = new Date();
  const t0 = performance.now();
  const types = options.types ? ANNOTATION_TYPES.filter((t) => options.types!.includes(t)) : [...ANNOTATION_TYPES];
  const formats = FORMATS.filter((f) => (options.formats ?? DEFAULT_FORMATS).includes(f));
  const jobs = Math.max(1, options.jobs ?? availableParallelism());

  // Checked before anything is read or written: a bad data file or module stops the run here.
  const extensions = { dataFiles: [...(options.dataFiles ?? [])], extractorModules: [...(options.extractorModules ?? [])] };
  const extractorSet = await buildRunExtractors(extensions, types);

  const { documents, problems } = await discoverInputs(options.inputs);
  for (const p of problems) options.onError?.(p.path, p.reason);
  const empty = { documents: 0, failed: 0, problems, counts: {}, seconds: (performance.now() - t0) / 1000, bytes: 0, files: [] };
  // Nothing to annotate: leave the out dir (and any earlier dataset in it) untouched.
  if (documents.length === 0) return empty;

  const stdinBytes = documents.some((d) => d.stdin) ? await (options.readStdin ?? readProcessStdin)() : undefined;
  const sizes = await Promise.all(documents.map((d) => (d.stdin ? stdinBytes!.length : stat(d.path).then((s) => s.size, () => 0))));
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);

  await prepareOutDir(options.outDir);
  const before = previousOutputs(options.outDir);
  const writers: OutputWriter[] = [];
  const results: DocumentResult[] = [];
  // Huge documents' outputs wait here, on disk, until their turn to be written (see outputs/spool.ts).
  const spoolDir = await mkdtemp(join(tmpdir(), "procmine-spool-"));
  const pool = new WorkerPool(new URL("./worker.js", import.meta.url), { types, formats, spoolDir, ...extensions } satisfies WorkerConfig);
  try {
    writers.push(...(await openWriters(options.outDir, formats, types, { version: VERSION, documents: documents.length })));

    const ordered = inOrder(async (r: DocumentResult) => {
      results.push(r);
      // Errors name the file as the user wrote it; outputs name it by displayPath.
      if (!r.ok) options.onError?.(documents[r.index]?.path ?? r.path, r.reason);
      else if (r.skipped > 0) {
        const s = r.skipped === 1 ? "" : "s";
        options.onWarning?.(documents[r.index]?.path ?? r.path, `warning: ${r.skipped} invalid annotation${s} left out (first: ${r.skippedReason})`);
      }
      for (const w of writers) await w.document(r);
      // Dropped once written, so a large batch does not pile up in memory.
      if (r.ok) {
        r.rendered = {};
        delete r.text;
      }
    });
    let done = 0;
    let bytesDone = 0;
    await pMap(
      documents,
      async (d: InputDocument, index) => {
        const r = await pool.run({ index, doc: d.doc, path: d.path, display: displayPath(d.path), ...(d.stdin ? { bytes: stdinBytes } : {}) });
        if (options.signal?.aborted) return; // workers stopped by the interruption: not a document failure
        done++;
        bytesDone += sizes[index] ?? 0;
        options.onProgress?.({ done, total: documents.length, bytesDone, bytesTotal });
        ordered.push(index, r);
      },
      { concurrency: Math.min(jobs, documents.length), ...(options.signal ? { signal: options.signal } : {}) },
    );
    await ordered.drained();
    options.signal?.throwIfAborted();

    const files: AtomicFile[] = [];
    for (const w of writers) files.push(...(await w.finish()));
    const outputs = await commitAll(files);
    const manifest = buildManifest({ extractors: extractorInfo(extractorSet), userData: extensions.dataFiles, types, formats: [...formats], results, problems, outputs });
    const seconds = (performance.now() - t0) / 1000;
    const run = {
      note: "Timing and machine of this run; the only output file that differs between identical runs.",
      started: started.toISOString(),
      finished: new Date().toISOString(),
      seconds: round(seconds, 3),
      jobs,
      documentsPerSecond: round(documents.length / seconds, 2),
      megabytesPerSecond: round(bytesTotal / 1e6 / seconds, 3),
      node: process.version,
      platform: `${platform()} ${process.arch}`,
      cpus: cpus().length,
      command: options.command ?? [],
    };
    const manifestFile = await AtomicFile.create(options.outDir, "manifest.json");
    await manifestFile.write(JSON.stringify(manifest, null, 2) + "\n");
    const runFile = await AtomicFile.create(options.outDir, "run.json");
    await runFile.write(JSON.stringify(run, null, 2) + "\n");
    await commitAll([manifestFile, runFile]);
    await removeStale(options.outDir, before, outputs.map((o) => o.file));
    return {
      documents: documents.length,
      failed: manifest.totals.failed,
      problems,
      counts: manifest.totals.annotations,
      seconds,
      bytes: bytesTotal,
      files: [...outputs.map((o) => o.file), "manifest.json", "run.json"],
    };
  } catch (e) {
    await abortAll();
    throw e;
  } finally {
    await pool.close();
    await rm(spoolDir, { recursive: true, force: true });
  }
}

/** Results arrive in any order; `write` sees them strictly by index, one at a time. */
function inOrder<T>(write: (value: T) => Promise<void>) {
  const waiting = new Map<number, T>();
  let next = 0;
  let chain = Promise.resolve();
  const drain = async () => {
    while (waiting.has(next)) {
      const value = waiting.get(next)!;
      waiting.delete(next);
      next++;
      await write(value);
    }
  };
  return {
    push(index: number, value: T) {
      waiting.set(index, value);
      chain = chain.then(drain);
      chain.catch(() => undefined); // surfaced by drained()
    },
    drained: () => chain,
  };
}

/** The out dir cannot be made or used: reported as `procmine: <dir>: <reason>`, nothing annotated. */
export class OutDirError extends Error {
  override readonly name = "OutDirError";
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(reason);
  }
}

const OUT_DIR_REASONS: Record<string, string> = {
  EEXIST: "cannot write the dataset here: it is a file, not a folder",
  ENOTDIR: "cannot write the dataset here: part of the path is a file, not a folder",
  EACCES: "cannot write the dataset here: permission denied",
  EROFS: "cannot write the dataset here: read-only file system",
};

async function prepareOutDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    throw new OutDirError(dir, OUT_DIR_REASONS[code] ?? `cannot write the dataset here: ${(e as Error).message}`);
  }
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

