import {
  HEADING_LEVEL,
  continuesHeading,
  isDayHeading,
  isNumberedHeading,
  isContentsEntry,
  isFormulaOrRow,
  contentsEntryMatch,
  isTitleCase,
  isTitleLine,
  numberingStyle,
  opensLikeHeading,
  leadInLength,
  type HeadingKind,
} from "./headings.js";
import { furnitureMemo, type Furniture, repeatKey } from "./furniture.js";
import { layout } from "./layout-data.js";
import { followsInNumbering } from "./list-numbering.js";
import { atxHeading, indentedAsCode, itemKind, setextLevel } from "./markdown.js";
import { scanLines, withoutLines, type RawLines } from "./lines.js";
import { spacingBlanks, type LineSpacing } from "./line-spacing.js";
import { floorIndex } from "./search.js";
import { tableCellLines } from "./table-cells.js";
import { findPages, type PageConvention, type PageOptions, type Pages } from "./pages.js";

/**
 * `contents`: a line of a table of contents (`I.   Introduction   3`), which names no section and states no claim.
 * `code`: an indented code block's line that reads like a heading (`    ## Threats`), which is neither.
 */
export type BlockKind = "paragraph" | "heading" | "footnote" | "running_head" | "contents" | "code";

/** A run of text that is read as one unit: a paragraph, a heading or a footnote (raw offsets). */
export interface RawBlock {
  kind: BlockKind;
  heading?: HeadingKind;
  /** A Markdown heading's own level (otherwise the level of its kind). */
  level?: number;
  rawStart: number;
  rawEnd: number;
  firstLine: number;
  lastLine: number;
}

export interface Section {
  index: number;
  level: number;
  kind: HeadingKind;
  /** The heading's text with line breaks and layout hyphens removed. */
  title: string;
  rawStart: number;
  rawEnd: number;
  /** Titles from the outermost section to this one. */
  path: string[];
  /** The path as records write it: titles joined by ` > `. */
  pathText: string;
}

export interface Structure {
  lines: RawLines;
  /** How the document shows its pages (form feeds, page numbers, space-led lines, none). */
  pageConvention: PageConvention;
  /** Raw offset where each page starts; page n (1-based) starts at pageStarts[n - 1]. */
  pageStarts: number[];
  blocks: RawBlock[];
  /** 1 when the line break after line i stays inside one block (it becomes a space or is undone). */
  joinsNext: Uint8Array;
}

type Role = "blank" | "body" | "footnote" | "running_head" | "contents" | "code" | HeadingKind;

/** A numbering alone on its line: extraction set it apart from its title (`A.`). */
const BARE_NUMBER = /^(?:[IVX]{1,5}|\d{1,2}|[A-H])\.$/;
/** Longest numbered line read as a heading when it stands alone in sentence case. */
const MAX_NUMBERED_LINE = 100;
const FOOTNOTE_START = /^\d{1,3}\s+\p{Lu}/u;
const SENTENCE_END = /[.!?][)"”’']?\s*$/;

/**
 * A stretch of raw text whose kind the reader already knows from the layout (a PDF's running
 * heads, repeated from page to page, and footnotes): its lines take that role whatever their text.
 */
export interface LayoutMark {
  start: number;
  end: number;
  kind: "running_head" | "footnote";
}

export interface StructureOptions extends PageOptions {
  /** Raw offsets of this text, sorted by start and not overlapping. */
  marks?: readonly LayoutMark[];
  /** The whole document's line spacing when it is read window by window (null: not spaced). */
  lineSpacing?: LineSpacing | null | undefined;
  /** Raw offsets, sorted, where a paragraph ends whatever its last line (a web page's block tags, html-machinery.ts). */
  hardBreaks?: readonly number[];
}

