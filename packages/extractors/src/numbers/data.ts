import { fileURLToPath } from "node:url";
import { dataObject, loadDataFile, once, wordLists, Words } from "@procmine/core";
import type { Language } from "@procmine/core";
import { z } from "@procmine/core";
import { languageSection, withSection, type LanguageSection } from "../language-section.js";
import { FUNCTION_WORDS_PATH, functionWords } from "../function-words.js";

// The four data files the numeric-claim extractor reads, each validated once per process.

/** The rules that read a claim (a record's `rule`). */
export const CLAIM_RULES = ["digits", "words", "range", "percent", "money", "measure", "rate", "multiple", "rank"] as const;

// The files' schemas, built when a file is validated (loadDataFile), not at import: a run reads
// the build's compiled copy, and building zod schemas cost every process and worker its start.
const schemas = once(() => {
  const NumberMap = z.record(z.string(), z.number());
  const Confidence = z.number().min(0).max(1);

  const NumberWordsSchema = dataObject({
    cardinals: NumberMap,
    scales: NumberMap,
    scaleAbbreviations: dataObject({ attached: NumberMap, spaced: NumberMap }),
    ordinals: NumberMap,
    ordinalSuffixes: Words,
    multiples: NumberMap,
    multipleNeedsContext: Words,
    timesWords: Words,
    fractions: NumberMap,
    /** Articles that stand for one before a scale word: `a million`, `un millón`, `um milhão`. */
    articlesOne: Words,
    /** A period named by a noun, as a duration in `unit`: `a decade` is 10 years, `decade-long` too. */
    periodNouns: dataObject({ unit: z.string().min(1), words: NumberMap, ownUnits: z.record(z.string(), z.string().min(1)).default({}), ownUnitYears: NumberMap.default({}), longSuffixes: Words }),
    /** A fraction of a whole read as a share in percent: `a third of`, `half of`, `la mitad de`. */
    shares: dataObject({ words: Words, articles: Words, leads: Words, bare: Words, partitives: Words, partNouns: Words, denominators: NumberMap, maxSlashDenominator: z.number().int().min(2) }),
    /** A count out of a larger count read as a share: the words between them (`one in three`, `uno de cada tres`). */
    ratios: dataObject({ links: Words, groupLinks: Words }),
    /**
     * How spelled-out numbers compose. English: `one hundred twenty` (read by compromise). Spanish
     * and Portuguese: additive (`doce mil trescientos cincuenta`), tens and units joined by a connector.
     */
    spelling: dataObject({ additive: z.boolean(), connectors: Words }),
    ranks: dataObject({
      superlativeSuffix: z.string().min(1),
      ...wordLists("notSuperlatives", "superlativeWords", "rankVerbs", "rankOutOf"),
      /** Nouns after an ordinal that make it a rank (`first place`, `segundo lugar`). */
      rankNouns: Words,
      /** Words that put a superlative after the ranked noun (`el segundo conflicto más letal`). */
      postposedSuperlatives: Words,
      /** Words before a spelled cardinal that make it a rank, as `#` before digits (`the number two man`, `el número uno`). */
      rankNumberWords: Words,
      /** Adjectives after an ordinal that make it count a series' times (`a third consecutive term`), from `seriesFrom` on. */
      seriesAdjectives: Words,
      seriesFrom: z.number().int().min(1),
      /** What ranks an ordinal after its noun phrase (`second only to`, `el segundo consumidor … en el mundo`), how many words may stand between, and the nouns that take no rank. */
      rankFrames: Words,
      rankFrameGap: z.number().int().min(0).max(8),
      notRanked: Words,
    }),
    spelledOut: dataObject({ maxWords: z.number().int().min(8), minCompoundNoun: z.number().int().min(1) }),
    confidence: dataObject({
      rules: dataObject(Object.fromEntries(CLAIM_RULES.map((r) => [r, Confidence])) as Record<(typeof CLAIM_RULES)[number], typeof Confidence>),
      noUnitPenalty: Confidence,
    }),
  });

  const HedgesSchema = dataObject({
    qualifiers: z.record(z.string(), z.string().min(1)),
    /** Words right after a number that bound it (`60 percent or more`, `dos o más`), each mapped to its qualifier. */
    qualifiersAfter: z.record(z.string(), z.string().min(1)),
    than: dataObject({ comparatives: Words, misspellings: Words }),
    ranges: dataObject({
      ...wordLists("openers", "toBlockedAfter", "changeWords"),
      /** How many tokens before `from` a change word may stand. */
      changeWindow: z.number().int().min(1),
      maxAlternatives: z.number().int().min(0),
      /** The words that join the two ends of a range: `4 to 5`, `one or two`, `between 5 and 7`. */
      links: dataObject({ to: Words, or: Words, and: Words }),
      /** A word that may stand between the link and the second number: `entre 300 y hasta 500`. */
      linkFillers: Words,
      /** After an and-link, a bound below the second end that makes a bracket: `12 y menos de 15 años`. */
      upperBounds: Words,
    }),
    /** Words that are a minus sign, right before a number or after a share (`menos 61.2 por ciento`). */
    minusWords: Words,
    /** Adverb hedges read across a comma or a governed preposition (`aproximadamente a 400`), and those prepositions. */
    adverbGap: dataObject({ adverbs: Words, links: Words }),
    /** `$1.7 billion over four years`: hedges that right after an amount are a preposition joining the next figure to it, not its hedge. */
    prepositionsAfterAmount: Words,
  });

  const MeasureSchema = dataObject({ unit: z.string().min(1), singular: z.string().min(1), forms: Words });

  const UnitsSchema = dataObject({
    /** A unit's abbreviation that is also a verb (`ha`), and the endings of the participle after which it is the verb. */
    verbHomographs: dataObject({ forms: Words, participleEndings: Words }),
    /** `28 puntos sobre 100`: a score's unit words and the links to its scale's top. */
    scores: dataObject({ forms: Words, totalLinks: Words }),
    /** Words after which a bare number is a person's age in years (`aged 14`). */
    ages: dataObject({ before: Words }),
    /**
     * A hundredth of a currency (`centavos`, `cents`), the words that may join it to the whole amount
     * besides `and` (`con`), the units of money that are no currency code (`pesos`), and a measure's parts.
     */
    subunits: dataObject({
      words: Words,
      links: Words,
      wholeUnits: Words,
      /** `2 kilos con 25 gramos`: a measure's smaller unit after it is part of it (`per` parts to one of `unit`). */
      parts: z.array(dataObject({ unit: z.string().min(1), part: z.string().min(1), per: z.number().int().min(2) })),
    }),
    percent: z.array(dataObject({ unit: z.string().min(1), forms: Words })),
    currencies: z.array(dataObject({ code: z.string().regex(/^[A-Z]{3}$/), prefixes: z.array(z.string()), words: Words })),
    measures: z.array(MeasureSchema),
    time: z.array(MeasureSchema),
    rates: dataObject({
      markers: Words,
      spacedMarkerNeedsTime: Words,
      /** Words that mark a rate only before another marker (`76 for every 100,000`): alone they mark a purpose or a duration. */
      leadMarkers: Words,
      words: z.record(z.string(), z.string().min(1)),
      /** Adverbs that make a rate on their own after the unit: `$3 billion annually` (per year). */
      adverbs: z.record(z.string(), z.string().min(1)),
    }),
    /** Each time unit's length in days, to add up a compound duration (`três anos e quatro meses` = 40 months). */
    durationLengths: dataObject({ days: z.record(z.string(), z.number().positive()) }),
    /** The longest unit abbreviation that needs digits before it (`ha`, `km`). */
    abbreviations: dataObject({ maxChars: z.number().int().min(1) }),
    countedNoun: dataObject({
      maxWords: z.number().int().min(1),
      stopWords: Words,
      modifiers: Words,
      modifierSuffixes: Words,
      irregularPlurals: Words,
      notPlurals: Words,
      /** Words that open a partitive before the counted noun (`millions of people`, `millones de personas`). */
      partitives: Words,
      partitiveSkips: Words,
    }),
  });

  const NonClaimsSchema = dataObject({
    identifierHeads: Words,
    /** `Page 1 of 12`: the word between an identifier's number and the total it is one of. */
    totalLinks: Words,
    /** The heads whose number has a total after it (`Page 1 of 12`). */
    totalHeads: Words,
    months: Words,
    /** Day names: `terça-feira, 24,` names a day of the month between commas. */
    weekdays: Words,
    /** `nesta segunda-feira 18 pelo jornal`: words after a day's name and a day of the month that show the number is that day (prepositions, articles). */
    weekdayLinks: Words,
    yearRange: z.tuple([z.number().int(), z.number().int()]),
    yearPrepositions: Words,
    timeOfDay: Words,
    periodLocators: Words,
    /** Period locators that also reach over a hedge (`hace más de dos años`). */
    hedgedLocators: Words,
    /** `24-jun-82`: the short names of the months a day is joined to by a hyphen. */
    monthAbbreviations: dataObject({ words: Words }),
    /** `a los 20 años de su muerte`: the words before and after a period that counts the time since an event, and the adverbs that may stand between. */
    anniversaries: dataObject({ leads: Words, links: Words, adverbs: Words }),
    /** The article between a duration marker and a period locator (`for the past`, `durante los últimos`). */
    periodArticles: Words,
    durationMarkers: Words,
    relativeTimeWords: Words,
    selectors: Words,
    determinersAfterMultiple: Words,
    modalsBeforeMultiple: Words,
    listMarkerMax: z.number().int().positive(),
    paragraphNumberMax: z.number().int().positive(),
    quotedNames: dataObject({ maxWords: z.number().int().positive(), determiners: Words }),
    lineMarkup: Words,
    yearLinks: Words,
    serviceNumbers: dataObject({ numbers: Words, wordsBefore: Words, wordsAfter: Words }),
    periodEnds: dataObject({ words: Words }),
    referenceDeterminers: dataObject({ words: Words }),
    /** Lists of article numbers that cite a law: what may stand between the numbers, and the law's name after them. */
    citations: dataObject({ listWords: Words, trailers: Words }),
    /** `En primer lugar, …`: the prepositions before a rank that orders a speaker's points. */
    discourseOrdinals: dataObject({ prepositions: Words, idioms: Words, placingVerbs: Words }),
    /** `en los 15 días`: the report's own time frame before a period, which only locates the facts. */
    periodFrames: dataObject({ words: Words }),
    /** `the highest in 10 years`, `la más baja en cuatro años`: the link after a superlative (or a degree word and its adjective) before the period a record is set over. */
    superlativeFrames: dataObject({ links: Words, degrees: Words }),
    /** `calibre 9 mm`, `9 mm guns`, `una pistola 9 mm`: a weapon's or a round's caliber names its kind, it counts nothing. */
    calibers: dataObject({ heads: Words, marks: Words, weapons: Words }),
    /** `after three months the fighting grew`: a period after these places a time, unless a link names what lasted (`after 50 years of service`). */
    sequenceLocators: dataObject({ words: Words, durationLinks: Words, closing: Words, tenureDeterminers: Words }),
    /** `two weekends ago`: a word after the counted noun that places the count back in time, whatever is counted. */
    pastMarkers: Words,
    /** `the 112 anniversary`: the nouns of an occasion that a number right before names, as its ordinal would. */
    occasionNouns: dataObject({ words: Words }),
    /** A navigation trail copied one item a line: the lone separators between its items (`/`, `>`). */
    breadcrumbs: dataObject({ separators: Words }),
    /** Locators that place a time over a hedge only when they open their sentence (`Há mais de 400 anos, ...`). */
    openingLocators: dataObject({ words: Words, negations: Words }),
    /** `50 U.S.C. 1703`, `10 U.S. 332`: a code's name after its title number, a law reporter's name between volume and page. */
    datedActs: dataObject({ links: Words }),
    codeTitles: dataObject({ codes: Words, reporters: Words, journals: Words, maxJournalWords: z.number().int().min(0), shortForms: Words, pinLinks: Words }),
    /** `2030 targets`: an ungrouped, not round four-digit number from `from` on is a year before a plural too. */
    ungroupedYears: dataObject({ from: z.number().int(), roundTo: z.number().int().positive() }),
    /** `the tax is zero,`, `ha sido de cero.`: what before a bare zero ending its clause makes it a predicate, a stated value. */
    zeroPredicates: dataObject({ before: Words, after: Words }),
    /** `95% CI 14.8-16.1`, `IC 95%`: the words of a confidence interval; the level beside one is no claim, the interval after it is. */
    confidenceIntervals: dataObject({ markers: Words }),
    /** The base of a rate (`per 100,000`, `por cada cien mil`; after `por` only a round base before a population). */
    denominators: dataObject({ markers: Words, roundMarkers: Words, populations: Words }),
    /** A sentence opening an invented example (`Suppose …`, `Por ejemplo, imaginemos …`): no claims to the paragraph's end. */
    hypotheticals: dataObject({ cues: Words, leads: Words }),
    /** Telephone numbers in digit groups, and the words that announce one. */
    phones: dataObject({ minDigits: z.number().int().min(5), reach: z.number().int().min(1), wordReach: z.number().int().min(1), words: Words }),
    /** The signs of an ordinal written in digits (`52° sesión`, `3ª`). */
    ordinalSigns: Words,
    /** What may stand before a list item's `3)` opened mid-line (`…, y 3) …`). */
    inlineListLeads: Words,
    /** Note marks PDF text sets apart (`Mencías 246 , de`, or alone far right on a line): how they stand. */
    /** A printed document's barcode: a run of at least `minDigits` digits between single asterisks (`*2516742*`). */
    /** SQL row openers, matched as written (`VALUES`): the first field of a row after one is a record's id. */
    sqlRows: dataObject({ openers: Words }),
    barcodes: dataObject({ minDigits: z.number().int().min(4) }),
    /** The last words of a code key whose value is a program's setting (`zoom`, `opacity`, `paragraph_level`). */
    codeSettings: dataObject({ words: Words }),
    /**
     * A street address after a building's number: the street words, the compass points before a name, how many name words;
     * where the street word comes first (`Rua das Flores, 123`), the heads and the links between the name's words.
     */
    addresses: dataObject({ blockLinks: Words, streetWords: Words, directions: Words, maxNameWords: z.number().int().min(1).max(6), streetHeads: Words, nameLinks: Words }),
    /** `la meta 5.3`, `target 16.2`: the heads before which a number with a sub-number numbers a target or an indicator. */
    subsectionHeads: dataObject({ words: Words }),
    /** `el 11-S`: the capital initials of the months a day is hyphened to. */
    eventDates: dataObject({ monthInitials: Words }),
    /** `246 p.`: the page abbreviations after a book's page count. */
    pageCounts: dataObject({ marks: Words }),
    /** `a mediados de los 80`: the phrases before a decade's two digits. */
    decades: dataObject({ leads: Words }),
    /** `Lectura: 8 min`, `5 min read`: the labels before a page's reading time and its colon, and the words after one. */
    readingTimes: dataObject({ labels: Words, after: Words }),
    /** `Tags: 145, trafficking`: the labels (any case) of a page's tag or keyword line. */
    tagLists: dataObject({ labels: Words }),
    /** `DE RUEHLP #2231/01 3191530`, `Classified By: … reasons 1.4 (b)`: a message header's lines (patterns, case as written). */
    messageHeaders: dataObject({ lines: z.array(z.string().min(1)) }),
    /** `<LENGTH>⏎545 words⏎</LENGTH>`: the header elements of a news wire archived in SGML (names as written). */
    wireHeaders: dataObject({ openers: Words, tags: Words }),
    /** `at 1100 hrs`, `a las 2130 horas`: the words of hours after a 24-hour clock time, and the prepositions that place one. */
    clockTimes: dataObject({ words: Words, prepositions: Words }),
    /** `… [+3367 chars]`: a news feed's truncation marks (patterns). */
    sqlDefinitions: dataObject({ patterns: z.array(z.string().min(1)) }),
    truncationMarks: dataObject({ patterns: z.array(z.string().min(1)) }),
    /** `past`, `últimos`: locators that look back from now (a bare duration marker before them still places the time). */
    backwardLocators: dataObject({ words: Words }),
    /** `Attribution 4.0 International`: the words after a licence's version number. */
    licences: dataObject({ trailers: Words }),
    softwareVersions: dataObject({ names: Words }),
    /** `os quatro cantos do Estado`: set phrases whose number counts nothing. */
    idioms: dataObject({ phrases: Words, lead: z.number().int().min(0) }),
    /** `1 = vehículo`: the most digits of a data dictionary's code before its equals sign. */
    codebooks: dataObject({ maxDigits: z.number().int().min(1).max(6) }),
    /** `69000-000`: the digits of each hyphened group of a postal code. */
    postalCodes: dataObject({ groups: z.array(z.tuple([z.number().int().min(1), z.number().int().min(1)])) }),
    /** A year said with its last two digits (`en el 23`, `enero del 24`): the phrases before it, the links after a month, and what may not follow. */
    shortYears: dataObject({ leads: Words, monthLinks: Words, articles: Words, notBefore: Words, yearNouns: Words }),
    /** `Assine o 247.`, `entre el 19 y el 22,`: the singular articles before which a bare number closing its clause names a thing or a day. */
    articleNumbers: dataObject({ articles: Words }),
    /** `na escola 88`, `la Línea 145`: the singular articles before a lower-case noun that a bare number labels, the links that may follow it (`de Izhevsk`) and the words after a link that make it a partitive (`14 de estos`). */
    labelNumbers: dataObject({ articles: Words, links: Words, partitives: Words, capitalised: z.boolean() }),
    /** A year with a note mark glued on (`of 20172 and 2021,3`): the years it starts from, the mark's digits, the prepositions before it. */
    markedYears: dataObject({ from: z.number().int(), markDigits: z.number().int().min(1).max(2), prepositions: Words }),
    superscriptNoteMarks: dataObject({ tags: Words }),
    spacedNoteMarks: dataObject({ maxDigits: z.number().int().min(1).max(4), marginIndent: z.number().int().min(8), closers: z.string() }),
    csvColumns: dataObject({
      minFields: z.number().int().min(2),
      minRows: z.number().int().min(2),
      minCells: z.number().int().min(2),
      regularRows: z.number().gt(0).max(1),
      rising: z.number().gt(0).max(1),
      maxCountDigits: z.number().int().min(1),
      rowKeyDigits: z.number().int().min(1),
    }),
    axisTicks: dataObject({ minTicks: z.number().int().min(3) }),
    codeColumns: dataObject({ minTabs: z.number().int().min(1), minRows: z.number().int().min(2) }),
    countingRuns: dataObject({ minRun: z.number().int().min(2) }),
    sharedPercents: dataObject({ reach: z.number().int().min(1) }),
    runningProse: dataObject({ minWords: z.number().int().min(1) }),
    dayLists: dataObject({ maxDays: z.number().int().min(1) }),
    pageNumbers: dataObject({ maxLine: z.number().int().min(1), maxDashedLine: z.number().int().min(5), maxCitationLead: z.number().int().min(1) }),
    claimYears: dataObject({ reach: z.number().int().min(1) }),
    /** How far each way a bare number's written text is read for a word (a run of numbers and signs has none). */
    wordlessRuns: dataObject({ reach: z.number().int().min(1), rowReach: z.number().int().min(1) }),
    /** What makes a text one whose punctuation was stripped (stripped-punctuation.ts): its words, marks and inner runs of spaces. */
    strippedPunctuation: dataObject({ minWords: z.number().int().min(1), maxMarkShare: z.number().min(0).max(1), minGapShare: z.number().min(0).max(1) }),
    /** How far along its line a number's surroundings are read (each a bound on a look-back). */
    lineReach: dataObject({
      headingPrefix: z.number().int().min(1),
      attributeLine: z.number().int().min(1),
      tagLine: z.number().int().min(1),
      frontMatter: z.number().int().min(1),
      fieldKey: z.number().int().min(1),
    }),
    spelledYearNouns: dataObject({ words: Words }),
  });
  return { NumberWordsSchema, HedgesSchema, UnitsSchema, NonClaimsSchema };
});

