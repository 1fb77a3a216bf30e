import { decideHyphenation, type HyphenCandidate } from "./hyphenation.js";
import { findComposed } from "./composition.js";
import { findDoubleEncoded, mergeReferences } from "./double-encoding.js";
import { findReferences } from "./html-references.js";
import { findStringEscapes, type EscapedRegions } from "./string-escapes.js";
import { OffsetMap, OffsetMapBuilder } from "./offset-map.js";
import type { Structure } from "./structure.js";

/** One-for-one replacements: offsets do not move. */
const REPLACE: Record<string, string> = {
  "\t": " ", "\f": " ", "\v": " ", "\r": " ", "\u00a0": " ", "\ufeff": " ", "\u2007": " ", "\u202f": " ",
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
  // An em dash separates clauses; as a space it does not glue two words into one token.
  "\u2014": " ", "\u2015": " ",
};
const REPLACE_RE = new RegExp(`[${Object.keys(REPLACE).join("").replace(/-/g, "\\-")}]`, "g");
const LONE_CR = /\r(?!\n)/g;
/** Markdown's hard line break: a backslash ending a line (not itself escaped) is no character of the text. */
const HARD_BREAK = /(?<!\\)\\(?=\r?\n)/g;
/** Characters that carry nothing for analysis: soft hyphen, zero-width spaces and joiners. */
const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060]/g;

export interface Normalized {
  text: string;
  map: OffsetMap;
}

/**
 * The analysis text: lines of a block joined by a space, line-break hyphenation undone where
 * the evidence says the word was cut, quotes and dashes made plain, blocks separated by `\n`,
 * HTML character references decoded when the text is HTML-escaped (`htmlEscaped`), and
 * double-encoded sequences (`Ã­` for `í`) read as their character when the text is double-encoded
 * (`doubleEncoded`); each decided once for a whole document, or else read from `raw`. The
 * escapes of a text saved as a quoted string's body (`\n`, `\"`) are read as what they stand
 * for when the text is one (`stringEscaped`, else decided from `raw`; string-escapes.ts). A letter
 * stored decomposed (`a` + U+0301) is read as its composed character (`á`) in any document.
 */
