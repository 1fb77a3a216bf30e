import type { AnalyzedDocument } from "@procmine/core";
import { foldKey } from "@procmine/core";

/** A word in capitals right before or after a match, one space (or tab) between. */
const BEFORE = /(\p{Lu}+)[ \t]$/u;
const AFTER = /^[ \t](\p{Lu}+)/u;
/** How far each side is read: a connector or article is short. */
const REACH = 8;

/**
 * `ORDEM DO DIA`: a Spanish or Portuguese heading or label in capitals writes its ordinary words so,
 * and a listed acronym that is also an ordinary word of the language (`titleCaseAcronyms.ordinaryWords`:
 * `Dia`, `Cia`) beside a connector or article in capitals (`DO`, `DE`, `LA`) is that word, no acronym.
 * Reads a few characters each side of the match.
 */
export function isCapitalsPhraseWord(doc: AnalyzedDocument, start: number, end: number, ordinary: ReadonlySet<string>, isLink: (key: string) => boolean): boolean {
  const text = doc.text.slice(start, end);
  if (!/^\p{Lu}+$/u.test(text) || !ordinary.has(foldKey(text)) || doc.langAt(start) === "en") return false;
  const before = BEFORE.exec(doc.text.slice(Math.max(0, start - REACH), start))?.[1];
  const after = AFTER.exec(doc.text.slice(end, end + REACH))?.[1];
  return (before !== undefined && isLink(foldKey(before))) || (after !== undefined && isLink(foldKey(after)));
}
