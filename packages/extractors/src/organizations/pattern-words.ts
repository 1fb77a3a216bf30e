import type { CablePostWords } from "./cable-posts.js";
import type { CompanyShortFormWords } from "./company-short-forms.js";
import type { DatelineCredits } from "./dateline-credits.js";
import type { WireHeaders } from "../numbers/wire-headers.js";
import type { LeaderAdministrations } from "./leader-administrations.js";
import { foldKey } from "@procmine/core";
import type { OrgPatterns } from "./data.js";
import { formKey, type SameBodyLimits } from "./gazetteer.js";
import type { OrganizationKind } from "./kinds.js";
import { functionWords } from "../function-words.js";
import type { ArticleAcronymWords } from "./article-acronyms.js";
import type { TypeNouns } from "./typed-names.js";
import type { LegislatureWords } from "./legislatures.js";
import type { OwnGovernmentWords } from "./own-government.js";
import { stateBodyWords, type StateBodyWords } from "./state-bodies.js";
import { compileGenderedAcronyms } from "./gendered-acronyms.js";
import type { PostedBodyWords } from "./posted-bodies.js";
import type { GovernmentAcronymWords } from "./government-acronyms.js";
import type { SeatNameWords } from "./seat-names.js";
import type { PhotoCreditWords } from "./photo-credits.js";

