/**
 * A document's share of one output file, built window by window by the worker. It stays in
 * memory while small (nearly every document); past `SPOOL_AFTER` characters it moves to a file
 * in the run's spool folder, so a document of hundreds of megabytes never becomes one string or
 * one message. The main thread copies the pieces into the output in input order.
 */
import { appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Text, its UTF-8 bytes (encoded by the worker), or a file to copy: a spool file (deleted once
 * copied), or bytes `start` to `end` of another dataset's file, kept (`procmine merge`).
 */
export type Piece = string | Uint8Array | FilePiece;

export interface FilePiece {
  file: string;
  start?: number;
  end?: number;
  keep?: boolean;
}

/** About 16 MB of UTF-16: a document a hundred times the usual proceedings' size. */
export const SPOOL_AFTER = 8_000_000;

export class Spool {
  private parts: string[] = [];
  private size = 0;
  private path: string | undefined;

  /** `dir` undefined: never spool (in-process use, tests). */
  constructor(
    private readonly dir: string | undefined,
    private readonly name: string,
    private readonly limit = SPOOL_AFTER,
  ) {}

  append(text: string): void {
    if (text.length === 0) return;
    if (this.path) {
      appendFileSync(this.path, text);
      return;
    }
    this.parts.push(text);
    this.size += text.length;
    if (this.dir !== undefined && this.size > this.limit) {
      this.path = join(this.dir, this.name);
      writeFileSync(this.path, this.parts.join(""));
      this.parts = [];
    }
  }

  /** Move what is held in memory to the spool file now (a finished part of a long document). */
  spill(): void {
    if (this.path || this.dir === undefined) return;
    this.path = join(this.dir, this.name);
    writeFileSync(this.path, this.parts.join(""));
    this.parts = [];
  }

  pieces(): Piece[] {
    if (this.path) return [{ file: this.path }];
    return this.parts.length > 0 ? [this.parts.join("")] : [];
  }
}
