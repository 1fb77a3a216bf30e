import { z } from "./zod.js";
import { loadDataFile, once } from "./data-file.js";
import type { References } from "./html-references.js";

// Built only when the file is validated (loadDataFile), not at import.
const stringEscapesSchema = () =>
  z
    .object({
      $comment: z.string().optional(),
      minLineBreaks: z.number().int().min(1),
      maxRealPerEscaped: z.number().min(0).max(1),
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

/**
 * The escapes to read in `raw` when it is a quoted string's body (`escaped`, else decided from
 * `raw`): an escaped line break, tab or form feed stands for a space (lines of a block are joined
 * so), `\"` for `"`, `\u00e9` for `é`. A control character written as `\u…` is left as written.
 */
export function findStringEscapes(raw: string, escaped?: boolean): References | undefined {
  if (!(escaped ?? looksStringEscaped(raw))) return undefined;
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
    if (value === undefined) continue;
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
 * one); `raw` itself unless it is a quoted string's body.
 */
export function rawLines(raw: string, escaped = looksStringEscaped(raw)): string {
  if (!escaped) return raw;
  return raw.replace(ESCAPED_LAYOUT, (_, c: string) => (c === "n" ? " \n" : "  "));
}
