import { insideMarkup, insideWebAddress, PhraseMatcher, type AnalyzedDocument, type Extractor, type Mention, type PhraseMatch } from "@procmine/core";
import { compileCompounds, compoundMatches, elidedMatches, gluedMatches, type CompoundLookup } from "./compounds.js";
import { compileContextRules, isAfterGivenName, isAllCaps, isCapsPronoun, isCurrencyName, isCurrencyPrefix, isGeographicFeature, isHemisphereUse, isPlaceInOtherCountry, isLanguageUse, isNativePeople, isPersonName, isPublicationPlace, isReporterCitation, isUsState, type ContextRules } from "./context.js";
import { countryData, countryDataFiles, type CountryData, type ExtraData } from "./data.js";
import { buildLexicon, foldPhrase, type CountryForm, type CountryRule, type LexiconEntry, type LexiconValue, type UserCountryForms } from "./forms.js";
import { toUserData, type ExtractorDataOptions } from "../user-data.js";
import { resolveAmbiguous } from "./ambiguous.js";
import { codeLiteralMentions } from "./code-literals.js";
import { cableTagMentions } from "./cable-tags.js";
import { fieldValueMentions } from "./field-values.js";
import { definedAbbreviationMentions } from "./defined-abbreviations.js";
import { languageListUses } from "./language-lists.js";
import { compileMisspellings, misspelledMatches, type MisspellingLookup } from "./misspellings.js";
import { compileSplitAbbreviations, splitAbbreviationMatches, type SplitAbbreviations } from "./split-abbreviations.js";
import { isWireSlug } from "../wire-slugs.js";
import { compilePlacedNames, placedLowerCaseMentions, type PlacedNames } from "./placed-lower-case.js";
import { compiledLexicon } from "../lexicon-snapshots.js";
import { loadNumbersData } from "../numbers/data.js";
import { hasArticleBefore, hasCountryPreposition, isAmbiguousLowerCase, isCaselessMatch, isShortLowerAcronym } from "../caseless.js";

/** The English scale words of an amount (`$47 million U.S.`), from the numbers extractor's data. */
function amountScaleWords(): string[] {
  const words = loadNumbersData("en").words;
  return [...Object.keys(words.scales), ...Object.keys(words.scaleAbbreviations.spaced)];
}

interface Compiled {
  matcher: PhraseMatcher<LexiconValue>;
  compounds: CompoundLookup;
  split: SplitAbbreviations;
  misspellings: MisspellingLookup;
  rules: ContextRules;
  confidence: ExtraData["confidence"];
  /** The ISO alpha-3 codes of listed states (quoted in program code, `"COL"`). */
  iso3s: ReadonlySet<string>;
  /** ISO alpha-2 code -> alpha-3, for a cable's `TAGS:` line (cable-tags.ts). */
  iso2s: ReadonlyMap<string, string>;
  /** Folded names and short forms that name one state, for lower-case field values (field-values.ts). */
  fieldForms: ReadonlyMap<string, string>;
  /** Full names of one state, for lower-case names a preposition places (placed-lower-case.ts). */
  placed: PlacedNames;
}

function compile(user: UserCountryForms): Compiled {
  const data = countryData();
  const lexicon = buildLexicon(data, user);
  const matcher = new PhraseMatcher(lexicon);
  // In a paragraph without capitals, names match in lower case (gated below: caseless.ts).
  matcher.followsWriting = true;
  const rules = compileContextRules(data.extra, amountScaleWords());
  return {
    matcher,
    compounds: compileCompounds(lexicon, data.extra.compoundPrefixes.prefixes, data.extra.compoundPrefixes.blocked, data.extra.compoundPrefixes.elisions),
    split: compileSplitAbbreviations(lexicon),
    misspellings: compileMisspellings(lexicon, data.extra.misspellings.minLetters, data.extra.misspellings.words),
    rules,
    confidence: data.extra.confidence,
    iso3s: new Set(data.countries.countries.map((c) => c.iso3)),
    iso2s: new Map(data.countries.countries.map((c) => [c.iso2, c.iso3])),
    fieldForms: fieldForms(lexicon, nameKeys(data.countries)),
    placed: compilePlacedNames(lexicon, rules.americas),
  };
}


