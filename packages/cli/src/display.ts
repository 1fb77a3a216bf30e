/**
 * File names are data: they may hold any byte but `/` and NUL, including an escape sequence that
 * would rewrite the user's terminal, a line break that forges a second message, or a
 * right-to-left override that reverses what the name seems to say. Messages show such names
 * escaped; outputs (CSV, JSON, the manifest) keep them exactly.
 */

/** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional formatting marks. */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, "g");
const QUOTED = new RegExp(`[\\\\"]|${UNSAFE.source}`, "g");

const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\", '"': '\\"' };

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * A path as it appears in a message: unchanged when it is plain, otherwise in double quotes with
 * the unsafe characters (and `\` and `"`) escaped as in JSON, so the name stays unambiguous.
 */
export function terminalPath(path: string): string {
  return UNSAFE.test(path) ? quoted(path) : path;
}

/** A name in double quotes, `\`, `"` and the unsafe characters escaped as in JSON. */
export function quoted(name: string): string {
  return `"${name.replace(QUOTED, (c) => SHORT[c] ?? hex(c))}"`;
}

/** A whole message line with any unsafe character escaped (a last guard for text we did not build). */
export function safeLine(line: string): string {
  return line.replace(UNSAFE_ALL, (c) => SHORT[c] ?? hex(c));
}
