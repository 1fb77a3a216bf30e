import type { AnalyzedDocument } from "@procmine/core";
import { ENGLISH_FORMAT, type NumberFormat } from "./tokenize.js";

// Numbers only one convention can read: `3,7` or `1.234.567` or `1.234,5` say the decimal mark
// is a comma; `3.7`, `1,234,567`, `1,234.5` say it is a point. `12.350` says nothing.
// A number glued to letters (`6.9MB` in a link's size, `v2.1`) is a code or markup, no evidence.
const NUMBER = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)+(?![\p{L}\d])/gu;
const COMMA_DECIMAL = /^(?:\d+,\d{1,2}|\d{4,},\d{3}|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:\.\d{3})+,\d+)$/;
const POINT_DECIMAL = /^(?:\d+\.\d{1,2}|\d{4,}\.\d{3}|\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+\.\d+)$/;

const KEY = "numbers:format";

/**
 * How the document's Spanish and Portuguese paragraphs write numbers, decided once from the
 * numbers that are unambiguous (the majority wins; a tie or no evidence leaves it open, and
 * `romanceValue` reads a lone group of three as thousands). English paragraphs keep English.
 */
export function romanceFormat(doc: AnalyzedDocument): NumberFormat {
  let format = doc.cache.get(KEY) as NumberFormat | undefined;
  if (format) return format;
  let comma = 0;
  let point = 0;
  for (const b of doc.blocks) {
    if (b.kind !== "paragraph" || b.lang === "en") continue;
    const text = doc.text.slice(b.start, b.end);
    for (const m of text.matchAll(NUMBER)) {
      if (COMMA_DECIMAL.test(m[0])) comma++;
      else if (POINT_DECIMAL.test(m[0])) point++;
    }
  }
  format = { romance: true, ...(comma > point ? { decimal: "," as const } : point > comma ? { decimal: "." as const } : {}) };
  doc.cache.set(KEY, format);
  return format;
}

export { ENGLISH_FORMAT };

// A quoted cell holding a number written with a comma, next to a cell separator: `,"1,371"`.
const QUOTED_NUMBER_CELL = /,"\d{1,3}(?:[.,]\d{3})+(?:\.\d+)?"|"\d{1,3}(?:[.,]\d{3})+(?:\.\d+)?",/;

/**
 * The format for `text[from, to)`: a block that quotes the numbers of its comma-separated cells
 * (`Lima,"1,371",948`) reads its unquoted commas as cell separators (see `NumberFormat.csvCells`).
 */
export function blockFormat(format: NumberFormat, text: string, from: number, to: number): NumberFormat {
  // Most blocks hold no quote at all: a plain loop tells that faster than the expression.
  if (!hasQuote(text, from, to)) return format;
  return QUOTED_NUMBER_CELL.test(text.slice(from, to)) ? { ...format, csvCells: true } : format;
}

function hasQuote(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 34) return true;
  return false;
}
