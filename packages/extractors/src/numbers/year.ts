import type { Lexicon } from "./vocabulary.js";
import type { Tok, Toks } from "./tokenize.js";

const WINDOW = 8;

/**
 * The year a sentence ties to a claim: `36 activities in 2013`, `In 2016 alone there were more
 * than 59,000`. Looks a few tokens after the claim (then before it) for `in YEAR` with no other
 * number and no sentence end in between.
 */
export function yearOf(toks: Toks, from: number, to: number, lex: Lexicon): number | undefined {
  for (let k = to; k < Math.min(toks.length, to + WINDOW); k++) {
    const t = toks.get(k)!;
    if (k > to && t.breakBefore) break;
    if (t.kind === "sym" && /^[.;!?]$/.test(t.text)) break;
    if (t.kind === "num") {
      if (isYear(t, lex) && lex.yearLinks.matchBefore(toks, k)) return Number(t.text);
      break;
    }
  }
  for (let k = from - 1; k >= Math.max(0, from - WINDOW); k--) {
    const t = toks.get(k)!;
    if (t.kind === "sym" && /^[.;!?]$/.test(t.text)) break;
    if (t.kind === "num") return isYear(t, lex) && lex.yearLinks.matchBefore(toks, k) !== undefined ? Number(t.text) : undefined;
    if (t.breakBefore) break;
  }
  return undefined;
}

function isYear(t: Tok, lex: Lexicon): boolean {
  if (!/^\d{4}$/.test(t.text)) return false;
  const n = Number(t.text);
  return n >= lex.yearRange[0] && n <= lex.yearRange[1];
}
