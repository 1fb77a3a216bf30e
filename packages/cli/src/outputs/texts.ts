import type { DocumentResult } from "../protocol.js";
import { AtomicFile } from "./atomic.js";
import type { OutputWriter } from "./writer.js";

/** Folder of the texts procmine read from PDF inputs: the text every offset of their records indexes. */
export const TEXTS_DIR = "texts";

/** `texts/<doc>.txt` (UTF-8) for every PDF input, whatever the formats. */
export function textsWriter(outDir: string): OutputWriter {
  const files: AtomicFile[] = [];
  return {
    async document(r: DocumentResult) {
      if (!r.ok || !r.text) return;
      const file = await AtomicFile.create(outDir, `${TEXTS_DIR}/${r.doc}.txt`);
      await file.writePieces(r.text);
      await file.close();
      files.push(file);
    },
    async finish() {
      return files;
    },
  };
}
