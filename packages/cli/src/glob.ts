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
        const body = rest.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        re += `[${body}]`;
        i = close;
      }
    } else if (c === "{") {
      braces++;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (c === "," && braces > 0) re += "|";
    else re += c.replace(/[.+^$()|\\\]}]/g, "\\$&");
    i++;
  }
  return new RegExp(`^${re}$`);
}
