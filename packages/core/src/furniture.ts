import { isTitleCase } from "./headings.js";
import { layout } from "./layout-data.js";
import { hasTwoWords, isSpace } from "./two-words.js";

/** A line that is page furniture by its form: a page number, a document symbol, a print job number. */
export interface Furniture {
  /** The printed page number, when the line carries one. */
  page?: number;
  /** The page count it gives (`3/16`), when it gives one. */
  of?: number;
  /** The chapter a chapter-page number names (`IV` of `IV-2`, `3` of `- 3-5 -`): pages count from 1 in each. */
  chapter?: string;
  /** Recognized wherever it stands (`Page 3 of 12`), not only at a page's edge (`12`). */
  anywhere: boolean;
  /** Lines of one series number the pages alike (same pattern, same page count). */
  series: string;
  /** A title with a number far from it: furniture only where its number is in the run of page numbers. */
  titled?: boolean;
  /** The number is in roman numerals (`- xii -`), as front matter is numbered. */
  roman?: boolean;
}

// A figure: a digit, or a roman page number set between dashes (`- vi -`) or ending the line (`Page iii`).
const HAS_FIGURE = /\d|[-–—]\s*[ivxlcdm]+\s*[-–—]|\s[ivxlcdm]+$/i;
// A symbol font's glyphs come out of a PDF as private-use characters (`\uF045 PÁGINA 1 \uF044`,
// arrows around a number): ornaments, like control characters, not text.
// eslint-disable-next-line no-control-regex -- control characters are what this folds away
const SPACE_OR_DEBRIS = /[\s\x00-\x1f\x7f\uE000-\uF8FF]+/g;
/** Columns of a layout-preserving extraction: three spaces or more. */
const WIDE_GAP = / {3,}/;


/**
 * `line.replace(SPACE_OR_DEBRIS, " ") !== line`: the line has a run of two spaces or more, a
 * white space but a single ASCII space, a control character or a private-use glyph. Most lines
 * have none, and then no copy of the line is made.
 */
export function foldsSpace(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) {
      if (line.charCodeAt(i + 1) === 32) return true;
    } else if (c < 32 || c === 127 || (c >= 0xe000 && c <= 0xf8ff)) return true;
    else if (c >= 128 && isSpace(c, line, i)) return true;
  }
  return false;
}

/** What a trimmed line is as page furniture, or undefined for text. */
export function furnitureOf(line: string): Furniture | undefined {
  const { maxLength } = layout().pageFurniture;
  // Every form of furniture carries a figure (a page number, a job number, a session in a symbol):
  // a line without one is text, and most lines are.
  if (!HAS_FIGURE.test(line)) return undefined;
  // A long line is text, unless a layout-preserving extraction set a head's parts across the page
  // (`PÁGINA 2      Diário Oficial      Nº 20, terça-feira`): its spaces are folded below.
  if (line.length > 2 * maxLength && !WIDE_GAP.test(line)) return undefined;
  // A layout-preserving extraction sets a foot's parts far apart (`2/15       25-11568`).
  // Control characters (a backspace after `2/16`) and a symbol font's glyphs are extraction debris.
  const text = (foldsSpace(line) ? line.replace(SPACE_OR_DEBRIS, " ") : line).trim();
  if (text.length === 0 || text.length > maxLength) return undefined;
  const whole = formOf(text);
  if (whole) return whole;
  // Or a foot whose parts stand apart (`OSTENSIVO      - 1-3 -      REV.9`): a part that is a page
  // number no text line looks like makes the line that page's furniture.
  const parts = line.split(WIDE_GAP);
  if (parts.length < 2 || parts.length > 3) return undefined;
  // A part that is a running title with its number (`Diário Oficial nº 9 ◼ 3` beside the date)
  // is furniture only where its number joins the run, as a title with a far number is.
  let titledPart: Furniture | undefined;
  for (const part of parts) {
    const folded = part.replace(SPACE_OR_DEBRIS, " ").trim();
    const f = formOf(folded);
    if (f?.page !== undefined && f.anywhere) return f;
    const title = f?.page !== undefined ? titleOfNumber(folded) : undefined;
    if (title !== undefined && hasTwoWords(title)) titledPart ??= { page: f!.page, anywhere: false, series: `titled ${repeatKey(title)}`, titled: true };
  }
  if (titledPart) return titledPart;
  const [a, b, c] = parts.map((part) => part.trim()) as [string, string, string?];
  if (c === undefined) return titledNumber(a, b) ?? titledNumber(b, a);
  // A foot of three parts with its number at one edge (`Association      26th Symposium      1093`,
  // mirrored on the facing page `1094      26th Symposium      Association`): the other two,
  // in one order on both sides, are its title.
  const titleOf = (x: string, y: string) => [x, y].sort((u, v) => (repeatKey(u) < repeatKey(v) ? -1 : repeatKey(u) > repeatKey(v) ? 1 : 0)).join(" ");
  return titledNumber(titleOf(a, b), c) ?? titledNumber(titleOf(b, c), a);
}

