import type { Lexicon } from "./vocabulary.js";
import type { Tok, Toks } from "./tokenize.js";

/**
 * The year a sentence ties to a claim: `36 activities in 2013`, `In 2016 alone there were more
 * than 59,000`. Looks a few tokens after the claim (then before it) for `in YEAR` with no other
 * number and no sentence end in between.
 */
export function yearOf(toks: Toks, from: number, to: number, lex: Lexicon): number | undefined {
  // Kinds and marks are read from the window's columns: only a number's token is made.
  for (let k = to; k < Math.min(toks.length, to + lex.claimYearReach); k++) {
    if (k > to && toks.breakBefore(k)) break;
    const kind = toks.kind(k);
    if (kind === "sym" && endsSentence(toks, k)) break;
    if (kind === "num") {
      const t = toks.get(k)!;
      if (isYear(t, lex) && lex.yearLinks.matchBefore(toks, k)) return Number(t.text);
      break;
    }
  }
  for (let k = from - 1; k >= Math.max(0, from - lex.claimYearReach); k--) {
    const kind = toks.kind(k);
    if (kind === "sym" && endsSentence(toks, k)) break;
    if (kind === "num") {
      const t = toks.get(k)!;
      return isYear(t, lex) && lex.yearLinks.matchBefore(toks, k) !== undefined ? Number(t.text) : undefined;
    }
    if (toks.breakBefore(k)) break;
  }
  return undefined;
}

/** `.`, `;`, `!` or `?`. */
const endsSentence = (toks: Toks, k: number): boolean => toks.is(k, ".") || toks.is(k, ";") || toks.is(k, "!") || toks.is(k, "?");

function isYear(t: Tok, lex: Lexicon): boolean {
  if (!/^\d{4}$/.test(t.text)) return false;
  const n = Number(t.text);
  return n >= lex.yearRange[0] && n <= lex.yearRange[1];
}
