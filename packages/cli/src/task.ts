/**
 * The messages between the main thread and the document workers, and the work one worker does
 * for one document. Kept free of worker_threads so it can also run in-process.
 */
import { createHash } from "node:crypto";
import { ANNOTATION_TYPES, ProcmineInputError, checkText, toUtf8, type AnnotationType, type Pipeline, type TextEncoding } from "@procmine/core";
import type { Format } from "./formats.js";
import { NotRegularFileError, readRegularFile } from "./inputs/read.js";
import type { ReviewPart } from "./outputs/html.js";
import { DocumentRenderer } from "./outputs/render.js";
import type { Piece } from "./outputs/spool.js";

/** What every worker is told once, when it starts. */
export interface WorkerConfig {
  types: AnnotationType[];
  /** Each document's share of these outputs is formatted in the worker, so it runs in parallel. */
  formats: Format[];
  /** Where a huge document's outputs are spooled to disk (the run's temporary folder). */
  spoolDir?: string;
}

/** What a worker reports once loaded: the extractors it runs, for the manifest. */
export interface ExtractorInfo {
  name: string;
  version: string;
  types: AnnotationType[];
  dataFiles: string[];
}

export interface WorkerReady {
  ready: true;
  extractors: ExtractorInfo[];
}

/** One document to annotate: a file path, or the bytes already read (standard input). */
export interface DocumentTask {
  index: number;
  doc: string;
  path: string;
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
  counts: TypeCounts;
  /** The document's part of each output file (jsonl lines, csv rows, json file, html section). */
  rendered: Partial<Record<Format, Piece[]>>;
  /** Parts 2, 3, … of a long document's review page (html). */
  reviewParts?: ReviewPart[];
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
  const base = { index: task.index, doc: task.doc, path: task.path };
  if (task.failure !== undefined) return { ...base, ok: false, reason: task.failure };
  let bytes: Uint8Array;
  try {
    bytes = task.bytes ?? (await readRegularFile(task.path));
  } catch (e) {
    return { ...base, ok: false, reason: e instanceof NotRegularFileError ? e.message : fsReason(e) };
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const read = { ...base, sha256, bytes: bytes.length };
  let text: Uint8Array;
  let encoding: TextEncoding;
  try {
    // UTF-16 with a BOM becomes UTF-8; then validated (empty, binary, UTF-8) without decoding
    // a long document into one string.
    ({ encoding, bytes: text } = toUtf8(bytes, task.path));
    checkText(text, task.path);
  } catch (e) {
    if (e instanceof ProcmineInputError) return { ...read, ok: false, reason: e.message };
    throw e;
  }
  try {
    // Long documents are annotated window by window (core's annotateStream); records carry
    // whole-document offsets, so each window's outputs are appended as it comes.
    const renderer = new DocumentRenderer(config, config.spoolDir, task.index);
    const counts = zeroCounts();
    let characters = 0;
    let pages = 0;
    let sections = 0;
    for (const { document, annotations } of pipeline.annotateStream(text, { docId: task.doc })) {
      for (const a of annotations) counts[a.type]++;
      await renderer.window(annotations, document);
      characters += document.raw.length;
      pages = document.origin.page + document.pageCount - 1;
      sections += document.sections.length;
    }
    const done = { ...read, ok: true as const, encoding, characters, pages, sections, counts };
    const { pieces, reviewParts } = renderer.finish(done);
    return { ...done, rendered: pieces, ...(reviewParts.length ? { reviewParts } : {}) };
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    if (error.code && FATAL_CODES.has(error.code)) {
      return { ...read, ok: false, reason: error.message, fatal: { code: error.code, message: error.message, ...(error.path ? { path: error.path } : {}) } };
    }
    // An extractor bug on one document must not lose the rest of the batch.
    return { ...read, ok: false, reason: `annotation failed: ${(e as Error).message}` };
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
