/**
 * annotations.csv and documents.csv (RFC 4180 quoting: fields with a comma, quote or line break are
 * quoted; quotes doubled), UTF-8 without BOM, `\n` line ends, one header. The quoting is fast-csv
 * 5's, byte for byte (its `|` is quoted too, and NUL characters dropped), written here because
 * its stream machinery cost a tenth of a many-file run.
 *
 * Spreadsheets run a cell that begins with `=`, `+`, `-` or `@` as a formula (and some strip a
 * leading tab or carriage return first), so a file name such as `=HYPERLINK(…).txt` or a heading
 * in the text could run in the analyst's spreadsheet. As OWASP advises, such text cells get a
 * leading `'`; numbers (a negative value) are written as numbers. The value stays recoverable:
 * a text cell that begins with `'` followed by any further `'` and then one of those characters
 * had exactly one `'` added (a value that itself began so gets one more), so removing the first
 * character of such cells gives back the value. annotations.jsonl keeps every value as it is.
 */
import { ANNOTATION_TYPES, ATTRIBUTE_FIELDS, PROVENANCE_FIELDS, formatBoxes, type Annotation, type AnnotationType } from "@procmine/core";
import type { DocumentResult } from "../protocol.js";
import { AtomicFile } from "./atomic.js";
import type { OutputWriter } from "./writer.js";

/**
 * Flat columns. A numeric claim's `value` is a number or a `[low, high]` range: `value` holds a
 * single number (empty for a range), `value_low`/`value_high` always hold the bounds (both equal
 * to `value` for a single number), so the three columns stay numeric in pandas and R.
 */
export const ANNOTATION_COLUMNS = [
  "doc", "type", "start", "end", "text",
  ...ATTRIBUTE_FIELDS.flatMap((f) => (f === "value" ? ["value", "value_low", "value_high"] : [f])),
  ...PROVENANCE_FIELDS,
] as const;

export const DOCUMENT_COLUMNS = [
  "doc", "path", "sha256", "bytes", "encoding", "characters", "pages", "page_numbering", "sections", "lang", "paragraph_langs",
  ...ANNOTATION_TYPES, "annotations", "error",
] as const;

type Cell = string | number | undefined;

/** A text cell a spreadsheet would read as a formula (see the top of this file). */
const FORMULA = /^'*[=+\-@\t\r]/;

/** A cell as written: numbers as they are, text neutralized when it would start a formula. */
export function csvCell(c: Cell): string {
  // "" here too: its charCodeAt(0) would read out of bounds and deoptimize the loop (same field, "").
  if (c === undefined || c === "") return "";
  if (typeof c === "number") return String(c);
  return FORMULA.test(c) ? `'${c}` : c;
}

/** The value of a text cell read back from annotations.csv or documents.csv (undoes csvCell). */
export function csvValue(cell: string): string {
  return FORMULA.test(cell.slice(1)) && cell.startsWith("'") ? cell.slice(1) : cell;
}

/** A field that must be quoted: fast-csv quotes on a comma, CR, LF and, from its pattern, `|`. */
const NEEDS_QUOTES = /[,\r\n|]/;