export function readStructure(raw: string, options: StructureOptions = {}): Structure {
  const lines = scanLines(raw);
  // Each line's text and furniture are read once: several passes ask for them.
  const texts: (string | undefined)[] = new Array(lines.count);
  const text = (i: number) => (texts[i] ??= raw.slice(lines.starts[i]!, lines.ends[i]!).trim());
  const furnitureAt = furnitureMemo(lines.count, text);
  const pages = findPages(raw, lines, text, options, furnitureAt);
  const spacing = spacingBlanks(lines, text, options.lineSpacing);
  const blocks = spacing ? readSpacedBlocks(raw, lines, text, pages, spacing, options) : readBlocks(raw, lines, text, furnitureAt, pages, options);
  const joinsNext = new Uint8Array(lines.count);
  for (const b of blocks) {
    for (let i = b.firstLine; i < b.lastLine; i++) joinsNext[i] = 1;
  }
  return { lines, pageConvention: pages.convention, pageStarts: pages.pageStarts, blocks, joinsNext };
}

function readBlocks(
  raw: string,
  lines: RawLines,
  text: (i: number) => string,
  furnitureAt: (i: number) => Furniture | undefined,
  pages: Pages,
  options: StructureOptions,
): RawBlock[] {
  const markup = new Map<number, number>();
  const roles = assignRoles(raw, lines, text, pages, furnitureAt, markup);
  if (options.marks?.length) applyMarks(raw, lines, roles, options.marks);
  return buildBlocks(raw, lines, roles, text, pages.convention, markup, options.hardBreaks);
}

/**
 * A double-spaced text is read as the single-spaced text it stands for: without the blank lines
 * that are only line spacing. Blocks come back with the text's own line numbers.
 */
function readSpacedBlocks(
  raw: string,
  lines: RawLines,
  text: (i: number) => string,
  pages: Pages,
  spacing: Uint8Array,
  options: StructureOptions,
): RawBlock[] {
  const view = withoutLines(lines, spacing);
  const at = new Int32Array(lines.count);
  view.index.forEach((i, k) => (at[i] = k));
  const viewText = (k: number) => text(view.index[k]!);
  const viewPages: Pages = { ...pages, numberLines: pages.numberLines.map((i) => at[i]!) };
  const blocks = readBlocks(raw, view.lines, viewText, furnitureMemo(view.lines.count, viewText), viewPages, options);
  return blocks.map((b) => ({ ...b, firstLine: view.index[b.firstLine]!, lastLine: view.index[b.lastLine]! }));
}

