/**
 * datapackage.json: a Frictionless Data Package (https://specs.frictionlessdata.io/) describing
 * the CSVs with a Table Schema each, so loaders that read it (R's frictionless, Python's
 * frictionless) type every column as procmine means it: ICCS codes such as `0601` stay text,
 * offsets stay integers.
 */
import { ANNOTATION_TYPES } from "@procmine/core";
import { ANNOTATION_COLUMNS, DOCUMENT_COLUMNS } from "./csv.js";
import { AtomicFile } from "./atomic.js";
import type { OutputWriter } from "./writer.js";

type FieldType = "string" | "integer" | "number";

const INTEGER = new Set<string>(["start", "end", "page", "line", "column", "sentence", "year", "bytes", "characters", "pages", "sections", "annotations", ...ANNOTATION_TYPES]);
const NUMBER = new Set<string>(["value", "value_low", "value_high", "confidence"]);

const DESCRIPTIONS: Record<string, string> = {
  start: "UTF-16 offset of the first character in the document's raw text",
  end: "UTF-16 offset after the last character (raw.slice(start, end) === text)",
  iccs: "UN ICCS code of the threat category; text, keep its leading zero (0601)",
  value: "a single number; empty for a range (see value_low, value_high)",
  iso3: "ISO 3166-1 alpha-3 country code",
};

function field(name: string): Record<string, string> {
  const type: FieldType = INTEGER.has(name) ? "integer" : NUMBER.has(name) ? "number" : "string";
  return { name, type, ...(DESCRIPTIONS[name] ? { description: DESCRIPTIONS[name]! } : {}) };
}

function resource(name: string, path: string, columns: readonly string[], primaryKey?: string) {
  return {
    name,
    path,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: { delimiter: ",", quoteChar: '"', doubleQuote: true, lineTerminator: "\n", header: true },
    schema: { fields: columns.map(field), missingValues: [""], ...(primaryKey ? { primaryKey } : {}) },
  };
}

export function dataPackage(withAnnotations: boolean): Record<string, unknown> {
  return {
    profile: "tabular-data-package",
    name: "procmine-dataset",
    title: "procmine annotations",
    resources: [
      ...(withAnnotations ? [resource("annotations", "annotations.csv", ANNOTATION_COLUMNS, "id")] : []),
      resource("documents", "documents.csv", DOCUMENT_COLUMNS, "doc"),
    ],
  };
}

/** Written with the CSVs: it describes documents.csv always and annotations.csv when written. */
export function dataPackageWriter(outDir: string, withAnnotations: boolean): OutputWriter {
  return {
    async document() {},
    async finish() {
      const file = await AtomicFile.create(outDir, "datapackage.json");
      await file.write(JSON.stringify(dataPackage(withAnnotations), null, 2) + "\n");
      return [file];
    },
  };
}
