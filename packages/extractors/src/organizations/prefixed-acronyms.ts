import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";

// `post-FARC groups`, `non-FARC brokers`: a lower-case prefix hyphened to a listed body's acronym
// leaves the acronym naming that body. The tokenizer keeps the hyphened word whole, so the
// gazetteer's matcher never sees the acronym on its own: it is read here, the prefix outside the span.

const PREFIXED = /(?<![\p{L}\p{N}-])(\p{Ll}+)-([A-Z][A-Z0-9&]*[A-Z0-9](?:-[A-Z0-9]+)*)(?![\p{L}\p{N}])/uy;
const LOWER = /\p{Ll}/u;

/**
 * Where `PREFIXED` can match: each `-` before a capital, from the start of the lower-case word
 * before it (the lookbehind leaves no other start). The regex is then tried there alone, so the
 * matches are exactly a scan of the whole text's, for the cost of finding its hyphens.
 */
export function* prefixedMatches(text: string): Generator<RegExpExecArray> {
  let after = 0;
  for (let h = text.indexOf("-", 1); h >= 0; h = text.indexOf("-", h + 1)) {
    const next = text.charCodeAt(h + 1);
    if (!(next >= 65 && next <= 90)) continue;
    let s = h;
    while (s > 0) {
      const c = text.charCodeAt(s - 1);
      if (c >= 97 && c <= 122) s--;
      else if (c < 128) break;
      else {
        // A letter outside ASCII, as a whole code point (a surrogate pair is one).
        const from = c >= 0xdc00 && c <= 0xdfff && s >= 2 && text.charCodeAt(s - 2) >= 0xd800 && text.charCodeAt(s - 2) <= 0xdbff ? s - 2 : s - 1;
        if (!LOWER.test(text.slice(from, s))) break;
        s = from;
      }
    }
    if (s === h || s < after) continue;
    PREFIXED.lastIndex = s;
    const m = PREFIXED.exec(text);
    if (m === null) continue;
    after = m.index + m[0].length;
    yield m;
  }
}

/** Listed acronyms after a listed prefix and a hyphen, each with its record's identity. Linear in the text. */
export function prefixedAcronyms(doc: AnalyzedDocument, prefixes: ReadonlySet<string>, byAcronym: ReadonlyMap<string, OrgIdentity>): OrgCandidate[] {
  if (prefixes.size === 0) return [];
  const out: OrgCandidate[] = [];
  for (const m of prefixedMatches(doc.text)) {
    if (!prefixes.has(m[1]!)) continue;
    const identity = byAcronym.get(m[2]!);
    if (!identity) continue;
    const start = m.index + m[1]!.length + 1;
    if (identity.languages !== undefined && !identity.languages.includes(doc.langAt(start))) continue;
    out.push({ ...identity, start, end: start + m[2]!.length, rule: "gazetteer" });
  }
  return out;
}
