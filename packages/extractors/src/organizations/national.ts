import { firstAtOrAfter, type AnalyzedDocument, type Mention } from "@procmine/core";
import { documentContext, homeCountry, paragraphStart } from "../context/document-context.js";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import type { Organization } from "./data.js";
import { formKey, nationalCore, romanceNationalCore, type CountryNaming } from "./gazetteer.js";

/**
 * Bare names of national bodies (`the Army`, `the Defense Ministry`, `Congress`) name the body of
 * the country the text is speaking of. The gazetteer's national entries give, for each such core
 * name and country, the canonical body (`Army` + COL -> `Colombian Army`); the country is the
 * nearest one named before the mention in its paragraph, or else in its section (a lead-in such as
 * `PARAGUAY:` counts), or else the one the text names most (by name, or by the listed bodies of
 * that country it names), that has such a body.
 */
export type NationalIndex = Map<string, Map<string, OrgIdentity>>;

/**
 * `Ministry of (National) Defense` is also written `Defense Ministry`, `Ministry of the Interior`
 * `Interior Ministry` or `Ministry of Interior`.
 */
const MINISTRY_OF = /^Ministry of (?:the )?(?:National )?(\p{Lu}\p{L}+)$/u;

export function buildNationalIndex(orgs: readonly Organization[], countries: ReadonlyMap<string, CountryNaming>, impliedTails: readonly string[] = []): NationalIndex {
  const index: NationalIndex = new Map();
  // Added after every listed core, so a country's body named so keeps its own (`Armada` of `Armada de Colombia`).
  const implied: [string, string, OrgIdentity][] = [];
  for (const org of orgs) {
    const naming = org.country ? countries.get(org.country) : undefined;
    if (!naming || !org.country) continue;
    const identity: OrgIdentity = { name: org.name, kind: org.kind, country: org.country };
    if (org.englishName) identity.englishName = org.englishName;
    if (org.acronyms?.[0]) identity.acronym = org.acronyms[0];
    for (const phrase of [org.name, ...(org.aliases ?? [])]) {
      const core = nationalCore(phrase, naming) ?? romanceNationalCore(phrase, naming) ?? withoutImpliedTail(phrase, impliedTails);
      if (!core) continue;
      const bare = withoutImpliedTail(core, impliedTails);
      if (bare) implied.push([formKey(bare), org.country, identity]);
      const ministry = MINISTRY_OF.exec(core);
      for (const form of ministry ? [core, `${ministry[1]} Ministry`, `Ministry of ${ministry[1]}`, `Ministry of the ${ministry[1]}`] : [core]) {
        const key = formKey(form);
        const byCountry = index.get(key) ?? new Map<string, OrgIdentity>();
        // The first listed body of a country keeps the core name (`Army`: the national army).
        if (!byCountry.has(org.country)) byCountry.set(org.country, identity);
        index.set(key, byCountry);
      }
    }
  }
  // Short forms a body's own country uses (`Ministério da Justiça`): cores already, after the listed ones.
  for (const org of orgs) {
    if (!org.country || !org.shortForms || !countries.has(org.country)) continue;
    const identity: OrgIdentity = { name: org.name, kind: org.kind, country: org.country };
    if (org.englishName) identity.englishName = org.englishName;
    if (org.acronyms?.[0]) identity.acronym = org.acronyms[0];
    for (const form of org.shortForms) implied.push([formKey(form), org.country, identity]);
  }
  for (const [key, country, identity] of implied) {
    const byCountry = index.get(key) ?? new Map<string, OrgIdentity>();
    if (!byCountry.has(country)) byCountry.set(country, identity);
    index.set(key, byCountry);
  }
  return index;
}

/**
 * `Ejército` of `Ejército Nacional`, `Fiscalía General` of `Fiscalía General de la Nación`: a
 * Spanish or Portuguese core without the tail that says it is the nation's, which a bare name leaves implied.
 */
function withoutImpliedTail(phrase: string, tails: readonly string[]): string | undefined {
  for (const tail of tails) {
    if (phrase.length > tail.length + 1 && phrase.endsWith(` ${tail}`)) return phrase.slice(0, -tail.length - 1);
  }
  return undefined;
}

/** A country named in the text: where, and which. */
interface Named {
  start: number;
  iso3: string;
}

