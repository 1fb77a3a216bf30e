import { fileURLToPath } from "node:url";
import { dataObject, loadDataFile, once } from "@procmine/core";
import { z } from "zod";

// The four data files the numeric-claim extractor reads, each validated once per process.

const Words = z.array(z.string().min(1));
const NumberMap = z.record(z.string(), z.number());

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
  ranks: dataObject({
    superlativeSuffix: z.string().min(1),
    notSuperlatives: Words,
    superlativeWords: Words,
    rankVerbs: Words,
    rankOutOf: Words,
  }),
});

const HedgesSchema = dataObject({
  qualifiers: z.record(z.string(), z.string().min(1)),
  than: dataObject({ comparatives: Words, misspellings: Words }),
  ranges: dataObject({ openers: Words, toBlockedAfter: Words, changeWords: Words }),
});

const MeasureSchema = dataObject({ unit: z.string().min(1), singular: z.string().min(1), forms: Words });

const UnitsSchema = dataObject({
  percent: z.array(dataObject({ unit: z.string().min(1), forms: Words })),
  currencies: z.array(dataObject({ code: z.string().regex(/^[A-Z]{3}$/), prefixes: z.array(z.string()), words: Words })),
  measures: z.array(MeasureSchema),
  time: z.array(MeasureSchema),
  rates: dataObject({
    markers: Words,
    spacedMarkerNeedsTime: Words,
    words: z.record(z.string(), z.string().min(1)),
    populationNouns: Words,
  }),
  countedNoun: dataObject({
    stopWords: Words,
    modifiers: Words,
    modifierSuffixes: Words,
    irregularPlurals: Words,
    notPlurals: Words,
    partitiveSkips: Words,
  }),
});

const NonClaimsSchema = dataObject({
  identifierHeads: Words,
  months: Words,
  yearRange: z.tuple([z.number().int(), z.number().int()]),
  yearPrepositions: Words,
  timeOfDay: Words,
  periodLocators: Words,
  durationMarkers: Words,
  relativeTimeWords: Words,
  ageMarkers: dataObject({ after: Words, before: Words }),
  selectors: Words,
  determinersAfterMultiple: Words,
  modalsBeforeMultiple: Words,
  listMarkerMax: z.number().int().positive(),
  yearLinks: Words,
  serviceNumbers: dataObject({ numbers: Words, wordsBefore: Words, wordsAfter: Words }),
  periodEnds: dataObject({ words: Words }),
  referenceDeterminers: dataObject({ words: Words }),
});

export type NumberWords = z.infer<typeof NumberWordsSchema>;
export type Hedges = z.infer<typeof HedgesSchema>;
export type Units = z.infer<typeof UnitsSchema>;
export type NonClaims = z.infer<typeof NonClaimsSchema>;

export interface NumbersData {
  words: NumberWords;
  hedges: Hedges;
  units: Units;
  nonClaims: NonClaims;
  paths: string[];
}

const dataUrl = (name: string) => new URL(`../../data/${name}`, import.meta.url);

/** Absolute paths of the data files, for the extractor's manifest entry. */
export const NUMBERS_DATA_FILES = ["number-words.json", "hedges.json", "units.json", "numeric-non-claims.json"].map(
  (name) => fileURLToPath(dataUrl(name)),
);

export const loadNumbersData = once((): NumbersData => {
  const words = loadDataFile(dataUrl("number-words.json"), NumberWordsSchema);
  const hedges = loadDataFile(dataUrl("hedges.json"), HedgesSchema);
  const units = loadDataFile(dataUrl("units.json"), UnitsSchema);
  const nonClaims = loadDataFile(dataUrl("numeric-non-claims.json"), NonClaimsSchema);
  return {
    words: words.data,
    hedges: hedges.data,
    units: units.data,
    nonClaims: nonClaims.data,
    paths: [words.path, hedges.path, units.path, nonClaims.path],
  };
});
