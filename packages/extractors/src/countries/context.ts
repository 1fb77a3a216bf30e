import { opensSentence, type AnalyzedDocument, type Span } from "@procmine/core";
import type { ExtraData } from "./data.js";
import { foldPhrase, type CountryForm } from "./forms.js";
import { functionWords } from "../function-words.js";
import { isGivenName } from "../person-names.js";

// Context rules that veto a matched country form. Each looks only at the tokens next to the
// match, so one vocabulary works for any document; the word lists live in countries-extra.json.

/** A matched country form, by token index (`endToken` exclusive). */
export interface TokenSpan extends Pick<Span, "firstToken" | "endToken"> {
  phrase: string;
  value: CountryForm;
}

export interface ContextRules {
  personNames: ReadonlySet<string>;
  institutionWords: ReadonlySet<string>;
  precedingFunctionWords: ReadonlySet<string>;
  nativePeoples: ReadonlySet<string>;
  nativeWordsAfter: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  /** Names of languages that name no state (`Arabic`, `Hindi`, `árabe`): items of a list of languages. */
  languageNames: ReadonlySet<string>;
  languageWordsAfter: ReadonlySet<string>;
  languageWordsBefore: ReadonlySet<string>;
  /** Words after `in Spanish` that show it modifies no noun (`known in Spanish as`). */
  languageNotNounsAfter: ReadonlySet<string>;
  /** Words after `(Portuguese` that make it a gloss (`(Portuguese for bankers)`). */
  languageGlossAfter: ReadonlySet<string>;
  americas: ReadonlySet<string>;
  hemisphereNouns: ReadonlySet<string>;
  /** Names of the continent in a Spanish or Portuguese paragraph (`América`). */
  continentOutsideEnglish: ReadonlySet<string>;
  allCapsShortForms: ReadonlySet<string>;
  pronounAfter: ReadonlySet<string>;
  featureHeadsBefore: ReadonlySet<string>;
  featureHeadsAfter: ReadonlySet<string>;
  /** Country names that are also U.S. states, and every state's name (folded). */
  sharedWithStates: ReadonlySet<string>;
  usStates: ReadonlySet<string>;
  /** Scale words of an amount (`million`, `bn`): number-words.json's, English. */
  amountScales: ReadonlySet<string>;
  /** Demonyms that also name a currency (`bolivianos`), and the scale words between an amount and one. */
  currencies: ReadonlySet<string>;
  currencyScales: ReadonlySet<string>;
  /** Words that join the items of a list (`and`, `y`, `ou`): function-words.json's conjunctions. */
  listConjunctions: ReadonlySet<string>;
}

export function compileContextRules(extra: ExtraData, amountScales: readonly string[]): ContextRules {
  const keys = (xs: readonly string[]) => new Set(xs.map(foldPhrase));
  return {
    personNames: keys(extra.personNames.forms),
    institutionWords: new Set(extra.personNames.institutionWords),
    precedingFunctionWords: new Set(extra.personNames.precedingFunctionWords),
    nativePeoples: keys(extra.nativePeoples.forms),
    nativeWordsAfter: keys(extra.nativePeoples.wordsAfter),
    languages: keys(extra.languages.forms),
    languageNames: keys(extra.languages.languageNames),
    languageWordsAfter: keys(extra.languages.wordsAfter),
    languageWordsBefore: keys(extra.languages.wordsBefore),
    languageNotNounsAfter: keys(extra.languages.notNounsAfter),
    languageGlossAfter: keys(extra.languages.glossAfter),
    americas: keys(extra.americas.forms),
    hemisphereNouns: keys(extra.americas.hemisphereNouns),
    continentOutsideEnglish: keys(extra.americas.continentOutsideEnglish),
    allCapsShortForms: new Set(extra.allCapsShortForms.forms),
    pronounAfter: keys(extra.allCapsShortForms.pronounAfter),
    featureHeadsBefore: keys(extra.geographicFeatures.headsBefore),
    featureHeadsAfter: keys(extra.geographicFeatures.headsAfter),
    sharedWithStates: keys(extra.usStates.shared),
    usStates: keys(extra.usStates.states),
    amountScales: keys(amountScales),
    currencies: keys(extra.currencies.forms),
    currencyScales: keys(extra.currencies.scales),
    listConjunctions: keys([...functionWords().conjunctions.and, ...functionWords().conjunctions.or]),
  };
}