/**
 * Give bare national names the body of the country in context; other mentions pass unchanged.
 * `countryLayer` is the country mentions of this text (the pipeline's country layer).
 */
export function resolveNational(
  doc: AnalyzedDocument,
  candidates: OrgCandidate[],
  index: NationalIndex,
  speakerNouns: ReadonlySet<string>,
  countryLayer: readonly Mention[],
  namings: ReadonlyMap<string, CountryNaming>,
  /** A bare core name English writes for one state's body (`congress` -> USA), by `formKey`. */
  englishDefaults: ReadonlyMap<string, string> = new Map(),
  /** Per such name, the offices that state's body lacks (`president` of `Congress`), folded. */
  foreignTitles: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): OrgCandidate[] {
  // Every state with a demonym "has" an unlisted ministry (made when an unlisted one is met).
  let anyCountry: Map<string, OrgIdentity> | undefined;
  let countries: Named[] | undefined;
  let mostNamed: string[] | undefined;
  let home: { iso3: string; written: string } | null | undefined;
  // Per core name (its bodies by country), made once: so each mention costs a lookup, not a
  // walk back over every country named before it (a long paragraph names thousands).
  const nearestWithBody = new Map<Map<string, OrgIdentity>, Int32Array>();
  // `A Canadian participant asked`: where a speaker comes from is not what the text speaks of.
  const speaks = (m: Mention) => {
    const next = doc.tokenAt(m.end - 1) + 1;
    return next > 0 && next < doc.tokens.count && !doc.tokens.opensBlock(next) && speakerNouns.has(doc.tokens.key(next));
  };
  return candidates.map((c) => {
    if (c.rule !== "name_pattern" && c.rule !== "gazetteer") return c;
    if (c.country) {
      countries ??= countryLayer.filter((m) => !speaks(m)).map((m) => ({ start: m.start, iso3: String(m.attrs.iso3) }));
      return ofCountryInFocus(doc, c, index, countryLayer, countries, namings);
    }
    // The name as written, or as built for one conjunct of `Ministries of Health and Interior`.
    const written = doc.text.slice(c.start, c.end).replace(/\s+/g, " ");
    const listed = index.get(formKey(written)) ?? (c.name !== written ? index.get(formKey(c.name)) : undefined);
    // An English ministry no entry lists for the country (`the Ministry of Health` in a text on
    // Ecuador) is that country's all the same: it takes the demonym, as a listed one would.
    const unlisted = !listed && c.rule === "name_pattern" && isMinistry(c.name) && doc.langAt(c.start) === "en";
    if (!listed && !unlisted) return c;
    const anyBody = listed ?? (anyCountry ??= new Map([...namings.keys()].map((iso3): [string, OrgIdentity] => [iso3, { name: iso3 }])));
    // `as president of Congress`: an office the English default's body lacks (the United States
    // Congress has no president), so the body is another state's.
    const defaultState = doc.langAt(c.start) === "en" ? englishDefaults.get(formKey(written)) : undefined;
    const foreign = defaultState !== undefined && afterTitle(doc, c.start, foreignTitles.get(formKey(written)));
    const byCountry = foreign ? new Map([...anyBody].filter(([iso3]) => iso3 !== defaultState)) : anyBody;
    countries ??= countryLayer
      .filter((m) => !speaks(m))
      .map((m) => ({ start: m.start, iso3: String(m.attrs.iso3) }));
    // The bodies the text names count for their country too: a text on Mexican cartels that
    // names Colombia more often than Mexico still speaks of Mexico's armed forces.
    mostNamed ??= byFrequency(
      [...countries, ...candidates.flatMap((o) => (o.country ? [{ start: o.start, iso3: o.country }] : []))].sort((a, b) => a.start - b.start),
    );
    let nearest = nearestWithBody.get(byCountry);
    if (!nearest) nearestWithBody.set(byCountry, (nearest = nearestWhere(countries, (iso3) => byCountry.has(iso3))));
    // A country its own sentence names, then the document's own (a U.S. floor statement's `the
    // Army`), then the nearest in its paragraph or section, then the most named.
    const { authorCountry: author, focusCountry: focus } = documentContext(doc, countries);
    // Failing those, the country the text is about when that is plain (a Mexican briefing's
    // `Senado` is Mexico's, listed or not), else the most named country that has such a body.
    // An English name one state's body bears bare (`Congress`) comes next, before a country merely near it.
    const english = foreign ? undefined : defaultState;
    const placed =
      (english !== undefined && byCountry.has(english) ? namedBeside(doc, countryLayer, byCountry, c.start) : countryInSentence(doc, countries, nearest, c.start)) ??
      (author !== undefined && byCountry.has(author) ? author : undefined) ??
      (english !== undefined && byCountry.has(english) ? english : undefined) ??
      countryNear(doc, countries, nearest, c.start, "block") ??
      (focus !== undefined ? (byCountry.has(focus) ? focus : undefined) : countryNear(doc, countries, nearest, c.start, "section"));
    // An English text about a country no entry lists such a body for, which its paragraph names
    // last before it (`Colombian Navy (Armada de Colombia; includes Coast Guard)` in a profile of
    // Colombia): that country's body all the same, named as the listed ones are.
    if (placed === undefined && focus !== undefined && !unlisted && !byCountry.has(focus) && doc.langAt(c.start) === "en" && lastNamedInParagraph(doc, countries, c.start) === focus) {
      return genericBody(doc, c, byCountry, focus, namings, "") ?? c;
    }
    if (placed !== undefined || focus !== undefined) return resolvedAs(c, byCountry, placed, unlisted, namings);
    const borrowed = mostNamed.find((code) => byCountry.has(code));
    // Before another country's body is borrowed, the country the text is plainly about decides:
    // a Dominican release's `Fuerza Aérea` is the Dominican one, listed or not.
    home ??= homeCountry(doc, countryLayer, candidates.flatMap((o) => (o.country && o.rule === "gazetteer" ? [o.country] : []))) ?? null;
    if (!unlisted && borrowed !== undefined && home && home.iso3 !== borrowed) {
      return byCountry.has(home.iso3) ? resolvedAs(c, byCountry, home.iso3, false, namings) : (genericBody(doc, c, byCountry, home.iso3, namings, home.written) ?? c);
    }
    return resolvedAs(c, byCountry, borrowed, unlisted, namings);
  });
}

