import { foldKey, once, type AnalyzedDocument } from "@procmine/core";
import { accentedEndings, portugueseCountries, type AccentedEnding } from "../caseless.js";
import { organizations } from "./data.js";

/**
 * An organization's name read from a text written without accents (`Secretaria de Seguranca
 * Publica`) gets back its words' accents, as the gazetteer's own-language names spell them
 * (caseless.json `accentedNames`): the record's `name` is the body's name, its `text` the span
 * as written.
 */

const LETTERS = /\p{L}+/gu;
const NON_ASCII = /[^\p{ASCII}]/u;

/** Per language: folded word -> its one accented spelling in lower case (null: two spellings, left as written). */
const vocabulary = once(() => {
  const byLang = { es: new Map<string, string | null>(), pt: new Map<string, string | null>() };
  const portuguese = portugueseCountries();
  for (const org of organizations()) {
    if (org.country === undefined) continue;
    const lang = portuguese.has(org.country) ? "pt" : "es";
    for (const name of [org.name, ...(org.aliases ?? [])]) {
      for (const word of name.match(LETTERS) ?? []) {
        if (!NON_ASCII.test(word)) continue;
        const lower = word.toLowerCase();
        const key = foldKey(lower);
        const known = byLang[lang].get(key);
        if (known === undefined) byLang[lang].set(key, lower);
        else if (known !== lower) byLang[lang].set(key, null);
      }
    }
  }
  return byLang;
});

/**
 * `name` with its words' accents back, where the paragraph at [start, end) writes none and the
 * name is the span as written (a listed body's name, `Central American Security Commission`,
 * is the gazetteer's, kept as it is); else `name` as it is.
 */
export function withAccents(doc: AnalyzedDocument, name: string, start: number, end: number): string {
  const lang = doc.langAt(start);
  if (lang === "en" || doc.writingAt(start).accents || NON_ASCII.test(name)) return name;
  if (squeeze(doc.rawText(start, end)) !== squeeze(name)) return name;
  return name.replace(LETTERS, (word) => {
    const spelled = accentedSpelling(word.toLowerCase(), lang);
    return spelled ? sameCase(word, spelled) : word;
  });
}

/** A lower-case word's accented spelling in `lang`: the gazetteer's, else its ending's; undefined when neither gives one. */
export function accentedSpelling(lower: string, lang: "es" | "pt"): string | undefined {
  return vocabulary()[lang].get(lower) ?? byEnding(lower, accentedEndings()[lang]) ?? undefined;
}

/** A word the gazetteer does not spell, by an ending that always carries its accent (`-cion` -> `-ción`, `-coes` -> `-ções`). */
function byEnding(lower: string, endings: readonly AccentedEnding[]): string | undefined {
  for (const { unaccented, accented, minLetters } of endings) {
    if (lower.length >= minLetters && lower.endsWith(unaccented)) return lower.slice(0, lower.length - unaccented.length) + accented;
  }
  return undefined;
}

/** `spelled` in the case `word` is written in: capitals, a capital first, or lower case. */
function sameCase(word: string, spelled: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return spelled.toUpperCase();
  if (word.charAt(0) !== word.charAt(0).toLowerCase()) return spelled.charAt(0).toUpperCase() + spelled.slice(1);
  return spelled;
}

const squeeze = (s: string): string => s.replace(/\s+/g, " ").trim();
