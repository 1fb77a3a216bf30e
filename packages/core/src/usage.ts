import { describeValue, ProcmineUsageError } from "./errors.js";
import type { Extractor } from "./extractor.js";
import { ANNOTATION_TYPES, type AnnotationType } from "./schema.js";

// The checks of the library's arguments: a wrong call fails at once with a ProcmineUsageError
// that names the argument, never later with a TypeError from deep inside, nor with no result.

const KNOWN_TYPES = new Set<string>(ANNOTATION_TYPES);
const TYPE_LIST = ANNOTATION_TYPES.join(", ");

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** `createPipeline`'s options: at least one well-formed extractor, and known types if any. */
export function checkPipelineOptions(options: unknown): { extractors: Extractor[]; types?: AnnotationType[] } {
  if (!isObject(options)) throw new ProcmineUsageError("createPipeline(options)", `expected an object with extractors, got ${describeValue(options)}`);
  const { extractors, types } = options;
  if (!Array.isArray(extractors)) {
    throw new ProcmineUsageError("options.extractors", `expected an array of extractors, got ${describeValue(extractors)}`);
  }
  if (extractors.length === 0) throw new ProcmineUsageError("options.extractors", "expected at least one extractor, got none");
  extractors.forEach((e: unknown, i) => checkExtractor(e, `options.extractors[${i}]`));
  if (types === undefined) return { extractors };
  if (!Array.isArray(types)) {
    throw new ProcmineUsageError("options.types", `expected an array of annotation types (${TYPE_LIST}), got ${describeValue(types)}`);
  }
  if (types.length === 0) throw new ProcmineUsageError("options.types", "expected at least one annotation type, got none");
  const produced = new Set(extractors.flatMap((e: Extractor) => e.types));
  for (const t of types) {
    if (typeof t !== "string" || !KNOWN_TYPES.has(t)) {
      throw new ProcmineUsageError("options.types", `unknown annotation type ${describeValue(t)} (known: ${TYPE_LIST})`);
    }
    if (!produced.has(t as AnnotationType)) throw new ProcmineUsageError("options.types", `no extractor given produces "${t}"`);
  }
  return { extractors, types: types as AnnotationType[] };
}

function checkExtractor(e: unknown, where: string): asserts e is Extractor {
  if (!isObject(e)) throw new ProcmineUsageError(where, `expected an extractor object, got ${describeValue(e)}`);
  if (typeof e.name !== "string" || e.name === "") throw new ProcmineUsageError(`${where}.name`, `expected a non-empty string, got ${describeValue(e.name)}`);
  const label = `${where} (${e.name})`;
  if (typeof e.version !== "string" || e.version === "") throw new ProcmineUsageError(`${label}.version`, `expected a non-empty string, got ${describeValue(e.version)}`);
  if (typeof e.extract !== "function") throw new ProcmineUsageError(`${label}.extract`, `expected a function, got ${describeValue(e.extract)}`);
  if (!Array.isArray(e.types) || e.types.length === 0 || !e.types.every((t) => typeof t === "string" && KNOWN_TYPES.has(t))) {
    throw new ProcmineUsageError(`${label}.types`, `expected a non-empty array of annotation types (${TYPE_LIST}), got ${describeValue(e.types)}`);
  }
}

/** The document's text: a string (bytes are decoded by `decodeText`, or read by `annotateStream`). */
export function checkRawText(call: string, raw: unknown): asserts raw is string {
  if (typeof raw === "string") return;
  const hint = raw instanceof Uint8Array ? " (decode bytes with decodeText first, or pass them to annotateStream)" : "";
  throw new ProcmineUsageError(`${call}(raw)`, `expected the document's text as a string, got ${describeValue(raw)}${hint}`);
}

/** Options naming the document: `{ docId }`, a non-empty string. */
export function checkDocId(call: string, options: unknown): asserts options is { docId: string } {
  if (!isObject(options)) throw new ProcmineUsageError(`${call}(options)`, `expected an object with a docId, got ${describeValue(options)}`);
  const { docId } = options;
  if (typeof docId !== "string" || docId.trim() === "") {
    throw new ProcmineUsageError(`${call}(options.docId)`, `expected a non-empty string naming the document, got ${describeValue(docId)}`);
  }
}

/** `annotateStream`'s input and window size. */
export function checkStreamArgs(input: unknown, options: unknown): void {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw new ProcmineUsageError("annotateStream(input)", `expected a string or UTF-8 bytes (Uint8Array, Buffer), got ${describeValue(input)}`);
  }
  checkDocId("annotateStream", options);
  const { windowSize } = options as { windowSize?: unknown };
  if (windowSize !== undefined && !(Number.isSafeInteger(windowSize) && (windowSize as number) > 0)) {
    throw new ProcmineUsageError("annotateStream(options.windowSize)", `expected a positive whole number of bytes, got ${describeValue(windowSize)}`);
  }
}
