import { SpanCover, type AnalyzedDocument, type Mention } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";

/**
 * In a paragraph written without capitals, the name rule of `dropProperNames` sees no name
 * (`sinaloa cartel`, `cartel de sinaloa`): there the organization layer, which reads names in
 * lower case (caseless.json), says where a group's name stands, and a threat term inside it is
 * that name's head, not a threat. Paragraphs that write capitals keep their own rule unchanged.
 */
export function dropInsideCaselessNames(doc: AnalyzedDocument, candidates: ThreatCandidate[], organizations: readonly Mention[]): ThreatCandidate[] {
  const names = new SpanCover(organizations.filter((o) => !doc.writingAt(o.start).capitals));
  if (names.size === 0) return candidates;
  return candidates.filter((c) => doc.writingAt(c.start).capitals || !names.covers(c.start, c.end));
}
