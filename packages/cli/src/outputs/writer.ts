import type { DocumentResult } from "../task.js";
import type { AtomicFile } from "./atomic.js";

/** One output format: it sees every document once, in input order, then hands over its files. */
export interface OutputWriter {
  document(result: DocumentResult): Promise<void>;
  /** Files to commit (still temporary). */
  finish(): Promise<AtomicFile[]>;
}
