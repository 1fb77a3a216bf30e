/**
 * `procmine apply dataset/ corrections.jsonl -o corrected/`: a dataset with a reviewer's
 * corrections applied (review.html exports them: each line a record plus `status`: accepted,
 * rejected, edited or added). Writes every format of the dataset again from the corrected
 * records and the input texts (read from the paths its manifest names, checked against their
 * hashes), and a manifest that records the corrections file's hash.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, join, resolve } from "node:path";
import {
  ANNOTATION_TYPES,
  ATTRS_SCHEMAS,
  PROVENANCE_FIELDS,
  AnnotationSchema,
  CorrectionSchema,
  analyze,
  decodeText,
  summarizeDocument,
  type Annotation,
  type AnnotationType,
  type Correction,
  type CorrectionStatus,
} from "@procmine/core";
import { FORMATS, type Format } from "./formats.js";
import type { Manifest } from "./manifest.js";
import { AtomicFile, abortAll, commitAll, writeJsonFiles } from "./outputs/atomic.js";
import { openWriters } from "./outputs/open-writers.js";
import { DocumentRenderer } from "./outputs/render.js";
import { StagedDataset, recoverDataset, resolveTarget } from "./outputs/commit.js";
import { DatasetLock } from "./outputs/lock.js";
import { displayPath } from "./paths.js";
import { formatLanguageCounts, paragraphLanguages } from "./language-counts.js";
import { zeroCounts, type DocumentResult } from "./protocol.js";
import { VERSION } from "./version.js";

type Status = CorrectionStatus;

/** A problem with the dataset or the corrections: `path[:line]: reason`, nothing written. */
export class ApplyError extends Error {
  override readonly name = "ApplyError";
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(reason);
  }
}

export interface ApplyOptions {
  /** The folder relative paths are resolved in, and the manifest's input paths are relative to. */
  cwd: string;
  dataset: string;
  corrections: string;
  outDir: string;
  /** Default: the formats the dataset was written in. */
  formats?: readonly Format[];
  /** A folder to find the input texts in (by their manifest path, then by file name) instead of the working folder. */
  texts?: string;
}

export interface ApplyResult {
  documents: number;
  counts: Record<Status, number>;
  records: number;
}

async function readText(path: string, what: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, path), "utf8");
  } catch {
    throw new ApplyError(path, `cannot read ${what}`);
  }
}

function parseLines<T>(file: string, text: string, parse: (value: unknown, line: number) => T): T[] {
  const out: T[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ApplyError(`${file}:${i + 1}`, "not a JSON object");
    }
    out.push(parse(value, i + 1));
  });
  return out;
}

const FIELD_ORDER = ["doc", "type", "start", "end", "text"];

