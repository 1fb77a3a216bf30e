import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import type { OrgLexicon } from "./pattern-words.js";

/**
 * A party acronym beside a speaker's state (`Paulo Silva (Bloco/PL - DF.`, `(PT-SP)`), inside the
 * parenthesis a legislative record or a news report puts after a speaker's name: a listed party
 * acronym right before a hyphen and a listed state code is that party. Elsewhere such an acronym
 * is often another word (`PL` is also a bill), so only this attribution names it.
 */
const ATTRIBUTION = /(?<=[(/.]\s*)(\p{L}{2,14})\s*[-–]\s*(\p{Lu}{2})\b/gu;

/**
 * The press's shorter attribution: a listed party acronym alone in a parenthesis right after a
 * capitalized word, the person's surname (`o governador Fulano Tal (PSDB)`). A capitalized word
 * that closes a body's name (`Supremo Tribunal Federal (STF)`) defines an acronym no party list holds.
 */
const NAME_PARENTHESIS = /(?<=\p{Lu}\p{Ll}+\s\()(\p{L}{2,14})(?=\))/gu;

/** How far back the parenthesis may open: a speaker's name and a bloc, not a paragraph. */
const MAX_INSIDE = 80;

export function speakerParties(doc: AnalyzedDocument, lex: OrgLexicon): OrgCandidate[] {
  if (lex.speakerParties.size === 0) return [];
  const text = doc.text;
  const out: OrgCandidate[] = [];
  for (const m of text.matchAll(ATTRIBUTION)) {
    const acronym = m[1]!;
    const name = lex.speakerParties.get(acronym);
    if (name === undefined || !lex.speakerRegions.has(m[2]!)) continue;
    const start = m.index;
    if (!insideParenthesis(text, start)) continue;
    out.push({ name, start, end: start + acronym.length, rule: "name_pattern" });
  }
  for (const m of text.matchAll(NAME_PARENTHESIS)) {
    const acronym = m[1]!;
    const name = lex.speakerParties.get(acronym);
    // An acronym opens with two capitals (`PSDB`, `PCdoB`); a title-case word (`Novo`, `Rede`) is not one here.
    if (name === undefined || !/^\p{Lu}{2}/u.test(acronym)) continue;
    out.push({ name, start: m.index, end: m.index + acronym.length, rule: "name_pattern" });
  }
  return out;
}

/**
 * A parenthesis opens at most MAX_INSIDE characters before `at` and does not close before it.
 * Looks no further back than that, so a text with no parenthesis costs each match little.
 */
function insideParenthesis(text: string, at: number): boolean {
  for (let i = at; i >= 0 && at - i <= MAX_INSIDE; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x28) return true;
    if (c === 0x29) return false;
  }
  return false;
}
