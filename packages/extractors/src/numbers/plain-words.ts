import type { Lexicon } from "./vocabulary.js";

/**
 * The value of an English spelled-out number written the plain way, below a million:
 * `ninety-one`, `twenty five`, `one hundred and fifty six`, `two thousand twenty-one`. These are
 * nearly all the spelled-out numbers of real text, and reading them here spares loading compromise
 * (a quarter of a second) for them; anything else (`twelve hundred`, `one-two`, `zero`) is left
 * to compromise (undefined here). Held to compromise's values by test/extractors/plain-words.test.ts.
 * `text` is lowercase, words separated by one space, a hyphen only inside `tens-unit`.
 */
export function plainEnglishValue(text: string, lex: Lexicon): number | undefined {
  const items = text.split(" ");
  let at = 0;
  /** A group below a thousand: `[unit hundred [and]] [tens[-unit] | teen | unit]`. */
  const group = (): number | undefined => {
    let value = 0;
    let any = false;
    let and = false;
    const unit = lex.cardinals.get(items[at] ?? "");
    if (unit !== undefined && unit >= 1 && unit <= 9 && lex.scales.get(items[at + 1] ?? "") === 100) {
      value = unit * 100;
      any = true;
      at += 2;
      and = items[at] === "and";
      if (and) at++;
    }
    const item = items[at];
    if (item === undefined) return any && !and ? value : undefined;
    const hyphen = item.indexOf("-");
    if (hyphen >= 0) {
      const tens = lex.cardinals.get(item.slice(0, hyphen));
      const ones = lex.cardinals.get(item.slice(hyphen + 1));
      if (tens === undefined || ones === undefined || !isTens(tens) || ones < 1 || ones > 9) return undefined;
      at++;
      return value + tens + ones;
    }
    const n = lex.cardinals.get(item);
    if (n === undefined) return any && !and ? value : undefined;
    if (n < 1 || (n > 19 && !isTens(n))) return undefined;
    at++;
    if (isTens(n)) {
      const ones = lex.cardinals.get(items[at] ?? "");
      if (ones !== undefined && ones >= 1 && ones <= 9) at++;
      return value + n + (ones !== undefined && ones >= 1 && ones <= 9 ? ones : 0);
    }
    return value + n;
  };
  const high = group();
  if (high === undefined) return undefined;
  let value = high;
  if (at < items.length && lex.scales.get(items[at]!) === 1000) {
    at++;
    if (items[at] === "and") at++;
    const low = group();
    if (low === undefined) return undefined;
    value = high * 1000 + low;
  }
  return at === items.length ? value : undefined;
}

const isTens = (n: number) => n >= 20 && n <= 90 && n % 10 === 0;

/**
 * `one-two`, `three-four-five`: units joined by hyphens, which compromise reads as several
 * numbers (so as no value), told without loading it: one such word in a batch cost each worker
 * compromise's load (a quarter of a second). Held to compromise by test/extractors/plain-words.test.ts.
 */
export function unitsInARow(text: string, lex: Lexicon): boolean {
  const units = text.split("-");
  if (units.length < 2 || units.length > 3) return false;
  return units.every((u) => {
    const n = lex.cardinals.get(u);
    return n !== undefined && n >= 1 && n <= 9;
  });
}
