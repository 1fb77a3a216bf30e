/**
 * brat standoff (https://brat.nlplab.org/standoff.html) from and to procmine records.
 *
 * A record becomes a text-bound annotation `T1<TAB>type start end<TAB>text`, cut into fragments
 * at line breaks (`start end;start end`, as brat writes spans over lines), with its enumerable
 * attributes as brat attributes (`A1<TAB>category T1 drug_trafficking`) and every other field
 * as JSON in an `AnnotatorNotes` note, so an export imports back to the same records. Offsets
 * are code points (brat's), converted from and to procmine's UTF-16 offsets.
 */
import { ANNOTATION_TYPES, ATTRIBUTE_FIELDS, PROVENANCE_FIELDS, type Annotation, type AnnotationType } from "@procmine/core";
import { CodePointIndex } from "./offsets.js";

/** Record fields that are brat attributes (a value from a closed list, no spaces), by type. */
export const BRAT_ATTRIBUTES: Readonly<Record<AnnotationType, readonly string[]>> = {
  country: ["iso3"],
  organization: ["kind", "country"],
  threat: ["category"],
  numeric_claim: [],
};

/** brat names a type or attribute once across its configuration: `country` is the entity type. */
const BRAT_NAME: Readonly<Record<string, string>> = { country: "affiliation" };
const FIELD_OF: Readonly<Record<string, string>> = { affiliation: "country" };
const bratName = (field: string) => BRAT_NAME[field] ?? field;

const NOTE = "AnnotatorNotes";
const KEY_FIELDS = new Set(["doc", "type", "start", "end", "text", "id"]);

/** Fragments of [start, end) without its line breaks (brat cannot show a span over lines whole). */
function fragments(raw: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || raw[i] === "\n" || raw[i] === "\r") {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out.length > 0 ? out : [[start, end]];
}

/** One document's .ann file. */
export function toStandoff(raw: string, records: readonly Annotation[]): string {
  return new StandoffBuilder().add(raw, 0, records);
}

/**
 * A .ann file built window by window (a long document is never held whole): ids and code point
 * offsets run on across windows, so the windows' lines joined are `toStandoff` of the whole text.
 */
export class StandoffBuilder {
  private count = 0;
  private attribute = 0;
  /** Code points in the windows before this one. */
  private codePoints = 0;

  /** One window of the text, starting at UTF-16 offset `offset`, with its records in order: its lines. */
  add(raw: string, offset: number, records: readonly Annotation[]): string {
    const cp = new CodePointIndex(raw);
    const lines: string[] = [];
    for (const a of records) {
      const t = `T${++this.count}`;
      const parts = fragments(raw, a.start - offset, a.end - offset);
      const spans = parts.map(([s, e]) => `${this.codePoints + cp.toCodePoint(s)} ${this.codePoints + cp.toCodePoint(e)}`).join(";");
      lines.push(`${t}\t${a.type} ${spans}\t${parts.map(([s, e]) => raw.slice(s, e)).join(" ")}`);
      const rec = a as unknown as Record<string, unknown>;
      const attrs = BRAT_ATTRIBUTES[a.type];
      for (const name of attrs) {
        if (rec[name] !== undefined) lines.push(`A${++this.attribute}\t${bratName(name)} ${t} ${String(rec[name])}`);
      }
      const rest: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(rec)) if (!KEY_FIELDS.has(k) && !attrs.includes(k)) rest[k] = v;
      // The id says where the record was: a span moved in brat no longer has this provenance.
      rest.id = a.id;
      lines.push(`#${this.count}\t${NOTE} ${t}\t${JSON.stringify(rest)}`);
    }
    this.codePoints += cp.toCodePoint(raw.length);
    return lines.length ? lines.join("\n") + "\n" : "";
  }
}

