import { furnitureMemo, furnitureOf, repeatKey, type Furniture } from "./furniture.js";
import { isContentsEntry, isTitleCase, opensLikeHeading } from "./headings.js";
import { layout } from "./layout-data.js";
import type { RawLines } from "./lines.js";
import { runningKey, runningLinePages, runningOverNumbers } from "./running-lines.js";
import { hasTwoWords } from "./two-words.js";

/**
 * How a document shows where its pages start, read from its own evidence:
 * - `form_feed`: a form feed opens a page (pdftotext's default output);
 * - `footer`: page numbers in footers or heads that increase down the text (`2/16`, `Page 3`);
 *   or, without any, a running head or foot that repeats page after page (see running-lines.ts);
 * - `space_led`: a line that begins with a space opens a page (the seed proceedings), when such
 *   lines are rare and as far apart as pages are;
 * - `none`: no evidence, one page.
 */
export type PageConvention = "form_feed" | "footer" | "space_led" | "none";

/**
 * Which pages a record's `page` counts, for the researcher who cites it: `physical` (the PDF's
 * pages, one per form feed), `printed` (the page numbers printed in the text: a PDF's unnumbered
 * cover pages before them are counted only where the text shows them, so `page` may run a
 * few pages behind the PDF's), `marked` (the text's own page marks, lines that begin with a
 * space) or `none` (nothing in the text shows its pages: every record is on page 1).
 */
export type PageNumbering = "physical" | "printed" | "marked" | "none";

const NUMBERING: Readonly<Record<PageConvention, PageNumbering>> = { form_feed: "physical", footer: "printed", space_led: "marked", none: "none" };

/** The numbering a document's pages follow, from its convention and its page count. */
export function pageNumbering(convention: PageConvention, pages: number): PageNumbering {
  // The space-led reading with no page mark found is no evidence at all.
  return convention === "space_led" && pages <= 1 ? "none" : NUMBERING[convention];
}

export interface PageOptions {
  /** The text goes on from an earlier window: its first line may open a page. */
  continues?: boolean;
  /** The text starts inside a line of an earlier window: its first line opens no page. */
  insideLine?: boolean;
  /** Decided for the whole document when it is read window by window (see `documentPageEvidence`). */
  formFeeds?: boolean;
  spacesMarkPages?: boolean;
  /** Footer page starts found on the whole document (global line indices), and where this text starts in it. */
  footerPages?: { firstLine: number; starts: readonly number[]; numberLines: readonly number[] };
}

export interface Pages {
  convention: PageConvention;
  /** Raw offset where each page starts; page n (1-based) starts at pageStarts[n - 1]. */
  pageStarts: number[];
  /** Lines whose page number told where pages start (footer convention). */
  numberLines: number[];
}

type LineText = (i: number) => string;
/** What the page finders need of the lines: how many, which are blank, and how far each is indented. */
export type LineGrid = Pick<RawLines, "count" | "blank" | "indent">;

/** Find the document's page convention and where its pages start; marks `lines.pageStart`. */
export function findPages(
  raw: string,
  lines: RawLines,
  text: LineText,
  options: PageOptions = {},
  furnitureAt = furnitureMemo(lines.count, text),
): Pages {
  const pages = findPageStarts(raw, lines, text, options, furnitureAt);
  if (!options.insideLine || !lines.pageStart[0]) return pages;
  (lines.pageStart as Uint8Array)[0] = 0;
  return { ...pages, pageStarts: [0, ...pages.pageStarts.slice(1).filter((o) => o !== lines.starts[0])] };
}

function findPageStarts(raw: string, lines: RawLines, text: LineText, options: PageOptions, furnitureAt: ReturnType<typeof furnitureMemo>): Pages {
  const fromFormFeeds = formFeedPages(raw, lines);
  if (fromFormFeeds.length > 0 || options.formFeeds === true) return mark(lines, "form_feed", [0, ...fromFormFeeds.map((p) => p.offset)], fromFormFeeds.map((p) => p.line), []);
  if (options.footerPages) {
    // Decided on the whole document: the page starts that fall in this window.
    const { firstLine, starts: global, numberLines } = options.footerPages;
    const local = (ls: readonly number[]) => ls.map((l) => l - firstLine).filter((l) => l >= 0 && l < lines.count);
    // (A page that opens at the window's very end, on the empty line the next window starts with, opens there.)
    const starts = local(global).filter((l) => lines.starts[l]! < raw.length);
    return mark(lines, "footer", [0, ...starts.map((l) => lines.starts[l]!)], starts, local(numberLines));
  }
  const numbers = footerPages(lines, text, options.continues === true, furnitureAt);
  // (A window of a long document takes the whole document's reading, above.)
  const footer = numbers && !options.continues ? runningOverNumbers(numbers, runningLinePages(lines, text)) : numbers;
  if (footer) return mark(lines, "footer", [0, ...footer.starts.map((l) => lines.starts[l]!)], footer.starts, footer.numberLines);
  const spaced = spaceLedLines(raw, lines, options.continues === true);
  const spaceLed = options.spacesMarkPages ?? spacesMarkPages(lines.count - countBlank(lines), spaced.all, firstTextLine(lines));
  if (spaceLed && spaced.breaks.length > 0) return mark(lines, "space_led", [0, ...spaced.breaks.map((l) => lines.starts[l]!)], spaced.breaks, []);
  // No page number and no page mark: a running head or foot without a number may still show the
  // pages (decided on the whole document when it is read window by window).
  const running = options.continues || options.spacesMarkPages !== undefined ? undefined : runningLinePages(lines, text);
  if (running) return mark(lines, "footer", [0, ...running.starts.map((l) => lines.starts[l]!)], running.starts, []);
  return mark(lines, spaceLed ? "space_led" : "none", [0], [], []);
}

function mark(lines: RawLines, convention: PageConvention, pageStarts: number[], startLines: number[], numberLines: number[]): Pages {
  for (const l of startLines) (lines.pageStart as Uint8Array)[l] = 1;
  return { convention, pageStarts, numberLines };
}

function countBlank(lines: RawLines): number {
  let n = 0;
  for (let i = 0; i < lines.count; i++) n += lines.blank[i]!;
  return n;
}

/** The pages form feeds open: each form feed that has text after it (see below). */
function formFeedPages(raw: string, lines: RawLines): { offset: number; line: number }[] {
  const out: { offset: number; line: number }[] = [];
  let ff = raw.indexOf("\f");
  if (ff < 0) return out;
  let line = 0;
  // Every form feed opens a page, an empty one too (a PDF's cover image gives one), so the page of
  // an offset is 1 + the form feeds before it; only a final one with no text after it opens none.
  for (; ff >= 0; ff = raw.indexOf("\f", ff + 1)) {
    while (line + 1 < lines.count && lines.starts[line + 1]! <= ff) line++;
    // The page opens on the line after the form feed when the form feed ends its line.
    let at = line;
    if (ff + 1 >= lines.ends[line]! && line + 1 < lines.count) at = line + 1;
    if (!hasTextFrom(raw, ff + 1)) break;
    out.push({ offset: ff + 1, line: at });
  }
  return out;
}

function hasTextFrom(raw: string, from: number): boolean {
  return /[^\s\f\uFEFF]/u.test(raw.slice(from, from + 4096)) || /[^\s\f\uFEFF]/u.test(raw.slice(from));
}

/**
 * Lines that begin with a space, and those of them that would open a page (not the first text
 * line). A line right after one that ends in a tag (`<div style="...">`) is indented by its
 * markup, not set on a new page.
 */
function spaceLedLines(raw: string, lines: RawLines, continues: boolean): { all: number[]; breaks: number[] } {
  const all: number[] = [];
  const breaks: number[] = [];
  let seenText = continues;
  let afterTag = false;
  for (let i = 0; i < lines.count; i++) {
    if (lines.blank[i]) continue;
    const s = lines.starts[i]!;
    if (!afterTag && raw.charCodeAt(s === 0 && raw.charCodeAt(0) === 0xfeff ? 1 : s) === 32) {
      all.push(i);
      if (seenText) breaks.push(i);
    }
    seenText = true;
    afterTag = endsInTag(raw, s, lines.ends[i]!);
  }
  return { all, breaks };
}

/** Whether a line's content ends in a markup tag's `>` (trailing white space aside). */
function endsInTag(raw: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && (raw.charCodeAt(e - 1) === 32 || raw.charCodeAt(e - 1) === 9)) e--;
  if (e <= start || raw.charCodeAt(e - 1) !== 62) return false;
  // Look for the tag's `<` within the line only, so the check stays linear in the text.
  for (let k = e - 2; k >= start; k--) if (raw.charCodeAt(k) === 60) return true;
  return false;
}

/**
 * Whether lines that begin with a space mark pages: few of them, as far apart as pages (a median
 * of `minMedianGap` lines between them). Indented paragraphs are closer together.
 */
export function spacesMarkPages(textLines: number, spaceLed: readonly number[], firstText: number): boolean {
  const { maxShare, minMedianGap } = layout().pageEvidence.spaceLed;
  if (spaceLed.length > textLines * maxShare) return false;
  if (spaceLed.length === 0) return true;
  // Distances between the lines, and from the first text line to the first of them (page 1).
  const gaps: number[] = spaceLed[0]! > firstText ? [spaceLed[0]! - firstText] : [];
  for (let k = 1; k < spaceLed.length; k++) gaps.push(spaceLed[k]! - spaceLed[k - 1]!);
  if (gaps.length === 0) return true;
  gaps.sort((a, b) => a - b);
  return gaps[gaps.length >> 1]! >= minMedianGap;
}

interface Numbered {
  line: number;
  /** The printed page number (within its chapter for `IV-2`). */
  page: number;
  of?: number;
  series: string;
  chapter: string;
  /** The page's place in the run's numbering: printed numbers, counted on across chapters. */
  ordinal: number;
}

/** The two longest runs ending in different chapters, once node `at` joins them. */
function keepChapterEnds(nodes: readonly (Numbered & { len: number })[], ends: readonly number[], at: number): number[] {
  const others = ends.filter((e) => nodes[e]!.chapter !== nodes[at]!.chapter);
  const same = ends.find((e) => nodes[e]!.chapter === nodes[at]!.chapter);
  const mine = same !== undefined && nodes[same]!.len > nodes[at]!.len ? same : at;
  return [mine, ...others].sort((a, b) => nodes[b]!.len - nodes[a]!.len).slice(0, 2);
}

/**
 * Pages from printed page numbers: the longest run of numbered furniture lines of one series whose
 * numbers increase (by at most `maxStep`) down the text. Feet or heads: a foot closes its page, a
 * head opens it; which, the run's own spacing tells (a foot of page p sits about p pages down).
 */
