/**
 * The work one worker does for one document: read it, annotate it, render its outputs. Kept free
 * of worker_threads so it can also run in-process.
 */
import { createHash } from "node:crypto";
import {
  pageNumbering,
  type PageConvention,
  LANGUAGES,
  ProcmineInputError,
  checkText,
  toUtf8,
  startupMark,
  summarizeDocument,
  type AnnotateResult,
  type Pipeline,
  type TextEncoding,
} from "@procmine/core";
import { NotRegularFileError, readRegularFile } from "./inputs/read.js";
import { shiftSummary } from "./outputs/summary.js";
import { documentRow } from "./outputs/csv.js";
import { DocumentRenderer } from "./outputs/render.js";
import { Spool, type Piece } from "./outputs/spool.js";
import { annotatePdfText, isPdf, readPdf } from "@procmine/pdf";
import { fsReason } from "./fs-reason.js";
import { formatLanguageCounts, paragraphLanguages } from "./language-counts.js";
import { zeroCounts, type DocumentResult, type DocumentTask, type WorkerConfig } from "./protocol.js";

/** Errors that mean the outputs cannot be written at all: the whole run stops on them. */
const FATAL_CODES = new Set(["ENOSPC", "EDQUOT", "EROFS", "EIO", "EMFILE", "ENFILE"]);

let firstDocument = true;

/** Annotate one document; never throws for a problem with the document itself. */
export async function processDocument(pipeline: Pipeline, config: WorkerConfig, task: DocumentTask, { toBytes = true } = {}): Promise<DocumentResult> {
  const t0 = performance.now();
  if (firstDocument) startupMark(`first document starts (${task.doc})`);
  const result = await annotateAndRender(pipeline, config, task);
  if (firstDocument) startupMark("first document done");
  firstDocument = false;
  // The main thread only appends bytes: rows, quoting and UTF-8 are done here, in parallel.
  // In the main thread itself (one job) the writers encode the text once, straight into their buffers.
  result.row = await documentRow(result, config.types);
  if (result.ok && toBytes) for (const format of ["jsonl", "csv", "json", "html"] as const) result.rendered[format] &&= encodePieces(result.rendered[format]);
  result.seconds = (performance.now() - t0) / 1000;
  return result;
}

/** Text pieces as their UTF-8 bytes (spool files stay files). */
function encodePieces(pieces: Piece[]): Piece[] {
  return pieces.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p));
}

async function annotateAndRender(pipeline: Pipeline, config: WorkerConfig, task: DocumentTask): Promise<DocumentResult> {
  const base = { index: task.index, doc: task.doc, path: task.display ?? task.path };
  if (task.failure !== undefined) return { ...base, ok: false, reason: task.failure };
  let bytes: Uint8Array;
  try {
    bytes = task.bytes ?? (await readRegularFile(task.path));
  } catch (e) {
    return { ...base, ok: false, reason: e instanceof NotRegularFileError ? e.message : fsReason(e) };
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const read = { ...base, sha256, bytes: bytes.length };
  const pdf = /\.pdf$/i.test(task.path) || isPdf(bytes);
  let source: { results: Iterable<AnnotateResult>; text?: Piece[] };
  let encoding: TextEncoding = "utf-8";
  try {
    if (pdf) {
      // The PDF's text, built by procmine from pdf.js's items (see @procmine/pdf), is the raw
      // text of its records; it is written beside the dataset as texts/<doc>.txt.
      if (!isPdf(bytes)) throw new ProcmineInputError("damaged", "not a PDF (no %PDF- header)", task.path);
      const pdfText = await readPdf(bytes, task.path);
      const spool = new Spool(config.spoolDir, `${task.index}.txt`);
      spool.append(pdfText.text);
      source = { results: annotatePdfText(pipeline, pdfText, { docId: task.doc }), text: spool.pieces() };
    } else {
      // UTF-16 with a BOM becomes UTF-8; then validated (empty, binary, UTF-8) without decoding
      // a long document into one string.
      const decoded = toUtf8(bytes, task.path);
      encoding = decoded.encoding;
      checkText(decoded.bytes, task.path);
      source = { results: pipeline.annotateStream(decoded.bytes, { docId: task.doc }) };
    }
  } catch (e) {
    if (e instanceof ProcmineInputError) return { ...read, ok: false, reason: e.message };
    throw e;
  }
  try {
    // Long documents are annotated window by window (core's annotateStream); records carry
    // whole-document offsets, so each window's outputs are appended as it comes.
    const renderer = new DocumentRenderer(config, config.spoolDir, task.index, undefined, { place: task.place ?? task.index, doc: task.doc, path: base.path });
    const counts = zeroCounts();
    let characters = 0;
    let pages = 0;
    let convention: PageConvention | undefined;
    let sections = 0;
    let lang = "";
    const paragraphs = new Map<string, number>(LANGUAGES.map((l) => [l, 0]));
    let skipped = 0;
    let skippedReason: string | undefined;
    for (const { document, annotations, skipped: left } of source.results) {
      for (const a of annotations) counts[a.type]++;
      skipped += left.length;
      if (left[0] && skippedReason === undefined) skippedReason = `${left[0].extractor}: ${left[0].type} ${left[0].reason}`;
      await renderer.window(annotations, document.raw, document.origin.raw);
      characters += document.raw.length;
      pages = document.origin.page + document.pageCount - 1;
      // Decided once for the whole document (every window shares it).
      convention ??= document.structure.pageConvention;
      sections += document.sections.length;
      lang = document.lang;
      for (const [l, n] of paragraphLanguages(document)) paragraphs.set(l, paragraphs.get(l)! + n);
      if (config.formats.includes("json")) renderer.structure(shiftSummary(summarizeDocument(document), document.origin));
    }
    const paragraphLangs = formatLanguageCounts(paragraphs);
    // A PDF's pages are its own, whatever its text shows.
    const numbering = pdf ? "physical" : pageNumbering(convention ?? "none", pages);
    const done = { ...read, ok: true as const, encoding, characters, pages, pageNumbering: numbering, sections, lang, paragraphLangs, counts, skipped, ...(skippedReason ? { skippedReason } : {}) };
    // Every output is built window by window (the review page in parts): no document is held whole.
    const whole = { raw: "", summary: undefined };
    const rendered = renderer.finish({ ...done, index: task.place ?? task.index }, whole);
    return { ...done, rendered, ...(renderer.reviewParts ? { reviewParts: renderer.reviewParts } : {}), ...(source.text ? { text: source.text } : {}) };
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    if (error.code && FATAL_CODES.has(error.code)) {
      return { ...read, ok: false, reason: error.message, fatal: { code: error.code, message: error.message, ...(error.path ? { path: error.path } : {}) } };
    }
    // An extractor bug on one document must not lose the rest of the batch.
    // One line, as every reason is: an error message may run over many.
    const message = ((e as Error).message ?? String(e)).split("\n", 1)[0]!.trim();
    return { ...read, ok: false, reason: `annotation failed: ${message}` };
  }
}
