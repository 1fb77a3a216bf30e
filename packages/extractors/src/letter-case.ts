/**
 * Case changes that keep a text's length, so that a re-cased copy's offsets are the original's:
 * a letter whose other case is longer (`İ`, `ẞ`) stays as written.
 */
export function lowerKeepingLength(word: string): string {
  let out = "";
  for (const ch of word) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