/** The candidate named as `iso3`'s body: its listed one, or for an unlisted ministry the demonym and the name. */
function resolvedAs(c: OrgCandidate, byCountry: ReadonlyMap<string, OrgIdentity>, iso3: string | undefined, unlisted: boolean, namings: ReadonlyMap<string, CountryNaming>): OrgCandidate {
  if (unlisted) {
    const naming = iso3 ? namings.get(iso3) : undefined;
    return naming && iso3 ? { ...c, name: `${naming.demonym} ${c.name}`, kind: c.kind ?? "government", country: iso3 } : c;
  }
  const body = iso3 ? byCountry.get(iso3) : undefined;
  return body ? { ...c, ...body, start: c.start, end: c.end, rule: c.rule } : c;
}

/**
 * A national body of a country the gazetteer lists none for, named from the country the way the
 * listed bodies of that core name are: `Central Bank of Trinidad and Tobago` as `Central Bank of
 * Venezuela`, `Haitian Army` as `Colombian Army`; in Spanish or Portuguese, `core de` and the
 * text's own spelling of the country (`Fuerza Aérea de República Dominicana`).
 */
function genericBody(doc: AnalyzedDocument, c: OrgCandidate, byCountry: ReadonlyMap<string, OrgIdentity>, iso3: string, namings: ReadonlyMap<string, CountryNaming>, written: string): OrgCandidate | undefined {
  const english = doc.langAt(c.start) === "en";
  const home = namings.get(iso3);
  if (english ? !home : !written) return undefined;
  const key = formKey(doc.text.slice(c.start, c.end));
  // The core as a listed body spells it (`Central Bank` for `CENTRAL Bank`), and whether the
  // country comes after it (`... of Venezuela`) or before it (`Colombian ...`).
  let core: string | undefined;
  let after = true;
  for (const [code, body] of byCountry) {
    const naming = namings.get(code);
    if (!naming || core !== undefined) continue;
    for (const name of english ? [body.englishName ?? body.name, body.name] : [body.name]) {
      const found = nationalCore(name, naming) ?? (english ? undefined : romanceNationalCore(name, naming));
      if (found === undefined || formKey(found) !== key) continue;
      core = found;
      after = !name.startsWith(`${naming.demonym} `) && !name.startsWith(`${naming.name} `);
      break;
    }
  }
  core ??= c.name;
  const name = !english ? `${core} de ${written}` : after ? `${core} of ${home!.name}` : `${home!.demonym} ${core}`;
  const out: OrgCandidate = { ...c, name, country: iso3 };
  const kind = c.kind ?? [...byCountry.values()][0]?.kind;
  if (kind) out.kind = kind;
  return out;
}

