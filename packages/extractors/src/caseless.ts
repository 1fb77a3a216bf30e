/**
 * caseless.json: reading names in paragraphs written without capitals. The country and
 * organization gazetteers match there in lower case (core's writing profile and the matcher's
 * `followsWriting`); this module says which of those lower-case matches stand. An extractor that
 * reads it lists CASELESS_PATH in its `dataFiles`.
 */
import { fileURLToPath } from "node:url";
import { dataObject, foldKey, loadDataFile, once, Words, type AnalyzedDocument, type Language, type SpanCover } from "@procmine/core";
import { z } from "@procmine/core";
import { functionWords } from "./function-words.js";

// Built when the file is validated (loadDataFile), not at import: a run reads the build's compiled copy.
function caselessSchema() {
  const NonEmptyWords = Words.min(1);
  // An unaccented ending and its accented spelling, read on words of at least `minLetters` letters.
  const Ending = dataObject({ unaccented: z.string().regex(/^[a-z]+$/), accented: z.string().regex(/[^\p{ASCII}]/u), minLetters: z.number().int().positive() });
  return dataObject({
    description: z.string(),
    minAcronymLetters: z.number().int().positive(),
    ambiguous: dataObject({ description: z.string(), forms: NonEmptyWords }),
    capitals: dataObject({
      description: z.string(),
      acronyms: Words,
      words: dataObject({ en: NonEmptyWords, es: NonEmptyWords, pt: NonEmptyWords }),
      bodies: dataObject({ description: z.string(), en: NonEmptyWords, es: NonEmptyWords, pt: NonEmptyWords }),
      unitHeads: dataObject({ description: z.string(), en: NonEmptyWords }).optional(),
    }),
    countryPrepositions: dataObject({ description: z.string(), en: NonEmptyWords, es: NonEmptyWords, pt: NonEmptyWords }),
    articleNames: dataObject({ description: z.string(), keepKinds: Words }),
    countryDescriptions: dataObject({ description: z.string(), connectors: NonEmptyWords, heads: NonEmptyWords }),
    accentedNames: dataObject({
      description: z.string(),
      portugueseCountries: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1),
      endings: dataObject({ es: z.array(Ending), pt: z.array(Ending) }),
    }),
  });
}

const CASELESS_URL = new URL("../data/caseless.json", import.meta.url);
export const CASELESS_PATH = fileURLToPath(CASELESS_URL);

const fold = (s: string): string => foldKey(s).replace(/\s+/g, " ").trim();

const compiled = once(() => {
  const { data } = loadDataFile(CASELESS_URL, caselessSchema);
  const prepositions = new Map<Language, Set<string>>();
  const { articles } = functionWords();
  const articlesOf = new Map<Language, Set<string>>((["en", "es", "pt"] as const).map((lang) => [lang, new Set(articles[lang].map(fold))]));
  for (const lang of ["en", "es", "pt"] as const) prepositions.set(lang, new Set(data.countryPrepositions[lang].map(fold)));
  return {
    minAcronymLetters: data.minAcronymLetters,
    ambiguous: new Set(data.ambiguous.forms.map(fold)),
    upperAcronyms: new Set(data.capitals.acronyms.map(fold)),
    upperBodies: new Map<Language, Set<string>>((["en", "es", "pt"] as const).map((lang) => [lang, new Set(data.capitals.bodies[lang].map(fold))])),
    upperUnitHeads: new Set((data.capitals.unitHeads?.en ?? []).map(fold)),
    upperWords: new Map<Language, Set<string>>((["en", "es", "pt"] as const).map((lang) => [lang, new Set(data.capitals.words[lang].map(fold))])),
    prepositions,
    portugueseCountries: new Set(data.accentedNames.portugueseCountries),
    endings: data.accentedNames.endings,
    articles: new Set(Object.values(articles).flat().map(fold)),
    articlesOf,
    descriptionConnectors: new Set(data.countryDescriptions.connectors.map(fold)),
    descriptionHeads: new Set(data.countryDescriptions.heads.map(fold)),
    keepKinds: new Set(data.articleNames.keepKinds),
  };
});

