import type { DocumentResult } from "../protocol.js";
import type { AtomicFile } from "./atomic.js";

/** One output format: it sees every document once, in input order, then hands over its files. */
export interface OutputWriter {
  document(result: DocumentResult): Promise<void>;
  /**
   * The file every document's piece is appended to, and its size so far (so a shard can say
   * where each document's bytes are, for `procmine merge`). Absent for one file per document.
   */
  position?(): { file: string; bytes: number };
  /** Files to commit (still temporary). */
  finish(): Promise<AtomicFile[]>;
}
