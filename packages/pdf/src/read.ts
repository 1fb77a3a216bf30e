/**
 * Read a PDF with pdf.js (its legacy build, for Node), one page at a time: each page's text items
 * are laid out and the page is released before the next is read, so a long PDF keeps only its
 * text and a few numbers per line.
 */
import { createRequire } from "node:module";
import { dirname, sep } from "node:path";
import { ProcmineInputError } from "@procmine/core";
import { assemble, type PdfText } from "./assemble.js";
import { pdfLayout } from "./config.js";
import { layoutPage, type PageLayout } from "./page.js";
import type { Band } from "./page-gutters.js";
import { loadPdfjs } from "./pdfjs.js";
import { pageRuns, type FontStyle, type TextItemLike } from "./runs.js";

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")) + sep;

export const NO_TEXT_LAYER = "no text layer: run OCR first, e.g. ocrmypdf";
export const UNMAPPED_TEXT = "no usable text layer: its fonts map glyphs to no characters; run OCR first, e.g. ocrmypdf --force-ocr";

/** Whether the bytes are a PDF (its header, which may follow a little junk). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

export async function readPdf(bytes: Uint8Array, path?: string): Promise<PdfText> {
  const cfg = pdfLayout();
  const { getDocument, VerbosityLevel } = await loadPdfjs();
  // pdf.js may take the buffer over; it gets its own copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // pdf.js's own character maps and standard fonts, read from disk: text in CID fonts without
    // a ToUnicode table still maps to characters, and no font is looked up on the system.
    cMapUrl: PDFJS_DIR + "cmaps/",
    cMapPacked: true,
    standardFontDataUrl: PDFJS_DIR + "standard_fonts/",
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw openError(e, path);
  }
  try {
    const pages: PageLayout[] = [];
    // The document's column gutters, as its pages of full text show them.
    const grid = { bands: [] as Band[] };
    let chars = 0;
    let shown = 0;
    let unmapped = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      try {
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const items = content.items.filter((i): i is TextItemLike & typeof i => "str" in i);
        for (const item of items) {
          for (let k = 0; k < item.str.length; k++) {
            const c = item.str.charCodeAt(k);
            if (c === 32) continue;
            shown++;
            if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) unmapped++;
          }
        }
        const runs = pageRuns(items, content.styles as Record<string, FontStyle>, viewport.transform, cfg);
        const layout = layoutPage(p, viewport.width, viewport.height, runs, cfg, grid);
        for (const l of layout.lines) chars += l.text.length;
        pages.push(layout);
      } finally {
        page.cleanup();
      }
    }
    if (chars === 0 && unmapped === 0) throw new ProcmineInputError("no_text_layer", NO_TEXT_LAYER, path);
    if (unmapped > cfg.maxUnmappedShare * shown) throw new ProcmineInputError("no_text_layer", UNMAPPED_TEXT, path);
    return assemble(pages, cfg);
  } catch (e) {
    if (e instanceof ProcmineInputError) throw e;
    throw new ProcmineInputError("damaged", `damaged PDF: ${message(e)}`, path);
  } finally {
    await pdf.destroy();
  }
}

function openError(e: unknown, path: string | undefined): ProcmineInputError {
  const name = (e as { name?: string })?.name;
  if (name === "PasswordException") {
    return new ProcmineInputError("encrypted", "encrypted PDF: it needs a password (decrypt it first, e.g. qpdf --decrypt)", path);
  }
  return new ProcmineInputError("damaged", `damaged PDF: ${message(e)}`, path);
}

function message(e: unknown): string {
  const m = (e as Error)?.message ?? String(e);
  return m.replace(/\s+/g, " ").trim() || "unreadable";
}
