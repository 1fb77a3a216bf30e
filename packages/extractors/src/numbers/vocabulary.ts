import type { Language } from "@procmine/core";
import { loadNumbersData, type NumberWords, type NumbersData } from "./data.js";
import { PhraseList } from "./phrases.js";

/** A unit that goes into a claim's span: its canonical name and the form used after `per`. */
export interface UnitInfo {
  readonly unit: string;
  readonly singular: string;
  readonly kind: "measure" | "time";
}

/** Everything the grammar looks up, compiled once from the data files. */
export interface Lexicon {
  readonly cardinals: ReadonlyMap<string, number>;
  readonly scales: ReadonlyMap<string, number>;
  readonly scaleAttached: ReadonlyMap<string, number>;
  readonly scaleSpaced: ReadonlyMap<string, number>;
  readonly ordinals: ReadonlyMap<string, number>;
  readonly ordinalSuffixes: ReadonlySet<string>;
  readonly multiples: ReadonlyMap<string, number>;
  readonly multipleNeedsContext: ReadonlySet<string>;
  readonly timesWords: ReadonlySet<string>;
  readonly fractions: ReadonlyMap<string, number>;
  /** Articles standing for one before a scale: `a million`, `un millón`. */
  readonly articlesOne: ReadonlySet<string>;
  /** `decade` -> 10 (in `periodNouns.unit`), and the suffixes of their compounds (`decade-long`). */
  readonly periodNouns: { readonly unit: string; readonly words: ReadonlyMap<string, number>; readonly longSuffixes: readonly string[] };
  /** Shares: the articles before a fraction word, the fraction words that need none, the partitives after. */
  readonly shares: { readonly words: ReadonlySet<string>; readonly articles: ReadonlySet<string>; readonly bare: ReadonlySet<string>; readonly partitives: ReadonlySet<string> };
  /** Spelled-out numbers add up (Spanish, Portuguese) rather than going through compromise (English). */
  readonly additive: boolean;
  /** Words joining the parts of an additive spelled-out number (`treinta y cinco`). */
  readonly numberConnectors: ReadonlySet<string>;
  /** Words joining a range's ends. */
  readonly rangeLinks: { readonly to: ReadonlySet<string>; readonly or: ReadonlySet<string>; readonly and: ReadonlySet<string> };
  /** The most words a spelled-out number may have. */
  readonly maxNumberWords: number;
  /** Confidence by rule, and what a claim without a unit loses. */
  readonly confidence: NumberWords["confidence"];
  readonly superlativeSuffix: string;
  readonly notSuperlatives: ReadonlySet<string>;
  readonly superlativeWords: ReadonlySet<string>;
  readonly rankVerbs: PhraseList<true>;
  readonly rankOutOf: PhraseList<true>;
  readonly rankNouns: ReadonlySet<string>;
  readonly postposedSuperlatives: ReadonlySet<string>;
  readonly hedges: PhraseList<string>;
  readonly comparatives: ReadonlyMap<string, string>;
  readonly thanMisspellings: ReadonlySet<string>;
  readonly rangeOpeners: ReadonlySet<string>;
  readonly rangeLinkFillers: ReadonlySet<string>;
  readonly toBlockedAfter: ReadonlySet<string>;
  /** Words that make `from X to Y` a change (two claims) when they come just before `from`. */
  readonly changeWords: ReadonlySet<string>;
  /** Words read as a minus sign (`minus`, `menos`). */
  readonly minusWords: ReadonlySet<string>;
  readonly percent: PhraseList<string>;
  readonly currencyPrefixes: PhraseList<string>;
  readonly currencyWords: PhraseList<string>;
  readonly units: PhraseList<UnitInfo>;
  /** One-word unit forms, lower case (`year`, `km`): for a spelled number glued to its unit (`ten-year`). */
  readonly unitWords: ReadonlyMap<string, UnitInfo>;
  /** Canonical names of the time units (`years`, `days`): durations and time-locating periods. */
  readonly timeUnits: ReadonlySet<string>;
  readonly rateMarkers: ReadonlySet<string>;
  readonly spacedMarkerNeedsTime: ReadonlySet<string>;
  readonly rateWords: ReadonlyMap<string, string>;
  readonly counted: {
    readonly stopWords: ReadonlySet<string>;
    readonly modifiers: ReadonlySet<string>;
    readonly modifierSuffixes: readonly string[];
    readonly irregularPlurals: ReadonlySet<string>;
    readonly notPlurals: ReadonlySet<string>;
    readonly partitives: ReadonlySet<string>;
    readonly partitiveSkips: ReadonlySet<string>;
  };
  readonly identifierHeads: PhraseList<true>;
  /** Tokens that may stand between the numbers of a list of cited articles (`, 443 bis, 448 y`). */
  readonly citationListWords: ReadonlySet<string>;
  /** The law a list of article numbers belongs to, after the list (`de la ley`, `of the Act`). */
  readonly citationTrailers: PhraseList<true>;
  /** Prepositions before a rank that orders a speaker's points (`En primer lugar, …`). */
  readonly discoursePrepositions: ReadonlySet<string>;
  /** `en los`, `en este periodo de`: what names a report's own time frame before a period. */
  readonly periodFrames: PhraseList<true>;
  /** Verbs after `En segundo lugar,` that place a ranked thing there (`está Sonora`). */
  readonly placingVerbs: PhraseList<true>;
  /** The language's articles (function-words.json). */
  readonly articles: ReadonlySet<string>;
  readonly months: PhraseList<true>;
  readonly yearRange: readonly [number, number];
  readonly yearPrepositions: PhraseList<true>;
  readonly timeOfDay: PhraseList<true>;
  readonly periodLocators: ReadonlySet<string>;
  readonly periodArticles: ReadonlySet<string>;
  readonly durationMarkers: ReadonlySet<string>;
  readonly relativeTimeWords: ReadonlySet<string>;
  readonly ageAfter: PhraseList<true>;
  readonly ageBefore: ReadonlySet<string>;
  readonly selectors: ReadonlySet<string>;
  readonly determinersAfterMultiple: ReadonlySet<string>;
  readonly modalsBeforeMultiple: ReadonlySet<string>;
  readonly listMarkerMax: number;
  /** Marks that may open a line before a list or section number (`## 1.`, `- [2.`): Markdown's. */
  readonly lineMarkup: ReadonlySet<string>;
  readonly yearLinks: PhraseList<true>;
  /** Telephone service numbers (`911`) and the words around them that mark them as numbers to call. */
  readonly serviceNumbers: { numbers: ReadonlySet<string>; before: ReadonlySet<string>; after: ReadonlySet<string> };
  /** Words after a period that make it locate a time (`the 12 months ending in April`). */
  readonly periodEnds: PhraseList<true>;
  /** Determiners before a spelled-out number that refers back (`the two often meet`). */
  readonly referenceDeterminers: ReadonlySet<string>;
}

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const mapOf = (record: Record<string, number>) => new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
const flags = (words: readonly string[]) => new PhraseList<true>(words.map((w) => [w, true] as const));

