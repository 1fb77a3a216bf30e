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
  if (hit && !gluedToWord(toks, hit.from)) return { qualifier: hit.value, from: hit.from };
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
