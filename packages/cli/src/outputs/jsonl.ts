import type { DocumentResult } from "../protocol.js";
import { AtomicFile } from "./atomic.js";
import type { OutputWriter } from "./writer.js";

/** annotations.jsonl: the pipeline's records, one per line, exactly as returned. */
export async function jsonlWriter(outDir: string): Promise<OutputWriter> {
  const file = await AtomicFile.create(outDir, "annotations.jsonl");
  return {
    async document(r: DocumentResult) {
      if (r.ok) await file.writePieces(r.rendered.jsonl);
    },
    position: () => ({ file: "annotations.jsonl", bytes: file.size }),
    async finish() {
      return [file];
    },
  };
}
