import { foldKey, insideMarkup, insideWebAddress, LazyTable, PhraseMatcher, SpanCover, StringTable, type AnalyzedDocument, type Extractor, type Layers, type Lookup, type Mention } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import { findDefinitions, findUses, type LongFormOracle } from "./acronyms.js";
import { bareDefinitions } from "./bare-acronyms.js";
import { cutAtDefinedParents } from "./defined-parents.js";
import { organizationDataFiles, organizations, orgPatterns, type Organization, type OrgPatterns } from "./data.js";
import { countryData, countryDataFiles } from "../countries/data.js";
import { CASELESS_PATH, isCapitalsBody, isCapitalsUnitHead, isUnfitLowerCaseOrganization } from "../caseless.js";
import { withAccents } from "./accented-names.js";
import { inOrdinaryCase } from "./capitals-names.js";
import { compileGazetteer, formKey, sameAsListed, spacedInitialsJoined, type CountryNaming, type Gazetteer } from "./gazetteer.js";
import { buildLexicon, type OrgLexicon } from "./pattern-words.js";
import { NamePatterns } from "./name-patterns.js";
import { TRIGGER, Triggers } from "./triggers.js";
import { buildTailIndex, resolveElliptical, type Tail } from "./elliptical.js";
import { buildCognateIndex, resolveCognates } from "./cognate-names.js";
import { buildNationalIndex, resolveNational } from "./national.js";
import { withWholeCountryPrefix } from "./country-prefix.js";
import { withDemonymAfter } from "./demonym-after.js";
import { withoutCountryAcronyms } from "./country-acronyms.js";
import { namedByTopicHead } from "./topic-heads.js";
import { withEstablishingClause } from "./established-by.js";
import { speakerParties } from "./speaker-parties.js";
import { withoutRedefinedAcronyms } from "./redefined-acronyms.js";
import { legislatureNames } from "./legislatures.js";
import { governmentOfNames } from "./government-of.js";
import { governmentDemonyms } from "./government-demonyms.js";
import { ownGovernmentNames, withGovernmentForms } from "./own-government.js";
import { buildLocalAcronyms, localAcronymUses } from "./local-acronyms.js";
import { namedGroups } from "./named-groups.js";
import { articleLessUses } from "./article-less.js";
import { upperCaseRepeats } from "./upper-case-repeats.js";
import { articleAcronyms } from "./article-acronyms.js";
import { typedNames } from "./typed-names.js";
import { titleCaseAcronyms } from "./title-acronyms.js";
import { lowercaseHeadNames } from "./lowercase-heads.js";
import { citedTitles } from "./cited-titles.js";
import { citedSources } from "./cited-sources.js";
import { isName as isQuotedName, quotedPrograms } from "./quoted-programs.js";
import { withQuotedNames } from "./quoted-names.js";
import { impliedAcronymUses } from "./implied-acronyms.js";
import { withStateUnits } from "./state-units.js";
import { withStateBodies } from "./state-bodies.js";
import { genderedAcronyms } from "./gendered-acronyms.js";
import { withTypeTails } from "./type-tails.js";
import { withLinkTitles } from "./link-titles.js";
import { withFullForms } from "./full-forms.js";
import { lowercaseListedMatcher, lowercaseListedNames } from "./lowercase-listed.js";
import { legalSuffixNames, withSpelledOutForm } from "./legal-suffixes.js";
import { separatePersons, withoutTitlesBeforePersons } from "./persons.js";
import { PERSON_NAMES_PATH } from "../person-names.js";
import { isReportingVerb, ORG_EVIDENCE_PATH, reportedSources } from "./reported.js";
import { definitionFollower } from "./definition-followers.js";
import { prefixedAcronyms } from "./prefixed-acronyms.js";
import { coordinatedCompanies } from "./coordinated-companies.js";
import { companyShortForms } from "./company-short-forms.js";
import { withGovernmentAcronyms } from "./government-acronyms.js";
import { withPostedPlaces } from "./posted-bodies.js";
import { cablePosts, withCablePosts } from "./cable-posts.js";
import { datelineCredits, withDatelineCredits } from "./dateline-credits.js";
import { leaderGovernment, withLeaderAdministrations } from "./leader-administrations.js";
import { linkCredits, withLinkCredits } from "./link-credits.js";
import { photoCredits } from "./photo-credits.js";
import { ordinalHeadUnits, withOrdinalUnits } from "./ordinal-units.js";
import { outletOpenerNames } from "./outlet-openers.js";
import { clipCredits } from "./clip-credits.js";
import { seatNames } from "./seat-names.js";
import { withGroupShortForms } from "./group-short-forms.js";
import { DOCUMENT_CONTEXT_PATH } from "../context/document-context.js";
import { reconcilePatterns, selectMentions } from "./select.js";
import { toUserData, type ExtractorDataOptions } from "../user-data.js";
import { withUserOrganizations } from "./user.js";
import { compiledLexicon } from "../lexicon-snapshots.js";
import { FUNCTION_WORDS_PATH, functionWords } from "../function-words.js";
import { inUpperBlock, lowerCasedWords, recasedUpperBlocks, type Recasing } from "./upper-blocks.js";
import { capitalsRuns } from "./capitals-runs.js";
import { isCapitalsPhraseWord } from "./capitals-words.js";
import { insideWireHeader, type WireHeaders } from "../numbers/wire-headers.js";

// Three sources of evidence: the gazetteer, the document's own acronym definitions, and
// head-word name patterns for organizations no list knows.

type Compiled = ReturnType<typeof compile>;

