import { analyze, type AnalyzedDocument, type WindowOrigin } from "./document.js";
import type { LayoutMark } from "./structure.js";
import { documentPageEvidence, splitWindows } from "./window.js";
import { countDoubleEncoded, doubleEncodingEvidence } from "./double-encoding.js";
import { countReferences, htmlReferenceEvidence } from "./html-references.js";
import type { Extractor, Layers, Mention } from "./extractor.js";
import { resolveOverlaps } from "./overlap.js";
import { outsidePageMachinery } from "./html-machinery.js";
import { ANNOTATION_TYPES, ATTRS_SCHEMAS, RECORD_SCHEMAS, type Annotation, type AnnotationType } from "./schema.js";
import { describeThrown, describeValue, ProcmineExtractorError } from "./errors.js";
import { checkDocId, checkPipelineOptions, checkRawText, checkStreamArgs } from "./usage.js";

export interface PipelineOptions {
  extractors: readonly Extractor[];
  /** Only these types are kept (all the extractors' types by default). */
  types?: readonly AnnotationType[];
  /**
   * Extractors whose records their own tests hold to the schema (the built-in ones, by the CLI):
   * their records are not checked one by one again. Every other extractor's record is.
   */
  checked?: readonly Extractor[];
}

export interface AnnotateOptions {
  docId: string;
  /** Running heads and footnotes a layout reader found (a PDF's), in raw offsets of the whole text. */
  marks?: readonly LayoutMark[];
}

export interface AnnotateResult {
  document: AnalyzedDocument;
  annotations: Annotation[];
  /**
   * Mentions an extractor proposed that make no valid record (a value of `Infinity`, a
   * confidence of 5, a span outside the text), left out so one bad mention never costs the
   * document. Empty when all is well.
   */
  skipped: SkippedMention[];
}

/** A proposed mention left out, and why: the reason names the extractor and the field. */
export interface SkippedMention {
  /** `name@version` of the extractor. */
  extractor: string;
  type: string;
  /** Analysis offsets, as the extractor gave them. */
  start: number;
  end: number;
  reason: string;
}

export interface StreamOptions extends AnnotateOptions {
  /** Characters per window (default 1,000,000): longer documents are read window by window. */
  windowSize?: number;
}

export interface Pipeline {
  readonly extractors: readonly Extractor[];
  /**
   * The extractors that run, in the order they run: those of the wanted types and those whose
   * layers they require; an extractor runs after every extractor of a type it requires.
   */
  readonly active: readonly Extractor[];
  /** Read one document whole and annotate it. */
  annotate(raw: string, options: AnnotateOptions): AnnotateResult;
  /**
   * Annotate a document window by window, so memory stays flat however long it is. A document
   * shorter than one window gives exactly what `annotate` gives; in a longer one, evidence an
   * extractor gathers per document (acronym definitions) is gathered per window.
   */
  annotateStream(input: string | Uint8Array, options: StreamOptions): Generator<AnnotateResult>;
  /** Annotate an analyzed document; mentions left out are added to `skipped` when given. */
  annotateDocument(doc: AnalyzedDocument, skipped?: SkippedMention[]): Annotation[];
}

interface ProposedMention {
  start: number;
  end: number;
  confidence: number;
  mention: Mention;
  extractor: Extractor;
}

const ATTRIBUTE_KEYS = Object.fromEntries(ANNOTATION_TYPES.map((t) => [t, Object.keys(ATTRS_SCHEMAS[t].shape)])) as Record<AnnotationType, string[]>;
const TYPE_ORDER = new Map(ANNOTATION_TYPES.map((t, i) => [t, i]));
const SPACE = /\s/;

