/**
 * Output files are written to a temporary file beside their final name and renamed into place
 * only when the whole run succeeded, so an interrupted or failed run never leaves a truncated
 * dataset (the previous one stays as it was).
 */
import { createHash, type Hash } from "node:crypto";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm, unlink } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import type { Piece } from "./spool.js";

export interface OutputFile {
  /** Path relative to the out dir, with `/` separators. */
  file: string;
  bytes: number;
  sha256: string;
}

/** Temporary files not yet renamed, removed if the process is interrupted. */
const open = new Set<AtomicFile>();

export class AtomicFile {
  readonly tmp: string;
  private readonly stream: WriteStream;
  private readonly hash: Hash = createHash("sha256");
  private bytes = 0;
  private failure: Error | undefined;
  private closed: OutputFile | undefined;

  private constructor(
    readonly outDir: string,
    readonly path: string,
  ) {
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    this.stream = createWriteStream(this.tmp);
    this.stream.on("error", (e) => (this.failure = e));
    open.add(this);
  }

  static async create(outDir: string, name: string): Promise<AtomicFile> {
    const path = join(outDir, name);
    await mkdir(dirname(path), { recursive: true });
    return new AtomicFile(outDir, path);
  }

  /** Append text, waiting when the disk is slower than the annotators. */
  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (text.length === 0) return;
    await this.writeBytes(Buffer.from(text, "utf8"));
  }

  /** Append a document's pieces: text, or a spool file copied chunk by chunk, then removed. */
  async writePieces(pieces: readonly Piece[] | undefined): Promise<void> {
    for (const piece of pieces ?? []) {
      if (typeof piece === "string") {
        await this.write(piece);
        continue;
      }
      for await (const chunk of createReadStream(piece.file)) await this.writeBytes(chunk as Buffer);
      await rm(piece.file, { force: true });
    }
  }

  private async writeBytes(chunk: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onError = (e: Error) => reject(e);
        this.stream.once("error", onError);
        this.stream.once("drain", () => {
          this.stream.off("error", onError);
          resolve();
        });
      });
    }
  }

  /** Flush and close the temporary file (it is renamed later by `commit`). */
  async close(): Promise<OutputFile> {
    if (this.closed) return this.closed;
    await new Promise<void>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.stream.end((e?: Error | null) => (e ? reject(e) : resolve()));
    });
    if (this.failure) throw this.failure;
    this.closed = { file: relative(this.outDir, this.path).split("\\").join("/"), bytes: this.bytes, sha256: this.hash.digest("hex") };
    return this.closed;
  }

  async commit(): Promise<void> {
    await rename(this.tmp, this.path);
    open.delete(this);
  }

  async abort(): Promise<void> {
    open.delete(this);
    this.stream.destroy();
    await unlink(this.tmp).catch(() => undefined);
  }
}

/** Remove every temporary file still open (on failure or interruption). */
export async function abortAll(): Promise<void> {
  await Promise.all([...open].map((f) => f.abort()));
}

/** Close a set of files, then rename them all: renames happen only once every file is complete. */
export async function commitAll(files: readonly AtomicFile[]): Promise<OutputFile[]> {
  const done: OutputFile[] = [];
  for (const f of files) done.push(await f.close());
  for (const f of files) await f.commit();
  return done;
}
