/**
 * Minimal globs for inputs the shell did not expand (quoted patterns, Windows shells):
 * `*`, `?`, `[abc]`, `{a,b}` and `**` for any number of folders. Node 20 has no fs.glob.
 */

const GLOB_CHARS = /[*?[{]/;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** Split a pattern into the folder to walk and the pattern relative to it. */
export function globBase(pattern: string): { base: string; rest: string } {
  const parts = pattern.split(/[\\/]/);
  const first = parts.findIndex((p) => isGlob(p));
  const baseParts = parts.slice(0, first);
  const base = baseParts.length === 0 ? "." : baseParts.join("/") || "/";
  return { base, rest: parts.slice(first).join("/") };
}

/** A pattern that cannot be compiled (`[z-a]`, an unclosed `{`): reported as one line, not a stack. */
export class GlobError extends Error {
  override readonly name = "GlobError";
}

/** Compile the relative part of a glob to a RegExp over `/`-separated relative paths. */
export function globRegExp(rest: string): RegExp {
  let re = "";
  let i = 0;
  let braces = 0;
  while (i < rest.length) {
    const c = rest[i]!;
    if (c === "*" && rest[i + 1] === "*" && (i === 0 || rest[i - 1] === "/") && (rest[i + 2] === "/" || i + 2 === rest.length)) {
      // `**/` matches zero or more folders; a trailing `**` anything below.
      re += i + 2 === rest.length ? ".*" : "(?:[^/]+/)*";
      i += rest[i + 2] === "/" ? 3 : 2;
      continue;
    }
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = rest.indexOf("]", i + 2);
      if (close < 0) re += "\\[";
      else {
        let body = rest.slice(i + 1, close);
        const negate = body.startsWith("!") || body.startsWith("^");
        if (negate) body = body.slice(1);
        // Inside the class only `-` keeps a meaning; every other character is literal.
        const literal = body.replace(/[\\[\]^]/g, "\\$&");
        for (const m of body.matchAll(/(.)-(.)/gu)) {
          if (m[1]!.codePointAt(0)! > m[2]!.codePointAt(0)!) throw new GlobError(`invalid pattern: range out of order in [${body}]`);
        }
        re += negate ? `[^/${literal}]` : `[${literal}]`;
        i = close;
      }
    } else if (c === "{") {
      braces++;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (c === "," && braces > 0) re += "|";
    else re += c.replace(/[.*+?^$()|[\]{}\\]/g, "\\$&");
    i++;
  }
  if (braces > 0) throw new GlobError("invalid pattern: a { is not closed");
  try {
    return new RegExp(`^${re}$`, "u");
  } catch (e) {
    throw new GlobError(`invalid pattern: ${(e as Error).message.replace(/^Invalid regular expression: \/.*\/u?: /, "").toLowerCase()}`);
  }
}