/** Each state's short name and adjective, for the national variants of listed names. */
function countryNamings(): Map<string, CountryNaming> {
  const out = new Map<string, CountryNaming>();
  const { countries, romance } = countryData();
  const romanceDemonyms = new Map<string, string[]>();
  for (const section of romance) {
    for (const [iso3, e] of Object.entries(section.countries ?? {})) {
      romanceDemonyms.set(iso3, [...(romanceDemonyms.get(iso3) ?? []), ...(e?.demonyms ?? [])]);
    }
  }
  for (const c of countries.countries) {
    const demonym = c.demonyms[0];
    const romanceNames = [...c.foreign, ...c.names].filter((n) => !n.includes(" ") || n === c.common);
    if (demonym) out.set(c.iso3, { name: c.common, demonym, romanceNames, romanceDemonyms: romanceDemonyms.get(c.iso3) ?? [] });
  }
  return out;
}

/** Every country name, short form and demonym, folded, for splitting coordinated names. */
function countryForms(user: readonly string[]): Set<string> {
  const { countries, extra } = countryData();
  const out = new Set<string>(user.map(formKey));
  for (const c of countries.countries) for (const f of [...c.names, ...c.abbreviations, ...c.demonyms]) out.add(formKey(f));
  for (const e of Object.values(extra.countries)) {
    for (const f of [...(e.names ?? []), ...(e.shortNames ?? []), ...(e.shortForms ?? []), ...(e.demonyms ?? [])]) out.add(formKey(f));
  }
  return out;
}

function compile(listedOrgs: readonly Organization[], userCountryForms: readonly string[]) {
  const namings = countryNamings();
  const lexicon = buildLexicon(orgPatterns());
  const groupHeads = new Set([...lexicon.heads].filter(([, kind]) => kind === "criminal_group").map(([head]) => head));
  const orgs = [...listedOrgs, ...stateAcronymBodies(orgPatterns().stateUnits, new Set(listedOrgs.flatMap((o) => o.acronyms ?? [])))];
  const gazetteer = compileGazetteer(orgs, namings, lexicon.groupArticles, groupHeads);
  const national = buildNationalIndex(orgs, namings, lexicon.impliedNationTails);
  const links = nameLinks(lexicon);
  const tails = buildTailIndex(orgs, (word) => links.has(word), { isPartOf: (word) => lexicon.romancePartOf.has(word), isArticle: (word) => lexicon.romanceArticles.has(word) });
  const countries = countryForms(userCountryForms);
  const namesState = (phrase: string) => {
    const words = formKey(phrase).split(" ");
    return words.some((_, k) => [1, 2, 3].some((n) => k + n <= words.length && countries.has(words.slice(k, k + n).join(" "))));
  };
  const cognates = { ...buildCognateIndex(orgs, lexicon.sameBody, (word) => links.has(word), namesState), links };
  // A listed name that adds the state to a shared official name: the official name is the record's.
  const officialNames = new Map(orgs.flatMap((o): [string, string][] => (o.officialName ? [[o.name, o.officialName]] : [])));
  const lowerListed = lowercaseListedMatcher(orgs, (word) => lexicon.heads.has(word), (word) => links.has(word), namesState);
  return { gazetteer, lexicon, national, namings, tails: tails as Lookup<Tail[]>, cognates, local: buildLocalAcronyms(orgs), countries, officialNames, lowerListed, ...ruleIndexes(lexicon, gazetteer, countries) };
}

/** A compiled index as a snapshot stores it: its values read only when a document asks for them. */
function lazily<V>(index: Lookup<V>): Lookup<V> {
  return index instanceof Map ? new LazyTable<V>(index as Map<string, V>) : index;
}

/**
 * `MPRS`, `TJ-SP`: each state's body of a listed stem (org-patterns.json `stateUnits.acronymStems`),
 * as a gazetteer record, so its acronym is read and a text's long form of it (`Ministério Público
 * do Estado (MPRS)`) takes the state's name. An acronym a listed body holds stays that body's.
 */
function stateAcronymBodies(units: OrgPatterns["stateUnits"], taken: ReadonlySet<string>): Organization[] {
  const out: Organization[] = [];
  for (const [stem, body] of Object.entries(units?.acronymStems?.stems ?? {})) {
    for (const [code, state] of Object.entries(units?.states ?? {})) {
      const acronyms = [`${stem}${code}`, `${stem}-${code}`].filter((a) => !taken.has(a));
      if (acronyms.length > 0) out.push({ name: `${body.name} ${state}`, kind: body.kind, country: "BRA", acronyms });
    }
  }
  return out;
}

/** What the rules look words up in, made from the lexicons (held in closures: made again, cheaply, when a build's lexicons are restored). */
function ruleIndexes(lexicon: OrgLexicon, gazetteer: Pick<Gazetteer, "byForm" | "byAcronym">, countries: ReadonlySet<string>) {
  const triggers = new Triggers(lexicon, gazetteer.byAcronym);
  return { triggers, patterns: new NamePatterns(lexicon, gazetteer.byForm, countries, triggers) };
}

/** The lower-case words that link a name's words, in any of the three languages (`of`, `de la`, `do`, `e`, `ao`), folded. */
function nameLinks(lex: OrgLexicon): Set<string> {
  const { articles } = functionWords();
  return new Set([...lex.inner, ...lex.afterOf, ...lex.romancePartOf, ...lex.coordination, ...lex.romanceDative, ...[...articles.en, ...articles.es, ...articles.pt].map(foldKey)].map(foldKey));
}

/**
 * An organization head in the phrase, no document or event word opening it (`Plano de ... Força`),
 * and no phrase that only looks like a body closing it (`the Gulf Clan a Foreign Terrorist
 * Organization (FTO)` defines a designation, not a body).
 */
