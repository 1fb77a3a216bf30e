import { z } from "./zod.js";
import { loadDataFile, once } from "./data-file.js";
import type { References } from "./html-references.js";
import { partitionPoint } from "./search.js";

// Built only when the file is validated (loadDataFile), not at import.
const stringEscapesSchema = () =>
  z
    .object({
      $comment: z.string().optional(),
      minLineBreaks: z.number().int().min(1),
      maxRealPerEscaped: z.number().min(0).max(1),
      minGluedEscapes: z.number().int().min(1),
    })
    .strict();

const data = once(() => loadDataFile(new URL("../data/string-escapes.json", import.meta.url), stringEscapesSchema).data);

/** An escape of a quoted string: a backslash and one of `n r t f " / \`, or `u` and four hex digits. */
const ESCAPE = /\\(?:([nrtf])|(["/\\])|u([0-9A-Fa-f]{4}))/g;
/** An escaped line break not itself after an escaped backslash (`\\n` is a backslash and an `n`). */
const ESCAPED_BREAK = /(?<!\\)\\n/g;

/**
 * Whether `raw` is the body of a quoted string (data/string-escapes.json): enough escaped line
 * breaks, and few real ones beside them.
 */
export function looksStringEscaped(raw: string): boolean {
  // Read first, so every build that analyses a text lists the file (compiled.json).
  const { minLineBreaks, maxRealPerEscaped } = data();
  if (raw.indexOf("\\n") < 0) return false;
  let escaped = 0;
  ESCAPED_BREAK.lastIndex = 0;
  while (ESCAPED_BREAK.exec(raw)) escaped++;
  if (escaped < minLineBreaks) return false;
  let real = 0;
  for (let at = raw.indexOf("\n"); at >= 0; at = raw.indexOf("\n", at + 1)) real++;
  return real <= maxRealPerEscaped * escaped;
}

/** Raw ranges whose escapes are read: a whole quoted string's body, or the lines of strings in structured text. */
export type EscapedRegions = readonly (readonly [number, number])[];

/**
 * An escape written against a word (`murders.\nThe`, `Sept.\n`, `a\u00f1os`, `he said\"`): a
 * string's escape, not one mentioned in prose or code (`use \n`, `"\n"`), which stands after a
 * space or a quote, nor a LaTeX command (` \textit{`, ` \newline`) or accent (`M\"uller`).
 */
const GLUED = /[\p{L}\p{N}.,;:!?)>](?:\\(?:[nr]|"(?!\p{L})|u[0-9A-Fa-f]{4}))|(?<!\\)\\u[0-9A-Fa-f]{4}(?=\p{L})/gu;

/** An escape read in a string: a line break, carriage return, quote or `\uXXXX` (not after an escaped backslash). */
const STRING_ESCAPE = /(?<!\\)\\(?:[nr"]|u[0-9A-Fa-f]{4})/g;

/** Whether the escape at `at` of `line` (from `start`) lies between an unescaped `"` and the next: in a quoted string. */
function inQuotes(raw: string, start: number, at: number, end: number): boolean {
  let before = 0;
  for (let i = start; i < at; i++) if (raw[i] === '"' && raw[i - 1] !== "\\") before++;
  if (before % 2 === 0) return false;
  for (let i = at + 2; i < end; i++) if (raw[i] === '"' && raw[i - 1] !== "\\") return true;
  return false;
}

/**
 * Where `raw` holds escaped strings: all of it when it is one string's body (looksStringEscaped),
 * else, when the document holds at least minGluedEscapes escapes written against a word
 * (pretty-printed JSON, a CSV row, a JS source: a field per line, its prose one string), its real
 * lines holding one, or an escape inside a quoted string (`"text": "the time \nin"`); sorted,
 * apart. Undefined when none.
 */
export function stringEscapeRegions(raw: string): EscapedRegions | undefined {
  if (looksStringEscaped(raw)) return [[0, raw.length]];
  if (raw.indexOf("\\") < 0) return undefined;
  const { minGluedEscapes } = data();
  let glued = 0;
  GLUED.lastIndex = 0;
  const gluedAt = new Set<number>();
  let m: RegExpExecArray | null;
  let lineEnd = -1; // the end of the line last found, so each line's start is looked up once (linear on one long line)
  while ((m = GLUED.exec(raw))) {
    glued++;
    if (m.index < lineEnd) continue;
    gluedAt.add(raw.lastIndexOf("\n", m.index) + 1);
    const nl = raw.indexOf("\n", m.index);
    lineEnd = nl < 0 ? raw.length : nl;
  }
  if (glued < minGluedEscapes) return undefined;
  const lines: [number, number][] = [];
  let end = -1; // the end of the line last decided: one decision a line
  STRING_ESCAPE.lastIndex = 0;
  while ((m = STRING_ESCAPE.exec(raw))) {
    if (m.index < end) continue;
    const start = raw.lastIndexOf("\n", m.index) + 1;
    const nl = raw.indexOf("\n", m.index);
    end = nl < 0 ? raw.length : nl;
    if (gluedAt.has(start) || inQuotes(raw, start, m.index, end)) lines.push([start, end]);
  }
  return lines;
}

/** Whether `at` lies in one of `regions` (sorted, apart). */
const inRegions = (regions: EscapedRegions, at: number): boolean => {
  const k = partitionPoint(regions.length, (i) => regions[i]![1] <= at);
  return k < regions.length && regions[k]![0] <= at;
};

/**
 * The escapes to read in `raw` when it is a quoted string's body (`escaped`, else decided from
 * `raw`), or in its regions of strings (EscapedRegions): an escaped line break, tab or form feed stands for a space (lines of a block are joined
 * so), `\"` for `"`, `\u00e9` for `é`. A control character written as `\u…` is left as written.
 */
export function findStringEscapes(raw: string, escaped?: boolean | EscapedRegions): References | undefined {
  const regions = typeof escaped === "object" ? escaped : (escaped ?? looksStringEscaped(raw)) ? [[0, raw.length] as const] : undefined;
  if (regions === undefined || regions.length === 0) return undefined;
  const out: References = { starts: [], ends: [], values: [] };
  ESCAPE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ESCAPE.exec(raw))) {
    let value: string | undefined;
    if (m[1] !== undefined) value = " ";
    else if (m[2] !== undefined) value = m[2];
    else {
      const cp = Number.parseInt(m[3]!, 16);
      value = cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) ? undefined : String.fromCharCode(cp);
    }
    if (value === undefined || !inRegions(regions, m.index)) continue;
    out.starts.push(m.index);
    out.ends.push(m.index + m[0].length);
    out.values.push(value);
  }
  return out.starts.length > 0 ? out : undefined;
}

/** An escaped line break, carriage return or form feed (not after an escaped backslash). */
const ESCAPED_LAYOUT = /(?<!\\)\\([nrf])/g;

/**
 * `raw` with its escaped line breaks made real ones, at the same offsets (`\n` -> ` ⏎`; `\r`, `\f`
 * -> two spaces), for rules that read raw lines (a page number alone on its line, a note opening
 * one); `raw` itself unless it is a quoted string's body or holds strings (stringEscapeRegions).
 */
export function rawLines(raw: string, escaped: boolean | EscapedRegions = stringEscapeRegions(raw) ?? false): string {
  if (!escaped) return raw;
  const regions = typeof escaped === "object" ? escaped : undefined;
  return raw.replace(ESCAPED_LAYOUT, (all: string, c: string, at: number) =>
    regions && !inRegions(regions, at) ? all : c === "n" ? " \n" : "  ");
}
