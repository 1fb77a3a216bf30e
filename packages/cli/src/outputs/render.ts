/**
 * A document's share of every output, formatted in the worker that annotated it: formatting
 * (JSON, CSV quoting, HTML) then runs in parallel and only strings cross back to the main thread,
 * which just appends them in input order.
 */
import type { Annotation, AnnotationType, DocumentSummary } from "@procmine/core";
import type { Format } from "../formats.js";
import { annotationRow, csvRows } from "./csv.js";
import { htmlSection } from "./html.js";

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

export async function renderDocument(
  info: RenderInfo,
  whole: { raw: string; summary: DocumentSummary | undefined },
  annotations: readonly Annotation[],
  config: { formats: readonly Format[]; types: readonly AnnotationType[] },
): Promise<Partial<Record<Format, string>>> {
  const out: Partial<Record<Format, string>> = {};
  for (const format of config.formats) {
    switch (format) {
      case "jsonl":
        out.jsonl = annotations.map((a) => JSON.stringify(a) + "\n").join("");
        break;
      case "csv":
        out.csv = await csvRows(annotations.map(annotationRow));
        break;
      case "json": {
        const { doc, path, sha256, bytes, characters, counts } = info;
        const body = { doc, path, sha256, bytes, characters, counts, structure: whole.summary, annotations };
        out.json = JSON.stringify(body) + "\n";
        break;
      }
      case "html":
        out.html = htmlSection({ ...info, raw: whole.raw, types: config.types, annotations });
        break;
    }
  }
  return out;
}
