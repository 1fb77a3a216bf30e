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

/** A small, independent annotator: it reads the analysis text and proposes mentions. */
export interface Extractor {
  readonly name: string;
  readonly version: string;
  readonly types: readonly AnnotationType[];
  /** Absolute paths of the data files it reads, hashed into a dataset's manifest. */
  readonly dataFiles?: readonly string[];
  extract(doc: AnalyzedDocument): Iterable<Mention>;
}
