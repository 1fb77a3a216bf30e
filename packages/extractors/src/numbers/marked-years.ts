import type { ClaimPhrase } from "./claim.js";
import { countedNoun } from "./counted-noun.js";
import type { Lexicon } from "./vocabulary.js";
import type { Toks } from "./tokenize.js";

/**
 * A year with its note mark glued on, as PDF text sets it: `the Declarations of 20172 and 2021,3`,
 * `since 20004`. Five ungrouped digits whose first four are a year, after a time preposition or
 * linked to a year after them, with nothing counted after them, name that year; and one or two
 * digits glued to a year's comma (`2021,3`) are its mark. A count that large is written grouped.
 */
export function isMarkedYear(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (claim.numbers.length !== 1 || claim.to !== claim.from + 1) return false;
  const t = toks.get(claim.from)!;
  if (t.kind !== "num") return false;
  return yearWithMark(toks, claim, lex) || markAfterYear(toks, claim.from, lex);
}

const isYearText = (text: string | undefined, lex: Lexicon) => {
  if (text === undefined || !/^\d{4}$/.test(text)) return false;
  const n = Number(text);
  return n >= lex.markedYears.from && n <= lex.yearRange[1];
};

/** `of 20172 and 2021`, `since 20004`: a year and a mark of up to `markDigits` digits as one number. */
function yearWithMark(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const t = toks.get(claim.from)!;
  const digits = t.text.length - 4;
  if (!/^\d+$/.test(t.text) || digits < 1 || digits > lex.markedYears.markDigits || !isYearText(t.text.slice(0, 4), lex)) return false;
  if (countedNoun(toks, claim.to, lex) !== undefined) return false;
  if (lex.markedYears.prepositions.has(toks.get(claim.from - 1)?.key ?? "")) return true;
  const link = toks.get(claim.to);
  const next = toks.get(claim.to + 1);
  const linked = link !== undefined && (lex.rangeLinks.and.has(link.key) || lex.rangeLinks.or.has(link.key) || lex.rangeLinks.to.has(link.key));
  return linked && !link.breakBefore && next?.kind === "num" && isYearText(next.text.slice(0, 4), lex) && /^\d{4,6}$/.test(next.text);
}

/** `2021,3 and`: digits glued to the comma glued to a year, then a space or the end, are the year's note mark. */
function markAfterYear(toks: Toks, at: number, lex: Lexicon): boolean {
  const t = toks.get(at)!;
  const comma = toks.get(at - 1);
  const year = toks.get(at - 2);
  if (t.spaced || t.breakBefore || !/^\d+$/.test(t.text) || t.text.length > lex.markedYears.markDigits) return false;
  if (comma?.text !== "," || comma.spaced || comma.breakBefore || !isYearText(year?.text, lex)) return false;
  const after = toks.get(at + 1);
  return after === undefined || after.spaced || after.breakBefore;
}