export function footerPages(
  lines: LineGrid,
  text: LineText,
  continues: boolean,
  furnitureAt = furnitureMemo(lines.count, text),
): { starts: number[]; numberLines: number[] } | undefined {
  const { minLength, minLengthWithCount, maxStep, maxMissingLead, openerMinPages, leadAgreement } = layout().pageEvidence.footerRun;
  // Margin line numbers are no page numbers: the run is read without them.
  const marginNumbers = marginLineNumbers(lines, furnitureAt);
  let { furniture, nodes, best } = numberRuns(lines, text, furnitureAt, marginNumbers);
  const qualifies = (k: number) => k >= 0 && nodes[k]!.len >= (nodes[k]!.of !== undefined ? minLengthWithCount : minLength);
  const bestRun = () => {
    // Strong evidence first: footnote numbers or a table's can also climb one by one.
    const end = qualifies(best.strong) ? best.strong : qualifies(best.weak) ? best.weak : -1;
    const run: Numbered[] = [];
    for (let k = end; k >= 0; k = nodes[k]!.prev) run.push(nodes[k]!);
    return { end, run: run.reverse() };
  };
  let { end, run } = bestRun();
  // Bare numbers over section titles (`1` over `Introduction`) number a paper's sections, not its
  // pages; set aside, the page numbers they tied with (`1` at page 1's foot) may still run. Only
  // those over a title are set aside: a page number that won a tie with a section number (`4` at
  // page 4's foot, before `4` over `Evaluation`) has no title under it and stays in the race.
  const titled = end >= 0 && end === best.weak ? sectionNumberLines(lines, text, run) : [];
  let skipped: ReadonlySet<number> = marginNumbers;
  if (titled.length > 0 && numbersSections(titled, run)) {
    skipped = new Set([...marginNumbers, ...titled]);
    ({ furniture, nodes, best } = numberRuns(lines, text, furnitureAt, skipped));
    ({ end, run } = bestRun());
    if (end === best.weak && numbersSections(sectionNumberLines(lines, text, run), run)) end = -1;
  }
  if (end < 0) return continues ? undefined : lastPageAlone(lines, furniture, nodes);
  // Two counters of one page count: page 1's head in its own words (`Página 1 de 19` among the
  // text's first lines) and a foot on every later page (`2/19`), which the same running head
  // follows: the head is page 1's own, the feet close their pages.
  if (!continues && end === best.strong && pageOneHeadBeforeFeet(lines, text, run, minLengthWithCount)) run = run.slice(1);
  run = anchorFirstNumber(lines, text, furnitureAt, run, skipped);

  for (const r of run) furniture[r.line] ??= furnitureAt(r.line);
  const isFurniture = (i: number) => lines.blank[i] === 1 || furniture[i] !== undefined;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  // Lines per page (the median, as tables and contents make some pages long and some short).
  const steps: number[] = [];
  for (let k = 1; k < run.length; k++) steps.push((run[k]!.line - run[k - 1]!.line) / (run[k]!.ordinal - run[k - 1]!.ordinal));
  steps.sort((a, b) => a - b);
  const perPage = steps[steps.length >> 1] ?? 1;
  const firstText = firstTextLine(lines);
  // Foot or head: after the last page's own number only its foot's furniture follows, after a
  // head a whole page; without the last page's number, a foot of page p sits about p pages down.
  const tail = lastTextLine(lines) - last.line;
  // (A run that starts far into its numbering, `IV-122` on the text's first page, says nothing by
  // its first number: then what follows the last one does.)
  const startsFarIn = (first.ordinal - 1 - maxMissingLead) * perPage > first.line - firstText + perPage;
  // A cover and a contents page before page 1 (as the contents' first entry says) stand outside the printed numbering.
  const contents = continues ? undefined : contentsBeforeBody(lines, text, firstText, first.line);
  const leadLines = first.line - (contents?.body ?? firstText);
  const heads = layout().pageEvidence.heads;
  // Both ends read as a head's (page p opens after p - 1 pages, a page's text follows the last
  // number), for numbers no text line looks like (`PÁGINA 2`) or set beside the running title
  // (`2      Diário Oficial`, a layout-preserving head); a table's bare figures stand anywhere.
  // (A bare number whose running title stands on the line next to it, over or under it, is such
  // a head too: a mirrored book's alternating heads, `Author: Title` over `2`, `3` over `Journal`;
  // not feet that the next page's heads follow, every number but the last, see below. So are bare
  // numbers that stand as evenly as pages, few steps under half a page, `heads.maxShortStepShare`:
  // a judgment whose page 1 prints none and whose later pages open with theirs; a table's figures
  // and a footnote's `1` do not stand so.)
  const besideTitle = () =>
    end === best.weak && titleNextToNumbers(lines, text, run, heads.minTitleNextShare) && !headsFollowAllButLast(lines, text, run, heads.minHeadAfterShare);
  const shortSteps = steps.filter((s) => s < perPage / 2).length;
  const evenBare = () => end === best.weak && shortSteps <= heads.maxShortStepShare * steps.length && !headsFollowAllButLast(lines, text, run, heads.minHeadAfterShare);
  const headsByBothEnds = (end === best.strong || furnitureAt(first.line)?.titled === true || besideTitle() || evenBare()) && leadLines < (first.ordinal - heads.maxLeadShortOfPage) * perPage && tail > heads.minTail * perPage;
  // The first number among the text's first lines (`pageFurniture.edgeLines`) is its page's head,
  // page 1's or an excerpt's first (`Pág 12`): a foot would close a page of a line or two. That
  // says more than a short last page does. (The lines over it that stand over other pages' numbers
  // too, a banner such as `BOLETÍN OFICIAL DEL ESTADO` over `Núm. 92` and the date, are that head's own.)
  const edgeLines = layout().pageFurniture.edgeLines;
  const overNumbers = end === best.strong ? linesAboveNumbers(lines, text, run.slice(1), edgeLines) : new Set<string>();
  // Bare numbers too, from `1` among the text's first lines (a foot would close a page of a line
  // or two), when text follows the last number (`heads.minTail` of a page; a foot's last page ends
  // with it) and the numbers stand as evenly as pages (few steps under half a page,
  // `heads.maxShortStepShare`: a footnote's `1` and a code listing's line numbers do not).
  // The last number on the text's last line, only furniture after it, closes the last page: a
  // head would open a page with no text (a short front matter and heads glued to the next
  // page's first line leave the lead and the heads saying nothing).
  const lastEndsText = !continues && fewerTextLinesThan(lines, last.line + 1, lines.count, 1, (i) => furnitureAt(i) !== undefined);
  // The first number opening the text and the last, of the page count (`11 de 11`), closing it:
  // as heads the last page would hold nothing, as feet page 1 (a cover of images, its foot
  // printed). A page without text is a cover more often than a last page: feet.
  const bothEdges = lastEndsText && last.of !== undefined && last.page === last.of && first.line === firstText;
  const firstIsHead =
    (end === best.strong && !bothEdges && fewerTextLinesThan(lines, firstText, first.line, edgeLines, (i) => overNumbers.has(repeatKey(text(i))))) ||
    (end === best.weak &&
      first.ordinal === 1 &&
      fewerTextLinesThan(lines, firstText, first.line, edgeLines) &&
      tail > heads.minTail * perPage &&
      shortSteps <= heads.maxShortStepShare * steps.length);
  // Front matter numbered in roman numerals that the body's numbering goes on from (`- XXXV -`,
  // then `- 1 -`): when the body's last number is the text's last line, it closes the last page,
  // and so every number closes its page (short cover pages make the lead say nothing).
  const body = !continues && furniture[last.line]?.roman ? restartedRun(lines, furniture, last, minLength, maxStep) : [];
  const bodyEndsText = body.length > 0 && body[body.length - 1]!.line === lastTextLine(lines);
  // (A short front matter, a cover and blank backs, makes the lead say little, and back matter
  // after the last foot the tail: running heads that follow every number but the last are the
  // next pages' heads, so the numbers close their pages.)
  const headsFollow = headsFollowAllButLast(lines, text, run, heads.minHeadAfterShare);
  const runningAfter = headsFollow ? keysAfterNumbers(lines, text, run.slice(0, -1)) : new Set<string>();
  const foot =
    !firstIsHead &&
    (bodyEndsText ||
      lastEndsText ||
      ((last.of !== undefined && last.page === last.of) || startsFarIn
        ? tail < 0.5 * perPage || headsFollow
        : (leadLines > (first.ordinal - 1.5) * perPage || headsFollow) && !headsByBothEnds));
  // Feet before the first number that carry the run's words without a number close pages the
  // numbering leaves out (a cover): the run's pages come after them.
  const numberless = foot && !continues ? numberlessFeet(lines, text, run, firstText) : [];
  for (const r of run) r.ordinal += numberless.length;
  // A banner at each page's head and foot: where numbers are missing, its heads open the pages.
  const banner = foot ? pageBanner(lines, text, run) : undefined;
  const headsBetween = (from: number, to: number) => (banner === undefined ? [] : bannerHeads(lines, text, banner, from, to));
  // A second numbering that starts again at 1 after the run (a second exhibit bound in) goes on
  // from it, past the unnumbered pages the banner shows between them (a restart the run already
  // holds, see numberRuns, too).
  const { parts, partOf } = numberingParts(run);
  if (foot && banner !== undefined) {
    let shift = 0;
    for (let p = 1; p < parts.length; p++) {
      const before = parts[p - 1]![parts[p - 1]!.length - 1]!;
      shift += Math.max(0, headsBetween(before.line, parts[p]![0]!.line).length - 1);
      for (const r of parts[p]!) r.ordinal += shift;
    }
  }
  if (foot && !continues) {
    const again = restartedRun(lines, furniture, last, minLength, maxStep);
    if (again.length > 0) {
      const between = Math.max(0, headsBetween(last.line, again[0]!.line).length - 1);
      for (const r of again) run.push({ ...r, ordinal: last.ordinal + between + r.page });
    }
  }
  // Where each numbered page starts: after the furniture run holding a foot, at the one holding a head.
  // (`part`: the numbers of the part whose first head opens this page, when a numbering starts again there.)
  const known: { line: number; page: number; part?: readonly Numbered[] | undefined }[] = [];
  // A running foot set after the number (`3`, then the report's title and date) stays on its page.
  // (A banner at each head and foot is read by its own rule.)
  const footAfter = foot && banner === undefined ? footLinesAfterNumber(lines, text, isFurniture, run) : [];
  const afterFoot = (line: number) => {
    let j = line + 1;
    while (j < lines.count && isFurniture(j)) j++;
    return pastFootLines(lines, text, isFurniture, j, footAfter);
  };
  // Missing pages are placed past whole feet, their own lines too.
  const footKeys = new Set(footAfter);
  const inFoot = (i: number) => isFurniture(i) || (footKeys.size > 0 && footKeys.has(repeatKey(text(i))));
  // The first line past the short cell-like lines after each foot (a table page's title), by
  // text (digits aside): one that stands there on several pages opens pages.
  const opener = new Map<string, number>();
  const pastCells = (from: number) => firstPastCells(lines, text, from, from + perPage);
  // The short lines themselves, when a line of words among them stands there after other feet
  // too (`1`, `a`, then a motto), are the next page's head, not a table's last cells: each page's cells differ.
  const shortLines = new Map<string, number>();
  const shortKeys = (from: number, to: number) => {
    const keys = new Set<string>();
    for (let i = from; i < to; i++) if (!lines.blank[i] && /\p{L}{2}/u.test(text(i))) keys.add(repeatKey(text(i)));
    return keys;
  };
  if (foot) {
    for (const r of run) {
      const from = afterFoot(r.line);
      const h = pastCells(from);
      if (h >= 0) opener.set(repeatKey(text(h)), (opener.get(repeatKey(text(h))) ?? 0) + 1);
      if (h > from) for (const key of shortKeys(from, h)) shortLines.set(key, (shortLines.get(key) ?? 0) + 1);
    }
  }
  const headPastFoot = (from: number, h: number) => [...shortKeys(from, h)].some((key) => shortLines.get(key)! >= openerMinPages);
  // (Each part of a numbering that starts again has its own running title: a report's, then its tables'.)
  const headTitles = foot ? [] : parts.map((part) => runningTitle(lines, text, part));
  // The head most feet are followed by (a document symbol), and where the next one stands.
  const nextHead = foot ? headAfterFeet(lines, text, furniture, run.map((r) => r.line)) : undefined;
  const columnFoot = layout().pageEvidence.columnFoot;
  const nextHeadAt = (from: number) => {
    for (let h = from; nextHead !== undefined && h < lines.count && h - from < perPage; h++) if (!lines.blank[h] && furniture[h]?.anywhere && repeatKey(text(h)) === nextHead) return h;
    return -1;
  };
  // The head that stands once, and only once, between a foot and the next: the next page's, however
  // far on (a table page read column by column sets its number among its cells), or -1.
  const onlyHeadBetween = (from: number, to: number) => {
    let at = -1;
    for (let h = from + 1; nextHead !== undefined && h < to; h++) {
      if (lines.blank[h] || !furniture[h]?.anywhere || repeatKey(text(h)) !== nextHead) continue;
      if (at >= 0) return -1;
      at = h;
    }
    return at;
  };
  // A mirrored foot split by two columns: where the pages whose number pdftotext set after the left column end.
  const splitEnds = foot ? splitFootEnds(lines, text, furniture, run) : [];
  // Without a head that opens pages: the foot's numberless part (a job number) that closes them.
  const closer = foot && nextHead === undefined ? footCloser(lines, text, furniture, run) : undefined;
  // A numberless foot on every page too, which pdftotext sets before or after the number: the later closes the page.
  const pairedEnds = foot && !continues ? footBesideNumbers(lines, text, run, afterFoot) : [];
  for (let k = 0; k < run.length; k++) {
    const r = run[k]!;
    if (foot) {
      if (k === run.length - 1 && r.of === r.page) break;
      let j = afterFoot(r.line);
      // (The right column runs on to the foot's last part, which closes the page.)
      if (pairedEnds[k] !== undefined && pairedEnds[k]! > r.line) {
        j = afterFoot(pairedEnds[k]!);
        if (j < lines.count) known.push({ line: j, page: r.ordinal + 1 });
        continue;
      }
      if (splitEnds[k] !== undefined && splitEnds[k]! >= 0) {
        j = afterFoot(splitEnds[k]!);
        if (j < lines.count) known.push({ line: j, page: r.ordinal + 1 });
        continue;
      }
      // Extraction may set a page's footnotes after its foot (the rule above them stands just
      // before the foot): then the next page opens at its head (a document symbol) a little further down.
      for (let h = j + 1; notesFollow(lines, text, r.line) && h < lines.count && h - j < perPage / 2; h++) {
        if (furniture[h]?.anywhere && furniture[h]?.page === undefined) {
          j = h;
          break;
        }
      }
      // A two-column page whose number pdftotext set after the left column: the right column runs
      // on past it, and the next page opens at the head that follows most feet.
      // (Not where the page's footnotes follow its foot: they were placed above.)
      const atHead = nextHead === undefined || notesFollow(lines, text, r.line) || repeatKey(text(nextLine(lines, r.line))) === nextHead;
      if (!atHead) {
        const nextFoot = run[k + 1]?.line ?? lines.count;
        // (A head alone between two feet opens the next page wherever it stands, if text follows it
        // before that foot: a head set right over the number is the last page's, after its text.)
        const alone = k + 1 < run.length ? onlyHeadBetween(r.line, nextFoot) : -1;
        const only = alone >= 0 && afterFoot(alone - 1) < nextFoot ? alone : -1;
        const at = only >= 0 ? only : nextHeadAt(j);
        // (The rest is less than the next page's text: a short page set before its head is a page.)
        if (at > j && at < nextFoot && (only >= 0 || (at - j <= columnFoot.maxRest * perPage && nextFoot - at > at - j))) j = afterFoot(at - 1);
        // The last page's right column, closed by its furniture (a job number), opens no page.
        else if (k === run.length - 1 && columnRestEnds(lines, j, furniture, perPage)) break;
      }
      // A number set mid-page (after the left column) that text follows: the right column runs on
      // to the foot's numberless part (a job number), which closes the page.
      if (closer !== undefined && j < lines.count && furniture[j] === undefined && !notesFollow(lines, text, r.line)) {
        const nextFoot = run[k + 1]?.line ?? lines.count;
        const c = closerAt(lines, text, furniture, closer, j, Math.min(nextFoot, j + columnFoot.maxRest * perPage));
        if (c >= 0 && nextFoot - c > c - j) j = afterFoot(c);
      }
      // pdftotext may set a table page's number before the table's last cells: then the next
      // page opens at the line that opens other pages, past those cells.
      // (Not when the head that opens pages follows the foot: the next page opens there.)
      // (Nor when the running head that follows the other feet follows this one: it opens the page.)
      const after = repeatKey(text(nextLine(lines, r.line)));
      const headFollows = (nextHead !== undefined && after === nextHead) || (headsFollow && runningAfter.has(after));
      const h = headFollows ? -1 : pastCells(j);
      if (h > j && headPastFoot(j, h)) {
        // (The page opens at them.)
      } else if (h > j && (opener.get(repeatKey(text(h))) ?? 0) >= openerMinPages) j = h;
      // Without such a title: the table's last column, as many cells as the column above the foot.
      else if (!headFollows) j = Math.max(j, lastColumnAfterFoot(lines, text, r.line, j));
      if (j < lines.count) known.push({ line: j, page: r.ordinal + 1 });
    } else {
      let j = r.line;
      while (j - 1 >= firstText && isFurniture(j - 1)) j--;
      // The running title that opens the pages, nearest above the number (which pdftotext may
      // set further down the page).
      const limit = Math.max(firstText, r.line - perPage / 2, known[known.length - 1]?.line ?? 0);
      const headTitle = headTitles[partOf[k]!];
      for (let t = j - 1; headTitle !== undefined && t >= limit && t > (known[known.length - 1]?.line ?? -1); t--) {
        if (!lines.blank[t] && repeatKey(text(t)) === headTitle) {
          j = t;
          break;
        }
      }
      // (The first number's head, standing among the text's first lines, is page 1's own; so is a
      // `1` that heads read by both ends place under a quarter page in, past a title block.)
      if (j > firstText && !(k === 0 && (firstIsHead || (headsByBothEnds && r.ordinal === 1)))) known.push({ line: j, page: r.ordinal, part: k > 0 && partOf[k] !== partOf[k - 1] ? parts[partOf[k]!] : undefined });
    }
  }
  if (known.length === 0) return undefined;
  const starts: number[] = [];
  // Front matter numbered apart (`- vi -` before `- 1-1 -`): each of its page numbers closes a page too.
  // (A number among the first lines under the running head that follows the feet, `Pág. 1`, is
  // that page's head in the numbering of what it prints, not a front page's foot.)
  const underHead = (i: number) => runningAfter.size > 0 && keyedAbove(lines, text, runningAfter, i, layout().pageFurniture.edgeLines);
  const front = foot && !continues && numberless.length === 0 ? frontMatterEnds(lines, furniture, inFoot, first, known[0]!.line, underHead) : [];
  // Pages before the first number, and pages a number skipped, start at furniture lines (a print
  // job number, a document symbol) near where evenly cut pages would start.
  const lead = known[0]!.page - 2 - front.length;
  // More pages missing before the first number than a cover makes (its own number glued to a word,
  // or none printed) are placed too when that number stands where its page is: about p pages
  // down for a foot of page p, p - 1 for a head (`pageEvidence.footerRun.leadAgreement` of a page).
  const standsAtItsPage = Math.abs(leadLines - (foot ? first.ordinal : first.ordinal - 1) * perPage) <= leadAgreement * perPage;
  // Unnumbered pages before the front matter (a cover, a summary page): its first number says how
  // many pages precede it (`Page iii` first: two), or, numbered from i, how far down the text it stands.
  const frontLead = front.length > 0 ? pagesBeforeFront(furniture, first, front[0]!, firstText, perPage) : 0;
  if (frontLead > 0) starts.push(...placeMissing(lines, inFoot, furniture, firstText, front[0]!, frontLead + 1).slice(0, frontLead));
  starts.push(...front);
  // A cover and its back before the title page stand outside the printed numbering.
  const blockCover = !continues && front.length === 0 && numberless.length === 0 ? coverStarts(lines, text, (i) => furniture[i], firstText, first.line, perPage) : [];
  // Numbering that starts far in (proceedings, `1093`) says nothing of the pages before it: a
  // cover there shows by its title standing again on the title page.
  const titleCover = startsFarIn && !continues && front.length === 0 && numberless.length === 0 && blockCover.length === 0 ? titleAgain(lines, text, firstText, first.line) : undefined;
  const cover = titleCover === undefined ? blockCover : [titleCover];
  const coverOutside =
    foot && !continues && front.length === 0 && numberless.length === 0 && blockCover.length === 0 && lead > maxMissingLead && !standsAtItsPage
      ? pagesOutsideNumbering(lines, text, firstText, first.line, known[0]!.line, lead, last.ordinal)
      : 0;
  const leadHeads = !continues && front.length === 0 ? headsBetween(firstText, first.line) : [];
  // (Only contents that run to the first number, no sentence closing before it: contents under a
  // title block and a summary share page 1 with them.)
  const leadContentsTitle = !continues && front.length === 0 && lead >= 1 && lead <= maxMissingLead ? contentsTitle(lines, text, firstText, first.line) : -1;
  const leadContents = leadContentsTitle >= 0 && !sentenceEndsBetween(lines, text, leadContentsTitle, first.line) ? leadContentsTitle : -1;
  const leadKeyed = !continues && front.length === 0 && runningAfter.size > 0 ? linesKeyed(lines, text, runningAfter, firstText, first.line) : [];
  const { minLeadPages } = layout().pageEvidence.contentsPage;
  const contentsAt =
    foot && !continues && lead === 0 && front.length === 0 && cover.length === 0 && known[0]!.line - firstText > minLeadPages * perPage ? contentsTitle(lines, text, firstText + 1, first.line) : -1;
  // (The contents run to that foot: no sentence of the text they list closes before it, as on
  // a first page that holds a title block, the contents and the first lines of that text.)
  const contentsOnFirstPage = contentsAt >= 0 && !sentenceEndsBetween(lines, text, contentsAt, first.line) ? contentsAt : -1;
  if (numberless.length > 0) {
    const opened = numberless.map(afterFoot).filter((j) => j < known[0]!.line);
    starts.push(...opened, ...placeMissing(lines, inFoot, furniture, opened[opened.length - 1] ?? firstText, known[0]!.line, lead - opened.length));
  }
  else if (cover.length === 0 && leadHeads.length > Math.max(0, lead)) starts.push(...leadHeads);
  // (The text before page 2 holds the contents page and page 1, and a cover before them: at most
  // a page's lines, and the contents stand on page 1 itself.)
  else if (contents !== undefined && front.length === 0 && cover.length === 0 && lead >= 0 && lead <= maxMissingLead && contents.body < known[0]!.line && known[0]!.line - firstText > layout().pageEvidence.contentsPage.minLeadPages * perPage) {
    if (contents.title > firstText) starts.push(contents.title);
    starts.push(contents.body, ...placeMissing(lines, inFoot, furniture, contents.body, known[0]!.line, lead));
  }
  // A cover whose first line stands again on a title page before the numbering (`pageEvidence.cover`):
  // the numbering starts at the title page and the cover with its back stands outside it, so the
  // first number (page p) has p - 1 numbered pages and the cover's before it, however little text
  // they hold (blank pages leave none), when the text before it holds enough lines for them.
  // (The first number's own page opens about a page above its foot, at a paragraph's start.)
  else if (coverOutside > 0) {
    const own = pageAboveFoot(lines, firstText, first.line, perPage);
    starts.push(...placeMissing(lines, inFoot, furniture, firstText, own, lead + coverOutside - 1), own);
  }
  else if (titleCover !== undefined) starts.push(titleCover);
  // A contents page that the first number closes (`1` at its foot) after a cover: the contents
  // open their page at their title, and the cover before it stands outside the printed numbering
  // (only when the text before page 2 is longer than `contentsPage.minLeadPages` pages, as above).
  else if (contentsOnFirstPage >= 0) starts.push(contentsOnFirstPage);
  else if (cover.length > 0 && lead >= 0 && lead <= maxMissingLead) {
    starts.push(...cover, ...placeMissing(lines, inFoot, furniture, cover[cover.length - 1]!, known[0]!.line, lead));
  }
  // (A window of a long document goes on from the page before it: its first page is that page.)
  // The running head that follows the feet opens the pages before the first number too, where it
  // stands once for each of them (page 1, which the text opens, has its own head).
  else if (!continues && lead >= 1 && lead <= maxMissingLead && runningAfter.size > 0 && linesKeyed(lines, text, runningAfter, firstText, first.line).length === lead) {
    starts.unshift(...linesKeyed(lines, text, runningAfter, firstText, first.line));
  }
  // Where more pages are missing, or it stands before fewer of them (a cover and a notice print no
  // head), its lines open their pages and the pages left over, at most `maxMissingLead`, come before its first.
  else if (!continues && lead >= 1 && runningAfter.size > 0 && leadKeyed.length > 0 && leadKeyed.length <= lead && lead - leadKeyed.length <= maxMissingLead) {
    starts.unshift(...placeMissing(lines, inFoot, furniture, firstText, leadKeyed[0]!, lead - leadKeyed.length), ...leadKeyed);
  }
  // A contents list opens its page at its title: the pages left over before it, a cover, come first.
  else if (leadContents > firstText) starts.unshift(...placeMissing(lines, inFoot, furniture, firstText, leadContents, lead - 1), leadContents);
  // (A number that gives the page count, `Página 4 de 29`, counts the pages before it itself, however many lines they hold.)
  else if (!continues && lead >= 1 && (lead <= maxMissingLead || standsAtItsPage || first.of !== undefined)) starts.unshift(...placeMissing(lines, inFoot, furniture, firstText, front[0] ?? known[0]!.line, lead));
  // A cover prints no running head: where nothing opened a page before the first foot, the head
  // that follows the feet, standing there once with text above it, opens the first foot's page
  // (the cover before it is a page of its own). Not when the text opens with that head (page 1
  // has its own), nor when the lines over it are no cover's (see coverOverHead). (A page's first
  // line of prose that repeats but for its digits, `Part 2 opens here. The…`, is no head.)
  const firstFoot = front[0] ?? known[0]!.line;
  if (!continues && runningAfter.size > 0 && !runningAfter.has(repeatKey(text(firstText))) && !starts.some((s) => s < firstFoot)) {
    const heads = linesKeyed(lines, text, runningAfter, firstText, firstFoot);
    if (heads.length === 1 && isHeadLine(text(heads[0]!)) && coverOverHead(lines, text, firstText, heads[0]!, perPage)) starts.unshift(heads[0]!);
  }
  for (let k = 0; k < known.length; k++) {
    if (k > 0) {
      const missing = known[k]!.page - known[k - 1]!.page - 1;
      const heads = missing > 0 ? headsBetween(known[k - 1]!.line, known[k]!.line) : [];
      // (A part's unnumbered title page before its first head opens at the part's name.)
      const part = known[k]!.part;
      const title = missing > 0 && part !== undefined ? partTitleLine(lines, text, part, known[k - 1]!.line, known[k]!.line, perPage) : -1;
      if (missing > 0 && heads.length >= missing) starts.push(...heads.slice(heads.length - missing));
      else if (title >= 0) starts.push(...placeMissing(lines, inFoot, furniture, known[k - 1]!.line, title, missing - 1), title);
      else if (missing > 0) starts.push(...placeMissing(lines, inFoot, furniture, known[k - 1]!.line, known[k]!.line, missing));
    }
    starts.push(known[k]!.line);
  }
  return { starts, numberLines: run.map((r) => r.line) };
}

