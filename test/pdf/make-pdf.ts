/** PDFs with known text and layout, made with pdf-lib for the tests. Coordinates are from the page's top-left. */
import { PDFDocument, StandardFonts, degrees, type PDFFont } from "pdf-lib";

export interface Text {
  text: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  size?: number;
  bold?: boolean;
  /** Degrees counter-clockwise, as pdf-lib draws (text set sideways). */
  rotate?: number;
}

export interface PageSpec {
  width?: number;
  height?: number;
  /** The page's /Rotate. */
  rotate?: number;
  texts: Text[];
  /** A CropBox trimming this many points off each side of the page (a printer's bleed). */
  crop?: number;
  /** Draw a filled rectangle (an image stand-in) when the page has no text. */
  rect?: boolean;
}

export interface Made {
  bytes: Uint8Array;
  /** Where each drawn word is, in points from the top-left of the page as drawn (before /Rotate). */
  words: { page: number; word: string; x0: number; x1: number; base: number; size: number }[];
}

export async function makePdf(pages: PageSpec[]): Promise<Made> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const words: Made["words"] = [];
  pages.forEach((spec, p) => {
    const width = spec.width ?? 612;
    const height = spec.height ?? 792;
    const page = doc.addPage([width, height]);
    if (spec.rotate) page.setRotation(degrees(spec.rotate));
    if (spec.crop) page.setCropBox(spec.crop, spec.crop, width - 2 * spec.crop, height - 2 * spec.crop);
    if (spec.rect) page.drawRectangle({ x: 100, y: 100, width: 200, height: 300 });
    for (const t of spec.texts) {
      const size = t.size ?? 10;
      const font = t.bold ? bold : regular;
      page.drawText(t.text, { x: t.x, y: height - t.y, size, font, ...(t.rotate ? { rotate: degrees(t.rotate) } : {}) });
      if (!t.rotate) wordsOf(t.text, t.x, t.y, size, font, p + 1, words);
    }
  });
  return { bytes: await doc.save({ useObjectStreams: false }), words };
}

function wordsOf(text: string, x: number, base: number, size: number, font: PDFFont, page: number, out: Made["words"]): void {
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const x0 = x + font.widthOfTextAtSize(text.slice(0, m.index), size);
    out.push({ page, word: m[0], x0, x1: x0 + font.widthOfTextAtSize(m[0], size), base, size });
  }
}

/** Lines of `text` wrapped to `width` in Helvetica at `size`. */
export async function wrap(text: string, width: number, size = 10): Promise<string[]> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines: string[] = [];
  let line = "";
  for (const w of text.split(/\s+/)) {
    const next = line ? `${line} ${w}` : w;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The width of `text` in Helvetica at `size`, in points. */
export async function textWidth(text: string, size = 10): Promise<number> {
  const doc = await PDFDocument.create();
  return (await doc.embedFont(StandardFonts.Helvetica)).widthOfTextAtSize(text, size);
}

/** A block of lines from `y` down, one `leading` apart. */
export function block(lines: string[], x: number, y: number, size = 10, leading = 12): Text[] {
  return lines.map((text, i) => ({ text, x, y: y + i * leading, size }));
}

/**
 * The bytes of `pdf` with an /Encrypt dictionary whose user password is not empty: a reader
 * asks for a password (pdf-lib cannot encrypt, so the dictionary is added by hand).
 */
export function withEncryption(pdf: Uint8Array): Uint8Array {
  const s = Buffer.from(pdf).toString("latin1");
  const at = s.lastIndexOf("trailer");
  const open = s.indexOf("<<", at);
  const hex = (c: string) => c.repeat(64);
  const encrypt = `/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex("a")}> /U <${hex("b")}> >> /ID [<${hex("1").slice(0, 32)}> <${hex("1").slice(0, 32)}>] `;
  return Buffer.from(s.slice(0, open + 2) + " " + encrypt + s.slice(open + 2), "latin1");
}