/** A record as the pipeline writes it: fields in their fixed order, attributes checked against the type. */
function toRecord(fields: Record<string, unknown>, where: string): Annotation {
  const type = fields.type as AnnotationType;
  const attrs = ATTRS_SCHEMAS[type].safeParse(fields);
  if (!attrs.success) throw new ApplyError(where, `bad ${type} attributes: ${attrs.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const record: Record<string, unknown> = {};
  for (const k of FIELD_ORDER) record[k] = fields[k];
  for (const [k, v] of Object.entries(attrs.data)) if (v !== undefined) record[k] = v;
  record.id = `${String(fields.doc)}:${type}:${String(fields.start)}-${String(fields.end)}`;
  for (const k of PROVENANCE) record[k] = fields[k];
  const checked = AnnotationSchema.safeParse(record);
  if (!checked.success) throw new ApplyError(where, `not a valid record: ${checked.error.issues[0]!.message}`);
  return record as Annotation;
}

/** A threat's ICCS code follows its category (threats.json), so a reviewer who changes one need not look up the other. */
function iccsCodes(): Map<string, string> {
  const path = createRequire(import.meta.url).resolve("@procmine/extractors/data/threats.json");
  const taxonomy = JSON.parse(readFileSync(path, "utf8")) as { categories: { id: string; iccs: string | null }[] };
  return new Map(taxonomy.categories.filter((c) => c.iccs).map((c) => [c.id, c.iccs!]));
}

/** The ICCS code of a reviewed threat: the category's, unless the reviewer gave another for an unchanged category. */
function withIccs(fields: Record<string, unknown>, before: Record<string, unknown> | undefined, codes: Map<string, string>): Record<string, unknown> {
  if (fields.type !== "threat") return fields;
  const sameCategory = before?.type === "threat" && before.category === fields.category;
  const given = fields.iccs !== undefined && (sameCategory || fields.iccs !== before?.iccs);
  if (given) return fields;
  const code = codes.get(String(fields.category));
  const { iccs: _old, ...rest } = fields;
  return code ? { ...rest, iccs: code } : rest;
}

const TYPE_ORDER = new Map(ANNOTATION_TYPES.map((t, i) => [t, i]));
const byPlace = (a: Annotation, b: Annotation) => a.start - b.start || a.end - b.end || TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)!;

export async function applyCorrections(options: ApplyOptions): Promise<ApplyResult> {
  const { cwd } = options;
  const manifestPath = resolve(cwd, options.dataset, "manifest.json");
  const manifestText = await readText(manifestPath, "the dataset's manifest.json (is it a procmine dataset?)", cwd);
  const manifest = JSON.parse(manifestText) as Manifest & { corrections?: unknown };
  const annotationsPath = resolve(cwd, options.dataset, "annotations.jsonl");
  const records = parseLines(annotationsPath, await readText(annotationsPath, "the dataset's annotations.jsonl (annotate with --format jsonl)", cwd), (v) => v as Annotation);
  const correctionsText = await readText(options.corrections, "the corrections", cwd);
  const corrections = parseLines(options.corrections, correctionsText, (v, line) => {
    const parsed = CorrectionSchema.safeParse(v);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ApplyError(`${options.corrections}:${line}`, `${issue.path.join(".") || "record"}: ${issue.message}`);
    }
    return { ...parsed.data, line } as Correction & { line: number };
  });
  if (resolve(cwd, options.outDir) === resolve(cwd, options.dataset)) throw new ApplyError(options.outDir, "write the corrected dataset to another folder than the dataset");

  // Corrections of existing records by id; added records by document.
  const byId = new Map(records.map((r) => [r.id, r]));
  const fix = new Map<string, Correction & { line: number }>();
  const added = new Map<string, (Correction & { line: number })[]>();
  const counts: Record<Status, number> = { accepted: 0, rejected: 0, edited: 0, added: 0 };
  for (const c of corrections) {
    counts[c.status]++;
    const where = `${options.corrections}:${c.line}`;
    if (c.status === "added") {
      added.set(c.doc, [...(added.get(c.doc) ?? []), c]);
      continue;
    }
    if (!byId.has(c.id!)) throw new ApplyError(where, `no record "${c.id}" in the dataset`);
    if (fix.has(c.id!)) throw new ApplyError(where, `record "${c.id}" is corrected twice`);
    fix.set(c.id!, c);
  }
  const inputs = manifest.inputs.filter((i) => !i.error);
  for (const doc of added.keys()) {
    if (!inputs.some((i) => i.doc === doc)) throw new ApplyError(`${options.corrections}:${added.get(doc)![0]!.line}`, `no document "${doc}" in the dataset`);
  }

  const formats = FORMATS.filter((f) => (options.formats ?? (manifest.options.formats as Format[])).includes(f));
  const types = manifest.options.types;
  // Written whole beside the out dir and switched in at once, under its lock, as annotate does.
  const target = await resolveTarget(options.outDir, cwd);
  const lock = await DatasetLock.acquire(target.lockPath);
  await recoverDataset(target);
  const staging = await StagedDataset.create(target);
  const outDir = staging.dir;
  const writers = await openWriters(outDir, formats, types, { version: VERSION, documents: inputs.length });
  const recordsOf = new Map<string, Annotation[]>();
  for (const r of records) recordsOf.set(r.doc, [...(recordsOf.get(r.doc) ?? []), r]);
  let total = 0;
  const codes = iccsCodes();
  try {
    for (const [index, input] of inputs.entries()) {
      if (input.path === "-") throw new ApplyError(input.doc, "was read from standard input: apply needs the text as a file");
      const bytes = await readInput(input.path, options.texts, cwd);
      if (createHash("sha256").update(bytes).digest("hex") !== input.sha256) throw new ApplyError(input.path, "differs from the text the dataset was made from (sha256)");
      const raw = decodeText(bytes, input.path);
      let analyzed: ReturnType<typeof analyze> | undefined;
      const doc = () => (analyzed ??= analyze(raw, { docId: input.doc }));
      const out: Annotation[] = [];
      for (const r of recordsOf.get(input.doc) ?? []) {
        const c = fix.get(r.id);
        if (!c || c.status === "accepted") out.push(r);
        else if (c.status === "edited") {
          const where = `${options.corrections}:${c.line}`;
          const moved = c.start !== r.start || c.end !== r.end;
          const { status: _s, line: _l, ...fields } = c;
          // The span as it stands in the text; the attributes as the reviewer left them; the
          // provenance of the original record, unless the span moved.
          const text = raw.slice(c.start, c.end);
          const reviewed = withIccs({ ...fields, text }, r as unknown as Record<string, unknown>, codes);
          out.push(toRecord({ ...provenanceOf(r), ...(moved ? locate(doc(), c.start) : {}), ...reviewed }, where));
        }
      }
      for (const c of added.get(input.doc) ?? []) {
        const where = `${options.corrections}:${c.line}`;
        if (c.end > raw.length || raw.slice(c.start, c.end) !== c.text) throw new ApplyError(where, `text "${c.text}" is not at [${c.start}, ${c.end}) of ${input.doc}`);
        const { status: _s, line: _l, id: _i, ...fields } = c;
        out.push(toRecord({ ...withIccs(fields, undefined, codes), ...locate(doc(), c.start), extractor: "review", rule: "added", confidence: 1 }, where));
      }
      out.sort(byPlace);
      total += out.length;
      const typeCounts = zeroCounts();
      for (const a of out) typeCounts[a.type]++;
      const whole = doc();
      const info = {
        index, doc: input.doc, path: input.path, sha256: input.sha256!, bytes: input.bytes!, characters: input.characters!,
        pages: input.pages!, pageNumbering: input.pageNumbering ?? "", sections: input.sections!, lang: whole.lang, paragraphLangs: formatLanguageCounts(paragraphLanguages(whole)), counts: typeCounts, skipped: 0, encoding: "utf-8" as const,
      };
      const renderer = new DocumentRenderer({ formats, types }, undefined, index);
      await renderer.window(out);
      const summary = formats.includes("json") ? summarizeDocument(doc()) : undefined;
      const result: DocumentResult = { ...info, ok: true, rendered: renderer.finish(info, { raw, summary }) };
      for (const w of writers) await w.document(result);
      input.annotations = Object.fromEntries(types.map((t) => [t, typeCounts[t]]));
    }
    const files: AtomicFile[] = [];
    for (const w of writers) files.push(...(await w.finish()));
    const outputs = await commitAll(files);
    const totals = zeroCounts();
    for (const i of inputs) for (const t of types) totals[t] += (i.annotations as Record<string, number> | undefined)?.[t] ?? 0;
    const corrected = {
      ...manifest,
      options: { ...manifest.options, formats: [...formats] },
      totals: { ...manifest.totals, annotations: Object.fromEntries(types.map((t) => [t, totals[t]])) },
      outputs,
      corrections: {
        file: displayPath(options.corrections, cwd),
        sha256: createHash("sha256").update(correctionsText).digest("hex"),
        counts,
        dataset: { manifest: createHash("sha256").update(manifestText).digest("hex") },
      },
      note: "A reviewed dataset: the annotations of the dataset whose manifest hash is in corrections.dataset, with the corrections file applied.",
    };
    await writeJsonFiles(outDir, { "manifest.json": corrected });
    await staging.commit();
  } catch (e) {
    await abortAll(outDir);
    await staging.discard().catch(() => undefined);
    throw e;
  } finally {
    await lock.release().catch(() => undefined);
  }
  return { documents: inputs.length, counts, records: total };
}

/** Provenance as the record schema lists it; `id` is made anew from the span. */
const PROVENANCE = PROVENANCE_FIELDS.filter((k) => k !== "id");

function provenanceOf(r: Annotation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of PROVENANCE) out[k] = r[k];
  return out;
}

/** An input text, where the manifest says (relative to the working folder) or in `texts`. */
async function readInput(path: string, texts: string | undefined, cwd: string): Promise<Buffer> {
  const candidates = (texts === undefined ? [path] : [join(texts, path), join(texts, basename(path))]).map((p) => resolve(cwd, p));
  for (const candidate of candidates) {
    try {
      return await readFile(candidate);
    } catch {
      // try the next place
    }
  }
  throw new ApplyError(path, texts === undefined ? "cannot read this input of the dataset (run apply where annotate ran, or give --texts <dir>)" : `not found in ${texts}`);
}

/** Provenance of a span a reviewer placed: where it is, by whom. */
function locate(doc: ReturnType<typeof analyze>, start: number): Record<string, unknown> {
  const where = doc.locate(start);
  return { page: where.page, line: where.line, column: where.column, sentence: where.sentence, section: where.sectionText, lang: doc.langAt(doc.map.fromRaw(start)) };
}
