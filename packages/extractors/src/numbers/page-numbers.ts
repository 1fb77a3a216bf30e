import type { ClaimPhrase } from "./claim.js";
import type { Toks } from "./tokenize.js";
import type { Lexicon } from "./vocabulary.js";

// Page numbers and cited pages that stand apart from any head word (`p.`, `Page`): a page's
// number set between dashes on its own line (`- 12 -`), and the page of an author-year citation
// after the year and a colon (`(López, 2020: 112)`).

/** A line holding only a number of a page's size between dashes. */
const DASHED_PAGE = /^[ \t]*[-–—][ \t]*\d{1,4}[ \t]*[-–—][ \t]*$/;

/** The number at raw offset `at` is a page number printed between dashes on its own line of at most `maxLine` characters. */
export function isDashedPageNumber(raw: string, at: number, maxLine: number): boolean {
  const start = raw.lastIndexOf("\n", at - 1) + 1;
  let end = raw.indexOf("\n", at);
  if (end < 0) end = raw.length;
  return end - start <= maxLine && DASHED_PAGE.test(raw.slice(start, end).replace(/\r$/, ""));
}

/** `(López, 2020: 112)`, `(2019: 45-47)`: a bare number after a year and a colon, inside a bracket, cites a page. */
export function isAuthorYearPage(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  if (claim.hasUnit || first.kind !== "num" || !/^\d{1,4}$/.test(first.text) || first.breakBefore) return false;
  const colon = toks.get(claim.from - 1);
  const year = toks.get(claim.from - 2);
  if (colon?.text !== ":" || colon.breakBefore || year?.kind !== "num" || !/^\d{4}[a-z]?$/.test(year.text)) return false;
  const [lo, hi] = lex.yearRange;
  if (Number(year.text.slice(0, 4)) < lo || Number(year.text.slice(0, 4)) > hi) return false;
  const close = toks.get(claim.to);
  if (!close || !/^[)\],;-]$/.test(close.text)) return false;
  for (let k = claim.from - 3; k >= Math.max(0, claim.from - 2 - lex.pageNumbers.maxCitationLead); k--) {
    const t = toks.get(k)!;
    if (t.text === "(" || t.text === "[") return true;
    if (t.text === ")" || t.text === "]" || t.breakBefore || /^[.!?]$/.test(t.text)) return false;
  }
  return false;
}
