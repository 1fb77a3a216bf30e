import type { Lexicon } from "./vocabulary.js";

// A web page's or an article's tag line (`Tags: 145, trafficking, border`, `**Palabras clave:** 12,
// narcotráfico`) labels the page: its numbers count nothing (numeric-non-claims.json tagLists).

/** The most characters read back from a number to its line's start. */
const MAX_LINE = 300;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const patterns = new WeakMap<readonly string[], RegExp | null>();

/** A line's start up to a tag list's item: markup, a label, its colon, then only items and commas. */
function linePattern(labels: readonly string[]): RegExp | null {
  let re = patterns.get(labels);
  if (re === undefined) {
    re = labels.length === 0 ? null : new RegExp(`^[\\s*_#>-]*(?:${labels.map(escape).join("|")})[\\s*_]*:[\\s*_]*(?:[^.:;!?\\n]*,[\\s*_]*)?$`, "iu");
    patterns.set(labels, re);
  }
  return re;
}

/** The number at raw offset `at` is an item of a tag line. */
export function isTagListItem(raw: string, at: number, lex: Lexicon): boolean {
  const re = linePattern(lex.tagLabels);
  if (re === null) return false;
  const lineStart = raw.lastIndexOf("\n", at - 1) + 1;
  if (at - lineStart > MAX_LINE) return false;
  return re.test(raw.slice(lineStart, at));
}

/**
 * The number at raw offset `at` lies in what one of `patterns` matches on its line: a message
 * header's lines (numeric-non-claims.json messageHeaders: a cable's transmission and routing lines,
 * its classification authority, a paragraph's number and marking) or a news feed's truncation mark
 * (truncationMarks: `… [+3367 chars]`).
 */
export function inLinePattern(raw: string, at: number, patterns: readonly RegExp[]): boolean {
  if (patterns.length === 0) return false;
  // Only MAX_LINE characters are read either way: in a text without line breaks, reading to the
  // line's start would make every number scan the text.
  const from = Math.max(0, at - MAX_LINE - 1);
  const back = raw.slice(from, at).lastIndexOf("\n");
  if (back < 0 && from > 0) return false;
  const lineStart = back < 0 ? 0 : from + back + 1;
  const ahead = raw.slice(at, at + MAX_LINE);
  const next = ahead.indexOf("\n");
  const line = raw.slice(lineStart, next < 0 ? at + ahead.length : at + next);
  const offset = at - lineStart;
  return patterns.some((re) => {
    re.lastIndex = 0;
    for (const m of line.matchAll(re)) if (offset >= m.index && offset < m.index + m[0].length) return true;
    return false;
  });
}
