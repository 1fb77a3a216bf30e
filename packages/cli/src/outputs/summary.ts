/**
 * core's summarizeDocument describes one window of a long document in that window's own
 * offsets; these put window summaries back into whole-document offsets and join them.
 * (A document shorter than one window is one summary, returned unchanged.)
 */
import type { DocumentSummary, WindowOrigin } from "@procmine/core";
import type { Piece, Spool } from "./spool.js";

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

/**
 * The `structure` of a document's JSON, written window by window instead of merged in memory:
 * exactly `JSON.stringify(mergeSummaries(windows))`, with pages, sections, blocks and sentences
 * appended to spools as each window arrives (a page cut by a window boundary is held back until
 * the next window says whether it continues).
 */
export class StructureWriter {
  private doc: string | undefined;
  private characters = 0;
  private tokens = 0;
  private readonly counts = { pages: 0, sections: 0, blocks: 0, sentences: 0 };
  private pending: DocumentSummary["pages"][number] | undefined;

  constructor(private readonly spools: Record<"pages" | "sections" | "blocks" | "sentences", Spool>) {}

  /** One window's summary, already in whole-document offsets (shiftSummary). */
  add(s: DocumentSummary): void {
    this.doc ??= s.doc;
    this.characters += s.characters;
    this.tokens += s.tokens;
    for (const page of s.pages) {
      if (this.pending && this.pending.page === page.page) this.pending = { ...this.pending, end: page.end };
      else {
        if (this.pending) this.append("pages", [this.pending]);
        this.pending = { ...page };
      }
    }
    this.append("sections", s.sections.map((x, i) => ({ ...x, index: this.counts.sections + i })));
    this.append("blocks", s.blocks);
    this.append("sentences", s.sentences);
  }

  private append(key: keyof StructureWriter["counts"], items: readonly unknown[]): void {
    if (items.length === 0) return;
    this.spools[key].append((this.counts[key] > 0 ? "," : "") + items.map((x) => JSON.stringify(x)).join(","));
    this.counts[key] += items.length;
  }

  /** Move what the spools hold to their files (a long document). */
  spill(): void {
    for (const spool of Object.values(this.spools)) spool.spill();
  }

  /** The whole `structure` object as pieces; undefined when no window came. */
  pieces(): Piece[] | undefined {
    if (this.doc === undefined) return undefined;
    if (this.pending) this.append("pages", [this.pending]);
    this.pending = undefined;
    return [
      `{"doc":${JSON.stringify(this.doc)},"characters":${this.characters},"pages":[`,
      ...this.spools.pages.pieces(),
      `],"sections":[`,
      ...this.spools.sections.pieces(),
      `],"blocks":[`,
      ...this.spools.blocks.pieces(),
      `],"sentences":[`,
      ...this.spools.sentences.pieces(),
      `],"tokens":${this.tokens}}`,
    ];
  }
}
