/**
 * brat counts offsets in Unicode code points (Python string indexes); procmine counts UTF-16 code
 * units (JavaScript string indexes). They differ after every character outside the Basic
 * Multilingual Plane (an emoji, a rare CJK character): each counts 2 in UTF-16, 1 in brat.
 */
import { partitionPoint } from "@procmine/core";

export class CodePointIndex {
  /** UTF-16 indexes where a surrogate pair starts, ascending. */
  private readonly pairs: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) this.pairs.push(i++);
      }
    }
  }

  /** UTF-16 index -> code point index. */
  toCodePoint(utf16: number): number {
    return utf16 - countBelow(this.pairs, utf16);
  }

  /** Code point index -> UTF-16 index. */
  toUtf16(codePoint: number): number {
    // Each pair before the target adds one code unit; pairs[k] - k is the pair's code point index.
    return codePoint + partitionPoint(this.pairs.length, (k) => this.pairs[k]! - k < codePoint);
  }
}

function countBelow(sorted: readonly number[], x: number): number {
  return partitionPoint(sorted.length, (k) => sorted[k]! < x);
}
