/**
 * A fixed set of worker threads, each annotating one document at a time. p-map decides what runs
 * when (at most `size` tasks at once), so a free worker always exists when `run` is called.
 */
import { Worker } from "node:worker_threads";
import { keepsWhole } from "./outputs/render.js";
import type { DocumentResult, DocumentTask, ExtractorInfo, WorkerConfig, WorkerReady } from "./task.js";

/**
 * Old-generation heap of each worker. A hard cap, but far above what one window of a document
 * needs (documents are annotated window by window): its real use is that V8 sizes its heap
 * growth by it. Left to the default (a quarter of the machine's memory), a worker lets garbage
 * pile up to hundreds of megabytes before collecting; capped, a 50 MB document with every format
 * peaks at about 0.45 GB instead of 0.7 GB (see README, benchmarks), at a few percent more CPU.
 * A document that still needs more fails alone ("out of memory"), the batch goes on. The review
 * page and brat hold a document's whole text and annotations, so with them the heap is left to
 * V8's default: a huge document then costs memory, but it is not lost.
 */
export const WORKER_HEAP_MB = 1024;

/** A worker that could not even start (extractors failed to load): the whole run stops. */
export class WorkerStartError extends Error {
  override readonly name = "WorkerStartError";
}

class Slot {
  alive = true;
  private pending: ((r: DocumentResult) => void) | undefined;
  private task: DocumentTask | undefined;

  constructor(readonly worker: Worker) {
    worker.on("message", (m: DocumentResult) => this.settle(m));
    worker.on("error", (e) =>
      this.die(
        (e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `out of memory: annotating this document needs more than the ${WORKER_HEAP_MB} MB a worker may use`
          : `worker crashed: ${e.message}`,
      ),
    );
    worker.on("exit", (code) => this.die(`worker exited with code ${code}`));
  }

  run(task: DocumentTask): Promise<DocumentResult> {
    return new Promise((resolve) => {
      this.pending = resolve;
      this.task = task;
      this.worker.postMessage(task);
    });
  }

  private settle(result: DocumentResult): void {
    const done = this.pending;
    this.pending = undefined;
    this.task = undefined;
    done?.(result);
  }

  private die(reason: string): void {
    if (!this.alive) return;
    this.alive = false;
    const t = this.task;
    if (t) this.settle({ index: t.index, doc: t.doc, path: t.display ?? t.path, ok: false, reason });
  }
}

export class WorkerPool {
  private readonly idle: Slot[] = [];
  private readonly all = new Set<Worker>();
  private closed = false;
  /** The extractors the workers run, known once the first worker has started. */
  extractors: ExtractorInfo[] | undefined;

  constructor(
    private readonly script: URL,
    private readonly config: WorkerConfig,
  ) {}

  async run(task: DocumentTask): Promise<DocumentResult> {
    const slot = this.idle.pop() ?? (await this.spawn());
    try {
      return await slot.run(task);
    } finally {
      // A crashed worker is dropped; the next task starts a fresh one.
      if (slot.alive && !this.closed) this.idle.push(slot);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    // Includes workers still starting, which would otherwise keep the process alive.
    await Promise.all([...this.all].map((w) => w.terminate()));
  }

  private spawn(): Promise<Slot> {
    if (this.closed) return Promise.reject(new WorkerStartError("pool closed"));
    const resourceLimits = keepsWhole(this.config.formats) ? undefined : { maxOldGenerationSizeMb: WORKER_HEAP_MB };
    const worker = new Worker(this.script, { workerData: this.config, ...(resourceLimits ? { resourceLimits } : {}) });
    this.all.add(worker);
    return new Promise((resolve, reject) => {
      // Remove only our own listeners: Worker keeps internal ones (removeAllListeners breaks it).
      const off = () => {
        worker.off("error", onError);
        worker.off("exit", onExit);
        worker.off("message", onReady);
      };
      const onError = (e: Error) => {
        off();
        void worker.terminate();
        reject(new WorkerStartError(e.message));
      };
      const onExit = (code: number) => {
        off();
        reject(new WorkerStartError(`worker exited with code ${code} while starting`));
      };
      const onReady = (m: WorkerReady) => {
        off();
        this.extractors ??= m.extractors;
        resolve(new Slot(worker));
      };
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.on("message", onReady);
    });
  }
}
