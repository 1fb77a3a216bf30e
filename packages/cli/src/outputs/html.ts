/**
 * review.html: one self-contained page (inline CSS and JS, nothing fetched) to read every
 * document of a run with its annotations highlighted by type, filter types with checkboxes and
 * see an annotation's attributes and provenance on hover. Written as documents arrive.
 */
import type { Annotation, AnnotationType } from "@procmine/core";
import type { DocumentResult } from "../task.js";
import { AtomicFile } from "./atomic.js";
import { escapeHtml, renderAnnotatedText } from "./html-render.js";
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
  var PROV = ['page', 'line', 'column', 'sentence', 'section', 'extractor', 'rule', 'confidence', 'id', 'boxes'];
  var SKIP = { doc: 1, type: 1, start: 1, end: 1, text: 1 };
  function describe(r) {
    var lines = ['<b>' + r.type + '</b> ' + esc(JSON.stringify(r.text)) + ' [' + r.start + ', ' + r.end + ')'];
    Object.keys(r).forEach(function (k) {
      if (!SKIP[k] && PROV.indexOf(k) < 0) lines.push(k + ': ' + esc(JSON.stringify(r[k])));
    });
    lines.push('page ' + r.page + ', line ' + r.line + ', column ' + r.column + ', sentence ' + r.sentence);
    if (r.section) lines.push('section: ' + esc(r.section));
    // PDF inputs: where each line of the span sits on its page (points from the top-left).
    if (r.boxes) lines.push('boxes: ' + r.boxes.map(function (b) { return 'p. ' + b.page + ' (' + b.x0 + ', ' + b.y0 + ')-(' + b.x1 + ', ' + b.y1 + ')'; }).join('; '));
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
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

const sectionHead = (index: number, doc: string) =>
  `<section class="doc" id="doc-${index}" data-doc="${escapeHtml(doc)}">\n<h2>${escapeHtml(doc)}</h2>\n`;

function failedSection(index: number, doc: string, path: string, reason: string): string {
  return `${sectionHead(index, doc)}<p class="meta">${escapeHtml(path)}</p>\n<p class="error">failed: ${escapeHtml(reason)}</p>\n</section>\n`;
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
  const counts = p.types.map((t) => `${t} ${p.counts[t]}`).join(", ");
  return (
    `${sectionHead(p.index, p.doc)}<p class="meta">${escapeHtml(p.path)} · ${p.characters} characters · ${p.pages} pages · ${counts}</p>\n` +
    `<div class="text">${renderAnnotatedText(p.raw, p.annotations, p.index)}</div>\n` +
    `<script type="application/json" data-doc="${p.index}">${scriptJson(p.annotations)}</script>\n</section>\n`
  );
}

export interface HtmlHeader {
  version: string;
  types: readonly AnnotationType[];
  documents: number;
}

export async function htmlWriter(outDir: string, header: HtmlHeader): Promise<OutputWriter> {
  const file = await AtomicFile.create(outDir, "review.html");
  const checkboxes = header.types
    .map((t) => `<label><input type="checkbox" data-type="${t}" checked> <span class="swatch" style="background: rgb(${COLORS[t]})"></span> ${t} (<span data-count="${t}">0</span>)</label>`)
    .join("\n");
  await file.write(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>procmine review (${header.documents} documents)</title>
<style>${CSS(header.types)}</style>
</head>
<body>
<header>
<h1>procmine ${escapeHtml(header.version)} review: ${header.documents} documents</h1>
<div class="filters">${checkboxes}</div>
<nav></nav>
</header>
<div id="tip" hidden></div>
<main>
`);
  return {
    async document(r: DocumentResult) {
      if (r.ok) await file.writePieces(r.rendered.html);
      else await file.write(failedSection(r.index, r.doc, r.path, r.reason));
    },
    async finish() {
      await file.write(`</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`);
      return [file];
    },
  };
}