/** A gazetteer match, as both extractors hold one. */
interface Found {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
}

/**
 * The match is written without a capital where its paragraph writes none, or in a paragraph
 * written all in capitals: its case tells nothing, so caseless gates apply.
 */
export function isCaselessMatch(doc: AnalyzedDocument, m: Found): boolean {
  const writing = doc.writingAt(m.start);
  if (writing.capitals) return false;
  // In a block written in capitals every match is written alike: none tells by its case.
  if (writing.upper) return true;
  for (let i = m.firstToken; i < m.endToken; i++) if (doc.tokens.isWord(i) && !doc.tokens.isLowerCase(i)) return false;
  return true;
}

/**
 * In a block written in capitals, the span is a state's standing body named by its bare word
 * (caseless.json `capitals.bodies`: `ARMY`, `EJÉRCITO`): its capitalized form in ordinary text.
 */
export function isCapitalsBody(doc: AnalyzedDocument, start: number, end: number): boolean {
  return compiled().upperBodies.get(doc.langAt(start))?.has(fold(doc.text.slice(start, end))) === true;
}

/** A unit's or agency's head that, in an English block in capitals, closes a name of name words (caseless.json `capitals.unitHeads`: `SECRETARIAT`, `BATTALION`). */
export function isCapitalsUnitHead(doc: AnalyzedDocument, at: number, word: string): boolean {
  return doc.langAt(at) === "en" && compiled().upperUnitHeads.has(fold(word));
}

/** The match's folded form is one of the words that lower-cased mean something else. */
export function isAmbiguousLowerCase(doc: AnalyzedDocument, m: Found): boolean {
  return compiled().ambiguous.has(fold(doc.text.slice(m.start, m.end)));
}

/** An acronym's lower-case form too short to tell from a word (`pm`, `un`). */
export function isShortLowerAcronym(doc: AnalyzedDocument, m: Found): boolean {
  return m.endToken - m.firstToken === 1 && m.end - m.start < compiled().minAcronymLetters;
}

/** The word before the match is an article (`the us`, `the uk`): a pronoun or a word takes none. */
export function hasArticleBefore(doc: AnalyzedDocument, m: Found): boolean {
  const i = m.firstToken - 1;
  return i >= 0 && doc.tokens.isWord(i) && compiled().articles.has(doc.tokens.key(i));
}

/**
 * The word before the match is an article of the paragraph's own language: Portuguese `a` and
 * `o` are a preposition and a conjunction in Spanish (`a un grupo`, `o un arma`: the article `un`).
 */
function hasOwnArticleBefore(doc: AnalyzedDocument, m: Found): boolean {
  const i = m.firstToken - 1;
  return i >= 0 && doc.tokens.isWord(i) && compiled().articlesOf.get(doc.langAt(m.start))?.has(doc.tokens.key(i)) === true;
}

/**
 * The match is only a generic head, alone or with country words and connectors (caseless.json
 * `countryDescriptions`: `u.s. government`, `mexican army`, `policia paraguaya`).
 */
function isCountryDescription(doc: AnalyzedDocument, m: Found, countries: SpanCover | undefined): boolean {
  const { descriptionConnectors, descriptionHeads } = compiled();
  const t = doc.tokens;
  const rest: string[] = [];
  for (let i = m.firstToken; i < m.endToken; i++) {
    if (!t.isWord(i)) continue;
    const s = t.start(i);
    if (countries?.covers(s, s + 1)) continue;
    rest.push(t.key(i));
  }
  while (rest.length > 0 && descriptionConnectors.has(rest[0]!)) rest.shift();
  while (rest.length > 0 && descriptionConnectors.has(rest[rest.length - 1]!)) rest.pop();
  return rest.length > 0 && descriptionHeads.has(fold(rest.join(" ")));
}

