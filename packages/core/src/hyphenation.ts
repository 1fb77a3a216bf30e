import { layout } from "./layout-data.js";

/** A word cut at a line end: `left-` then, on the next line, `right`. */
export interface HyphenCandidate {
  line: number;
  /** Raw offset of the hyphen. */
  hyphen: number;
  /** Raw offset where the next line's text resumes. */
  resume: number;
  left: string;
  right: string;
}

/** A letter of a word form: the scan runs on the lower-cased text (a-z, then Latin-1 to Latin Extended-B). */
function isFormChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f);
}

/**
 * For each candidate, true when the hyphen only cut the word (join `Gua-temala` into
 * `Guatemala`), false when the hyphen belongs to the word (`cyber-security`). Evidence in
 * order: how the document itself writes the word elsewhere, the case of the next letter, and
 * prefixes that keep their hyphen.
 */
export function decideHyphenation(text: string, candidates: readonly HyphenCandidate[]): boolean[] {
  if (candidates.length === 0) return [];
  const wanted = new Map<string, number>();
  for (const c of candidates) {
    wanted.set(`${c.left}${c.right}`.toLowerCase(), 0);
    wanted.set(`${c.left}-${c.right}`.toLowerCase(), 0);
  }
  // One pass over the document's words, counting only the forms in question. Most words have
  // no wanted length: they are skipped without making a string of them.
  const lower = text.toLowerCase();
  const wantedLength = new Uint8Array(256);
  for (const k of wanted.keys()) wantedLength[Math.min(k.length, 255)] = 1;
  for (let i = 0; i < lower.length; ) {
    if (!isFormChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let compound = false;
    for (;;) {
      while (i < lower.length && isFormChar(lower.charCodeAt(i))) i++;
      if (lower.charCodeAt(i) !== 45 || !isFormChar(lower.charCodeAt(i + 1))) break;
      compound = true;
      i++;
    }
    if (!compound && wantedLength[Math.min(i - start, 255)] === 0) continue;
    const w = lower.slice(start, i);
    const n = wanted.get(w);
    if (n !== undefined) wanted.set(w, n + 1);
    else if (compound) {
      // A compound also vouches for its parts being written with a hyphen: `co-hosted` in `co-hosted-event`.
      for (const part of pairs(w)) {
        const k = wanted.get(part);
        if (k !== undefined) wanted.set(part, k + 1);
      }
    }
  }
  const prefixes = layout().hyphenPrefixes;
  return candidates.map((c) => {
    const joined = wanted.get(`${c.left}${c.right}`.toLowerCase()) ?? 0;
    const hyphenated = wanted.get(`${c.left}-${c.right}`.toLowerCase()) ?? 0;
    if (joined !== hyphenated) return joined > hyphenated;
    if (c.right.charAt(0) !== c.right.charAt(0).toLowerCase()) return false;
    return !prefixes.has(c.left.toLowerCase());
  });
}

function* pairs(compound: string): Generator<string> {
  const parts = compound.split("-");
  for (let i = 0; i + 1 < parts.length; i++) yield `${parts[i]}-${parts[i + 1]}`;
}