/** The pattern word lists, folded (lower case, no diacritics) into sets for token lookups. */
export interface OrgLexicon {
  /** Head word or multi-word head (`task force`) -> implied kind. */
  heads: Map<string, OrganizationKind | "">;
  /** Spanish and Portuguese heads, which open a name (`Fuerza Aérea Argentina`). */
  romanceHeads: Set<string>;
  /** Marks that make the number before them an ordinal (`4ª`, `23a`, `2°`): a numbered Romance body opens there. */
  ordinalMarks: Set<string>;
  /** Signs a unit's number follows (`Número`, `Nº`): a Romance name closed by one takes the number after it. */
  numberSigns: readonly string[];
  /** Kinds whose Romance head alone, then a bare number, names a numbered unit (`Frente 33`). */
  bareNumberKinds: ReadonlySet<string>;
  /** Longest head, in words. */
  maxHeadWords: number;
  standalone: Set<string>;
  /** The standalone words as listed, lower case with their accents (`policía`, `exército`). */
  standaloneSpellings: Set<string>;
  /** Lower-case nouns after a name that make it a group's name (`the Sinaloa cartel`) -> kind. */
  groupNouns: Map<string, OrganizationKind | "">;
  /** Generic nouns (`organization`) that name a group only after a name listed with a group noun. */
  genericGroupNouns: Set<string>;
  /** Lower-case words between a group's name and its noun (`the Sinaloa drug gang`), folded. */
  groupNounModifiers: Set<string>;
  armedModifiers: Set<string>;
  academicWords: Set<string>;
  inner: Set<string>;
  afterOf: Set<string>;
  complement: Set<string>;
  /** Links (`on`) that open a complement only after the heads listed with them (`Panel of Experts on Haiti`). */
  topicLinks: Set<string>;
  /** Links after a head whose complement may close on a document word (`Commission on Drug Policy`). */
  documentLinks: Set<string>;
  /** Regions written with `the` that an English complement coordinates after `and the` (`Latin America and the Caribbean`). */
  andTheRegions: Set<string>;
  topicHeads: Set<string>;
  /** Heads whose `on` complement may open with `the` (`Committee on the Judiciary`), folded. */
  topicArticleHeads: Set<string>;
  /** Romance connectors, and the articles (or `materia`) that may follow them inside a name. */
  romanceConnectors: Set<string>;
  romanceLinks: Set<string>;
  /** `a`, `al`, `ao`, `às`, as written (not folded): a link to what a name's body serves or fights (`Combate ao Crime`), never onto a head. */
  romanceDative: Set<string>;
  /** `en`, `em`: a head after them (past articles) opens another body, where the first acts. */
  romanceLocative: Set<string>;
  /** Spanish and Portuguese definite articles (`la`, `el`, `a`, `os`). */
  romanceArticles: Set<string>;
  /** Each language's articles that are no dative link as well (`o`, `la`; not Portuguese `a`): one between a word and a head opens a name. */
  bareArticles: { es: Set<string>; pt: Set<string> };
  /** Lower-case head words that open a group's name in Spanish and Portuguese (`cártel del Pacífico`). */
  lowercaseNameHeads: Map<string, OrganizationKind | "">;
  /** Their plurals (`cárteles`), folded, each to its singular as written (`cártel`): a list of groups after them. */
  lowercasePluralHeads: Map<string, string>;
  /** `de`, `da`: a name that runs on through one onto a listed body names a body of its own. */
  romancePartOf: Set<string>;
  /** `of`: an English name runs through it onto the body its part belongs to (`Training Wing of the ...`). */
  englishPartOf: Set<string>;
  coordination: Set<string>;
  suffixes: Set<string>;
  /** The most tokens one run of name words may hold. */
  maxRunTokens: number;
  /** When a text's long form of a listed acronym names that body (org-patterns.json `sameBody`). */
  sameBody: SameBodyLimits;
  nonOrg: Set<string>;
  /** A program head's complement that makes it a plan of action, a document (`Programme of Action`). */
  planComplements: Set<string>;
  /** Modifiers right after a document head that would open a program (`Plan Nacional`): the document's, no program name. */
  planModifiers: Set<string>;
  /** A place where people are held (`Centro Penal`, `Detention Center`): its head, and the word beside it. */
  facilityHeads: Set<string>;
  facilityWords: Set<string>;
  /** Nouns that name an event (`summit`, `Cumbre`): after a grouping's acronym they name its meeting. */
  events: Set<string>;
  titles: Set<string>;
  functionWords: Set<string>;
  /** Words that open names (`New York University`, `Second Marquetalia`) as often as sentences: dropped only at a sentence's start. */
  nameOpeners: Set<string>;
  pluralHeads: Map<string, string>;
  /** The same plural heads by their written (lower-case) form: a Spanish and a Portuguese plural fold alike (`Policías`, `Polícias`) but are made singular in their own language. */
  pluralHeadsWritten: Map<string, string>;
  notOrganizations: Set<string>;
  /** Nouns after which a demonym names a speaker's country (`A Canadian participant`). */
  speakerNouns: Set<string>;
  /** Tails a bare national name leaves implied (`Nacional`, `de la República`): as written, not folded. */
  impliedNationTails: readonly string[];
  /** Spanish plural articles that open a group's name (`Los Monos`), and places written alike. */
  groupArticles: Set<string>;
  articlePlaces: Set<string>;
  /** Lower-case nouns before a criminal group's capitalized name (`la banda criminal de los Chapulines`). */
  namedGroupNouns: Set<string>;
  /** Those of them that name a group only with a modifier (`grupo criminal`, not `grupo`). */
  namedGroupNeedModifier: Set<string>;
  namedGroupModifiers: Set<string>;
  /** Title-case words that are ordinary words, never a listed acronym so written (`Dia`). */
  titleCaseOrdinary: Set<string>;
  /** A speaker's state codes in a legislative record, and the party acronyms written beside them (as written). */
  /** Event words that head a standing body in a national name (`Fórum Nacional ...`), and the national words that make it one. */
  standingWhenNational: Set<string>;
  nationalWords: Set<string>;
  /** Heads a national prefix turns into `<Head> of <country>` (`Mexican Government`), and the country names that take `the` there. */
  governmentHeads: Set<string>;
  theCountryNames: Set<string>;
  /** `Gobierno` of `el Gobierno mexicano`, as written (government-demonyms.ts). */
  governmentDemonymHeads: Set<string>;
  /** A state's government as the Spanish and Portuguese lists name it (`MEX` -> `Gobierno de México`), the first listed. */
  governmentNames: Map<string, string>;
  /** The document's own government named bare (own-government.ts). */
  ownGovernment: OwnGovernmentWords;
  speakerRegions: Set<string>;
  speakerParties: Map<string, string>;
  /** A Brazilian state's two-letter code and how a body's name ends with the state (`PR` -> `do Paraná`). */
  stateUnits: Map<string, string>;
  /** Bodies each state of a federation has (`Polícia Civil`), by written core's `formKey`, and the states by name: Brazil's (org-patterns.json `stateUnits.bodies`), then `stateBodySets`. */
  stateBodies: StateBodyWords[];
  /** English words linking a name's parts (`of`): a gloss with one is English, no gloss of an English name. */
  englishLinks: Set<string>;
  /** `Committee established pursuant to resolution N (YEAR) concerning X`: see established-by.ts. */
  establishedBy: { heads: Set<string>; clauses: readonly string[]; topicLinks: readonly string[]; kind: OrganizationKind };
  /** Plural nouns whose possessive is a name's own word (`Women's`, `People's`). */
  /** Lower-case words that, hyphened to a name word, make a modifier, not a name (`Haiti-based`). */
  hyphenModifierTails: Set<string>;
  /** Lower-case prefixes hyphened to a listed acronym that still names the body (`post-FARC`). */
  acronymPrefixes: Set<string>;
  /** A navy's acronym written before a ship's name (`ARA San Juan`): there it names the ship. Case exact. */
  shipPrefixes: ReadonlySet<string>;
  /** Capitalized words never read as a company listed beside one (`on Monday and Google`). */
  notCoordinatedCompanies: Set<string>;
  /** Lower-case type nouns a group named by capitalized words keeps in its span (`Sinaloa cartel`). */
  typeTails: Set<string>;
  possessiveNameWords: Set<string>;
  /** Nouns of a body's type before a name or heading an apposition after it, and the apposition's articles. */
  typeNouns: TypeNouns;
  appositionArticles: Map<string, string[]>;
  /** A determiner's language and the acronyms of no body, for acronyms read by their article. */
  articleAcronyms: ArticleAcronymWords;
  /** org-patterns.json `articleAcronyms.gendered`, compiled. */
  genderedAcronyms: ReturnType<typeof compileGenderedAcronyms>;
  /** Lower-case nouns that make a quoted name beside them a program's (`el plan “Barrio en Paz”`). */
  quotedProgramNouns: Set<string>;
  /** Folded unit heads and operation nouns a quoted name completes (org-patterns.json `quotedNameHeads`). */
  quotedNameHeads: { units: Set<string>; operations: Set<string> };
  /** Folded unit heads, links and the services they belong to (org-patterns.json es `unitParents`); parents as folded phrases. */
  unitParents: { units: Set<string>; links: string[][]; parents: string[][] };
  /** A company's legal form written after its name and a comma (`Incorporated`, `S.A. de C.V.`), as written, and the lower-case words that join its name's words. */
  legalSuffixes: { words: readonly string[]; links: Set<string>; spelledOut: Map<string, string> };
  /** org-patterns.json `companyShortForms`, folded (company-short-forms.ts). */
  companyShortForms: CompanyShortFormWords;
  /** org-patterns.json `outletOpeners`, folded (outlet-openers.ts). */
  outletOpeners: { words: ReadonlySet<string>; notNameWords: ReadonlySet<string> };
  /** Last words of listed names that a capitalized modifier before them turns into another body's (`Liberal Democratic Party`), folded. */
  modifiedListedHeads: Set<string>;
  /** Bodies named with the city they are posted in (posted-bodies.ts). */
  postedBodies: PostedBodyWords | undefined;
  /** `GOH`: a government's acronym by its state's initials (government-acronyms.ts). */
  governmentAcronyms: GovernmentAcronymWords | undefined;
  /** Kinds of units whose name an ordinal before it opens (`4th Infantry Division`). */
  orderedUnitKinds: Set<string>;
  /** An English seat's name that names the body it houses where it acts (seat-names.ts). */
  seatNames: SeatNameWords | undefined;
  /** A diplomatic cable's routing words for its posts and offices (cable-posts.ts). */
  cablePosts: CablePostWords | undefined;
  /** A government named by its leader's surname and a head (leader-administrations.ts). */
  leaderAdministrations: LeaderAdministrations | undefined;
  /** An SGML wire document's machinery elements (`<UNKNOWN>`, `<SLUG>`): no name is read in them. */
  wireHeaders: WireHeaders;
  /** A wire's credit in a dateline, as written -> the body it names (dateline-credits.ts). */
  datelineCredits: DatelineCredits | undefined;
  /** Most words of an outlet's name credited as a link's text (link-credits.ts; a longer text is a title). */
  linkCreditMaxWords: number;
  photoCredits: PhotoCreditWords | undefined;
  /** A bare core name (folded as `formKey`) English writes for one state's body (`congress` -> USA). */
  englishDefaults: Map<string, string>;
  /** Per bare core name (`formKey`), the offices its default state's body lacks (`president`), folded. */
  englishDefaultForeignTitles: Map<string, Set<string>>;
  /** Lower-case words that join a Romance name but open another phrase in an English one (`a`, `an`). */
  englishBreaks: Set<string>;
  /** A legislature's short forms of its chamber and parties (legislatures.ts). */
  legislatures: LegislatureWords;
}