type RunNode = Numbered & { len: number; prev: number };

/**
 * The run's first number, nothing before it to chain it, is the first line of its number that
 * ties for it (a contents entry's `1` over page 1's foot `1`): of the lines that print that
 * number in that series before the second number, the one that stands nearest to where the run's
 * spacing puts it (its lines per page, the median step from the second number on, before the
 * second). A head's `1` atop page 1 stays: a later `1` stands farther from where page 1 opens.
 */
function anchorFirstNumber(
  lines: LineGrid,
  text: LineText,
  furnitureAt: (i: number) => Furniture | undefined,
  run: Numbered[],
  skip: ReadonlySet<number>,
): Numbered[] {
  if (run.length < 3) return run;
  const [first, second] = run as [Numbered, Numbered];
  const steps: number[] = [];
  for (let k = 2; k < run.length; k++) steps.push((run[k]!.line - run[k - 1]!.line) / (run[k]!.ordinal - run[k - 1]!.ordinal));
  steps.sort((a, b) => a - b);
  const want = second.line - steps[steps.length >> 1]! * (second.ordinal - first.ordinal);
  const { minLinesApart } = layout().pageEvidence.footerRun;
  let best = first.line;
  for (let i = first.line + 1; i < second.line; i++) {
    if (lines.blank[i] || skip.has(i) || Math.abs(i - want) >= Math.abs(best - want)) continue;
    const f = furnitureAt(i);
    if (f?.page !== first.page || f.series !== first.series || (f.chapter ?? "") !== first.chapter) continue;
    // (A bare number stands a page from the next, apart from any column of figures, as in the run.)
    if (!f.anywhere && (second.line - i < minLinesApart || figuresInColumn(lines, text, i - 1, i) || figuresInColumn(lines, text, i + 1, i))) continue;
    best = i;
  }
  return best === first.line ? run : [{ ...first, line: best }, ...run.slice(1)];
}

