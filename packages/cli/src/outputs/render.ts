/**
 * A document's share of every output, formatted in the worker that annotated it: formatting
 * (JSON, CSV quoting, HTML) then runs in parallel and only strings cross back to the main thread,
 * which just appends them in input order.
 */
import type { Annotation, AnnotationType, DocumentSummary } from "@procmine/core";
import type { Format } from "../formats.js";
import { annotationRow, csvRows } from "./csv.js";
import { bratPieces } from "./brat.js";
import { htmlSection } from "./html.js";
import { SPOOL_AFTER, Spool, type Piece } from "./spool.js";

export interface RenderInfo {
  index: number;
  doc: string;
  path: string;
  sha256: string;
  bytes: number;
  characters: number;
  pages: number;
  sections: number;
  counts: Record<AnnotationType, number>;
}

/**
 * Renders one document's outputs window by window, as core's annotateStream yields them: JSON
 * Lines, CSV rows and the per-document JSON's annotations go to spools (memory, or a file for
 * a huge document); the review page, which shows the whole text, keeps the document in memory.
 */
export class DocumentRenderer {
  private readonly spools: Partial<Record<"jsonl" | "csv" | "json", Spool>> = {};
  private readonly kept: Annotation[] = [];
  private annotationsSoFar = 0;

  constructor(
    private readonly config: { formats: readonly Format[]; types: readonly AnnotationType[] },
    spoolDir: string | undefined,
    index: number,
    spoolAfter = SPOOL_AFTER,
  ) {
    for (const format of ["jsonl", "csv", "json"] as const) {
      if (config.formats.includes(format)) this.spools[format] = new Spool(spoolDir, `${index}.${format}`, spoolAfter);
    }
  }

  async window(annotations: readonly Annotation[]): Promise<void> {
    this.spools.jsonl?.append(annotations.map((a) => JSON.stringify(a) + "\n").join(""));
    if (this.spools.csv && annotations.length > 0) this.spools.csv.append(await csvRows(annotations.map(annotationRow)));
    if (this.spools.json && annotations.length > 0) {
      // The array's items, comma-separated across windows too.
      this.spools.json.append((this.annotationsSoFar > 0 ? "," : "") + annotations.map((a) => JSON.stringify(a)).join(","));
    }
    this.annotationsSoFar += annotations.length;
    if (keepsWhole(this.config.formats)) for (const a of annotations) this.kept.push(a);
  }

  finish(info: RenderInfo, whole: { raw: string; summary: DocumentSummary | undefined }): Partial<Record<Format, Piece[]>> {
    const out: Partial<Record<Format, Piece[]>> = {};
    if (this.spools.jsonl) out.jsonl = this.spools.jsonl.pieces();
    if (this.spools.csv) out.csv = this.spools.csv.pieces();
    if (this.spools.json) {
      // Exactly JSON.stringify({ doc, path, sha256, bytes, characters, counts, structure, annotations }).
      const { doc, path, sha256, bytes, characters, counts } = info;
      const head = JSON.stringify({ doc, path, sha256, bytes, characters, counts, structure: whole.summary });
      out.json = [`${head.slice(0, -1)},"annotations":[`, ...this.spools.json.pieces(), "]}\n"];
    }
    if (this.config.formats.includes("html")) out.html = [htmlSection({ ...info, raw: whole.raw, types: this.config.types, annotations: this.kept })];
    if (this.config.formats.includes("brat")) out.brat = bratPieces(whole.raw, this.kept);
    return out;
  }
}

/** The review page and brat show the whole text with its annotations: they keep both in memory. */
export function keepsWhole(formats: readonly Format[]): boolean {
  return formats.includes("html") || formats.includes("brat");
}