const LETTERS = /^\p{L}+$/u;

/** Every word token of the span is written in capitals (`ARGENTINA`, `EL SALVADOR`). */
export function isAllCaps(doc: AnalyzedDocument, m: TokenSpan): boolean {
  const t = doc.tokens;
  let words = 0;
  for (let i = m.firstToken; i < m.endToken; i++) {
    if (!t.isWord(i)) continue;
    words++;
    if (!t.isUpper(i) || t.text(i).length < 2) return false;
  }
  return words > 0;
}

/** The next token after the span in the same block, skipping one joining hyphen. */
function nextWord(doc: AnalyzedDocument, m: TokenSpan, skipHyphen: boolean): number {
  const t = doc.tokens;
  let j = m.endToken;
  if (skipHyphen && j < t.count && t.text(j) === "-" && !t.opensBlock(j)) j++;
  return j < t.count && !t.opensBlock(j) ? j : -1;
}

function previousToken(doc: AnalyzedDocument, m: TokenSpan): number {
  return m.firstToken > 0 && !doc.tokens.opensBlock(m.firstToken) ? m.firstToken - 1 : -1;
}

/**
 * `Chad Smith`, `Michael Jordan`, `Salvador Allende`: a country name that is also a given name
 * or surname is a person when a capitalized word follows that is not an institution word
 * (`Jordan Armed Forces` stays Jordan), or when a capitalized word precedes that neither
 * starts the sentence nor is a title-case function word (`With Jordan`). All-caps text is
 * exempt: there every word is capitalized.
 */
export function isPersonName(doc: AnalyzedDocument, m: TokenSpan, rules: ContextRules): boolean {
  if (!rules.personNames.has(m.value.key) || isAllCaps(doc, m)) return false;
  const t = doc.tokens;
  const next = nextWord(doc, m, false);
  if (next >= 0 && t.isWord(next) && LETTERS.test(t.text(next)) && t.isCapitalized(next)) {
    if (!rules.institutionWords.has(t.text(next))) return true;
  }
  return namedByWordBefore(doc, m, rules);
}

/**
 * `Julio Argentino Roca`, `Phil French`, `JUDY HOLLAND`: a name or demonym right after a listed
 * given name (person-names.json), a space between, is part of that person's name.
 */
export function isAfterGivenName(doc: AnalyzedDocument, m: TokenSpan): boolean {
  if (m.value.rule === "short_form" || !doc.tokens.isCapitalized(m.firstToken)) return false;
  const t = doc.tokens;
  const prev = previousToken(doc, m);
  if (prev < 0 || !t.isWord(prev) || !t.isCapitalized(prev) || !isGivenName(t.key(prev))) return false;
  return /^ +$/.test(doc.text.slice(t.end(prev), t.start(m.firstToken)));
}

/**
 * A capitalized word before the form, neither opening the sentence nor a title-case function
 * word (`With Jordan`), makes the two one name: a person's (`Isabel Salvador`) or a people's
 * (`Miskito Indians`).
 */
function namedByWordBefore(doc: AnalyzedDocument, m: TokenSpan, rules: ContextRules): boolean {
  const t = doc.tokens;
  const prev = previousToken(doc, m);
  if (prev < 0 || !t.isWord(prev) || !LETTERS.test(t.text(prev)) || !t.isCapitalized(prev) || t.isUpper(prev)) return false;
  return !opensSentence(doc, prev) && !rules.precedingFunctionWords.has(t.text(prev));
}

/**
 * `Miskito Indians`, `Indian Country`, `Indian tribes`: `Indian` names a native people of the
 * Americas after the people's own name or before a word of native affairs (countries-extra.json
 * `nativePeoples`); `the Indian government` stays India.
 */