/**
 * A running title with its page number set far from it (`Monitoreo ... Fase III 2014      2`):
 * a bare number beside a line of words. Its series is the title's, so only the same title with
 * numbers that climb page by page makes a run (a table row, `Vaupés      57`, stands alone).
 */
function titledNumber(title: string, number: string): Furniture | undefined {
  // (A line of a column of prose beside a chart's axis, `if the leader      60`, is no title.)
  if (!/^\d{1,4}$/.test(number) || !hasTwoWords(title) || /[.!?:;]$/.test(title) || !isTitleCase(title, layout().pageFurniture.titledNumberTitleCase)) return undefined;
  const page = Number(number);
  return page > 0 ? { page, anywhere: false, series: `titled ${repeatKey(title)}`, titled: true } : undefined;
}

/** The running title of a page number's line that carries one (`Journal of Alphaland | 3`), or undefined. */
function titleOfNumber(text: string): string | undefined {
  for (const { pattern } of layout().pageFurniture.numbered) {
    const m = pattern.exec(text);
    if (m?.groups) return m.groups.title;
  }
  return undefined;
}

/** The furniture a line's whole (spaces folded) text is, by its form. */
function formOf(text: string): Furniture | undefined {
  const { numbered, unnumbered } = layout().pageFurniture;
  for (let k = 0; k < numbered.length; k++) {
    const m = numbered[k]!.pattern.exec(text);
    if (!m?.groups) continue;
    const title = m.groups.title;
    // A running title with its page number is a title, not a sentence that ends in a number.
    if (title !== undefined && !isTitleCase(title, layout().pageFurniture.titledNumberTitleCase)) continue;
    const page = m.groups.page !== undefined ? Number(m.groups.page) : romanValue(m.groups.roman ?? "");
    const of = m.groups.of === undefined ? undefined : Number(m.groups.of);
    if (!(page > 0) || (of !== undefined && page > of)) continue;
    const found: Furniture = { page, of, anywhere: numbered[k]!.anywhere, series: of === undefined ? (numbered[k]!.series ?? `#${k}`) : `of ${of}` };
    if (m.groups.chapter !== undefined) found.chapter = m.groups.chapter.toUpperCase();
    if (m.groups.roman !== undefined) found.roman = true;
    return found;
  }
  for (const p of unnumbered) if (p.test(text)) return { anywhere: true, series: "" };
  return undefined;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a roman numeral (`xii` is 12), or NaN when it is none. */
export function romanValue(numeral: string): number {
  const s = numeral.toLowerCase();
  if (!/^m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/.test(s) || s === "") return NaN;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    total += v < (ROMAN[s[i + 1] ?? ""] ?? 0) ? -v : v;
  }
  return total;
}

/**
 * A line's key for running heads that repeat from page to page: case, spaces and digits aside.
 * `lower.replace(SPACE_OR_DEBRIS, "").replace(/\d+/g, "#")` in one pass over the lower-cased
 * line (page detection keys every short line, and the two expressions cost twice the pass): a
 * run of digits, spaces or debris between them included, is one `#`.
 */
export function repeatKey(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  let from = 0;
  let inDigits = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      out += lower.slice(from, i);
      from = i + 1;
      if (!inDigits) out += "#";
      inDigits = true;
    } else if (c <= 32 || c === 127 || (c >= 128 && ((c >= 0xe000 && c <= 0xf8ff) || isSpace(c, lower, i)))) {
      // Space or debris goes; a run of digits on either side stays one run.
      out += lower.slice(from, i);
      from = i + 1;
    } else inDigits = false;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/** Each line's furniture, worked out once however often it is asked for. */
export function furnitureMemo(count: number, text: (i: number) => string): (i: number) => Furniture | undefined {
  const memo: (Furniture | null | undefined)[] = new Array(count);
  return (i) => {
    let f = memo[i];
    if (f === undefined) memo[i] = f = furnitureOf(text(i)) ?? null;
    return f ?? undefined;
  };
}
