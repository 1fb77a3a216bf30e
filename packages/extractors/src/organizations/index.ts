import { foldKey, once, type AnalyzedDocument, type Extractor, type Mention } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import { findDefinitions, findUses, type LongFormOracle } from "./acronyms.js";
import { organizationDataFiles, organizations, orgPatterns } from "./data.js";
import { countryData, countryDataFiles } from "../countries/data.js";
import { compileGazetteer, formKey, sameAsListed, type CountryNaming } from "./gazetteer.js";
import { buildLexicon, type OrgLexicon } from "./lexicon.js";
import { NamePatterns } from "./name-patterns.js";
import { buildTailIndex, resolveElliptical } from "./elliptical.js";
import { buildNationalIndex, resolveNational } from "./national.js";
import { PERSON_NAMES_PATH, separatePersons } from "./persons.js";
import { ORG_EVIDENCE_PATH, reportedSources } from "./reported.js";
import { DOCUMENT_CONTEXT_PATH } from "../context/document-context.js";
import { reconcilePatterns, selectMentions } from "./resolve.js";

// Three sources of evidence: the gazetteer, the document's own acronym definitions, and
// head-word name patterns for organizations no list knows.

/** Each state's short name and adjective, for the national variants of listed names. */
function countryNamings(): Map<string, CountryNaming> {
  const out = new Map<string, CountryNaming>();
  for (const c of countryData().countries.countries) {
    const demonym = c.demonyms[0];
    if (demonym) out.set(c.iso3, { name: c.common, demonym });
  }
  return out;
}

/** Every country name, short form and demonym, folded, for splitting coordinated names. */
function countryForms(): Set<string> {
  const { countries, extra } = countryData();
  const out = new Set<string>();
  for (const c of countries.countries) for (const f of [...c.names, ...c.abbreviations, ...c.demonyms]) out.add(formKey(f));
  for (const e of Object.values(extra.countries)) {
    for (const f of [...(e.names ?? []), ...(e.shortNames ?? []), ...(e.shortForms ?? []), ...(e.demonyms ?? [])]) out.add(formKey(f));
  }
  return out;
}

const compiled = once(() => {
  const namings = countryNamings();
  const gazetteer = compileGazetteer(organizations(), namings);
  const lexicon = buildLexicon(orgPatterns());
  const national = buildNationalIndex(organizations(), namings);
  const tails = buildTailIndex(organizations());
  return { gazetteer, lexicon, national, tails, patterns: new NamePatterns(lexicon, gazetteer.byForm, countryForms()) };
});

function hasHead(lex: OrgLexicon, phrase: string): boolean {
  return phrase.split(/[\s-]+/).some((w) => lex.heads.has(foldKey(w)));
}

export function findOrganizations(doc: AnalyzedDocument): OrgCandidate[] {
  const { gazetteer, lexicon, national, tails, patterns } = compiled();
  const listed: OrgCandidate[] = gazetteer.matcher
    .matchAll(doc)
    .map((m) => ({ ...m.value, start: m.start, end: m.end, rule: "gazetteer" as const }));
  const named = reconcilePatterns(doc.text, separatePersons(doc, lexicon, patterns.find(doc)), listed, (from, to) => hasHead(lexicon, doc.text.slice(from, to)));

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
    hasHead: (phrase) => hasHead(lexicon, phrase),
    isSource: (phrase, short) => reportedSources(doc).has(formKey(phrase)) || reportedSources(doc).has(formKey(short)),
  };
  const defined = findDefinitions(doc, oracle).map((d) => {
    const listed = sameAsListed(gazetteer, d.short, d.identity.name);
    if (!listed) return d;
    return { ...d, identity: listed, mentions: d.mentions.map((m) => ({ ...m, ...listed, start: m.start, end: m.end, rule: m.rule })) };
  });
  const fromDefinitions = [...defined.flatMap((d) => d.mentions), ...findUses(doc, defined)];
  const resolved = resolveNational(doc, selectMentions([...fromDefinitions, ...known]), national, lexicon.speakerNouns);
  return resolveElliptical(doc.text, resolved, tails);
}

function longest(cs: OrgCandidate[]): OrgCandidate | undefined {
  return cs.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

function toMention(c: OrgCandidate): Mention {
  const attrs: Record<string, unknown> = { name: c.name };
  if (c.kind) attrs.kind = c.kind;
  if (c.country) attrs.country = c.country;
  if (c.acronym) attrs.acronym = c.acronym;
  return { type: "organization", start: c.start, end: c.end, attrs, rule: c.rule };
}

export const organizationExtractor: Extractor = {
  name: "organizations",
  version: "0.1.0",
  types: ["organization"],
  get dataFiles() {
    return [...organizationDataFiles(), countryDataFiles[0]!, PERSON_NAMES_PATH, DOCUMENT_CONTEXT_PATH, ORG_EVIDENCE_PATH];
  },
  extract(doc: AnalyzedDocument): Mention[] {
    return findOrganizations(doc).map(toMention);
  },
};
