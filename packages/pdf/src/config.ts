import { fileURLToPath } from "node:url";
import { z } from "@procmine/core";
import { loadDataFile, once } from "@procmine/core";

const Positive = z.number().positive();
const ConfigSchema = z.object({
  note: z.string().optional(),
  /** A gap between two pieces of text on a line wider than this is a space. */
  spaceGapEm: Positive,
  /** Wider than this, the two pieces are apart (columns, table cells). */
  fragmentGapEm: Positive,
  /** Baselines closer than this are one line (a superscript note marker included). */
  sameLineEm: Positive,
  /** Text turned further than this from its direction (a chart's slanted labels) is boxed along its slant. */
  slantMinDegrees: z.number().min(0).max(45),
  /** Narrowest empty vertical band between columns. */
  gutterEm: Positive,
  /**
   * A page's gutter, found before lines are built (columns set closer than `fragmentGapEm`): a
   * band at least `gutterEm` wide crossed by text on at most this share of the page's lines ...
   */
  pageGutterMaxCrossShare: z.number().min(0).max(1),
  /**
   * ... with text beside it on both sides on at least this share of them, or on one side on this
   * share and on the other on at least `pageGutterMinSideRows` lines of `columnMinWords` words (a
   * column that runs only part of the page: a chapter's last lines at the top right) ...
   */
  pageGutterMinSideShare: z.number().min(0).max(1),
  pageGutterMinSideRows: z.number().int().min(1),
  /** ... on a page of at least this many lines. */
  pageGutterMinRows: z.number().int().min(2),
  /**
   * A page where no band holds over its whole height (a full-width table, figure or title block
   * above or below two columns set close): a band free of text on at least this many lines one
   * after the other, with lines of text on both sides on `pageGutterMinSideShare` of them.
   */
  partGutterMinRows: z.number().int().min(2),
  /** A page with too few lines to show its gutters keeps the document's (the last page's that showed some) with text on both sides on this many lines. */
  gridMinSideRows: z.number().int().min(1),
  /** Lines further apart than this start a new paragraph. */
  paragraphGapEm: Positive,
  /** A font size this much larger or smaller than its neighbour's is another block (a heading). */
  fontChangeRatio: z.number().min(1),
  /** Text columns hold lines of at least this many words (median); shorter ones are table cells. */
  columnMinWords: Positive,
  /** Running text beside a table is read as a column: at least this many lines ... */
  textColumnMinLines: z.number().int().min(1),
  /**
   * ... of at least this many words, holding at least `textColumnMinWordShare` of the column's
   * words, at most `textColumnMaxLevelShare` of them level with a piece beside them.
   */
  textColumnMinWords: Positive,
  textColumnMinWordShare: z.number().min(0).max(1),
  textColumnMaxLevelShare: z.number().min(0).max(1),
  /** Beside one column of running text, a block of lines no further apart than this is a pull quote or a sidebar, read apart. */
  sidebarMaxGapEm: Positive,
  /** A pull quote interrupts columns that run at least this many lines (strips with a gutter) above it: a page's one-line head is none. */
  pullQuoteMinLinesAbove: z.number().int().min(1),
  /** A table of labels beside their text: at least this many rows set apart by white space ... */
  rowTableMinRows: z.number().int().min(2),
  /** ... this share of them with text on both sides of a gutter. */
  rowTableMinShare: z.number().min(0).max(1),
  /** Running heads and feet sit within this share of the page height from its top or bottom. */
  edgeZoneShare: z.number().min(0).max(0.5),
  /** A line at a page's edge is a running head when it repeats on this many pages. */
  runningMinPages: z.number().int().min(2),
  /** Footnotes are set smaller than the body by at least this ratio ... */
  footnoteSizeRatio: z.number().min(0).max(1),
  /** ... and sit within this share of the page height from its bottom. */
  footnoteZoneShare: z.number().min(0).max(1),
  /** Characters that open a footnote besides a number. */
  noteMarkers: z.string(),
  /** A running line that is only a page number, after digits became `#` and case was folded. */
  pageNumberPatterns: z.array(z.string()).min(1),
  /**
   * Above this share of control characters among the text's characters, the fonts map their
   * glyphs to no characters (Type 3 fonts without a Unicode map): the text layer is unusable.
   */
  maxUnmappedShare: z.number().min(0).max(1),
  /**
   * A drop cap: one letter at least this many times the size of the lines right of it, starting
   * within `dropCapMaxGapEm` of their size from its edge, beside at least `dropCapMinLines` of them
   * (their baselines between its top and its own): read as the first letter of the first of them.
   */
  dropCapMinRatio: z.number().min(1),
  dropCapMaxGapEm: Positive,
  dropCapMinLines: z.number().int().min(2),
}).strict();

export interface PdfLayoutConfig extends Omit<z.infer<typeof ConfigSchema>, "pageNumberPatterns"> {
  path: string;
  sha256: string;
  pageNumber: RegExp[];
}

const PDF_LAYOUT_URL = new URL("../data/pdf-layout.json", import.meta.url);
const GLYPH_WIDTHS_URL = new URL("../data/glyph-widths.json", import.meta.url);
/** The data files reading a PDF uses: a run's manifest names them without validating them (a run may read no PDF). */
export const PDF_DATA_FILES: readonly string[] = [fileURLToPath(PDF_LAYOUT_URL), fileURLToPath(GLYPH_WIDTHS_URL)];

export const pdfLayout = once((): PdfLayoutConfig => {
  const file = loadDataFile(PDF_LAYOUT_URL, ConfigSchema);
  const { pageNumberPatterns, ...rest } = file.data;
  return { ...rest, path: file.path, sha256: file.sha256, pageNumber: pageNumberPatterns.map((p) => new RegExp(p, "u")) };
});

const WidthsSchema = z.object({
  note: z.string().optional(),
  default: Positive,
  sans: z.record(z.string(), Positive),
  serif: z.record(z.string(), Positive),
}).strict();

export type FontFamily = "sans" | "serif" | "mono";

/** Relative advance width of a character in a family (monospace: all alike). */
export const glyphWidths = once(() => {
  const file = loadDataFile(GLYPH_WIDTHS_URL, WidthsSchema);
  const { sans, serif } = file.data;
  const fallback = file.data.default;
  const maps = { sans: new Map(Object.entries(sans)), serif: new Map(Object.entries(serif)) };
  return {
    path: file.path,
    sha256: file.sha256,
    width(family: FontFamily, ch: string): number {
      if (family === "mono") return 600;
      return maps[family].get(ch) ?? fallback;
    },
  };
});