/** The text lines strictly between two lines (called on lines fewer than `minLinesApart` apart: a bounded count). */
function linesBetween(lines: LineGrid, from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to; k++) n += lines.blank[k] ? 0 : 1;
  return n;
}

/**
 * Margin line numbers set on lines of their own (`pageEvidence.lineNumbers`): bare numbers that
 * climb one by one, each fewer than `footerRun.minLinesApart` lines after the one before, in
 * chains of at least `minChain`, with at most `maxLinesBetween` other lines between two (a slide
 * deck's numbers stand a few lines apart too, over a slide's lines). Page numbers stand a page
 * apart; numbered lines stand a line or two apart. (One pass down the text, one back: linear.)
 */
export function marginLineNumbers(lines: LineGrid, furnitureAt: (i: number) => Furniture | undefined): Set<number> {
  const { minLinesApart } = layout().pageEvidence.footerRun;
  const { minChain, maxLinesBetween } = layout().pageEvidence.lineNumbers;
  const nodes: { line: number; len: number; prev: number }[] = [];
  // The latest bare number of each value, as a node.
  const latest = new Map<number, number>();
  for (let i = 0; i < lines.count; i++) {
    if (lines.blank[i]) continue;
    const f = furnitureAt(i);
    if (f?.page === undefined || f.anywhere || f.titled || f.chapter !== undefined || f.of !== undefined) continue;
    const p = latest.get(f.page - 1);
    const linked = p !== undefined && i - nodes[p]!.line < minLinesApart && linesBetween(lines, nodes[p]!.line, i) <= maxLinesBetween;
    nodes.push({ line: i, len: linked ? nodes[p]!.len + 1 : 1, prev: linked ? p : -1 });
    latest.set(f.page, nodes.length - 1);
  }
  // Back up the text: a node is in a long chain when its own chain is long by now or a later member's is.
  const member = new Uint8Array(nodes.length);
  const out = new Set<number>();
  for (let k = nodes.length - 1; k >= 0; k--) {
    const n = nodes[k]!;
    if (n.len < minChain && !member[k]) continue;
    out.add(n.line);
    if (n.prev >= 0) member[n.prev] = 1;
  }
  return out;
}

/**
 * The runs of numbered furniture down the text, lines in `skip` left out: each node the longest
 * run ending there (`prev` links it), and the best run's end of numbers no text line looks like
 * (`2/16`, strong) and of bare numbers (`12`, weak).
 */
function numberRuns(
  lines: LineGrid,
  text: LineText,
  furnitureAt: (i: number) => Furniture | undefined,
  skip: ReadonlySet<number>,
): { furniture: (Furniture | undefined)[]; nodes: RunNode[]; best: { strong: number; weak: number } } {
  const { maxStep, minLinesApart, minLength } = layout().pageEvidence.footerRun;
  const furniture: (Furniture | undefined)[] = new Array(lines.count);
  const nodes: RunNode[] = [];
  const bestBySeries = new Map<string, Map<string, number>>();
  // Per series, the two longest runs that end in different chapters: where a new chapter's pages follow on.
  const chapterEnds = new Map<string, number[]>();
  // Per series, the longest run so far of numbers no text line looks like: where a restarted numbering goes on.
  const longestStrong = new Map<string, number>();
  // The best run of furniture no text line looks like (`2/16`), and of bare numbers (`12`).
  const best = { strong: -1, weak: -1 };
  for (let i = 0; i < lines.count; i++) {
    if (lines.blank[i]) continue;
    const f = furnitureAt(i);
    // A title with a number far from it is furniture only if its number joins the run (below).
    furniture[i] = f?.titled ? undefined : f;
    if (f?.page === undefined || skip.has(i)) continue;
    // A bare number set right against a line of figures in its column (no blank line between) is
    // a table's cell, not a page number: pdftotext sets a page number apart.
    if (!f.anywhere && (figuresInColumn(lines, text, i - 1, i) || figuresInColumn(lines, text, i + 1, i))) continue;
    const byPage = bestBySeries.get(f.series) ?? new Map<string, number>();
    bestBySeries.set(f.series, byPage);
    const chapter = f.chapter ?? "";
    let prev = -1;
    let gap = 0;
    const consider = (p: number | undefined, missing: number) => {
      // Bare numbers must stand a page apart (a table's row numbers climb too); `3/16` need not.
      if (p === undefined || (!f.anywhere && i - nodes[p]!.line < minLinesApart)) return;
      if (prev < 0 || nodes[p]!.len > nodes[prev]!.len) {
        prev = p;
        gap = missing;
      }
    };
    for (let step = 1; step <= maxStep; step++) consider(byPage.get(`${chapter}:${f.page - step}`), step - 1);
    // A chapter's first pages (`IV-1`) go on from the last numbered page of another chapter.
    const ends = chapterEnds.get(f.series) ?? [];
    if (f.chapter !== undefined && f.page <= maxStep) for (const e of ends) if (nodes[e]!.chapter !== chapter) consider(e, f.page - 1);
    // A numbering that starts again (`Page 1`, or `Page 2` under an unnumbered title page) in a
    // form no text line takes is a part bound in after the run so far (a report, then its data
    // tables): it goes on from that run, when the run is one (`minLength`) and got past this number.
    const before = f.anywhere && f.chapter === undefined && f.page <= maxStep ? longestStrong.get(f.series) : undefined;
    if (before !== undefined && nodes[before]!.len >= minLength && nodes[before]!.page >= f.page) consider(before, f.page - 1);
    const ordinal = prev < 0 ? f.page : nodes[prev]!.ordinal + 1 + gap;
    const node = { line: i, page: f.page, of: f.of, series: f.series, chapter, ordinal, len: prev < 0 ? 1 : nodes[prev]!.len + 1, prev };
    const key = `${chapter}:${f.page}`;
    const held = byPage.get(key);
    if (held !== undefined && nodes[held]!.len >= node.len) continue;
    nodes.push(node);
    const at = nodes.length - 1;
    byPage.set(key, at);
    if (f.chapter !== undefined) chapterEnds.set(f.series, keepChapterEnds(nodes, ends, at));
    const longest = longestStrong.get(f.series);
    if (f.anywhere && f.chapter === undefined && (longest === undefined || node.len > nodes[longest]!.len)) longestStrong.set(f.series, at);
    const kind = f.anywhere ? "strong" : "weak";
    if (best[kind] < 0 || node.len > nodes[best[kind]]!.len) best[kind] = at;
  }
  return { furniture, nodes, best };
}

/**
 * A contents page in the text before the first page number (`pageEvidence.contentsPage`): its
 * title line, and the first line after its entries (past its own roman page number), where page 1
 * opens, when its first entry is page 1; else undefined.
 */
