/**
 * Letters stored decomposed: a base character followed by combining marks (`a` + U+0301 for `á`),
 * as PDF extraction and macOS file systems write them. Each letter Unicode composes (NFC) is read as
 * its composed character, as an HTML character reference is (normalize.ts): one analysis character
 * for the whole raw run, so raw offsets keep pointing at what the file holds, mark included.
 */
import type { References } from "./html-references.js";

/** A run of combining marks; the character before it is its base. */
const MARKS = /\p{M}+/gu;
/** No precomposed character holds more than three marks (Greek `ᾂ`: α, psili, varia, ypogegrammeni). */
const MAX_MARKS = 3;

/**
 * The decomposed letters of `raw`, in raw order: raw [start, end) composes to the one character
 * `value`. In a run whose marks do not all compose, the longest start that does is the letter and
 * the rest stay as they are; a run that does not compose at all is not listed.
 */
export function findComposed(raw: string): References | undefined {
  // Text NFC leaves as it is holds nothing to compose: a quick check, without a scan of ours.
  if (raw.normalize("NFC") === raw) return undefined;
  const out: References = { starts: [], ends: [], values: [] };
  MARKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKS.exec(raw))) {
    if (m.index === 0) continue;
    const start = isLowSurrogate(raw, m.index - 1) && m.index >= 2 ? m.index - 2 : m.index - 1;
    const letter = composedStart(raw.slice(start, m.index + m[0].length));
    if (!letter) continue;
    out.starts.push(start);
    out.ends.push(start + letter.length);
    out.values.push(letter.value);
  }
  return out.starts.length > 0 ? out : undefined;
}

function isLowSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The longest start of `run` (base and at most MAX_MARKS marks) that NFC makes one code point. */
function composedStart(run: string): { value: string; length: number } | undefined {
  const points = [...run];
  for (let n = Math.min(points.length, 1 + MAX_MARKS); n >= 2; n--) {
    const part = points.slice(0, n).join("");
    const value = part.normalize("NFC");
    if (value.length < part.length && [...value].length === 1) return { value, length: part.length };
  }
  return undefined;
}