export function isNativePeople(doc: AnalyzedDocument, m: TokenSpan, rules: ContextRules): boolean {
  if (!rules.nativePeoples.has(m.value.key) || isAllCaps(doc, m)) return false;
  const next = nextWord(doc, m, false);
  if (next >= 0 && rules.nativeWordsAfter.has(doc.tokens.key(next))) return true;
  return namedByWordBefore(doc, m, rules);
}

/**
 * `Portuguese initials`, `Spanish-speaking`, `in Spanish,`, `translated from French.`: a
 * demonym that also names a language is the language before a word about language, as a bare
 * noun after a word of speech or translation, or opening a gloss (`(Spanish for bankers)`).
 */
export function isLanguageUse(doc: AnalyzedDocument, m: TokenSpan, rules: ContextRules): boolean {
  if (!rules.languages.has(m.value.key)) return false;
  const t = doc.tokens;
  const after = nextWord(doc, m, true);
  if (after >= 0 && rules.languageWordsAfter.has(t.key(after))) return true;
  const prev = previousToken(doc, m);
  // A gloss: `banqueiros (Portuguese for bankers)`.
  if (prev >= 0 && t.text(prev) === "(" && after >= 0 && rules.languageGlossAfter.has(t.key(after))) return true;
  if (prev < 0 || !rules.languageWordsBefore.has(t.key(prev))) return false;
  const next = nextWord(doc, m, false);
  if (next < 0 || !t.isWord(next)) return true; // a bare noun: `in Spanish.`
  return rules.languageNotNounsAfter.has(t.key(next));
}

/**
 * `American countries`, `Organization of American States`, `the American continent`: before a
 * noun that gathers the hemisphere's states, `American` means the Americas, not the US. In Spanish
 * and Portuguese, `América` alone is the continent (`nuestra América`).
 */
export function isHemisphereUse(doc: AnalyzedDocument, m: TokenSpan, rules: ContextRules): boolean {
  if (!rules.americas.has(m.value.key)) return false;
  if (rules.continentOutsideEnglish.has(m.value.key) && doc.langAt(doc.tokens.start(m.firstToken)) !== "en") return true;
  const next = nextWord(doc, m, false);
  if (next >= 0 && rules.hemisphereNouns.has(doc.tokens.key(next))) return true;
  return m.value.romance === true && isRomanceHemisphereUse(doc, m, rules);
}

/**
 * Spanish and Portuguese put the adjective after its noun (`continente americano`, `povos
 * americanos`), write it capitalized inside the hemisphere's names (`Convención Americana`,
 * `Organização dos Estados Americanos`) and join it to a region (`sul-americana`,
 * `latino-americanos`); only in lower case on its own does `americano` name the United States.
 */
function isRomanceHemisphereUse(doc: AnalyzedDocument, m: TokenSpan, rules: ContextRules): boolean {
  const t = doc.tokens;
  if (t.isCapitalized(m.firstToken) || (m.firstToken > 0 && t.text(m.firstToken - 1) === "-")) return true;
  const prev = previousToken(doc, m);
  return prev >= 0 && rules.hemisphereNouns.has(t.key(prev));
}

/**
 * `JOIN US`, `LET US WORK`: in text without lower case, a short form spelled like a pronoun
 * is the pronoun after a word that takes an object pronoun (`US POLICY`, `THE US` stay).
 */
export function isCapsPronoun(doc: AnalyzedDocument, m: TokenSpan, rules: ContextRules): boolean {
  if (!rules.allCapsShortForms.has(m.phrase)) return false;
  const t = doc.tokens;
  const prev = previousToken(doc, m);
  if (prev < 0 || !rules.pronounAfter.has(t.key(prev))) return false;
  const block = doc.blockAt(t.start(m.firstToken));
  const text = block ? doc.text.slice(block.start, block.end) : doc.text.slice(t.start(prev), t.end(m.endToken - 1));
  return !/\p{Ll}/u.test(text);
}