/**
 * Names and short forms of one state in any paragraph's language, by folded key. A Spanish or
 * Portuguese demonym spelled as the state's name (`argentina`) stands for the name here.
 */
function fieldForms(lexicon: readonly LexiconEntry[], names: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const { phrase, value } of lexicon) {
    if (value.kind !== "country" || value.alternatives !== undefined || value.language !== undefined) continue;
    const key = foldPhrase(phrase);
    if (value.rule === "demonym" && !names.has(key)) continue;
    out.set(key, value.iso3);
  }
  return out;
}

/** Every folded name of a state in countries.json (English, Spanish and Portuguese). */
function nameKeys(countries: CountryData["countries"]): Set<string> {
  return new Set(countries.countries.flatMap((c) => [...c.names, ...c.foreign].map(foldPhrase)));
}

export type CountryMatch = PhraseMatch<CountryForm>;

/** Country forms that survive every context rule, in text order (regions already removed). */
function findCountryMatches(doc: AnalyzedDocument, { matcher, compounds, split, misspellings, rules }: Compiled): CountryMatch[] {
  const found: CountryMatch[] = [];
  // Tokens inside any phrase match, a region's too (`République d'Haïti`), for elided names.
  const inPhrase = new Set<number>();
  for (const m of matcher.match(doc)) {
    for (let i = m.firstToken; i < m.endToken; i++) inPhrase.add(i);
    // A region, city or feature holds a country form but blocks it.
    if (m.value.kind === "country") found.push(m as CountryMatch);
  }
  // Compound tokens (`anti-American`) never match a phrase, so the two lists never overlap.
  // A loop, not `push(...)`: a long document has more matches than a call takes arguments.
  for (const m of compoundMatches(doc, compounds)) found.push(m);
  for (const m of elidedMatches(doc, compounds)) if (!inPhrase.has(m.firstToken)) found.push(m);
  for (const m of gluedMatches(doc, compounds)) if (!inPhrase.has(m.firstToken)) found.push(m);
  // A dotted short form the tokenizer split (`China-U.S.`), unless a phrase match holds it (`U.S. Virgin Islands`).
  const matchedStarts = new Set(found.map((m) => m.start));
  for (const m of splitAbbreviationMatches(doc, split)) if (!matchedStarts.has(m.start) && !inPhrase.has(m.firstToken)) found.push(m);
  // A misspelled long name (`Venezuala`): only a token no phrase or compound holds.
  const held = new Set(inPhrase);
  for (const m of found) held.add(m.firstToken);
  for (const m of misspelledMatches(doc, misspellings, held)) found.push(m);
  found.sort((a, b) => a.start - b.start);
  const language = languageUses(doc, found, rules);
  return found.filter(
    (m, i) =>
      !isLowerCaseInEnglish(doc, m) &&
      !(m.value.lowerOnly === true && doc.tokens.isCapitalized(m.firstToken)) &&
      !(m.value.listedOnly === true && !listedBeside(doc, found[i - 1], m) && !listedBeside(doc, m, found[i + 1])) &&
      !isUnplacedLowerCase(doc, m, found[i - 1], found[i + 1]) &&
      !isOutsideOwnLanguage(doc, m) &&
      !isAccentedEnglishDemonym(doc, m) &&
      !isUnaccentedShortForeignName(doc, m) &&
      !isPersonName(doc, m, rules) &&
      !isAfterGivenName(doc, m) &&
      !isNativePeople(doc, m, rules) &&
      !isPlaceInOtherCountry(doc, m, { previous: found[i - 1], next: found[i + 1], afterNext: found[i + 2] }, rules) &&
      !language[i] &&
      !isHemisphereUse(doc, m, rules) &&
      !isCapsPronoun(doc, m, rules) &&
      !isGeographicFeature(doc, m, rules) &&
      !isUsState(doc, m, found[i - 1], rules) &&
      !isCurrencyPrefix(doc, m, rules) &&
      !isCurrencyName(doc, m, rules) &&
      !isReporterCitation(doc, m) &&
      !isPublicationPlace(doc, m, rules) &&
      !isHyphenatedPlace(doc, m, found[i - 1], compounds.prefixes, rules.usStates) &&
      !isWireSlug(doc, m.start) &&
      !insideWebAddress(doc.text, m.start, m.end) &&
      // A Markdown link's target or title and an HTML tag are markup, as the other extractors read them.
      !insideMarkup(doc.raw, doc.map.rawIndex(m.start)),
  );
}