export function createPipeline(options: PipelineOptions): Pipeline {
  const checked = checkPipelineOptions(options);
  const extractors = [...checked.extractors];
  const wanted = new Set(checked.types ?? extractors.flatMap((e) => e.types));
  const active = runOrder(extractors, wanted);
  const trusted = new Set(Array.isArray(options.checked) ? options.checked : []);
  // Types some extractor reads as a layer: kept even when not wanted in the output.
  const layered = new Set(active.flatMap((e) => e.requires ?? []));
  const annotateDocument = (doc: AnalyzedDocument, skipped: SkippedMention[] = []): Annotation[] => {
    const byType = new Map<AnnotationType, ProposedMention[]>();
    const resolved = new Map<AnnotationType, ProposedMention[]>();
    const resolve = (type: AnnotationType) => {
      let list = resolved.get(type);
      if (!list) resolved.set(type, (list = resolveOverlaps(byType.get(type) ?? [])));
      return list;
    };
    for (const extractor of active) {
      const layers: Partial<Record<AnnotationType, readonly Mention[]>> = {};
      for (const type of extractor.requires ?? []) {
        layers[type] = resolve(type).map((c) => ({ ...c.mention, start: c.start, end: c.end }));
      }
      for (const proposed of proposals(extractor, doc, layers as Layers)) {
        const problem = mentionProblem(doc, extractor, proposed);
        if (problem !== undefined) {
          skipped.push(skip(extractor, proposed, problem));
          continue;
        }
        const mention = proposed as Mention;
        if (!wanted.has(mention.type) && !layered.has(mention.type)) continue;
        let { start, end } = mention;
        while (start < end && SPACE.test(doc.text[start]!)) start++;
        while (end > start && SPACE.test(doc.text[end - 1]!)) end--;
        if (start === end) continue;
        // A web page's tags, scripts and styles are no text (html-machinery.ts): a span read across a tag keeps its longest stretch outside them.
        const rawStart = doc.map.rawIndex(start);
        const rawEnd = doc.map.rawIndex(end - 1) + 1;
        const outside = outsidePageMachinery(doc.raw, rawStart, rawEnd);
        if (!outside) {
          skipped.push(skip(extractor, proposed, "page machinery"));
          continue;
        }
        if (outside[0] !== rawStart || outside[1] !== rawEnd) {
          start = doc.map.fromRaw(outside[0]);
          end = doc.map.endOfRaw(outside[1]);
          while (start < end && SPACE.test(doc.text[start]!)) start++;
          while (end > start && SPACE.test(doc.text[end - 1]!)) end--;
          if (start === end) continue;
        }
        const list = byType.get(mention.type) ?? [];
        list.push({ start, end, confidence: mention.confidence ?? 1, mention, extractor });
        byType.set(mention.type, list);
      }
    }
    const records: Annotation[] = [];
    for (const type of byType.keys()) {
      if (!wanted.has(type)) continue;
      for (const c of resolve(type)) {
        const record = toRecord(doc, c, !trusted.has(c.extractor));
        if (typeof record === "string") skipped.push(skip(c.extractor, c.mention, record));
        else records.push(record);
      }
    }
    return records.sort(
      (a, b) => a.start - b.start || a.end - b.end || TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)!,
    );
  };
  function* windows(input: string | Uint8Array, docId: string, windowSize: number | undefined, marks: readonly LayoutMark[] | undefined): Generator<AnnotateResult> {
    // Windows are cut on the UTF-8 bytes; raw offsets stay those of the whole decoded text.
    const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    const shared = new Map<string, unknown>();
    const spans = splitWindows(bytes, windowSize);
    // One window reads exactly as `annotate` reads; several share the whole document's page convention.
    const evidence =
      spans.length > 1
        ? {
            ...documentPageEvidence(bytes),
            htmlEscaped: documentHolds(bytes, spans, "latin1", countReferences, htmlReferenceEvidence()),
            doubleEncoded: documentHolds(bytes, spans, "utf-8", countDoubleEncoded, doubleEncodingEvidence()),
          }
        : {};
    let origin: WindowOrigin = { raw: 0, line: 0, page: 1, sentence: 0, sections: [], ...evidence };
    for (const w of spans) {
      const raw = decoder.decode(bytes.subarray(w.start, w.end));
      const document = analyze(raw, { docId, shared, window: origin, marks: marksWithin(marks, origin.raw, origin.raw + raw.length) });
      const skipped: SkippedMention[] = [];
      yield { document, annotations: annotateDocument(document, skipped), skipped };
      origin = {
        ...origin,
        raw: origin.raw + raw.length,
        line: origin.line + document.structure.lines.count - 1,
        page: origin.page + document.pageCount - 1,
        sentence: origin.sentence + document.sentences.length,
        sections: document.openSectionsAtEnd(),
        // A window cut inside a line (text without line breaks): the next one goes on with it.
        column: document.lastLineColumns(),
      };
    }
  }
  return {
    extractors,
    active,
    annotateDocument,
    annotate(raw, options) {
      checkRawText("annotate", raw);
      checkDocId("annotate", options);
      const document = analyze(raw, { docId: options.docId, marks: options.marks });
      const skipped: SkippedMention[] = [];
      return { document, annotations: annotateDocument(document, skipped), skipped };
    },
    annotateStream(input, options) {
      // Checked at the call, not at the first window a generator would wait for.
      checkStreamArgs(input, options);
      return windows(input, options.docId, options.windowSize, options.marks);
    },
  };
}