function assignRoles(
  raw: string,
  lines: RawLines,
  text: (i: number) => string,
  pages: Pages,
  furnitureAt: (i: number) => Furniture | undefined,
  markup: Map<number, number>,
): Role[] {
  const n = lines.count;
  const roles: Role[] = new Array<Role>(n).fill("body");
  for (let i = 0; i < n; i++) if (lines.blank[i]) roles[i] = "blank";
  // Page furniture first: a page number or a running title is never a heading.
  markRunningHeads(lines, text, pages, roles, furnitureAt);
  markMarkdownHeadings(raw, lines, text, roles, markup);
  // A `#` line on many pages is a table's column head (`# Students/Activities`), not a heading.
  for (const i of titlesOnManyPages(lines, text, [...markup.keys()].sort((a, b) => a - b))) {
    roles[i] = "body";
    markup.delete(i);
  }
  // A table of contents' lines: a numbered or title-case entry with its page number set apart.
  markContents(lines, text, roles);
  // An entry wrapped onto two lines: its first line runs on into the line that holds its page number.
  for (let i = n - 2; i >= 0; i--) {
    const t = text(i);
    if (roles[i] === "body" && roles[i + 1] === "contents" && runsOn(t, text(i + 1)) && (numberingStyle(t) !== undefined || isTitleCase(t))) roles[i] = "contents";
  }
  // Day markers and numbered headings, with the lines a numbered title wraps onto.
  const numbered: { first: number; last: number; style: string }[] = [];
  const numberedLines = new Map<string, { all: number; runOn: number }>();
  const adjacentBody = (j: number) => j < n && roles[j] === "body" && !lines.pageStart[j];
  // A numbered line right under a colon (`changes:` / `1. Ports drop 7%`), or next to the item before or
  // after it in the same numbering (`1. ...` / `2. ...`), is a list's item, prose: a heading has text under it.
  const listItemBelow = (i: number) => {
    const above = i > 0 && adjacentBody(i) ? text(i - 1) : undefined;
    if (above !== undefined && (above.endsWith(":") || followsInNumbering(above, text(i)))) return true;
    return adjacentBody(i + 1) && followsInNumbering(text(i), text(i + 1));
  };
  for (let i = 0; i < n; i++) {
    if (roles[i] !== "body") continue;
    const t = text(i);
    const style = numberingStyle(t);
    const tally = style ? (numberedLines.get(style) ?? { all: 0, runOn: 0 }) : undefined;
    if (style && tally) {
      numberedLines.set(style, tally);
      tally.all++;
    }
    // Whether the line (with the lines a title wraps onto) goes on into the paragraph below.
    const goesOn = (last: number) => adjacentBody(last + 1) && runsOn(text(last), text(last + 1));
    if (tally && !isNumberedHeading(t) && goesOn(i)) tally.runOn++;
    if (isDayHeading(t)) roles[i] = "day";
    else if (style && listItemBelow(i)) continue;
    else if (style && (!adjacentBody(i + 1) || BARE_NUMBER.test(text(i + 1))) && t.length <= MAX_NUMBERED_LINE && !/[.,;:!?]$/.test(t) && !isNumberedHeading(t) && !isContentsEntry(t) && !isFormulaOrRow(t)) {
      // A numbered line standing alone, in sentence case (`II. Overview of humanitarian emergencies`).
      numbered.push({ first: i, last: i, style });
    } else if (isNumberedHeading(t)) {
      let last = i;
      for (let j = i + 1, k = 0; j < n && k < 2 && roles[j] === "body" && continuesHeading(text(j - 1), text(j)); j++, k++) {
        if (leadInLength(text(j)) > 0 || isNumberedHeading(text(j))) break;
        last = j;
      }
      // A numbered paragraph whose first line happens to be in Title Case goes on below: not a heading.
      // (Across a page break the line below may carry on an earlier paragraph instead.) Nor does a
      // title stop on a comma (`D. C., ADMINISTRANDO JUSTICIA ... DE LA LEY,`: a sentence's clause).
      if (goesOn(last) || text(last).endsWith(",")) {
        if (tally) tally.runOn++;
        continue;
      }
      numbered.push({ first: i, last, style: style ?? "" });
      i = last;
    }
  }
  // A numbering most of whose lines run on into the next numbers the document's paragraphs (`12.
  // The Special Envoy met ...`): none of its lines is a heading, even one that reads like a title.
  const numbersParagraphs = (style: string) => {
    const tally = numberedLines.get(style);
    return tally !== undefined && tally.all >= 3 && tally.runOn >= tally.all / 2;
  };
  for (const h of numbered) {
    if (numbersParagraphs(h.style)) continue;
    for (let j = h.first; j <= h.last; j++) roles[j] = "numbered";
  }
  const isHeading = (r: Role | undefined) => r === "day" || r === "numbered" || r === "title" || r === "markup";
  const bounded = (r: Role | undefined) => r === undefined || r === "blank" || r === "running_head" || isHeading(r);
  // Titles: a title-case line between headings or blank lines, not after a cut-off sentence, nor
  // one of a table's cells set a blank line apart (`5 Bamako, Mali` between `Senior Seminar` rows).
  const titles: number[] = [];
  const spacedCells = tableCellLines(n, (i) => roles[i] === "body", text, true, (i) => roles[i] === "blank");
  for (let i = 0; i < n; i++) {
    if (roles[i] !== "body" || !bounded(roles[i - 1]) || !bounded(roles[i + 1]) || spacedCells[i]) continue;
    let p = i - 1;
    while (p >= 0 && (roles[p] === "blank" || roles[p] === "running_head")) p--;
    if (p >= 0 && roles[p] === "body" && !/[.!?:;"”’')\]]$/.test(text(p))) continue;
    const t = text(i);
    if (!isTitleLine(t) || leadInLength(t) > 0) continue;
    // A line that the text below goes on from (`in the region` after a blank line) is prose.
    let q = i + 1;
    while (q < n && (roles[q] === "blank" || roles[q] === "running_head") && !lines.pageStart[q]) q++;
    if (q < n && roles[q] === "body" && !lines.pageStart[q] && /^\p{Ll}/u.test(text(q))) continue;
    roles[i] = "title";
    titles.push(i);
  }
  // A section is named once: a title line that stands on many pages is a table's column head or a
  // running head the edges missed (`US Units`, `ARGENTINA (IN COUNTRY TRAINING)`).
  for (const i of titlesOnManyPages(lines, text, titles)) roles[i] = "body";
  // Footnotes: a numbered note that runs to the bottom of its page, after a blank line or after
  // a line that ends a sentence (extraction often drops the blank line above a note).
  // (A note's first line may have been read as a title, `2 Corte Constitucional Sentencia T-207/17`:
  // a title with nothing under it but the page's foot is that note.)
  for (let i = 0; i < n; i++) {
    if ((roles[i] !== "body" && roles[i] !== "title") || !FOOTNOTE_START.test(text(i))) continue;
    if (roles[i - 1] !== "blank" && !(roles[i - 1] === "body" && SENTENCE_END.test(text(i - 1)))) continue;
    let j = i;
    while (j + 1 < n && roles[j + 1] === "body" && !lines.pageStart[j + 1]) j++;
    let after = j + 1;
    // The page's foot (its number, a running title) may stand between the note and the next page.
    // Under a note read as a title, blank lines too: a title stands alone, so only its place at the
    // page's end tells it from a heading (before the text's end that is no evidence).
    const title = roles[i] === "title";
    while (after < n && (roles[after] === "running_head" || (title && roles[after] === "blank")) && !lines.pageStart[after]) after++;
    if ((after >= n && !title) || lines.pageStart[after]) for (let k = i; k <= j; k++) roles[k] = "footnote";
  }
  return roles;
}

/**
 * Markdown headings, by the document's own marks: an ATX line (`## 2. Threats`), or a short line
 * standing alone that does not close a sentence, underlined with `===` or `---` (setext; the
 * underline is read as a blank line). `markup` gets each heading line's level.
 */
function markMarkdownHeadings(raw: string, lines: RawLines, text: (i: number) => string, roles: Role[], markup: Map<number, number>): void {
  const asCode = (i: number) => indentedAsCode(raw.slice(lines.starts[i]!, lines.ends[i]!));
  const comments = commentRuns(lines, text);
  for (let i = 0; i < lines.count; i++) {
    if (roles[i] !== "body") continue;
    const atx = atxHeading(text(i));
    // `# of Students` cut out of a table is no heading: its title opens with a function word.
    if (atx && opensLikeHeading(text(i).slice(atx.titleStart, atx.titleEnd))) {
      // `    ## Threats` is an indented code block's line (CommonMark). (Right under a line of prose
      // too: CommonMark would go on with the paragraph, but in extracted text such a line is a
      // program's comment or output, `    # tcpdump: listening on eth0 ...`, not a sentence's end.)
      if (asCode(i)) {
        roles[i] = "code";
        continue;
      }
      // A program's comment (commentRuns) is no heading; an indented one is code, as above.
      if (comments[i]) continue;
      roles[i] = "markup";
      markup.set(i, atx.level);
      continue;
    }
    const level = i > 0 ? setextLevel(text(i)) : 0;
    const above = i - 1;
    if (level === 0 || roles[above] !== "body" || lines.pageStart[i]) continue;
    // A rule under the last line of a paragraph sets footnotes apart: a heading line stands alone.
    if (above > 0 && roles[above - 1] !== "blank" && roles[above - 1] !== "markup") continue;
    if (/[.,;:!?]$/.test(text(above)) || text(above).length > MAX_NUMBERED_LINE || !opensLikeHeading(text(above))) continue;
    roles[above] = "markup";
    markup.set(above, level);
    roles[i] = "blank";
  }
}

/**
 * The `#` lines of a program's listing: comments, not Markdown headings. A run of `#` lines (no
 * blank line between them) is code when the line right under it goes on in lower case (`# Start the
 * container` / `docker run -d ...`, `# Count the points` / `n = len(xs)`; a web address is no code,
 * `#### source 1` / `https://...`) or when one of its single-`#` lines opens in lower case
 * (`# missing values, duplicates`; Markdown's `### story 1` may): a heading has a paragraph under it,
 * or a blank line. One pass over the lines.
 */
function commentRuns(lines: RawLines, text: (i: number) => string): Uint8Array {
  const code = new Uint8Array(lines.count);
  const hash = (i: number) => i < lines.count && !lines.blank[i] && text(i).startsWith("#");
  for (let i = 0; i < lines.count; i++) {
    if (!hash(i)) continue;
    let end = i;
    let lowerTitle = false;
    for (; hash(end); end++) lowerTitle ||= /^#[ \t]+\p{Ll}/u.test(text(end));
    const below = end < lines.count && !lines.blank[end] && !lines.pageStart[end] ? text(end) : "";
    if (lowerTitle || (/^\p{Ll}/u.test(below) && !/^(?:https?:\/\/|www\.)/i.test(below))) code.fill(1, i, end);
    i = end - 1;
  }
  return code;
}

/** The title lines whose text (digits aside) stands on more than `headingRepeat.maxPages` pages. */
function titlesOnManyPages(lines: RawLines, text: (i: number) => string, titles: readonly number[]): number[] {
  const { maxPages, minLinesApart } = layout().headingRepeat;
  // Where the pages are not known (no form feeds, no page found), a title that stands
  // `minLinesApart` lines after its last place stands on another page as far as the text can tell.
  const places = new Map<string, { count: number; page: number; line: number }>();
  const keys: string[] = [];
  let starts = 0;
  for (let i = 0; i < lines.count && starts < 2; i++) starts += lines.pageStart[i]!;
  const paged = starts >= 2;
  let page = 0;
  let line = 0;
  for (const i of titles) {
    for (; line <= i; line++) page += lines.pageStart[line]!;
    const key = repeatKey(text(i));
    keys.push(key);
    const seen = places.get(key);
    if (!seen) places.set(key, { count: 1, page, line: i });
    else if (seen.page !== page || (!paged && i - seen.line >= minLinesApart)) {
      seen.count++;
      seen.page = page;
      seen.line = i;
    }
  }
  return titles.filter((_, k) => places.get(keys[k]!)!.count > maxPages);
}

/**
 * Lines whose capitals lead-in (`AEN:`, not a listed label such as `Q&A Session:`) stands on more
 * than `headingRepeat.maxPages` pages: a form's or a table's field name, repeated on every page,
 * not a sub-section's name.
 */
function leadInsOnManyPages(lines: RawLines, roles: readonly Role[], text: (i: number) => string, cells: ArrayLike<number>): Set<number> {
  const candidates: number[] = [];
  const label = (i: number) => text(i).slice(0, leadInLength(text(i)));
  for (let i = 0; i < lines.count; i++) {
    if (roles[i] !== "body" || cells[i]) continue;
    const l = label(i);
    if (l !== "" && !layout().leadInLabels.includes(l)) candidates.push(i);
  }
  return new Set(titlesOnManyPages(lines, label, candidates));
}

/**
 * A table of contents' lines (see `isContentsLine`), in runs (blank lines between them allowed)
 * whose page numbers never go down: a numbered table's counts (`1. Kenya   734`, `2. Jamaica
 * 25`) are no contents.
 */
function markContents(lines: RawLines, text: (i: number) => string, roles: Role[]): void {
  const n = lines.count;
  for (let i = 0; i < n; i++) {
    if (roles[i] !== "body" || !isContentsLine(text(i))) continue;
    const run: number[] = [];
    let j = i;
    for (; j < n && (roles[j] === "blank" || (roles[j] === "body" && isContentsLine(text(j)))); j++) if (roles[j] === "body") run.push(j);
    const pages = run.map((k) => Number(/(\d+)$/.exec(text(k))?.[1] ?? NaN)).filter((p) => !Number.isNaN(p));
    if (pages.every((p, k) => k === 0 || p >= pages[k - 1]!)) for (const k of run) roles[k] = "contents";
    i = j - 1;
  }
}

/**
 * A line of a table of contents: a heading's words (numbered, or in title case, with no figure
 * or column gap among them: a table's row `Total    26    100` is none) and then its page
 * number set apart.
 */
function isContentsLine(t: string): boolean {
  const m = contentsEntryMatch(t);
  if (!m) return false;
  const entry = t.slice(0, m.index + 1).trim();
  // One run of words after its numbering: no column gap and no figure but a year inside (a
  // table's row, `Leadership Seminar    3    $7,577    FY 01 Totals:    9`, is none).
  const words = entry.replace(/^(?:[IVX]{1,5}|\d{1,2}|[A-H])\.\s+/, "");
  if (/\s{3}/.test(words) || /(?:^|\s)\p{Sc}?(?!(?:19|20)\d\d(?:\s|$))\p{N}[\p{N},.]*(?=\s|$)/u.test(words)) return false;
  // Unnumbered: a title, not a label or a code (`Program Totals:    12`, `EBN2001JCET55W    12`).
  return numberingStyle(entry) !== undefined || (isTitleCase(entry) && !words.endsWith(":") && !/\p{L}\p{N}|\p{N}\p{L}/u.test(words));
}

/** The line below carries on the sentence of `line`: it starts in lower case, or `line` stops on a comma or a function word. */
function runsOn(line: string, next: string): boolean {
  if (/^\p{Ll}/u.test(next)) return true;
  const last = /[\p{L}\p{N}]+[,\-–—]?$/u.exec(line)?.[0] ?? "";
  return /[,\-–—]$/.test(last) || layout().headingFunctionWords.has(last.toLowerCase());
}

/**
 * Page furniture: at a page's edge (its first or last `edgeLines` lines), a page number, a
 * document symbol, or a line that repeats at the edges of many pages (a running title, with or
 * without its number); anywhere, furniture no text line looks like (`Page 3 of 12`, `2/16`).
 */
function markRunningHeads(
  lines: RawLines,
  text: (i: number) => string,
  pages: Pages,
  roles: Role[],
  furnitureAt: (i: number) => Furniture | undefined,
): void {
  const n = lines.count;
  const { edgeLines, maxLength, repeat } = layout().pageFurniture;
  // Page index of each line, and the lines at a page's edge.
  const pageOf = new Int32Array(n);
  const edge = new Uint8Array(n);
  const pageCount = pages.pageStarts.length;
  let page = 0;
  let sinceStart = 0;
  for (let i = 0; i < n; i++) {
    if (lines.pageStart[i]) {
      page++;
      sinceStart = 0;
    }
    pageOf[i] = page;
    if (roles[i] === "blank") continue;
    if (page > 0 && sinceStart < edgeLines) edge[i] = 1;
    sinceStart++;
  }
  let untilEnd = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (roles[i] === "blank") continue;
    const next = i + 1 < n ? nextText(roles, i + 1) : n;
    if (next < n && lines.pageStart[next]) untilEnd = 0;
    else if (next >= n) untilEnd = pageCount > 1 ? 0 : edgeLines;
    if (untilEnd < edgeLines && pageCount > 1) edge[i] = 1;
    untilEnd++;
  }
  // The first page's top is an edge too when the document has pages.
  if (pageCount > 1) {
    for (let i = 0, seen = 0; i < n && seen < edgeLines; i++) {
      if (roles[i] === "blank") continue;
      edge[i] = 1;
      seen++;
    }
  }
  const pagesByKey = new Map<string, Set<number>>();
  const keys: (string | undefined)[] = new Array(n);
  if (pageCount > 1) {
    for (let i = 0; i < n; i++) {
      if (!edge[i]) continue;
      const t = text(i);
      if (t.length > maxLength) continue;
      const key = (keys[i] = repeatKey(t));
      const set = pagesByKey.get(key) ?? new Set<number>();
      set.add(pageOf[i]!);
      pagesByKey.set(key, set);
    }
  }
  const minPages = Math.max(repeat.minPages, Math.ceil(repeat.share * pageCount));
  const numberLines = new Set(pages.numberLines);
  for (let i = 0; i < n; i++) {
    if (roles[i] !== "body") continue;
    const f = furnitureAt(i);
    if (f && (f.anywhere || (edge[i] && !f.titled) || numberLines.has(i))) roles[i] = "running_head";
    // A running title stands alone; a line that goes on into the next is prose that happens to repeat.
    else if (keys[i] !== undefined && (pagesByKey.get(keys[i]!)?.size ?? 0) >= minPages) {
      const next = nextText(roles, i + 1);
      if (next >= n || lines.pageStart[next] || !runsOn(text(i), text(next))) roles[i] = "running_head";
    }
  }
}

/** The first line at or after `i` that holds text (or the line count). */
function nextText(roles: Role[], i: number): number {
  while (i < roles.length && roles[i] === "blank") i++;
  return i;
}

function buildBlocks(
  raw: string,
  lines: RawLines,
  roles: Role[],
  text: (i: number) => string,
  convention: PageConvention,
  markup: ReadonlyMap<number, number>,
  hardBreaks: readonly number[] = [],
): RawBlock[] {
  const blocks: RawBlock[] = [];
  // Whether a hard break (a block tag) stands in [from, to).
  const hardBetween = (from: number, to: number) => hardBreaks.length > 0 && floorIndex(hardBreaks, to - 1) >= 0 && hardBreaks[floorIndex(hardBreaks, to - 1)]! >= from;
  let cur: RawBlock | undefined;
  const close = () => {
    if (cur) blocks.push(cur);
    cur = undefined;
  };
  const contentStart = (i: number) => {
    let s = lines.starts[i]!;
    while (s < lines.ends[i]! && /[\s\uFEFF]/.test(raw[s]!)) s++;
    return s;
  };
  const contentEnd = (i: number) => {
    let e = lines.ends[i]!;
    while (e > lines.starts[i]! && /\s/.test(raw[e - 1]!)) e--;
    return e;
  };
  // Indentation opens a paragraph where it is the document's convention (not where it marks pages):
  // a line set in from the text's usual margin, under a line at that margin that closed a sentence.
  const margin = usualMargin(lines, roles);
  const indentOpens = convention !== "space_led";
  // A `LABEL:` among a table's cells is a cell, not a lead-in that opens a sub-section.
  const cells = tableCellLines(lines.count, (i) => roles[i] === "body", text);
  const repeated = leadInsOnManyPages(lines, roles, text, cells);
  const opensParagraph = (i: number) => lines.indent[i]! > margin && i > 0 && roles[i - 1] === "body" && lines.indent[i - 1] === margin;
  // A list item or a table row opens its own block (`- Patrols`, `| Peru | 12 |`), unless the line
  // above runs on into it; an ordered item (`2.`) only after a sentence or a colon closed, or after another
  // item (`...; 4. transitional justice` wrapped inside a sentence is no item).
  const items = new Uint8Array(lines.count);
  const opensItem = (i: number) => {
    const item = itemKind(text(i));
    if (item === undefined) return false;
    const p = i - 1;
    const opens =
      item === "row" || p < 0 || roles[p] !== "body" || items[p] === 1 || (item === "bullet" ? !runsOn(text(p), text(i)) : /[.!?:]$/.test(text(p)));
    items[i] = opens ? 1 : 0;
    return opens;
  };
  let inItem = false;
  let afterBlank = false;
  for (let i = 0; i < lines.count; i++) {
    const role = roles[i]!;
    if (role === "blank") {
      afterBlank = true;
      continue;
    }
    const kind: BlockKind = role === "body" ? "paragraph" : role === "footnote" || role === "running_head" || role === "contents" || role === "code" ? role : "heading";
    const heading = kind === "heading" ? (role as HeadingKind) : undefined;
    const item = role === "body" && opensItem(i);
    // A code line stands as its own block, as it would as a heading (R's printed rows, `    ## 3  Death Squad  56`).
    const startsOwn = item || role === "day" || role === "title" || role === "markup" || role === "code" || (role === "numbered" && roles[i - 1] !== "numbered");
    const label = role === "body" && !cells[i] && !item && !repeated.has(i) ? leadInLength(text(i)) : 0;
    // A blank line ends a paragraph, unless the paragraph stopped mid-sentence (a page or
    // column break in the middle of `U.S. \n\nSouthern Command`).
    const broken =
      (afterBlank && cur !== undefined && hardBetween(cur.rawEnd, lines.starts[i]!)) ||
      (afterBlank && inItem) ||
      (afterBlank && !(cur?.kind === "paragraph" && kind === "paragraph" && label === 0 && !endsClause(raw, cur.rawEnd, text(i)))) ||
      (indentOpens && !afterBlank && cur?.kind === "paragraph" && kind === "paragraph" && opensParagraph(i) && endsClause(raw, cur.rawEnd, text(i)));
    afterBlank = false;
    if (!cur || cur.kind !== kind || startsOwn || label > 0 || broken) {
      close();
      inItem = item;
      if (label > 0) {
        const s = contentStart(i);
        blocks.push({ kind: "heading", heading: "lead_in", rawStart: s, rawEnd: s + label, firstLine: i, lastLine: i });
        let bodyStart = s + label;
        while (bodyStart < lines.ends[i]! && /[\s:]/.test(raw[bodyStart]!)) bodyStart++;
        if (bodyStart >= contentEnd(i)) continue;
        cur = { kind, rawStart: bodyStart, rawEnd: contentEnd(i), firstLine: i, lastLine: i };
        continue;
      }
      cur = { kind, rawStart: contentStart(i), rawEnd: contentEnd(i), firstLine: i, lastLine: i };
      if (heading) cur.heading = heading;
      const level = markup.get(i);
      if (level !== undefined) {
        // The title without its marks (`## 2. Threats ##` is titled `2. Threats`).
        const atx = atxHeading(text(i));
        if (atx) cur.rawEnd = cur.rawStart + atx.titleEnd;
        if (atx) cur.rawStart += atx.titleStart;
        cur.level = level;
      }
      continue;
    }
    cur.rawEnd = contentEnd(i);
    cur.lastLine = i;
  }
  close();
  return blocks;
}

/** The indentation most text lines share. */
function usualMargin(lines: RawLines, roles: Role[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < lines.count; i++) {
    if (roles[i] !== "body") continue;
    const k = lines.indent[i]!;
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
    if (c > bestCount || (c === bestCount && k < best)) {
      best = k;
      bestCount = c;
    }
  }
  return best;
}

/**
 * The text before `end` closes a clause, so a paragraph that stops there may really end. An
 * abbreviation that also starts names (`U.S.`) closes one only if `next` opens a sentence.
 */
function endsClause(raw: string, end: number, next: string): boolean {
  if (!/[.!?:;"”’')\]]/.test(raw[end - 1] ?? ".")) return false;
  const { sentenceFinalAbbreviations, sentenceStarters } = layout();
  const last = /\S+$/.exec(raw.slice(Math.max(0, end - 12), end))?.[0] ?? "";
  if (!sentenceFinalAbbreviations.has(last)) return true;
  const first = /^\p{Lu}[\p{L}]*/u.exec(next)?.[0];
  return first === undefined || sentenceStarters.has(first.toLowerCase());
}

/** Sections opened by heading blocks, each with its path of titles. */
export function buildSections(
  blocks: RawBlock[],
  titleOf: (b: RawBlock) => string,
  outer: readonly Section[] = [],
): { sections: Section[]; openAtEnd: Section[] } {
  const sections: Section[] = [];
  const stack: Section[] = [...outer];
  for (const b of blocks) {
    if (b.kind !== "heading" || !b.heading) continue;
    const level = b.level ?? HEADING_LEVEL[b.heading];
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    const title = titleOf(b);
    const section: Section = {
      index: sections.length,
      level,
      kind: b.heading,
      title,
      rawStart: b.rawStart,
      rawEnd: b.rawEnd,
      path: [...stack.map((s) => s.title), title],
      pathText: [...stack.map((s) => s.title), title].join(" > "),
    };
    stack.push(section);
    sections.push(section);
  }
  return { sections, openAtEnd: stack };
}

/** The page (1-based) that holds a raw offset. */
export function pageAt(structure: Structure, raw: number): number {
  return Math.max(0, floorIndex(structure.pageStarts, raw)) + 1;
}

/** Lines inside a layout mark take its role (a PDF's running head or footnote), whatever their text. */
function applyMarks(raw: string, lines: RawLines, roles: Role[], marks: readonly LayoutMark[]): void {
  let m = 0;
  for (let i = 0; i < lines.count; i++) {
    let s = lines.starts[i]!;
    while (s < lines.ends[i]! && /\s/.test(raw[s]!)) s++; // a page's first line starts with its form feed
    while (m < marks.length && marks[m]!.end <= s) m++;
    const mark = marks[m];
    if (mark && mark.start <= s && s < mark.end && roles[i] !== "blank") roles[i] = mark.kind;
  }
}