function contentsBeforeBody(lines: LineGrid, text: LineText, from: number, to: number): { title: number; body: number } | undefined {
  const contents = contentsList(lines, text, from, to);
  if (contents === undefined || Number(/(\d+)\s*$/.exec(text(contents.first))?.[1]) !== 1) return undefined;
  let body = nextLine(lines, contents.last);
  if (body < to && /^[ivxlc]{1,6}$/iu.test(text(body).trim())) body = nextLine(lines, body);
  return body < to ? { title: contents.title, body } : undefined;
}

/**
 * The first contents title alone on a line between `from` and `to` (`pageEvidence.contentsPage`)
 * and its entries' first and last lines, or undefined (no title, or no entry after it).
 */
function contentsList(lines: LineGrid, text: LineText, from: number, to: number): { title: number; first: number; last: number } | undefined {
  const { maxHeadLines, maxGapLines } = layout().pageEvidence.contentsPage;
  const i = contentsTitle(lines, text, from, to);
  if (i >= 0) {
    // The entries: past a column head or two (`Page`), each within a few other lines of the one before.
    let first = -1;
    let last = -1;
    for (let j = i + 1, gap = 0; j < to; j++) {
      if (lines.blank[j]) continue;
      if (isContentsEntry(text(j))) {
        if (first < 0) first = j;
        last = j;
        gap = 0;
      } else if (++gap > (first < 0 ? maxHeadLines : maxGapLines)) break;
    }
    return first < 0 ? undefined : { title: i, first, last };
  }
  return undefined;
}

