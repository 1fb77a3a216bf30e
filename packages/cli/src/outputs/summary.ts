/**
 * core's summarizeDocument describes one window of a long document in that window's own
 * offsets; these put window summaries back into whole-document offsets and join them.
 * (A document shorter than one window is one summary, returned unchanged.)
 */
import type { DocumentSummary, WindowOrigin } from "@procmine/core";

export function shiftSummary(s: DocumentSummary, origin: WindowOrigin): DocumentSummary {
  const at = origin.raw;
  return {
    ...s,
    pages: s.pages.map((p) => ({ page: p.page + origin.page - 1, start: p.start + at, end: p.end + at })),
    sections: s.sections.map((x) => ({ ...x, start: x.start + at, end: x.end + at })),
    blocks: s.blocks.map((b) => ({ ...b, start: b.start + at, end: b.end + at })),
    sentences: s.sentences.map((x) => ({ index: x.index + origin.sentence, start: x.start + at, end: x.end + at })),
  };
}

export function mergeSummaries(parts: DocumentSummary[]): DocumentSummary {
  if (parts.length === 1) return parts[0]!;
  const merged: DocumentSummary = { doc: parts[0]!.doc, characters: 0, pages: [], sections: [], blocks: [], sentences: [], tokens: 0 };
  for (const p of parts) {
    merged.characters += p.characters;
    merged.tokens += p.tokens;
    for (const page of p.pages) {
      // A page cut by a window boundary continues in the next window.
      const last = merged.pages[merged.pages.length - 1];
      if (last && last.page === page.page) last.end = page.end;
      else merged.pages.push({ ...page });
    }
    for (const x of p.sections) merged.sections.push({ ...x, index: merged.sections.length });
    // Loops, not push(...): a long document has more blocks than a call may take arguments.
    for (const b of p.blocks) merged.blocks.push(b);
    for (const x of p.sentences) merged.sentences.push(x);
  }
  return merged;
}