const DIGITS = /^\d[\d.,]*$/;

/**
 * `U.S.$5 million`, `US $15 million`, `$47 million U.S.`: a short form written onto (or, in
 * capitals, a space before) a dollar sign that opens an amount, or right after a dollar amount and
 * its scale word, marks the amount's currency, as `US$` does; it names no state (`$5 million in
 * U.S. aid` does, and so does a name a space before the amount: `paying El Salvador $6 million`).
 */
export function isCurrencyPrefix(doc: AnalyzedDocument, m: TokenSpan, rules: ContextRules): boolean {
  const t = doc.tokens;
  const next = m.endToken;
  if (next < t.count && t.text(next) === "$") {
    const gap = t.start(next) - t.end(m.endToken - 1);
    if (gap === 0) return true;
    const shortForm = !/\p{Ll}/u.test(doc.text.slice(t.start(m.firstToken), t.end(m.endToken - 1)));
    if (gap === 1 && shortForm && doc.text.charAt(t.start(next) - 1) === " " && next + 1 < t.count && DIGITS.test(t.text(next + 1))) return true;
  }
  let prev = m.firstToken - 1;
  if (prev >= 0 && rules.amountScales.has(t.key(prev))) prev--;
  return prev >= 1 && DIGITS.test(t.text(prev)) && t.text(prev - 1) === "$" && t.end(prev - 1) === t.start(prev);
}

/**
 * `300 bolivianos`, `2 millones de bolivianos`: a demonym that also names a currency, after an
 * amount, is the money (countries-extra.json `currencies`).
 */
export function isCurrencyName(doc: AnalyzedDocument, m: TokenSpan, rules: ContextRules): boolean {
  if (!rules.currencies.has(m.value.key)) return false;
  const t = doc.tokens;
  let prev = previousToken(doc, m);
  if (prev >= 1 && t.key(prev) === "de" && rules.currencyScales.has(t.key(prev - 1))) prev -= 2;
  else if (prev >= 0 && rules.currencyScales.has(t.key(prev))) prev--;
  return prev >= 0 && DIGITS.test(t.text(prev));
}

/**
 * `Gulf of Mexico`, `Lake Nicaragua`, `Niger River`: a country name next to a capitalized
 * geographic head word names the feature, not the state (`Colombian river ports` stays).
 */
export function isGeographicFeature(doc: AnalyzedDocument, m: TokenSpan, rules: ContextRules): boolean {
  // A short form names no feature (`a US Delta Force raid`).
  if (m.value.rule === "short_form") return false;
  const t = doc.tokens;
  const next = nextWord(doc, m, false);
  const head = (i: number, heads: ReadonlySet<string>) => t.isCapitalized(i) && heads.has(t.key(i));
  if (next >= 0 && head(next, rules.featureHeadsAfter)) return true;
  const prev = previousToken(doc, m);
  if (prev < 0) return false;
  if (head(prev, rules.featureHeadsBefore)) return true;
  return t.key(prev) === "of" && prev > 0 && !t.opensBlock(prev) && head(prev - 1, rules.featureHeadsBefore);
}

/** How far around a shared name to look for another state of a list (`Florida, Georgia and Texas`). */
const STATE_LIST_REACH = 4;

/**
 * `Fort Benning, Georgia`, `the state of Georgia`, `Florida, Georgia and Texas`: a country name
 * that is also a U.S. state names the state after `<Place>,`, after `state of`, or in a list
 * with another state.
 */