function hasHead(lex: OrgLexicon, phrase: string): boolean {
  const words = phrase.split(/[\s-]+/);
  const nationalStanding = lex.standingWhenNational.has(foldKey(words[0]!)) && words[1] !== undefined && lex.nationalWords.has(foldKey(words[1]));
  // `Panel of Experts on Haiti`: a multi-word head opening the phrase, its first word an event word.
  const longHead = words.length > 1 && [...Array(Math.min(lex.maxHeadWords, words.length) - 1).keys()].some((k) => lex.heads.has(words.slice(0, k + 2).map(foldKey).join(" ")));
  // A document word that heads a named program only when opening it (`Plan Cuadrante`) is no head
  // elsewhere: `National Action Plan (NAP)` defines a document.
  const isHead = (w: string): boolean => lex.heads.has(foldKey(w)) && !(lex.nonOrg.has(foldKey(w)) && !lex.events.has(foldKey(w)));
  if ((lex.nonOrg.has(foldKey(words[0]!)) && !nationalStanding && !longHead) || !(longHead || words.some(isHead))) return false;
  const key = foldKey(words.join(" "));
  for (const not of lex.notOrganizations) if (key === not || key.endsWith(` ${not}`)) return false;
  return true;
}

/**
 * `Centro de Detenção Provisória de Manaus`: a place where people are held (org-patterns.json
 * `nonOrganizationHeads.facilities`), its first content words a facility head and word, or its last
 * two a facility word and head. An acronym defined for it (`(CDPM)`) names the place, no body, as
 * the name patterns already read it (name-patterns.ts isFacility).
 */
function isFacilityPhrase(lex: OrgLexicon, phrase: string): boolean {
  const content = phrase.split(/[\s-]+/).filter((w) => w !== "" && !/^\p{Ll}+$/u.test(w)).map(foldKey);
  if (content.length < 2) return false;
  const last = content.length - 1;
  return (lex.facilityHeads.has(content[0]!) && lex.facilityWords.has(content[1]!)) || (lex.facilityHeads.has(content[last]!) && lex.facilityWords.has(content[last - 1]!));
}

