import { fileURLToPath } from "node:url";
import { dataObject, loadDataFile, once, THREAT_CATEGORIES, type DataFile } from "@procmine/core";
import { z } from "@procmine/core";

// The threat taxonomy (data/threats.json), validated once per process.

// The files' schemas, built when a file is validated (loadDataFile), not at import: a run reads
// the build's compiled copy, and building zod schemas cost every process and worker its start.
const schemas = once(() => {
  const Phrases = z.array(z.string().min(1));
  const Category = z.enum(THREAT_CATEGORIES);

  const CategorySchema = dataObject({
    id: Category,
    label: z.string().min(1),
    iccs: z.string().regex(/^\d{2,6}$/).nullable(),
    terms: Phrases,
    actors: Phrases,
    acronyms: Phrases,
    verbs: Phrases,
    es: Phrases,
    pt: Phrases,
    /** Spanish and Portuguese verb phrases by their infinitive (`secuestrar`, `lavar dinero`); inflected by rule. */
    esVerbs: Phrases.default([]),
    ptVerbs: Phrases.default([]),
  });

  const WordList = dataObject({ words: Phrases });
  const Confidence = z.number().min(0).max(1);

  const TaxonomySchema = dataObject({
    categories: z.array(CategorySchema).length(THREAT_CATEGORIES.length),
    slots: z.record(z.string(), z.union([Phrases, z.string()])),
    attributives: dataObject({
      entries: z.array(dataObject({ phrase: z.string().min(1), category: Category, heads: z.array(z.string()).min(1) })),
    }),
    heads: dataObject({
      groups: z.record(z.string(), Phrases),
      activityTermsTake: z.array(z.string()),
      /** The head groups every English term takes (`narco-terrorism` + `conspiracy`, `assassination` + `plots`). */
      allTermsTake: z.array(z.string()),
      /** Head nouns of non-ing activities that take the same heads (`organized crime` + `gangs`). */
      activityNouns: Phrases,
      between: dataObject({ words: Phrases, suffixes: Phrases }),
    }),
    modifiers: WordList,
    combiningForms: WordList,
    counter: dataObject({
      /** The prefixes that make a whole compound with a one-word threat (`counterterrorism`, `anti-corruption`). */
      wholeCompounds: Phrases,
      /** The same for the Spanish and Portuguese one-word threats (`antiterrorista`, `anti-homicídios`). */
      romanceWholeCompounds: Phrases,
      /** Spanish and Portuguese prefixes that make such a compound only when written joined (`contraterrorismo`): apart, `contra` is the preposition. */
      romanceJoinedCompounds: Phrases,
      prefixes: Phrases,
      targets: z.array(dataObject({ phrase: z.string().min(1), category: Category })),
    }),
    grammar: dataObject({
      prepositions: Phrases,
      /** Spanish and Portuguese prepositions a head-first phrase's plural stops before (`homicidios con armas de fuego`). */
      romancePrepositions: Phrases,
      verbContext: Phrases,
      nameConnectors: Phrases,
      determiners: Phrases,
      relativePronouns: Phrases,
      comparisonSuffixes: Phrases,
      nounOnly: Phrases,
      victimLinks: Phrases,
      /** Words before which a `nounOnly` word is the noun of an act (`his killing`, `the third killing`). */
      nounMarkers: Phrases,
      victimSlots: Phrases,
      focusingWords: Phrases,
    }),
    verbHomographs: dataObject({
      es: dataObject({ words: Phrases, nounMarkers: Phrases, verbMarkers: Phrases }),
      pt: dataObject({ words: Phrases, nounMarkers: Phrases, verbMarkers: Phrases }),
      infinitiveEndings: Phrases,
    }),
    properNames: dataObject({
      before: Phrases,
      after: Phrases,
      capitalOnly: Phrases,
      nameArticles: Phrases,
      /** Words that open the name of a natural event (`Hurricane Mitch`): tagged with the name, up to `nameWords` name words. */
      namedEvents: dataObject({ words: Phrases, nameWords: z.number().int().min(1).max(4) }),
    }),
    activities: dataObject({
      drugNouns: Phrases,
      anyNouns: Phrases,
      verbs: Phrases,
      participles: Phrases,
      participleAdverbs: Phrases,
      drugVerbs: Phrases,
      joiningVerbs: Phrases,
      joiningNouns: Phrases,
      romanceJoiningNouns: dataObject({ es: Phrases, pt: Phrases }),
      romanceDrugVerbs: dataObject({ es: Phrases, pt: Phrases }),
      quantityNouns: Phrases,
      magnitudes: Phrases,
      /** Spelled-out figures (`one ton of cocaine`): they split the phrase as digits do. */
      figureWords: Phrases,
      spreadNouns: Phrases,
      spreadCategory: Category,
      /** Word windows (activities.ts): before a complement's commodity, before a verb's direct object, modifiers before the activity. */
      windows: dataObject({
        objectWords: z.number().int().min(0).max(8),
        directObjectWords: z.number().int().min(0).max(6),
        modifiers: z.number().int().min(0).max(6),
      }),
    }),
    /** Spanish and Portuguese drug activities read by rule (romance-activities.ts): extra activity nouns, links, quantity nouns and drug names. */
    romanceActivities: dataObject({
      es: dataObject({ nouns: Phrases, links: Phrases, quantityNouns: Phrases, drugs: Phrases }),
      pt: dataObject({ nouns: Phrases, links: Phrases, quantityNouns: Phrases, drugs: Phrases }),
    }),
    /** Units of weight that make a Spanish or Portuguese kidnapping word a seizure, and goods that do so just before it (seizures.ts). */
    seizures: dataObject({ es: Phrases, pt: Phrases, after: z.number().int().min(1).max(12), before: z.number().int().min(1).max(6), goodsBefore: dataObject({ es: Phrases, pt: Phrases }) }),
    headFirst: dataObject({
      es: dataObject({ heads: Phrases, links: Phrases, postModifiers: Phrases, placeAdjectives: Phrases, adjectiveSuffixes: Phrases, adverbSuffixes: Phrases, participleSuffixes: Phrases, postposedAttributives: Phrases, actorAttributives: Phrases, determiners: Phrases, notNouns: Phrases, notPostModifiers: Phrases, objectArticles: Phrases }),
      pt: dataObject({ heads: Phrases, links: Phrases, postModifiers: Phrases, placeAdjectives: Phrases, adjectiveSuffixes: Phrases, adverbSuffixes: Phrases, participleSuffixes: Phrases, postposedAttributives: Phrases, actorAttributives: Phrases, determiners: Phrases, notNouns: Phrases, notPostModifiers: Phrases, objectArticles: Phrases }),
    }),
    /** English nationality adjectives before a threat (nationality.ts): siding words read before them, words (and marks after another demonym) after which one is a coordinated modifier. */
    nationality: dataObject({ sidingWords: Phrases, notAfter: Phrases, listSeparators: Phrases }),
    /** Spanish and Portuguese acts on a thing whose bare `de` complement joins the phrase (object-complements.ts): heads (singular; plurals derived), the links, words that are no such complement, how many complements chain (`cartões de vacina`), the fewest letters of one. */
    objectComplements: dataObject({
      es: dataObject({ heads: Phrases, notObjects: Phrases }),
      pt: dataObject({ heads: Phrases, notObjects: Phrases }),
      links: Phrases,
      nouns: z.number().int().min(1).max(3),
      minLetters: z.number().int().min(1).max(6),
    }),
    productPiracy: dataObject({ terms: Phrases, category: Category, maritime: Phrases }),
    armedWings: dataObject({ phrases: Phrases, category: Category, cues: z.array(Category) }),
    campaignTargets: dataObject({ words: z.array(dataObject({ word: z.string().min(1), category: Category })), before: Phrases }),
    /** Spanish and Portuguese list words that English paragraphs do not read: an English word of the same spelling names no threat (`subversion`). */
    notInEnglish: dataObject({ words: Phrases }),
    /** Threat words whose category differs by language (a Brazilian `milícia` is organized crime). */
    languageCategories: dataObject({
      es: z.array(dataObject({ words: Phrases, category: Category })),
      pt: z.array(dataObject({ words: Phrases, category: Category })),
    }),
    /** English violent acts that name a threat only in a document that names that threat (a `bombing` in a text on terrorism). */
    cuedActs: dataObject({ words: z.array(dataObject({ word: z.string().min(1), category: Category, cues: z.array(Category).optional() })), nounMarkers: Phrases }),
    diseaseHeads: dataObject({ names: Phrases, notAfter: Phrases }),
    /** Threat words read only beside the words that make them one (`disaster response`, `violence and terror`): gated-words.ts. */
    gatedWords: dataObject({
      entries: z.array(dataObject({ word: z.string().min(1), before: Phrases.default([]), after: Phrases.default([]), skip: Phrases.default([]) })),
    }),
    everydayWords: dataObject({ es: Phrases, pt: Phrases, reach: z.number().int().positive(), cueStems: dataObject({ es: Phrases, pt: Phrases }) }),
    exclusions: dataObject({ commodities: Phrases, generic: Phrases, conditions: Phrases, fields: Phrases }),
    confidence: dataObject({ rules: z.record(z.string(), Confidence), other: Confidence }),
  });
  return { TaxonomySchema, Category };
});

export type Taxonomy = z.infer<ReturnType<typeof schemas>["TaxonomySchema"]>;
export type ThreatCategory = z.infer<ReturnType<typeof schemas>["Category"]>;

const TAXONOMY_URL = new URL("../../data/threats.json", import.meta.url);
export const TAXONOMY_PATH = fileURLToPath(TAXONOMY_URL);

export const taxonomyFile = once((): DataFile<Taxonomy> => loadDataFile(TAXONOMY_URL, () => schemas().TaxonomySchema));

/** The slot word lists, without their `$comment`. */
export function slotLists(t: Taxonomy): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(t.slots)) if (Array.isArray(v)) out[k] = v;
  return out;
}
