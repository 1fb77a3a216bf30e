/** Paragraphs per language, as documents.csv shows them. */
import { LANGUAGES, type AnalyzedDocument } from "@procmine/core";

/** How many paragraphs each language has, as documents.csv shows it: `en=2;es=40`. */
export function formatLanguageCounts(paragraphs: ReadonlyMap<string, number>): string {
  return [...paragraphs].filter(([, n]) => n > 0).map(([l, n]) => `${l}=${n}`).join(";");
}

/** The paragraphs of one analyzed text, counted by language. */
export function paragraphLanguages(document: AnalyzedDocument): Map<string, number> {
  const paragraphs = new Map<string, number>(LANGUAGES.map((l) => [l, 0]));
  for (const b of document.blocks) if (b.kind === "paragraph") paragraphs.set(b.lang, paragraphs.get(b.lang)! + 1);
  return paragraphs;
}
