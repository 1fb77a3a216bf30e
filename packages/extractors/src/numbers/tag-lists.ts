import type { Lexicon } from "./vocabulary.js";

// A web page's or an article's tag line (`Tags: 145, trafficking, border`, `**Palabras clave:** 12,
// narcotráfico`) labels the page: its numbers count nothing (numeric-non-claims.json tagLists).

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
  // Back to the line's start, at most lineReach.tagLine characters (a text without line breaks would
  // otherwise be read back to its start for every number: quadratic).
  let lineStart = at;
  while (lineStart > 0 && raw.charCodeAt(lineStart - 1) !== 10 /* \n */) {
    if (at - lineStart === lex.lineReach.tagLine) return false;
    lineStart--;
  }
  return re.test(raw.slice(lineStart, at));
}

/**
 * The number at raw offset `at` lies in what one of `patterns` matches on its line: a message
 * header's lines (numeric-non-claims.json messageHeaders: a cable's transmission and routing lines,
 * its classification authority, a paragraph's number and marking) or a news feed's truncation mark
 * (truncationMarks: `… [+3367 chars]`).
 */
export function inLinePattern(raw: string, at: number, patterns: readonly RegExp[], maxLine: number): boolean {
  if (patterns.length === 0) return false;
  // Only `maxLine` characters are read either way: in a text without line breaks, reading to the
  // line's start would make every number scan the text.
  const from = Math.max(0, at - maxLine - 1);
  let back = at - 1;
  while (back >= from && raw.charCodeAt(back) !== 10) back--;
  if (back < from && from > 0) return false;
  const lineStart = back + 1;
  const limit = Math.min(raw.length, at + maxLine);
  let lineEnd = at;
  while (lineEnd < limit && raw.charCodeAt(lineEnd) !== 10) lineEnd++;
  const offset = at - lineStart;
  // A whole line's matches are read once per document (a line's numbers ask about the same line);
  // a line cut at `maxLine` ahead depends on `at`, so it is read on its own.
  const whole = lineEnd < limit || limit === raw.length;
  const spans = whole ? wholeLineSpans(raw, lineStart, lineEnd, patterns) : lineSpans(raw.slice(lineStart, lineEnd), patterns);
  for (let i = 0; i < spans.length; i += 2) if (offset >= spans[i]! && offset < spans[i + 1]!) return true;
  return false;
}

/** Start and end (pairs, relative to the line) of every match of `patterns` on `line`. */
function lineSpans(line: string, patterns: readonly RegExp[]): number[] {
  const spans: number[] = [];
  for (const re of patterns) {
    // What `line.matchAll(re)` gives (the patterns are global), by `exec`: matchAll copies the
    // expression and makes an iterator on every call, and this runs for every line with a number.
    if (!re.global) throw new TypeError(`a line pattern must be global: /${re.source}/${re.flags}`);
    re.lastIndex = 0;
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
      spans.push(m.index, m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex = advance(line, re.lastIndex, re.unicode);
    }
  }
  return spans;
}

/** Past an empty match, as `matchAll` steps: one code point in a Unicode expression, else one code unit. */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}

/** The last document's whole lines' spans, per pattern list. */
const lineMemo = new WeakMap<readonly RegExp[], { raw: string; lines: Map<number, number[]> }>();

function wholeLineSpans(raw: string, lineStart: number, lineEnd: number, patterns: readonly RegExp[]): number[] {
  let memo = lineMemo.get(patterns);
  if (memo === undefined || memo.raw !== raw) {
    memo = { raw, lines: new Map() };
    lineMemo.set(patterns, memo);
  }
  let spans = memo.lines.get(lineStart);
  if (spans === undefined) {
    spans = lineSpans(raw.slice(lineStart, lineEnd), patterns);
    memo.lines.set(lineStart, spans);
  }
  return spans;
}
