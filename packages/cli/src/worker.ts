/**
 * Worker thread entry: builds one pipeline (extractors and their data load once per worker),
 * then annotates the documents the main thread sends, one message each, one after another in
 * the order they came (the main thread keeps a few queued here, see pool.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import { buildRunExtractors } from "./extensions.js";
import { extractorInfo } from "./manifest.js";
import { processDocument } from "./task.js";
import type { DocumentTask, WorkerConfig, WorkerReady } from "./protocol.js";

const config = workerData as WorkerConfig;
const port = parentPort;
if (!port) throw new Error("worker.js must run in a worker thread");

const run = await buildRunExtractors({ dataFiles: config.dataFiles ?? [], extractorModules: config.extractorModules ?? [] }, config.types, config.cwd);
const { pipeline } = run;
let chain: Promise<void> = Promise.resolve();
port.on("message", (task: DocumentTask) => {
  chain = chain.then(() =>
    processDocument(pipeline, config, task).then(
      (result) => port.postMessage(result),
      (e: unknown) => port.postMessage({ index: task.index, doc: task.doc, path: task.display ?? task.path, ok: false, reason: `annotation failed: ${(e as Error).message}` }),
    ),
  );
});
const ready: WorkerReady = { ready: true, extractors: extractorInfo(run) };
port.postMessage(ready);