export function isUsState(doc: AnalyzedDocument, m: TokenSpan, previous: TokenSpan | undefined, rules: ContextRules): boolean {
  if (!rules.sharedWithStates.has(m.value.key)) return false;
  const t = doc.tokens;
  const prev = previousToken(doc, m);
  if (prev >= 1 && t.key(prev) === "of" && t.key(prev - 1) === "state") return true;
  // `Fort Benning, Georgia`, but not a list of countries (`Armenia, Georgia`).
  const afterCountry = previous !== undefined && previous.endToken === prev;
  if (prev >= 1 && t.text(prev) === "," && t.isCapitalized(prev - 1) && !opensSentence(doc, prev - 1) && !afterCountry) return true;
  for (let i = Math.max(0, m.firstToken - STATE_LIST_REACH); i < Math.min(t.count, m.endToken + STATE_LIST_REACH); i++) {
    if (i >= m.firstToken && i < m.endToken) continue;
    const one = t.key(i);
    const two = i + 1 < t.count ? `${one} ${t.key(i + 1)}` : "";
    if ((rules.usStates.has(one) && !rules.sharedWithStates.has(one)) || rules.usStates.has(two)) return true;
  }
  return false;
}

/**
 * `Salvador, Brazil`, `Trinidad, Bolivia`, `Georgia, USA`: a short or person-like name followed
 * by a comma and another country is a place inside that country, unless it is an item of a list
 * of countries (`Suecia, Francia, España`; `Holanda, Uruguay, Chile`): a country before it joined
 * by a comma, or a plain country (no short or person-like name) joined to the one after it.
 */
export function isPlaceInOtherCountry(doc: AnalyzedDocument, m: TokenSpan, around: { previous?: TokenSpan; next?: TokenSpan; afterNext?: TokenSpan }, rules: ContextRules): boolean {
  const { previous, next, afterNext } = around;
  if (!next || !(m.value.shortName || rules.personNames.has(m.value.key))) return false;
  const t = doc.tokens;
  const comma = m.endToken;
  if (!(next.firstToken === comma + 1 && t.text(comma) === "," && next.value.iso3 !== m.value.iso3)) return false;
  if (previous && previous.endToken === m.firstToken - 1 && t.text(previous.endToken) === ",") return false;
  return !(afterNext && isPlainCountry(afterNext, rules) && joinsListItems(doc, next.endToken, afterNext.firstToken, rules));
}

function isPlainCountry(m: TokenSpan, rules: ContextRules): boolean {
  return !m.value.shortName && !rules.personNames.has(m.value.key);
}

/** The tokens from `from` up to `to` are a comma, a conjunction, or a comma and a conjunction. */
function joinsListItems(doc: AnalyzedDocument, from: number, to: number, rules: ContextRules): boolean {
  const t = doc.tokens;
  const gap = to - from;
  if (gap === 1) return t.text(from) === "," || rules.listConjunctions.has(t.key(from));
  return gap === 2 && t.text(from) === "," && rules.listConjunctions.has(t.key(from + 1));
}

/**
 * `514 U.S. 549`: a short form between a volume and a page number is a
 * law report's name (the United States Reports), not the state.
 */
export function isReporterCitation(doc: AnalyzedDocument, m: TokenSpan): boolean {
  if (m.value.rule !== "short_form") return false;
  const t = doc.tokens;
  const prev = previousToken(doc, m);
  const next = nextWord(doc, m, false);
  return prev >= 0 && next >= 0 && /^\d+$/.test(t.text(prev)) && /^\d+$/.test(t.text(next));
}

/** How far after `Place: Publisher` a reference's year is looked for, in tokens. */
const REFERENCE_YEAR_REACH = 8;

/**
 * `Salvador: EDUFBA, 2011.`: a short or person-like name (a city as well as a state) before a
 * colon, a capitalized publisher and a year is a reference's place of publication, a city.
 */
export function isPublicationPlace(doc: AnalyzedDocument, m: TokenSpan, rules: ContextRules): boolean {
  if (!(m.value.shortName || rules.personNames.has(m.value.key))) return false;
  const t = doc.tokens;
  const colon = nextWord(doc, m, false);
  if (colon < 0 || t.text(colon) !== ":" || colon + 1 >= t.count || !t.isCapitalized(colon + 1)) return false;
  for (let j = colon + 2; j < Math.min(t.count, colon + 2 + REFERENCE_YEAR_REACH) && !t.opensBlock(j); j++) {
    if (/^(1[5-9]|20)\d\d$/.test(t.text(j))) return true;
  }
  return false;
}