/**
 * `Grã-Colômbia`, `Cap-Haïtien`: a country form joined by a hyphen to a capitalized word before it
 * is part of another place's name, unless that word is a country or a state too (`US-Mexico`,
 * `Texas-Mexico`) or a prefix (`Afro-Colombian`).
 */
function isHyphenatedPlace(doc: AnalyzedDocument, m: CountryMatch, previous: CountryMatch | undefined, prefixes: ReadonlySet<string>, states: ReadonlySet<string>): boolean {
  if (doc.text.charAt(m.start - 1) !== "-" || (previous !== undefined && previous.end === m.start - 1)) return false;
  const word = /(\p{L}+)$/u.exec(doc.text.slice(Math.max(0, m.start - 30), m.start - 1))?.[1];
  return word !== undefined && /^\p{Lu}\p{Ll}/u.test(word) && !prefixes.has(foldPhrase(word)) && !states.has(foldPhrase(word));
}

/**
 * In a paragraph written without capitals: a lower-case short form too short to tell from a word
 * (`us`, `uk`) unless an article leads it (`the us`), or a form that lower-cased is most often another word (`turkey`, `chile`), unless
 * a preposition places it (`in turkey`) or it stands in a list beside another country.
 */
function isUnplacedLowerCase(doc: AnalyzedDocument, m: CountryMatch, previous: CountryMatch | undefined, next: CountryMatch | undefined): boolean {
  // Written all in capitals, a country's name is the country (caseless.json `capitals`).
  if (!isCaselessMatch(doc, m) || doc.writingAt(m.start).upper) return false;
  if (m.value.case === "exact" && isShortLowerAcronym(doc, m)) return !hasArticleBefore(doc, m);
  if (!isAmbiguousLowerCase(doc, m)) return false;
  return !hasCountryPreposition(doc, m) && !listedBeside(doc, previous, m) && !listedBeside(doc, m, next);
}

/** Two matches one after another in a list: only a comma, a conjunction or spaces between. */
function listedBeside(doc: AnalyzedDocument, a: CountryMatch | undefined, b: CountryMatch | undefined): boolean {
  return a !== undefined && b !== undefined && b.start >= a.end && LIST_GAP.test(doc.text.slice(a.end, b.start));
}

// A table's cells and bold items are list items too (`|Granada|Haití|`, `**Dominica** **Granada**`).
const LIST_GAP = /^[\s|*;]*(?:,|&|and|or|y|e|o|ou)?[\s|*;]*$/iu;

const NON_ASCII = /[^\p{ASCII}]/u;

/**
 * `Germán Cruz`: an English demonym written with a diacritic its listed spelling lacks is another
 * word (a Spanish given name), not a misspelling: English demonyms carry no accents they lack.
 */
function isAccentedEnglishDemonym(doc: AnalyzedDocument, m: CountryMatch): boolean {
  if (m.value.rule !== "demonym" || m.value.romance === true || NON_ASCII.test(m.phrase)) return false;
  return NON_ASCII.test(doc.text.slice(m.start, m.end));
}

/** Longest word that isUnaccentedShortForeignName reads as another word (`Irã`, `Omã`). */
const SHORT_FOREIGN_NAME = 3;

/**
 * `an IRA bomb`, `Ira Glass`: in an English paragraph, a short word spelled like a foreign name
 * without the accent that name carries (Portuguese `Irã`) is an acronym or a given name: English
 * writes those states its own way (`Iran`, `Oman`).
 */
function isUnaccentedShortForeignName(doc: AnalyzedDocument, m: CountryMatch): boolean {
  if (m.endToken - m.firstToken !== 1 || m.phrase.length > SHORT_FOREIGN_NAME || !NON_ASCII.test(m.phrase)) return false;
  return !NON_ASCII.test(doc.text.slice(m.start, m.end)) && doc.langAt(m.start) === "en";
}

