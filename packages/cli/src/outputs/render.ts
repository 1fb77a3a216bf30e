/**
 * A document's share of every output, formatted in the worker that annotated it: formatting
 * (JSON, CSV quoting, HTML) then runs in parallel and only strings cross back to the main thread,
 * which just appends them in input order.
 */
import type { Annotation, AnnotationType, DocumentSummary } from "@procmine/core";
import type { Format } from "../formats.js";
import { annotationRows, csvRows } from "./csv.js";
import { bratPieces, bratValues } from "./brat.js";
import { StandoffBuilder } from "../brat/standoff.js";
import { htmlSection, metaLine } from "./html.js";
import { ReviewParts } from "./review-parts.js";
import { StructureWriter } from "./summary.js";
import { VERSION } from "../version.js";
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
  private readonly review: ReviewParts | undefined;
  /** The JSON's `structure`, spooled window by window (see `structure`). */
  private readonly structureWriter: StructureWriter | undefined;
  /** brat's text, .ann and attribute values, built window by window when windows bring their text. */
  private readonly brat: { txt: Spool; ann: Spool; standoff: StandoffBuilder; values: Map<string, Set<string>> } | undefined;
  /** A long document's review pages, known once `finish` has run. */
  reviewParts: Piece[] | undefined;

  constructor(
    private readonly config: { formats: readonly Format[]; types: readonly AnnotationType[] },
    spoolDir: string | undefined,
    index: number,
    spoolAfter = SPOOL_AFTER,
    /** For the review page, given when windows bring their text: the document (place: its place in the run). */
    review?: { place: number; doc: string; path: string; partCharacters?: number },
  ) {
    for (const format of ["jsonl", "csv", "json"] as const) {
      if (config.formats.includes(format)) this.spools[format] = new Spool(spoolDir, `${index}.${format}`, spoolAfter);
    }
    if (config.formats.includes("json")) {
      const spool = (part: string) => new Spool(spoolDir, `${index}.structure-${part}`, spoolAfter);
      this.structureWriter = new StructureWriter({ pages: spool("pages"), sections: spool("sections"), blocks: spool("blocks"), sentences: spool("sentences") });
    }
    if (review && config.formats.includes("brat")) {
      this.brat = { txt: new Spool(spoolDir, `${index}.brat.txt`, spoolAfter), ann: new Spool(spoolDir, `${index}.brat.ann`, spoolAfter), standoff: new StandoffBuilder(), values: new Map() };
    }
    if (review && config.formats.includes("html")) {
      this.review = new ReviewParts({ ...review, version: VERSION, types: config.types }, spoolDir, `${index}.review`, review.partCharacters);
    }
  }

  /**
   * One window's records; with its raw text and offset (`raw`, `offset`) the review page is
   * built part by part, else `finish` needs the whole text.
   */
  /** One window's structure, in whole-document offsets (shiftSummary), for the JSON. */
  structure(summary: DocumentSummary): void {
    this.structureWriter?.add(summary);
    this.structured = true;
  }

  private structured = false;
  private windows = 0;

  private spillAll(): void {
    for (const spool of Object.values(this.spools)) spool.spill();
    if (this.structured) this.structureWriter?.spill();
    this.brat?.txt.spill();
    this.brat?.ann.spill();
  }

  async window(annotations: readonly Annotation[], raw?: string, offset = 0): Promise<void> {
    // A second window means a long document: its outputs go to their spool files from now on,
    // so no more than one window's share of each is held here (same bytes, see Spool).
    if (this.windows++ === 1) this.spillAll();
    this.spools.jsonl?.append(annotations.map((a) => JSON.stringify(a) + "\n").join(""));
    if (this.spools.csv && annotations.length > 0) this.spools.csv.append(await csvRows(annotationRows(annotations)));
    if (this.spools.json && annotations.length > 0) {
      // The array's items, comma-separated across windows too.
      this.spools.json.append((this.annotationsSoFar > 0 ? "," : "") + annotations.map((a) => JSON.stringify(a)).join(","));
    }
    this.annotationsSoFar += annotations.length;
    const windowed = raw !== undefined;
    if (windowed && this.review) this.review.add(raw, annotations, offset);
    if (windowed && this.brat) {
      this.brat.txt.append(raw);
      this.brat.ann.append(this.brat.standoff.add(raw, offset, annotations));
      for (const [name, list] of Object.entries(bratValues(annotations))) {
        const seen = this.brat.values.get(name) ?? new Set<string>();
        for (const v of list) seen.add(v);
        this.brat.values.set(name, seen);
      }
    }
    // Without each window's text (apply), the review page and brat are built at the end from the whole.
    if (!windowed && (this.config.formats.includes("brat") || this.config.formats.includes("html"))) for (const a of annotations) this.kept.push(a);
  }

  finish(info: RenderInfo, whole: { raw: string; summary: DocumentSummary | undefined }): Partial<Record<Format, Piece[]>> {
    const out: Partial<Record<Format, Piece[]>> = {};
    if (this.spools.jsonl) out.jsonl = this.spools.jsonl.pieces();
    if (this.spools.csv) out.csv = this.spools.csv.pieces();
    if (this.spools.json) {
      // Exactly JSON.stringify({ doc, path, sha256, bytes, characters, counts, structure, annotations }).
      const { doc, path, sha256, bytes, characters, counts } = info;
      const structure = this.structured ? this.structureWriter!.pieces() : undefined;
      if (structure) {
        const head = JSON.stringify({ doc, path, sha256, bytes, characters, counts });
        out.json = [`${head.slice(0, -1)},"structure":`, ...structure, `,"annotations":[`, ...this.spools.json.pieces(), "]}\n"];
      } else {
        const head = JSON.stringify({ doc, path, sha256, bytes, characters, counts, structure: whole.summary });
        out.json = [`${head.slice(0, -1)},"annotations":[`, ...this.spools.json.pieces(), "]}\n"];
      }
    }
    const one = this.review?.whole();
    if (this.review && !one) {
      const { section, parts } = this.review.finish(metaLine({ ...info, types: this.config.types }));
      out.html = [section];
      this.reviewParts = parts;
    } else if (this.config.formats.includes("html")) {
      out.html = [htmlSection({ ...info, raw: one?.raw ?? whole.raw, types: this.config.types, annotations: one?.annotations ?? this.kept })];
    }
    if (this.brat) {
      const values = Object.fromEntries([...this.brat.values].map(([name, set]) => [name, [...set]]));
      out.brat = [this.brat.txt.pieces()[0] ?? "", this.brat.ann.pieces()[0] ?? "", JSON.stringify(values)];
    } else if (this.config.formats.includes("brat")) out.brat = bratPieces(whole.raw, this.kept);
    return out;
  }
}


