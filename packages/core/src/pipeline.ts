import { analyze, type AnalyzedDocument, type WindowOrigin } from "./document.js";
import { documentPageEvidence, splitWindows } from "./window.js";
import type { Extractor, Layers, Mention } from "./extractor.js";
import { resolveOverlaps } from "./overlap.js";
import { ANNOTATION_TYPES, ATTRS_SCHEMAS, type Annotation, type AnnotationType } from "./schema.js";

export interface PipelineOptions {
  extractors: readonly Extractor[];
  /** Only these types are kept (all the extractors' types by default). */
  types?: readonly AnnotationType[];
}

export interface AnnotateOptions {
  docId: string;
}

export interface AnnotateResult {
  document: AnalyzedDocument;
  annotations: Annotation[];
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
  annotateDocument(doc: AnalyzedDocument): Annotation[];
}

interface Candidate {
  start: number;
  end: number;
  confidence: number;
  mention: Mention;
  extractor: Extractor;
}

const TYPE_ORDER = new Map(ANNOTATION_TYPES.map((t, i) => [t, i]));
const SPACE = /\s/;

export function createPipeline(options: PipelineOptions): Pipeline {
  const extractors = [...options.extractors];
  const wanted = new Set(options.types ?? extractors.flatMap((e) => e.types));
  const active = runOrder(extractors, wanted);
  // Types some extractor reads as a layer: kept even when not wanted in the output.
  const layered = new Set(active.flatMap((e) => e.requires ?? []));
  const annotateDocument = (doc: AnalyzedDocument): Annotation[] => {
    const byType = new Map<AnnotationType, Candidate[]>();
    const resolved = new Map<AnnotationType, Candidate[]>();
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
      for (const mention of extractor.extract(doc, layers as Layers)) {
        if (!wanted.has(mention.type) && !layered.has(mention.type)) continue;
        checkMention(doc, extractor, mention);
        let { start, end } = mention;
        while (start < end && SPACE.test(doc.text[start]!)) start++;
        while (end > start && SPACE.test(doc.text[end - 1]!)) end--;
        if (start === end) continue;
        const list = byType.get(mention.type) ?? [];
        list.push({ start, end, confidence: mention.confidence ?? 1, mention, extractor });
        byType.set(mention.type, list);
      }
    }
    const records: Annotation[] = [];
    for (const type of byType.keys()) {
      if (!wanted.has(type)) continue;
      for (const c of resolve(type)) records.push(toRecord(doc, c));
    }
    return records.sort(
      (a, b) => a.start - b.start || a.end - b.end || TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)!,
    );
  };
  return {
    extractors,
    active,
    annotateDocument,
    annotate(raw, { docId }) {
      const document = analyze(raw, { docId });
      return { document, annotations: annotateDocument(document) };
    },
    *annotateStream(input, { docId, windowSize }) {
      // Windows are cut on the UTF-8 bytes; raw offsets stay those of the whole decoded text.
      const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
      const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
      const shared = new Map<string, unknown>();
      const windows = splitWindows(bytes, windowSize);
      // One window reads exactly as `annotate` reads; several share the whole document's page convention.
      const evidence = windows.length > 1 ? documentPageEvidence(bytes) : {};
      let origin: WindowOrigin = { raw: 0, line: 0, page: 1, sentence: 0, sections: [], ...evidence };
      for (const w of windows) {
        const raw = decoder.decode(bytes.subarray(w.start, w.end));
        const document = analyze(raw, { docId, shared, window: origin });
        yield { document, annotations: annotateDocument(document) };
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
    },
  };
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

function checkMention(doc: AnalyzedDocument, extractor: Extractor, m: Mention): void {
  if (!extractor.types.includes(m.type)) {
    throw new Error(`extractor ${extractor.name} proposed a ${m.type}, which it does not declare`);
  }
  if (!(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= doc.text.length)) {
    throw new Error(`extractor ${extractor.name} proposed a bad span [${m.start}, ${m.end})`);
  }
}

function toRecord(doc: AnalyzedDocument, c: Candidate): Annotation {
  const { mention, extractor } = c;
  const attrs = ATTRS_SCHEMAS[mention.type].safeParse(mention.attrs);
  if (!attrs.success) {
    throw new Error(`extractor ${extractor.name}: bad ${mention.type} attributes ${JSON.stringify(mention.attrs)}: ${attrs.error.message}`);
  }
  const raw = doc.toRaw(c.start, c.end);
  const where = doc.locate(raw.start, c.start);
  const start = raw.start + doc.origin.raw;
  const end = raw.end + doc.origin.raw;
  // Field order is fixed so that JSON output is byte-for-byte reproducible. Fields are added one
  // by one (not spread): V8 then shares one object shape per attribute set, which is much faster.
  const record: Record<string, unknown> = { doc: doc.docId, type: mention.type, start, end, text: doc.raw.slice(raw.start, raw.end) };
  const data = attrs.data as Record<string, unknown>;
  for (const key in data) record[key] = data[key];
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
  return record as Annotation;
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
