import type { AnalyzedDocument } from "./document.js";
import type { AnnotationType } from "./schema.js";

/**
 * A mention proposed by an extractor, in analysis-text offsets. The pipeline maps it back to
 * the raw text, adds provenance and checks `attrs` against the type's schema.
 */
export interface Mention {
  type: AnnotationType;
  start: number;
  end: number;
  attrs: Record<string, unknown>;
  /** Which rule of the extractor produced it (`name`, `acronym_definition`, ...). */
  rule: string;
  /** In [0, 1]; 1 when omitted. */
  confidence?: number;
}

/**
 * The layers an extractor asked for (`requires`): per type, the mentions every extractor of that
 * type proposed on this text, after the overlap policy, in text order, in analysis offsets.
 */
export type Layers = Readonly<Partial<Record<AnnotationType, readonly Mention[]>>>;

/** A small, independent annotator: it reads the analysis text and proposes mentions. */
export interface Extractor {
  readonly name: string;
  readonly version: string;
  readonly types: readonly AnnotationType[];
  /**
   * Types whose mentions it reads (`["country"]`): the pipeline runs their extractors first,
   * even when their type is not wanted in the output, and hands their layer to `extract`.
   */
  readonly requires?: readonly AnnotationType[];
  /** Absolute paths of the data files it reads, hashed into a dataset's manifest. */
  readonly dataFiles?: readonly string[];
  extract(doc: AnalyzedDocument, layers?: Layers): Iterable<Mention>;
}