/** Each file: the English lists, then a Spanish and a Portuguese section shaped like them. */
const withLanguages = <S extends z.ZodObject>(schema: S) =>
  schema.extend({ $comment: z.string().optional(), es: languageSection(schema).optional(), pt: languageSection(schema).optional() });

export type NumberWords = z.infer<ReturnType<typeof schemas>["NumberWordsSchema"]>;
export type Hedges = z.infer<ReturnType<typeof schemas>["HedgesSchema"]>;
export type Units = z.infer<ReturnType<typeof schemas>["UnitsSchema"]>;
export type NonClaims = z.infer<ReturnType<typeof schemas>["NonClaimsSchema"]>;

type Sections<T> = T & { es?: LanguageSection<T>; pt?: LanguageSection<T> };

export interface NumbersData {
  words: NumberWords;
  hedges: Hedges;
  units: Units;
  nonClaims: NonClaims;
  /** The language's articles (function-words.json), none for English. */
  articles: readonly string[];
  paths: string[];
}

const dataUrl = (name: string) => new URL(`../../data/${name}`, import.meta.url);

/** Absolute paths of the data files, for the extractor's manifest entry. */
export const NUMBERS_DATA_FILES = [
  ...["number-words.json", "hedges.json", "units.json", "numeric-non-claims.json"].map((name) => fileURLToPath(dataUrl(name))),
  FUNCTION_WORDS_PATH,
];

