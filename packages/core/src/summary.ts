import type { AnalyzedDocument } from "./document.js";

/** The structure of a document as plain JSON, in raw offsets (for `<doc>.json`). */
export interface DocumentSummary {
  doc: string;
  characters: number;
  pages: { page: number; start: number; end: number }[];
  sections: { index: number; level: number; kind: string; title: string; path: string[]; start: number; end: number; page: number }[];
  blocks: { kind: string; start: number; end: number; page: number }[];
  sentences: { index: number; start: number; end: number }[];
  tokens: number;
}

export function summarizeDocument(doc: AnalyzedDocument): DocumentSummary {
  const starts = doc.structure.pageStarts;
  const page = (raw: number) => doc.locate(raw).page;
  return {
    doc: doc.docId,
    characters: doc.raw.length,
    pages: starts.map((s, i) => ({ page: i + 1, start: s, end: starts[i + 1] ?? doc.raw.length })),
    sections: doc.sections.map((s) => ({
      index: s.index,
      level: s.level,
      kind: s.kind,
      title: s.title,
      path: s.path,
      start: s.rawStart,
      end: s.rawEnd,
      page: page(s.rawStart),
    })),
    blocks: doc.blocks.map((b) => ({ kind: b.heading ? `heading:${b.heading}` : b.kind, start: b.rawStart, end: b.rawEnd, page: page(b.rawStart) })),
    sentences: doc.sentences.map((s, index) => {
      const r = doc.toRaw(s.start, s.end);
      return { index, start: r.start, end: r.end };
    }),
    tokens: doc.tokens.count,
  };
}
