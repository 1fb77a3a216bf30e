import { fileURLToPath } from "node:url";
import { dataObject, foldKey, loadDataFile, once } from "@procmine/core";
import { z } from "@procmine/core";
import { languageSection, withSection, type LanguageSection } from "../language-section.js";
import { FUNCTION_WORDS_PATH, functionWords } from "../function-words.js";
import { CASELESS_PATH } from "../caseless.js";
import { PERSON_NAMES_PATH } from "../person-names.js";

// The three data files the country extractor reads, each validated once per process.

// The files' schemas, built when a file is validated (loadDataFile), not at import: a run reads
// the build's compiled copy, and building zod schemas cost every process and worker its start.
const schemas = once(() => {
  const Iso3 = z.string().regex(/^[A-Z]{3}$/);
  const Forms = z.array(z.string().min(1));

  const CountriesSchema = dataObject({
    source: z.string().min(1),
    license: z.string().min(1),
    generatedBy: z.string().min(1),
    fields: z.string().min(1),
    countries: z.array(
      dataObject({
        iso3: Iso3,
        iso2: z.string().regex(/^[A-Z]{2}$/),
        common: z.string(),
        independent: z.boolean(),
        names: Forms,
        abbreviations: Forms,
        foreign: Forms,
        demonyms: Forms,
      }),
    ),
  });

  const Confidence = z.number().min(0).max(1);

  const ExtraCountrySchema = dataObject({
    names: Forms.optional(),
    shortNames: Forms.optional(),
    shortForms: Forms.optional(),
    /** Short forms that name the state only in a paragraph of the list's own language (Spanish `EU`). */
    ownLanguageShortForms: Forms.optional(),
    demonyms: Forms.optional(),
    /** Demonyms that name the state only in a paragraph of the list's own language (Spanish `gringo`; Portuguese `gringo` is any foreigner). */
    ownLanguageDemonyms: Forms.optional(),
  });

  /** countries-extra.json explains each of its lists in a `description`. */
  const described = <S extends z.ZodRawShape>(shape: S) => dataObject({ description: z.string().optional(), ...shape });

  const ExtraSchema = described({
    countries: z.record(Iso3, ExtraCountrySchema),
    blockedForms: described({ forms: Forms, listed: Forms, capitalized: Forms }),
    ambiguous: described({
      groups: z.array(
        described({ names: Forms, demonyms: Forms, default: Iso3, alternatives: z.array(Iso3).min(1) }),
      ),
    }),
    personNames: described({ forms: Forms, institutionWords: Forms, precedingFunctionWords: Forms }),
    nativePeoples: described({ forms: Forms, wordsAfter: Forms }),
    languages: described({ forms: Forms, languageNames: Forms, wordsAfter: Forms, notNounsAfter: Forms, wordsBefore: Forms, glossAfter: Forms }),
    americas: described({ forms: Forms, hemisphereNouns: Forms, continentOutsideEnglish: Forms }),
    geographicFeatures: described({ headsBefore: Forms, headsAfter: Forms }),
    compoundPrefixes: described({ prefixes: Forms, blocked: Forms, elisions: Forms }),
    misspellings: described({ minLetters: z.number().int().min(4), words: Forms }),
    allCapsShortForms: described({ forms: Forms, pronounAfter: Forms }),
    currencies: described({ forms: Forms, scales: Forms }),
    usStates: described({ shared: Forms, states: Forms }),
    confidence: described({
      rules: dataObject({ name: Confidence, short_form: Confidence, demonym: Confidence, heading: Confidence }),
      shortName: Confidence,
      americas: Confidence,
      personName: Confidence,
      ambiguous: Confidence,
      resolvedToAlternative: Confidence,
    }),
  });

  const RegionsSchema = dataObject({ description: z.string().optional(), regions: z.record(z.string(), Forms) });
  return { CountriesSchema, ExtraSchema, RegionsSchema };
});

/** Files with Spanish and Portuguese sections shaped like their English lists. */
const withLanguages = <S extends z.ZodObject>(schema: S) =>
  schema.extend({ description: z.string().optional(), es: languageSection(schema).optional(), pt: languageSection(schema).optional() });

export type CountriesData = z.infer<ReturnType<typeof schemas>["CountriesSchema"]>;
export type ExtraData = z.infer<ReturnType<typeof schemas>["ExtraSchema"]>;
export type RegionsData = z.infer<ReturnType<typeof schemas>["RegionsSchema"]>;

export interface CountryData {
  countries: CountriesData;
  /** The English lists with the Spanish and Portuguese sections merged in (for the context rules). */
  extra: ExtraData;
  /** The Spanish and Portuguese sections on their own (their demonyms match in lower case). */
  romance: LanguageSection<ExtraData>[];
  regions: RegionsData;
  /** Spanish and Portuguese articles (function-words.json), folded: `El Salvador` keeps its capitals. */
  articles: ReadonlySet<string>;
}

const dataUrl = (name: string) => new URL(`../../data/${name}`, import.meta.url);

export const countryData = once((): CountryData => {
  const countries = loadDataFile(dataUrl("countries.json"), () => schemas().CountriesSchema);
  const extra = loadDataFile(dataUrl("countries-extra.json"), () => withLanguages(schemas().ExtraSchema));
  const regions = loadDataFile(dataUrl("regions.json"), () => withLanguages(schemas().RegionsSchema));
  const { es, pt, ...english } = extra.data as ExtraData & { es?: LanguageSection<ExtraData>; pt?: LanguageSection<ExtraData> };
  const r = regions.data as RegionsData & { es?: LanguageSection<RegionsData>; pt?: LanguageSection<RegionsData> };
  const { es: rEs, pt: rPt, ...rEnglish } = r;
  return {
    countries: countries.data,
    // Spanish and Portuguese demonyms are candidates of their own (lexicon.ts), not English ones.
    extra: withSection(withSection(english as ExtraData, { ...es, countries: undefined }), { ...pt, countries: undefined }),
    romance: [es ?? {}, pt ?? {}],
    regions: withSection(withSection(rEnglish as RegionsData, rEs), rPt),
    articles: new Set([...functionWords().articles.es, ...functionWords().articles.pt].map((a) => foldKey(a))),
  };
});

/** Absolute paths of the data files, without reading them (number-words.json: an amount's scale words; function-words.json: articles). */
export const countryDataFiles = [
  ...["countries.json", "countries-extra.json", "regions.json", "number-words.json"].map((n) => fileURLToPath(dataUrl(n))),
  PERSON_NAMES_PATH,
  FUNCTION_WORDS_PATH,
  CASELESS_PATH,
];