const loadFiles = once(() => ({
  words: loadDataFile(dataUrl("number-words.json"), () => withLanguages(schemas().NumberWordsSchema)),
  hedges: loadDataFile(dataUrl("hedges.json"), () => withLanguages(schemas().HedgesSchema)),
  units: loadDataFile(dataUrl("units.json"), () => withLanguages(schemas().UnitsSchema)),
  nonClaims: loadDataFile(dataUrl("numeric-non-claims.json"), () => withLanguages(schemas().NonClaimsSchema)),
}));

/** A counted noun's partitive skips its language's articles too (`de las armas`): function-words.json. */
function withArticles(units: Units, lang: Language): Units {
  if (lang === "en") return units;
  const partitiveSkips = [...units.countedNoun.partitiveSkips, ...functionWords().articles[lang]];
  return { ...units, countedNoun: { ...units.countedNoun, partitiveSkips } };
}

/** The lists a language reads: the English ones, extended by the language's own sections. */
export function loadNumbersData(lang: Language = "en"): NumbersData {
  const f = loadFiles();
  const pick = <T>(data: Sections<T>): T => {
    const { es, pt, ...english } = data;
    return lang === "en" ? (english as T) : withSection(english as T, lang === "es" ? es : pt);
  };
  const words = pick(f.words.data as Sections<NumberWords>);
  return {
    words: lang === "en" ? words : { ...words, ...ownWords(f.words.data as Sections<NumberWords>, lang, words) },
    hedges: pick(f.hedges.data as Sections<Hedges>),
    units: withArticles(pick(f.units.data as Sections<Units>), lang),
    nonClaims: pick(f.nonClaims.data as Sections<NonClaims>),
    articles: lang === "en" ? [] : functionWords().articles[lang],
    paths: [f.words.path, f.hedges.path, f.units.path, f.nonClaims.path],
  };
}

/**
 * A Spanish or Portuguese paragraph reads its own number words, articles and attached scale
 * abbreviations only: an English one there is a word of the language (`ten`, `eleven`: forms of
 * tener, elevar; `a`: a preposition, so `a millones de personas` is no million; `m`: metres).
 * Its digits, scale words and spaced abbreviations stay shared.
 */
function ownWords(data: Sections<NumberWords>, lang: "es" | "pt", merged: NumberWords): Pick<NumberWords, "cardinals" | "articlesOne" | "scaleAbbreviations"> {
  const own = lang === "es" ? data.es : data.pt;
  const attached = own?.scaleAbbreviations?.attached;
  return {
    cardinals: own?.cardinals === undefined ? data.cardinals : (own.cardinals as NumberWords["cardinals"]),
    articlesOne: own?.articlesOne === undefined ? data.articlesOne : (own.articlesOne as NumberWords["articlesOne"]),
    // `1,67m`, `500m`: metres there, not millions.
    scaleAbbreviations: attached === undefined ? merged.scaleAbbreviations : { ...merged.scaleAbbreviations, attached: attached as NumberWords["scaleAbbreviations"]["attached"] },
  };
}
