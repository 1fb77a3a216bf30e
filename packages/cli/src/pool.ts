/**
 * Where documents are annotated: a set of worker threads, each kept `DEPTH` documents ahead so it
 * never idles waiting for the main thread between two documents, or (one job) the main thread
 * itself, which then needs no worker at all.
 */
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { BUNDLED_CODE, type Pipeline } from "@procmine/core";
import { threadCpuSeconds } from "./thread-cpu.js";
import { processDocument } from "./task.js";
import type { DocumentResult, DocumentTask, ExtractorInfo, WorkerConfig, WorkerReady } from "./protocol.js";

/** The worker's entry: its bundle when the CLI runs bundled (scripts/bundle-cli.mjs), else its module. */
export function workerScript(): URL {
  return new URL(BUNDLED_CODE !== undefined ? "./worker.bundle.js" : "./worker.js", import.meta.url);
}

/**
 * Old-generation heap of each worker. A hard cap, but far above what one window of a document
 * needs (documents are annotated window by window): its real use is that V8 sizes its heap
 * growth by it. Left to the default (a quarter of the machine's memory), a worker lets garbage
 * pile up to hundreds of megabytes before collecting; capped, a 50 MB document with every format
 * peaks at about 0.45 GB instead of 0.7 GB (see README, benchmarks), at a few percent more CPU.
 * A document that still needs more fails alone ("out of memory"), the batch goes on. Every
 * output, the review page (in parts) and brat included, is built window by window.
 */
export const WORKER_HEAP_MB = 1024;

/**
 * Documents sent to a worker before it has finished the first: while it annotates one, the next
 * ones wait in its own queue, so no document starts with a round trip to the main thread. Small
 * enough that the batch still spreads evenly over the workers at its end.
 */
export const DEPTH = 4;

/** A worker that could not even start (extractors failed to load): the whole run stops. */
export class WorkerStartError extends Error {
  override readonly name = "WorkerStartError";
}

/** Annotates documents somewhere: in worker threads, or in this thread. */
export interface DocumentRunner {
  run(task: DocumentTask): Promise<DocumentResult>;
  close(): Promise<void>;
  /** Seconds this thread was busy annotating documents itself (0 with workers). */
  readonly inlineSeconds: number;
  /** CPU seconds this thread spent annotating documents itself (0 with workers; Linux only). */
  readonly inlineCpuSeconds: number;
}

/** One job: documents are annotated here, one after another, with the pipeline already built. */
export class InlineRunner implements DocumentRunner {
  inlineSeconds = 0;
  inlineCpuSeconds = 0;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pipeline: Pipeline,
    private readonly config: WorkerConfig,
  ) {}

  run(task: DocumentTask): Promise<DocumentResult> {
    const next = this.chain.then(async () => {
      // Busy time only: waiting for the file to be read is no work of this thread.
      const loop0 = performance.eventLoopUtilization();
      const cpu0 = threadCpuSeconds();
      try {
        return await processDocument(this.pipeline, this.config, task, { toBytes: false });
      } catch (e) {
        return failure(task, `annotation failed: ${(e as Error).message}`);
      } finally {
        this.inlineSeconds += performance.eventLoopUtilization(loop0).active / 1000;
        if (cpu0 !== undefined) this.inlineCpuSeconds += threadCpuSeconds()! - cpu0;
      }
    });
    this.chain = next;
    return next;
  }

  async close(): Promise<void> {}
}

interface Pending {
  task: DocumentTask;
  resolve: (r: DocumentResult) => void;
  reject: (e: Error) => void;
}

function failure(task: DocumentTask, reason: string): DocumentResult {
  return { index: task.index, doc: task.doc, path: task.display ?? task.path, ok: false, reason };
}

/** A worker and the documents it holds, in the order it annotates them. */
class Slot {
  alive = true;
  readonly queue: Pending[] = [];

  constructor(
    readonly worker: Worker,
    private readonly onSettled: (slot: Slot) => void,
    private readonly onDied: (slot: Slot, orphans: Pending[]) => void,
  ) {
    worker.on("message", (m: DocumentResult) => {
      const p = this.queue.shift();
      p?.resolve(m);
      this.onSettled(this);
    });
    worker.on("error", (e) =>
      this.die(
        (e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `out of memory: annotating this document needs more than the ${WORKER_HEAP_MB} MB a worker may use`
          : `worker crashed: ${e.message}`,
      ),
    );
    worker.on("exit", (code) => this.die(`worker exited with code ${code}`));
  }

  send(p: Pending): void {
    this.queue.push(p);
    this.worker.postMessage(p.task);
  }

  /** The document being annotated fails; the ones queued behind it go to another worker. */
  private die(reason: string): void {
    if (!this.alive) return;
    this.alive = false;
    const [current, ...orphans] = this.queue.splice(0);
    current?.resolve(failure(current.task, reason));
    this.onDied(this, orphans);
  }
}

export class WorkerPool implements DocumentRunner {
  readonly inlineSeconds = 0;
  readonly inlineCpuSeconds = 0;
  private readonly slots: Slot[] = [];
  private readonly backlog: Pending[] = [];
  private readonly all = new Set<Worker>();
  private starting = 0;
  private closed = false;
  /** The extractors the workers run, known once the first worker has started. */
  extractors: ExtractorInfo[] | undefined;

  constructor(
    private readonly script: URL,
    private readonly config: WorkerConfig,
    private readonly size: number,
  ) {}

  run(task: DocumentTask): Promise<DocumentResult> {
    if (this.closed) return Promise.reject(new WorkerStartError("pool closed"));
    return new Promise((resolve, reject) => {
      this.backlog.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    // Includes workers still starting, which would otherwise keep the process alive.
    await Promise.all([...this.all].map((w) => w.terminate()));
  }

  /** Fill every live worker up to DEPTH, least loaded first; start workers while work waits. */
  private dispatch(): void {
    if (this.closed) return;
    while (this.backlog.length > 0) {
      let best: Slot | undefined;
      for (const s of this.slots) if (s.alive && s.queue.length < DEPTH && (!best || s.queue.length < best.queue.length)) best = s;
      if (!best) break;
      best.send(this.backlog.shift()!);
    }
    const live = this.slots.filter((s) => s.alive).length;
    if (this.backlog.length > 0 && live + this.starting < this.size) this.spawn();
  }

  private spawn(): void {
    this.starting++;
    const worker = new Worker(this.script, { workerData: this.config, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.all.add(worker);
    // Remove only our own listeners: Worker keeps internal ones (removeAllListeners breaks it).
    const off = () => {
      worker.off("error", onError);
      worker.off("exit", onExit);
      worker.off("message", onReady);
      this.starting--;
    };
    const failStart = (message: string) => {
      off();
      this.all.delete(worker);
      void worker.terminate();
      // Nothing can be annotated: every waiting document's run stops.
      const error = new WorkerStartError(message);
      for (const p of this.backlog.splice(0)) p.reject(error);
    };
    const onError = (e: Error) => failStart(e.message);
    const onExit = (code: number) => failStart(`worker exited with code ${code} while starting`);
    const onReady = (m: WorkerReady) => {
      off();
      this.extractors ??= m.extractors;
      const slot = new Slot(
        worker,
        () => this.dispatch(),
        (dead, orphans) => {
          this.all.delete(dead.worker);
          this.slots.splice(this.slots.indexOf(dead), 1);
          // A crashed worker is dropped; its queued documents start again on a fresh one.
          this.backlog.unshift(...orphans);
          this.dispatch();
        },
      );
      this.slots.push(slot);
      this.dispatch();
    };
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.on("message", onReady);
  }
}
