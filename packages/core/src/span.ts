/**
 * A stretch of the analysis text by characters and by tokens: a sentence, a phrase match, an
 * extractor's candidate.
 */
export interface Span {
  /** Analysis offsets. */
  start: number;
  end: number;
  firstToken: number;
  /** Exclusive. */
  endToken: number;
}