export function normalize(raw: string, structure: Structure, htmlEscaped?: boolean, doubleEncoded?: boolean, stringEscaped?: boolean | EscapedRegions): Normalized {
  // A lone `\r` ends a line (old Mac files) as `\n` does; the one of `\r\n` is a space.
  const mapped = raw.replace(LONE_CR, "\n").replace(REPLACE_RE, (c) => REPLACE[c]!).replace(HARD_BREAK, " ");
  const { lines, joinsNext } = structure;
  const composed = findComposed(raw);
  const candidates = findHyphenCandidates(mapped, structure);
  // Decomposed letters are weighed as their composed forms, so `poli\u0301-\ncia` finds `policía` elsewhere.
  const joinWord = decideHyphenation(composed ? mapped.normalize("NFC") : mapped, composed ? candidates.map(composeParts) : candidates);
  const hasInvisible = INVISIBLE_RE.test(raw);
  const parts: string[] = [];
  const builder = new OffsetMapBuilder();
  let length = 0;
  let rawAt = 0; // raw offset of the next character to emit
  const refs = mergeReferences(mergeReferences(mergeReferences(findReferences(raw, htmlEscaped), findDoubleEncoded(raw, doubleEncoded)), composed), findStringEscapes(raw, stringEscaped));
  let ref = 0; // the next reference at or after rawAt
  const emit = (to: number) => {
    if (refs) {
      while (ref < refs.starts.length && refs.starts[ref]! < rawAt) ref++;
      // References and decomposed letters hold no line break or hyphen, so none straddles `to`.
      for (; ref < refs.starts.length && refs.ends[ref]! <= to; ref++) {
        emitPlain(refs.starts[ref]!);
        emitReference(refs.values[ref]!, refs.ends[ref]!);
      }
    }
    emitPlain(to);
  };
  /** The reference (or decomposed letter) from rawAt to `end` stands for `value`: one character for all of it. */
  const emitReference = (value: string, end: number) => {
    const plain = value.replace(REPLACE_RE, (c) => REPLACE[c]!).replace(INVISIBLE_RE, "");
    if (plain === "") return skip(end);
    parts.push(plain);
    length += plain.length;
    builder.widen(length - 1, end - rawAt - plain.length, end);
    rawAt = end;
  };
  const emitPlain = (to: number) => {
    if (to <= rawAt) return;
    if (hasInvisible) {
      const chunk = mapped.slice(rawAt, to);
      INVISIBLE_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      let from = 0;
      while ((m = INVISIBLE_RE.exec(chunk))) {
        parts.push(chunk.slice(from, m.index));
        length += m.index - from;
        builder.skip(length, 1);
        from = m.index + 1;
      }
      parts.push(chunk.slice(from));
      length += chunk.length - from;
    } else {
      parts.push(mapped.slice(rawAt, to));
      length += to - rawAt;
    }
    rawAt = to;
  };
  const skip = (to: number) => {
    builder.skip(length, to - rawAt);
    rawAt = to;
  };
  let c = 0;
  for (let i = 0; i < lines.count; i++) {
    const end = lines.ends[i]!;
    const next = i + 1 < lines.count ? lines.starts[i + 1]! : raw.length;
    const cand = candidates[c];
    if (cand && cand.line === i) {
      c++;
      if (joinsNext[i]) {
        // Drop the hyphen (when the word was cut), the line break and the next page's indent.
        const keepHyphen = !joinWord[c - 1];
        emit(keepHyphen ? cand.hyphen + 1 : cand.hyphen);
        skip(cand.resume);
        continue;
      }
    }
    // A line that neither joins the next nor ends in a cut word is copied as it stands, with its
    // line break: the next emit copies it along (one part for a run of such lines, not two a line).
    if (!joinsNext[i]) continue;
    emit(end);
    if (next > end) {
      emit(next); // `\n` (and `\r`) inside a block read as spaces
      parts[parts.length - 1] = parts[parts.length - 1]!.replace(/\n$/, " ");
    }
  }
  emit(raw.length);
  const text = parts.join("");
  return { text, map: builder.finish(text.length, raw.length) };
}

/** A cut word's parts as the analysis text reads them: decomposed letters composed. */
function composeParts(c: HyphenCandidate): HyphenCandidate {
  return { ...c, left: c.left.normalize("NFC"), right: c.right.normalize("NFC") };
}

/** Lines that end in `letter-` and whose block goes on with a lower-case letter. */
function findHyphenCandidates(mapped: string, structure: Structure): HyphenCandidate[] {
  const { lines, joinsNext } = structure;
  const out: HyphenCandidate[] = [];
  for (let i = 0; i + 1 < lines.count; i++) {
    if (!joinsNext[i]) continue;
    let e = lines.ends[i]!;
    while (e > lines.starts[i]! && mapped.charCodeAt(e - 1) === 32) e--;
    if (e - 2 < lines.starts[i]! || mapped.charCodeAt(e - 1) !== 45 || !isLetter(mapped, e - 2)) continue;
    let r = lines.starts[i + 1]!;
    while (r < lines.ends[i + 1]! && mapped.charCodeAt(r) === 32) r++;
    // The word parts on either side: letters (and combining marks after the first), at most 40.
    const rightMax = Math.min(r + 40, lines.ends[i + 1]!);
    if (r >= rightMax || !isLetter(mapped, r)) continue;
    let rightEnd = r + 1;
    while (rightEnd < rightMax && isLetterOrMark(mapped, rightEnd)) rightEnd++;
    const leftMin = Math.max(lines.starts[i]!, e - 41);
    let leftStart = e - 1;
    while (leftStart > leftMin && isLetterOrMark(mapped, leftStart - 1)) leftStart--;
    out.push({ line: i, hyphen: e - 1, resume: r, left: mapped.slice(leftStart, e - 1), right: mapped.slice(r, rightEnd) });
  }
  return out;
}

const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 32;
  if (c >= 97 && c <= 122) return true;
  return s.charCodeAt(i) >= 128 && LETTER.test(s.charAt(i));
}

function isLetterOrMark(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 32;
  if (c >= 97 && c <= 122) return true;
  return s.charCodeAt(i) >= 128 && LETTER_OR_MARK.test(s.charAt(i));
}