/**
 * Whether a document read in several windows holds `need` of something `count` finds, decided once
 * for all of them: HTML character references (ASCII, so each window's bytes read as Latin-1 show
 * them where UTF-8 would) or double-encoded sequences (read as UTF-8).
 */
function documentHolds(bytes: Uint8Array, spans: readonly { start: number; end: number }[], encoding: "latin1" | "utf-8", count: (text: string, limit: number) => number, need: number): boolean {
  const decoder = new TextDecoder(encoding);
  let found = 0;
  for (const w of spans) {
    found += count(decoder.decode(bytes.subarray(w.start, w.end)), need - found);
    if (found >= need) return true;
  }
  return false;
}

/** The marks inside raw [from, to) of the whole text, in the window's offsets. */
function marksWithin(marks: readonly LayoutMark[] | undefined, from: number, to: number): LayoutMark[] | undefined {
  if (!marks) return undefined;
  return marks.filter((m) => m.end > from && m.start < to).map((m) => ({ kind: m.kind, start: Math.max(0, m.start - from), end: Math.min(to, m.end) - from }));
}

/**
 * Which extractors run, and in what order: those of a wanted type, and (transitively) those of
 * a type one of them requires; each after every other extractor of a type it requires, else in
 * the order given. A requirement nobody produces, or a cycle, is a configuration error.
 */
function runOrder(extractors: readonly Extractor[], wanted: ReadonlySet<AnnotationType>): Extractor[] {
  const producers = (type: AnnotationType) => extractors.filter((e) => e.types.includes(type));
  const needed = new Set(extractors.filter((e) => e.types.some((t) => wanted.has(t))));
  for (const e of needed) {
    for (const type of e.requires ?? []) {
      const from = producers(type).filter((p) => p !== e);
      if (from.length === 0) throw new Error(`extractor ${e.name} requires the ${type} layer, which no extractor produces`);
      for (const p of from) needed.add(p); // a Set visits what is added while iterating
    }
  }
  const order: Extractor[] = [];
  const pending = extractors.filter((e) => needed.has(e));
  while (pending.length > 0) {
    const ready = pending.findIndex((e) => (e.requires ?? []).every((type) => producers(type).every((p) => p === e || order.includes(p))));
    if (ready < 0) throw new Error(`extractors ${pending.map((e) => e.name).join(", ")} require each other's layers`);
    order.push(...pending.splice(ready, 1));
  }
  return order;
}

/** The mentions an extractor proposes for a document; its failure is the extractor's, by name. */
function proposals(extractor: Extractor, doc: AnalyzedDocument, layers: Layers): Iterable<unknown> {
  let out: unknown;
  try {
    out = extractor.extract(doc, layers);
    // A generator runs only as it is read: read it here, where its failures are caught.
    if (out !== null && typeof out === "object" && !Array.isArray(out) && Symbol.iterator in out) out = [...(out as Iterable<unknown>)];
  } catch (e) {
    throw new ProcmineExtractorError(extractorLabel(extractor), `failed on document "${doc.docId}": ${describeThrown(e)}`, { cause: e });
  }
  if (!Array.isArray(out)) {
    throw new ProcmineExtractorError(extractorLabel(extractor), `returned ${describeValue(out)} for document "${doc.docId}", not a list of mentions`);
  }
  return out;
}