/** Kinds of a state's own bodies: the ones whose generic names (`Policía Federal`) many states share. */
const STATE_KINDS: ReadonlySet<string> = new Set(["government", "military", "police"]);

/**
 * A listed body with a generic name and no country in it (`Secretaría de Seguridad`, Honduras's;
 * `Polícia Federal`, Brazil's) names that body only where its country is in view: in a text about
 * another country (its focus), unless the mention's paragraph names the listed country, it is the
 * focus country's body of that name (listed or, if none is, the name as written).
 */
function ofCountryInFocus(doc: AnalyzedDocument, c: OrgCandidate, index: NationalIndex, countryLayer: readonly Mention[], countries: readonly Named[], namings: ReadonlyMap<string, CountryNaming>): OrgCandidate {
  if (!c.kind || !STATE_KINDS.has(c.kind) || !namings.has(c.country!)) return c;
  const written = doc.text.slice(c.start, c.end).replace(/\s+/g, " ");
  // A proper name (`Itamaraty`, `Sedena`) or a name with its country in it is no generic name.
  if (!written.includes(" ") || written === written.toUpperCase() || countryLayer.some((m) => m.start < c.end && m.end > c.start)) return c;
  // A translated alias (`Departamento de Estado`) names one foreign body; only the body's own
  // official name, or its core, is a name other states of its language use too.
  const listedCore = index.get(formKey(written))?.has(c.country!) === true;
  if (formKey(written) !== formKey(c.name) && !listedCore) return c;
  const focus = documentContext(doc, countries).focusCountry;
  if (focus === undefined) return namedInstead(c, written, index, countries);
  if (focus === c.country) return c;
  const from = paragraphStart(doc, c.start);
  const to = doc.blockAt(c.start)?.end ?? c.end;
  if (countries.some((n) => n.iso3 === c.country && n.start >= from && n.start < Math.min(to, c.end + (c.start - from)))) return c;
  const body = index.get(formKey(written))?.get(focus);
  if (body) return { ...c, ...body, start: c.start, end: c.end, rule: c.rule };
  const bare: OrgCandidate = { name: written, start: c.start, end: c.end, rule: c.rule };
  if (c.kind) bare.kind = c.kind;
  return bare;
}

/**
 * With no country in focus, a generic name listed for a state the text never names (Mexico's
 * `Policía Federal` in a report that names only Argentina) is the body of that name of the first
 * state the text names that has one; a text that names the listed state keeps it.
 */
function namedInstead(c: OrgCandidate, written: string, index: NationalIndex, countries: readonly Named[]): OrgCandidate {
  if (countries.some((n) => n.iso3 === c.country)) return c;
  const byCountry = index.get(formKey(written));
  const other = byCountry && countries.find((n) => byCountry.has(n.iso3));
  const body = other ? byCountry!.get(other.iso3) : undefined;
  return body ? { ...c, ...body, start: c.start, end: c.end, rule: c.rule } : c;
}

/** `Ministry of Health`, `Health Ministry`: one ministry of one state, whose name says only its task. */
function isMinistry(written: string): boolean {
  return MINISTRY_OF.test(written) || /^\p{Lu}\p{L}+ Ministry$/u.test(written);
}

/**
 * For a bare name English gives one state's body (`Congress`), the state named right before it in
 * its sentence (`Guatemala's Congress`, `the Congress of Guatemala` is a name of its own): by name,
 * not by a demonym of another noun (`an incursion into Honduran territory … helped to sway
 * Congress`), and near it (`NEAR_NAME` characters: a sentence the segmenter could not end, as in
 * escaped markup, is no clause).
 */
