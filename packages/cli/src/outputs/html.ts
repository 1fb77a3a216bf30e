/**
 * review.html: one self-contained page (inline CSS and JS, nothing fetched) to read every
 * document of a run with its annotations highlighted by type: a document list, a search, a
 * table of annotations with filters, details on hover and from the keyboard, and corrections
 * (accept, reject, edit, add) exported as JSON Lines for `procmine apply`. Written as documents
 * arrive; the script is assets/review.js.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { ATTRS_SCHEMAS, PROVENANCE_FIELDS, type Annotation, type AnnotationType } from "@procmine/core";
import type { DocumentResult } from "../protocol.js";
import { AtomicFile } from "./atomic.js";
import { escapeHtml, renderAnnotatedText } from "./html-render.js";
import type { OutputWriter } from "./writer.js";
import { documentFileName } from "./json.js";

const COLORS: Record<AnnotationType, string> = {
  country: "37, 99, 235",
  organization: "22, 163, 74",
  threat: "220, 38, 38",
  numeric_claim: "217, 119, 6",
};

/** Per type: its colour, and how a hidden type looks (the rest of the style is assets/review.css). */
const TYPE_CSS = (types: readonly AnnotationType[]) =>
  types.map((t) => `.t-${t} { background-color: rgba(${COLORS[t]}, .18); border-bottom: 2px solid rgb(${COLORS[t]}); }\n.hide-${t} .t-${t} { background-color: transparent; border-bottom-color: transparent; cursor: auto; }`).join("\n");

// The page's style and script, kept as files of their own (assets/), read once.
const asset = (name: string) => readFileSync(new URL(`../../assets/${name}`, import.meta.url), "utf8");
const STYLE = asset("review.css");
const SCRIPT = asset("review.js");
/**
 * Only this script may run: the page's Content-Security-Policy names its hash, so nothing in a
 * document's text (escaped anyway) could ever run as script, and nothing is fetched.
 */
const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${createHash("sha256").update(SCRIPT).digest("base64")}'`;

/** JSON inside a <script> element: `<` escaped so no text can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** `review/<doc>-<k>.html`, cut as documents/<doc>.json is when the doc id is too long. */
export function reviewPartName(doc: string, k: number): string {
  return documentFileName(doc, `-${k}.html`);
}

export const sectionHead = (index: number, doc: string) =>
  `<section class="doc" id="doc-${index}" data-doc="${escapeHtml(doc)}" data-index="${index}">\n<h2>${escapeHtml(doc)}</h2>\n`;

function failedSection(index: number, doc: string, path: string, reason: string): string {
  return `${sectionHead(index, doc)}<p class="meta">${escapeHtml(path)}</p>\n<p class="error">failed: ${escapeHtml(reason)}</p>\n</section>\n`;
}

/** A document's line under its name: path, size, pages, counts per type. */
export function metaLine(p: { path: string; characters: number; pages: number; counts: Record<AnnotationType, number>; types: readonly AnnotationType[] }): string {
  const counts = p.types.map((t) => `${t} ${p.counts[t]}`).join(", ");
  return `<p class="meta">${escapeHtml(p.path)} · ${p.characters} characters · ${p.pages} pages · ${counts}</p>`;
}

/** One document's section of the page; `index` is its position in the run (unique element ids). */
export function htmlSection(p: {
  index: number;
  doc: string;
  path: string;
  raw: string;
  characters: number;
  pages: number;
  counts: Record<AnnotationType, number>;
  types: readonly AnnotationType[];
  annotations: readonly Annotation[];
}): string {
  return (
    `${sectionHead(p.index, p.doc)}${metaLine(p)}\n` +
    `<div class="text">${renderAnnotatedText(p.raw, p.annotations, p.index)}</div>\n` +
    `<script type="application/json" data-doc="${p.index}">${scriptJson(p.annotations)}</script>\n</section>\n`
  );
}

export interface HtmlHeader {
  version: string;
  types: readonly AnnotationType[];
  documents: number;
}

/** A review page up to its documents: `title` and `heading` are HTML already escaped. */
export function pageStart(title: string, heading: string, types: readonly AnnotationType[]): string {
  const checkboxes = types
    .map((t) => `<label><input type="checkbox" data-type="${t}" checked> <span class="swatch" style="background: rgb(${COLORS[t]})"></span> ${t} (<span data-count="${t}">0</span>)</label>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}${TYPE_CSS(types)}</style>
</head>
<body>
<header>
<h1>${heading}</h1>
<div class="filters">${checkboxes}</div>
<div class="tools">
<input type="search" id="search" placeholder="Search documents and annotations" aria-label="Search documents and annotations">
<button type="button" id="export">Export corrections (<span id="corrections-count">0</span>)</button>
<button type="button" id="clear">Forget corrections</button>
</div>
</header>
<div id="layout">
<aside id="docs" aria-label="Documents"><ol></ol></aside>
<main id="main">
`;
}

/** A review page after its documents: the panel, the data the script reads, the script. */
export function pageEnd(types: readonly AnnotationType[]): string {
  const attrs = Object.fromEntries(types.map((t) => [t, Object.keys(ATTRS_SCHEMAS[t].shape)]));
  return `</main>
<section id="panel" aria-label="Annotations">
<div id="details" aria-live="polite">Select an annotation (click, Tab, or a row below) to see its details and correct it; select text to add one.</div>
<div id="table-filters">
<select id="f-type" aria-label="type"><option value="">all types</option></select>
<select id="f-category" aria-label="category"><option value="">all categories</option></select>
<select id="f-country" aria-label="country"><option value="">all countries</option></select>
<select id="f-extractor" aria-label="extractor"><option value="">all extractors</option></select>
<select id="f-status" aria-label="status"><option value="">any status</option></select>
<span><span id="shown">0</span> shown</span>
</div>
<div id="table-wrap"><table id="table"><thead><tr><th>doc</th><th>type</th><th>text</th><th>attributes</th><th>country</th><th>extractor</th><th>status</th></tr></thead><tbody></tbody></table></div>
<textarea id="export-text" readonly aria-label="Exported corrections"></textarea>
</section>
</div>
<div id="tip" hidden></div>
<script type="application/json" id="types">${scriptJson(types)}</script>
<script type="application/json" id="attrs">${scriptJson(attrs)}</script>
<script type="application/json" id="provenance">${scriptJson(PROVENANCE_FIELDS)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** Folder of the pages of documents too long for one page (see review-parts.ts). */
export const REVIEW_DIR = "review";

export async function htmlWriter(outDir: string, header: HtmlHeader): Promise<OutputWriter> {
  const file = await AtomicFile.create(outDir, "review.html");
  const parts: AtomicFile[] = [];
  await file.write(pageStart(`procmine review (${header.documents} documents)`, `procmine ${escapeHtml(header.version)} review: ${header.documents} documents`, header.types));
  return {
    async document(r: DocumentResult) {
      if (r.ok) await file.writePieces(r.rendered.html);
      else await file.write(failedSection(r.index, r.doc, r.path, r.reason));
      // A long document's own pages, each closed at once (a batch need not hold them open).
      for (const [k, page] of (r.ok ? (r.reviewParts ?? []) : []).entries()) {
        const part = await AtomicFile.create(outDir, `${REVIEW_DIR}/${reviewPartName(r.doc, k + 1)}`);
        await part.writePieces([page]);
        await part.close();
        parts.push(part);
      }
    },
    position: () => ({ file: "review.html", bytes: file.size }),
    async finish() {
      await file.write(pageEnd(header.types));
      return [file, ...parts];
    },
  };
}
