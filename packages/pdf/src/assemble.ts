/**
 * The document's text from its pages' lines, as procmine reads it: pages separated by a form feed
 * (as pdftotext separates them), a line per line of the page, a blank line between paragraphs.
 * Running heads and feet (what repeats at the page's edge from page to page, and page numbers)
 * open and close each page; footnotes follow the page's body. Both are marked, so core sets them
 * apart as their own blocks.
 */
import type { LayoutMark } from "@procmine/core";
import type { PdfLayoutConfig } from "./config.js";
import { LineIndex } from "./line-index.js";
import type { PageLayout, PageLine } from "./page.js";

export interface PdfText {
  text: string;
  pages: number;
  marks: LayoutMark[];
  lines: LineIndex;
}

type Kind = "head" | "foot" | "footnote" | "body";

export function assemble(pages: readonly PageLayout[], cfg: PdfLayoutConfig): PdfText {
  const body = bodySize(pages);
  const kinds = pages.map((p) => p.lines.map((): Kind => "body"));
  markRunning(pages, kinds, cfg);
  markFootnotes(pages, kinds, body, cfg);

  const parts: string[] = [];
  const marks: LayoutMark[] = [];
  const index = new LineIndex();
  let at = 0;
  const write = (s: string) => {
    parts.push(s);
    at += s.length;
  };
  pages.forEach((page, p) => {
    if (p > 0) write("\f");
    const order = (k: Kind) => page.lines.map((l, i) => ({ l, k: kinds[p]![i]! })).filter((x) => x.k === k);
    const emitted = [...order("head"), ...order("body"), ...order("footnote"), ...order("foot")];
    let prev: { l: PageLine; k: Kind } | undefined;
    for (const cur of emitted) {
      if (prev && breaksParagraph(prev.l, prev.k, cur.l, cur.k, cfg)) write("\n");
      const start = at;
      write(cur.l.text);
      index.add(start, at, page.page, cur.l);
      if (cur.k !== "body") {
        const kind = cur.k === "footnote" ? "footnote" : "running_head";
        const last = marks[marks.length - 1];
        if (last && last.kind === kind && prev?.k === cur.k) last.end = at;
        else marks.push({ start, end: at, kind });
      }
      write("\n");
      prev = cur;
    }
  });
  return { text: parts.join(""), pages: pages.length, marks, lines: index };
}

/** The font size most of the document's characters are set in. */
function bodySize(pages: readonly PageLayout[]): number {
  const count = new Map<number, number>();
  for (const p of pages) for (const l of p.lines) count.set(Math.round(l.size * 2) / 2, (count.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  let best = 0;
  let most = -1;
  for (const [s, n] of [...count].sort((a, b) => a[0] - b[0])) if (n > most) [best, most] = [s, n];
  return best;
}

/** A line's text with page numbers and case folded away, so the same running head matches on every page. */
function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

/**
 * Running heads and feet: a line within the page's edge zone, at the edge of the page's main
 * flow, that is a page number or repeats on other pages in the same zone.
 */
function markRunning(pages: readonly PageLayout[], kinds: Kind[][], cfg: PdfLayoutConfig): void {
  const seen = { head: new Map<string, Set<number>>(), foot: new Map<string, Set<number>>() };
  const candidates: { p: number; i: number; zone: "head" | "foot"; key: string }[] = [];
  pages.forEach((page, p) => {
    page.lines.forEach((l, i) => {
      if (l.flow !== 0) return;
      const frame = page.frames.get(l.dir)!;
      const zone = (frame.bottom - frame.top) * cfg.edgeZoneShare;
      const where = l.bottom <= frame.top + zone ? "head" : l.top >= frame.bottom - zone ? "foot" : undefined;
      if (!where) return;
      const key = runningKey(l.text);
      candidates.push({ p, i, zone: where, key });
      const pagesOf = seen[where].get(key) ?? new Set<number>();
      pagesOf.add(p);
      seen[where].set(key, pagesOf);
    });
  });
  for (const c of candidates) {
    const isNumber = cfg.pageNumber.some((re) => re.test(c.key.replace(/\t/g, " ")));
    const repeats = (seen[c.zone].get(c.key)?.size ?? 0) >= cfg.runningMinPages;
    if (isNumber || repeats) kinds[c.p]![c.i] = c.zone;
  }
}

const NOTE_START = (markers: string) => new RegExp(`^(?:\\d{1,3}|[${markers.replace(/[\]\\^-]/g, "\\$&")}]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?:[\\s.)]|\\p{Lu}|$)`, "u");

/**
 * Footnotes: the last lines of a region of the page, set smaller than the body, low on the page,
 * from the first of them that opens with a note number or mark.
 */
function markFootnotes(pages: readonly PageLayout[], kinds: Kind[][], body: number, cfg: PdfLayoutConfig): void {
  const start = NOTE_START(cfg.noteMarkers);
  pages.forEach((page, p) => {
    const byRegion = new Map<number, number[]>();
    page.lines.forEach((l, i) => {
      if (kinds[p]![i] !== "body" || l.flow !== 0) return;
      const list = byRegion.get(l.region) ?? [];
      list.push(i);
      byRegion.set(l.region, list);
    });
    for (const idx of byRegion.values()) {
      let from = idx.length;
      for (let k = idx.length - 1; k >= 0; k--) {
        const l = page.lines[idx[k]!]!;
        const frame = page.frames.get(l.dir)!;
        const low = l.top >= frame.bottom - (frame.bottom - frame.top) * cfg.footnoteZoneShare;
        if (!(l.size <= body * cfg.footnoteSizeRatio && low)) break;
        if (start.test(l.text)) from = k;
      }
      for (let k = from; k < idx.length; k++) kinds[p]![idx[k]!] = "footnote";
    }
  });
}

const ENDS_SENTENCE = /[.!?:;]["'”’)\]]*$/u;

/** A blank line between two emitted lines: a new paragraph, heading, region or kind of block. */
function breaksParagraph(a: PageLine, ak: Kind, b: PageLine, bk: Kind, cfg: PdfLayoutConfig): boolean {
  if (ak !== bk) return true;
  if (ak !== "body") return false;
  const ratio = Math.max(a.size, b.size) / Math.max(0.1, Math.min(a.size, b.size));
  if (ratio > cfg.fontChangeRatio || a.table !== b.table) return true;
  if (a.region !== b.region) {
    // A column (or page region) that stops mid-sentence goes on in the next one.
    return ENDS_SENTENCE.test(a.text) || a.dir !== b.dir;
  }
  if (a.table) return false;
  const gap = b.top - a.bottom;
  if (gap > cfg.paragraphGapEm * Math.max(a.size, b.size)) return true;
  // An indented first line after a line that ends a sentence.
  const left = Math.min(a.x0, b.x0);
  return ENDS_SENTENCE.test(a.text) && b.x0 - left > 0.8 * b.size && a.x0 - left < 0.3 * a.size;
}
