/**
 * review.html: one self-contained page (inline CSS and JS, nothing fetched) to read every
 * document of a run with its annotations highlighted by type, filter types with checkboxes and
 * see an annotation's attributes and provenance on hover. Written as documents arrive.
 *
 * A long document is shown in parts of at most REVIEW_PART_CHARS characters (whole windows of
 * the pipeline): review.html holds its first part and links the others, each a page of its own
 * in `review/` with the same filters and hover. So the page stays readable in a browser and no
 * step of the run ever holds a whole long document's page in memory.
 */
import type { AnnotationType } from "@procmine/core";
import type { DocumentResult } from "../task.js";
import { AtomicFile } from "./atomic.js";
import { escapeHtml } from "./html-render.js";
import type { Piece } from "./spool.js";
import type { OutputWriter } from "./writer.js";

const COLORS: Record<AnnotationType, string> = {
  country: "37, 99, 235",
  organization: "22, 163, 74",
  threat: "220, 38, 38",
  numeric_claim: "217, 119, 6",
};

const CSS = (types: readonly AnnotationType[]) => `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1f2937; background: #f9fafb; }
header { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #d1d5db; padding: .5rem 1rem; }
header h1 { font-size: 1.1rem; margin: 0 0 .3rem; }
header label { margin-right: 1rem; white-space: nowrap; cursor: pointer; }
header .swatch { display: inline-block; width: .9em; height: .9em; vertical-align: -2px; border-radius: 2px; }
nav { font-size: .85rem; margin-top: .3rem; }
nav a { margin-right: .8rem; }
main { max-width: 60rem; margin: 0 auto; padding: 0 1rem 4rem; }
section.doc { background: #fff; border: 1px solid #e5e7eb; border-radius: 6px; margin: 1rem 0; padding: .5rem 1rem; }
section.doc h2 { font-size: 1rem; margin: .3rem 0; }
.meta { font-size: .8rem; color: #6b7280; }
.parts a { margin-right: .5rem; }
.error { color: #b91c1c; font-weight: 600; }
.text { white-space: pre-wrap; font: 13px/1.7 ui-monospace, monospace; }
.a { border-radius: 2px; padding-bottom: 3px; cursor: help; }
/* Nested spans sit higher so the outer underline stays visible below the inner one. */
.a .a { padding-bottom: 0; }
${types.map((t) => `.t-${t} { background-color: rgba(${COLORS[t]}, .18); border-bottom: 2px solid rgb(${COLORS[t]}); }\n.hide-${t} .t-${t} { background-color: transparent; border-bottom-color: transparent; cursor: auto; }`).join("\n")}
#tip { position: fixed; z-index: 3; max-width: 28rem; background: #111827; color: #f9fafb; font-size: .8rem; padding: .4rem .6rem; border-radius: 4px; pointer-events: none; white-space: pre-wrap; }
#tip b { color: #fde68a; }
`;

/** Hover: describe the innermost visible annotation and those around it at the pointer. */
const SCRIPT = `
(function () {
  var records = {};
  function recordsOf(doc) {
    if (!records[doc]) records[doc] = JSON.parse(document.querySelector('script[data-doc="' + doc + '"]').textContent);
    return records[doc];
  }
  var hidden = {};
  document.querySelectorAll('input[data-type]').forEach(function (cb) {
    cb.addEventListener('change', function () {
      hidden[cb.dataset.type] = !cb.checked;
      document.body.classList.toggle('hide-' + cb.dataset.type, !cb.checked);
    });
  });
  var counts = {};
  var seen = {};
  document.querySelectorAll('.a').forEach(function (el) {
    if (seen[el.dataset.a]) return;
    seen[el.dataset.a] = 1;
    var t = el.classList[1].slice(2);
    counts[t] = (counts[t] || 0) + 1;
  });
  document.querySelectorAll('[data-count]').forEach(function (el) { el.textContent = String(counts[el.dataset.count] || 0); });
  var nav = document.querySelector('nav');
  document.querySelectorAll('section.doc').forEach(function (s) {
    var a = document.createElement('a');
    a.href = '#' + s.id;
    a.textContent = s.dataset.doc;
    nav.appendChild(a);
  });
  var tip = document.getElementById('tip');
  var PROV = ['page', 'line', 'column', 'sentence', 'section', 'extractor', 'rule', 'confidence', 'id'];
  var SKIP = { doc: 1, type: 1, start: 1, end: 1, text: 1 };
  function describe(r) {
    var lines = ['<b>' + r.type + '</b> ' + esc(JSON.stringify(r.text)) + ' [' + r.start + ', ' + r.end + ')'];
    Object.keys(r).forEach(function (k) {
      if (!SKIP[k] && PROV.indexOf(k) < 0) lines.push(k + ': ' + esc(JSON.stringify(r[k])));
    });
    lines.push('page ' + r.page + ', line ' + r.line + ', column ' + r.column + ', sentence ' + r.sentence);
    if (r.section) lines.push('section: ' + esc(r.section));
    lines.push('extractor: ' + esc(r.extractor) + ', rule: ' + esc(r.rule) + ', confidence: ' + r.confidence);
    return lines.join('\\n');
  }
  function esc(s) { return String(s).replace(/[&<>]/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
  document.addEventListener('mouseover', function (e) {
    var parts = [];
    for (var el = e.target; el && el.classList; el = el.parentElement) {
      if (!el.classList.contains('a') || hidden[el.classList[1].slice(2)]) continue;
      var ref = el.dataset.a.split('/');
      parts.push(describe(recordsOf(ref[0])[Number(ref[1])]));
    }
    tip.hidden = parts.length === 0;
    tip.innerHTML = parts.join('\\n\\n');
  });
  document.addEventListener('mousemove', function (e) {
    tip.style.left = Math.min(e.clientX + 14, window.innerWidth - tip.offsetWidth - 8) + 'px';
    tip.style.top = Math.min(e.clientY + 16, window.innerHeight - tip.offsetHeight - 8) + 'px';
  });
})();
`;

