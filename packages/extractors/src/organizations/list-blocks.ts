import type { AnalyzedDocument } from "@procmine/core";

type Block = AnalyzedDocument["blocks"][number];

/** A line opened by a list marker: `1.`, `12)`, `-`, `*`, `•`. */
const LIST_ITEM = /^[ \t]*(?:\d{1,3}[.)]|[-*\u2022\u2013])[ \t]+\S/;

/**
 * A block of two or more lines, each opened by a list marker (`1.  San Mateo Police Department –
 * Chief ...`): a list of names, however much of it Title Case makes look like a heading. Its
 * names are read as a paragraph's are.
 */
export function isListBlock(doc: AnalyzedDocument, b: Block): boolean {
  const text = doc.raw.slice(doc.map.rawIndex(b.start), doc.map.rawIndex(b.end));
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  return lines.length >= 2 && lines.every((l) => LIST_ITEM.test(l));
}
