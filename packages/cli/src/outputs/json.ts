import { createHash } from "node:crypto";
import type { DocumentResult } from "../protocol.js";
import { AtomicFile } from "./atomic.js";
import type { OutputWriter } from "./writer.js";

/** Folder of the per-document files (a folder, so a document named `manifest` cannot clash). */
export const DOCUMENTS_DIR = "documents";

/** File names are at most 255 bytes on the usual file systems. */
const NAME_MAX = 255;

/**
 * `<doc>.json`, the doc id kept exactly (a `\` or any other character stays what it is). A doc id
 * too long for a file name with `.json` after it (a 252-byte file name) is cut at a character
 * boundary and told apart by a hash: `<start of the id>~<12 hex digits>.json`; the file's `doc`
 * field and the manifest hold the whole id.
 */
export function documentFileName(doc: string, suffix = ".json"): string {
  if (Buffer.byteLength(`${doc}${suffix}`) <= NAME_MAX) return `${doc}${suffix}`;
  const tail = `~${createHash("sha256").update(doc).digest("hex").slice(0, 12)}${suffix}`;
  let cut = "";
  for (const ch of doc) {
    if (Buffer.byteLength(cut + ch + tail) > NAME_MAX) break;
    cut += ch;
  }
  return cut + tail;
}

/** `documents/<doc>.json`: the document's structure and its annotations (rendered by the worker). */
export function jsonWriter(outDir: string): OutputWriter {
  const files: AtomicFile[] = [];
  return {
    async document(r: DocumentResult) {
      if (!r.ok) return;
      const file = await AtomicFile.create(outDir, `${DOCUMENTS_DIR}/${documentFileName(r.doc)}`);
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
