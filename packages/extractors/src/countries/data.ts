import { fileURLToPath } from "node:url";
import { dataObject, loadDataFile, once } from "@procmine/core";
import { z } from "zod";

// The three data files the country extractor reads, each validated once per process.

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
      common: z.string(),
      independent: z.boolean(),
      names: Forms,
      abbreviations: Forms,
      foreign: Forms,
      demonyms: Forms,
    }),
  ),
});

const ExtraCountrySchema = dataObject({
  names: Forms.optional(),
  shortNames: Forms.optional(),
  shortForms: Forms.optional(),
  demonyms: Forms.optional(),
});

/** countries-extra.json explains each of its lists in a `description`. */
const described = <S extends z.ZodRawShape>(shape: S) => dataObject({ description: z.string().optional(), ...shape });

const ExtraSchema = described({
  countries: z.record(Iso3, ExtraCountrySchema),
  blockedForms: described({ forms: Forms }),
  ambiguous: described({
    groups: z.array(
      described({ names: Forms, demonyms: Forms, default: Iso3, alternatives: z.array(Iso3).min(1) }),
    ),
  }),
  personNames: described({ forms: Forms, institutionWords: Forms, precedingFunctionWords: Forms }),
  languages: described({ forms: Forms, wordsAfter: Forms, notNounsAfter: Forms, wordsBefore: Forms }),
  americas: described({ forms: Forms, hemisphereNouns: Forms }),
  geographicFeatures: described({ headsBefore: Forms, headsAfter: Forms }),
  compoundPrefixes: described({ prefixes: Forms }),
  allCapsShortForms: described({ forms: Forms, pronounAfter: Forms }),
  usStates: described({ shared: Forms, states: Forms }),
});

const RegionsSchema = dataObject({ description: z.string().optional(), regions: z.record(z.string(), Forms) });

export type CountriesData = z.infer<typeof CountriesSchema>;
export type ExtraData = z.infer<typeof ExtraSchema>;
export type RegionsData = z.infer<typeof RegionsSchema>;

export interface CountryData {
  countries: CountriesData;
  extra: ExtraData;
  regions: RegionsData;
}

const dataUrl = (name: string) => new URL(`../../data/${name}`, import.meta.url);

export const countryData = once((): CountryData => {
  const countries = loadDataFile(dataUrl("countries.json"), CountriesSchema);
  const extra = loadDataFile(dataUrl("countries-extra.json"), ExtraSchema);
  const regions = loadDataFile(dataUrl("regions.json"), RegionsSchema);
  return { countries: countries.data, extra: extra.data, regions: regions.data };
});

/** Absolute paths of the data files, without reading them. */
export const countryDataFiles = ["countries.json", "countries-extra.json", "regions.json"].map((n) =>
  fileURLToPath(dataUrl(n)),
);
