/**
 * `People's Liberation Forces (FPL)`, `Armed Forces of National Resistance (FARN)`, `Secret
 * Anti-Communist Army (ESA)`: in an English text, the English name of a body whose acronym is its own-language one. The
 * name's initials are the acronym's letters in another order (the translation moved the words),
 * or all but one of them (one word translated to another initial, `Army` for `Ejército`).
 * Schwartz & Hearst reads letters in order and inside words, so it finds none of these, or a
 * name cut short (`Forces of National Resistance`).
 */

export interface InitialsWords {
  /** Whether a lower-case word links a name's words (`of`, `the`, `in`). */
  isLink(word: string): boolean;
  /** Whether the phrase has an organization head word (needed when the letters keep the name's order). */
  hasHead(phrase: string): boolean;
  /** Whether a word names an event or a document (`Index`, `Survey`): the phrase is no body. */
  isNotBody(word: string): boolean;
}

export interface InitialsLongForm {
  start: number;
  phrase: string;
  /** Whether every letter matched (a permutation), not all but one. */
  exact: boolean;
}

const WORD = /[^\s]+/gu;

/**
 * The capitalized words just before `end` whose initials are the acronym's letters (a number in
 * the acronym stands for the same number in the name, and the word after it: `31 January People's
 * Front (FP-31)`); undefined when none. Reads at most the acronym's length plus its links.
 */
export function initialsLongForm(text: string, end: number, short: string, words: InitialsWords): InitialsLongForm | undefined {
  const letters = (short.match(/\p{Lu}/gu) ?? []).map((l) => l.toLowerCase());
  const numbers = short.match(/\d+/g) ?? [];
  if (letters.length < 2 || /\p{Ll}/u.test(short)) return undefined;
  const from = Math.max(0, end - 40 * (letters.length + numbers.length + 4));
  const slice = text.slice(from, end);
  // A blank line ends the phrase: a name does not run across paragraphs.
  const para = slice.lastIndexOf("\n\n");
  const tokens = [...slice.slice(para + 1).matchAll(WORD)].map((m) => ({ word: m[0], start: from + para + 1 + m.index }));
  const initials: string[] = [];
  let numbersLeft = [...numbers];
  let best: InitialsLongForm | undefined;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const { word, start } = tokens[k]!;
    const numberAt = numbersLeft.indexOf(word);
    if (numberAt >= 0) {
      // The number and the word after it (a date's month) are the acronym's number.
      if (initials.length > 0) initials.pop();
      numbersLeft = numbersLeft.filter((_, i) => i !== numberAt);
    } else if (/^\p{Lu}/u.test(word) && /^[\p{L}'’.-]+$/u.test(word)) initials.push(word.charAt(0).toLowerCase());
    // Between the name's words, its links, or any short lower-case word (`in`, `for`, `and`), as glosses allow.
    else if (!(initials.length > 0 && /^\p{Ll}+$/u.test(word) && (word.length <= 4 || words.isLink(word)))) break;
    else continue;
    if (initials.length > letters.length + numbersLeft.length) break;
    if (initials.length === letters.length && numbersLeft.length === 0) {
      const phrase = text.slice(start, end);
      const missing = unmatched(letters, initials);
      const exact = missing === 0;
      // A capitalized word right before runs the name on past its letters (`Salvadoran`, `Convention`):
      // a longer name's, not this acronym's; a one-letter first word is an article (`A`).
      const before = tokens[k - 1]?.word ?? "";
      if (/^\p{Lu}/u.test(before) || word.length < 2) return undefined;
      const last = tokens[tokens.length - 1]!.word;
      if (words.isNotBody(last) || !/^\p{Lu}/u.test(last)) return undefined;
      // Letters in the name's order are Schwartz & Hearst's case, a body only with a head word
      // (`Gross Domestic Product (GDP)` is none); reordered, they are a translated body's name.
      if (initials.join("") === [...letters].reverse().join("") && !words.hasHead(phrase)) return undefined;
      // One letter of three or more may be a word translated otherwise (`Guatemalan Labor Party
      // (PGT)`), when the first word is one of the acronym's (`Guatemala National Police (PNC)` is a place and a body).
      if (exact || (missing === 1 && letters.length >= 3 && letters.includes(initials[initials.length - 1]!))) best = { start, phrase, exact };
      break;
    }
  }
  return best;
}

/** How many of the name's initials find no letter of the acronym (each letter used once). */
function unmatched(letters: readonly string[], initials: readonly string[]): number {
  const left = [...letters];
  let missing = 0;
  for (const i of initials) {
    const at = left.indexOf(i);
    if (at < 0) missing++;
    else left.splice(at, 1);
  }
  return missing;
}