function findOrganizations(doc: AnalyzedDocument, { gazetteer, lexicon, national, namings, tails, cognates, patterns, triggers, local, countries, lowerListed }: Compiled, countryLayer: readonly Mention[]): OrgCandidate[] {
  const countryCover = new SpanCover(countryLayer);
  let listed: OrgCandidate[] = gazetteer.matcher
    .matchAll(doc)
    .filter((m) => !isEventName(doc, m.start, m.end, lexicon.events) && !isUnfitLowerCaseOrganization(doc, m, countryCover) && !isGluedAcronym(doc.text, m.start, m.end) && !isShipPrefix(doc.text, m.start, m.end, lexicon.shipPrefixes) && !isCapitalsPhraseWord(doc, m.start, m.end, lexicon.titleCaseOrdinary, (key) => lexicon.romanceConnectors.has(key) || lexicon.romanceLinks.has(key)) && (m.value.languages === undefined || m.value.languages.includes(doc.langAt(m.start))))
    .map((m) => ({ ...(gazetteer.bySpelling.get(doc.text.slice(m.start, m.end)) ?? m.value), start: afterLowerArticle(doc, m.start, m.end, lexicon.groupArticles), end: m.end, rule: "gazetteer" as const }));
  const titled = titleCaseAcronyms(doc, gazetteer.byAcronym, lexicon.titleCaseOrdinary, triggers.positions(doc, TRIGGER.titleAcronym));
  if (titled.length > 0) {
    const taken = new Set(listed.map((c) => c.start));
    listed.push(...titled.filter((c) => !taken.has(c.start)));
    listed.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const prefixed = prefixedAcronyms(doc, lexicon.acronymPrefixes, gazetteer.byAcronym);
  if (prefixed.length > 0) {
    listed.push(...prefixed);
    listed.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const lowered = lowercaseListedNames(doc, lowerListed);
  if (lowered.length > 0) {
    const taken = new Set(listed.map((c) => c.start));
    listed.push(...lowered.filter((c) => !taken.has(c.start)));
    listed.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  listed = withoutTitlesBeforePersons(doc, lexicon, withoutCountryAcronyms(doc.text, listed, countryLayer));
  const named = reconcilePatterns(doc.text, separatePersons(doc, lexicon, patterns.find(doc)), listed, (from, to) => hasHead(lexicon, doc.text.slice(from, to)), lexicon.romancePartOf, lexicon.coordination, (modifier, listedText) => namesAnother(lexicon, countries, modifier, listedText));
  named.push(...namedGroups(doc, lexicon, gazetteer.byForm, (key) => countries.has(key), triggers.positions(doc, TRIGGER.namedGroup)));
  named.push(...coordinatedCompanies(doc, listed, lexicon, countries));
  named.push(...ordinalHeadUnits(doc, lexicon.heads, lexicon.orderedUnitKinds));
  named.push(...outletOpenerNames(doc, lexicon.outletOpeners.words, lexicon.outletOpeners.notNameWords));
  named.push(...legalSuffixNames(doc, lexicon.legalSuffixes.words, lexicon.legalSuffixes.links, (word) => lexicon.functionWords.has(word)));
  const parties = speakerParties(doc, lexicon);
  named.push(...parties);
  named.push(...legislatureNames(doc, lexicon.legislatures, countryLayer));
  named.push(...ownGovernmentNames(doc, lexicon.ownGovernment, countryLayer, namings, triggers.positions(doc, TRIGGER.the)));
  named.push(...governmentDemonyms(doc, countryLayer, lexicon.governmentDemonymHeads, lexicon.governmentNames, namings));
  named.push(...lowercaseHeadNames(doc, lexicon.lowercaseNameHeads, lexicon.romancePartOf, lexicon.romanceLinks, gazetteer.byForm, (key) => lexicon.heads.has(key) || lexicon.standalone.has(key), triggers.positions(doc, TRIGGER.lowerHead), lexicon.lowercasePluralHeads, lexicon.coordination));
  named.push(...citedTitles(doc, lexicon, countries));
  named.push(...citedSources(doc, lexicon, countries));
  const englishArticles = new Set(functionWords().articles.en.map(foldKey));
  named.push(...clipCredits(doc, isReportingVerb, (key) => englishArticles.has(key)));
  const quotedLink = (word: string) => lexicon.inner.has(word) || lexicon.afterOf.has(word) || lexicon.romanceLinks.has(word) || lexicon.romancePartOf.has(word);
  named.push(
    ...quotedPrograms(doc, {
      nouns: lexicon.quotedProgramNouns,
      openers: lexicon.typeNouns.openers,
      isLink: quotedLink,
      isCountry: (phrase) => countries.has(formKey(phrase)),
    }),
  );

  listed = withoutRedefinedAcronyms(doc.text, listed, named, gazetteer.byAcronym, gazetteer.byForm);
  const known = [...listed, ...named];
  // Indexed by end and by span, so each parenthesis costs a lookup, not a scan of the document.
  const byEnd = new Map<number, OrgCandidate[]>();
  const bySpan = new Map<string, OrgCandidate>();
  for (const c of known) {
    const ending = byEnd.get(c.end);
    if (ending) ending.push(c);
    else byEnd.set(c.end, [c]);
    if (!bySpan.has(`${c.start}:${c.end}`)) bySpan.set(`${c.start}:${c.end}`, c);
  }
  const oracle: LongFormOracle = {
    endingAt: (end) => longest(byEnd.get(end) ?? []),
    spanning: (start, end) => bySpan.get(`${start}:${end}`),
    hasHead: (phrase) => hasHead(lexicon, phrase) && !isFacilityPhrase(lexicon, phrase),
    isEnglishName: (phrase, at) => doc.langAt(at) === "en" && phrase.split(/\s+/).some((w) => lexicon.englishLinks.has(foldKey(w))),
    isLink: (word) => lexicon.inner.has(foldKey(word)) || lexicon.afterOf.has(foldKey(word)),
    partLinks: {
      isLink: (word) => lexicon.inner.has(foldKey(word)) || lexicon.afterOf.has(foldKey(word)),
      isPartOf: (word) => lexicon.romancePartOf.has(foldKey(word)) || lexicon.englishPartOf.has(foldKey(word)),
      isHeadOrNational: (word) => lexicon.heads.has(foldKey(word)) || countries.has(formKey(word)),
    },
    isNotBody: (word) => lexicon.nonOrg.has(foldKey(word)),
    isSource: (phrase, short) => reportedSources(doc).has(formKey(phrase)) || reportedSources(doc).has(formKey(short)),
    followedAsBody: (close, at) => (doc.langAt(at) === "en" ? definitionFollower(doc.text, close) : undefined),
  };
  // `Fulano Câmara (PSB)`: a party attribution after a person's name, not a definition of `PSB`.
  const partyAt = new Map(parties.map((p) => [p.start, p.name]));
  // `Grupo de Operaciones Especiales GEO`: a name that ran on over its own acronym is the definition's two mentions.
  const bare = bareDefinitions(doc, oracle);
  const swallowed = new Set(bare.map((d) => `${d.mentions[0]!.start}:${d.mentions[1]!.end}`));
  const defined = [...findDefinitions(doc, oracle), ...bare].filter((d) => !d.mentions.some((m) => partyAt.has(m.start) && partyAt.get(m.start) !== d.identity.name)).map((d) => {
    const listed = sameAsListed(gazetteer, d.short, d.identity.name, lexicon.sameBody);
    // A record read only in some languages (`PGR`: Mexico's in English and Spanish) does not rename a body
    // a paragraph of another language defines (Brazil's `Procuradoria-Geral da República (PGR)`).
    if (!listed || (listed.languages !== undefined && !listed.languages.includes(doc.langAt(d.mentions[0]!.start)))) return d;
    return { ...d, identity: listed, mentions: d.mentions.map((m) => ({ ...m, ...listed, start: m.start, end: m.end, rule: m.rule })) };
  });
  const fromDefinitions = [...defined.flatMap((d) => d.mentions), ...findUses(doc, defined)];
  // `Sección de Revisión de la JEP`: a listed body's acronym closing a pattern name is that body, named on its own, as a defined long form is.
  const listedAcronyms = listed.filter((c) => c.acronym !== undefined && doc.text.slice(c.start, c.end) === c.acronym);
  const parts = cutAtDefinedParents(doc.text, swallowed.size > 0 ? known.filter((c) => !swallowed.has(`${c.start}:${c.end}`)) : known, [...defined.flatMap((d) => d.mentions.filter((m) => doc.text.slice(m.start, m.end) !== d.short)), ...listedAcronyms], oracle.partLinks!, oracle.hasHead);
  const resolved = withGovernmentForms(doc, governmentOfNames(
    doc,
    resolveNational(doc, withDemonymAfter(doc, withEstablishingClause(doc.text, withWholeCountryPrefix(doc.text, selectMentions([...fromDefinitions, ...parts]), countryLayer), lexicon.establishedBy), national, countryLayer), national, lexicon.speakerNouns, countryLayer, namings, lexicon.englishDefaults, lexicon.englishDefaultForeignTitles),
    countryLayer,
    namings,
    lexicon,
  ), lexicon.ownGovernment, (acronym) => gazetteer.byAcronym.get(acronym));
  // After the national reading, so `las Fuerzas Armadas` read as Mexico's names that body for `FFAA`.
  const fromLocal = [...localAcronymUses(doc, resolved, local), ...impliedAcronymUses(doc, resolved)];
  const final = namedByTopicHead(resolveCognates(doc, resolveElliptical(doc.text, fromLocal.length > 0 ? selectMentions([...resolved, ...fromLocal]) : resolved, tails), cognates, (word) => cognates.links.has(word)), lexicon.topicHeads);
  const orWords = new Set(functionWords().conjunctions.or.map(foldKey));
  const quotedNouns = new Set([...lexicon.quotedProgramNouns, ...lexicon.quotedNameHeads.operations].map(foldKey));
  const repeated = [
    ...articleLessUses(doc, final, lexicon.groupArticles),
    ...genderedAcronyms(doc, final, lexicon.genderedAcronyms),
    ...upperCaseRepeats(doc, final),
    ...companyShortForms(doc, final, lexicon.companyShortForms, (word) => lexicon.functionWords.has(word) || countries.has(word) || lexicon.heads.has(word) || lexicon.nationalWords.has(word)),
    ...typedNames(doc, final, {
      nouns: lexicon.typeNouns,
      // `o`, `or`: two names offered, never one name's word.
      isLink: (word) => !orWords.has(word) && (lexicon.inner.has(word) || lexicon.afterOf.has(word) || lexicon.romanceLinks.has(word) || lexicon.romancePartOf.has(word)),
      appositionArticles: lexicon.appositionArticles,
      leading: lexicon.functionWords,
      isCountry: (key) => countries.has(key),
      isNameWord: (key) => lexicon.suffixes.has(key) || lexicon.heads.has(key),
      isNotName: (key) => lexicon.notCoordinatedCompanies.has(key),
      isJoin: (key) => lexicon.coordination.has(key),
      readsQuoted: (key) => quotedNouns.has(key),
    }, triggers.positions(doc, TRIGGER.typeBefore | TRIGGER.apposition)),
    ...articleAcronyms(
      doc,
      final,
      lexicon.articleAcronyms,
      (key) => countries.has(key),
      (word) => lexicon.inner.has(word) || lexicon.afterOf.has(word) || lexicon.romanceLinks.has(word) || lexicon.romancePartOf.has(word),
      { hasHead: (phrase) => hasHead(lexicon, phrase), isHead: (word) => lexicon.heads.has(foldKey(word)), isNotBody: (word) => lexicon.nonOrg.has(foldKey(word)) },
      countryLayer,
      (short) => local.has(short),
      triggers.positions(doc, TRIGGER.determiner),
    ),
  ];
  const typed = withTypeTails(doc, withStateUnits(doc, repeated.length > 0 ? selectMentions([...final, ...repeated]) : final, lexicon.stateUnits), lexicon.typeTails);
  const articles = new Set([...functionWords().articles.en, ...functionWords().articles.es, ...functionWords().articles.pt].map(foldKey));
  // The genitive and topic links of a name's complement (`de`, `of`, `on`), not a place's (`en`) or a purpose's (`a`).
  const full = withFullForms(doc.text, typed, (word) => lexicon.complement.has(word) || lexicon.topicLinks.has(word), (word) => articles.has(word));
  // Last, so acronym uses and short forms that took a bare state body's name take its state too.
  const bodies = lexicon.stateBodies.reduce((found, words) => withStateBodies(doc, found, words), full);
  const governments = withGovernmentAcronyms(doc, bodies, countryLayer, namings, lexicon.governmentAcronyms, (acronym) => gazetteer.byAcronym.get(acronym)?.name);
  const quoted = withQuotedNames(doc.text, withOrdinalUnits(doc.text, withPostedPlaces(doc.text, governments, lexicon.postedBodies), lexicon.orderedUnitKinds), {
    ...lexicon.quotedNameHeads,
    isName: (quoted) => isQuotedName(quoted, { isLink: quotedLink, isCountry: (phrase) => countries.has(formKey(phrase)) }),
  });
  const units = withGroupShortForms(doc, quoted, groupShortFormNouns(lexicon), (word) => cognates.links.has(word));
  const seats = seatNames(doc, units, lexicon.seatNames, (name) => {
    const listed = gazetteer.byForm.get(formKey(name));
    if (listed === undefined) return undefined;
    const { languages: _languages, ...identity } = listed;
    return identity;
  });
  const withSeats = seats.length === 0 ? units : [...units, ...seats].sort((a, b) => a.start - b.start || b.end - a.end);
  const credited = withDatelineCredits(withCablePosts(withLeaderAdministrations(doc, withSeats, lexicon.leaderAdministrations), cablePosts(doc, lexicon.cablePosts)), datelineCredits(doc, lexicon.datelineCredits));
  const linked = withLinkCredits(credited, linkCredits(doc, lexicon.datelineCredits, lexicon.linkCreditMaxWords, (key) => gazetteer.byForm.get(key)));
  // A photo credit's sources merge as a link's credits do: a listed one replaces other readings, an unlisted one fills a gap.
  const pictured = withLinkCredits(linked, photoCredits(doc, lexicon.photoCredits, (key) => gazetteer.byForm.get(key)));
  return withLinkTitles(doc, pictured);
}

/**
 * `Liberal Democratic Party` before the listed `Democratic Party`: one to three capitalized words,
 * none a state's name or demonym nor a function word, before a listed name with a head of
 * org-patterns.json `modifiedListed` name another body; so do such words after a state's name
 * (`U.S. Army Forces Southern Command` is no `Southern Command`), while the state's name alone
 * names the listed body's national form (`Mexican Green Party`).
 */
function namesAnother(lex: OrgLexicon, countries: ReadonlySet<string>, modifier: string, listedText: string): boolean {
  const listed = listedText.trim().split(/\s+/);
  if (listed.length < 2 || !lex.modifiedListedHeads.has(foldKey(listed[listed.length - 1]!))) return false;
  const all = modifier.trim().split(/\s+/);
  const state = [3, 2, 1].find((n) => n < all.length && countries.has(formKey(all.slice(0, n).join(" ")))) ?? 0;
  const words = all.slice(state);
  if (words.length === 0 || words.length > 3 || words.some((w) => !/^\p{Lu}[\p{L}'’-]*$/u.test(w) || lex.functionWords.has(foldKey(w)) || lex.groupArticles.has(w))) return false;
  return !words.some((_, k) => [1, 2, 3].some((n) => k + n <= words.length && countries.has(formKey(words.slice(k, k + n).join(" ")))));
}

/**
 * A grouping's acronym right before an event noun (`G-20 summit`, `G-7 meeting`) names the
 * meeting, not the grouping (the guidelines' events); elsewhere (`at the G20`) it is the grouping.
 */
function isEventName(doc: AnalyzedDocument, start: number, end: number, events: ReadonlySet<string>): boolean {
  if (!/^[A-Z][A-Z0-9-]*$/.test(doc.text.slice(start, end))) return false;
  const next = doc.tokenAt(end - 1) + 1;
  return next > 0 && next < doc.tokens.count && !doc.tokens.opensBlock(next) && events.has(doc.tokens.key(next));
}

/**
 * `250MB`, `6.9MB`: capitals written right after a number or a word are a unit or a code's tail,
 * not a body's acronym (acronym uses hold the same boundary).
 */
function isGluedAcronym(text: string, start: number, end: number): boolean {
  return /[\p{L}\p{N}]/u.test(text.charAt(start - 1)) && /^[A-Z][A-Z0-9]*$/.test(text.slice(start, end));
}

/** `ARA San Juan`, `'ARA Bouchard'`: a navy's ship prefix, one space, then the ship's capitalised name. */
function isShipPrefix(text: string, start: number, end: number, prefixes: ReadonlySet<string>): boolean {
  return prefixes.has(text.slice(start, end)) && text.charAt(end) === " " && /\p{Lu}/u.test(text.charAt(end + 1));
}

/** `los Choneros`: a name matched with its article in lower case starts at its own first word (the guidelines' span). */
function afterLowerArticle(doc: AnalyzedDocument, start: number, end: number, articles: ReadonlySet<string>): number {
  const first = doc.text.charAt(start);
  if (first === first.toUpperCase()) return start;
  const i = doc.tokenAt(start);
  // Only a group article (`los`, `las`) is left out, and only before a word of the name itself
  // (a listed name that opens in lower case, `eTrace`, is the name).
  if (i < 0 || i + 1 >= doc.tokens.count || doc.tokens.start(i + 1) >= end) return start;
  const word = doc.tokens.text(i);
  return articles.has(word.charAt(0).toUpperCase() + word.slice(1)) ? doc.tokens.start(i + 1) : start;
}

/**
 * `<a href="/files/DIA_2041">`, `https://ofac.example/...`: a name inside a tag, a link target or a web address is markup, not prose (core's tests, as threats and numbers use them);
 * so is a word in an SGML wire document's machinery element (`<UNKNOWN> … BC-EXXON-…`: org-patterns.json `wireHeaders`).
 */
function inMarkup(doc: AnalyzedDocument, c: OrgCandidate, wire: WireHeaders): boolean {
  const start = doc.map.rawIndex(c.start);
  return insideMarkup(doc.raw, start) || insideWebAddress(doc.raw, start, doc.map.rawIndex(c.end)) || insideWireHeader(doc.raw, start, wire);
}

function longest(cs: OrgCandidate[]): OrgCandidate | undefined {
  return cs.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

/**
 * A body's name as the text's language gives it: a Latin American body listed under its official
 * Spanish or Portuguese name keeps that name in Spanish and Portuguese paragraphs and takes its
 * English name in English ones, as the guidelines' English and Spanish/Portuguese gold do; a name
 * the gazetteer gives the state only to tell same-named bodies apart is written as the body's own.
 */
function toMention(c: OrgCandidate, doc: AnalyzedDocument, { officialNames, lexicon, cognates }: Pick<Compiled, "officialNames" | "lexicon" | "cognates">): Mention {
  const written = c.englishName !== undefined && doc.langAt(c.start) === "en" ? c.englishName : (officialNames.get(c.name) ?? c.name);
  const name = c.kind === "company" ? withSpelledOutForm(written, lexicon.legalSuffixes.spelledOut) : written;
  const cased = inOrdinaryCase(doc, name, c.start, (key) => cognates.links.has(key), (key) => lexicon.heads.has(key));
  // `U. S. Information Agency`: typewritten spaced initials name the body as `U.S.` does.
  const attrs: Record<string, unknown> = { name: spacedInitialsJoined(withAccents(doc, cased, c.start, c.end)) };
  if (c.kind) attrs.kind = c.kind;
  if (c.country) attrs.country = c.country;
  if (c.acronym) attrs.acronym = c.acronym;
  return { type: "organization", start: c.start, end: c.end, attrs, rule: c.rule };
}

/**
 * A name the re-cased copy of a capitals block finds stands where its case would have been the
 * only evidence: a state's standing body by its bare word (caseless.json `capitals.bodies`), or
 * a name of several words that the capitals gates let through (no generic head with country
 * words, no article-led phrase) and that is listed or links a complement (`MINISTRY OF DEFENSE`).
 */
function standsInCapitals(doc: AnalyzedDocument, copy: AnalyzedDocument, c: OrgCandidate, lexicons: Compiled, countries: SpanCover): boolean {
  if (isCapitalsBody(doc, c.start, c.end)) return true;
  // `THE REAGAN ADMINISTRATION`: a government named by its leader (the copy capitalizes listed leaders' surnames).
  const leaders = lexicons.lexicon.leaderAdministrations;
  if (leaders !== undefined && leaderGovernment(copy.text.slice(c.start, c.end), leaders) !== undefined) return true;
  const firstToken = doc.tokenAt(c.start);
  const endToken = doc.tokenAt(c.end - 1) + 1;
  const t = doc.tokens;
  const words: number[] = [];
  for (let i = firstToken; i < endToken; i++) if (t.isWord(i)) words.push(i);
  if (words.length < 2) return false;
  const recasing = recasingOf(lexicons);
  if (recasing.isListedOpening(formKey(copy.text.slice(c.start, c.end)))) return !isUnfitLowerCaseOrganization(doc, { start: c.start, end: c.end, firstToken, endToken, value: { kind: c.kind } }, countries);
  // `NATIONAL DEFENSE SECRETARIAT`, `18TH INFANTRY BATTALION`: a unit's or agency's head after name words or an ordinal only.
  const last = words[words.length - 1]!;
  if (isCapitalsUnitHead(doc, c.start, t.key(last)) && words.length <= 5 && !countries.overlaps(c.start, c.end)) {
    // An ordinal may open it (`18TH`, read as one token or as a number and its suffix).
    const ordinalEnd = c.start + (ORDINAL.exec(doc.text.slice(c.start, c.end))?.[0].length ?? 0);
    const nameWords = words.slice(0, -1).every((i) => t.end(i) <= ordinalEnd || (recasing.isNameWord(t.key(i)) && !lexicons.countries.has(t.key(i))));
    const joined = words.every((i, k) => k === 0 || /^[ \t\r\n]+$/.test(doc.text.slice(t.end(words[k - 1]!), t.start(i))));
    if (nameWords && joined) return true;
  }
  // `MINISTRY OF DEFENSE`, `GOBIERNO DE COLOMBIA`: a complement after `of`/`de` that is a country or one a listed name of the same head takes.
  const link = words.findIndex((i, k) => k > 0 && lexicons.lexicon.complement.has(t.key(i)));
  if (link < 0) return false;
  let from = link + 1;
  while (from < words.length && isArticleAfterLink(lexicons.lexicon, t.key(words[from]!))) from++;
  if (from >= words.length) return false;
  const rest = formKey(copy.text.slice(t.start(words[from]!), c.end));
  return lexicons.countries.has(rest) || recasing.isListedComplement(`${t.key(words[0]!)} ${rest}`);
}

const ORDINAL = /^\d+(?:st|nd|rd|th)(?![\p{L}\d])/iu;

/**
 * Within names of a capitals block the gates refused, the runs that name a body alone
 * (capitals-runs.ts: `NATIONAL POLICE` of `SUPPORT NATIONAL POLICE EFFORTS`, `ARMY` of `ARMY
 * MILITARY OPERATION`, `COLOMBIAN ARMY` of `COLOMBIAN ARMY AND POLICE`), read from the copy with
 * the refused names' other words in lower case, as ordinary text writes them: each run stands
 * where that reading finds it exactly. A run is a listed name's form or a state body's core name
 * (two words or more), or a standing body's bare word (caseless.json `capitals.bodies`).
 */
function namedWithin(doc: AnalyzedDocument, copy: AnalyzedDocument, refused: readonly OrgCandidate[], lexicons: Compiled, country: readonly Mention[]): OrgCandidate[] {
  if (refused.length === 0) return [];
  const recasing = recasingOf(lexicons);
  const names = (start: number, end: number): boolean => {
    if (isCapitalsBody(doc, start, end)) return true;
    const key = formKey(copy.text.slice(start, end));
    return key.includes(" ") && (lexicons.gazetteer.byForm.has(key) || lexicons.national.has(key)) && !lexicons.countries.has(key);
  };
  const runs = capitalsRuns(copy, refused, { names, isLink: (key) => recasing.isLink(key), isJoin: (key) => lexicons.lexicon.coordination.has(key), isHead: (key) => lexicons.lexicon.heads.has(key) || lexicons.lexicon.pluralHeads.has(key) });
  if (runs.length === 0) return [];
  const inRun = new SpanCover(runs);
  // The refused names' words outside every run, each its own span.
  const common: { start: number; end: number }[] = [];
  const t = copy.tokens;
  for (const c of refused) {
    for (let i = t.firstFrom(c.start); i < t.count && t.start(i) < c.end; i++) if (t.isWord(i) && !inRun.overlaps(t.start(i), t.end(i))) common.push({ start: t.start(i), end: t.end(i) });
  }
  const again = common.length === 0 ? copy : lowerCasedWords(copy, common);
  if (again === undefined) return [];
  const wanted = new Set(runs.map((r) => `${r.start}:${r.end}`));
  const from = again === copy ? refused : findOrganizations(again, lexicons, country);
  return from.filter((c) => wanted.has(`${c.start}:${c.end}`) && !inMarkup(again, c, lexicons.lexicon.wireHeaders));
}

/** `the` after `of`, `la`/`los`/`o` after `de`: no word of the complement itself. */
function isArticleAfterLink(lex: OrgLexicon, key: string): boolean {
  return lex.afterOf.has(key) || (lex.romanceLinks.has(key) && !lex.complement.has(key));
}

const recasings = new WeakMap<Compiled, CapitalsReading>();

type CapitalsReading = Recasing & { isListedOpening(key: string): boolean; isListedComplement(key: string): boolean };

/** Which words of a capitals block name (upper-blocks.ts): heads, standalone bodies, listed names' and countries' words; links never. */
function recasingOf(c: Compiled): CapitalsReading {
  let r = recasings.get(c);
  if (r === undefined) {
    const links = nameLinks(c.lexicon);
    for (const w of c.lexicon.functionWords) links.add(w);
    const words = new Set<string>();
    for (const phrase of [...c.gazetteer.byForm.keys(), ...c.lexicon.heads.keys(), ...c.lexicon.standalone, ...c.countries]) for (const w of phrase.split(" ")) if (/\p{L}/u.test(w)) words.add(foldKey(w));
    // A leader's surname opens a government's name (`REAGAN ADMINISTRATION`: leader-administrations.ts).
    for (const surname of c.lexicon.leaderAdministrations?.leaders.keys() ?? []) words.add(foldKey(surname));
    const acronyms = new Set(c.gazetteer.byAcronym.keys());
    // Listed names and their openings of two words or more (`policia nacional` of `policia nacional de colombia`).
    const openings = new Set<string>();
    // A listed name's head with what follows its first `of`/`de` and articles (`secretaria defensa` of `secretaria de la defensa`).
    const complements = new Set<string>();
    const lex = c.lexicon;
    for (const form of c.gazetteer.byForm.keys()) {
      // Each opening is the form up to a space after its first (or the whole form): cut, not rejoined.
      const first = form.indexOf(" ");
      if (first >= 0) {
        for (let s = form.indexOf(" ", first + 1); s >= 0; s = form.indexOf(" ", s + 1)) openings.add(form.slice(0, s));
        openings.add(form);
      }
      const w = form.split(" ");
      let k = w.findIndex((x, j) => j > 0 && lex.complement.has(x));
      if (k < 0) continue;
      k++;
      while (k < w.length && isArticleAfterLink(lex, w[k]!)) k++;
      if (k < w.length) complements.add(`${w[0]} ${w.slice(k).join(" ")}`);
    }
    // `EL SALVADOR`: a country's name whose first word is a link written capitalized (`El Salvador`, not `the Bahamas`).
    const englishArticles = new Set(functionWords().articles.en.map(foldKey));
    const linkOpened = new Set<string>();
    for (const country of countryData().countries.countries) {
      for (const n of country.names) {
        const w = n.split(" ");
        if (w.length >= 2 && /^\p{Lu}/u.test(n) && links.has(foldKey(w[0]!)) && !englishArticles.has(foldKey(w[0]!))) linkOpened.add(`${foldKey(w[0]!)} ${foldKey(w[1]!)}`);
      }
    }
    r = {
      opensName: (key, next) => linkOpened.has(`${key} ${next}`),
      isListedOpening: (key) => openings.has(key),
      isListedComplement: (key) => complements.has(key), isNameWord: (key) => words.has(key) && !links.has(key), isLink: (key) => links.has(key), isAcronym: (word) => acronyms.has(word) };
    recasings.set(c, r);
  }
  return r;
}

const shortFormNouns = new WeakMap<OrgLexicon, ReadonlySet<string>>();

/** A group's type nouns after its short name (`cartel`, `gang`): the lower-case group heads and the type tails. */
function groupShortFormNouns(lex: OrgLexicon): ReadonlySet<string> {
  let nouns = shortFormNouns.get(lex);
  if (nouns === undefined) {
    nouns = new Set([...lex.groupNouns.keys(), ...lex.typeTails]);
    shortFormNouns.set(lex, nouns);
  }
  return nouns;
}

/** The built-in lexicons, once an extractor with the built-in data only is made. */
let builtInCompiled: (() => Compiled) | undefined;

/**
 * An organization extractor; each call compiles its own gazetteer (once, on first use). It reads
 * the country layer for the country of a bare national body (`the Army`). The researcher's own
 * `organizations` join the gazetteer (and win where they collide).
 */
export function createOrganizationExtractor(options: ExtractorDataOptions = {}): Extractor {
  const user = toUserData(options.data);
  const userCountryForms = Object.values(user.countries).flatMap((c) => [...c.names, ...c.demonyms]);
  const builtIn = user.organizations.length === 0 && userCountryForms.length === 0;
  const compiled = compiledLexicon("organizations", builtIn, () => compile(withUserOrganizations(organizations(), user.organizations), userCountryForms), {
    classes: { PhraseMatcher, LazyTable, StringTable },
    // The name patterns hold closures (per-key memos): made again, cheaply, from what is stored.
    // The tail and cognate indexes (thousands of small objects a document looks up a few of) are stored lazily.
    store: ({ patterns: _, triggers: __, ...rest }: Compiled) => ({ ...rest, tails: lazily(rest.tails), cognates: { ...rest.cognates, byInitials: lazily(rest.cognates.byInitials) } }),
    restore: (saved) => ({ ...saved, ...ruleIndexes(saved.lexicon, saved.gazetteer, saved.countries) }),
  });
  if (builtIn) builtInCompiled ??= compiled;
  return {
    name: "organizations",
    version: "0.1.0",
    types: ["organization"],
    requires: ["country"],
    get dataFiles() {
      // countries.json and countries-extra.json: state names for national variants and coordinated names.
      return [...organizationDataFiles(), countryDataFiles[0]!, countryDataFiles[1]!, PERSON_NAMES_PATH, DOCUMENT_CONTEXT_PATH, ORG_EVIDENCE_PATH, FUNCTION_WORDS_PATH, CASELESS_PATH];
    },
    extract: (doc: AnalyzedDocument, layers?: Layers): Mention[] => {
      const lexicons = compiled();
      const country = layers?.country ?? [];
      const found = findOrganizations(doc, lexicons, country)
        .filter((c) => !inMarkup(doc, c, lexicons.lexicon.wireHeaders))
        .map((c) => toMention(c, doc, lexicons));
      // A block written in capitals is read from its copy in ordinary case (upper-blocks.ts).
      const copy = recasedUpperBlocks(doc, () => recasingOf(lexicons));
      if (copy === undefined) return found;
      const taken = new SpanCover(found.filter((m) => inUpperBlock(doc, m.start) || inUpperBlock(doc, m.end - 1)));
      const countryCover = new SpanCover(country);
      const all = findOrganizations(copy, lexicons, country).filter((c) => !inMarkup(copy, c, lexicons.lexicon.wireHeaders) && inUpperBlock(doc, c.start) && !taken.overlaps(c.start, c.end));
      const standing = all.filter((c) => standsInCapitals(doc, copy, c, lexicons, countryCover));
      const inCopy = [...standing, ...namedWithin(doc, copy, all.filter((c) => !standing.includes(c)), lexicons, country)].map((c) => toMention(c, copy, lexicons));
      return [...found, ...inCopy].sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}

/** The extractor with the built-in data only. */
export const organizationExtractor: Extractor = createOrganizationExtractor();

/** The built-in name patterns (for tests: the trigger words' reading against every run's). */
export function builtInNamePatterns(): NamePatterns {
  return builtInCompiled!().patterns;
}
