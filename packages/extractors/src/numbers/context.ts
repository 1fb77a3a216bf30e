import type { Lexicon } from "./vocabulary.js";
import type { Toks } from "./tokenize.js";

/** The hedge right before a claim (`over`, `more than`, `an estimated`) and where the span then starts. */
export interface Qualifier {
  readonly qualifier: string;
  readonly from: number;
}

export function qualifierBefore(toks: Toks, at: number, lex: Lexicon): Qualifier | undefined {
  if (toks.get(at)?.breakBefore) return undefined;
  const hit = lex.hedges.matchBefore(toks, at);
  if (hit && !gluedToWord(toks, hit.from) && !joinsAmount(toks, hit.from, at, lex)) return { qualifier: hit.value, from: hit.from };
  // `más de un 30%`, `mais de um 1.000`: the article Spanish and Portuguese set before a figure stands between.
  const article = toks.get(at - 1);
  if (toks.get(at)!.kind === "num" && article && !article.breakBefore && article.kind === "word" && lex.articlesOne.has(article.key)) {
    const hedged = lex.hedges.matchBefore(toks, at - 1);
    if (hedged) return { qualifier: hedged.value, from: hedged.from };
  }
  // `about [81%](https://…)`, `more than [1,600](…) homicides`: a Markdown link opened right before the figure.
  const bracket = toks.get(at - 1);
  if (bracket?.text === "[" && !bracket.breakBefore && !toks.get(at)!.spaced && bracket.spaced) {
    const linked = lex.hedges.matchBefore(toks, at - 1);
    if (linked && !gluedToWord(toks, linked.from)) return { qualifier: linked.value, from: linked.from };
  }
  // General rule for a frequent typo: `more then 500`, `less that 1%` read as `than`.
  const word = toks.get(at - 1);
  const comparative = toks.get(at - 2);
  if (word && comparative && lex.thanMisspellings.has(word.key)) {
    const canonical = lex.comparatives.get(comparative.key);
    if (canonical && !word.breakBefore) return { qualifier: canonical, from: at - 2 };
  }
  return undefined;
}

/**
 * `$1.7 billion over four years`, `20% over five years`: a one-word hedge (hedges.json prepositionsAfterAmount) right after
 * an amount (a number, its scale word or its percent sign) is a preposition joining the next figure to it, not that figure's hedge.
 */
function joinsAmount(toks: Toks, from: number, at: number, lex: Lexicon): boolean {
  if (at !== from + 1 || !lex.prepositionsAfterAmount.has(toks.get(from)!.key) || toks.get(from)!.breakBefore) return false;
  const amount = toks.get(from - 1);
  return amount !== undefined && (amount.kind === "num" || lex.scales.has(amount.key) || amount.text === "%" || lex.percent.matchBefore(toks, from) !== undefined);
}

/**
 * `ascendió aproximadamente a 400`, `ao menos, oito`, `aproximadamente, de US$ 10 milhões`: an adverb
 * hedge (data: adverbGap) set off from the figure by a governed preposition, a comma, or both, in that
 * order back from the figure. It qualifies the figure all the same, and opens its span.
 */
export function qualifierOverGap(toks: Toks, at: number, lex: Lexicon): Qualifier | undefined {
  if (toks.get(at)?.breakBefore) return undefined;
  let k = at - 1;
  const link = toks.get(k);
  if (link?.kind === "word" && !link.breakBefore && lex.adverbGap.links.has(link.key)) k--;
  const comma = toks.get(k);
  if (comma?.text === "," && !comma.breakBefore) k--;
  if (k === at - 1) return undefined;
  const adverb = lex.adverbGap.adverbs.matchBefore(toks, k + 1);
  if (!adverb || gluedToWord(toks, adverb.from)) return undefined;
  const hedge = lex.hedges.matchBefore(toks, k + 1);
  return hedge && hedge.from === adverb.from ? { qualifier: hedge.value, from: hedge.from } : undefined;
}

/** `U.S.C. 2751`: a hedge (`c.`) written against a word or a point before it ends a longer abbreviation. */
function gluedToWord(toks: Toks, from: number): boolean {
  const t = toks.get(from)!;
  const prev = toks.get(from - 1);
  return !!prev && !t.spaced && !t.breakBefore && (prev.kind === "word" || prev.text === ".");
}

/**
 * `for at least the past 15-20 years`: a duration, whose hedge stands before `the past`.
 * Returns the qualifier without moving the span's start.
 */
export function qualifierBeforePeriod(toks: Toks, at: number, lex: Lexicon): string | undefined {
  const locator = toks.get(at - 1);
  if (!locator || !lex.periodLocators.has(locator.key)) return undefined;
  const the = lex.periodArticles.has(toks.get(at - 2)?.key ?? "") ? at - 2 : at - 1;
  return qualifierBefore(toks, the, lex)?.qualifier;
}

/** Sentence start: nothing before, a paragraph break, or a full stop / question / exclamation. */
export function startsSentence(toks: Toks, at: number): boolean {
  const t = toks.get(at);
  if (!t || t.breakBefore) return true;
  const prev = toks.get(at - 1);
  if (!prev) return false; // the window starts mid-paragraph: not known to be a sentence start
  if (prev.kind === "sym" && /^[.!?:;"'“”]$/.test(prev.text)) return true;
  return false;
}
