import {
  HEADING_LEVEL,
  continuesHeading,
  isDayHeading,
  isTitleCase,
  isNumberedHeading,
  isTitleLine,
  leadInLength,
  type HeadingKind,
} from "./headings.js";
import { layout } from "./layout-data.js";
import { floorIndex, scanLines, type RawLines, type ScanOptions } from "./lines.js";

export type BlockKind = "paragraph" | "heading" | "footnote" | "running_head";

/** A run of text that is read as one unit: a paragraph, a heading or a footnote (raw offsets). */
export interface RawBlock {
  kind: BlockKind;
  heading?: HeadingKind;
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
  /** Raw offset where each page starts; page n (1-based) starts at pageStarts[n - 1]. */
  pageStarts: number[];
  blocks: RawBlock[];
  /** 1 when the line break after line i stays inside one block (it becomes a space or is undone). */
  joinsNext: Uint8Array;
}

type Role = "blank" | "body" | "footnote" | "running_head" | HeadingKind;

const FOOTNOTE_START = /^\d{1,3}\s+\p{Lu}/u;
const SENTENCE_END = /[.!?][)"”’']?\s*$/;

// A running head or foot with its page number: `Border Security Seminar, Monterrey | 12`, `page 7`, `12 – Title`.
const PAGE_ONLY = /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const TITLE_THEN_PAGE = /^([^.!?]{2,80}?)\s[|·•–—-]\s*(?:page\s+)?\d{1,4}$/iu;
const PAGE_THEN_TITLE = /^\d{1,4}\s*[|·•–—]\s*([^.!?]{2,80})$/u;

function isRunningHead(t: string): boolean {
  if (t.length > 90) return false;
  if (PAGE_ONLY.test(t)) return true;
  const title = TITLE_THEN_PAGE.exec(t)?.[1] ?? PAGE_THEN_TITLE.exec(t)?.[1];
  // The title of a publication, in Title Case: not a sentence that happens to end in a number.
  return title !== undefined && isTitleCase(title);
}

/**
 * A stretch of raw text whose kind the reader already knows from the layout (a PDF's running
 * heads, repeated from page to page, and footnotes): its lines take that role whatever their text.
 */
export interface LayoutMark {
  start: number;
  end: number;
  kind: "running_head" | "footnote";
}

export interface StructureOptions extends ScanOptions {
  /** Raw offsets of this text, sorted by start and not overlapping. */
  marks?: readonly LayoutMark[];
}

export function readStructure(raw: string, options: StructureOptions = {}): Structure {
  const lines = scanLines(raw, options);
  const text = (i: number) => raw.slice(lines.starts[i]!, lines.ends[i]!).trim();
  const roles = assignRoles(lines, text);
  if (options.marks?.length) applyMarks(raw, lines, roles, options.marks);
  const blocks = buildBlocks(raw, lines, roles, text);
  const joinsNext = new Uint8Array(lines.count);
  for (const b of blocks) {
    for (let i = b.firstLine; i < b.lastLine; i++) joinsNext[i] = 1;
  }
  const pageStarts = [0];
  for (let i = 0; i < lines.count; i++) {
    if (!lines.pageStart[i]) continue;
    const s = lines.starts[i]!;
    const e = lines.ends[i]!;
    let ff = raw.indexOf("\f", s);
    if (ff < 0 || ff >= e) {
      pageStarts.push(s);
      continue;
    }
    // Each form feed opens a page just after it (an empty page is a form feed after a form feed),
    // so the page of an offset is 1 + the form feeds before it.
    for (; ff >= 0 && ff < e; ff = raw.indexOf("\f", ff + 1)) pageStarts.push(ff + 1);
  }
  return { lines, pageStarts, blocks, joinsNext };
}