const fold = (words: readonly string[]) => new Set(words.map(foldKey));

/** Each state's first listed government name. */
function governmentNamesOf(governments: readonly { name: string; country: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of governments) if (!out.has(g.country)) out.set(g.country, g.name);
  return out;
}

/** Each listed leader's surname, as written -> the government it names. */
function leadersOf(governments: readonly { name: string; kind: OrganizationKind; country: string; leaders: readonly string[] }[]): Map<string, { name: string; kind: OrganizationKind; country: string }> {
  return new Map(governments.flatMap((g) => g.leaders.map((l): [string, { name: string; kind: OrganizationKind; country: string }] => [l, { name: g.name, kind: g.kind, country: g.country }])));
}

export function buildLexicon(p: OrgPatterns): OrgLexicon {
  const words = functionWords();
  const heads = new Map<string, OrganizationKind | "">();
  for (const [word, kind] of [...Object.entries(p.heads), ...Object.entries(p.romanceHeads)]) {
    heads.set(foldKey(word), kind);
  }
  return {
    heads,
    romanceHeads: fold(Object.keys(p.romanceHeads)),
    ordinalMarks: new Set(p.numberedRomanceHeads.ordinalMarks),
    numberSigns: p.numberedRomanceHeads.numberSigns,
    bareNumberKinds: new Set(p.numberedRomanceHeads.bareNumberKinds),
    maxHeadWords: Math.max(...[...heads.keys()].map((h) => h.split(" ").length)),
    standalone: fold(p.standalone.words),
    standaloneSpellings: new Set(p.standalone.words.map((w) => w.toLowerCase())),
    groupNouns: new Map(Object.entries(p.lowercaseGroupHeads.words).map(([k, v]) => [foldKey(k), v])),
    genericGroupNouns: new Set(p.lowercaseGroupHeads.generic.map(foldKey)),
    groupNounModifiers: new Set(p.lowercaseGroupHeads.modifiers.map(foldKey)),
    armedModifiers: fold(p.armedGroupModifiers),
    academicWords: fold(p.academicWords),
    inner: fold(p.connectors.inner),
    afterOf: fold(p.connectors.afterOf),
    complement: fold(p.connectors.complement),
    topicLinks: fold(p.connectors.topic.links),
    documentLinks: fold(p.connectors.topic.documentLinks),
    andTheRegions: fold(p.connectors.andTheRegions.words),
    englishBreaks: fold(p.connectors.englishBreaks?.words ?? []),
    topicHeads: fold(p.connectors.topic.heads),
    topicArticleHeads: fold(p.connectors.topic.articleHeads ?? []),
    romanceConnectors: fold(p.connectors.romance.connectors),
    // The articles come from function-words.json, the other links from org-patterns.json.
    romanceLinks: fold([...words.articles.es, ...words.articles.pt, ...p.connectors.romance.links]),
    romanceArticles: fold([...words.articles.es, ...words.articles.pt]),
    bareArticles: {
      es: fold(words.articles.es.filter((w) => !p.connectors.romance.dative.words.includes(w))),
      pt: fold(words.articles.pt.filter((w) => !p.connectors.romance.dative.words.includes(w))),
    },
    romanceDative: new Set(p.connectors.romance.dative.words.map((w) => w.toLowerCase())),
    romanceLocative: fold(p.connectors.romance.locative.words),
    lowercaseNameHeads: new Map(Object.entries(p.lowercaseNameHeads.words).map(([k, v]) => [foldKey(k), v])),
    lowercasePluralHeads: new Map(Object.entries(p.lowercaseNameHeads.plurals ?? {}).map(([k, v]) => [foldKey(k), v])),
    romancePartOf: fold(p.connectors.romance.partOf),
    englishPartOf: fold(p.connectors.englishPartOf),
    speakerNouns: fold(p.nationalContext.speakerNouns),
    impliedNationTails: p.nationalContext.impliedNationTails,
    englishDefaults: new Map(Object.entries(p.nationalContext.englishDefaults?.names ?? {}).map(([k, v]) => [formKey(k), v])),
    englishDefaultForeignTitles: new Map(Object.entries(p.nationalContext.englishDefaults?.foreignTitles ?? {}).map(([k, v]) => [formKey(k), fold(v)])),
    groupArticles: new Set(p.articleGroups.articles),
    articlePlaces: new Set(p.articleGroups.places.map(formKey)),
    namedGroupNouns: fold(p.namedGroupNouns.words),
    namedGroupNeedModifier: fold(p.namedGroupNouns.needModifier),
    namedGroupModifiers: fold(p.namedGroupNouns.modifiers),
    titleCaseOrdinary: fold(p.titleCaseAcronyms.ordinaryWords),
    coordination: fold(words.conjunctions.and),
    suffixes: fold(p.suffixes.words),
    maxRunTokens: p.nameRuns.maxTokens,
    sameBody: p.sameBody,
    nonOrg: fold([...p.nonOrganizationHeads.events, ...p.nonOrganizationHeads.documents]),
    events: fold(p.nonOrganizationHeads.events),
    planComplements: fold(p.nonOrganizationHeads.planComplements.words),
    planModifiers: fold(p.nonOrganizationHeads.planComplements.modifiers.words),
    facilityHeads: fold(p.nonOrganizationHeads.facilities.heads),
    facilityWords: fold(p.nonOrganizationHeads.facilities.words),
    titles: fold(p.personTitles.words),
    functionWords: fold(p.leadingFunctionWords.words),
    nameOpeners: fold(p.leadingFunctionWords.nameOpeners?.words ?? []),
    pluralHeads: new Map(Object.entries(p.pluralHeads.words).map(([k, v]) => [foldKey(k), v])),
    pluralHeadsWritten: new Map(Object.entries(p.pluralHeads.words).map(([k, v]) => [k.toLowerCase(), v])),
    notOrganizations: fold(p.notOrganizations.phrases),
    standingWhenNational: fold(p.nonOrganizationHeads.standingWhenNational.words),
    nationalWords: fold(p.nonOrganizationHeads.standingWhenNational.nationalWords),
    governmentHeads: new Set(p.governmentOf.heads),
    theCountryNames: new Set(p.governmentOf.theNames),
    governmentDemonymHeads: new Set(p.governmentOf.demonymHeads ?? []),
    governmentNames: governmentNamesOf([...(p.leaderAdministrations?.opening?.governments ?? []), ...Object.entries(p.governmentOf.demonymGovernments ?? {}).map(([country, name]) => ({ name, country }))]),
    ownGovernment: {
      heads: (p.governmentOf.own ?? []).map((h) => h.split(" ")),
      theNames: new Set(p.governmentOf.theNames),
      forms: new Map(Object.entries(p.governmentOf.forms ?? {})),
      bare: Object.entries(p.governmentOf.bare ?? {}).map(([form, b]) => ({ form, name: b.name, lang: b.lang, after: new Set(b.after), links: new Set(b.links) })),
      term:
        p.governmentOf.termHeads?.length && p.governmentOf.termLinks?.length
          ? new RegExp(`^(?:${p.governmentOf.termHeads.join("|")}) (?:${p.governmentOf.termLinks.join("|")}) (?=\\p{Lu}{2,}$)`, "u")
          : undefined,
    },
    speakerRegions: new Set(p.speakerParties.regions),
    speakerParties: new Map(Object.entries(p.speakerParties.parties)),
    stateUnits: new Map(Object.entries(p.stateUnits?.states ?? {})),
    stateBodies: [stateBodyWords(p.stateUnits), ...(p.stateBodySets ?? []).map(stateBodyWords)],
    englishLinks: fold(p.englishLinks.words),
    establishedBy: { heads: fold(p.establishedBy.heads), clauses: p.establishedBy.clauses, topicLinks: p.establishedBy.topicLinks, kind: p.establishedBy.kind },
    hyphenModifierTails: fold(p.hyphenModifierTails.words),
    acronymPrefixes: fold(p.acronymPrefixes.words),
    shipPrefixes: new Set(p.shipPrefixes.words),
    notCoordinatedCompanies: fold(p.coordinatedCompanies.notNames),
    typeTails: fold(p.typeTails.words),
    possessiveNameWords: fold(p.possessiveNameWords.words),
    typeNouns: {
      before: new Map(Object.entries(p.typeNouns.before).map(([k, v]) => [foldKey(k), v])),
      beforeLanguages: new Map(Object.entries(p.typeNouns.beforeLanguages ?? {}).map(([k, v]) => [foldKey(k), new Set(v)])),
      plurals: fold(p.typeNouns.plurals ?? []),
      after: new Map(Object.entries(p.typeNouns.after).map(([k, v]) => [foldKey(k), v])),
      openers: fold(p.typeNouns.openers),
      capitalBefore: new Set(Object.keys(p.typeNouns.before).filter((k) => k === k.toUpperCase())),
      compound: compoundNouns(p.typeNouns.compound?.nouns ?? {}),
      compoundNotAfter: fold(p.typeNouns.compound?.notAfter ?? []),
      roles: compoundNouns(p.typeNouns.roles?.nouns ?? {}),
      roleLinks: fold(p.typeNouns.roles?.links ?? []),
      roleJoins: fold(p.typeNouns.roles?.joins ?? []),
    },
    appositionArticles: new Map(Object.entries(p.typeNouns.appositionArticles).map(([k, v]) => [foldKey(k), v])),
    genderedAcronyms: compileGenderedAcronyms(p.articleAcronyms.gendered ?? []),
    articleAcronyms: {
      determiners: new Map(Object.entries(p.articleAcronyms.determiners).map(([k, v]) => [foldKey(k), v])),
      nonBodies: new Set(p.articleAcronyms.nonBodies.map(formKey)),
    },
    quotedProgramNouns: new Set(p.quotedProgramNouns.words),
    quotedNameHeads: { units: new Set((p.quotedNameHeads?.units ?? []).map(foldKey)), operations: new Set((p.quotedNameHeads?.operations ?? []).map(foldKey)) },
    unitParents: { units: fold(p.unitParents?.units ?? []), links: (p.unitParents?.links ?? []).map((w) => w.split(" ").map(foldKey)), parents: (p.unitParents?.parents ?? []).map((w) => w.split(" ").map(foldKey)) },
    outletOpeners: { words: fold(p.outletOpeners?.words ?? []), notNameWords: fold(p.outletOpeners?.notNameWords ?? []) },
    companyShortForms: { legalHeads: fold(p.companyShortForms?.legalHeads ?? []), outletHeads: fold(p.companyShortForms?.outletHeads ?? []), notAfter: fold(p.companyShortForms?.notAfter ?? []) },
    legalSuffixes: { words: p.legalSuffixes?.words ?? [], links: new Set(p.legalSuffixes?.links ?? []), spelledOut: new Map(Object.entries(p.legalSuffixes?.spelledOut ?? {})) },
    modifiedListedHeads: fold(p.modifiedListed?.heads ?? []),
    postedBodies: p.postedBodies ? { heads: p.postedBodies.heads.map(foldKey), links: new Set(p.postedBodies.links), notPlaces: fold(p.postedBodies.notPlaces) } : undefined,
    governmentAcronyms: p.governmentAcronyms ? { prefixes: p.governmentAcronyms.prefixes, head: p.governmentAcronyms.head, theNames: new Set(p.governmentOf.theNames) } : undefined,
    orderedUnitKinds: new Set(p.orderedUnits?.kinds ?? []),
    seatNames: p.seatNames ? { forms: new Map(Object.entries(p.seatNames.forms)), placeWords: new Set(p.seatNames.placeWords.map((w) => w.toLowerCase())) } : undefined,
    legislatures: legislatureWords(p.legislatures),
    leaderAdministrations: p.leaderAdministrations
      ? {
          heads: new Set(p.leaderAdministrations.heads),
          leaders: leadersOf(p.leaderAdministrations.governments),
          opening: p.leaderAdministrations.opening
            ? { heads: new Set(p.leaderAdministrations.opening.heads), links: new Set(p.leaderAdministrations.opening.links), leaders: leadersOf(p.leaderAdministrations.opening.governments) }
            : undefined,
        }
      : undefined,
    wireHeaders: { openers: new Set(p.wireHeaders?.openers ?? []), tags: new Set(p.wireHeaders?.tags ?? []) },
    linkCreditMaxWords: p.linkCredits.maxWords,
    photoCredits: p.photoCredits ? { creditWords: new Set(p.photoCredits.creditWords), notBodies: new Set(p.photoCredits.notBodies) } : undefined,
    datelineCredits: p.datelineCredits ? new Map(Object.entries(p.datelineCredits.credits)) : undefined,
    cablePosts: p.cablePosts
      ? {
          lineOpeners: p.cablePosts.lineOpeners,
          posts: new Map(Object.entries(p.cablePosts.posts)),
          offices: new Map(Object.entries(p.cablePosts.offices)),
          postNouns: new Map(Object.entries(p.cablePosts.postNouns).map(([k, v]) => [k.toLowerCase(), v])),
          notPlaces: new Set(p.cablePosts.notPlaces),
        }
      : undefined,
  };
}

