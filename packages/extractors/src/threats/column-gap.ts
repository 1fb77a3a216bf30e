import type { AnalyzedDocument } from "@procmine/core";

/**
 * Whether a tab stands between token `k` and the one before it: the boundary of a table's
 * column (`Narcotráfico<TAB><TAB>internacional`, a cell and the next cell), which no phrase
 * extends across. Normalized text writes a tab as a space, so the raw text is read.
 */
export function tabBefore(doc: AnalyzedDocument, k: number): boolean {
  if (k === 0) return false;
  const t = doc.tokens;
  return doc.raw.slice(doc.map.rawIndex(t.end(k - 1)), doc.map.rawIndex(t.start(k))).includes("\t");
}
