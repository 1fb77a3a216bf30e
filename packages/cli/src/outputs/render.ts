/**
 * A document's share of every output, formatted in the worker that annotated it: formatting
 * (JSON, CSV quoting, HTML) then runs in parallel and only strings cross back to the main thread,
 * which just appends them in input order.
 */
import { summarizeDocument, type AnalyzedDocument, type Annotation, type AnnotationType } from "@procmine/core";
import type { Format } from "../formats.js";
import { annotationRow, csvRows } from "./csv.js";
import { REVIEW_PART_CHARS, htmlSection, scriptJson, type ReviewPart } from "./html.js";
import { renderAnnotatedText } from "./html-render.js";
import { SPOOL_AFTER, Spool, type Piece } from "./spool.js";
import { StructureWriter, shiftSummary } from "./summary.js";

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

export interface Rendered {
  /** The document's part of each output file (jsonl lines, csv rows, json file, html section). */
  pieces: Partial<Record<Format, Piece[]>>;
  /** Parts 2, 3, … of a long document's review page, each a page of its own. */
  reviewParts: ReviewPart[];
}

interface PartSpools {
  start: number;
  end: number;
  annotations: number;
  text: Spool;
  records: Spool;
}

/**
 * Renders one document's outputs window by window, as core's annotateStream yields them: each
 * output grows in a spool (memory, or a file for a huge document), the JSON structure too, and
 * the review page's text is rendered window by window into parts of at most `partChars`
 * characters. Nothing holds the whole document, its annotations or its page at once.
 */
export class DocumentRenderer {
  private readonly spools: Partial<Record<"jsonl" | "csv" | "json", Spool>> = {};
  private readonly structure: StructureWriter | undefined;
  private readonly parts: PartSpools[] = [];
  private annotationsSoFar = 0;
  private characters = 0;

  constructor(
    private readonly config: { formats: readonly Format[]; types: readonly AnnotationType[] },
    private readonly spoolDir: string | undefined,
    private readonly index: number,
    private readonly spoolAfter = SPOOL_AFTER,
    private readonly partChars = REVIEW_PART_CHARS,
  ) {
    for (const format of ["jsonl", "csv", "json"] as const) {
      if (config.formats.includes(format)) this.spools[format] = this.spool(format);
    }
    if (config.formats.includes("json")) {
      this.structure = new StructureWriter({
        pages: this.spool("structure-pages"),
        sections: this.spool("structure-sections"),
        blocks: this.spool("structure-blocks"),
        sentences: this.spool("structure-sentences"),
      });
    }
  }

  private spool(name: string): Spool {
    return new Spool(this.spoolDir, `${this.index}.${name}`, this.spoolAfter);
  }

  /** One window: its annotations (whole-document offsets) and the analyzed window they came from. */
  async window(annotations: readonly Annotation[], document: AnalyzedDocument): Promise<void> {
    this.spools.jsonl?.append(annotations.map((a) => JSON.stringify(a) + "\n").join(""));
    if (this.spools.csv && annotations.length > 0) this.spools.csv.append(await csvRows(annotations.map(annotationRow)));
    if (this.spools.json && annotations.length > 0) {
      // The array's items, comma-separated across windows too.
      this.spools.json.append((this.annotationsSoFar > 0 ? "," : "") + annotations.map((a) => JSON.stringify(a)).join(","));
    }
    this.annotationsSoFar += annotations.length;
    this.structure?.add(shiftSummary(summarizeDocument(document), document.origin));
    if (this.config.formats.includes("html")) this.review(annotations, document.raw, document.origin.raw);
    this.characters += document.raw.length;
  }

  private review(annotations: readonly Annotation[], raw: string, offset: number): void {
    let part = this.parts[this.parts.length - 1];
    if (!part || (part.end > part.start && part.end - part.start + raw.length > this.partChars)) {
      // A new part: the finished ones wait on disk, so a long document's page is never held whole.
      for (const p of this.parts) {
        p.text.spill();
        p.records.spill();
      }
      const k = this.parts.length + 1;
      part = { start: offset, end: offset, annotations: 0, text: this.spool(`html-${k}`), records: this.spool(`records-${k}`) };
      this.parts.push(part);
    }
    part.text.append(renderAnnotatedText(raw, annotations, this.index, offset, part.annotations));
    if (annotations.length > 0) part.records.append((part.annotations > 0 ? "," : "") + annotations.map(scriptJson).join(","));
    part.annotations += annotations.length;
    part.end = offset + raw.length;
  }

  finish(info: RenderInfo): Rendered {
    const out: Partial<Record<Format, Piece[]>> = {};
    if (this.spools.jsonl) out.jsonl = this.spools.jsonl.pieces();
    if (this.spools.csv) out.csv = this.spools.csv.pieces();
    if (this.spools.json) {
      // Exactly JSON.stringify({ doc, path, sha256, bytes, characters, counts, structure, annotations }).
      const { doc, path, sha256, bytes, characters, counts } = info;
      const head = JSON.stringify({ doc, path, sha256, bytes, characters, counts });
      const structure = this.structure?.pieces();
      out.json = [`${head.slice(0, -1)}${structure ? ',"structure":' : ""}`, ...(structure ?? []), `,"annotations":[`, ...this.spools.json.pieces(), "]}\n"];
    }
    const reviewParts: ReviewPart[] = [];
    if (this.config.formats.includes("html")) {
      const of = Math.max(1, this.parts.length);
      const parts: ReviewPart[] = this.parts.map((p, i) => ({ part: i + 1, of, start: p.start, end: p.end, text: p.text.pieces(), records: p.records.pieces() }));
      const first = parts[0] ?? { part: 1, of, start: 0, end: 0, text: [], records: [] };
      out.html = htmlSection({ ...info, types: this.config.types, first });
      reviewParts.push(...parts.slice(1));
    }
    return { pieces: out, reviewParts };
  }
}