/** The short forms by word, then by country (a word may name a party of several states). */
function legislatureWords(l: OrgPatterns["legislatures"]): LegislatureWords {
  const byCountry = (pairs: [string, string, string][]) => {
    const out = new Map<string, Map<string, string>>();
    for (const [word, country, name] of pairs) {
      const m = out.get(word) ?? new Map<string, string>();
      if (!m.has(country)) m.set(country, name);
      out.set(word, m);
    }
    return out;
  };
  return {
    chambers: byCountry(Object.entries(l?.chambers ?? {}).flatMap(([word, names]) => Object.entries(names).map(([c, n]): [string, string, string] => [word, c, n]))),
    partyNames: byCountry((l?.parties ?? []).flatMap((p) => p.shortNames.map((w): [string, string, string] => [w, p.country, p.name]))),
    partyAdjectives: byCountry((l?.parties ?? []).flatMap((p) => p.adjectives.map((w): [string, string, string] => [w, p.country, p.name]))),
    modifierNouns: fold(l?.modifierNouns ?? []),
    chamberBreakers: fold(l?.chamberBreakers ?? []),
    chamberDeterminers: fold(l?.chamberDeterminers ?? ["the"]),
    speakerForms: byCountry((l?.parties ?? []).flatMap((p) => (p.speakerForms ?? []).map((w): [string, string, string] => [w, p.country, p.name]))),
    chamberCompanions: new Map(Object.entries(l?.chamberCompanions ?? {})),
  };
}

/** `news agency` -> under `agency`: the words before the last (folded) and the kind, longest first. */
function compoundNouns(nouns: Readonly<Record<string, OrganizationKind | "">>): Map<string, { before: string[]; kind: OrganizationKind | "" }[]> {
  const out = new Map<string, { before: string[]; kind: OrganizationKind | "" }[]>();
  for (const [phrase, kind] of Object.entries(nouns)) {
    const words = phrase.split(/\s+/).map(foldKey);
    const last = words.pop()!;
    out.set(last, [...(out.get(last) ?? []), { before: words, kind }].sort((a, b) => b.before.length - a.before.length));
  }
  return out;
}
