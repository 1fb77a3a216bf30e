import { analyze, type AnalyzedDocument, type WindowOrigin } from "./document.js";
import type { LayoutMark } from "./structure.js";
import { spacesMarkPages } from "./lines.js";
import { countSpaceLedLines, splitWindows } from "./window.js";
import type { Extractor, Mention } from "./extractor.js";
import { resolveOverlaps } from "./overlap.js";
import { ANNOTATION_TYPES, ATTRS_SCHEMAS, type Annotation, type AnnotationType } from "./schema.js";

export interface PipelineOptions {
  extractors: readonly Extractor[];
  /** Only these types are kept (all the extractors' types by default). */
  types?: readonly AnnotationType[];
}

export interface AnnotateOptions {
  docId: string;
  /** Running heads and footnotes a layout reader found (a PDF's), in raw offsets of the whole text. */
  marks?: readonly LayoutMark[];
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
  const annotateDocument = (doc: AnalyzedDocument): Annotation[] => {
    const byType = new Map<AnnotationType, Candidate[]>();
    for (const extractor of extractors) {
      if (!extractor.types.some((t) => wanted.has(t))) continue;
      for (const mention of extractor.extract(doc)) {
        if (!wanted.has(mention.type)) continue;
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
    for (const [, candidates] of byType) {
      for (const c of resolveOverlaps(candidates)) records.push(toRecord(doc, c));
    }
    return records.sort(
      (a, b) => a.start - b.start || a.end - b.end || TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)!,
    );
  };
  return {
    extractors,
    annotateDocument,
    annotate(raw, { docId, marks }) {
      const document = analyze(raw, { docId, marks });
      return { document, annotations: annotateDocument(document) };
    },
    *annotateStream(input, { docId, windowSize, marks }) {
      // Windows are cut on the UTF-8 bytes; raw offsets stay those of the whole decoded text.
      const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
      const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
      const shared = new Map<string, unknown>();
      const windows = splitWindows(bytes, windowSize);
      // One window reads exactly as `annotate` reads; several share the whole document's page convention.
      const spaces = windows.length > 1 ? spacesMarkPages(countSpaceLedLines(bytes)) : undefined;
      let origin: WindowOrigin = { raw: 0, line: 0, page: 1, sentence: 0, sections: [], spacesMarkPages: spaces };
      for (const w of windows) {
        const raw = decoder.decode(bytes.subarray(w.start, w.end));
        const document = analyze(raw, { docId, shared, window: origin, marks: marksWithin(marks, origin.raw, origin.raw + raw.length) });
        yield { document, annotations: annotateDocument(document) };
        origin = {
          ...origin,
          raw: origin.raw + raw.length,
          line: origin.line + document.structure.lines.count - 1,
          page: origin.page + document.pageCount - 1,
          sentence: origin.sentence + document.sentences.length,
          sections: document.openSectionsAtEnd(),
        };
      }
    },
  };
}

/** The marks inside raw [from, to) of the whole text, in the window's offsets. */
function marksWithin(marks: readonly LayoutMark[] | undefined, from: number, to: number): LayoutMark[] | undefined {
  if (!marks) return undefined;
  return marks.filter((m) => m.end > from && m.start < to).map((m) => ({ kind: m.kind, start: Math.max(0, m.start - from), end: Math.min(to, m.end) - from }));
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
