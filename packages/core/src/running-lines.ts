import { furnitureOf, repeatKey } from "./furniture.js";
import { layout } from "./layout-data.js";
import { hasTwoWords } from "./two-words.js";
import type { LineGrid } from "./pages.js";

type LineText = (i: number) => string;

/** Page starts (line indices) from a running line, and the lines it stands on. */
export interface RunningPages {
  starts: number[];
  numberLines: number[];
  at: number[];
}

/**
 * Pages from a running head or foot that carries no page number (`pageEvidence.runningLine`): a
 * line of words (digits aside) that opens with a letter, at most twice `pageFurniture.maxLength`
 * long, not ending as a sentence or a clause does, that stands at least `minPages` times, as far
 * apart as pages are (no two closer than `minGapShare` of the median distance, but a foot's last
 * two, as the last page may be short, nor than `footerRun.minLinesApart` lines; no stretch of the
 * text without it longer than `maxSpread` times that distance; no more than `edgeLines` lines
 * around it alike at every place), and never elsewhere. A head
 * stands among the text's first `pageFurniture.edgeLines` lines (page 1's head) and each later
 * one opens a page; a foot stands among its last ones (the last page's foot) and each earlier one
 * closes its page. Of several, the one on the most pages (a head on a tie; of a head's lines its
 * first, of a foot's its last). Page starts as line indices (`at`: the head's or foot's own
 * lines), or undefined when no line qualifies.
 */
export function runningLinePages(lines: LineGrid, text: LineText): RunningPages | undefined {
  const { minPages, minGapShare, maxSpread, maxShare } = layout().pageEvidence.runningLine;
  const { edgeLines, maxLength } = layout().pageFurniture;
  const { minLinesApart } = layout().pageEvidence.footerRun;
  const textLines: number[] = [];
  for (let i = 0; i < lines.count; i++) if (!lines.blank[i]) textLines.push(i);
  if (textLines.length === 0) return undefined;
  const head = new Set(textLines.slice(0, edgeLines));
  const foot = new Set(textLines.slice(-edgeLines));
  // Only a key some edge line has can win (its first line a head's, or its last a foot's): those
  // few keys are read first, and every other line is keyed only when it may be one of them.
  const edgeKey = new Map<number, string | undefined>();
  for (const i of [...head, ...foot]) edgeKey.set(i, runningKey(text(i), maxLength));
  const wanted = new Set<string>();
  for (const key of edgeKey.values()) if (key !== undefined) wanted.add(key);
  if (wanted.size === 0) return undefined;
  const openers = asciiOpeners(wanted);
  const at = new Map<string, number[]>();
  for (const i of textLines) {
    let key: string | undefined;
    if (edgeKey.has(i)) key = edgeKey.get(i);
    else {
      const line = text(i);
      if (!mayOpenAs(line, openers)) continue;
      key = runningKey(line, maxLength);
      if (key === undefined || !wanted.has(key)) continue;
    }
    if (key === undefined) continue;
    const list = at.get(key) ?? [];
    list.push(i);
    at.set(key, list);
  }
  let best: { kind: "head" | "foot"; lines: number[]; mean: number } | undefined;
  for (const found of at.values()) {
    if (found.length < minPages || found.length > maxShare * textLines.length) continue;
    const first = found[0]!;
    const last = found[found.length - 1]!;
    const kind = head.has(first) ? "head" : foot.has(last) ? "foot" : undefined;
    if (kind === undefined) continue;
    const gaps = found.slice(1).map((l, k) => l - found[k]!);
    const sorted = [...gaps].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1]!;
    // As far apart as pages: none much closer than most (but the last page, which a foot closes,
    // may be short), and no stretch of the text without it much longer (before the first, between
    // two, after the last: a heading that repeats now and then is no running line).
    const paged = kind === "foot" ? gaps.slice(0, -1) : gaps;
    if (sorted[0]! < minLinesApart || paged.reduce((a, b) => Math.min(a, b), Infinity) < minGapShare * median) continue;
    const spread = maxSpread * median;
    if (sorted[sorted.length - 1]! > spread || first - textLines[0]! > spread || textLines[textLines.length - 1]! - last > spread) continue;
    // A head or foot is a few lines; text that repeats whole (a passage quoted again) runs on alike.
    if (sharedLines(lines, text, found, -1) + 1 + sharedLines(lines, text, found, 1) > edgeLines) continue;
    const mean = found.reduce((s, l) => s + l, 0) / found.length;
    const better =
      best === undefined ||
      found.length > best.lines.length ||
      (found.length === best.lines.length && (kind !== best.kind ? kind === "head" : kind === "head" ? mean < best.mean : mean > best.mean));
    if (better) best = { kind, lines: found, mean };
  }
  if (best === undefined) return undefined;
  if (best.kind === "head") return { starts: best.lines.slice(1), numberLines: [], at: best.lines };
  // A foot closes its page: the next page opens at the next text line.
  const starts: number[] = [];
  for (const l of best.lines.slice(0, -1)) {
    let j = l + 1;
    while (j < lines.count && lines.blank[j]) j++;
    if (j < lines.count) starts.push(j);
  }
  return { starts, numberLines: [], at: best.lines };
}


