import { foldKey, type Language } from "@procmine/core";
import type { CountryData } from "./data.js";

export type CountryRule = "name" | "short_form" | "demonym";
export type CaseRule = "exact" | "capitalized" | "insensitive";

/** A form that names a state. `ambiguous` lists the states it may name instead of `iso3`. */
export interface CountryForm {
  kind: "country";
  /** The phrase's form key, for the context rules' word lists. */
  key: string;
  iso3: string;
  rule: CountryRule;
  case: CaseRule;
  /** A single word short name that is weaker evidence than a full name (`Salvador`). */
  shortName: boolean;
  alternatives?: readonly string[];
  /** A Spanish or Portuguese demonym, matched in any case: lower case only counts outside English paragraphs. */
  romance?: boolean;
  /** A short form that names the state only in a paragraph of this language (Spanish `EU`: the European Union in English). */
  language?: Language;
  /** A real word read as the name misspelled (`Columbia`): the state only listed beside another state. */
  listedOnly?: boolean;
  /** A demonym that capitalized names something else (the Venezuelan state `Portuguesa`): the state only in lower case. */
  lowerOnly?: boolean;
}

/** A region, city or feature whose name holds a country form: it blocks that form. */
export interface RegionForm {
  kind: "region";
  category: string;
}

export type LexiconValue = CountryForm | RegionForm;

export interface LexiconEntry {
  phrase: string;
  value: LexiconValue;
  case: CaseRule;
}

/** Lower case, no diacritics (core's foldKey), single spaces: two forms with one key are one form. */
export function foldPhrase(phrase: string): string {
  return foldKey(phrase).replace(/\s+/g, " ").trim();
}

// Lower number wins when two states claim one form: curated extra data first, then English
// forms of sovereign states, then of territories, then Spanish/Portuguese names.
const enum Priority {
  /** The researcher's own forms (`--data`) win over every built-in one. */
  User = -1,
  Extra = 0,
  English = 1,
  TerritoryEnglish = 2,
  Foreign = 3,
  TerritoryForeign = 4,
}

interface FormCandidate {
  phrase: string;
  form: CountryForm;
  priority: Priority;
}

function candidate(phrase: string, iso3: string, rule: CountryRule, priority: Priority, shortName = false): FormCandidate {
  const caseRule: CaseRule = rule === "short_form" && !shortName ? "exact" : "capitalized";
  return { phrase, priority, form: { kind: "country", key: foldPhrase(phrase), iso3, rule, case: caseRule, shortName } };
}

function generatedCandidates(data: CountryData): FormCandidate[] {
  const out: FormCandidate[] = [];
  for (const c of data.countries.countries) {
    const english = c.independent ? Priority.English : Priority.TerritoryEnglish;
    const foreign = c.independent ? Priority.Foreign : Priority.TerritoryForeign;
    for (const n of c.names) out.push(candidate(n, c.iso3, "name", english));
    for (const a of c.abbreviations) out.push(candidate(a, c.iso3, "short_form", english));
    for (const d of c.demonyms) out.push(candidate(d, c.iso3, "demonym", english));
    // A territory's name is often a description (`Caribe Neerlandés`): in lower case, a region.
    for (const f of c.foreign) for (const spelling of c.independent ? foreignSpellings(f, data.articles) : [f]) out.push(candidate(spelling, c.iso3, "name", foreign));
  }
  return out;
}

/**
 * A Spanish or Portuguese name as written, and with its later words in any case: those languages
 * often write `Estados unidos`, `Reino unido`. The matcher asks a capital only of the entry words
 * that have one, so the later words are entered in lower case. Not after an article: `El
 * salvador` opening a sentence is a saviour.
 */
function foreignSpellings(name: string, articles: ReadonlySet<string>): string[] {
  const space = name.indexOf(" ");
  if (space < 0 || articles.has(foldPhrase(name.slice(0, space)))) return [name];
  const anyCase = name.slice(0, space) + name.slice(space).toLowerCase();
  return anyCase === name ? [name] : [name, anyCase];
}

