import type { AnalyzedDocument } from "@procmine/core";

/** Per document: which tokens open a sentence, and how each word is cased in running text. */
export interface CaseStats {
  sentenceInitial: Set<number>;
  /** Folded word (key id) -> occurrences in lower case (paragraphs and footnotes only). */
  lower: Map<number, number>;
  /** Folded word (key id) -> capitalized occurrences that do not open a sentence. */
  capitalizedInside: Map<number, number>;
}

const LIST_MARKER = /^(?:[IVXivx]+|[A-Za-z]|\d+)\.?$/;

export function caseStats(doc: AnalyzedDocument): CaseStats {
  const cached = doc.cache.get("organizations:case-stats") as CaseStats | undefined;
  if (cached) return cached;
  const t = doc.tokens;
  const sentenceInitial = new Set<number>();
  for (const s of doc.sentences) {
    // Skip list markers and punctuation (`IV.`, `•`, `“`) to the first real word.
    let i = s.firstToken;
    while (i < s.endToken && (!t.isWord(i) || LIST_MARKER.test(t.text(i)))) i++;
    if (i < s.endToken) sentenceInitial.add(i);
  }
  const lower = new Map<number, number>();
  const capitalizedInside = new Map<number, number>();
  for (const b of doc.blocks) {
    if (b.kind === "heading") continue; // Title Case headings say nothing about a word's case
    for (let i = t.firstFrom(b.start); i < t.count && t.start(i) < b.end; i++) {
      if (!t.isWord(i)) continue;
      const key = t.keyId(i);
      if (!t.isCapitalized(i)) lower.set(key, (lower.get(key) ?? 0) + 1);
      else if (!sentenceInitial.has(i)) capitalizedInside.set(key, (capitalizedInside.get(key) ?? 0) + 1);
    }
  }
  const stats = { sentenceInitial, lower, capitalizedInside };
  doc.cache.set("organizations:case-stats", stats);
  return stats;
}

/** A sentence-initial word that the document otherwise writes in lower case only. */
export function capitalizedOnlyByPosition(doc: AnalyzedDocument, stats: CaseStats, i: number): boolean {
  if (!stats.sentenceInitial.has(i)) return false;
  const key = doc.tokens.keyId(i);
  return (stats.lower.get(key) ?? 0) > 0 && (stats.capitalizedInside.get(key) ?? 0) === 0;
}
