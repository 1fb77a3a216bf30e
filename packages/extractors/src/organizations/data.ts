import { dataObject, loadDataFile, once, ORGANIZATION_KINDS, wordLists, Words } from "@procmine/core";
import { z } from "@procmine/core";
import { languageSection, withSection, type LanguageSection } from "../language-section.js";

// The two data files the organization extractor reads, each validated once per process.

// The files' schemas, built when a file is validated (loadDataFile), not at import: a run reads
// the build's compiled copy, and building zod schemas cost every process and worker its start.
const schemas = once(() => {
  const Kind = z.enum(ORGANIZATION_KINDS);
  const Iso3 = z.string().regex(/^[A-Z]{3}$/);
  /** Bodies each state of a federation has (org-patterns.json `stateUnits.bodies`, `stateBodySets`). */
  const StateBodies = dataObject({
    /** The federation, the paragraphs' language it is read in and the words between a core and its state (`do Estado`). */
    country: Iso3,
    lang: z.enum(["en", "es", "pt"]),
    stateWord: z.string().min(1),
    cores: z.record(z.string().min(1), z.string().min(1)),
    /** Written cores read only with a state written after them (`Fiscalía General de Michoacán`; a bare `Fiscalía General` is the federation's). */
    writtenCores: z.record(z.string().min(1), z.string().min(1)).optional(),
    notStates: z.array(z.string().regex(/^[A-Z]{2,4}$/)),
    notAfter: Words.optional(),
    /** Official core -> state code -> the body's official name where it is not `<core> do Estado <state>`. */
    official: z.record(z.string().min(1), z.record(z.string().regex(/^[A-Z]{2}$/), z.string().min(1))).optional(),
    /** Official cores whose written `<core> de <state>` takes the official name too. */
    rewriteWritten: Words.optional(),
    /** Short forms of a state's name after a rewritten core (`do Rio`) -> the state's code. */
    writtenAliases: z.record(z.string().min(1), z.string().regex(/^[A-Z]{2}$/)).optional(),
  });
  /** A head word maps to the kind it implies; "" when it implies none. */
  const HeadKinds = z.record(z.string(), z.union([Kind, z.literal("")]));

  const OrganizationSchema = dataObject({
    name: z.string().min(1),
    /** The name English texts give a body listed under its own-language official name. */
    englishName: z.string().min(1).optional(),
    /**
     * The body's own official name where another state's body bears it too (`Policía Nacional Civil`
     * of El Salvador and of Guatemala): `name` adds the state to tell the two apart, a record carries
     * the official name (ANNOTATION.md's `name`) and `country` the state.
     */
    officialName: z.string().min(1).optional(),
    /** Absent for a body no kind fits: a political party. */
    kind: Kind.optional(),
    country: Iso3.optional(),
    acronyms: Words.optional(),
    /** Acronyms shared by bodies of several countries (`PF`): they name this body only in a text that names it. */
    localAcronyms: Words.optional(),
    aliases: Words.optional(),
    /**
     * Short forms the body's own country's texts name it by bare (`Ministério da Justiça` for the
     * `Ministério da Justiça e Segurança Pública`, `Ministerio de Justicia` for Argentina's `… y
     * Derechos Humanos`): never matched as names of their own, only read as a national core name,
     * so the country in context decides whose body they are (national.ts).
     */
    shortForms: Words.optional(),
    /** Forms that name this body in lower case too, being no phrase of the language (`los zetas`, `cártel del golfo`). */
    lowercaseForms: Words.optional(),
    /**
     * The paragraphs' languages the record is read in, where its forms name the body only there: a
     * seat's name (`Casa Blanca`) names its government in Spanish and Portuguese news, while English
     * texts name the building as a venue or inside a title (`White House Homeland Security Advisor`).
     */
    languages: z.array(z.enum(["en", "es", "pt"])).min(1).optional(),
    source: z.string().optional(),
  });

  const GazetteerSchema = dataObject({
    organizations: z.array(OrganizationSchema).min(1),
  });

  const PatternsSchema = dataObject({
    heads: HeadKinds,
    romanceHeads: HeadKinds,
    numberedRomanceHeads: dataObject({ ordinalMarks: Words, numberSigns: Words, bareNumberKinds: z.array(Kind).default([]) }),
    standalone: dataObject({ words: Words }),
    lowercaseGroupHeads: dataObject({ $genericComment: z.string().optional(), $modifiersComment: z.string().optional(), words: HeadKinds, generic: z.array(z.string().min(1)), modifiers: z.array(z.string().min(1)).default([]) }),
    lowercaseNameHeads: dataObject({ words: HeadKinds, plurals: z.record(z.string().min(1), z.string().min(1)).optional() }),
    namedGroupNouns: dataObject({ words: Words, needModifier: Words, modifiers: Words }),
    titleCaseAcronyms: dataObject({ ordinaryWords: Words }),
    ...wordLists("armedGroupModifiers", "academicWords"),
    nationalContext: dataObject({
      speakerNouns: Words,
      impliedNationTails: Words,
      englishDefaults: dataObject({ names: z.record(z.string().min(1), Iso3), $foreignTitlesComment: z.string().optional(), foreignTitles: z.record(z.string().min(1), Words).optional() }).optional(),
    }),
    articleGroups: dataObject({ articles: Words, places: Words }),
    connectors: dataObject({
      ...wordLists("inner", "afterOf", "complement", "englishPartOf"),
      romance: dataObject({ connectors: Words, links: Words, partOf: Words, dative: dataObject({ words: Words }), locative: dataObject({ words: Words }) }),
      topic: dataObject({ links: Words, heads: Words, documentLinks: Words, articleHeads: Words.optional() }),
      andTheRegions: dataObject({ words: Words }),
      englishBreaks: dataObject({ words: Words }).optional(),
    }),
    suffixes: dataObject({ words: Words }),
    sameBody: dataObject({ sharedWords: z.number().gt(0).max(1), cognateDice: z.number().gt(0).max(1), cognateMinLetters: z.number().int().min(2), spellings: z.array(z.tuple([z.string().min(1), z.string()])) }),
    nameRuns: dataObject({ maxTokens: z.number().int().min(16) }),
    nonOrganizationHeads: dataObject({ events: Words, documents: Words, planComplements: dataObject({ words: Words, modifiers: dataObject({ words: Words }) }), facilities: dataObject({ heads: Words, words: Words }), standingWhenNational: dataObject({ words: Words, nationalWords: Words }) }),
    personTitles: dataObject({ words: Words }),
    leadingFunctionWords: dataObject({ words: Words, nameOpeners: dataObject({ words: Words }).optional() }),
    pluralHeads: dataObject({ words: z.record(z.string(), z.string()) }),
    notOrganizations: dataObject({ phrases: Words }),
    governmentOf: dataObject({
      heads: Words,
      theNames: Words,
      own: Words.optional(),
      forms: z.record(z.string().min(1), z.string().min(1)).optional(),
      termHeads: Words.optional(),
      termLinks: Words.optional(),
      /** Spanish and Portuguese heads a state's adjective follows to name its government (`Gobierno mexicano`): government-demonyms.ts. */
      demonymHeads: Words.optional(),
      /** The government of a state no `leaderAdministrations.opening` list names, as the gold names it (`ESP` -> `Gobierno de España`). */
      demonymGovernments: z.record(Iso3, z.string().min(1)).optional(),
      /** A federation's bare legal name for its central government (`a União`): read only after one of `after`, in paragraphs of `lang`. */
      bare: z.record(z.string().min(1), dataObject({ name: z.string().min(1), lang: z.enum(["en", "es", "pt"]), after: Words, links: Words })).optional(),
    }),
    speakerParties: dataObject({ regions: Words, parties: z.record(z.string(), z.string().min(1)) }),
    stateUnits: dataObject({
      states: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().min(1)),
      acronymStems: dataObject({ stems: z.record(z.string().regex(/^[A-Z]{1,4}$/), dataObject({ name: z.string().min(1), kind: Kind })) }).optional(),
      bodies: StateBodies.optional(),
    }).optional(),
    /** Another federation's state bodies (Mexico's, in the es section), each with its own states: read as `stateUnits.bodies`. */
    stateBodySets: z.array(dataObject({ states: z.record(z.string().regex(/^[A-Z]{2,4}$/), z.string().min(1)), bodies: StateBodies })).optional(),
    englishLinks: dataObject({ words: Words }),
    establishedBy: dataObject({ heads: Words, clauses: Words, topicLinks: Words, kind: Kind }),
    hyphenModifierTails: dataObject({ words: Words }),
    acronymPrefixes: dataObject({ words: Words }),
    shipPrefixes: dataObject({ words: Words }),
    coordinatedCompanies: dataObject({ notNames: Words }),
    typeTails: dataObject({ words: Words }),
    possessiveNameWords: dataObject({ words: Words }),
    typeNouns: dataObject({ before: HeadKinds, beforeLanguages: z.record(z.string(), z.array(z.enum(["en", "es", "pt"])).min(1)).optional(), plurals: Words.optional(), after: HeadKinds, openers: Words, appositionArticles: z.record(z.string(), z.array(z.enum(["en", "es", "pt"])).min(1)), compound: dataObject({ nouns: HeadKinds, notAfter: Words }).optional(), roles: dataObject({ nouns: HeadKinds, links: Words, joins: Words }).optional() }),
    quotedProgramNouns: dataObject({ words: Words }),
    /** Unit heads and operation nouns a quoted proper name completes (quoted-names.ts). */
    quotedNameHeads: dataObject({ units: Words, operations: Words }).optional(),
    /** A unit's head and the service it belongs to after a link (`Tercera Brigada del Ejército`): two names (name-patterns.ts). */
    unitParents: dataObject({ units: Words, links: Words, parents: Words }).optional(),
    companyShortForms: dataObject({ legalHeads: Words, outletHeads: Words, notAfter: Words }).optional(),
    /** Words that open a broadcaster's name (`Radio Havana`, `TV Azteca`) and words after them that make no name (outlet-openers.ts). */
    outletOpeners: dataObject({ words: Words, notNameWords: Words }).optional(),
    legalSuffixes: dataObject({ words: Words, spelledOut: z.record(z.string().min(1), z.string().min(1)).optional(), links: Words }).optional(),
    modifiedListed: dataObject({ heads: Words }).optional(),
    postedBodies: dataObject({ heads: Words, links: Words, notPlaces: Words }).optional(),
    governmentAcronyms: dataObject({ prefixes: z.array(z.string().regex(/^[A-Z][A-Za-z]?$/)), head: z.string().min(1) }).optional(),
    orderedUnits: dataObject({ kinds: z.array(Kind) }).optional(),
    seatNames: dataObject({ forms: z.record(z.string().min(1), z.string().min(1)), placeWords: Words }).optional(),
    /** A government named by its leader (`the Reagan Administration`): heads and each government's leaders' surnames (leader-administrations.ts). */
    leaderAdministrations: dataObject({
      heads: Words,
      governments: z.array(dataObject({ name: z.string().min(1), kind: Kind, country: Iso3, leaders: Words })),
      /** Spanish and Portuguese put the head first (`Gobierno de Javier Milei`, `Gobierno Petro`): heads, the links after them, governments by their leaders. */
      opening: dataObject({ heads: Words, links: Words, governments: z.array(dataObject({ name: z.string().min(1), kind: Kind, country: Iso3, leaders: Words })) }).optional(),
    }).optional(),
    /** An SGML wire document's machinery elements, whose names are codes and slugs, no prose (index.ts inMarkup). */
    wireHeaders: dataObject({ openers: Words, tags: Words }).optional(),
    /** A wire's credit in a dateline's parentheses (`GUATEMALA CITY (AP) --`), as written -> the body it names (dateline-credits.ts). */
    /** A Markdown digest's outlet credits as link texts (`[(Reuters)](https://…)`): the most words an outlet's name has (link-credits.ts). */
    linkCredits: dataObject({ maxWords: z.number().int().min(1) }),
    /** A news page's photo-credit line (`Chris Doe/CNP/Getty Images`): words that make a source a picture credit, and the credit's roles that name no body (photo-credits.ts). */
    photoCredits: dataObject({ creditWords: Words, notBodies: Words }).optional(),
    datelineCredits: dataObject({ credits: z.record(z.string().regex(/^[A-Za-z]+$/), dataObject({ name: z.string().min(1), kind: Kind.optional() })) }).optional(),
    cablePosts: dataObject({
      lineOpeners: Words,
      posts: z.record(z.string().regex(/^[A-Z]+$/), dataObject({ name: z.string().min(1), kind: Kind })),
      offices: z.record(z.string().regex(/^[A-Z]+$/), dataObject({ name: z.string().min(1), kind: Kind })),
      postNouns: z.record(z.string().min(1), z.string().regex(/^[A-Z]+$/)),
      notPlaces: Words,
    }).optional(),
    legislatures: dataObject({
      chambers: z.record(z.string().min(1), z.record(Iso3, z.string().min(1))),
      parties: z.array(dataObject({ name: z.string().min(1), country: Iso3, shortNames: Words, adjectives: Words, speakerForms: Words.optional() })),
      modifierNouns: Words,
      chamberBreakers: Words,
      chamberDeterminers: Words.optional(),
      /** A capitalized word that, in a document with no country of its own, makes a bare chamber that state's (legislatures.ts). */
      chamberCompanions: z.record(z.string().min(1), Iso3).optional(),
    }).optional(),
    articleAcronyms: dataObject({
      determiners: z.record(z.string(), z.enum(["en", "es", "pt"])),
      nonBodies: Words,
      /** A short form read as one body after the articles of its gender (`o MP`, `a PM`). */
      gendered: z.array(dataObject({ acronym: z.string().regex(/^[A-Z]{2,6}$/), lang: z.enum(["en", "es", "pt"]), after: Words, name: z.string().min(1), kind: Kind.optional() })).optional(),
    }),
  });
  return { GazetteerSchema, PatternsSchema, OrganizationSchema };
});

