import { foldKey, once, type AnalyzedDocument, type Extractor, type Mention } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import { findDefinitions, findUses, type LongFormOracle } from "./acronyms.js";
import { organizationDataFiles, organizations, orgPatterns } from "./data.js";
import { compileGazetteer, sameAsListed } from "./gazetteer.js";
import { buildLexicon, type OrgLexicon } from "./lexicon.js";
import { NamePatterns } from "./name-patterns.js";
import { reconcilePatterns, selectMentions } from "./resolve.js";

// Three sources of evidence: the gazetteer, the document's own acronym definitions, and
// head-word name patterns for organizations no list knows.

const compiled = once(() => {
  const gazetteer = compileGazetteer(organizations());
  const lexicon = buildLexicon(orgPatterns());
  return { gazetteer, lexicon, patterns: new NamePatterns(lexicon, gazetteer.byForm) };
});

function hasHead(lex: OrgLexicon, phrase: string): boolean {
  return phrase.split(/[\s-]+/).some((w) => lex.heads.has(foldKey(w)));
}

export function findOrganizations(doc: AnalyzedDocument): OrgCandidate[] {
  const { gazetteer, lexicon, patterns } = compiled();
  const listed: OrgCandidate[] = gazetteer.matcher
    .matchAll(doc)
    .map((m) => ({ ...m.value, start: m.start, end: m.end, rule: "gazetteer" as const }));
  const named = reconcilePatterns(patterns.find(doc), listed, (from, to) => hasHead(lexicon, doc.text.slice(from, to)));

  const known = [...listed, ...named];
  const oracle: LongFormOracle = {
    endingAt: (end) => longest(known.filter((c) => c.end === end)),
    spanning: (start, end) => known.find((c) => c.start === start && c.end === end),
    hasHead: (phrase) => hasHead(lexicon, phrase),
  };
  const defined = findDefinitions(doc, oracle).map((d) => {
    const listed = sameAsListed(gazetteer, d.short, d.identity.name);
    if (!listed) return d;
    return { ...d, identity: listed, mentions: d.mentions.map((m) => ({ ...m, ...listed, start: m.start, end: m.end, rule: m.rule })) };
  });
  const fromDefinitions = defined.flatMap((d) => [...d.mentions, ...findUses(doc, d)]);
  return selectMentions([...fromDefinitions, ...known]);
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
    return organizationDataFiles();
  },
  extract(doc: AnalyzedDocument): Mention[] {
    return findOrganizations(doc).map(toMention);
  },
};
