/** @procmine/cli as a library: what the `procmine` binary does, callable from code. */
export { annotateFiles, OutDirError, FORMATS, DEFAULT_FORMATS, type Format, type AnnotateFilesOptions, type AnnotateFilesResult } from "./annotate.js";
export { discoverInputs, docIdOf, DuplicateDocumentError, STDIN_DOC, type Discovery, type InputDocument, type InputProblem } from "./inputs.js";
export { evaluateFiles, loadRecords, scoresToJson, scoresToText, EvalInputError, type EvalOptions, type EvalResult } from "./eval.js";
export { ANNOTATION_COLUMNS, DOCUMENT_COLUMNS, annotationRow, csvCell, csvValue } from "./outputs/csv.js";
export { DatasetLockedError } from "./outputs/lock.js";
export { renderAnnotatedText } from "./outputs/html-render.js";
export { buildManifest, type Manifest } from "./manifest.js";
export { runCli, type CliIo } from "./cli.js";
export { UsageError } from "./args.js";
export { WorkerStartError } from "./pool.js";
export type { DocumentResult, DocumentDone, DocumentFailed, TypeCounts } from "./protocol.js";
export { VERSION } from "./version.js";
