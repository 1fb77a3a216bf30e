import type { Language } from "@procmine/core";
import { loadNumbersData, type NumbersData } from "./data.js";
import { PhraseList } from "./phrases.js";
import { compiledLexicon } from "../lexicon-snapshots.js";

/** A unit that goes into a claim's span: its canonical name and the form used after `per`. */
export interface UnitInfo {
  readonly unit: string;
  readonly singular: string;
  readonly kind: "measure" | "time";
}

/** Everything the grammar looks up, compiled once from the data files (the type is what compileLexicon returns). */
export type Lexicon = ReturnType<typeof compileLexicon>;

const setOf = <T>(items: Iterable<T>): ReadonlySet<T> => new Set(items);
const lower = (words: readonly string[]) => setOf(words.map((w) => w.toLowerCase()));
const lowerKeys = <V>(entries: Iterable<readonly [string, V]>): ReadonlyMap<string, V> => new Map([...entries].map(([k, v]) => [k.toLowerCase(), v]));
const mapOf = (record: Record<string, number>) => lowerKeys(Object.entries(record));
const flags = (words: readonly string[]) => new PhraseList<true>(words.map((w) => [w, true] as const));

/** The lexicon of the data files: word lists lower-cased into sets and maps, phrases into PhraseLists. */
export function compileLexicon(data: NumbersData) {
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
    /** Articles standing for one before a scale: `a million`, `un millón`. */
    articlesOne: lower(words.articlesOne),
    /** `decade` -> 10 (in `periodNouns.unit`), and the suffixes of their compounds (`decade-long`). */
    periodNouns: { unit: words.periodNouns.unit, words: mapOf(words.periodNouns.words), ownUnits: new Map(Object.entries(words.periodNouns.ownUnits).map(([k, v]) => [k.toLowerCase(), v] as const)), ownUnitYears: mapOf(words.periodNouns.ownUnitYears), longSuffixes: words.periodNouns.longSuffixes as readonly string[] },
    /** Shares: the articles before a fraction word, the fraction words that need none, the partitives after. */
    shares: { words: lower(words.shares.words), articles: lower(words.shares.articles), leads: flags(words.shares.leads), bare: lower(words.shares.bare), partitives: lower(words.shares.partitives), partNouns: lower(words.shares.partNouns), denominators: mapOf(words.shares.denominators), maxSlashDenominator: words.shares.maxSlashDenominator },
    /** Words between a count and the larger count it is out of (`one in three`). */
    ratioLinks: flags(words.ratios.links),
    /** `out of`: a link after which a total that is no round base (`six out of seven teachers`) counts a group; the value is the count. */
    ratioGroupLinks: flags(words.ratios.groupLinks),
    /** Spelled-out numbers add up (Spanish, Portuguese) rather than going through compromise (English). */
    additive: words.spelling.additive,
    /** Words joining the parts of an additive spelled-out number (`treinta y cinco`). */
    numberConnectors: lower(words.spelling.connectors),
    /** Words joining a range's ends. */
    rangeLinks: { to: lower(hedges.ranges.links.to), or: lower(hedges.ranges.links.or), and: lower(hedges.ranges.links.and) },
    /** The most words a spelled-out number may have. */
    maxNumberWords: words.spelledOut.maxWords,
    /** `a four-lane highway`: the fewest letters of the noun a spelled number is hyphened to. */
    minCompoundNoun: words.spelledOut.minCompoundNoun,
    /** `three or four or five days`: how many alternatives a chain of or-links may add after a range's second end. */
    maxAlternatives: hedges.ranges.maxAlternatives,
    /** The longest unit abbreviation that needs digits before it (`diez ha` is no area). */
    maxUnitAbbreviation: units.abbreviations.maxChars,
    /** Confidence by rule, and what a claim without a unit loses. */
    confidence: words.confidence,
    superlativeSuffix: words.ranks.superlativeSuffix,
    notSuperlatives: lower(words.ranks.notSuperlatives),
    superlativeWords: lower(words.ranks.superlativeWords),
    rankVerbs: flags(words.ranks.rankVerbs),
    rankOutOf: flags(words.ranks.rankOutOf),
    rankNouns: lower(words.ranks.rankNouns),
    rankNumberWords: lower(words.ranks.rankNumberWords),
    postposedSuperlatives: lower(words.ranks.postposedSuperlatives),
    series: { adjectives: lower(words.ranks.seriesAdjectives), from: words.ranks.seriesFrom },
    rankFrames: { phrases: flags(words.ranks.rankFrames), gap: words.ranks.rankFrameGap, notRanked: lower(words.ranks.notRanked) },
    hedges: new PhraseList(Object.entries(hedges.qualifiers)),
    hedgesAfter: new PhraseList(Object.entries(hedges.qualifiersAfter)),
    /** `aproximadamente a 400`, `ao menos, oito`: hedges that reach over a comma or a preposition, and those prepositions. */
    adverbGap: { adverbs: flags(hedges.adverbGap.adverbs), links: lower(hedges.adverbGap.links) },
    comparatives: comparatives as ReadonlyMap<string, string>,
    thanMisspellings: lower(hedges.than.misspellings),
    rangeOpeners: lower(hedges.ranges.openers),
    rangeLinkFillers: lower(hedges.ranges.linkFillers),
    rangeUpperBounds: flags(hedges.ranges.upperBounds),
    toBlockedAfter: lower(hedges.ranges.toBlockedAfter),
    /** Words that make `from X to Y` a change (two claims) when they come just before `from`. */
    changeWords: lower(hedges.ranges.changeWords),
    changeWindow: hedges.ranges.changeWindow,
    /** Words read as a minus sign (`minus`, `menos`). */
    minusWords: lower(hedges.minusWords),
    prepositionsAfterAmount: lower(hedges.prepositionsAfterAmount),
    percent: new PhraseList(units.percent.flatMap((p) => p.forms.map((f) => [f, p.unit] as const))),
    currencyPrefixes: new PhraseList(units.currencies.flatMap((c) => c.prefixes.map((f) => [f, c.code] as const))),
    /** Currency prefixes of letters only, as written (`USD`, `Bs`): the tokenizer splits them from digits glued on (`USD3.464`). */
    /** Scale words a hyphen may glue to the next word after a number (`$118 million-more`): the tokenizer splits them there. */
    hyphenedScales: setOf(Object.keys(words.scales).map((w) => w.toLowerCase())),
    gluedCurrencyPrefixes: setOf(units.currencies.flatMap((c) => c.prefixes.filter((f) => /^\p{L}+$/u.test(f)))),
    currencyWords: new PhraseList(units.currencies.flatMap((c) => c.words.map((f) => [f, c.code] as const))),
    units: new PhraseList(unitEntries),
    /** One-word unit forms, lower case (`year`, `km`): for a spelled number glued to its unit (`ten-year`). */
    unitWords: lowerKeys(unitEntries.filter(([f]) => /^\p{L}+$/u.test(f))),
    /** Canonical names of the time units (`years`, `days`): durations and time-locating periods. */
    timeUnits: setOf(units.time.map((u) => u.unit)),
    durationLengths: new Map(Object.entries(units.durationLengths.days)) as ReadonlyMap<string, number>,
    /** `aged`, `edad de`: a bare number after them is an age, in years. */
    ageBefore: flags(units.ages.before),
    /** `23 pesos con 85 centavos`: the hundredths of an amount, their links and the money units without a code. */
    subunits: {
      words: lower(units.subunits.words),
      links: lower(units.subunits.links),
      wholeUnits: setOf(units.subunits.wholeUnits),
      parts: new Map(units.subunits.parts.map((p) => [p.unit, p] as const)) as ReadonlyMap<string, { readonly part: string; readonly per: number }>,
    },
    /** `ha` before a participle (`2021 ha ido`) is the verb, not hectares. */
    /** `28 puntos sobre 100`: a score's unit words (closing a clause) and the links to its scale's top. */
    scores: { forms: lower(units.scores.forms), totalLinks: lower(units.scores.totalLinks) },
    unitVerbs: { forms: lower(units.verbHomographs.forms), participleEndings: units.verbHomographs.participleEndings as readonly string[] },
    rateMarkers: lower(units.rates.markers),
    spacedMarkerNeedsTime: lower(units.rates.spacedMarkerNeedsTime),
    rateLeadMarkers: lower(units.rates.leadMarkers),
    rateWords: lowerKeys(Object.entries(units.rates.words)),
    rateAdverbs: lowerKeys(Object.entries(units.rates.adverbs)),
    counted: {
      maxWords: units.countedNoun.maxWords,
      stopWords: lower(units.countedNoun.stopWords),
      modifiers: lower(units.countedNoun.modifiers),
      modifierSuffixes: units.countedNoun.modifierSuffixes,
      irregularPlurals: lower(units.countedNoun.irregularPlurals),
      notPlurals: lower(units.countedNoun.notPlurals),
      partitives: lower(units.countedNoun.partitives),
      partitiveSkips: lower(units.countedNoun.partitiveSkips),
    },
    identifierHeads: flags(nonClaims.identifierHeads),
    /** The one-word identifier and target heads (`sección`, `art.` as `art`), each with whether it needs a capital: read before a number the document's decimal mark is told from. */
    identifierHeadWords: headWords([...nonClaims.identifierHeads, ...nonClaims.subsectionHeads.words]),
    /** `of`, `de`: between an identifier's number and its total (`Página 1 de 12`). */
    totalLinks: lower(nonClaims.totalLinks),
    totalHeads: flags(nonClaims.totalHeads),
    /** Tokens that may stand between the numbers of a list of cited articles (`, 443 bis, 448 y`). */
    citationListWords: lower(nonClaims.citations.listWords),
    /** The law a list of article numbers belongs to, after the list (`de la ley`, `of the Act`). */
    citationTrailers: flags(nonClaims.citations.trailers),
    /** Prepositions before a rank that orders a speaker's points (`En primer lugar, …`). */
    discoursePrepositions: lower(nonClaims.discourseOrdinals.prepositions),
    /** `in the first place`: set phrases ending in a rank that order reasons. */
    discourseIdioms: flags(nonClaims.discourseOrdinals.idioms),
    /** `en los`, `en este periodo de`: what names a report's own time frame before a period. */
    periodFrames: flags(nonClaims.periodFrames.words),
    superlativeFrames: { links: lower(nonClaims.superlativeFrames.links), degrees: lower(nonClaims.superlativeFrames.degrees) },
    calibers: { heads: flags(nonClaims.calibers.heads), marks: lower(nonClaims.calibers.marks), weapons: lower(nonClaims.calibers.weapons) },
    /** `after`, `después de`: a period after one places a time unless a duration link follows it (`of`, `de`). */
    sequenceLocators: { words: flags(nonClaims.sequenceLocators.words), durationLinks: lower(nonClaims.sequenceLocators.durationLinks), closing: lower(nonClaims.sequenceLocators.closing), tenureDeterminers: lower(nonClaims.sequenceLocators.tenureDeterminers) },
    pastMarkers: lower(nonClaims.pastMarkers),
    occasionNouns: lower(nonClaims.occasionNouns.words),
    breadcrumbSeparators: new Set<string>(nonClaims.breadcrumbs.separators),
    openingLocators: { words: lower(nonClaims.openingLocators.words), negations: lower(nonClaims.openingLocators.negations) },
    datedActs: { links: lower(nonClaims.datedActs.links) },
    codeTitles: { codes: flags(nonClaims.codeTitles.codes), reporters: flags(nonClaims.codeTitles.reporters), journals: flags(nonClaims.codeTitles.journals), maxJournalWords: nonClaims.codeTitles.maxJournalWords, shortForms: flags(nonClaims.codeTitles.shortForms), pinLinks: lower(nonClaims.codeTitles.pinLinks) },
    ungroupedYears: nonClaims.ungroupedYears,
    markedYears: { from: nonClaims.markedYears.from, markDigits: nonClaims.markedYears.markDigits, prepositions: lower(nonClaims.markedYears.prepositions) },
    /** `is zero,`, `Culpables: CERO.`: the copulas before a zero that states a value, and the words that may follow it (`in`). */
    zeroPredicates: { before: flags(nonClaims.zeroPredicates.before), after: lower(nonClaims.zeroPredicates.after) },
    /** `CI`, `intervalo de confianza`: a percent beside one is the interval's level, a number after one the interval. */
    confidenceMarkers: flags(nonClaims.confidenceIntervals.markers),
    addresses: {
      blockLinks: flags(nonClaims.addresses.blockLinks),
      streetWords: flags(nonClaims.addresses.streetWords),
      directions: flags(nonClaims.addresses.directions),
      maxNameWords: nonClaims.addresses.maxNameWords,
      streetHeads: flags(nonClaims.addresses.streetHeads),
      nameLinks: lower(nonClaims.addresses.nameLinks),
    },
    /** `la meta 5.3`: heads before a target's or an indicator's number. */
    subsectionHeads: flags(nonClaims.subsectionHeads.words),
    /** `11-S`: month initials a day is hyphened to (written in capitals). */
    monthInitials: setOf(nonClaims.eventDates.monthInitials),
    /** `246 p.`: page abbreviations after a book's page count. */
    pageCountMarks: flags(nonClaims.pageCounts.marks),
    /** `mediados de los 80`: what stands before a decade's two digits. */
    decadeLeads: flags(nonClaims.decades.leads),
    /** `Lectura: 8 min`, `5 min read`: what labels a page's reading time before its colon, or follows it. */
    readingTimes: { labels: flags(nonClaims.readingTimes.labels), after: flags(nonClaims.readingTimes.after) },
    /** `Tags:`, `Palabras clave:`: labels of a tag or keyword line, lower case. */
    backwardLocators: lower(nonClaims.backwardLocators.words),
    tagLabels: nonClaims.tagLists.labels.map((w) => w.toLowerCase()) as readonly string[],
    /** A message header's lines: the transmission line, the classification authority. */
    messageHeaderLines: nonClaims.messageHeaders.lines.map((p) => new RegExp(p, "gu")) as readonly RegExp[],
    /** `DOC`, `REUTERS`: the element an SGML wire document opens with; `DOCID`, `LENGTH`: its header elements, whose numbers count nothing. */
    wireHeaders: { openers: setOf(nonClaims.wireHeaders.openers), tags: setOf(nonClaims.wireHeaders.tags) },
    /** `hrs`, `horas` after a 24-hour clock time; `at`, `a las` before one. */
    clockTimes: { words: flags(nonClaims.clockTimes.words), prepositions: flags(nonClaims.clockTimes.prepositions) },
    /** `CREATE TABLE … varchar(255) …;`: a SQL dump's statements that define its tables (multiline, from a line's start). */
    sqlDefinitions: nonClaims.sqlDefinitions.patterns.map((p) => new RegExp(p, "gmu")) as readonly RegExp[],
    /** `… [+3367 chars]`: a news feed's mark of a cut field. */
    truncationMarks: nonClaims.truncationMarks.patterns.map((p) => new RegExp(p, "gu")) as readonly RegExp[],
    /** `International`, `Unported`: what follows a licence's version number. */
    licenceTrailers: flags(nonClaims.licences.trailers),
    softwareNames: flags(nonClaims.softwareVersions.names),
    /** `os quatro cantos`, `the four corners`: set phrases whose number counts nothing. */
    idioms: flags(nonClaims.idioms.phrases),
    /** How far before a claim a set phrase holding it may start. */
    idiomLead: nonClaims.idioms.lead,
    /** `1 = vehículo`: the most digits of a data dictionary's code. */
    codebookMaxDigits: nonClaims.codebooks.maxDigits,
    /** `69000-000`: a postal code's two hyphened groups, as digit counts. */
    postalCodeGroups: nonClaims.postalCodes.groups.map(([a, b]) => `${a}-${b}`),
    shortYears: { leads: flags(nonClaims.shortYears.leads), monthLinks: lower(nonClaims.shortYears.monthLinks), articles: lower(nonClaims.shortYears.articles), notBefore: lower(nonClaims.shortYears.notBefore), yearNouns: flags(nonClaims.shortYears.yearNouns) },
    /** `o 247.`, `el 19 y el 22,`: singular articles before a bare number that names a thing or a day. */
    articleNumbers: lower(nonClaims.articleNumbers.articles),
    /** `na escola 88 de Izhevsk`: the singular articles that open a noun a bare number labels, and the links that may follow it. */
    labelNumbers: { articles: lower(nonClaims.labelNumbers.articles), links: lower(nonClaims.labelNumbers.links), partitives: lower(nonClaims.labelNumbers.partitives), capitalised: nonClaims.labelNumbers.capitalised },
    /** Verbs after `En segundo lugar,` that place a ranked thing there (`está Sonora`). */
    placingVerbs: flags(nonClaims.discourseOrdinals.placingVerbs),
    /** The language's articles (function-words.json). */
    articles: lower(data.articles),
    months: flags(nonClaims.months),
    weekdays: flags(nonClaims.weekdays),
    weekdayLinks: lower(nonClaims.weekdayLinks),
    yearRange: nonClaims.yearRange,
    yearPrepositions: flags(nonClaims.yearPrepositions),
    timeOfDay: flags(nonClaims.timeOfDay),
    periodLocators: lower(nonClaims.periodLocators),
    hedgedLocators: lower(nonClaims.hedgedLocators),
    monthAbbreviations: lower(nonClaims.monthAbbreviations.words),
    anniversaries: {
      leads: flags(nonClaims.anniversaries.leads),
      links: flags(nonClaims.anniversaries.links),
      adverbs: flags(nonClaims.anniversaries.adverbs),
    },
    periodArticles: lower(nonClaims.periodArticles),
    durationMarkers: lower(nonClaims.durationMarkers),
    /** `later`, `más tarde`, `mais tarde`: a phrase after a period that places a time (one word or more). */
    relativeTimeWords: flags(nonClaims.relativeTimeWords),
    selectors: lower(nonClaims.selectors),
    determinersAfterMultiple: lower(nonClaims.determinersAfterMultiple),
    modalsBeforeMultiple: lower(nonClaims.modalsBeforeMultiple),
    listMarkerMax: nonClaims.listMarkerMax,
    paragraphNumberMax: nonClaims.paragraphNumberMax,
    quotedNameMaxWords: nonClaims.quotedNames.maxWords,
    quotedNameDeterminers: lower(nonClaims.quotedNames.determiners),
    /** Marks that may open a line before a list or section number (`## 1.`, `- [2.`): Markdown's. */
    lineMarkup: setOf(nonClaims.lineMarkup),
    yearLinks: flags(nonClaims.yearLinks),
    /** Telephone service numbers (`911`) and the words around them that mark them as numbers to call. */
    serviceNumbers: {
      numbers: setOf(nonClaims.serviceNumbers.numbers),
      before: lower(nonClaims.serviceNumbers.wordsBefore),
      after: lower(nonClaims.serviceNumbers.wordsAfter),
    },
    /** Words after a period that make it locate a time (`the 12 months ending in April`). */
    periodEnds: flags(nonClaims.periodEnds.words),
    /** What stands before the base of a rate (`per`, `por cada`; `por` before a round base and a population). */
    denominators: {
      markers: flags(nonClaims.denominators.markers),
      roundMarkers: flags(nonClaims.denominators.roundMarkers),
      populations: flags(nonClaims.denominators.populations),
    },
    /** Telephone numbers: the fewest digits one has, and the words before one (`teléfono`, `call`; a label's second word before its colon, `Línea Nacional:`), as a pattern ending where the number starts. */
    phones: { minDigits: nonClaims.phones.minDigits, reach: nonClaims.phones.reach, wordReach: nonClaims.phones.wordReach, announced: new RegExp(`(?:^|[^\\p{L}])(?:${alternatives(nonClaims.phones.words)})(?:\\s+\\p{L}{1,4}|\\s+\\p{L}{2,14}(?=\\s*:))?[\\s:.,\\[(]*$`, "iu") },
    ordinalSigns: setOf(nonClaims.ordinalSigns),
    inlineListLeads: lower(nonClaims.inlineListLeads),
    /** Note marks set apart from their word by PDF text (note-marks.ts). */
    spacedNoteMarks: nonClaims.spacedNoteMarks,
    /** A chart's tick labels kept by PDF text (axis-ticks.ts). */
    axisTicks: nonClaims.axisTicks,
    lineReach: nonClaims.lineReach,
    /** How far a bare number's paragraph and line are read for a word (wordless-runs.ts). */
    wordlessRuns: nonClaims.wordlessRuns,
    /** When a text's punctuation was stripped (stripped-punctuation.ts). */
    strippedPunctuation: nonClaims.strippedPunctuation,
    /** What makes a CSV register and its ordering and count columns (csv-columns.ts). */
    csvColumns: nonClaims.csvColumns,
    /** What makes a tab-separated register whose constant columns are codes (code-columns.ts). */
    codeColumns: nonClaims.codeColumns,
    /** The fewest numbers counted off one by one that make a run (`tres, cuatro, cinco.`). */
    minCountingRun: nonClaims.countingRuns.minRun,
    /** How many tokens after a bare number a shared percent may close its list (`el 12, 10, ocho por ciento`). */
    sharedPercentReach: nonClaims.sharedPercents.reach,
    /** The fewest words of a paragraph that runs on as prose (a heading's line has fewer). */
    runningProseWords: nonClaims.runningProse.minWords,
    /** The most days a list of days of one month runs to after its first. */
    maxListedDays: nonClaims.dayLists.maxDays,
    /** How long the lines of page numbers are (footer.ts, page-numbers.ts). */
    pageNumbers: nonClaims.pageNumbers,
    /** How many tokens from a claim the year tied to it is looked for (year.ts). */
    claimYearReach: nonClaims.claimYears.reach,
    /** `del año dos mil diecisiete`: the nouns after which a year is spelled out. */
    spelledYearNouns: lower(nonClaims.spelledYearNouns.words),
    /** `<sup>1</sup>`: the HTML elements whose whole content, a bare number, is a note mark. */
    superscriptTags: lower(nonClaims.superscriptNoteMarks.tags),
    barcodes: nonClaims.barcodes,
    /** The last words of a code key that names a setting (code.ts). */
    codeSettings: lower(nonClaims.codeSettings.words),
    sqlRowOpeners: setOf(nonClaims.sqlRows.openers),
    /** A sentence start that opens an invented example: leads, an optional comma, then a cue. */
    hypotheticalOpening: openingPattern(nonClaims.hypotheticals.leads, nonClaims.hypotheticals.cues),
    /** Determiners before a spelled-out number that refers back (`the two often meet`). */
    referenceDeterminers: lower(nonClaims.referenceDeterminers.words),
  } as const;
}

