import type { AnalyzedDocument, PhraseMatch } from "@procmine/core";
import type { CountryForm, LexiconEntry } from "./forms.js";

/** Dotted short forms (`U.S.`, `U.K.`) as one pattern, longest first; undefined when none is listed. */
export interface SplitAbbreviations {
  pattern: RegExp | undefined;
  forms: ReadonlyMap<string, CountryForm>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The lexicon's single-word dotted short forms, matched in their exact case. */
export function compileSplitAbbreviations(lexicon: readonly LexiconEntry[]): SplitAbbreviations {
  const forms = new Map<string, CountryForm>();
  for (const e of lexicon) {
    if (e.value.kind === "country" && e.value.case === "exact" && e.phrase.includes(".") && !/\s/.test(e.phrase)) forms.set(e.phrase, e.value);
  }
  if (forms.size === 0) return { pattern: undefined, forms };
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape);
  // Not inside a word or a longer abbreviation (`U.S.C.`, the United States Code): no letter,
  // digit or dot before; no letter or digit after, nor a dot that goes on with one.
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}]|\\.[\\p{L}\\p{N}])`, "gu"), forms };
}

/**
 * `China-U.S. relations`, `non-U.S. persons`, `U.S-Japan`: after a hyphen the tokenizer splits a
 * dotted short form into pieces (`U`, `.`, `S.`), so the phrase matcher cannot see it; find it in
 * the text. Matches at a place the phrase matcher already matched are the caller's to drop.
 */
export function splitAbbreviationMatches(doc: AnalyzedDocument, split: SplitAbbreviations): PhraseMatch<CountryForm>[] {
  if (split.pattern === undefined) return [];
  const t = doc.tokens;
  const out: PhraseMatch<CountryForm>[] = [];
  split.pattern.lastIndex = 0;
  for (let m = split.pattern.exec(doc.text); m !== null; m = split.pattern.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const first = t.at(start);
    const last = t.at(end - 1);
    // Only where the form is split over tokens or shares one with a prefix (`non-U`).
    if (first < 0 || last < 0 || (first === last && t.start(first) === start && t.end(first) === end)) continue;
    out.push({ start, end, firstToken: first, endToken: last + 1, value: split.forms.get(m[0])!, phrase: m[0] });
  }
  return out;
}