export function compileLexicon(data: NumbersData): Lexicon {
  const { words, hedges, units, nonClaims } = data;
  const comparatives = new Map<string, string>();
  for (const c of hedges.than.comparatives) {
    const canonical = hedges.qualifiers[`${c} than`];
    if (canonical) comparatives.set(c.toLowerCase(), canonical);
  }
  const unitEntries: (readonly [string, UnitInfo])[] = [];
  for (const kind of ["measure", "time"] as const) {
    for (const u of kind === "measure" ? units.measures : units.time) {
      for (const form of u.forms) unitEntries.push([form, { unit: u.unit, singular: u.singular, kind }]);
    }
  }
  return {
    cardinals: mapOf(words.cardinals),
    scales: mapOf(words.scales),
    scaleAttached: mapOf(words.scaleAbbreviations.attached),
    scaleSpaced: mapOf(words.scaleAbbreviations.spaced),
    ordinals: mapOf(words.ordinals),
    ordinalSuffixes: lower(words.ordinalSuffixes),
    multiples: mapOf(words.multiples),
    multipleNeedsContext: lower(words.multipleNeedsContext),
    timesWords: lower(words.timesWords),
    fractions: mapOf(words.fractions),
    articlesOne: lower(words.articlesOne),
    periodNouns: { unit: words.periodNouns.unit, words: mapOf(words.periodNouns.words), longSuffixes: words.periodNouns.longSuffixes },
    shares: { words: lower(words.shares.words), articles: lower(words.shares.articles), bare: lower(words.shares.bare), partitives: lower(words.shares.partitives) },
    additive: words.spelling.additive,
    numberConnectors: lower(words.spelling.connectors),
    rangeLinks: { to: lower(hedges.ranges.links.to), or: lower(hedges.ranges.links.or), and: lower(hedges.ranges.links.and) },
    maxNumberWords: words.spelledOut.maxWords,
    confidence: words.confidence,
    superlativeSuffix: words.ranks.superlativeSuffix,
    notSuperlatives: lower(words.ranks.notSuperlatives),
    superlativeWords: lower(words.ranks.superlativeWords),
    rankVerbs: flags(words.ranks.rankVerbs),
    rankOutOf: flags(words.ranks.rankOutOf),
    rankNouns: lower(words.ranks.rankNouns),
    postposedSuperlatives: lower(words.ranks.postposedSuperlatives),
    hedges: new PhraseList(Object.entries(hedges.qualifiers)),
    comparatives,
    thanMisspellings: lower(hedges.than.misspellings),
    rangeOpeners: lower(hedges.ranges.openers),
    rangeLinkFillers: lower(hedges.ranges.linkFillers),
    toBlockedAfter: lower(hedges.ranges.toBlockedAfter),
    changeWords: lower(hedges.ranges.changeWords),
    minusWords: lower(hedges.minusWords),
    percent: new PhraseList(units.percent.flatMap((p) => p.forms.map((f) => [f, p.unit] as const))),
    currencyPrefixes: new PhraseList(units.currencies.flatMap((c) => c.prefixes.map((f) => [f, c.code] as const))),
    currencyWords: new PhraseList(units.currencies.flatMap((c) => c.words.map((f) => [f, c.code] as const))),
    units: new PhraseList(unitEntries),
    unitWords: new Map(unitEntries.filter(([f]) => /^\p{L}+$/u.test(f)).map(([f, u]) => [f.toLowerCase(), u] as const)),
    timeUnits: new Set(units.time.map((u) => u.unit)),
    rateMarkers: lower(units.rates.markers),
    spacedMarkerNeedsTime: lower(units.rates.spacedMarkerNeedsTime),
    rateWords: new Map(Object.entries(units.rates.words).map(([k, v]) => [k.toLowerCase(), v])),
    counted: {
      stopWords: lower(units.countedNoun.stopWords),
      modifiers: lower(units.countedNoun.modifiers),
      modifierSuffixes: units.countedNoun.modifierSuffixes,
      irregularPlurals: lower(units.countedNoun.irregularPlurals),
      notPlurals: lower(units.countedNoun.notPlurals),
      partitives: lower(units.countedNoun.partitives),
      partitiveSkips: lower(units.countedNoun.partitiveSkips),
    },
    identifierHeads: flags(nonClaims.identifierHeads),
    citationListWords: lower(nonClaims.citations.listWords),
    citationTrailers: flags(nonClaims.citations.trailers),
    discoursePrepositions: lower(nonClaims.discourseOrdinals.prepositions),
    periodFrames: flags(nonClaims.periodFrames.words),
    placingVerbs: flags(nonClaims.discourseOrdinals.placingVerbs),
    articles: lower(data.articles),
    months: flags(nonClaims.months),
    yearRange: nonClaims.yearRange,
    yearPrepositions: flags(nonClaims.yearPrepositions),
    timeOfDay: flags(nonClaims.timeOfDay),
    periodLocators: lower(nonClaims.periodLocators),
    periodArticles: lower(nonClaims.periodArticles),
    durationMarkers: lower(nonClaims.durationMarkers),
    relativeTimeWords: lower(nonClaims.relativeTimeWords),
    ageAfter: flags(nonClaims.ageMarkers.after),
    ageBefore: lower(nonClaims.ageMarkers.before),
    selectors: lower(nonClaims.selectors),
    determinersAfterMultiple: lower(nonClaims.determinersAfterMultiple),
    modalsBeforeMultiple: lower(nonClaims.modalsBeforeMultiple),
    listMarkerMax: nonClaims.listMarkerMax,
    lineMarkup: new Set(nonClaims.lineMarkup),
    yearLinks: flags(nonClaims.yearLinks),
    serviceNumbers: {
      numbers: new Set(nonClaims.serviceNumbers.numbers),
      before: lower(nonClaims.serviceNumbers.wordsBefore),
      after: lower(nonClaims.serviceNumbers.wordsAfter),
    },
    periodEnds: flags(nonClaims.periodEnds.words),
    referenceDeterminers: lower(nonClaims.referenceDeterminers.words),
  };
}

const lexicons = new Map<Language, Lexicon>();

/** The lexicon of a language (English lists extended by the language's sections), compiled once. */
export function getLexicon(lang: Language = "en"): Lexicon {
  let lex = lexicons.get(lang);
  if (!lex) {
    lex = compileLexicon(loadNumbersData(lang));
    lexicons.set(lang, lex);
  }
  return lex;
}
