/**
 * annotateFiles: discover the inputs, annotate them on worker threads, write every output in
 * input order (so the dataset is byte-identical whatever the number of jobs) into a new folder
 * beside the out dir, then switch it in whole (outputs/commit.ts), under the folder's lock
 * (outputs/lock.ts).
 */
import { lstat, stat } from "node:fs/promises";
import { availableParallelism, cpus, platform } from "node:os";
import { resolve, sep } from "node:path";
import { performance } from "node:perf_hooks";
import type { Readable } from "node:stream";
import { ANNOTATION_TYPES, DEFAULT_WINDOW_SIZE, type AnnotationType } from "@procmine/core";
import { DEFAULT_FORMATS, FORMATS, type Format } from "./formats.js";
import { discoverInputs, type InputDocument, type InputProblem } from "./inputs.js";
import { DEFAULT_MAX_STDIN, readStdin, type StdinRead } from "./inputs/stdin.js";
import { buildRunExtractors } from "./extensions.js";
import { buildManifest, extractorInfo } from "./manifest.js";
import { displayPath } from "./paths.js";
import { AtomicFile, abortAll, commitAll, writeJsonFiles } from "./outputs/atomic.js";
import { OutDirError, StagedDataset, outDirReason, recoverDataset, resolveTarget } from "./outputs/commit.js";
import { cleanUpOnExit, DatasetLock, DatasetLockedError } from "./outputs/lock.js";
import { openWriters } from "./outputs/open-writers.js";
import { removeOldSpools } from "./outputs/old-spools.js";
import type { OutputWriter } from "./outputs/writer.js";
import { InlineRunner, WorkerPool, workerScript, type DocumentRunner } from "./pool.js";
import type { DocumentResult, TypeCounts, WorkerConfig } from "./protocol.js";
import { VERSION } from "./version.js";
import { shardOf, type Shard } from "./shard.js";
import { threadCpuSeconds } from "./thread-cpu.js";
import type { ShardDocument } from "./manifest.js";

export { FORMATS, DEFAULT_FORMATS, type Format } from "./formats.js";
export { OutDirError } from "./outputs/commit.js";

export interface AnnotateFilesOptions {
  /** Files, folders, globs; `-` for standard input. */
  inputs: readonly string[];
  outDir: string;
  /** Types to annotate (default: every type of the extractors). */
  types?: readonly AnnotationType[];
  formats?: readonly Format[];
  /** Worker threads (default, and at most: the number of cores, os.availableParallelism()). */
  jobs?: number;
  /** Reads standard input when `-` is an input (default: `stdin`, at most `maxStdinBytes`). */
  readStdin?: () => Promise<Uint8Array>;
  /** Standard input, asked for only when `-` is read (default: process.stdin). */
  stdin?: () => Readable;
  /** Standard input longer than this fails as a document (default 100 MiB). */
  maxStdinBytes?: number;
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
  /**
   * Annotate only this part of the inputs (see shard.ts) into a partial dataset, which
   * `procmine merge` joins with the other parts. A part is written even when empty or failed.
   */
  shard?: Shard;
  /** The folder relative paths (inputs, out dir, data files, modules) are resolved in (default: process.cwd()). */
  cwd?: string;
}

export interface AnnotateFilesResult {
  documents: number;
  failed: number;
  /** Inputs that gave no document (missing path, folder without .txt files). */
  problems: InputProblem[];
  counts: Partial<TypeCounts>;
  seconds: number;
  bytes: number;
  /** Output files written (relative to outDir); empty when no dataset was written. */
  files: string[];
  /** Worker threads used (the requested number, at most the cores and the documents). */
  jobs: number;
  /**
   * Whether a new dataset replaced the out dir. Not when there was nothing to annotate or every
   * document failed: the out dir (and the dataset in it, if any) is then left as it was.
   */
  written: boolean;
  /** Whether the out dir held a dataset (or anything) before the run. */
  hadPrevious: boolean;
}

