/**
 * Numbers written in code or configuration, read on the raw text's lines: a map's settings
 * (`zoom: 13.5,`, `center: [-75.36, 0.48]`), a JSON record's fields (`"paragraph_level": 1,`),
 * the lines of a Markdown code fence (R or Python code). They set a program's values; they state
 * nothing about the world.
 */
import { floorIndex } from "@procmine/core";

/** How far back on its line the key before a value is read. */
const MAX_KEY_CHARS = 80;
/** How far on its line the rest of a bracketed list is read. */
const MAX_LIST_CHARS = 120;

/** `"key": ` or `'key' = ` (a quoted name written as code: no space in it), anywhere on the line. */
const QUOTED_KEY = /["']([A-Za-z_$][\w$.-]*)["']\s*[:=]\s*-?$/;
/**
 * `  zoom: `, `n = `, `{ opacity: `: a name written in code, lower case first, opening the line or
 * an object's field (`Deaths: 45` in a table of counts is a label, not code).
 */
const BARE_KEY = /(?:^|[{,])\s*([a-z_$][\w$]*)\s*[:=]\s*-?$/;
/** After a value of code: a comma, a semicolon or a closing bracket, or the end of the line. */
const VALUE_END = /^\s*(?:[,;})\]]|$)/;
/** The opening quote of a value or list item: `"key": "`, `["`, `, "` (not a comma-separated table's quoted cell, `,"1,020"`). */
const QUOTED_VALUE_BEFORE = /(?:[[:]\s*|,\s+)"$/;
/** The closing quote of a value that is only a number, with a full stop or a year in parentheses: `1."`, ` (2022)",`. */
const QUOTED_VALUE_AFTER = /^\.?(?:\s*\(\d{4}\))?"\s*(?:[,\]}:]|$)/;
/** The rest of a line that is only a quoted number (and its year), perhaps with a comma: `2653 (2022)",`. */
const QUOTED_LINE_AFTER = /^\.?(?:\s*\(\d{4}\))?"\s*[,\]]?\s*$/;
/** `"20.2109,-101.1305"`: a quoted pair of decimals (a point's coordinates), read from its first number (after) or its second (before). */
const QUOTED_PAIR_AFTER = /^\s*,\s*-?\d+\.\d+"\s*(?:[,\]}]|$)/;
const QUOTED_PAIR_BEFORE = /(?:[[:]\s*|,\s+)"-?\d+\.\d+\s*,\s*-?$/;
/** A list of numbers open before the value: `[-75.36, ` or `[`. */
const LIST_BEFORE = /\[\s*(?:-?\d+(?:\.\d+)?\s*,\s*)*-?$/;
/** The rest of a list of numbers after the value: `, 0.48]` or `]`. */
const LIST_AFTER = /^(?:\s*,\s*-?\d+(?:\.\d+)?)*\s*\]/;

/**
 * The number written at raw [start, end) is a value of code: a setting's value (a key whose last
 * word is one of `settings`), a quoted label that is only a number, or an item of a bracketed list
 * of numbers.
 */
export function isCodeValue(raw: string, start: number, end: number, settings: ReadonlySet<string>): boolean {
  // Every shape below ends its text before the value with a key's `:` or `=`, a quote, a bracket
  // or a comma (then spaces, a minus): told from the characters there, most numbers make no string.
  if (!codeMarkBefore(raw, start)) return false;
  // Only the characters near the value are read, never the whole line: in a text without line
  // breaks, reading the line would make every number scan the text.
  const from = Math.max(0, start - MAX_KEY_CHARS - 1);
  const back = raw.slice(from, start).lastIndexOf("\n");
  const lineStart = back >= 0 ? from + back + 1 : from === 0 ? 0 : -1; // -1: further back than the key is read
  const near = lineStart >= 0 && start - lineStart <= MAX_KEY_CHARS;
  const before = raw.slice(Math.max(lineStart, start - MAX_KEY_CHARS, 0), start);
  const ahead = raw.slice(end, end + MAX_LIST_CHARS);
  const cut = ahead.indexOf("\n");
  const after = cut >= 0 ? ahead.slice(0, cut) : ahead;
  if (VALUE_END.test(after)) {
    const key = QUOTED_KEY.exec(before) ?? (near ? BARE_KEY.exec(before) : null);
    if (key && settings.has(lastWord(key[1]!))) return true;
  }
  // `[-75.36, 0.48]`: two or more numbers in square brackets are coordinates or settings.
  // `["2653 (2022)", "https://…"]`, `"prefix": "1."`: a quoted value or item that is only a number (and its year) labels a record.
  if (QUOTED_VALUE_BEFORE.test(before) && QUOTED_VALUE_AFTER.test(after)) return true;
  const decimal = /^\d+\.\d+$/.test(raw.slice(start, end));
  if (decimal && ((QUOTED_VALUE_BEFORE.test(before) && QUOTED_PAIR_AFTER.test(after)) || (QUOTED_PAIR_BEFORE.test(before) && QUOTED_VALUE_AFTER.test(after)))) return true;
  // A list's item on its own line (`[⏎  "2653 (2022)",⏎  "https://…"`): the whole line is the quoted value.
  if (near && /^\s*"$/.test(before) && QUOTED_LINE_AFTER.test(after)) return true;
  const list = LIST_BEFORE.exec(before);
  const rest = LIST_AFTER.exec(after);
  return list !== null && rest !== null && (list[0].includes(",") || rest[0].includes(","));
}

/** `:`, `=`, `"`, `[` or `,` before `start` on its line (within the key's reach), past spaces and one minus. */
function codeMarkBefore(raw: string, start: number): boolean {
  const lo = Math.max(0, start - MAX_KEY_CHARS);
  let k = start - 1;
  if (k >= lo && raw.charCodeAt(k) === 45) k--;
  while (k >= lo && isSpaceButNewline(raw.charCodeAt(k))) k--;
  if (k < lo) return false;
  const c = raw.charCodeAt(k);
  return c === 58 || c === 61 || c === 34 || c === 91 || c === 44;
}

/** A character `\s` matches, but a line's end (the text before a value is read on its line). */
function isSpaceButNewline(c: number): boolean {
  if (c < 128) return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
  return c !== 10 && /\s/.test(String.fromCharCode(c));
}

/** The last word of a key written in code, lower case: `paragraph_level` -> `level`, `fadeDuration` -> `duration`. */
function lastWord(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[\s_$.-]+/).filter((w) => w !== "");
  return (words[words.length - 1] ?? "").toLowerCase();
}

/** The raw ranges [open, close) of Markdown code fences (```` ``` ```` or `~~~` lines), read once per text. */
const fenceRanges = new WeakMap<object, readonly number[]>();
const FENCE_LINE = /^[ \t]{0,3}(?:```|~~~)/gm;

function fencesOf(key: object, raw: string): readonly number[] {
  let ranges = fenceRanges.get(key);
  if (!ranges) {
    const marks = [...raw.matchAll(FENCE_LINE)].map((m) => m.index);
    // A last fence never closed is a stray mark, not code.
    if (marks.length % 2 === 1) marks.pop();
    ranges = marks;
    fenceRanges.set(key, ranges);
  }
  return ranges;
}

/** Raw offset `at` lies between a Markdown fence's opening and closing lines. `key` caches the text's fences. */
export function insideCodeFence(key: object, raw: string, at: number): boolean {
  // Inside when the last mark at or before `at` is an opening one (an even index).
  return floorIndex(fencesOf(key, raw), at) % 2 === 0;
}

/** The raw ranges [open, close) of HTML style elements (`<style>…</style>`), read once per text. */
const styleRanges = new WeakMap<object, readonly number[]>();
const STYLE_TAG = /<\/?style\b[^>]*>/gi;

function stylesOf(key: object, raw: string): readonly number[] {
  let ranges = styleRanges.get(key);
  if (!ranges) {
    const marks: number[] = [];
    // Only a quick test first: most texts hold no style element.
    if (/<style\b/i.test(raw)) {
      for (const m of raw.matchAll(STYLE_TAG)) {
        const closing = m[0].charAt(1) === "/";
        // Opening and closing marks alternate; a stray one is skipped.
        if (closing === (marks.length % 2 === 1)) marks.push(closing ? m.index : m.index + m[0].length);
      }
      if (marks.length % 2 === 1) marks.pop();
    }
    ranges = marks;
    styleRanges.set(key, ranges);
  }
  return ranges;
}

/**
 * Raw offset `at` lies inside an HTML style element (`body { font-size: 14px; color: #333; }`): a
 * style sheet's lengths and colours set a page's look, they state nothing. `key` caches the ranges.
 */
export function insideStyleElement(key: object, raw: string, at: number): boolean {
  return floorIndex(stylesOf(key, raw), at) % 2 === 0;
}
