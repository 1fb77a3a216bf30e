import { fileURLToPath } from "node:url";
import { loadDataFile, once, THREAT_CATEGORIES, type DataFile } from "@procmine/core";
import { z } from "zod";

// The threat taxonomy (data/threats.json), validated once per process.

const Phrases = z.array(z.string().min(1));
const Category = z.enum(THREAT_CATEGORIES);

const CategorySchema = z.object({
  id: Category,
  label: z.string().min(1),
  iccs: z.string().regex(/^\d{2,6}$/).nullable(),
  terms: Phrases,
  actors: Phrases,
  acronyms: Phrases,
  verbs: Phrases,
  es: Phrases,
  pt: Phrases,
});

const WordList = z.object({ words: Phrases });

export const TaxonomySchema = z.object({
  categories: z.array(CategorySchema).length(THREAT_CATEGORIES.length),
  slots: z.record(z.string(), z.union([Phrases, z.string()])),
  attributives: z.object({
    entries: z.array(z.object({ phrase: z.string().min(1), category: Category, heads: z.array(z.string()).min(1) })),
  }),
  heads: z.object({
    groups: z.record(z.string(), Phrases),
    activityTermsTake: z.array(z.string()),
  }),
  modifiers: WordList,
  combiningForms: WordList,
  counter: z.object({
    prefixes: Phrases,
    targets: z.array(z.object({ phrase: z.string().min(1), category: Category })),
  }),
  coordination: z.object({ conjunctions: Phrases }),
  grammar: z.object({
    prepositions: Phrases,
    verbContext: Phrases,
    nameConnectors: Phrases,
    articles: Phrases,
    determiners: Phrases,
  }),
  properNames: z.object({ before: Phrases, after: Phrases }),
  activities: z.object({ drugNouns: Phrases, anyNouns: Phrases, verbs: Phrases, spreadNouns: Phrases, spreadCategory: Category }),
  exclusions: z.object({ commodities: Phrases, generic: Phrases, conditions: Phrases, fields: Phrases }),
});

export type Taxonomy = z.infer<typeof TaxonomySchema>;
export type ThreatCategory = z.infer<typeof Category>;

const TAXONOMY_URL = new URL("../../data/threats.json", import.meta.url);
export const TAXONOMY_PATH = fileURLToPath(TAXONOMY_URL);

export const taxonomyFile = once((): DataFile<Taxonomy> => loadDataFile(TAXONOMY_URL, TaxonomySchema));

/** The slot word lists, without their `$comment`. */
export function slotLists(t: Taxonomy): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(t.slots)) if (Array.isArray(v)) out[k] = v;
  return out;
}
