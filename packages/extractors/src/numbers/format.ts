import type { AnalyzedDocument } from "@procmine/core";
import { ENGLISH_FORMAT, numberFormat, type NumberFormat } from "./tokenize.js";
import { getLexicon } from "./vocabulary.js";
import { isPugHeadingNumber } from "./heading-numbers.js";

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
    const lex = getLexicon(b.lang);
    const heads = lex.identifierHeadWords;
    for (const m of text.matchAll(NUMBER)) {
      // `sección 3.2`, `la meta 5.2`, `item 4.1`: a part's or a target's number writes no decimal.
      if (afterHead(text, m.index, heads) || isPugHeadingNumber(text, m.index, m.index + m[0].length, lex.lineReach.headingPrefix)) continue;
      if (COMMA_DECIMAL.test(m[0])) comma++;
      else if (POINT_DECIMAL.test(m[0])) point++;
    }
  }
  format = numberFormat(true, comma > point ? "," : point > comma ? "." : undefined);
  doc.cache.set(KEY, format);
  return format;
}

export { ENGLISH_FORMAT };

/** The word before a number, a space or more apart (a trailing point kept apart: `párr.`). */
const WORD_BEFORE = /(\p{L}+)\.?\s+$/u;
/** How far back the word before a number is read. */
const HEAD_CHARS = 24;

/** The number at `at` follows an identifier head written as one word (`sección`, `Meta`: a capital where the list writes one). */
function afterHead(text: string, at: number, heads: ReadonlyMap<string, boolean>): boolean {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - HEAD_CHARS), at));
  if (!m) return false;
  const capital = heads.get(m[1]!.toLowerCase());
  return capital !== undefined && (!capital || m[1]!.charAt(0) !== m[1]!.charAt(0).toLowerCase());
}

// A quoted cell holding a number written with a comma, next to a cell separator: `,"1,371"`.
const QUOTED_NUMBER_CELL = /,"\d{1,3}(?:[.,]\d{3})+(?:\.\d+)?"|"\d{1,3}(?:[.,]\d{3})+(?:\.\d+)?",/;

/**
 * The format for `text[from, to)`: a block that quotes the numbers of its comma-separated cells
 * (`Lima,"1,371",948`) reads its unquoted commas as cell separators (see `NumberFormat.csvCells`).
 */
export function blockFormat(format: NumberFormat, text: string, from: number, to: number): NumberFormat {
  // Most blocks hold no quote at all: a plain loop tells that faster than the expression.
  if (!hasQuote(text, from, to)) return format;
  return QUOTED_NUMBER_CELL.test(text.slice(from, to)) ? numberFormat(format.romance, format.decimal, true) : format;
}

function hasQuote(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 34) return true;
  return false;
}
