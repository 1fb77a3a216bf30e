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

// Lower-case letters only: the scan runs on the lower-cased text, and ASCII ranges are fast.
const WORD_FORM = /[a-z\u00df-\u024f]+(?:-[a-z\u00df-\u024f]+)*/g;

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
  // One pass over the document's words, counting only the forms in question.
  const lower = text.toLowerCase();
  let longest = 0;
  for (const k of wanted.keys()) longest = Math.max(longest, k.length);
  WORD_FORM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_FORM.exec(lower))) {
    const w = m[0];
    if (w.length > longest && !w.includes("-")) continue;
    const n = wanted.get(w);
    if (n !== undefined) wanted.set(w, n + 1);
    else if (w.includes("-")) {
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