/** One cell in CSV: quoted (quotes doubled) when it holds a quote, a comma, a line break or `|`. */
function csvField(cell: string): string {
  const field = cell.includes("\0") ? cell.replace(/\0/g, "") : cell;
  if (field.includes('"')) return `"${field.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(field) ? `"${field}"` : field;
}

/** A character that makes `csvField` change a cell: `"`, NUL, `,`, CR, LF, `|`. */
const SPECIAL = /["\0,\r\n|]/;

/**
 * A cell as its CSV field. Most cells need neither quotes nor a formula guard: one regular
 * expression scan tells (faster than a loop over the characters), and only the others go
 * through `csvCell` and `csvField`.
 */
function csvCellField(c: Cell): string {
  // "" here too: its charCodeAt(0) would read out of bounds and deoptimize the loop (same field, "").
  if (c === undefined || c === "") return "";
  if (typeof c === "number") return String(c); // digits, `.`, `-`, `e`, `+`, `NaN`, `Infinity`: nothing to quote
  const first = c.charCodeAt(0);
  // `'`, `=`, `+`, `-`, `@`, tab, carriage return: a possible formula (FORMULA decides).
  if (first === 39 || first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13) return csvField(csvCell(c));
  return SPECIAL.test(c) ? csvField(c) : c;
}

/** Rows as CSV lines, each ended by `\n` ("" for no rows). */
export async function csvRows(data: Cell[][]): Promise<string> {
  let out = "";
  for (const row of data) {
    for (let i = 0; i < row.length; i++) out += (i > 0 ? "," : "") + csvCellField(row[i]);
    out += "\n";
  }
  return out;
}

export function annotationRow(a: Annotation): Cell[] {
  const rec = a as unknown as Record<string, unknown>;
  const value = rec.value as number | [number, number] | undefined;
  const cell = (v: unknown): Cell => (v === undefined || v === null ? undefined : typeof v === "object" ? JSON.stringify(v) : (v as string | number));
  // Pushed, not `.map`: `map` makes a holey array and the header row is packed, so csvRows' loop
  // would see two element kinds and be deoptimized once a cold run meets the second (same cells).
  const row: Cell[] = [];
  for (const col of ANNOTATION_COLUMNS) {
    if (col === "value") row.push(Array.isArray(value) ? undefined : value);
    else if (col === "value_low") row.push(Array.isArray(value) ? value[0] : value);
    else if (col === "value_high") row.push(Array.isArray(value) ? value[1] : value);
    else if (col === "boxes") row.push(formatBoxes(a.boxes));
    else row.push(cell(rec[col]));
  }
  return row;
}

/** Annotations as CSV rows, in a packed array like every other `csvRows` argument (see annotationRow). */
export function annotationRows(annotations: readonly Annotation[]): Cell[][] {
  const rows: Cell[][] = [];
  for (const a of annotations) rows.push(annotationRow(a));
  return rows;
}

export async function annotationsCsvWriter(outDir: string): Promise<OutputWriter> {
  const file = await AtomicFile.create(outDir, "annotations.csv");
  await file.write(await csvRows([[...ANNOTATION_COLUMNS]]));
  return {
    async document(r) {
      if (r.ok) await file.writePieces(r.rendered.csv);
    },
    position: () => ({ file: "annotations.csv", bytes: file.size }),
    async finish() {
      return [file];
    },
  };
}

/** A document's line of documents.csv; counts are empty for types not annotated in this run. */
export async function documentRow(r: DocumentResult, types: readonly AnnotationType[]): Promise<string> {
  const wanted = new Set(types);
  const counts = ANNOTATION_TYPES.map((t) => (r.ok && wanted.has(t) ? r.counts[t] : undefined));
  const total = r.ok ? ANNOTATION_TYPES.reduce((n, t) => n + r.counts[t], 0) : undefined;
  const row: Cell[] = r.ok
    ? [r.doc, r.path, r.sha256, r.bytes, r.encoding, r.characters, r.pages, r.pageNumbering, r.sections, r.lang, r.paragraphLangs, ...counts, total, undefined]
    : [r.doc, r.path, r.sha256, r.bytes, undefined, undefined, undefined, undefined, undefined, undefined, undefined, ...counts, total, r.reason];
  return csvRows([row]);
}

/** documents.csv: one row per document, as the worker rendered it (or here, for a document it never finished). */
export async function documentsCsvWriter(outDir: string, types: readonly AnnotationType[]): Promise<OutputWriter> {
  const file = await AtomicFile.create(outDir, "documents.csv");
  await file.write(await csvRows([[...DOCUMENT_COLUMNS]]));
  return {
    async document(r: DocumentResult) {
      await file.writePieces([r.row ?? (await documentRow(r, types))]);
    },
    position: () => ({ file: "documents.csv", bytes: file.size }),
    async finish() {
      return [file];
    },
  };
}