/**
 * `mexicanos` is a demonym in Spanish; in an English paragraph a lower-case word is not one,
 * unless the paragraph writes no capitals (then `argentina` is the country's name).
 */
function isLowerCaseInEnglish(doc: AnalyzedDocument, m: CountryMatch): boolean {
  return m.value.romance === true && !doc.tokens.isCapitalized(m.firstToken) && doc.langAt(m.start) === "en" && doc.writingAt(m.start).capitals;
}

/** Spanish `EU` names the United States in a Spanish paragraph only (English: the European Union; Portuguese: `eu`, I). */
function isOutsideOwnLanguage(doc: AnalyzedDocument, m: CountryMatch): boolean {
  return m.value.language !== undefined && doc.langAt(m.start) !== m.value.language;
}

/**
 * Which matches name a language: by their own context, coordinated with one that does (`in
 * Spanish and Portuguese`, `al español, árabe y francés`), or in a run of language names (a
 * site's language menu, `Haitian Creole`); see language-lists.ts.
 */
function languageUses(doc: AnalyzedDocument, found: CountryMatch[], rules: ContextRules): boolean[] {
  const language = found.map((m) => isLanguageUse(doc, m, rules));
  return languageListUses(doc, found, language, rules);
}

function confidenceOf(m: CountryMatch, rule: CountryRule | "heading", { rules, confidence }: Compiled, resolvedToAlternative: boolean): number {
  let c = confidence.rules[rule];
  if (m.value.shortName) c = Math.min(c, confidence.shortName);
  if (rules.americas.has(m.value.key)) c = Math.min(c, confidence.americas);
  if (rules.personNames.has(m.value.key)) c = Math.min(c, confidence.personName);
  if (m.value.alternatives) c = Math.min(c, resolvedToAlternative ? confidence.resolvedToAlternative : confidence.ambiguous);
  return c;
}

/**
 * A country extractor; each call compiles its own lexicon (once, on first use). Of the
 * researcher's own data, only its `countries` (extra names and demonyms) matter here.
 */
export function createCountryExtractor(options: ExtractorDataOptions = {}): Extractor {
  const user = toUserData(options.data).countries;
  // The lexicon has some 2,000 phrases: compiled on first use, once per extractor.
  const compiled = compiledLexicon("countries", Object.keys(user).length === 0, () => compile(user), { classes: { PhraseMatcher } });
  return {
    name: "countries",
    version: "0.1.0",
    types: ["country"],
    dataFiles: countryDataFiles,
    extract: (doc) => extractCountries(doc, compiled()),
  };
}

/** The extractor with the built-in data only. */
export const countryExtractor: Extractor = createCountryExtractor();

function extractCountries(doc: AnalyzedDocument, compiled: Compiled): Mention[] {
  const matches = findCountryMatches(doc, compiled);
  const iso3s = resolveAmbiguous(matches.map((m) => m.value));
  const named = matches.map((m, i): Mention => {
    const iso3 = iso3s[i]!;
    // A name in capitals is a heading (`ARGENTINA:`); an acronym in capitals is just itself.
    const rule = m.value.case !== "exact" && isAllCaps(doc, m) ? "heading" : m.value.rule;
    return {
      type: "country",
      start: m.start,
      end: m.end,
      attrs: { iso3 },
      rule,
      confidence: confidenceOf(m, rule, compiled, iso3 !== m.value.iso3),
    };
  });
  const quoted = codeLiteralMentions(doc, compiled.iso3s, named, compiled.confidence.rules.short_form);
  const coded = [...quoted, ...cableTagMentions(doc, compiled.iso2s, named, compiled.confidence.rules.short_form)];
  const defined = definedAbbreviationMentions(doc, named, compiled.confidence.rules.short_form);
  const fields = fieldValueMentions(doc, compiled.fieldForms, [...named, ...coded, ...defined], compiled.confidence.rules.name);
  const placed = placedLowerCaseMentions(doc, compiled.placed, [...named, ...coded, ...defined, ...fields].sort((a, b) => a.start - b.start), compiled.confidence.rules.name);
  const extra = [...coded, ...defined.filter((d) => !coded.some((c) => c.start === d.start)), ...fields, ...placed];
  return extra.length === 0 ? named : [...named, ...extra].sort((a, b) => a.start - b.start);
}
