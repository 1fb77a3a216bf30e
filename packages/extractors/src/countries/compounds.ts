import type { AnalyzedDocument, PhraseMatch } from "@procmine/core";
import { foldPhrase, type CountryForm, type LexiconEntry } from "./forms.js";

/** One-word country forms by key, for the part of a compound token after its prefix. */
export interface CompoundLookup {
  prefixes: ReadonlySet<string>;
  /** Whole compounds that name something else (`pre-Columbian`), folded. */
  blocked: ReadonlySet<string>;
  /** Elided words written onto a name with an apostrophe (`d'Haïti`), folded. */
  elisions: ReadonlySet<string>;
  forms: ReadonlyMap<string, { phrase: string; form: CountryForm }>;
}

export function compileCompounds(lexicon: readonly LexiconEntry[], prefixes: readonly string[], blocked: readonly string[], elisions: readonly string[]): CompoundLookup {
  const forms = new Map<string, { phrase: string; form: CountryForm }>();
  for (const e of lexicon) {
    if (e.value.kind === "country" && /^\p{L}+$/u.test(e.phrase)) forms.set(foldPhrase(e.phrase), { phrase: e.phrase, form: e.value });
  }
  return { prefixes: new Set(prefixes.map(foldPhrase)), blocked: new Set(blocked.map(foldPhrase)), elisions: new Set(elisions.map(foldPhrase)), forms };
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
    const hit = lookup.forms.get(foldPhrase(rest));
    if (!hit || !casePasses(hit.phrase, hit.form, rest)) continue;
    const start = t.start(i) + parts[1]!.length + 1;
    out.push({ start, end: t.end(i), firstToken: i, endToken: i + 1, value: hit.form, phrase: hit.phrase });
  }
  return out;
}

function casePasses(phrase: string, form: CountryForm, text: string): boolean {
  if (form.case === "exact") return phrase === text;
  const want = phrase.charAt(0);
  const got = text.charAt(0);
  return want === want.toLowerCase() || got !== got.toLowerCase();
}
