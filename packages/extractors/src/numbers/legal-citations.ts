import type { Lexicon } from "./vocabulary.js";
import type { Tok, Toks } from "./tokenize.js";

/**
 * Law reporters and law journals cite by volume, title and page (`530 F.3d 36`, `93 Minn. L. Rev.
 * 1191`), then by pin pages (`36, 47`, `1660, 1671-1680`) or a database's star pages (`at *3`): none of these numbers counts anything
 * (numeric-non-claims.json codeTitles).
 */

/** A reporter's or journal's title starting at token `at`: the token index just after it, or undefined. */
function titleAfter(toks: Toks, at: number, lex: Lexicon): number | undefined {
  const t = toks.get(at);
  if (!t || t.breakBefore) return undefined;
  const reporter = lex.codeTitles.reporters.matchAt(toks, at);
  if (reporter) return reporter.to;
  // `Minn. L. Rev.`, `Yale L. J.`: a journal's name (a few capitalized words, abbreviated or not) before the end of its title.
  for (let k = at, words = 0; k < toks.length && words <= lex.codeTitles.maxJournalWords; k = nameTokenEnd(toks, k)) {
    if (toks.get(k)!.breakBefore && k > at) return undefined;
    // `Harv. Int'l L. J.`: a journal's end may also stand inside its name; the title ends before the page.
    const end = lex.codeTitles.journals.matchAt(toks, k);
    if (end && toks.get(end.to)?.kind === "num") return end.to;
    if (!isCapitalWord(toks.get(k))) return undefined;
    words++;
  }
  return undefined;
}

/** A reporter's or journal's title ending right before token `end`: the index of its first token, or undefined. */
function titleBefore(toks: Toks, end: number, lex: Lexicon): number | undefined {
  const reporter = lex.codeTitles.reporters.matchBefore(toks, end);
  if (reporter) return reporter.from;
  const journal = lex.codeTitles.journals.matchBefore(toks, end);
  if (!journal) return undefined;
  // Walk back over the journal's name words to the volume number.
  let k = journal.from;
  for (let words = 0; words < lex.codeTitles.maxJournalWords && k > 0 && !toks.get(k)!.breakBefore; words++) {
    const start = nameTokenStart(toks, k - 1);
    if (start === undefined) break;
    k = start;
  }
  return k;
}

/** `530 F.3d 36`, `93 Minn. L. Rev. 1191`: the number before token `at` is a volume, a title follows and then a page. */
export function isCitedVolume(toks: Toks, at: number, lex: Lexicon): boolean {
  let end = titleAfter(toks, at, lex);
  if (end === undefined) return false;
  // `530 F.3d at 47`: a short form's link may stand between the title and the page.
  if (toks.get(end) && !toks.get(end)!.breakBefore && lex.codeTitles.pinLinks.has(toks.get(end)!.key)) end++;
  return toks.get(end)?.kind === "num" && !toks.get(end)!.breakBefore;
}

/** The number at `at` is a cited page: a title stands right before it and a volume number before that. */
export function isCitedPageOfTitle(toks: Toks, at: number, lex: Lexicon): boolean {
  if (toks.get(at)!.breakBefore) return false;
  const from = titleBefore(toks, at, lex);
  return from !== undefined && toks.get(from - 1)?.kind === "num";
}

/** `36, 47`, `1196, 1198`, `1660, 1671-1680`: a number after a cited page and its comma (or a chain of them) is a pin page. */
export function isPinCite(toks: Toks, at: number, lex: Lexicon): boolean {
  let k = at;
  while (toks.get(k - 1)?.text === "," && toks.get(k - 2)?.kind === "num" && !toks.get(k)!.breakBefore) {
    k -= 2;
    if (isCitedPageOfTitle(toks, k, lex)) return true;
  }
  return false;
}

/** `530 F.3d at 47`, `Id. at 47`: a pin page after a short form's link, the cited title with its volume or a short form (`Id.`) before it. */
export function isShortFormPin(toks: Toks, at: number, lex: Lexicon): boolean {
  // `2019 WL 123456, at *3`, `Id. at *12`: a star page (a database's pagination) after a pin link is a page wherever it stands.
  const star = toks.get(at - 1);
  if (star?.text === "*" && !toks.get(at)!.spaced && !toks.get(at)!.breakBefore && star.spaced && !star.breakBefore) {
    const before = toks.get(at - 2);
    return before !== undefined && lex.codeTitles.pinLinks.has(before.key);
  }
  const link = toks.get(at - 1);
  if (!link || toks.get(at)!.breakBefore || link.breakBefore || !lex.codeTitles.pinLinks.has(link.key)) return false;
  if (lex.codeTitles.shortForms.matchBefore(toks, at - 1)) return true;
  const from = titleBefore(toks, at - 1, lex);
  return from !== undefined && toks.get(from - 1)?.kind === "num";
}

/** A word written with a capital (`Minn`, `Yale`, `Int'l`). */
const isCapitalWord = (t: Tok | undefined): boolean => t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(t.text);

/** Past a name word starting at `k` and the full stop glued to it (`Minn.`). */
function nameTokenEnd(toks: Toks, k: number): number {
  const stop = toks.get(k + 1);
  return stop?.text === "." && !stop.spaced ? k + 2 : k + 1;
}

/** Where the name word ending at token `k` (perhaps its glued full stop) starts, or undefined if none does. */
function nameTokenStart(toks: Toks, k: number): number | undefined {
  const t = toks.get(k);
  if (t?.text === "." && !t.spaced && isCapitalWord(toks.get(k - 1))) return k - 1;
  return isCapitalWord(t) ? k : undefined;
}

/** A day of the month written in digits, perhaps with an ordinal sign (`1º`): the token after it, or undefined. */
function dayEnd(toks: Toks, at: number, lex: Lexicon): number | undefined {
  const t = toks.get(at);
  if (!t || t.kind !== "num" || t.breakBefore || !/^\d{1,2}$/.test(t.text) || Number(t.text) < 1 || Number(t.text) > 31) return undefined;
  const sign = toks.get(at + 1);
  return sign && !sign.spaced && lex.ordinalSigns.has(sign.text) ? at + 2 : at + 1;
}

/**
 * `Leis nº 7.960, de 21 de dezembro de 1989, e 12.850, de 2 de agosto de 2013`, `Law 12,850 of August 2, 2013`: the
 * number before token `at` is followed by a link and a whole date (day and month either way round, then a year), the
 * date an act was passed: the number is the act's (numeric-non-claims.json datedActs).
 */
export function isDatedActNumber(toks: Toks, at: number, lex: Lexicon): boolean {
  let k = toks.get(at)?.text === "," ? at + 1 : at;
  const link = toks.get(k);
  if (!link || link.breakBefore || !lex.datedActs.links.has(link.key)) return false;
  k++;
  const dayFirst = dayEnd(toks, k, lex);
  const month = lex.months.matchAt(toks, dayFirst ?? k);
  if (!month || toks.get(dayFirst ?? k)!.breakBefore) return false;
  const dateEnd = dayFirst !== undefined ? month.to : dayEnd(toks, month.to, lex);
  if (dateEnd === undefined) return false;
  k = dateEnd;
  // `de 1989`, `, 2013`: the year after the day and month.
  const sep = toks.get(k);
  if (sep && (sep.text === "," || lex.datedActs.links.has(sep.key))) k++;
  const year = toks.get(k);
  if (!year || year.kind !== "num" || year.breakBefore || !/^\d{4}$/.test(year.text)) return false;
  return Number(year.text) >= lex.yearRange[0] && Number(year.text) <= lex.yearRange[1];
}
