import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import type { OrgLexicon } from "./pattern-words.js";

/**
 * A party acronym beside a speaker's state (`Paulo Silva (Bloco/PL - DF.`, `(PT-SP)`), inside the
 * parenthesis a legislative record or a news report puts after a speaker's name: a listed party
 * acronym right before a hyphen and a listed state code is that party. Elsewhere such an acronym
 * is often another word (`PL` is also a bill), so only this attribution names it.
 */
const ATTRIBUTION = /[(/.]\s*(\p{L}{2,14})\s*[-–]\s*(\p{Lu}{2})\b/gu;

/**
 * The press's shorter attribution: a listed party acronym alone in a parenthesis right after a
 * capitalized word, the person's surname (`o governador Fulano Tal (PSDB)`). A capitalized word
 * that closes a body's name (`Supremo Tribunal Federal (STF)`) defines an acronym no party list holds.
 */
const NAME_PARENTHESIS = /\((\p{L}{2,14})\)/gu;

/**
 * A legislative record exported as a table (`3601171,"…",FULANO_TAL,PL,RN`): a row gives the
 * speaker's party and state in two cells side by side, the party a listed acronym, the state a
 * listed code closing its row (the row break read as a space) or followed by the same separator.
 */
const ATTRIBUTION_CELLS = /([,;\t])(\p{Lu}\p{L}{1,13})\1(\p{Lu}{2})(?=\1|\s|$)/gu;

/**
 * The press's attribution with no parenthesis: a listed party acronym hyphened to a listed state code
 * right after a person's name (`o senador Fulano Tal PP-GO afirmou`). Written with no space around the
 * hyphen, and only after a capitalized word, so a bill's number or a code in running text is not read.
 */
const NAME_ATTRIBUTION = /(\p{Lu}[\p{Lu}\p{Ll}]{1,13})[-–](\p{Lu}{2})(?![\p{L}\p{N}])/uy;

/** NAME_ATTRIBUTION's hyphen and state code: checked first at each hyphen, since most hyphens join lower-case words. */
const NAME_ATTRIBUTION_TAIL = /[-–]\p{Lu}{2}(?![\p{L}\p{N}])/uy;

/** Fourteen letters of up to two UTF-16 units each: the furthest NAME_ATTRIBUTION opens before its hyphen. */
const MAX_ATTRIBUTION_HEAD = 28;

/** How far back the parenthesis may open: a speaker's name and a bloc, not a paragraph. */
const MAX_INSIDE = 80;

export function speakerParties(doc: AnalyzedDocument, lex: OrgLexicon): OrgCandidate[] {
  if (lex.speakerParties.size === 0) return [];
  const text = doc.text;
  const out: OrgCandidate[] = [];
  for (const { acronym, region, start } of attributions(text)) {
    const name = lex.speakerParties.get(acronym);
    if (name === undefined || !lex.speakerRegions.has(region)) continue;
    if (!insideParenthesis(text, start)) continue;
    out.push({ name, start, end: start + acronym.length, rule: "name_pattern" });
  }
  for (const m of nameAttributions(text)) {
    const acronym = m[1]!;
    const name = lex.speakerParties.get(acronym);
    if (name === undefined || !/^\p{Lu}{2}/u.test(acronym) || !lex.speakerRegions.has(m[2]!)) continue;
    if (!afterCapitalizedWord(text, m.index)) continue;
    out.push({ name, start: m.index, end: m.index + acronym.length, rule: "name_pattern" });
  }
  for (const m of text.matchAll(ATTRIBUTION_CELLS)) {
    const acronym = m[2]!;
    const name = lex.speakerParties.get(acronym);
    if (name === undefined || !/^\p{Lu}{2}/u.test(acronym) || !lex.speakerRegions.has(m[3]!)) continue;
    const start = m.index + 1;
    out.push({ name, start, end: start + acronym.length, rule: "name_pattern" });
  }
  for (const { acronym, start } of nameParentheses(text)) {
    // An acronym opens with two capitals (`PSDB`, `PCdoB`); a title-case word is the party only when it
    // is the party's whole name (`Republicanos`, `Podemos`), not a word of it (`Novo` of `Partido Novo`, `Rede`).
    const name = /^\p{Lu}{2}/u.test(acronym) ? lex.speakerParties.get(acronym) : titleCaseParty(lex, acronym);
    if (name === undefined) continue;
    out.push({ name, start, end: start + acronym.length, rule: "name_pattern" });
  }
  return out;
}

/** The listed party whose whole name is this title-case word (`Republicanos`), if any. */
function titleCaseParty(lex: OrgLexicon, word: string): string | undefined {
  const name = lex.speakerParties.get(word.toUpperCase());
  return name === word ? name : undefined;
}

// Both shapes are found from their opening character, with no look-behind: an expression that
// begins with one is tried at every position of the text, which cost more than all the rest here.

/** Each `(PT - SP`, `/PL-DF`, `. PSDB – RJ` (ATTRIBUTION): the acronym, the region and where the acronym starts. */
export function* attributions(text: string): Generator<{ acronym: string; region: string; start: number }> {
  for (const m of text.matchAll(ATTRIBUTION)) {
    // The match opens with its mark and white space: the acronym starts at its first letter.
    yield { acronym: m[1]!, region: m[2]!, start: m.index + m[0].indexOf(m[1]!) };
  }
}

/**
 * The matches `text.matchAll` of NAME_ATTRIBUTION as a global expression gives, found from the
 * hyphens: an expression that opens with a capital is tried at every position of the text, while
 * a match holds its hyphen at most MAX_ATTRIBUTION_HEAD units after its start (its letters hold
 * no hyphen, so that is the first hyphen after the start). So at each hyphen whose state code
 * follows, the match is tried at each start from the bounded look-back on, leftmost first, and
 * never before the previous match's end.
 */
export function* nameAttributions(text: string): Generator<RegExpExecArray> {
  const hyphens = /[-–]/g;
  let from = 0; // where the previous match ended: matches do not overlap
  for (let h = hyphens.exec(text); h !== null; h = hyphens.exec(text)) {
    const at = h.index;
    NAME_ATTRIBUTION_TAIL.lastIndex = at;
    if (!NAME_ATTRIBUTION_TAIL.test(text)) continue;
    for (let start = Math.max(from, at - MAX_ATTRIBUTION_HEAD); start < at; start++) {
      NAME_ATTRIBUTION.lastIndex = start;
      const m = NAME_ATTRIBUTION.exec(text);
      if (m === null) continue;
      from = m.index + m[0].length;
      hyphens.lastIndex = from;
      yield m;
      break;
    }
  }
}

/** Each `(PSDB)` right after a capitalized word and a space (`Fulano Tal (PSDB)`), with where its acronym starts. */
export function* nameParentheses(text: string): Generator<{ acronym: string; start: number }> {
  for (const m of text.matchAll(NAME_PARENTHESIS)) {
    if (afterCapitalizedWord(text, m.index)) yield { acronym: m[1]!, start: m.index + 1 };
  }
}

const SPACE = /\s/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** `text` before `open` ends with a capital, one or more lower-case letters and one white space (`\p{Lu}\p{Ll}+\s`), read by code point. */
function afterCapitalizedWord(text: string, open: number): boolean {
  if (open < 1 || !SPACE.test(text.charAt(open - 1))) return false;
  let i = open - 1;
  let lower = 0;
  for (;;) {
    const cp = codePointBefore(text, i);
    if (cp === undefined || !LOWER.test(String.fromCodePoint(cp))) break;
    i -= cp > 0xffff ? 2 : 1;
    lower++;
  }
  const cp = codePointBefore(text, i);
  return lower > 0 && cp !== undefined && UPPER.test(String.fromCodePoint(cp));
}

/** The code point that ends at `i` (a surrogate pair read whole), or undefined at the start. */
function codePointBefore(text: string, i: number): number | undefined {
  if (i < 1) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
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