/**
 * The key a line stands under as a running line (`repeatKey`), or undefined when it cannot be one:
 * words from its first character (not a record's field, `"Plazo": "Mediano"`), not too long, not a
 * sentence's or a clause's end (prose that repeats), not a page number (read by its own rules).
 */
export function runningKey(line: string, maxLength: number): string | undefined {
  const t = line.trim();
  if (t.length > 2 * maxLength || !/^\p{L}/u.test(t) || /[.!?;:,]["”’)]?$/u.test(t) || !hasTwoWords(t) || furnitureOf(t)?.page !== undefined) return undefined;
  return repeatKey(t);
}

/** The first characters of `keys` that are ASCII letters, one bit each (a to z); bit 26: some key opens otherwise. */
function asciiOpeners(keys: ReadonlySet<string>): number {
  let bits = 0;
  for (const key of keys) {
    const c = key.charCodeAt(0);
    bits |= c >= 97 && c <= 122 ? 1 << (c - 97) : 1 << 26;
  }
  return bits;
}

/**
 * False only when `line` surely keys under none of the keys `openers` describes: a line that opens
 * with an ASCII letter keys under a key that opens with that letter in lower case (what trimming
 * and `repeatKey` leave of it). Any other line may (it is keyed to find out).
 */
function mayOpenAs(line: string, openers: number): boolean {
  const c = line.charCodeAt(0) | 32;
  if (c < 97 || c > 122 || (line.charCodeAt(0) >= 128)) return true;
  return (openers & (1 << (c - 97))) !== 0;
}

/** How many text lines past each of `at` (down for `step` 1, up for -1) read alike at all of them. */
function sharedLines(lines: LineGrid, text: LineText, at: readonly number[], step: 1 | -1): number {
  const cursor = [...at];
  for (let n = 0; ; n++) {
    let key: string | undefined;
    for (let k = 0; k < cursor.length; k++) {
      let j = cursor[k]! + step;
      while (j >= 0 && j < lines.count && lines.blank[j]) j += step;
      if (j < 0 || j >= lines.count) return n;
      const here = repeatKey(text(j));
      if (key !== undefined && here !== key) return n;
      key = here;
      cursor[k] = j;
    }
  }
}
/**
 * Of the pages a run of page numbers shows and those a running head or foot shows, the running
 * line's when it shows more pages and stands both before the run's first number and after its
 * last (numbers that climb under one head on every page are a chart's or a table's, not the
 * pages'); else the run's. A running line over part of the text only (a document bound after
 * another) leaves the run alone.
 */
export function runningOverNumbers<T extends { starts: number[]; numberLines: number[] }>(numbers: T, running: RunningPages | undefined): T | RunningPages {
  if (running === undefined || numbers.numberLines.length === 0) return numbers;
  const spans = running.at[0]! < numbers.numberLines[0]! && running.at[running.at.length - 1]! > numbers.numberLines[numbers.numberLines.length - 1]!;
  if (!spans) return numbers;
  return running.starts.length > numbers.starts.length || scatteredNumbers(numbers.numberLines, running.starts) ? running : numbers;
}

/**
 * Whether a run of numbers is not the pages' a running line shows: several of them on one of its
 * pages, and none on most of them (`runningLine.maxNumberedShare`): a section's or a table's
 * figures that climb from page to page (a mirrored book whose running head stands every other
 * page holds its numbers two a page, but on every one).
 */
function scatteredNumbers(numberLines: readonly number[], starts: readonly number[]): boolean {
  const perPage = new Map<number, number>();
  let s = 0;
  for (const l of numberLines) {
    while (s < starts.length && starts[s]! <= l) s++;
    perPage.set(s, (perPage.get(s) ?? 0) + 1);
  }
  let crowded = false;
  for (const n of perPage.values()) if (n > 1) crowded = true;
  return crowded && perPage.size < layout().pageEvidence.runningLine.maxNumberedShare * (starts.length + 1);
}
