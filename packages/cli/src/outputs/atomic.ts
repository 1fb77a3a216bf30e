/**
 * An output file of the dataset being built. Every file is written straight to its final name
 * inside the run's new dataset folder (see commit.ts): no reader sees that folder before it is
 * complete and switched in, so no file needs a temporary name of its own (a temporary name
 * longer than the file's own could not be created for a file name near the 255-byte limit).
 */
import { createHash, type Hash } from "node:crypto";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import type { Piece } from "./spool.js";

export interface OutputFile {
  /** Path relative to the out dir, with `/` separators (a `\` in a file name stays a `\`). */
  file: string;
  bytes: number;
  sha256: string;
}

/** Files still open, closed if the run fails or is interrupted (their folder is then removed). */
const open = new Set<AtomicFile>();

/** A write error carries the file's path (a stream's own errors do not), for `procmine: <path>: <reason>`. */
function withPath(e: unknown, path: string): Error {
  const error = e as NodeJS.ErrnoException;
  if (error && typeof error === "object" && !error.path) error.path = path;
  return error;
}

/**
 * Small writes are gathered up to this many bytes before one goes to the file: a batch of many
 * small documents then costs the main thread a few large writes instead of several per document.
 */
const GATHER_BYTES = 256 * 1024;

export class AtomicFile {
  private readonly stream: WriteStream;
  /** The bytes gathered for the next write (made at the first write; a fresh one after each write, which the stream keeps). */
  private gathered: Buffer | undefined;
  private gatheredBytes = 0;
  private readonly hash: Hash = createHash("sha256");
  private bytes = 0;
  private failure: Error | undefined;
  private closed: OutputFile | undefined;

  private constructor(
    readonly outDir: string,
    readonly path: string,
  ) {
    this.stream = createWriteStream(path);
    this.stream.on("error", (e) => (this.failure = withPath(e, path)));
    open.add(this);
  }

  static async create(outDir: string, name: string): Promise<AtomicFile> {
    const path = join(outDir, name);
    await makeFoldersBelow(outDir, dirname(path));
    return new AtomicFile(outDir, path);
  }