/** Why a proposed mention cannot become a record (one line), or undefined when it can. */
function mentionProblem(doc: AnalyzedDocument, extractor: Extractor, m: unknown): string | undefined {
  if (typeof m !== "object" || m === null) return `not a mention: ${describeValue(m)}`;
  const { type, start, end, rule, confidence } = m as Partial<Mention>;
  if (typeof type !== "string" || !extractor.types.includes(type as AnnotationType)) return `type ${describeValue(type)} is not one it declares (${extractor.types.join(", ")})`;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start! >= 0 && start! < end! && end! <= doc.text.length)) {
    return `span [${String(start)}, ${String(end)}) is not a non-empty span of the text (length ${doc.text.length})`;
  }
  if (typeof rule !== "string" || rule === "") return `rule: expected a non-empty string, got ${describeValue(rule)}`;
  if (confidence !== undefined && !(typeof confidence === "number" && confidence >= 0 && confidence <= 1)) {
    return `confidence: expected a number in [0, 1], got ${describeValue(confidence)}`;
  }
  return undefined;
}

function skip(extractor: Extractor, mention: unknown, reason: string): SkippedMention {
  const m = (typeof mention === "object" && mention !== null ? mention : {}) as Partial<Mention>;
  return {
    extractor: extractorLabel(extractor),
    type: typeof m.type === "string" ? m.type : "?",
    start: typeof m.start === "number" ? m.start : -1,
    end: typeof m.end === "number" ? m.end : -1,
    reason,
  };
}

/** zod issues in one line: `value: Invalid input; confidence: Too big`. */
function issuesLine(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join(".") || "record"}: ${i.message}`).join("; ");
}

/** The record of a candidate, or why it is not a valid one (checked whole against the schema). */
function toRecord(doc: AnalyzedDocument, c: ProposedMention, check: boolean): Annotation | string {
  const { mention, extractor } = c;
  if (typeof mention.attrs !== "object" || mention.attrs === null) return `attrs: expected an object, got ${describeValue(mention.attrs)}`;
  const raw = doc.toRaw(c.start, c.end);
  const where = doc.locate(raw.start, c.start);
  const start = raw.start + doc.origin.raw;
  const end = raw.end + doc.origin.raw;
  // Field order is fixed so that JSON output is byte-for-byte reproducible. Fields are added one
  // by one (not spread): V8 then shares one object shape per attribute set, which is much faster.
  const record: Record<string, unknown> = { doc: doc.docId, type: mention.type, start, end, text: doc.raw.slice(raw.start, raw.end) };
  // The type's attributes in the schema's order; others an extractor may carry are not published.
  for (const key of ATTRIBUTE_KEYS[mention.type]) if (mention.attrs[key] !== undefined) record[key] = mention.attrs[key];
  record.id = `${doc.docId}:${mention.type}:${start}-${end}`;
  record.page = where.page;
  record.line = where.line;
  record.column = where.column;
  record.sentence = where.sentence;
  record.section = where.sectionText;
  record.lang = doc.langAt(c.start);
  record.extractor = extractorLabel(extractor);
  record.rule = mention.rule;
  record.confidence = round(c.confidence);
  // The whole record, as published: what one bad field would otherwise carry into a dataset.
  if (!check) return record as Annotation;
  const valid = RECORD_SCHEMAS[mention.type].safeParse(record);
  return valid.success ? (record as Annotation) : `record ${issuesLine(valid.error)}`;
}

const LABELS = new WeakMap<Extractor, string>();

/** `name@version`, made once per extractor rather than once per record. */
function extractorLabel(extractor: Extractor): string {
  let label = LABELS.get(extractor);
  if (label === undefined) {
    label = `${extractor.name}@${extractor.version}`;
    LABELS.set(extractor, label);
  }
  return label;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