/** Whether a line strictly between `from` and `to` closes a sentence (a word, then `.`, `!` or `?`; not a dot leader). */
function sentenceEndsBetween(lines: LineGrid, text: LineText, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (!lines.blank[i] && /\p{L}[.!?]["”’)]?$/u.test(text(i))) return true;
  return false;
}

/** The first line between `from` and `to` that is a contents title alone (`Contents`, `Índice`; case and accents aside), or -1. */
function contentsTitle(lines: LineGrid, text: LineText, from: number, to: number): number {
  const fold = (t: string) => t.trim().toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ");
  const wanted = new Set(layout().pageEvidence.contentsPage.titles.map(fold));
  for (let i = from; i < to; i++) if (!lines.blank[i] && wanted.has(fold(text(i)))) return i;
  return -1;
}

/**
 * The lines of a running foot that the extracted text sets after the page number
 * (`pageEvidence.footLines`): the short lines the text ends with after its last number, as repeat
 * keys, when the same lines follow at least `minShare` of the run's other numbers; else none.
 */
function footLinesAfterNumber(lines: LineGrid, text: LineText, isFurniture: (i: number) => boolean, run: readonly Numbered[]): string[] {
  const { edgeLines, maxLength } = layout().pageFurniture;
  const { minShare } = layout().pageEvidence.footLines;
  if (run.length < 2) return [];
  const keys: string[] = [];
  for (let i = run[run.length - 1]!.line + 1; i < lines.count; i++) {
    if (isFurniture(i)) continue;
    // (The gaps a layout-preserving extraction sets between a foot's parts are not its length.)
    const t = text(i).replace(/\s+/g, " ");
    if (keys.length >= edgeLines || t.length > maxLength || !/\p{L}/u.test(t)) return [];
    keys.push(repeatKey(t));
  }
  if (keys.length === 0) return [];
  let followed = 0;
  for (let k = 0; k < run.length - 1; k++) {
    let j = run[k]!.line + 1;
    while (j < lines.count && isFurniture(j)) j++;
    if (pastFootLines(lines, text, isFurniture, j, keys) > j) followed++;
  }
  return followed >= minShare * (run.length - 1) ? keys : [];
}

/**
 * Lines before the run's first number (from `from`) that read as the run's feet with their number
 * left out (`Edição 136 - Página` above `Edição 136 - Página 1`): the words most of the run's
 * lines share, a number aside, with letters in them (a bare page number has no words to repeat);
 * or, for a number alone on its line, the words that stand right above most of the run's numbers
 * (`Congressional Research Service`, then `3`) and seldom elsewhere on the numbered pages
 * (`pageEvidence.footLines.maxElsewhereAbove`), standing where no number follows them.
 */
function numberlessFeet(lines: LineGrid, text: LineText, run: readonly Numbered[], from: number): number[] {
  const { maxLength, edgeLines } = layout().pageFurniture;
  const count = new Map<string, number>();
  const aboveCount = new Map<string, number>();
  const aboveLines = new Set<number>();
  const footWords = (t: string) => t.trim().length <= maxLength && !/\d\s*$/.test(t) && /\p{L}{2}/u.test(t);
  // The text line above a number, blank lines aside (at most a page edge's lines up).
  const lineAbove = (line: number) => {
    for (let i = line - 1; i >= 0 && line - i <= edgeLines; i--) if (!lines.blank[i]) return i;
    return -1;
  };
  for (const r of run) {
    const key = repeatKey(text(r.line));
    if (key.endsWith("#")) count.set(key.slice(0, -1), (count.get(key.slice(0, -1)) ?? 0) + 1);
    const above = lineAbove(r.line);
    if (key === "#" && above >= 0 && footWords(text(above))) {
      aboveCount.set(repeatKey(text(above)), (aboveCount.get(repeatKey(text(above))) ?? 0) + 1);
      aboveLines.add(above);
    }
  }
  const shared = (counts: Map<string, number>) => {
    let words = "";
    for (const [key, n] of counts) if (2 * n > run.length && /\p{L}{2}/u.test(key)) words = key;
    return words;
  };
  const words = shared(count);
  let aboveWords = words === "" ? shared(aboveCount) : "";
  // (A running title that also heads each page, or a line every page ends with, stands as often elsewhere.)
  let elsewhere = 0;
  for (let i = run[0]!.line; aboveWords !== "" && i < lines.count; i++) if (!aboveLines.has(i) && !lines.blank[i] && repeatKey(text(i)) === aboveWords) elsewhere++;
  if (elsewhere > layout().pageEvidence.footLines.maxElsewhereAbove * (aboveCount.get(aboveWords) ?? 0)) aboveWords = "";
  if (words === "" && aboveWords === "") return [];
  const firstFoot = lineAbove(run[0]!.line);
  const out: number[] = [];
  for (let i = from; i < run[0]!.line; i++) {
    const t = text(i);
    if (lines.blank[i] || !footWords(t)) continue;
    if (repeatKey(t) === words || (repeatKey(t) === aboveWords && i !== firstFoot)) out.push(i);
  }
  return out;
}

/**
 * The title page after a cover, when the text's first line (a title of a few words, at most
 * `cover.maxLineLength` characters) stands once more, alone on its line, before the first page
 * number (`to`) and nowhere else in the text: that line; else undefined.
 */
function titleAgain(lines: LineGrid, text: LineText, from: number, to: number): number | undefined {
  const { maxLineLength, minBlockLines } = layout().pageEvidence.cover;
  const key = (i: number) => text(i).trim().replace(/\s+/g, " ").toLowerCase();
  const title = key(from);
  if (title.length > maxLineLength || !/\p{L}{2,}\s+\p{L}{2,}/u.test(title) || furnitureOf(title) !== undefined) return undefined;
  let again: number | undefined;
  for (let i = from + minBlockLines; i < lines.count; i++) {
    if (lines.blank[i] || key(i) !== title) continue;
    if (again !== undefined || i >= to) return undefined;
    again = i;
  }
  return again;
}

/**
 * The pages a cover with its back adds before a numbering that starts at its title page
 * (`pageEvidence.cover.pages`), when the text's first line (at least `cover.minTitleLength`
 * characters) stands again before the first number at `to`, on fewer than `pageFurniture.repeat.share`
 * of the `numbered` pages in all (a running head stands on most), and the text before the second numbered
 * page (`next`) holds at least `footerRun.minLinesApart` lines for each of the `lead` numbered
 * pages and the cover's; else 0.
 */
function pagesOutsideNumbering(lines: LineGrid, text: LineText, firstText: number, to: number, next: number, lead: number, numbered: number): number {
  const { pages, minTitleLength } = layout().pageEvidence.cover;
  const { minLinesApart } = layout().pageEvidence.footerRun;
  // (A layout-preserving extraction may set a column beside it: `MINISTRY OF DEFENCE      MD-41`.)
  const key = (i: number) => text(i).trim().split(/\s{3,}/)[0]!.replace(/\s+/g, " ").toLowerCase();
  const title = key(firstText);
  if (pages < 1 || title.length < minTitleLength || next - firstText < (lead + pages + 1) * minLinesApart) return 0;
  // (Not a running head, standing on many of the pages: `pageFurniture.repeat.share` of them.)
  let again = false;
  let times = 0;
  for (let i = firstText + 1; i < lines.count; i++) {
    if (lines.blank[i] || key(i) !== title) continue;
    if (i < to) again = true;
    times++;
  }
  return again && times < layout().pageFurniture.repeat.share * numbered ? pages : 0;
}

/** The first line of a paragraph (after a blank line) at least `perPage` lines above a foot at `foot`, and after `from`; else that many lines above it. */
function pageAboveFoot(lines: LineGrid, from: number, foot: number, perPage: number): number {
  const at = Math.max(from + 1, Math.round(foot - perPage));
  for (let i = at; i < foot; i++) if (!lines.blank[i] && lines.blank[i - 1]) return i;
  let i = at;
  while (i < foot && lines.blank[i]) i++;
  return i;
}

/** Past the foot's own lines (`keys`, in order, furniture between them skipped) from line `from`; `from` when they do not stand there. */
function pastFootLines(lines: LineGrid, text: LineText, isFurniture: (i: number) => boolean, from: number, keys: readonly string[]): number {
  let j = from;
  for (const key of keys) {
    if (j >= lines.count || lines.blank[j] || repeatKey(text(j)) !== key) return from;
    j++;
    while (j < lines.count && isFurniture(j)) j++;
  }
  return j;
}

/**
 * The banner a document sets at every page's head and foot (`pageEvidence.banner`): a short line
 * with no figure standing twice right after at least `minShare` of the run's feet, or undefined.
 */
function pageBanner(lines: LineGrid, text: LineText, run: readonly Numbered[]): string | undefined {
  const { minShare } = layout().pageEvidence.banner;
  const { maxLength } = layout().pageFurniture;
  const count = new Map<string, number>();
  for (const r of run) {
    const next: string[] = [];
    for (let i = r.line + 1; i < lines.count && next.length < 2; i++) if (!lines.blank[i]) next.push(text(i).trim());
    const [a, b] = next;
    if (a !== undefined && a === b && a.length <= maxLength && !/\d/.test(a)) count.set(a, (count.get(a) ?? 0) + 1);
  }
  for (const [line, n] of count) if (n >= Math.max(2, minShare * run.length)) return line;
  return undefined;
}

/**
 * Where each numbered page ends when a running foot with no number (`runningKey`) stands on every
 * page beside the number and pdftotext sets the two in either order (a journal's margin numbers
 * read with a column: the number mid-page, the foot at its end, or the foot mid-page and the
 * number at its end): about one foot a number (`runningLine.minPages` at least), never among the
 * text's first `pageFurniture.edgeLines` lines nor that close after a number (a head of the next
 * page). Read down the text, each page holds one number and one foot, and the later closes it;
 * used only when at least `runningLine.minPairedShare` of the pages pair so, each order on at
 * least `runningLine.minOrderShare` of them. For each number, the line that closes its page, or none.
 */
function footBesideNumbers(lines: LineGrid, text: LineText, run: readonly Numbered[], afterFoot: (line: number) => number): number[] {
  const { edgeLines, maxLength } = layout().pageFurniture;
  const { minPages, minPairedShare, minOrderShare } = layout().pageEvidence.runningLine;
  const firstText = firstTextLine(lines);
  const at = new Map<string, number[]>();
  const near = new Set<string>();
  const numberAt = new Map<number, number>(run.map((r, k) => [r.line, k]));
  let textLines = Infinity;
  for (let i = firstText; i < lines.count; i++) {
    if (lines.blank[i]) continue;
    if (numberAt.has(i)) {
      textLines = 0;
      i = afterFoot(i) - 1;
      continue;
    }
    textLines++;
    const key = runningKey(text(i), maxLength);
    if (key === undefined) continue;
    if (textLines <= edgeLines || i < firstText + edgeLines) near.add(key);
    const list = at.get(key) ?? [];
    list.push(i);
    at.set(key, list);
  }
  let feet: number[] | undefined;
  for (const [key, list] of at) {
    if (near.has(key) || list.length < Math.max(minPages, run.length - 1) || list.length > run.length + 1) continue;
    if (feet === undefined || list.length > feet.length) feet = list;
  }
  if (feet === undefined) return [];
  // Down the text: a page closes once it holds a number and a foot, or when a second of either comes.
  const ends = new Array<number>(run.length).fill(-1);
  let page: { number: number; foot: number } = { number: -1, foot: -1 };
  const paired = { footFirst: 0, numberFirst: 0 };
  let f = 0;
  const close = (end: number) => {
    if (page.number >= 0) ends[page.number] = end;
    if (page.number >= 0 && page.foot >= 0) paired[feet[page.foot]! < run[page.number]!.line ? "footFirst" : "numberFirst"]++;
    page = { number: -1, foot: -1 };
  };
  for (let k = 0; k < run.length || f < feet.length; ) {
    const isNumber = k < run.length && (f >= feet.length || run[k]!.line < feet[f]!);
    if (isNumber ? page.number >= 0 : page.foot >= 0) close(page.number >= 0 ? run[page.number]!.line : feet[f - 1]!);
    if (isNumber) page.number = k++;
    else page.foot = f++;
    if (page.number >= 0 && page.foot >= 0) close(Math.max(run[page.number]!.line, feet[page.foot]!));
  }
  if (page.number >= 0 || page.foot >= 0) close(page.number >= 0 ? run[page.number]!.line : -1);
  // (Both orders: a line that always follows the number is the foot's own or the next page's head, read by their rules.)
  const both = Math.min(paired.footFirst, paired.numberFirst) >= minOrderShare * run.length;
  return both && paired.footFirst + paired.numberFirst >= minPairedShare * run.length ? ends : [];
}

/** Whether one of the `n` text lines right above line `i` has a repeat key among `keys`. */
function keyedAbove(lines: LineGrid, text: LineText, keys: ReadonlySet<string>, i: number, n: number): boolean {
  for (let j = i - 1, seen = 0; j >= 0 && seen < n; j--) {
    if (lines.blank[j]) continue;
    if (keys.has(repeatKey(text(j)))) return true;
    seen++;
  }
  return false;
}

/** The lines strictly between `from` and `to` whose repeat key is one of `keys`. */
function linesKeyed(lines: LineGrid, text: LineText, keys: ReadonlySet<string>, from: number, to: number): number[] {
  const at: number[] = [];
  for (let i = from + 1; i < to; i++) if (!lines.blank[i] && keys.has(repeatKey(text(i)))) at.push(i);
  return at;
}

/** The banner's lines strictly between `from` and `to` that open a page: read backwards, every other one (foot, then head). */
function bannerHeads(lines: LineGrid, text: LineText, banner: string, from: number, to: number): number[] {
  const at: number[] = [];
  for (let i = from + 1; i < to; i++) if (!lines.blank[i] && text(i).trim() === banner) at.push(i);
  const heads: number[] = [];
  for (let k = at.length - 1; k >= 0; k -= 2) heads.push(at[k]!);
  return heads.reverse();
}

/**
 * Page numbers of the run's series after its last that start again at 1 and increase (by at most
 * `maxStep`), at least `minLength` of them, of a form no text line takes (`Page 3`); else none.
 */
function restartedRun(
  lines: LineGrid,
  furniture: readonly (Furniture | undefined)[],
  last: Numbered,
  minLength: number,
  maxStep: number,
): Numbered[] {
  const out: Numbered[] = [];
  // Front matter numbered in roman numerals goes on in another numbering (`- XXXV -`, then `- 1 -`).
  const roman = furniture[last.line]?.roman === true;
  for (let i = last.line + 1; i < lines.count; i++) {
    const f = furniture[i];
    const series = out[0]?.series ?? (roman && !f?.roman ? f?.series : last.series);
    // Numbers no text line looks like (`Page 1`): a table's bare figures start again at 1 too.
    if (f?.page === undefined || !f.anywhere || f.series !== series || f.chapter !== undefined) continue;
    const prev = out[out.length - 1];
    const follows = prev === undefined ? f.page === 1 : f.page > prev.page && f.page - prev.page <= maxStep;
    if (follows) out.push({ line: i, page: f.page, of: f.of, series: f.series, chapter: "", ordinal: f.page });
  }
  return out.length >= minLength ? out : [];
}

/**
 * The run cut where its numbering starts again (a part bound in after another, see numberRuns):
 * the parts, and the part of each of the run's numbers.
 */
function numberingParts(run: readonly Numbered[]): { parts: Numbered[][]; partOf: number[] } {
  const parts: Numbered[][] = [];
  const partOf: number[] = [];
  for (let k = 0; k < run.length; k++) {
    const restarts = k > 0 && run[k]!.chapter === "" && run[k - 1]!.chapter === "" && run[k]!.page <= run[k - 1]!.page;
    if (k === 0 || restarts) parts.push([]);
    parts[parts.length - 1]!.push(run[k]!);
    partOf.push(parts.length - 1);
  }
  return { parts, partOf };
}

/**
 * The title page of a part bound in, whose heads number its pages again past that page (`Page 2`
 * first): it carries the part's name, which the part's running head repeats with more after it
 * (`Harbor Tables` on the title page, `Harbor Tables, No. 7` over most of the part's numbers,
 * among the `pageFurniture.edgeLines` lines up to each). The nearest such line above `head`, the
 * part's first page head, within a page and after `from`; or -1.
 */
function partTitleLine(lines: LineGrid, text: LineText, part: readonly Numbered[], from: number, head: number, perPage: number): number {
  const edgeLines = layout().pageFurniture.edgeLines;
  // (By repeat key: the heads' digits and spacing vary from page to page.)
  const counts = new Map<string, number>();
  for (const r of part) {
    const seen = new Set<string>();
    for (let i = r.line, n = 0; i >= 0 && n <= edgeLines; i--) {
      if (lines.blank[i]) continue;
      n++;
      const key = repeatKey(text(i));
      if (!seen.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }
  const names = [...counts].filter(([, n]) => n >= 2 && n >= part.length / 2).map(([name]) => name);
  for (let t = head - 1; t > from && head - t <= perPage; t--) {
    if (lines.blank[t] || !hasTwoWords(text(t))) continue;
    const line = repeatKey(text(t));
    if (names.some((name) => line.length < name.length && name.startsWith(line) && !/[\p{L}#]/u.test(name.charAt(line.length)))) return t;
  }
  return -1;
}

/**
 * A short document's one page number: a foot that gives the page count on the last page (`2/2`,
 * nothing but furniture after it) says the pages before it are there too (at most
 * `maxMissingLead` of them), placed as missing pages are.
 */
function lastPageAlone(lines: LineGrid, furniture: readonly (Furniture | undefined)[], nodes: readonly Numbered[]): { starts: number[]; numberLines: number[] } | undefined {
  const { maxMissingLead } = layout().pageEvidence.footerRun;
  const last = nodes[nodes.length - 1];
  if (last?.of === undefined || last.page !== last.of || last.page < 2 || last.page - 1 > maxMissingLead) return undefined;
  const isFurniture = (i: number) => lines.blank[i] === 1 || furniture[i] !== undefined;
  for (let i = last.line + 1; i < lines.count; i++) if (!isFurniture(i)) return undefined;
  const starts = placeMissing(lines, isFurniture, furniture, firstTextLine(lines), last.line, last.page - 1);
  return starts.length === last.page - 1 ? { starts, numberLines: [last.line] } : undefined;
}

/**
 * Where a cover's pages end, read from the text before the first page number (`pageEvidence.cover`):
 * the same title block twice (a cover, then the title page) says the printed numbering starts at
 * the title page. Returns the start of the cover's back (the furniture line just before the title
 * page, a document symbol, when there is one) and of the title page; none without a repeated block.
 */
function coverStarts(
  lines: LineGrid,
  text: LineText,
  furnitureAt: (i: number) => Furniture | undefined,
  from: number,
  to: number,
  perPage: number,
): number[] {
  const { minBlockLines, maxLineLength, pages } = layout().pageEvidence.cover;
  if (minBlockLines < 1 || pages < 1) return [];
  const seq: number[] = [];
  for (let i = from; i < to; i++) if (!lines.blank[i]) seq.push(i);
  // A line's text, less a symbol that a layout-preserving extraction set beside it (`General Assembly      A/80/36`).
  const key = (i: number) => {
    const columns = text(i).split(/\s{3,}/);
    const own = columns.length === 2 && furnitureOf(columns[1]!) !== undefined ? columns[0]! : text(i);
    return own.toLowerCase().replace(/\s+/g, " ");
  };
  // Title blocks: short lines, none furniture, no line twice (prose and tables repeat lines too).
  const ids: (string | undefined)[] = [];
  const count = new Map<string, number>();
  for (let k = 0; k + minBlockLines <= seq.length; k++) {
    const block = seq.slice(k, k + minBlockLines);
    const keys = block.map(key);
    if (block.some((i) => furnitureAt(i) !== undefined) || keys.some((t) => t.length > maxLineLength) || new Set(keys).size < keys.length) {
      ids.push(undefined);
      continue;
    }
    const id = keys.join("\n");
    ids.push(id);
    count.set(id, (count.get(id) ?? 0) + 1);
  }
  // The cover's block on the text's first page, the same block once more (the title page), nowhere else.
  for (let e = 0; e < ids.length && seq[e]! - from < perPage; e++) {
    const id = ids[e];
    if (id === undefined || count.get(id) !== 2) continue;
    const k = ids.indexOf(id, e + minBlockLines);
    if (k < 0) continue;
    const title = seq[k]!;
    // The cover's back: a run of furniture lines right before the title page, after the cover's block.
    let back = -1;
    for (let j = k - 1; j >= e + minBlockLines && furnitureAt(seq[j]!) !== undefined; j--) back = seq[j]!;
    return pages >= 2 && back >= 0 ? [back, title] : [title];
  }
  return [];
}

/**
 * How many unnumbered pages stand before front matter numbered apart from i, whose first page ends
 * at `firstEnd` (a cover, a summary page): the pages its first foot stands down the text beyond its
 * own (at most `maxMissingLead`).
 */
function pagesBeforeFront(furniture: readonly (Furniture | undefined)[], first: Numbered, firstEnd: number, firstText: number, perPage: number): number {
  const { maxMissingLead } = layout().pageEvidence.footerRun;
  let foot = -1;
  for (let i = firstText; i < firstEnd && foot < 0; i++) {
    const f = furniture[i];
    if (f?.page !== undefined && f.anywhere && f.series !== first.series) foot = i;
  }
  // Numbered from i only: a later first number (`- 3 -` before `- 1-1 -`) is another numbering's page.
  if (foot < 0 || furniture[foot]!.page !== 1) return 0;
  return Math.max(0, Math.min(maxMissingLead, Math.round((foot - firstText) / perPage - 1)));
}

/**
 * Page numbers of another series before the run's first (front matter numbered in roman
 * numerals): the first text line after each, where the next page opens; not those `pageHead` says
 * stand in a page's head.
 */
function frontMatterEnds(
  lines: LineGrid,
  furniture: readonly (Furniture | undefined)[],
  isFurniture: (i: number) => boolean,
  first: Numbered,
  firstStart: number,
  pageHead: (i: number) => boolean,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < first.line; i++) {
    const f = furniture[i];
    if (f?.page === undefined || !f.anywhere || f.series === first.series || pageHead(i)) continue;
    let j = i + 1;
    while (j < first.line && isFurniture(j)) j++;
    if (j < firstStart && j < first.line && j > (out[out.length - 1] ?? 0)) out.push(j);
    i = j - 1;
  }
  return out;
}

/**
 * The first text line from `from` (before `limit`) that is not a short cell-like line (longer
 * than `tableCells.maxLength`, or closing a sentence), or -1.
 */
function firstPastCells(lines: LineGrid, text: LineText, from: number, limit: number): number {
  const { maxLength } = layout().tableCells;
  for (let h = from; h < lines.count && h < limit; h++) {
    if (lines.blank[h]) continue;
    const t = text(h);
    if (t.length > maxLength || /[.!?]["”’)]?$/u.test(t)) return h;
  }
  return -1;
}

/**
 * pdftotext reads a table column by column and may set the page number before the table's last
 * column: when the lines from `from` (right after the foot at `foot`) are a run of short cells set
 * apart by blank lines, exactly as many as the run of cells right above the foot (the column
 * before), they are that column, and the next page opens at the first text line after them.
 * Returns that line, or -1.
 */
function lastColumnAfterFoot(lines: LineGrid, text: LineText, foot: number, from: number): number {
  const { maxLength, minRun } = layout().tableCells;
  const cell = (i: number) => i >= 0 && i < lines.count && !lines.blank[i] && text(i).length <= maxLength && !/[.!?]["”’)]?$/u.test(text(i));
  let i = previousLine(lines, foot);
  let above = 0;
  for (; cell(i); i--) above++;
  if (above < minRun || (i >= 0 && !lines.blank[i])) return -1;
  let j = from;
  let below = 0;
  for (; cell(j); j++) below++;
  if (below !== above || (j < lines.count && !lines.blank[j])) return -1;
  while (j < lines.count && lines.blank[j]) j++;
  return j < lines.count ? j : -1;
}

/**
 * The head that opens every page (a document symbol): a furniture line that follows at least
 * `pageEvidence.columnFoot.minShare` of the feet and stands between every two feet, as its repeat
 * key; undefined when none does.
 */
function headAfterFeet(lines: LineGrid, text: LineText, furniture: readonly (Furniture | undefined)[], feet: readonly number[]): string | undefined {
  const { minShare } = layout().pageEvidence.columnFoot;
  const counts = new Map<string, number>();
  for (const f of feet) {
    const j = nextLine(lines, f);
    if (j < lines.count && furniture[j]?.anywhere && furniture[j]?.page === undefined) counts.set(repeatKey(text(j)), (counts.get(repeatKey(text(j))) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [key, n] of counts) if (n >= minShare * feet.length && n > (counts.get(best ?? "") ?? 0)) best = key;
  if (best === undefined) return undefined;
  for (let k = 1; k < feet.length; k++) {
    let found = false;
    for (let i = feet[k - 1]! + 1; i < feet[k]! && !found; i++) found = !lines.blank[i] && furniture[i]?.anywhere === true && repeatKey(text(i)) === best;
    if (!found) return undefined;
  }
  return best;
}

/**
 * The numberless furniture line (a print job number, `20-00526`) that is a part of the feet of
 * `run` (glued to the number, `20-005263/18`, or the text line right above or below it) on at
 * least `pageEvidence.columnFoot.minCloserShare` of them, as its repeat key; undefined when none is.
 */
function footCloser(lines: LineGrid, text: LineText, furniture: readonly (Furniture | undefined)[], run: readonly Numbered[]): string | undefined {
  const { minCloserShare } = layout().pageEvidence.columnFoot;
  const numberless = (i: number) => i >= 0 && i < lines.count && !lines.blank[i] && furniture[i]?.anywhere === true && furniture[i]?.page === undefined;
  // Each numberless furniture line's text, once: what a foot may have glued to its number.
  const parts = new Map<string, string>();
  for (let i = 0; i < lines.count; i++) if (numberless(i)) parts.set(repeatKey(text(i)), text(i).trim());
  if (parts.size === 0) return undefined;
  const counts = new Map<string, number>();
  for (const r of run) {
    const found = new Set<string>();
    for (const i of [previousLine(lines, r.line), nextLine(lines, r.line)]) if (numberless(i)) found.add(repeatKey(text(i)));
    const foot = text(r.line);
    for (const [key, part] of parts) if (part.length > 0 && foot.includes(part)) found.add(key);
    for (const key of found) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [key, n] of counts) if (n >= minCloserShare * run.length && n > (counts.get(best ?? "") ?? 0)) best = key;
  return best;
}

/** The first line from `from` to before `to` that is the numberless foot part `key`, or -1. */
function closerAt(lines: LineGrid, text: LineText, furniture: readonly (Furniture | undefined)[], key: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!lines.blank[i] && furniture[i]?.anywhere && furniture[i]?.page === undefined && repeatKey(text(i)) === key) return i;
  return -1;
}

/**
 * A mirrored foot that two columns split (`pageEvidence.splitFoot`). A foot with its number at
 * its left edge (`1094   26th Symposium   Association`) is set by pdftotext after the left column,
 * number and title, and its last part (`Association`) after the right column, where the page
 * ends; the facing pages' feet end with their number, the title right above it. When at least
 * `minFeet` feet have the title right after their number (not above it too: a foot followed by
 * the next page's head) and as many have it right above (not after), each
 * of the former's pages ends at the first short line standing alone (a blank line on each side)
 * within `columnFoot.maxRest` of a page (its length read two feet apart) after the title and before the next foot, if that line
 * (digits aside) stands so after at least `minShare` of those feet. Per foot of the run: that
 * line, or -1.
 */
function splitFootEnds(lines: LineGrid, text: LineText, furniture: readonly (Furniture | undefined)[], run: readonly Numbered[]): number[] {
  const { minFeet, minShare } = layout().pageEvidence.splitFoot;
  const { maxLength } = layout().pageFurniture;
  const ends = run.map(() => -1);
  const short = (i: number) => i >= 0 && i < lines.count && !lines.blank[i] && furniture[i]?.page === undefined && text(i).length <= maxLength && /\p{L}/u.test(text(i)) && !/[.,;:!?]$/.test(text(i));
  // The title each foot has right after its number, and right above it: one or the other (a
  // running title on both sides of every number is a foot and the next page's head).
  const keyOf = (j: number) => (short(j) ? repeatKey(text(j)) : undefined);
  const sides = run.map((r) => ({ after: keyOf(nextLine(lines, r.line)), above: keyOf(previousLine(lines, r.line)) }));
  const after = sides.map((s) => (s.after !== s.above ? s.after : undefined));
  const counts = new Map<string, number>();
  for (const key of after) if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  let title: string | undefined;
  for (const [key, n] of counts) if (n >= minFeet && n > (counts.get(title ?? "") ?? 0)) title = key;
  if (title === undefined || sides.filter((s) => s.above === title && s.after !== title).length < minFeet) return ends;
  // Lines per page, read two feet apart (one of each kind: the numbers alternate between mid-page and the page's end).
  const steps: number[] = [];
  for (let k = 2; k < run.length; k++) steps.push((run[k]!.line - run[k - 2]!.line) / (run[k]!.ordinal - run[k - 2]!.ordinal));
  steps.sort((a, b) => a - b);
  const perPage = steps[steps.length >> 1] ?? 0;
  // The short lines standing alone in each such foot's rest of the page.
  const alone = (i: number) => short(i) && (i === 0 || lines.blank[i - 1] === 1) && (i + 1 >= lines.count || lines.blank[i + 1] === 1);
  const rests: { k: number; found: Map<string, number> }[] = [];
  run.forEach((r, k) => {
    if (after[k] !== title) return;
    const from = nextLine(lines, r.line) + 1;
    const to = Math.min(run[k + 1]?.line ?? lines.count, from + layout().pageEvidence.columnFoot.maxRest * perPage);
    const found = new Map<string, number>();
    for (let i = from; i < to; i++) if (alone(i) && !found.has(repeatKey(text(i)))) found.set(repeatKey(text(i)), i);
    rests.push({ k, found });
  });
  const seen = new Map<string, number>();
  for (const { found } of rests) for (const key of found.keys()) seen.set(key, (seen.get(key) ?? 0) + 1);
  let last: string | undefined;
  for (const [key, n] of seen) if (key !== title && n >= minShare * rests.length && n > (seen.get(last ?? "") ?? 0)) last = key;
  if (last === undefined) return ends;
  for (const { k, found } of rests) ends[k] = found.get(last) ?? -1;
  return ends;
}

/**
 * The lines (by `repeatKey`) that stand over several of the numbers of `run`, among the `limit`
 * text lines right above each, and about once a page in the whole text: a banner set over the page
 * numbers (a page's own last lines stand there once; a line of prose that repeats, many times a page).
 */
function linesAboveNumbers(lines: LineGrid, text: LineText, run: readonly Numbered[], limit: number): Set<string> {
  const over = new Map<string, number>();
  for (const r of run) {
    let n = 0;
    for (let i = r.line - 1; i >= 0 && n < limit; i--) {
      if (lines.blank[i]) continue;
      const key = repeatKey(text(i));
      over.set(key, (over.get(key) ?? 0) + 1);
      n++;
    }
  }
  const everywhere = new Map<string, number>();
  for (let i = 0; i < lines.count; i++) {
    if (lines.blank[i]) continue;
    const key = repeatKey(text(i));
    if ((over.get(key) ?? 0) > 1) everywhere.set(key, (everywhere.get(key) ?? 0) + 1);
  }
  // (Twice a page at most: a banner's title may stand once more on a page, in its text or a cover.)
  return new Set([...everywhere].filter(([, times]) => times <= 2 * (run.length + 1)).map(([key]) => key));
}

/**
 * Whether running heads follow the run's numbers as the next pages' heads: right after at least
 * `minShare` of the numbers but the last stands a line (digits aside) that stands right after
 * another number too (alternating heads count), and after the last number none of them does
 * (no page follows it). A head's number set over its running title has that title after the last too.
 */
function keyCounts(keys: readonly (string | undefined)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The lines (repeat keys) that stand right after two or more of the numbers: running heads. */
function keysAfterNumbers(lines: LineGrid, text: LineText, run: readonly Numbered[]): Set<string> {
  const counts = keyCounts(run.map((r) => nextLine(lines, r.line)).map((j) => (j < lines.count ? repeatKey(text(j)) : undefined)));
  return new Set([...counts].filter(([, n]) => n >= 2).map(([key]) => key));
}

/**
 * Whether a run's first number is page 1's head written apart from the rest: it stands among the
 * text's first lines (`pageFurniture.edgeLines`) in words no other number of the run takes, which
 * all share one form (`2/19`, `3/19`), and a running head follows each of those but the last
 * (`heads.minHeadAfterShare`): they are feet, page 1's foot left out.
 */
function pageOneHeadBeforeFeet(lines: LineGrid, text: LineText, run: readonly Numbered[], minRest: number): boolean {
  const [first, ...rest] = run;
  if (first === undefined || first.page !== 1 || rest.length < Math.max(minRest, 3)) return false;
  if (!fewerTextLinesThan(lines, firstTextLine(lines), first.line, layout().pageFurniture.edgeLines)) return false;
  const form = repeatKey(text(rest[0]!.line).trim());
  if (repeatKey(text(first.line).trim()) === form || rest.some((r) => repeatKey(text(r.line).trim()) !== form)) return false;
  return headsFollowAllButLast(lines, text, rest, layout().pageEvidence.heads.minHeadAfterShare);
}

function headsFollowAllButLast(lines: LineGrid, text: LineText, run: readonly Numbered[], minShare: number): boolean {
  if (run.length < 3) return false;
  const after = run.map((r) => {
    const j = nextLine(lines, r.line);
    return j < lines.count ? repeatKey(text(j)) : undefined;
  });
  const counts = keyCounts(after.slice(0, -1));
  // (A bare number after each page number is a margin line's number or a table's figure, no head.)
  const heads = after.slice(0, -1).filter((key) => key !== undefined && key !== "#" && counts.get(key)! >= 2).length;
  const lastKey = after[after.length - 1];
  return heads >= minShare * (run.length - 1) && (lastKey === undefined || !counts.has(lastKey));
}

/**
 * Whether a running title stands right next to most of the run's numbers (`minShare`): the nearest
 * text line over or under the number is a short title (two words or more, no sentence end, at most
 * `pageFurniture.maxLength`) that stands next to another number of the run too (alternating
 * titles count). A table's figures have figures or cells beside them; a page of prose, its text.
 */
function titleNextToNumbers(lines: LineGrid, text: LineText, run: readonly Numbered[], minShare: number): boolean {
  if (run.length < 3) return false;
  const { maxLength } = layout().pageFurniture;
  const titleKey = (i: number) => {
    if (i < 0 || i >= lines.count) return undefined;
    const t = text(i).trim();
    return t.length <= maxLength && /^\p{L}/u.test(t) && !/[.!?;,]["”’)]?$/u.test(t) && hasTwoWords(t) ? repeatKey(t) : undefined;
  };
  const beside = run.map((r) => [titleKey(previousLine(lines, r.line)), titleKey(nextLine(lines, r.line))].filter((k): k is string => k !== undefined));
  const counts = new Map<string, number>();
  for (const keys of beside) for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const titled = beside.filter((keys) => keys.some((key) => counts.get(key)! >= 2)).length;
  return titled >= minShare * run.length;
}

/**
 * Whether fewer than `limit` text lines stand from line `from` up to line `to` (not counting `to`),
 * lines `skip` holds left out; reads at most `limit` of the others.
 */
function fewerTextLinesThan(lines: LineGrid, from: number, to: number, limit: number, skip: (i: number) => boolean = () => false): boolean {
  let n = 0;
  for (let i = from; i < to && n < limit; i++) if (!lines.blank[i] && !skip(i)) n++;
  return n < limit;
}

/** The first text line after line `i` (or the line count). */
function nextLine(lines: LineGrid, i: number): number {
  let j = i + 1;
  while (j < lines.count && lines.blank[j]) j++;
  return j;
}

/** The last text line before line `i` (or -1). */
function previousLine(lines: LineGrid, i: number): number {
  let j = i - 1;
  while (j >= 0 && lines.blank[j]) j--;
  return j;
}

/** The text after the last foot, from `j`, ends less than `columnFoot.maxRest` of a page on, in furniture: that page's right column. */
function columnRestEnds(lines: LineGrid, j: number, furniture: readonly (Furniture | undefined)[], perPage: number): boolean {
  const last = lastTextLine(lines);
  return j < lines.count && furniture[j] === undefined && last > j && last - j <= layout().pageEvidence.columnFoot.maxRest * perPage && furniture[last]?.anywhere === true;
}

/** A footnote rule stands among the few text lines right above line `foot`. */
function notesFollow(lines: LineGrid, text: LineText, foot: number): boolean {
  const { footnoteRule, edgeLines } = layout().pageFurniture;
  for (let i = foot - 1, seen = 0; i >= 0 && seen < 2 * edgeLines; i--) {
    if (lines.blank[i]) continue;
    if (footnoteRule.test(text(i))) return true;
    seen++;
  }
  return false;
}

/**
 * The running title set over a head's page number (`Diário Oficial do Distrito Federal` over
 * `PÁGINA 2`): of the short lines among the few text lines right above the numbers
 * (`pageFurniture.edgeLines`), the one that stands there on the most pages, at least half of them
 * (the nearest to the number on a tie), as its repeat key. Where none does, the head may set its
 * number first (`Pág 12`, then the gazette's title): the lines right below count too. Undefined
 * when neither finds one.
 */
function runningTitle(lines: LineGrid, text: LineText, run: readonly Numbered[]): string | undefined {
  return titleBeside(lines, text, run, [-1]) ?? titleBeside(lines, text, run, [-1, 1]);
}

function titleBeside(lines: LineGrid, text: LineText, run: readonly Numbered[], steps: readonly number[]): string | undefined {
  const { edgeLines, maxLength } = layout().pageFurniture;
  const pages = new Map<string, number>();
  const distance = new Map<string, number>();
  // A line that also stands among the text's last lines, after the last number, is the last page's
  // foot (a gazette's address and notice), not a title over the next page's number.
  const closing = new Set<string>();
  for (let i = lines.count - 1, n = 0; run.length > 0 && i > run[run.length - 1]!.line && n < edgeLines; i--) {
    if (lines.blank[i]) continue;
    n++;
    closing.add(repeatKey(text(i)));
  }
  for (const r of run) {
    const seen = new Set<string>();
    for (const step of steps) {
      for (let i = r.line + step, n = 0; i >= 0 && i < lines.count && n < edgeLines; i += step) {
        if (lines.blank[i]) continue;
        n++;
        const t = text(i);
        if (t.length > maxLength || !/\p{L}/u.test(t)) continue;
        const key = repeatKey(t);
        if (seen.has(key) || closing.has(key)) continue;
        seen.add(key);
        pages.set(key, (pages.get(key) ?? 0) + 1);
        distance.set(key, (distance.get(key) ?? 0) + n);
      }
    }
  }
  let best: string | undefined;
  for (const [key, n] of pages) {
    if (n < run.length / 2) continue;
    const b = best === undefined ? undefined : pages.get(best)!;
    if (b === undefined || n > b || (n === b && distance.get(key)! / n < distance.get(best!)! / b)) best = key;
  }
  return best;
}

/**
 * Whether most numbers of a run (`pageEvidence.sectionNumbers.minShare`, at least
 * `footerRun.minLength` of them) are section numbers (`titled`, see below).
 */
function numbersSections(titled: readonly number[], run: readonly Numbered[]): boolean {
  return titled.length >= layout().pageEvidence.footerRun.minLength && titled.length >= layout().pageEvidence.sectionNumbers.minShare * run.length;
}

/**
 * The lines of a run's numbers that stand right above a title that stands there once: a short
 * line in Title Case, no sentence end (`Introduction`, `Related Work`). The next page's text after
 * a page number runs on from the page before, or is a running head that repeats.
 */
function sectionNumberLines(lines: LineGrid, text: LineText, run: readonly Numbered[]): number[] {
  const { maxTitleLength, ownNumber } = layout().pageEvidence.sectionNumbers;
  const numbered = new RegExp(ownNumber, "u");
  const next = run.map((r) => {
    let j = r.line + 1;
    while (j < lines.count && lines.blank[j]) j++;
    return j < lines.count ? text(j) : "";
  });
  const seen = new Map<string, number>();
  for (const t of next) seen.set(repeatKey(t), (seen.get(repeatKey(t)) ?? 0) + 1);
  // A running foot right over the number (a slide deck's `Title | project` over `2`, then the next
  // slide's title) makes it a page's foot: the line over a section's number ends the section before, once.
  const above = keyCounts(run.map((r) => previousLine(lines, r.line)).map((j) => (j >= 0 ? repeatKey(text(j)) : undefined)));
  const underFoot = (line: number) => {
    const j = previousLine(lines, line);
    return j >= 0 && /\p{L}/u.test(text(j)) && above.get(repeatKey(text(j)))! >= 2;
  };
  const title = (t: string) => t.length <= maxTitleLength && !numbered.test(t) && /^\p{Lu}/u.test(t) && opensLikeHeading(t) && !/[.,;:!?]$/.test(t) && isTitleCase(t);
  // (Only a bare number: one that carries its running title, `Diário Oficial ◼ 2`, numbers a page.)
  return run.filter((r, k) => BARE_NUMBER.test(text(r.line)) && title(next[k]!) && seen.get(repeatKey(next[k]!)) === 1 && !underFoot(r.line)).map((r) => r.line);
}

/** A number alone on a line (`4`), as a section's number stands over its title. */
const BARE_NUMBER = /^\d{1,4}$/;

/** A figure alone on a line (`3369`, `36199.00***`, `(0.22)`, `$1,250`): a table's cell. */
const FIGURES = /^[\p{Sc}(+\-–]?\d[\d.,%*()\s]*$/u;

/**
 * Whether line i is a text line of figures only that shares some of line `of`'s columns (a
 * layout-preserving extraction sets a chart's axis labels far from a page number above them).
 */
function figuresInColumn(lines: LineGrid, text: LineText, i: number, of: number): boolean {
  if (i < 0 || i >= lines.count || lines.blank[i] || !FIGURES.test(text(i))) return false;
  const a = lines.indent[i]!;
  const b = lines.indent[of]!;
  return a < b + text(of).length && b < a + text(i).length;
}

function lastTextLine(lines: LineGrid): number {
  let i = lines.count - 1;
  while (i > 0 && lines.blank[i]) i--;
  return i;
}

function firstTextLine(lines: LineGrid): number {
  let i = 0;
  while (i < lines.count && lines.blank[i]) i++;
  return i;
}

/** `missing` page starts between lines `from` and `to`: after the furniture runs nearest even cuts. */
function placeMissing(
  lines: LineGrid,
  isFurniture: (i: number) => boolean,
  furniture: readonly (Furniture | undefined)[],
  from: number,
  to: number,
  missing: number,
): number[] {
  const ends: number[] = []; // first text line after a run of furniture
  for (let i = from + 1; i < to; i++) {
    // Furniture no text line looks like (a job number, a symbol), not a bare number that may be a table's.
    if (!furniture[i]?.anywhere || lines.blank[i]) continue;
    let j = i + 1;
    while (j < to && isFurniture(j)) j++;
    if (j < to) ends.push(j);
    i = j;
  }
  const out: number[] = [];
  for (let k = 1; k <= missing; k++) {
    const want = from + ((to - from) * k) / (missing + 1);
    let pick = -1;
    for (const e of ends) if (e > (out[out.length - 1] ?? from) && (pick < 0 || Math.abs(e - want) < Math.abs(pick - want))) pick = e;
    if (pick < 0) {
      pick = Math.round(want);
      while (pick < to && lines.blank[pick]) pick++;
    }
    if (pick > (out[out.length - 1] ?? from) && pick < to) out.push(pick);
  }
  return out;
}

/** A running head's line: words, not a sentence (no sentence end in it or at its end; see `runningKey`). */
function isHeadLine(line: string): boolean {
  return runningKey(line, layout().pageFurniture.maxLength) !== undefined && !/[.!?]\s/u.test(line.trim());
}

/** A line's letters and digits in lower case, spaces and punctuation aside (a line wrapped elsewhere still matches). */
const letters = (line: string) => line.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * Whether the text lines from `from` to before `head` (at most a page of them) are a cover's: most
 * of them stand nowhere else in the text (by their letters, however wrapped; lines shorter than
 * `pageEvidence.coverHead.minCoverLetters` letters say nothing), or stand in the head (a cover prints the
 * title the running head repeats). Furniture set over page 1's head, a signature stamp, stands again on other pages.
 */
function coverOverHead(lines: LineGrid, text: LineText, from: number, head: number, perPage: number): boolean {
  if (head - from > perPage) return false;
  const { minCoverLetters } = layout().pageEvidence.coverHead;
  let whole = "";
  for (let i = 0; i < lines.count; i++) if (!lines.blank[i]) whole += letters(text(i));
  const inHead = letters(text(head));
  let cover = 0;
  let all = 0;
  for (let i = from; i < head; i++) {
    const own = lines.blank[i] ? "" : letters(text(i));
    if (own.length < minCoverLetters) continue;
    all++;
    if (inHead.includes(own) || whole.indexOf(own, whole.indexOf(own) + 1) < 0) cover++;
  }
  return cover * 2 > all;
}
