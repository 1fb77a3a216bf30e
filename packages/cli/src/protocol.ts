/**
 * The messages between the main thread and the document workers: what a worker is told, what it
 * is asked to annotate, and what it sends back.
 */
import { ANNOTATION_TYPES, type AnnotationType, type TextEncoding } from "@procmine/core";
import type { Format } from "./formats.js";
import type { Piece } from "./outputs/spool.js";

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
  /** Which pages `page` counts (core's PageNumbering: physical, printed, marked or none). */
  pageNumbering: string;
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
