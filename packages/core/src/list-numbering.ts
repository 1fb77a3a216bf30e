import { numberingStyle } from "./headings.js";

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** The place a numbered line's label gives (`3.` 3, `C.` 3, `IV.` 4), or undefined. */
export function numberingPlace(line: string): number | undefined {
  const style = numberingStyle(line);
  const label = /^([^.\s]+)\./.exec(line)?.[1];
  if (!style || !label) return undefined;
  if (style === "arabic") return Number(label);
  if (style === "letter") return label.charCodeAt(0) - 64;
  let total = 0;
  for (let k = 0; k < label.length; k++) {
    const v = ROMAN[label[k]!]!;
    const next = ROMAN[label[k + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** `line` takes the next place after `above` in the same numbering (`2.` after `1.`, `C.` after `B.`). */
export function followsInNumbering(above: string, line: string): boolean {
  const style = numberingStyle(line);
  if (!style || numberingStyle(above) !== style) return false;
  const a = numberingPlace(above);
  const b = numberingPlace(line);
  return a !== undefined && b === a + 1;
}