/** JSON inside a <script> element: `<` escaped so no text can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** Characters of text per review page; a longer document continues on pages in `review/`. */
export const REVIEW_PART_CHARS = 2_000_000;

/** Folder of the pages that continue long documents. */
export const REVIEW_DIR = "review";

/** The page of part `part` (2, 3, …) of the document at `index`, relative to the dataset. */
export const reviewPartFile = (index: number, part: number) => `${REVIEW_DIR}/doc-${index}-part-${part}.html`;

const sectionHead = (index: number, doc: string, title = escapeHtml(doc)) =>
  `<section class="doc" id="doc-${index}" data-doc="${escapeHtml(doc)}">\n<h2>${title}</h2>\n`;

function failedSection(index: number, doc: string, path: string, reason: string): string {
  return `${sectionHead(index, doc)}<p class="meta">${escapeHtml(path)}</p>\n<p class="error">failed: ${escapeHtml(reason)}</p>\n</section>\n`;
}

/** One part of a document's text: its rendered HTML and its annotation records (JSON array items). */
export interface ReviewPart {
  /** 1 for the part shown in review.html. */
  part: number;
  of: number;
  /** Raw offsets of the part's text in the document. */
  start: number;
  end: number;
  text: Piece[];
  records: Piece[];
}

/** The text and the records of a part, as a section's body. */
const partBody = (index: number, p: ReviewPart): Piece[] => [
  `<div class="text">`,
  ...p.text,
  `</div>\n<script type="application/json" data-doc="${index}">[`,
  ...p.records,
  `]</script>\n</section>\n`,
];

/** One document's section of review.html; `index` is its position in the run (unique element ids). */
export function htmlSection(p: {
  index: number;
  doc: string;
  path: string;
  characters: number;
  pages: number;
  counts: Record<AnnotationType, number>;
  types: readonly AnnotationType[];
  first: ReviewPart;
}): Piece[] {
  const counts = p.types.map((t) => `${t} ${p.counts[t]}`).join(", ");
  let head = `${sectionHead(p.index, p.doc)}<p class="meta">${escapeHtml(p.path)} · ${p.characters} characters · ${p.pages} pages · ${counts}</p>\n`;
  if (p.first.of > 1) {
    const links = Array.from({ length: p.first.of - 1 }, (_, i) => `<a href="${reviewPartFile(p.index, i + 2)}">part ${i + 2}</a>`).join(" ");
    head +=
      `<p class="meta parts">A long document: this page shows part 1 of ${p.first.of} (characters ${p.first.start}–${p.first.end}); ` +
      `the others are pages of their own: ${links}</p>\n`;
  }
  return [head, ...partBody(p.index, p.first)];
}

/** Part 2, 3, … of a long document, as the section of its own page. */
function partSection(index: number, doc: string, characters: number, p: ReviewPart): Piece[] {
  const back = `<a href="../review.html#doc-${index}">back to review.html</a>`;
  const prev = p.part === 2 ? `<a href="../review.html#doc-${index}">part 1</a>` : `<a href="doc-${index}-part-${p.part - 1}.html">part ${p.part - 1}</a>`;
  const next = p.part < p.of ? ` · <a href="doc-${index}-part-${p.part + 1}.html">part ${p.part + 1}</a>` : "";
  const meta = `<p class="meta parts">characters ${p.start}–${p.end} of ${characters} · ${back} · ${prev}${next}</p>\n`;
  return [sectionHead(index, doc, `${escapeHtml(doc)}, part ${p.part} of ${p.of}`), meta, ...partBody(index, p)];
}

export interface HtmlHeader {
  version: string;
  types: readonly AnnotationType[];
  documents: number;
}

function pageStart(title: string, heading: string, types: readonly AnnotationType[]): string {
  const checkboxes = types
    .map((t) => `<label><input type="checkbox" data-type="${t}" checked> <span class="swatch" style="background: rgb(${COLORS[t]})"></span> ${t} (<span data-count="${t}">0</span>)</label>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${CSS(types)}</style>
</head>
<body>
<header>
<h1>${heading}</h1>
<div class="filters">${checkboxes}</div>
<nav></nav>
</header>
<div id="tip" hidden></div>
<main>
`;
}

const PAGE_END = `</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`;

export async function htmlWriter(outDir: string, header: HtmlHeader): Promise<OutputWriter> {
  const file = await AtomicFile.create(outDir, "review.html");
  const parts: AtomicFile[] = [];
  const version = escapeHtml(header.version);
  await file.write(pageStart(`procmine review (${header.documents} documents)`, `procmine ${version} review: ${header.documents} documents`, header.types));
  return {
    async document(r: DocumentResult) {
      if (!r.ok) return void (await file.write(failedSection(r.index, r.doc, r.path, r.reason)));
      await file.writePieces(r.rendered.html);
      for (const p of r.reviewParts ?? []) {
        const page = await AtomicFile.create(outDir, reviewPartFile(r.index, p.part));
        const doc = escapeHtml(r.doc);
        await page.write(pageStart(`${doc}, part ${p.part} of ${p.of} (procmine review)`, `procmine ${version} review: ${doc}, part ${p.part} of ${p.of}`, header.types));
        await page.writePieces(partSection(r.index, r.doc, r.characters, p));
        await page.write(PAGE_END);
        // Closed now, so a long document does not hold one open file per part.
        await page.close();
        parts.push(page);
      }
    },
    async finish() {
      await file.write(PAGE_END);
      return [file, ...parts];
    },
  };
}