function extraCandidates(data: CountryData): FormCandidate[] {
  const out: FormCandidate[] = [];
  for (const [iso3, e] of Object.entries(data.extra.countries)) {
    for (const n of e.names ?? []) out.push(candidate(n, iso3, "name", Priority.Extra));
    for (const n of e.shortNames ?? []) out.push(candidate(n, iso3, "short_form", Priority.Extra, true));
    for (const s of e.shortForms ?? []) out.push(candidate(s, iso3, "short_form", Priority.Extra));
    for (const s of e.ownLanguageShortForms ?? []) out.push(ownLanguageCandidate(s, iso3, "en"));
    for (const d of e.demonyms ?? []) out.push(candidate(d, iso3, "demonym", Priority.Extra));
  }
  return out;
}

/** Spanish and Portuguese sections: names as names, demonyms in any case (`mexicanos`, `Brasileira`). */
function romanceCandidates(data: CountryData): FormCandidate[] {
  const out: FormCandidate[] = [];
  data.romance.forEach((section, i) => {
    for (const [iso3, e] of Object.entries(section.countries ?? {})) {
      for (const n of e?.names ?? []) for (const spelling of foreignSpellings(n, data.articles)) out.push(candidate(spelling, iso3, "name", Priority.Extra));
      for (const s of e?.shortForms ?? []) out.push(candidate(s, iso3, "short_form", Priority.Extra));
      for (const s of e?.ownLanguageShortForms ?? []) out.push(ownLanguageCandidate(s, iso3, ROMANCE_LANGUAGES[i]!));
      for (const d of e?.demonyms ?? []) out.push(romanceDemonym(d, iso3));
      for (const d of e?.ownLanguageDemonyms ?? []) {
        const c = romanceDemonym(d, iso3);
        c.form.language = ROMANCE_LANGUAGES[i]!;
        out.push(c);
      }
    }
  });
  return out;
}

/** A Spanish or Portuguese demonym: in any case, in a Spanish or Portuguese paragraph only. */
function romanceDemonym(phrase: string, iso3: string): FormCandidate {
  const c = candidate(phrase, iso3, "demonym", Priority.Extra);
  c.form.case = "insensitive";
  c.form.romance = true;
  return c;
}

/** The languages of `CountryData.romance`'s sections, in order. */
const ROMANCE_LANGUAGES: readonly Language[] = ["es", "pt"];

function ownLanguageCandidate(phrase: string, iso3: string, language: Language): FormCandidate {
  const c = candidate(phrase, iso3, "short_form", Priority.Extra);
  c.form.language = language;
  return c;
}

/** A researcher's forms, by state: `names` (name rule) and `demonyms`. */
export type UserCountryForms = Readonly<Record<string, { readonly names: readonly string[]; readonly demonyms: readonly string[] }>>;

function userCandidates(user: UserCountryForms): FormCandidate[] {
  const out: FormCandidate[] = [];
  for (const [iso3, forms] of Object.entries(user)) {
    for (const n of forms.names) out.push(candidate(n, iso3, "name", Priority.User));
    for (const d of forms.demonyms) out.push(candidate(d, iso3, "demonym", Priority.User));
  }
  return out;
}

/** Forms shared by states (`Korea`, `Dominican`) resolve later, per document. */
function ambiguousForms(data: CountryData): Map<string, FormCandidate> {
  const out = new Map<string, FormCandidate>();
  for (const g of data.extra.ambiguous.groups) {
    const add = (phrase: string, rule: CountryRule) => {
      const c = candidate(phrase, g.default, rule, Priority.Extra);
      c.form.alternatives = g.alternatives;
      out.set(foldPhrase(phrase), c);
    };
    g.names.forEach((n) => add(n, "name"));
    g.demonyms.forEach((d) => add(d, "demonym"));
  }
  return out;
}

