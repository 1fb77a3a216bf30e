/**
 * PDF input for procmine: the document's text as procmine reads a PDF (see assemble.ts), and
 * annotation records that carry, besides their raw offsets into that text, one box per line.
 */
import { packageVersion, type Annotation, type AnnotateResult, type Pipeline } from "@procmine/core";
import type { PdfText } from "./assemble.js";
import { readPdf } from "./read.js";

export { readPdf, isPdf, NO_TEXT_LAYER, UNMAPPED_TEXT } from "./read.js";
export { pdfLayout, glyphWidths, PDF_DATA_FILES, type PdfLayoutConfig } from "./config.js";
export type { PdfText } from "./assemble.js";
export { LineIndex } from "./line-index.js";

export const PDF_VERSION = packageVersion(new URL("../package.json", import.meta.url));

/** Give each record its boxes (a new object, `boxes` last, so records stay byte-for-byte stable). */
export function withBoxes(annotations: readonly Annotation[], pdf: PdfText): Annotation[] {
  return annotations.map((a) => ({ ...a, boxes: pdf.lines.boxes(pdf.text, a.start, a.end) }));
}

/** Annotate a read PDF window by window (as `pipeline.annotateStream`), records with boxes. */
export function* annotatePdfText(pipeline: Pipeline, pdf: PdfText, options: { docId: string }): Generator<AnnotateResult> {
  for (const r of pipeline.annotateStream(pdf.text, { docId: options.docId, marks: pdf.marks })) {
    yield { document: r.document, annotations: withBoxes(r.annotations, pdf), skipped: r.skipped };
  }
}

/**
 * Read a PDF and annotate it whole: `text` is the document's text (`raw.slice(start, end) ===
 * text` for every record), `annotations` carry their boxes.
 */
export async function annotatePdf(pipeline: Pipeline, bytes: Uint8Array, options: { docId: string; path?: string }): Promise<{ text: string; pages: number; annotations: Annotation[] }> {
  const pdf = await readPdf(bytes, options.path);
  const annotations: Annotation[] = [];
  for (const r of annotatePdfText(pipeline, pdf, options)) for (const a of r.annotations) annotations.push(a);
  return { text: pdf.text, pages: pdf.pages, annotations };
}
