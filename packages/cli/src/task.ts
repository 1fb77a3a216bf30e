/**
 * The messages between the main thread and the document workers, and the work one worker does
 * for one document. Kept free of worker_threads so it can also run in-process.
 */
import { createHash } from "node:crypto";
import {
  ANNOTATION_TYPES,
  LANGUAGES,
  ProcmineInputError,
  checkText,
  toUtf8,
  summarizeDocument,
  type AnalyzedDocument,
  type AnnotateResult,
  type AnnotationType,
  type Pipeline,
  type TextEncoding,
} from "@procmine/core";
import { NotRegularFileError, readRegularFile } from "./inputs/read.js";
import { shiftSummary } from "./outputs/summary.js";
import { documentRow } from "./outputs/csv.js";
import type { Format } from "./formats.js";
import { DocumentRenderer } from "./outputs/render.js";
import { Spool, type Piece } from "./outputs/spool.js";
import { annotatePdfText, isPdf, readPdf } from "@procmine/pdf";

/** What every worker is told once, when it starts. */
export interface WorkerConfig {
  types: AnnotationType[];
  /** Each document's share of these outputs is formatted in the worker, so it runs in parallel. */
  formats: Format[];
  /** Where a huge document's outputs are spooled to disk (the run's temporary folder). */
  spoolDir?: string;
  /** The researcher's data files and extractor modules (absolute paths). */
  dataFiles?: string[];
  extractorModules?: string[];
  /** The run's folder (the process's may differ when the CLI runs in process). */
  cwd: string;
}

/** What a worker reports once loaded: the extractors it runs, for the manifest. */
export interface ExtractorInfo {
  name: string;
  version: string;
  types: AnnotationType[];
  requires?: AnnotationType[];
  dataFiles: string[];
  /** A user extractor's module (absolute path) and its sha256. */
  module?: { path: string; sha256: string };
}

export interface WorkerReady {
  ready: true;
  extractors: ExtractorInfo[];
}

/** One document to annotate: a file path, or the bytes already read (standard input). */
export interface DocumentTask {
  index: number;
  /**
   * Its place among all the documents of the run when this is one part of a sharded run
   * (`index` counts this part's only): the review page numbers its elements by it.
   */
  place?: number;
  doc: string;
  /** Where to read the file. */
  path: string;
  /** How outputs name it (see paths.ts); `path` when absent. */
  display?: string;
  bytes?: Uint8Array;
  /** Why the bytes could not be had (standard input over --max-stdin): the document fails so. */
  failure?: string;
}

export type TypeCounts = Record<AnnotationType, number>;

interface DocumentBase {
  index: number;
  doc: string;
  path: string;
  /** sha256 of the file's bytes; absent when the file could not be read. */
  sha256?: string;
  bytes?: number;
  /** Time spent annotating and rendering it (for run.json only). */
  seconds?: number;
  /** Its line of documents.csv, rendered by the worker. */
  row?: Piece;
}

export interface DocumentDone extends DocumentBase {
  ok: true;
  sha256: string;
  bytes: number;
  /** The file's encoding (its byte-order mark); offsets are in the decoded text whatever it was. */
  encoding: TextEncoding;
  characters: number;
  pages: number;
  sections: number;
  /** The document's language, and how many paragraphs each language has (`en=2;es=40`). */
  lang: string;
  paragraphLangs: string;
  counts: TypeCounts;
  /** Mentions left out because they made no valid record (core's `skipped`), and the first reason. */
  skipped: number;
  skippedReason?: string;
  /** The document's part of each output file (jsonl lines, csv rows, json file, html section). */
  rendered: Partial<Record<Format, Piece[]>>;
  /** A long document's review pages (`review/<doc>-<k>.html`), one piece each; its review.html section links them. */
  reviewParts?: Piece[];
  /** A PDF input's text as procmine read it (`texts/<doc>.txt`): what its records' offsets index. */
  text?: Piece[];
}

export interface DocumentFailed extends DocumentBase {
  ok: false;
  reason: string;
  /** A failure of the run, not of the document (the disk is full): the run stops. */
  fatal?: { code: string; path?: string; message: string };
}

export type DocumentResult = DocumentDone | DocumentFailed;

export function zeroCounts(): TypeCounts {
  return Object.fromEntries(ANNOTATION_TYPES.map((t) => [t, 0])) as TypeCounts;
}

/** Errors that mean the outputs cannot be written at all: the whole run stops on them. */
const FATAL_CODES = new Set(["ENOSPC", "EDQUOT", "EROFS", "EIO", "EMFILE", "ENFILE"]);

/** Annotate one document; never throws for a problem with the document itself. */
export async function processDocument(pipeline: Pipeline, config: WorkerConfig, task: DocumentTask): Promise<DocumentResult> {
  const t0 = performance.now();
  const result = await annotateAndRender(pipeline, config, task);
  // The main thread only appends bytes: rows, quoting and UTF-8 are done here, in parallel.
  result.row = await documentRow(result, config.types);
  if (result.ok) for (const format of ["jsonl", "csv", "json", "html"] as const) result.rendered[format] &&= encodePieces(result.rendered[format]);
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
      sections += document.sections.length;
      lang = document.lang;
      for (const [l, n] of paragraphLanguages(document)) paragraphs.set(l, paragraphs.get(l)! + n);
      if (config.formats.includes("json")) renderer.structure(shiftSummary(summarizeDocument(document), document.origin));
    }
    const paragraphLangs = formatLanguageCounts(paragraphs);
    const done = { ...read, ok: true as const, encoding, characters, pages, sections, lang, paragraphLangs, counts, skipped, ...(skippedReason ? { skippedReason } : {}) };
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

const FS_REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EIO: "input/output error",
};

/** A file-system error as the short reason a person reads after the path. */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code && FS_REASONS[code]) return `cannot read: ${FS_REASONS[code]}`;
  return `cannot read: ${(e as Error).message}`;
}

/** How many paragraphs each language has, as documents.csv shows it: `en=2;es=40`. */
export function formatLanguageCounts(paragraphs: ReadonlyMap<string, number>): string {
  return [...paragraphs].filter(([, n]) => n > 0).map(([l, n]) => `${l}=${n}`).join(";");
}

/** The paragraphs of one analyzed text, counted by language. */
export function paragraphLanguages(document: AnalyzedDocument): Map<string, number> {
  const paragraphs = new Map<string, number>(LANGUAGES.map((l) => [l, 0]));
  for (const b of document.blocks) if (b.kind === "paragraph") paragraphs.set(b.lang, paragraphs.get(b.lang)! + 1);
  return paragraphs;
}
