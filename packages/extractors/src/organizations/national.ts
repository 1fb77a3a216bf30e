import { firstAtOrAfter, type AnalyzedDocument } from "@procmine/core";
import { documentContext } from "../context/document-context.js";
import { countryMatches, type CountryMatch } from "../countries/index.js";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import type { Organization } from "./data.js";
import { formKey, nationalCore, type CountryNaming } from "./gazetteer.js";

/**
 * Bare names of national bodies (`the Army`, `the Defense Ministry`, `Congress`) name the body of
 * the country the text is speaking of. The gazetteer's national entries give, for each such core
 * name and country, the canonical body (`Army` + COL -> `Colombian Army`); the country is the
 * nearest one named before the mention in its paragraph, or else in its section (a lead-in such as
 * `PARAGUAY:` counts), or else the one the text names most, that has such a body.
 */
export type NationalIndex = Map<string, Map<string, OrgIdentity>>;

/** `Ministry of (National) Defense` is also written `Defense Ministry`, `Ministry of the Interior` `Interior Ministry`. */
const MINISTRY_OF = /^Ministry of (?:the )?(?:National )?(\p{Lu}\p{L}+)$/u;

export function buildNationalIndex(orgs: readonly Organization[], countries: ReadonlyMap<string, CountryNaming>): NationalIndex {
  const index: NationalIndex = new Map();
  for (const org of orgs) {
    const naming = org.country ? countries.get(org.country) : undefined;
    if (!naming || !org.country) continue;
    const identity: OrgIdentity = { name: org.name, kind: org.kind, country: org.country };
    if (org.acronyms?.[0]) identity.acronym = org.acronyms[0];
    for (const phrase of [org.name, ...(org.aliases ?? [])]) {
      const core = nationalCore(phrase, naming);
      if (!core) continue;
      const ministry = MINISTRY_OF.exec(core);
      for (const form of ministry ? [core, `${ministry[1]} Ministry`] : [core]) {
        const key = formKey(form);
        const byCountry = index.get(key) ?? new Map<string, OrgIdentity>();
        // The first listed body of a country keeps the core name (`Army`: the national army).
        if (!byCountry.has(org.country)) byCountry.set(org.country, identity);
        index.set(key, byCountry);
      }
    }
  }
  return index;
}

/** Give bare national names the body of the country in context; other mentions pass unchanged. */
export function resolveNational(doc: AnalyzedDocument, candidates: OrgCandidate[], index: NationalIndex, speakerNouns: ReadonlySet<string>): OrgCandidate[] {
  let countries: { start: number; iso3: string }[] | undefined;
  let mostNamed: string[] | undefined;
  // `A Canadian participant asked`: where a speaker comes from is not what the text speaks of.
  const speaks = (m: CountryMatch) =>
    m.endToken < doc.tokens.count && !doc.tokens.opensBlock(m.endToken) && speakerNouns.has(doc.tokens.key(m.endToken));
  return candidates.map((c) => {
    if (c.country || (c.rule !== "name_pattern" && c.rule !== "gazetteer")) return c;
    const byCountry = index.get(formKey(doc.text.slice(c.start, c.end)));
    if (!byCountry) return c;
    countries ??= countryMatches(doc)
      .filter((m) => !speaks(m))
      .map((m) => ({ start: m.start, iso3: m.value.iso3 }));
    mostNamed ??= byFrequency(countries);
    // A country its own sentence names, then the document's own (a U.S. floor statement's `the
    // Army`), then the nearest in its paragraph or section, then the most named.
    const near = countriesNear(doc, countries, c.start);
    const sentence = doc.sentenceAt(c.start);
    const inSentence = sentence ? near.slice(0, countriesBetween(countries, sentence.start, c.start)) : [];
    const author = documentContext(doc).authorCountry;
    const iso3 = [...inSentence, ...(author ? [author] : []), ...near, ...mostNamed].find((code) => byCountry.has(code));
    const body = iso3 ? byCountry.get(iso3) : undefined;
    return body ? { ...c, ...body, start: c.start, end: c.end, rule: c.rule } : c;
  });
}

/**
 * The countries a bare national name may belong to by place, nearest first: those named before
 * `pos` in its block, then in its section. After them come all the text's countries, most named
 * first (the country a seminar is about); the first one that has such a body wins.
 */
function countriesNear(doc: AnalyzedDocument, countries: { start: number; iso3: string }[], pos: number): string[] {
  const out: string[] = [];
  const k = firstAtOrAfter(countries, pos, (c) => c.start) - 1;
  const block = doc.blockAt(pos);
  const section = doc.sectionAt(doc.map.rawIndex(pos));
  // Only a section opened in this text: an earlier window's offsets are not this one's.
  const local = section !== undefined && doc.sections[section.index] === section;
  for (let i = k; i >= 0; i--) {
    const c = countries[i]!;
    const inBlock = block !== undefined && c.start >= block.start;
    const inSection = local && doc.map.rawIndex(c.start) >= section.rawStart;
    if (!inBlock && !inSection) break;
    out.push(c.iso3);
  }
  return out;
}

/** How many of the text's countries are named from `from` up to `pos`. */
function countriesBetween(countries: { start: number }[], from: number, pos: number): number {
  return firstAtOrAfter(countries, pos, (c) => c.start) - firstAtOrAfter(countries, from, (c) => c.start);
}

/** Every country of the text, most named first; ties go to the one named first. */
function byFrequency(countries: { start: number; iso3: string }[]): string[] {
  const frequency = new Map<string, number>();
  for (const c of countries) frequency.set(c.iso3, (frequency.get(c.iso3) ?? 0) + 1);
  // Map keys keep first-seen order, and the sort is stable.
  return [...frequency.keys()].sort((a, b) => frequency.get(b)! - frequency.get(a)!);
}

