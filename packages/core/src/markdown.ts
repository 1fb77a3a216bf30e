import { layout } from "./layout-data.js";

/** A Markdown heading line: its level and where its title stands in the (trimmed) line. */
export interface MarkdownHeading {
  level: number;
  titleStart: number;
  titleEnd: number;
}

/** `## 2. Threats`: an ATX heading, or undefined. */
export function atxHeading(line: string): MarkdownHeading | undefined {
  const m = layout().markdown.atxHeading.exec(line);
  if (!m?.groups) return undefined;
  const titleStart = m.groups["marks"]!.length + line.slice(m.groups["marks"]!.length).search(/\S/);
  return { level: m.groups["marks"]!.length, titleStart, titleEnd: titleStart + m.groups["title"]!.length };
}

/**
 * Whether a line (untrimmed) is indented as far as an indented code block: CommonMark reads
 * `    ## Threats` as code, not a heading. A tab reaches the next tab stop.
 */
export function indentedAsCode(line: string): boolean {
  const { codeIndent } = layout().markdown;
  let column = 0;
  for (const ch of line) {
    if (ch === " ") column++;
    else if (ch === "\t") column += codeIndent - (column % codeIndent);
    else if (ch !== "\f" && ch !== "\ufeff") break;
    if (column >= codeIndent) return true;
  }
  return false;
}

/** The level a setext underline gives the line above it (`===` 1, `---` 2), or 0. */
export function setextLevel(line: string): number {
  const { underlineMinLength } = layout().markdown;
  if (line.length < underlineMinLength) return 0;
  if (/^=+$/.test(line)) return 1;
  if (/^-+$/.test(line)) return 2;
  return 0;
}

/** How a line opens a list item or a table row of its own, if it does. */
export function itemKind(line: string): "bullet" | "ordered" | "row" | undefined {
  const { bulletItem, orderedItem, tableRow } = layout().markdown;
  if (tableRow.test(line)) return "row";
  if (bulletItem.test(line)) return "bullet";
  if (orderedItem.test(line)) return "ordered";
  return undefined;
}
