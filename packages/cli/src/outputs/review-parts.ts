/**
 * The review page of a document too long for one page: its text and records in pages of at most
 * `PART_CHARACTERS` characters (`review/<doc>-<k>.html`, each a whole review page with the same
 * script, for one stretch of the text), written window by window as core's annotateStream
 * yields them, so neither the worker nor the browser ever holds the whole document; review.html
 * lists the parts. A document that fits one page is shown in review.html as always. A part's
 * text carries its offset in the document (`data-offset`), so a span added there gets
 * whole-document offsets; each part keeps and exports its own corrections (see README).
 */
import type { Annotation, AnnotationType } from "@procmine/core";
import { escapeHtml, renderAnnotatedText } from "./html-render.js";
import { pageEnd, pageStart, reviewPartName, scriptJson, sectionHead } from "./html.js";
import { Spool, type Piece } from "./spool.js";

/** About twice a window: pages a browser opens in a moment, a few per 50 MB document. */
export const PART_CHARACTERS = 2_000_000;

interface Window {
  raw: string;
  annotations: readonly Annotation[];
  offset: number;
}

export interface ReviewDocument {
  /** The document's place in the run (element ids). */
  place: number;
  doc: string;
  path: string;
  version: string;
  types: readonly AnnotationType[];
}

export class ReviewParts {
  private windows: Window[] = [];
  private characters = 0;
  private readonly pages: Piece[] = [];
  private readonly spans: [number, number][] = [];

  constructor(
    private readonly d: ReviewDocument,
    private readonly spoolDir: string | undefined,
    private readonly spoolName: string,
    private readonly limit = PART_CHARACTERS,
  ) {}

  /** One window of the document: its raw text, its records, where it starts. */
  add(raw: string, annotations: readonly Annotation[], offset: number): void {
    if (this.windows.length > 0 && this.characters + raw.length > this.limit) this.close(true);
    this.windows.push({ raw, annotations, offset });
    this.characters += raw.length;
  }

  /** The document whole, when it fits one page (nothing was cut into parts). */
  whole(): { raw: string; annotations: Annotation[] } | undefined {
    if (this.pages.length > 0) return undefined;
    return { raw: this.windows.map((w) => w.raw).join(""), annotations: this.windows.flatMap((w) => [...w.annotations]) };
  }

  /** The last part, then review.html's section for the document: links to its parts. */
  finish(meta: string): { section: string; parts: Piece[] } {
    if (this.windows.length > 0) this.close(false);
    const { place, doc } = this.d;
    const links = this.spans.map(([start, end], k) => `<li><a href="${REVIEW_HREF}${href(doc, k + 1)}">part ${k + 1}</a> (characters ${start}–${end})</li>`).join("\n");
    const section =
      `${sectionHead(place, doc)}${meta}\n<p class="parts">Too long for one page: read it in ${this.spans.length} parts (each keeps and exports its own corrections).</p>\n` +
      `<ol class="parts">\n${links}\n</ol>\n<div class="text" data-offset="0"></div>\n<script type="application/json" data-doc="${place}">[]</script>\n</section>\n`;
    return { section, parts: this.pages };
  }

  private close(more: boolean): void {
    const { place, doc, path, version, types } = this.d;
    const k = this.pages.length + 1;
    const start = this.windows[0]!.offset;
    const last = this.windows[this.windows.length - 1]!;
    const end = last.offset + last.raw.length;
    const title = `${escapeHtml(doc)}, part ${k}`;
    const nav = [`<a href="../review.html#doc-${place}">all parts</a>`];
    if (k > 1) nav.push(`<a href="${href(doc, k - 1)}">part ${k - 1}</a>`);
    if (more) nav.push(`<a href="${href(doc, k + 1)}">part ${k + 1}</a>`);
    const spool = new Spool(this.spoolDir, `${this.spoolName}-${k}.html`, 0);
    spool.append(pageStart(`procmine review: ${title}`, `procmine ${escapeHtml(version)} review: ${title}`, types));
    spool.append(`${sectionHead(place, doc)}<p class="meta">${escapeHtml(path)} · characters ${start}–${end} · ${nav.join(" · ")}</p>\n<div class="text" data-offset="${start}">`);
    const records: Annotation[] = [];
    for (const w of this.windows) {
      spool.append(renderAnnotatedText(w.raw, w.annotations, place, w.offset, records.length));
      for (const a of w.annotations) records.push(a);
    }
    spool.append(`</div>\n<script type="application/json" data-doc="${place}">${scriptJson(records)}</script>\n</section>\n`);
    spool.append(pageEnd(types));
    this.pages.push(...spool.pieces());
    this.spans.push([start, end]);
    this.windows = [];
    this.characters = 0;
  }
}

/** review.html's links go into the review folder; a part's links stay beside it. */
const REVIEW_HREF = "review/";

function href(doc: string, k: number): string {
  return escapeHtml(encodeURIComponent(reviewPartName(doc, k)));
}
