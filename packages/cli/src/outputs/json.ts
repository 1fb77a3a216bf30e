import type { DocumentResult } from "../task.js";
import { AtomicFile } from "./atomic.js";
import type { OutputWriter } from "./writer.js";

/** Folder of the per-document files (a folder, so a document named `manifest` cannot clash). */
export const DOCUMENTS_DIR = "documents";

/** `documents/<doc>.json`: the document's structure and its annotations (rendered by the worker). */
export function jsonWriter(outDir: string): OutputWriter {
  const files: AtomicFile[] = [];
  return {
    async document(r: DocumentResult) {
      if (!r.ok) return;
      const file = await AtomicFile.create(outDir, `${DOCUMENTS_DIR}/${r.doc}.json`);
      await file.writePieces(r.rendered.json);
      // Closed now (not at the end) so a large batch does not hold one open file per document.
      await file.close();
      files.push(file);
    },
    async finish() {
      return files;
    },
  };
}
