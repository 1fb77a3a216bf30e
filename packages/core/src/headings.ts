import { layout } from "./layout-data.js";

/** Kinds of section headings in seminar proceedings, from the outermost in; `markup` is a Markdown heading. */
export type HeadingKind = "day" | "title" | "numbered" | "lead_in" | "markup";

/** A Markdown heading's level is its own (`#` 1, `##` 2, ...): `markup` is only its default. */
export const HEADING_LEVEL: Record<HeadingKind, number> = { day: 1, title: 2, numbered: 3, lead_in: 4, markup: 2 };

const MAX_TITLE_LENGTH = 100;
const NUMBERED = /^(?:[IVX]{1,5}|\d{1,2}|[A-H])\.\s+\S/;
const CAPS_LEAD_IN = /^([A-Z][A-Z’'.&-]*(?: [A-Z][A-Z’'.&-]*){0,3})\s?:(?:\s|$)/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;

/** `DAY TWO`, `DAY 2`: an all-caps day marker alone on its line. */
export function isDayHeading(text: string): boolean {
  const m = /^DAY\s+([A-Z0-9]+)$/.exec(text);
  return m !== null && layout().dayWords.has(m[1]!.toLowerCase());
}

/** How a line is numbered (`III.`, `12.`, `B.`), or undefined. `I.` counts as Roman. */
export function numberingStyle(text: string): "roman" | "arabic" | "letter" | undefined {
  const m = /^(?:([IVX]{1,5})|(\d{1,2})|([A-H]))\.\s+\S/.exec(text);
  if (!m) return undefined;
  return m[1] ? "roman" : m[2] ? "arabic" : "letter";
}

/**
 * A line no heading is: an equation or a code's value (`9 = Eastern Europe`, `SR = SR + Aj`), or a
 * table's row, its cells set apart by two column gaps or more (`4   UNID   10   R$ 1.169,00`; one
 * gap may part a number from its title, `1     Introduction`).
 */
export function isFormulaOrRow(text: string): boolean {
  return /\s=\s/.test(text) || /\S {3,}\S.*?\S {3,}\S/.test(text);
}

/** `III. Country Perspectives on ...`: a numbered title, not a sentence. */
export function isNumberedHeading(text: string): boolean {
  if (!NUMBERED.test(text) || text.length > MAX_TITLE_LENGTH + 20 || isContentsEntry(text) || isFormulaOrRow(text)) return false;
  const rest = text.replace(/^\S+\s+/, "");
  return !endsSentence(rest) && isTitleCase(rest);
}

/** Ends with sentence punctuation (a final abbreviation such as `U.S.` does not count). */
function endsSentence(text: string): boolean {
  if (/(?:^|[\s\p{P}])(?:\p{Lu}\.){2,}$/u.test(text)) return false;
  return /[.;?!]$/.test(text);
}

/** Most content words (`share` of them) capitalized, function words allowed in lower case. */
export function isTitleCase(text: string, share = 0.75): boolean {
  const words = text.match(WORD) ?? [];
  let content = 0;
  let capital = 0;
  for (const w of words) {
    if (layout().headingFunctionWords.has(w.toLowerCase())) continue;
    content++;
    const c = w.charAt(0);
    if (c !== c.toLowerCase() || /\p{N}/u.test(c)) capital++;
  }
  return content > 0 && capital / content >= share;
}

/**
 * Whether a title opens as a heading does (`headingStart`): with a letter, a figure or an opening
 * mark, not with a lower-case function word (`of Students`, a line cut out of a sentence or a
 * table) nor another symbol (`# of Students`, `% of GDP`).
 */
export function opensLikeHeading(title: string): boolean {
  if (!layout().headingStart.test(title)) return false;
  const first = /^\p{Ll}+/u.exec(title)?.[0];
  return first === undefined || !layout().headingFunctionWords.has(first);
}

/** A table of contents' line (`I.     Introduction      3`): it reads like a heading but names none. */
export function isContentsEntry(text: string): boolean {
  return contentsEntryMatch(text) !== null;
}

/**
 * `layout().contentsEntry.exec(text)`, asked of every line of a document: a line that cannot end
 * in a page number (most of them, a paragraph's last character is a period) is answered without
 * the expression, which would try its alternatives from every position of the line.
 */
export function contentsEntryMatch(text: string): RegExpExecArray | null {
  const { contentsEntry, contentsEntryEndsInNumber } = layout();
  if (contentsEntryEndsInNumber && !endsInPageFigure(text)) return null;
  return contentsEntry.exec(text);
}

/** The last character is a digit or a roman numeral's letter (`[ivxlc]` in either case, as the `iu` expression reads it). */
function endsInPageFigure(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (c >= 48 && c <= 57) return true;
  const lower = c | 32;
  return c < 128 && (lower === 105 || lower === 118 || lower === 120 || lower === 108 || lower === 99);
}

/** A short title-case line with no sentence punctuation, standing alone (`Regional Security And Counterterrorism`). */
export function isTitleLine(text: string): boolean {
  if (text.length > MAX_TITLE_LENGTH || /[.,;?!]$/.test(text) || !opensLikeHeading(text) || isContentsEntry(text) || isFormulaOrRow(text)) return false;
  const words = text.match(WORD) ?? [];
  // A title has words, not only figures (`2,749.5` in a table).
  if (!words.some((w) => /^\p{L}/u.test(w))) return false;
  // A title does not stop on `and the`: such a line is a fragment of a cut sentence.
  if (words.length < 2 || layout().headingFunctionWords.has(words[words.length - 1]!.toLowerCase())) return false;
  return isTitleCase(text);
}

/** Whether `next` carries on a heading line that was cut by the layout. */
export function continuesHeading(line: string, next: string): boolean {
  // A line with a sentence ending inside (`dialogue. The`) is prose, not the rest of a title.
  if (/\p{Ll}{2,}[.!?]["”’)]?\s+\p{Lu}/u.test(next)) return false;
  if (isContentsEntry(next)) return false;
  // A title set in capitals wraps in capitals: a line in lower case under it is another title or
  // the text (`IV. COUNTRY TRAINING ACTIVITIES` over a table's `Africa Region, Angola, ...`).
  if (/\p{Lu}{3}/u.test(line) && !/\p{Ll}/u.test(line) && /\p{Ll}/u.test(next)) return false;
  if (/[-—–:,]$/.test(line) || layout().headingFunctionWords.has((line.match(WORD) ?? []).pop()?.toLowerCase() ?? "")) {
    return next.length <= 80 && !endsSentence(next);
  }
  // A complete title goes on only with a line whose every content word is capitalized
  // (`Trafficking`), not with the opening of a paragraph set right under it (`The Guatemalan
  // Public Ministry, working with the`).
  if (next.length > 80 || endsSentence(next)) return false;
  return isTitleCase(next, 1);
}

/** Length of a lead-in label that opens a sub-section (`Q&A Session:`, `ARGENTINA:`), or 0. */
export function leadInLength(text: string): number {
  const colon = text.indexOf(":");
  if (colon < 2 || colon > 48) return 0;
  for (const label of layout().leadInLabels) {
    if (text.startsWith(label) && /^\s*:/.test(text.slice(label.length))) return label.length;
  }
  const caps = CAPS_LEAD_IN.exec(text);
  if (caps && (caps[1]!.match(/[A-Z]/g) ?? []).length >= 3) return caps[1]!.length;
  return 0;
}
