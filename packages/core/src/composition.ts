/**
 * Letters stored decomposed: a base character followed by combining marks (`a` + U+0301 for `á`),
 * as PDF extraction and macOS file systems write them. Each letter Unicode composes (NFC) is read as
 * its composed character, as an HTML character reference is (normalize.ts): one analysis character
 * for the whole raw run, so raw offsets keep pointing at what the file holds, mark included.
 */
import type { References } from "./html-references.js";

/** A base character and the combining marks after it. */
const RUN = /\P{M}\p{M}+/gu;
/** Whether a text holds a combining mark at all: a document without one pays this test only. */
const MARK = /\p{M}/u;
/** No precomposed character holds more than three marks (Greek `ᾂ`: α, psili, varia, ypogegrammeni). */
const MAX_MARKS = 3;

/**
 * The decomposed letters of `raw`, in raw order: raw [start, end) composes to the one character
 * `value`. In a run whose marks do not all compose, the longest start that does is the letter and
 * the rest stay as they are; a run that does not compose at all is not listed.
 */
export function findComposed(raw: string): References | undefined {
  if (!MARK.test(raw)) return undefined;
  const out: References = { starts: [], ends: [], values: [] };
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(raw))) {
    const letter = composedStart(m[0]);
    if (!letter) continue;
    out.starts.push(m.index);
    out.ends.push(m.index + letter.length);
    out.values.push(letter.value);
  }
  return out.starts.length > 0 ? out : undefined;
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