function assignRoles(lines: RawLines, text: (i: number) => string): Role[] {
  const n = lines.count;
  const roles: Role[] = new Array<Role>(n).fill("body");
  for (let i = 0; i < n; i++) if (lines.blank[i]) roles[i] = "blank";
  // Day markers and numbered headings, with the lines a numbered title wraps onto.
  for (let i = 0; i < n; i++) {
    if (roles[i] !== "body") continue;
    const t = text(i);
    if (isDayHeading(t)) roles[i] = "day";
    else if (isNumberedHeading(t)) {
      roles[i] = "numbered";
      for (let j = i + 1, k = 0; j < n && k < 2 && roles[j] === "body" && continuesHeading(text(j - 1), text(j)); j++, k++) {
        if (leadInLength(text(j)) > 0 || isNumberedHeading(text(j))) break;
        roles[j] = "numbered";
        i = j;
      }
    }
  }
  const isHeading = (r: Role | undefined) => r === "day" || r === "numbered" || r === "title";
  const bounded = (r: Role | undefined) => r === undefined || r === "blank" || isHeading(r);
  // Titles: a title-case line between headings or blank lines, not after a cut-off sentence.
  for (let i = 0; i < n; i++) {
    if (roles[i] !== "body" || !bounded(roles[i - 1]) || !bounded(roles[i + 1])) continue;
    let p = i - 1;
    while (p >= 0 && roles[p] === "blank") p--;
    if (p >= 0 && roles[p] === "body" && !/[.!?:;"”’')\]]$/.test(text(p))) continue;
    const t = text(i);
    if (isTitleLine(t) && leadInLength(t) === 0) roles[i] = "title";
  }
  // Running heads and feet: a page-numbered title line on the first or last line of a page.
  for (let i = 0; i < n; i++) {
    if (roles[i] !== "body") continue;
    const atPageEdge = lines.pageStart[i] === 1 || (i + 1 < n && lines.pageStart[i + 1] === 1);
    const t = text(i);
    if (atPageEdge && isRunningHead(t)) roles[i] = "running_head";
  }
  // Footnotes: a numbered note that runs to the bottom of its page, after a blank line or after
  // a line that ends a sentence (extraction often drops the blank line above a note).
  for (let i = 0; i < n; i++) {
    if (roles[i] !== "body" || !FOOTNOTE_START.test(text(i))) continue;
    if (roles[i - 1] !== "blank" && !(roles[i - 1] === "body" && SENTENCE_END.test(text(i - 1)))) continue;
    let j = i;
    while (j + 1 < n && roles[j + 1] === "body" && !lines.pageStart[j + 1]) j++;
    const after = j + 1;
    if (after >= n || lines.pageStart[after]) for (let k = i; k <= j; k++) roles[k] = "footnote";
  }
  return roles;
}

/** Lines inside a layout mark take its role (blank lines stay blank). */
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

function buildBlocks(raw: string, lines: RawLines, roles: Role[], text: (i: number) => string): RawBlock[] {
  const blocks: RawBlock[] = [];
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
  let afterBlank = false;
  for (let i = 0; i < lines.count; i++) {
    const role = roles[i]!;
    if (role === "blank") {
      afterBlank = true;
      continue;
    }
    const kind: BlockKind = role === "body" ? "paragraph" : role === "footnote" || role === "running_head" ? role : "heading";
    const heading = kind === "heading" ? (role as HeadingKind) : undefined;
    const startsOwn = role === "day" || role === "title" || (role === "numbered" && roles[i - 1] !== "numbered");
    const label = role === "body" ? leadInLength(text(i)) : 0;
    // A blank line ends a paragraph, unless the paragraph stopped mid-sentence (a page or
    // column break in the middle of `U.S. \n\nSouthern Command`).
    const broken = afterBlank && !(cur?.kind === "paragraph" && kind === "paragraph" && label === 0 && !endsClause(raw, cur.rawEnd, text(i)));
    afterBlank = false;
    if (!cur || cur.kind !== kind || startsOwn || label > 0 || broken) {
      close();
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
      continue;
    }
    cur.rawEnd = contentEnd(i);
    cur.lastLine = i;
  }
  close();
  return blocks;
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
    const level = HEADING_LEVEL[b.heading];
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