export async function annotateFiles(options: AnnotateFilesOptions): Promise<AnnotateFilesResult> {
  const started = new Date();
  const t0 = performance.now();
  // The main thread's busy time: what stays serial however many workers there are.
  const loop0 = performance.eventLoopUtilization();
  const cpu0 = { thread: threadCpuSeconds(), process: process.cpuUsage() };
  const types = options.types ? ANNOTATION_TYPES.filter((t) => options.types!.includes(t)) : [...ANNOTATION_TYPES];
  const formats = FORMATS.filter((f) => (options.formats ?? DEFAULT_FORMATS).includes(f));
  // More threads than cores only add memory (each loads the extractors' data), never speed.
  const cores = availableParallelism();
  const cwd = options.cwd ?? process.cwd();
  const at = (path: string) => resolve(cwd, path);
  const requested = Math.max(1, Math.min(options.jobs ?? cores, cores));

  // Checked before anything is read or written: a bad data file or module stops the run here.
  const given = { dataFiles: [...(options.dataFiles ?? [])], extractorModules: [...(options.extractorModules ?? [])] };
  const extractorSet = await buildRunExtractors(given, types, cwd);
  // Absolute for the workers and the manifest: the run's folder need not be the process's.
  const extensions = { dataFiles: given.dataFiles.map(at), extractorModules: given.extractorModules.map(at) };

  const discovered = await discoverInputs(options.inputs, cwd);
  const { problems } = discovered;
  const shard = options.shard;
  const documents = shard ? discovered.documents.filter((d) => shardOf(d.doc, shard.count) === shard.index) : discovered.documents;
  for (const p of problems) options.onError?.(p.path, p.reason);
  const jobs = Math.max(1, Math.min(requested, documents.length));
  const nothing = { documents: 0, failed: 0, problems, counts: {}, seconds: 0, bytes: 0, files: [], jobs, written: false, hadPrevious: false };
  // Nothing to annotate: leave the out dir (and any earlier dataset in it) untouched.
  if (discovered.documents.length === 0) return { ...nothing, seconds: (performance.now() - t0) / 1000 };

  const target = await resolveTarget(options.outDir, cwd);
  const lock = await DatasetLock.acquire(target.lockPath).catch((e: unknown) => {
    if (e instanceof DatasetLockedError) throw e;
    throw new OutDirError(options.outDir, `${outDirReason(e).replace("here", "beside this folder")} (procmine keeps its lock there)`);
  });
  let staging: StagedDataset | undefined;
  let pool: DocumentRunner | undefined;
  // A second Ctrl-C exits at once: the new folder and the lock go with the process.
  const dropExitCleanUp = cleanUpOnExit(lock, () => staging);
  try {
    await recoverDataset(target);
    await removeOldSpools();
    const hadPrevious = await lstat(target.path).then(() => true, () => false);
    let stdin: StdinRead | undefined;
    if (documents.some((d) => d.stdin)) {
      stdin = options.readStdin
        ? { ok: true, bytes: await options.readStdin() }
        : await readStdin(options.maxStdinBytes ?? DEFAULT_MAX_STDIN, options.signal, options.stdin ? options.stdin() : process.stdin);
    }
    const sizes = await Promise.all(
      documents.map((d) => (d.stdin ? (stdin?.ok ? stdin.bytes.length : 0) : stat(at(d.path)).then((s) => s.size, () => 0))),
    );
    const bytesTotal = sizes.reduce((a, b) => a + b, 0);

    staging = await StagedDataset.create(target, (named) => (staging = named));
    const outDir = staging.dir;
    const writers: OutputWriter[] = [];
    const results: DocumentResult[] = [];
    const config: WorkerConfig = { types, formats, spoolDir: staging.spoolDir, ...extensions, cwd };
    // One job needs no worker (the extractors are already loaded here, checked above), unless a
    // document is longer than a window: the main thread's heap has no cap, so V8 lets each
    // window's garbage pile up (0.67 GB for 50 MB against 0.45 GB in a capped worker, see pool.ts).
    const inline = jobs === 1 && sizes.every((size) => size <= DEFAULT_WINDOW_SIZE);
    pool = inline ? new InlineRunner(extractorSet.pipeline, config) : new WorkerPool(workerScript(), config, jobs);
    writers.push(...(await openWriters(outDir, formats, types, { version: VERSION, documents: documents.length })));

    const shardDocuments: ShardDocument[] = [];
    const ordered = inOrder(async (r: DocumentResult) => {
      results.push(r);
      // Errors name the file as the user wrote it; outputs name it by displayPath.
      if (!r.ok) options.onError?.(documents[r.index]?.path ?? r.path, r.reason);
      else if (r.skipped > 0) {
        const s = r.skipped === 1 ? "" : "s";
        options.onWarning?.(documents[r.index]?.path ?? r.path, `warning: ${r.skipped} invalid annotation${s} left out (first: ${r.skippedReason})`);
      }
      // A part of a sharded run says where each document's bytes are, for merge.
      const ranges: Record<string, [number, number]> = {};
      for (const w of writers) {
        const before = w.position?.();
        await w.document(r);
        const after = w.position?.();
        if (shard && before && after) ranges[before.file] = [before.bytes, after.bytes];
      }
      if (shard) {
        const brat = r.ok ? r.rendered.brat?.[2] : undefined;
        shardDocuments.push({ doc: r.doc, ranges, ...(r.ok ? { paragraphLangs: r.paragraphLangs } : {}), ...(typeof brat === "string" ? { brat } : {}) });
      }
      // Dropped once written, so a large batch does not pile up in memory.
      if (r.ok) {
        r.rendered = {};
        delete r.text;
      }
    });
    let done = 0;
    let bytesDone = 0;
    let documentSeconds = 0;
    const runPool = pool;
    const places = new Map(discovered.documents.map((d, i) => [d.doc, i]));
    // Every document is handed to the runner at once: it keeps each worker a few documents ahead.
    const annotating = Promise.all(
      documents.map(async (d: InputDocument, index) => {
        const display = displayPath(d.path, cwd);
        const where = { index, doc: d.doc, path: d.path, display, ...(shard ? { place: places.get(d.doc)! } : {}) };
        const task = d.stdin ? { ...where, ...(stdin?.ok ? { bytes: stdin.bytes } : { failure: stdin?.reason ?? "standard input was not read" }) } : { ...where, path: at(d.path) };
        const r = await runPool.run(task);
        if (options.signal?.aborted) return; // workers stopped by the interruption: not a document failure
        if (!r.ok && r.fatal) throw Object.assign(new Error(r.fatal.message), { code: r.fatal.code, path: r.fatal.path });
        done++;
        bytesDone += sizes[index] ?? 0;
        documentSeconds += r.seconds ?? 0;
        options.onProgress?.({ done, total: documents.length, bytesDone, bytesTotal });
        ordered.push(index, r);
      }),
    );
    await untilAborted(annotating, options.signal);
    await ordered.drained();
    options.signal?.throwIfAborted();

    const seconds = () => (performance.now() - t0) / 1000;
    const failed = results.filter((r) => !r.ok).length;
    if (failed === results.length && !shard) {
      // Not one document: a dataset of errors must not replace a dataset of annotations.
      await abortAll(outDir);
      await pool.close();
      await staging.discard();
      return { ...nothing, documents: documents.length, failed, seconds: seconds(), bytes: bytesTotal, hadPrevious };
    }

    const files: AtomicFile[] = [];
    for (const w of writers) files.push(...(await w.finish()));
    const outputs = await commitAll(files);
    const manifest = buildManifest({ extractors: extractorInfo(extractorSet), userData: extensions.dataFiles, types, formats: [...formats], results, problems, outputs, cwd });
    if (shard) manifest.shard = { ...shard, documents: shardDocuments };
    const wall = seconds();
    // Busy minus the annotation this thread did itself (one job): the part no worker can take over.
    const busy = Math.max(0, performance.eventLoopUtilization(loop0).active / 1000 - pool.inlineSeconds);
    // CPU time does not grow when other processes take the cores, as busy time does (Linux only).
    const threadNow = threadCpuSeconds();
    const processCpu = process.cpuUsage(cpu0.process);
    const cpu = cpu0.thread !== undefined && threadNow !== undefined ? Math.max(0, threadNow - cpu0.thread - pool.inlineCpuSeconds) : undefined;
    const allCpu = (processCpu.user + processCpu.system) / 1e6;
    const run = {
      note: "Timing and machine of this run; the only output file that differs between identical runs.",
      started: started.toISOString(),
      finished: new Date().toISOString(),
      seconds: round(wall, 3),
      jobs,
      documentsPerSecond: round(documents.length / wall, 2),
      megabytesPerSecond: round(bytesTotal / 1e6 / wall, 3),
      documentSeconds: round(documentSeconds, 3),
      mainThread: {
        note: "Time the main thread was busy with serial work (discovery, ordering, writing, the manifest), not annotating; busyShare = busySeconds / seconds.",
        busySeconds: round(busy, 3),
        busyShare: round(busy / wall, 4),
        ...(cpu !== undefined
          ? {
              cpuNote: "CPU time of the main thread's serial work (Linux), and its share of the CPU time of all the process's threads in the run: the serial fraction, whatever else ran on the machine.",
              cpuSeconds: round(cpu, 2),
              serialShare: round(cpu / Math.max(allCpu, 1e-9), 4),
            }
          : {}),
      },
      node: process.version,
      platform: `${platform()} ${process.arch}`,
      cpus: cpus().length,
      command: options.command ?? [],
    };
    await writeJsonFiles(outDir, { "manifest.json": manifest, "run.json": run });
    await pool.close();
    await staging.commit();
    return {
      documents: documents.length,
      failed: manifest.totals.failed,
      problems,
      counts: manifest.totals.annotations,
      seconds: seconds(),
      bytes: bytesTotal,
      files: [...outputs.map((o) => o.file), "manifest.json", "run.json"],
      jobs,
      written: true,
      hadPrevious,
    };
  } catch (e) {
    if (staging) await abortAll(staging.dir);
    await pool?.close();
    await staging?.discard().catch(() => undefined);
    throw staging ? shownInOutDir(e, staging.dir, options.outDir) : e;
  } finally {
    await pool?.close();
    await lock.release().catch(() => undefined);
    dropExitCleanUp();
  }
}

/** An error about a file of the new dataset names it as it would be in the out dir. */
function shownInOutDir(e: unknown, stagingDir: string, outDir: string): unknown {
  const error = e as NodeJS.ErrnoException;
  if (error && typeof error.path === "string" && (error.path === stagingDir || error.path.startsWith(stagingDir + sep))) {
    error.path = outDir.replace(/[\\/]+$/, "") + error.path.slice(stagingDir.length);
  }
  return e;
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

/** Waits for `work`; an interruption rejects at once (the workers are then stopped by the caller). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  work.catch(() => undefined); // an interrupted run's late failures are not reported
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (v) => (signal.removeEventListener("abort", onAbort), resolve(v)),
      (e) => (signal.removeEventListener("abort", onAbort), reject(e)),
    );
  });
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