  /** Append text, waiting when the disk is slower than the annotators. */
  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (text.length === 0) return;
    // A UTF-16 unit is at most 3 UTF-8 bytes: text that surely fits is encoded straight into the
    // gathered bytes (once, no intermediate buffer to copy again); longer text is encoded alone.
    if (text.length * 3 > GATHER_BYTES) return this.writeBytes(Buffer.from(text, "utf8"));
    if (this.gatheredBytes + text.length * 3 > GATHER_BYTES) await this.flush();
    this.gathered ??= Buffer.allocUnsafeSlow(GATHER_BYTES);
    const written = this.gathered.write(text, this.gatheredBytes, "utf8");
    this.gatheredBytes += written;
    this.bytes += written;
  }

  /** Append a document's pieces: text, or a spool file copied chunk by chunk, then removed. */
  async writePieces(pieces: readonly Piece[] | undefined): Promise<void> {
    for (const piece of pieces ?? []) {
      if (typeof piece === "string") await this.write(piece);
      else if (piece instanceof Uint8Array) await this.writeBytes(piece);
      else {
        if (piece.start !== undefined && piece.start === piece.end) continue;
        const range = piece.start !== undefined && piece.end !== undefined ? { start: piece.start, end: piece.end - 1 } : {};
        for await (const chunk of createReadStream(piece.file, range)) await this.writeBytes(chunk as Buffer);
        if (!piece.keep) await rm(piece.file, { force: true });
      }
    }
  }

  /** Bytes written so far: where the next piece starts. */
  get size(): number {
    return this.bytes;
  }

  private async writeBytes(chunk: Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (chunk.length === 0) return;
    this.bytes += chunk.length;
    // Long bytes go out by themselves, after the gathered ones.
    if (chunk.length > GATHER_BYTES / 2) return this.flush().then(() => this.send(chunk));
    if (this.gatheredBytes + chunk.length > GATHER_BYTES) await this.flush();
    this.gathered ??= Buffer.allocUnsafeSlow(GATHER_BYTES);
    this.gathered.set(chunk, this.gatheredBytes);
    this.gatheredBytes += chunk.length;
  }

  private async flush(): Promise<void> {
    if (this.gatheredBytes === 0) return;
    const gathered = this.gathered!.subarray(0, this.gatheredBytes);
    // A few bytes (a small file's whole) are copied out and the buffer kept; else the stream
    // takes the buffer itself and the next write makes a new one.
    const small = this.gatheredBytes < GATHER_BYTES / 8;
    const chunk = small ? Buffer.from(gathered) : gathered;
    if (!small) this.gathered = undefined;
    this.gatheredBytes = 0;
    await this.send(chunk);
  }

  /** Hash and write bytes (the stream keeps them: they are never reused). */
  private async send(chunk: Uint8Array): Promise<void> {
    this.hash.update(chunk);
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onError = (e: Error) => reject(withPath(e, this.path));
        this.stream.once("error", onError);
        this.stream.once("drain", () => {
          this.stream.off("error", onError);
          resolve();
        });
      });
    }
  }

  /** Flush and close the file; its name relative to the dataset, size and sha256. */
  async close(): Promise<OutputFile> {
    if (this.closed) return this.closed;
    await this.flush();
    this.gathered = undefined;
    await new Promise<void>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.stream.end((e?: Error | null) => (e ? reject(withPath(e, this.path)) : resolve()));
    });
    if (this.failure) throw this.failure;
    open.delete(this);
    // Split on the platform's separator only: on POSIX a `\` is part of a file name, never a separator.
    this.closed = { file: relative(this.outDir, this.path).split(sep).join("/"), bytes: this.bytes, sha256: this.hash.digest("hex") };
    return this.closed;
  }

  /** Stop writing; resolves once the file is closed (an open still in flight has landed). */
  abort(): Promise<void> {
    open.delete(this);
    if (this.stream.closed) return Promise.resolve();
    const closed = new Promise<void>((resolve) => this.stream.once("close", () => resolve()));
    this.stream.destroy();
    return closed;
  }
}

/** Close every file still open in `outDir` (on failure or interruption), before the folder is removed. */
export async function abortAll(outDir: string): Promise<void> {
  // Waiting for the closes matters: a file whose open is still in the thread pool would otherwise
  // appear after its folder was emptied, and the folder's removal would fail (ENOTEMPTY).
  await Promise.all([...open].filter((f) => f.outDir === outDir).map((f) => f.abort()));
}

/**
 * Write JSON files in `outDir` in the order given (pretty, a newline at the end), then close them
 * all: how a dataset ends, with its manifest and run.json.
 */
export async function writeJsonFiles(outDir: string, files: Readonly<Record<string, unknown>>): Promise<OutputFile[]> {
  const written: AtomicFile[] = [];
  for (const [name, value] of Object.entries(files)) {
    const file = await AtomicFile.create(outDir, name);
    written.push(file);
    await file.write(JSON.stringify(value, null, 2) + "\n");
  }
  return commitAll(written);
}

/** Close a set of files: each then complete, with its size and hash. */
export async function commitAll(files: readonly AtomicFile[]): Promise<OutputFile[]> {
  const done: OutputFile[] = [];
  for (const f of files) done.push(await f.close());
  return done;
}

/**
 * The folders from `outDir` (which must exist) down to `dir`, one level at a time. Never
 * recursive from above `outDir`: a run being discarded (Ctrl-C) removes its new dataset folder,
 * and a recursive mkdir still in flight would make it again after the removal.
 */
async function makeFoldersBelow(outDir: string, dir: string): Promise<void> {
  const rel = relative(outDir, dir);
  if (rel === "") return;
  let at = outDir;
  for (const part of rel.split(sep)) {
    at = join(at, part);
    await mkdir(at).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== "EEXIST") throw e;
    });
  }
}
