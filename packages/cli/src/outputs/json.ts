import type { DocumentResult } from "../task.js";
import { AtomicFile } from "./atomic.js";
import type { OutputWriter } from "./writer.js";

/** Folder of the per-document files (a folder, so a document named `manifest` cannot clash). */
export const DOCUMENTS_DIR = "documents";

/** `documents/<doc>.json`: the document's structure (summarizeDocument) and its annotations. */
export function jsonWriter(outDir: string): OutputWriter {
  const files: AtomicFile[] = [];
  return {
    async document(r: DocumentResult) {
      if (!r.ok) return;
      const file = await AtomicFile.create(outDir, `${DOCUMENTS_DIR}/${r.doc}.json`);
      const body = {
        doc: r.doc,
        path: r.path,
        sha256: r.sha256,
        bytes: r.bytes,
        characters: r.characters,
        counts: r.counts,
        structure: r.summary,
        annotations: r.annotations,
      };
      await file.write(JSON.stringify(body) + "\n");
      // Closed now (not at the end) so a large batch does not hold one open file per document.
      await file.close();
      files.push(file);
    },
    async finish() {
      return files;
    },
  };
}
