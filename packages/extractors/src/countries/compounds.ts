import type { AnalyzedDocument, PhraseMatch } from "@procmine/core";
import { foldPhrase, type CountryForm, type LexiconEntry } from "./forms.js";
import { isCountryPreposition } from "../caseless.js";

/** One-word country forms by key, for the part of a compound token after its prefix. */
export interface CompoundLookup {
  prefixes: ReadonlySet<string>;
  /** Whole compounds that name something else (`pre-Columbian`), folded. */
  blocked: ReadonlySet<string>;
  /** Elided words written onto a name with an apostrophe (`d'Haïti`), folded. */
  elisions: ReadonlySet<string>;
  forms: ReadonlyMap<string, { phrase: string; form: CountryForm }>;
  /** Forms of several words by their first word, folded (`estados` -> `Estados Unidos`), longest first. */
  phrases: ReadonlyMap<string, readonly PhraseForm[]>;
}

interface PhraseForm {
  phrase: string;
  form: CountryForm;
  /** The phrase's words after the first, as written. */
  rest: readonly string[];
}

export function compileCompounds(lexicon: readonly LexiconEntry[], prefixes: readonly string[], blocked: readonly string[], elisions: readonly string[]): CompoundLookup {
  const forms = new Map<string, { phrase: string; form: CountryForm }>();
  const phrases = new Map<string, PhraseForm[]>();
  for (const e of lexicon) {
    if (e.value.kind !== "country") continue;
    if (/^\p{L}+$/u.test(e.phrase)) forms.set(foldPhrase(e.phrase), { phrase: e.phrase, form: e.value });
    else if (/^\p{L}+(?: \p{L}+)+$/u.test(e.phrase)) {
      const [first, ...rest] = e.phrase.split(" ");
      const key = foldPhrase(first!);
      const list = phrases.get(key) ?? [];
      list.push({ phrase: e.phrase, form: e.value, rest });
      phrases.set(key, list);
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.rest.length - a.rest.length || (a.phrase < b.phrase ? -1 : 1));
  return { prefixes: new Set(prefixes.map(foldPhrase)), blocked: new Set(blocked.map(foldPhrase)), elisions: new Set(elisions.map(foldPhrase)), forms, phrases };
}

const COMPOUND = /^(\p{L}+)-(\p{L}+)$/u;
const ELIDED = /^(\p{L}+)'(\p{L}+)$/u;

/**
 * `anti-American`, `pro-Russian`: the tokenizer keeps some prefixes in one token with the
 * word they modify, so the phrase matcher cannot see the country form; look it up here, with
 * the same case policy, and return a match on the characters after the hyphen.
 */
export function compoundMatches(doc: AnalyzedDocument, lookup: CompoundLookup): PhraseMatch<CountryForm>[] {
  return joinedMatches(doc, lookup, "-", COMPOUND, (first, whole) => lookup.prefixes.has(foldPhrase(first)) && !lookup.blocked.has(foldPhrase(whole)));
}

/**
 * `Police Nationale d'Haïti`, `l'Argentine`: the tokenizer keeps an elided article or preposition
 * in one token with the name after it; look the name up as `compoundMatches` does. A token inside a
 * phrase the matcher found (`République d'Haïti`) is the caller's to drop.
 */
export function elidedMatches(doc: AnalyzedDocument, lookup: CompoundLookup): PhraseMatch<CountryForm>[] {
  return joinedMatches(doc, lookup, "'", ELIDED, (first) => lookup.elisions.has(foldPhrase(first)));
}

/** Word tokens holding `joint` (`shape`: first part, joint, country form) whose first part `accepts`. */
function joinedMatches(
  doc: AnalyzedDocument,
  lookup: CompoundLookup,
  joint: string,
  shape: RegExp,
  accepts: (first: string, whole: string) => boolean,
): PhraseMatch<CountryForm>[] {
  const t = doc.tokens;
  const out: PhraseMatch<CountryForm>[] = [];
  // Visit only tokens that hold the joint: far fewer than all tokens.
  let last = -1;
  for (let pos = doc.text.indexOf(joint); pos >= 0; pos = doc.text.indexOf(joint, pos + 1)) {
    const i = t.at(pos);
    if (i < 0 || i === last || !t.isWord(i)) continue;
    last = i;
    const parts = shape.exec(t.text(i));
    if (!parts || !accepts(parts[1]!, parts[0])) continue;
    const rest = parts[2]!;
    const start = t.start(i) + parts[1]!.length + 1;
    const hit = lookup.forms.get(foldPhrase(rest));
    if (hit && casePasses(hit.phrase, hit.form, rest)) {
      out.push({ start, end: t.end(i), firstToken: i, endToken: i + 1, value: hit.form, phrase: hit.phrase });
      continue;
    }
    // `non-United States`, `anti-Estados Unidos`: the prefix holds a name's first word only.
    const words = phraseAfter(doc, lookup, i, rest);
    if (words) out.push({ start, end: t.end(i + words.rest.length), firstToken: i, endToken: i + 1 + words.rest.length, value: words.form, phrase: words.phrase });
  }
  return out;
}

/** The longest form of several words whose first word is `first` (token `i`'s end) and whose later words are the tokens after `i`. */
function phraseAfter(doc: AnalyzedDocument, lookup: CompoundLookup, i: number, first: string): PhraseForm | undefined {
  const t = doc.tokens;
  for (const p of lookup.phrases.get(foldPhrase(first)) ?? []) {
    if (!casePasses(p.phrase, p.form, first) || i + p.rest.length >= t.count) continue;
    let ok = true;
    for (let k = 0; k < p.rest.length && ok; k++) {
      const j = i + 1 + k;
      const word = p.rest[k]!;
      ok = !t.opensBlock(j) && t.key(j) === foldPhrase(word) && (word.charAt(0) === word.charAt(0).toLowerCase() || t.isCapitalized(j));
    }
    if (ok) return p;
  }
  return undefined;
}

/** A lower-case letter or a digit, then a capital: where a lost space glued two words (`deMéxico`, `Channel5Belize`). */
const GLUE = /[\p{Ll}\d](?=\p{Lu})/gu;

/**
 * `deMéxico`, `inColombia`, `Channel5Belize`: a one-word name or demonym written onto a word
 * that places a country (caseless.json `countryPrepositions`) or onto a digit, as OCR and
 * scraped captions lose a space; the rest of the token is the name. Not short forms (`deUS`).
 */
export function gluedMatches(doc: AnalyzedDocument, lookup: CompoundLookup): PhraseMatch<CountryForm>[] {
  const t = doc.tokens;
  const out: PhraseMatch<CountryForm>[] = [];
  let last = -1;
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(doc.text); m; m = GLUE.exec(doc.text)) {
    const at = m.index + 1;
    const i = t.at(at);
    if (i < 0 || i === last || !t.isWord(i)) continue;
    const head = doc.text.slice(t.start(i), at);
    const rest = doc.text.slice(at, t.end(i));
    const hit = lookup.forms.get(foldPhrase(rest));
    if (!hit || hit.form.rule === "short_form" || !casePasses(hit.phrase, hit.form, rest)) continue;
    if (!/\d$/u.test(head) && !(/^\p{Ll}+$/u.test(head) && isCountryPreposition(foldPhrase(head)))) continue;
    last = i;
    out.push({ start: at, end: t.end(i), firstToken: i, endToken: i + 1, value: hit.form, phrase: hit.phrase });
  }
  return out;
}

function casePasses(phrase: string, form: CountryForm, text: string): boolean {
  if (form.case === "exact") return phrase === text;
  const want = phrase.charAt(0);
  const got = text.charAt(0);
  return want === want.toLowerCase() || got !== got.toLowerCase();
}