function namedBeside(doc: AnalyzedDocument, countryLayer: readonly Mention[], byCountry: ReadonlyMap<string, OrgIdentity>, pos: number): string | undefined {
  const sentence = doc.sentenceAt(pos);
  const from = Math.max(sentence?.start ?? pos, pos - NEAR_NAME);
  let found: string | undefined;
  // The layer is in text order (as `countryInSentence` takes it): only the mentions from `from` to `pos`.
  for (let k = firstAtOrAfter(countryLayer, from, (m) => m.start); k < countryLayer.length && countryLayer[k]!.start <= pos; k++) {
    const m = countryLayer[k]!;
    if (m.end > pos || m.rule === "demonym") continue;
    const iso3 = String(m.attrs.iso3);
    if (byCountry.has(iso3)) found = iso3;
  }
  return found;
}

/** How far before a bare English default name its state may be named (characters). */
const NEAR_NAME = 120;

/** For each country named, the index of the last one at or before it that passes `ok` (or -1). */
function nearestWhere(countries: readonly Named[], ok: (iso3: string) => boolean): Int32Array {
  const out = new Int32Array(countries.length);
  let last = -1;
  for (let i = 0; i < countries.length; i++) {
    if (ok(countries[i]!.iso3)) last = i;
    out[i] = last;
  }
  return out;
}

/** The nearest country with such a body named before `pos` in the mention's own sentence. */
function countryInSentence(doc: AnalyzedDocument, countries: readonly Named[], nearest: Int32Array, pos: number): string | undefined {
  const k = firstAtOrAfter(countries, pos, (c) => c.start) - 1;
  const j = k >= 0 ? nearest[k]! : -1;
  const sentence = doc.sentenceAt(pos);
  return j >= 0 && sentence !== undefined && countries[j]!.start >= sentence.start ? countries[j]!.iso3 : undefined;
}

/**
 * The country a bare national name at `pos` belongs to by place: the nearest one named before it
 * that has such a body (`nearest`), if it is named in the mention's block or section. Every
 * country named between it and the mention is then in that block or section too, so this is the
 * first with a body of those named there, nearest first. After it comes the text's most named
 * country that has such a body (the country a seminar is about).
 */
/** The country named last before `pos` in its paragraph, if any. */
function lastNamedInParagraph(doc: AnalyzedDocument, countries: readonly Named[], pos: number): string | undefined {
  const k = firstAtOrAfter(countries, pos, (c) => c.start) - 1;
  return k >= 0 && countries[k]!.start >= paragraphStart(doc, pos) ? countries[k]!.iso3 : undefined;
}

function countryNear(doc: AnalyzedDocument, countries: readonly Named[], nearest: Int32Array, pos: number, within: "block" | "section"): string | undefined {
  const k = firstAtOrAfter(countries, pos, (c) => c.start) - 1;
  const j = k >= 0 ? nearest[k]! : -1;
  if (j < 0) return undefined;
  const c = countries[j]!;
  if (c.start >= paragraphStart(doc, pos)) return c.iso3;
  if (within === "block") return undefined;
  const section = doc.sectionAt(doc.map.rawIndex(pos));
  // Only a section opened in this text: an earlier window's offsets are not this one's.
  const local = section !== undefined && doc.sections[section.index] === section;
  return local && doc.map.rawIndex(c.start) >= section.rawStart ? c.iso3 : undefined;
}

/** Every country of the text, most named first; ties go to the one named first. */
function byFrequency(countries: readonly Named[]): string[] {
  const frequency = new Map<string, number>();
  for (const c of countries) frequency.set(c.iso3, (frequency.get(c.iso3) ?? 0) + 1);
  // Map keys keep first-seen order, and the sort is stable.
  return [...frequency.keys()].sort((a, b) => frequency.get(b)! - frequency.get(a)!);
}

/** `president of (the) Congress`: one of `titles`, `of` and at most an article right before `start`, in its block (three tokens back at most). */
function afterTitle(doc: AnalyzedDocument, start: number, titles: ReadonlySet<string> | undefined): boolean {
  if (titles === undefined || titles.size === 0) return false;
  const t = doc.tokens;
  let k = doc.tokenAt(start) - 1;
  if (k >= 0 && t.key(k) === "the" && !t.opensBlock(k + 1)) k--;
  if (k < 1 || t.key(k) !== "of" || t.opensBlock(k + 1) || t.opensBlock(k)) return false;
  return titles.has(t.key(k - 1));
}