export class StandoffError extends Error {
  override readonly name = "StandoffError";
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

const RECORD_ORDER = ["doc", "type", "start", "end", "text", ...ATTRIBUTE_FIELDS, ...PROVENANCE_FIELDS];
const PROVENANCE = new Set<string>(PROVENANCE_FIELDS.filter((f) => f !== "id"));
const isType = (t: string): t is AnnotationType => (ANNOTATION_TYPES as readonly string[]).includes(t);

/**
 * Records of one document from its .txt and .ann. A span added in brat has no note: it becomes
 * a record with the attributes brat gives it (gold or a correction); a span moved keeps its
 * attributes but loses the provenance of where it was.
 */
export function fromStandoff(doc: string, raw: string, ann: string, file = `${doc}.ann`): Record<string, unknown>[] {
  const cp = new CodePointIndex(raw);
  const spans = new Map<string, Record<string, unknown>>();
  const notes = new Map<string, Record<string, unknown>>();
  const attributes: [string, string, string, number][] = [];
  ann.split("\n").forEach((line, n) => {
    if (line.trim() === "") return;
    const fail = (reason: string) => new StandoffError(file, n + 1, reason);
    const [id, body = "", text] = line.split("\t");
    if (id!.startsWith("T")) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body);
      if (!m) throw fail(`cannot read the span "${body}"`);
      if (!isType(m[1]!)) throw fail(`unknown type "${m[1]}" (procmine types: ${ANNOTATION_TYPES.join(", ")})`);
      const offsets = m[2]!.split(/[ ;]/).map(Number);
      const start = cp.toUtf16(offsets[0]!);
      const end = cp.toUtf16(offsets[offsets.length - 1]!);
      if (!(start < end && end <= raw.length)) throw fail(`span ${m[2]} lies outside the text`);
      // The text is read from the document, not from the line (brat joins fragments with spaces).
      spans.set(id!, { doc, type: m[1], start, end, text: raw.slice(start, end) });
    } else if (id!.startsWith("A") || id!.startsWith("M")) {
      const [name, target, value] = body.split(" ");
      if (!name || !target || value === undefined) throw fail(`cannot read the attribute "${body}"`);
      attributes.push([target, name, value, n + 1]);
    } else if (id!.startsWith("#")) {
      const [kind, target] = body.split(" ");
      if (kind !== NOTE || !target) return;
      try {
        notes.set(target, JSON.parse(text ?? "") as Record<string, unknown>);
      } catch {
        notes.set(target, { note: text ?? "" }); // a note a person wrote in brat
      }
    }
    // Relations, events and normalizations are not procmine records: skipped.
  });
  for (const [target, name, value, n] of attributes) {
    const rec = spans.get(target);
    if (!rec) throw new StandoffError(file, n, `attribute of unknown annotation ${target}`);
    rec[FIELD_OF[name] ?? name] = value;
  }
  const out: Record<string, unknown>[] = [];
  for (const [t, rec] of spans) {
    const note = notes.get(t) ?? {};
    const id = `${doc}:${String(rec.type)}:${String(rec.start)}-${String(rec.end)}`;
    const moved = note.id !== undefined && note.id !== id;
    for (const [k, v] of Object.entries(note)) {
      if (k === "id" || k === "note" || (moved && PROVENANCE.has(k))) continue;
      if (!(k in rec)) rec[k] = v;
    }
    if (note.id !== undefined) rec.id = id;
    out.push(ordered(rec));
  }
  return out.sort((a, b) => (a.start as number) - (b.start as number) || (a.end as number) - (b.end as number) || ANNOTATION_TYPES.indexOf(a.type as AnnotationType) - ANNOTATION_TYPES.indexOf(b.type as AnnotationType));
}

/** Fields in the record's order (the order annotations.jsonl writes), so lines compare byte for byte. */
function ordered(rec: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of RECORD_ORDER) if (rec[k] !== undefined) out[k] = rec[k];
  for (const k of Object.keys(rec)) if (!(k in out)) out[k] = rec[k];
  return out;
}

/** annotation.conf: the four types, and the values each attribute may take. */
export function annotationConf(values: Readonly<Record<string, readonly string[]>>): string {
  const attributes: string[] = [];
  for (const type of ANNOTATION_TYPES) {
    for (const name of BRAT_ATTRIBUTES[type]) {
      const list = [...new Set(values[name] ?? [])].sort();
      if (list.length > 0) attributes.push(`${bratName(name)}\tArg:${type}, Value:${list.join("|")}`);
    }
  }
  return ["[entities]", ...ANNOTATION_TYPES, "", "[relations]", "", "[events]", "", "[attributes]", ...attributes, ""].join("\n");
}