/** A folded word that places a country in any of the three languages (`in`, `de`, `em`): `deMéxico` glued by a lost space. */
export function isCountryPreposition(key: string): boolean {
  for (const set of compiled().prepositions.values()) if (set.has(key)) return true;
  return false;
}

/** The word before the match places a country (`in turkey`, `de chile`). */
export function hasCountryPreposition(doc: AnalyzedDocument, m: Found): boolean {
  const i = m.firstToken - 1;
  if (i < 0 || !doc.tokens.isWord(i)) return false;
  return compiled().prepositions.get(doc.langAt(m.start))?.has(doc.tokens.key(i)) === true;
}

/**
 * An organization's lower-case gazetteer match that does not stand: an acronym too short to tell
 * from a word (`pm`, `pf`) unless an article leads it (`the un`, `a pf`), a form that lower-cased is a generic noun or another word (`army`,
 * `congreso`, `ice`, `mas`), or a name led by an article (`el pais`). A listed name of several
 * words (`policia federal`) stands.
 */
export function isUnfitLowerCaseOrganization(doc: AnalyzedDocument, m: Found & { value: { kind?: string } }, countries?: SpanCover): boolean {
  if (!isCaselessMatch(doc, m)) return false;
  if (doc.writingAt(m.start).upper) return isUnfitUpperCaseOrganization(doc, m, countries);
  return (isShortLowerAcronym(doc, m) && !hasOwnArticleBefore(doc, m)) || isAmbiguousLowerCase(doc, m) || opensWithArticle(doc, m) || isCountryDescription(doc, m, countries);
}

/**
 * The same in a paragraph written in capitals (caseless.json `capitals`): a short acronym falls
 * only where it spells a short word of the paragraph's language (`UN` in Spanish), and an
 * acronym that spells no word (`CIA`, `DEA`) is no ambiguous form there.
 */
function isUnfitUpperCaseOrganization(doc: AnalyzedDocument, m: Found & { value: { kind?: string } }, countries: SpanCover | undefined): boolean {
  const { upperAcronyms, upperWords } = compiled();
  const form = fold(doc.text.slice(m.start, m.end));
  const shortWord = isShortLowerAcronym(doc, m) && upperWords.get(doc.langAt(m.start))?.has(form) === true;
  const ambiguous = isAmbiguousLowerCase(doc, m) && !upperAcronyms.has(form);
  return (shortWord && !hasOwnArticleBefore(doc, m)) || ambiguous || opensWithArticle(doc, m, true) || isCountryDescription(doc, m, countries);
}

/**
 * A name of several words whose first is an article (`el pais`, `la nacion`): lower-cased, a common
 * phrase. In capitals only an article of the paragraph's own language: `EL TIEMPO`, `O GLOBO` in
 * an English wire copy are the newspapers (no English phrase opens with `el`), in a Spanish one the weather.
 */
function opensWithArticle(doc: AnalyzedDocument, m: Found & { value: { kind?: string } }, ownLanguage = false): boolean {
  const { articles, articlesOf, keepKinds } = compiled();
  const key = doc.tokens.key(m.firstToken);
  const isArticle = ownLanguage ? articlesOf.get(doc.langAt(m.start))?.has(key) === true : articles.has(key);
  return m.endToken - m.firstToken > 1 && isArticle && !keepKinds.has(m.value.kind ?? "");
}

/** The states whose bodies' names are Portuguese (caseless.json `accentedNames`). */
export function portugueseCountries(): ReadonlySet<string> {
  return compiled().portugueseCountries;
}

/** An ending that always carries its accent, for names the gazetteer does not spell. */
export interface AccentedEnding {
  unaccented: string;
  accented: string;
  minLetters: number;
}

/** Per language, the endings whose accent a word written without accents lacks (caseless.json `accentedNames.endings`). */
export function accentedEndings(): { es: readonly AccentedEnding[]; pt: readonly AccentedEnding[] } {
  return compiled().endings;
}