/**
 * Resolve every form to one state: per form key, the best priority wins; a tie between two
 * states at the best priority drops the form (it cannot be told apart without more data).
 */
function resolveCountryForms(data: CountryData, user: UserCountryForms): FormCandidate[] {
  const mine = userCandidates(user);
  const userKeys = new Set(mine.map((c) => foldPhrase(c.phrase)));
  // A user form is neither blocked nor ambiguous: the researcher said which state it names.
  const blocked = new Set(data.extra.blockedForms.forms.map(foldPhrase));
  const listed = new Set(data.extra.blockedForms.listed.map(foldPhrase));
  const capitalized = new Set(data.extra.blockedForms.capitalized.map(foldPhrase));
  const ambiguous = ambiguousForms(data);
  for (const key of userKeys) ambiguous.delete(key);
  const byKey = new Map<string, FormCandidate[]>();
  for (const c of [...mine, ...extraCandidates(data), ...romanceCandidates(data), ...generatedCandidates(data)]) {
    const key = foldPhrase(c.phrase);
    if (c.priority !== Priority.User && listed.has(key)) c.form.listedOnly = true;
    else if (c.priority !== Priority.User && capitalized.has(key)) {
      // Only a Spanish or Portuguese demonym is written in lower case.
      if (c.form.romance !== true) continue;
      c.form.lowerOnly = true;
    }
    else if (c.priority !== Priority.User && (blocked.has(key) || ambiguous.has(key))) continue;
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  const out: FormCandidate[] = [...ambiguous.values()];
  for (const list of byKey.values()) {
    const best = Math.min(...list.map((c) => c.priority));
    const winners = new Set(list.filter((c) => c.priority === best).map((c) => c.form.iso3));
    if (winners.size > 1) continue;
    // Every spelling of the winning state stays, whatever its priority: a matcher entry matches its
    // own spelling, so `Afganistán` must not give way to `Afġānistān` though both fold to one key.
    let top = list.filter((c) => winners.has(c.form.iso3));
    // A Spanish or Portuguese demonym matched in any case covers its capitalized spelling.
    if (top.some((c) => c.form.romance)) top = top.filter((c) => c.form.romance);
    // Keep every spelling once (`Perú` and `Peru` fold to one key).
    const seen = new Set<string>();
    for (const c of top) {
      if (seen.has(c.phrase)) continue;
      seen.add(c.phrase);
      out.push(c);
    }
  }
  return out;
}

/**
 * A region's name blocks the country form in it however its later words are written: Spanish and
 * Portuguese often write `América latina`, `América do sul`. The matcher asks a capital only of
 * the entry words that have one, so the later words are entered in lower case.
 */
function laterWordsAnyCase(phrase: string): string {
  const space = phrase.indexOf(" ");
  return space < 0 ? phrase : phrase.slice(0, space) + phrase.slice(space).toLowerCase();
}

/**
 * Every phrase the country matcher compiles: country forms and the regions that block them.
 * A region spelled like a country form (`Central African`) replaces that form.
 */
export function buildLexicon(data: CountryData, user: UserCountryForms = {}): LexiconEntry[] {
  const resolved = resolveCountryForms(data, user);
  const userKeys = new Set(resolved.filter((c) => c.priority === Priority.User).map((c) => c.form.key));
  const regions: LexiconEntry[] = Object.entries(data.regions.regions).flatMap(([category, phrases]) =>
    phrases
      .filter((phrase) => !userKeys.has(foldPhrase(phrase)))
      .map((phrase): LexiconEntry => ({ phrase: laterWordsAnyCase(phrase), value: { kind: "region", category }, case: "capitalized" })),
  );
  const regionKeys = new Set(regions.map((r) => foldPhrase(r.phrase)));
  const countries: LexiconEntry[] = resolved
    .filter((c) => !regionKeys.has(c.form.key))
    .map((c) => ({ phrase: c.phrase, value: c.form, case: c.form.case }));
  return [...countries, ...regions].sort((a, b) => (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));
}