/** One-word heads, lower case and without a trailing point, mapped to whether the list writes them with a capital. */
function headWords(heads: readonly string[]): ReadonlyMap<string, boolean> {
  const out = new Map<string, boolean>();
  for (const h of heads) {
    const m = /^(\p{L}+)\.?$/u.exec(h);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const capital = m[1]!.charAt(0) !== key.charAt(0);
    // A head listed in both cases needs none.
    out.set(key, out.has(key) ? out.get(key)! && capital : capital);
  }
  return out;
}

/** Any phrase of a list as a pattern: spaces match any white space, an apostrophe either form. */
const alternatives = (phrases: readonly string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ +/g, "\\s+").replace(/'/g, "['’]"))
    .join("|");

/** A sentence's opening: quotes and brackets, optionally one of `leads` and a comma, then one of `cues` as a whole word. */
function openingPattern(leads: readonly string[], cues: readonly string[]): RegExp | undefined {
  if (cues.length === 0) return undefined;
  const lead = leads.length > 0 ? `(?:(?:${alternatives(leads)})\\s*,?\\s+)?` : "";
  return new RegExp(`^[\\s"'“”‘’¿¡(\\[—–-]*${lead}(?:${alternatives(cues)})(?![\\p{L}\\p{N}])`, "iu");
}

const lexicons = new Map<Language, () => Lexicon>();

/**
 * The lexicon of a language (English lists extended by the language's sections), compiled once,
 * or restored from the build's lexicons.bin (no user data changes it).
 */
export function getLexicon(lang: Language = "en"): Lexicon {
  let lex = lexicons.get(lang);
  if (!lex) {
    lex = compiledLexicon(`numbers-${lang}`, true, () => compileLexicon(loadNumbersData(lang)), { classes: { PhraseList } });
    lexicons.set(lang, lex);
  }
  return lex();
}