export type Organization = z.infer<ReturnType<typeof schemas>["OrganizationSchema"]>;
export type OrgPatterns = z.infer<ReturnType<typeof schemas>["PatternsSchema"]>;

const dataUrl = (name: string) => new URL(`../../data/${name}`, import.meta.url);

const gazetteerFile = once(() => loadDataFile(dataUrl("organizations.json"), () => schemas().GazetteerSchema));
/** org-patterns.json: the English lists, a Spanish and a Portuguese section shaped like them. */
const patternsFileSchema = () => {
  const { PatternsSchema } = schemas();
  return PatternsSchema.extend({
    es: languageSection(PatternsSchema).optional(),
    pt: languageSection(PatternsSchema).optional(),
  });
};
const patternsFile = once(() => loadDataFile(dataUrl("org-patterns.json"), patternsFileSchema));

export const organizations = (): Organization[] => gazetteerFile().data.organizations;
type Sectioned = OrgPatterns & { es?: LanguageSection<OrgPatterns>; pt?: LanguageSection<OrgPatterns> };

/** Names are read alike in every language: the Spanish and Portuguese lists join the English ones. */
export const orgPatterns = once((): OrgPatterns => {
  const { es, pt, ...english } = patternsFile().data as Sectioned;
  return withSection(withSection(english as OrgPatterns, es), pt);
});
export const organizationDataFiles = (): string[] => [gazetteerFile().path, patternsFile().path];
