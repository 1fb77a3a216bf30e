import type { AnalyzedDocument, PhraseMatch } from "@procmine/core";
import { foldPhrase, type CountryForm, type LexiconEntry } from "./forms.js";

/** Long one-word country forms by their first two folded letters, for misspelled words. */
export interface MisspellingLookup {
  minLetters: number;
  /** Real words one edit from a country form (`Columbia`, a university and a district), folded: a name misspelled only in a list of states. */
  words: ReadonlySet<string>;
  byPrefix: ReadonlyMap<string, readonly Target[]>;
}

interface Target {
  key: string;
  phrase: string;
  form: CountryForm;
}

/**
 * The targets: one-word names and demonyms of one state, at least `minLetters` long. Short forms
 * are too near other words (`Iran`/`Iraq`), and a form of several states tells no state.
 */
export function compileMisspellings(lexicon: readonly LexiconEntry[], minLetters: number, words: readonly string[]): MisspellingLookup {
  const byPrefix = new Map<string, Target[]>();
  for (const { phrase, value } of lexicon) {
    if (value.kind !== "country" || value.rule === "short_form" || value.shortName || value.alternatives !== undefined || value.language !== undefined) continue;
    const key = foldPhrase(phrase);
    if (key.length < minLetters || !/^\p{L}+$/u.test(phrase)) continue;
    const list = byPrefix.get(key.slice(0, 2)) ?? [];
    if (!list.some((t) => t.key === key)) list.push({ key, phrase, form: value });
    byPrefix.set(key.slice(0, 2), list);
  }
  return { minLetters, words: new Set(words.map(foldPhrase)), byPrefix };
}

/**
 * `Venezuala`, `VENEZULA`: a capitalized word no phrase matched, one edit (a letter changed, added,
 * dropped or two swapped) from one long country form and from no other, is that form misspelled.
 * The first two letters and the last two must agree: a word that differs at its start is another word
 * (`Colonia`, `Polonia`), one that differs at its end an inflection (`Americas`). `covered` holds the tokens inside any phrase match.
 */
export function misspelledMatches(doc: AnalyzedDocument, lookup: MisspellingLookup, covered: ReadonlySet<number>): PhraseMatch<CountryForm>[] {
  const t = doc.tokens;
  const out: PhraseMatch<CountryForm>[] = [];
  for (let i = 0; i < t.count; i++) {
    if (!t.isWord(i) || covered.has(i) || t.end(i) - t.start(i) < lookup.minLetters - 1 || !t.isCapitalized(i)) continue;
    const key = t.key(i);
    const hit = misspelled(key, lookup);
    if (hit === null || !/^\p{L}+$/u.test(t.text(i))) continue;
    // A real word (`Columbia`) is the name misspelled only among states: index.ts keeps it listed beside one.
    const value = lookup.words.has(key) ? { ...hit.form, listedOnly: true } : hit.form;
    out.push({ start: t.start(i), end: t.end(i), firstToken: i, endToken: i + 1, value, phrase: hit.phrase });
  }
  return out;
}

function misspelled(key: string, lookup: MisspellingLookup): Target | null {
  let found: Target | null = null;
  if (key.length >= lookup.minLetters - 1) {
    const realWord = lookup.words.has(key);
    for (const target of lookup.byPrefix.get(key.slice(0, 2)) ?? []) {
      // A real word is read as a misspelled name only, never a demonym (`Mejicanos`, a town, beside `mexicanos`).
      if (realWord && target.form.rule !== "name") continue;
      // The last two letters must agree too: a changed ending is an inflection or another word (`Americas`, `Vaticano`).
      if (target.key === key || !key.endsWith(target.key.slice(-2)) || !oneEdit(key, target.key)) continue;
      // Near two forms of different states: no telling which.
      if (found !== null && found.form.iso3 !== target.form.iso3) {
        found = null;
        break;
      }
      found ??= target;
    }
  }
  return found;
}

/** `a` and `b` differ by exactly one substitution, insertion, deletion or swap of neighbours. */
export function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
