import { foldKey, PhraseMatcher, tokenize, type PhraseEntry } from "@procmine/core";
import type { OrgIdentity } from "./candidate.js";
import type { Organization, OrgPatterns } from "./data.js";

/** org-patterns.json `sameBody`: when a text's long form names a listed body. */
export type SameBodyLimits = OrgPatterns["sameBody"];

/** The compiled gazetteer: a phrase matcher plus a lookup of every known form by folded text. */
export interface Gazetteer {
  matcher: PhraseMatcher<OrgIdentity>;
  /** Folded name, alias or acronym -> identity (for names built by rules, e.g. `Department of State`). */
  byForm: Map<string, OrgIdentity>;
  /** Case-exact acronym -> identity. */
  byAcronym: Map<string, OrgIdentity>;
  /**
   * A listed form spelled as written -> its body, for forms whose folded text another body's form
   * shares (`Policía Federal`, Mexico's, and `Polícia Federal`, Brazil's): the matcher folds accents,
   * so the spelling the text writes tells the two apart.
   */
  bySpelling: Map<string, OrgIdentity>;
}

const formKeys = new Map<string, string>();

/** Folded token sequence, so `U.S.  Coast Guard` and `U.S. Coast Guard` share a key. */
export function formKey(phrase: string): string {
  // Names recur from document to document: tokenize each spelling once.
  let key = formKeys.get(phrase);
  if (key === undefined) {
    key = tokenize(phrase).map(foldKey).join(" ");
    formKeys.set(phrase, key);
  }
  return key;
}

/** How a country is written before or after a body's name (`Colombian Army`, `Army of Colombia`). */
export interface CountryNaming {
  /** Short English name: `Colombia`, `Dominican Republic`. */
  name: string;
  /** Adjective: `Colombian`. */
  demonym: string;
  /** Spanish and Portuguese names (`México`, `Perú`) and adjectives in every inflection (`mexicano`, `brasileira`). */
  romanceNames?: readonly string[];
  romanceDemonyms?: readonly string[];
}

/** British and American spellings that name one body either way (`Defence Force`, `Defense Force`). */
const SPELLING_PAIRS: readonly (readonly [RegExp, string])[] = [
  [/\bDefence\b/g, "Defense"],
  [/\bDefense\b/g, "Defence"],
  [/\bOrganisation\b/g, "Organization"],
  [/\bOrganization\b/g, "Organisation"],
  [/\bCentre\b/g, "Center"],
  [/\bCenter\b/g, "Centre"],
  [/\bLabour\b/g, "Labor"],
  [/\bProgramme\b/g, "Program"],
  [/\bOrganised\b/g, "Organized"],
  [/\bOrganized\b/g, "Organised"],
];

/** Any word of `SPELLING_PAIRS`. */
const ANY_SPELLING = /\b(?:Defen[cs]e|Organi[sz](?:ation|ed)|Cent(?:re|er)|Labou?r|Programm?e?)\b/;

/** A phrase as a regular expression that matches it literally. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A country's patterns, compiled once per country rather than once per name: a gazetteer of
 * thousands of names would otherwise compile thousands of Unicode regular expressions at start.
 */
const nationalPatterns = new WeakMap<CountryNaming, { of: RegExp; before: RegExp; romanceOf?: RegExp; romanceAfter?: RegExp }>();

function patternsOf(country: CountryNaming) {
  let p = nationalPatterns.get(country);
  if (!p) {
    const c = escape(country.name);
    const d = escape(country.demonym);
    const names = (country.romanceNames ?? []).map(escape).join("|");
    const demonyms = (country.romanceDemonyms ?? []).map(escape).join("|");
    p = {
      of: new RegExp(`^(\\p{Lu}.*?) of (?:the )?${c}$`, "u"),
      before: new RegExp(`^(?:${d}|${c}) (\\p{Lu}.*)$`, "u"),
      ...(names ? { romanceOf: new RegExp(`^(\\p{Lu}.*?) (?:de|del|da|do)(?: la| el| o| a)? (?:${names})$`, "iu") } : {}),
      ...(demonyms ? { romanceAfter: new RegExp(`^(\\p{Lu}.*?) (?:${demonyms})$`, "iu") } : {}),
    };
    nationalPatterns.set(country, p);
  }
  return p;
}

const ROMANCE_OF = / d[aeo]/i;

/** The body's name without its country: `Colombian Army`, `Army of Colombia` -> `Army`. */
export function nationalCore(phrase: string, country: CountryNaming): string | undefined {
  // Cheap tests first: most names end with no country and start with none.
  const p = patternsOf(country);
  const of = phrase.endsWith(country.name) ? p.of.exec(phrase)?.[1] : undefined;
  if (of !== undefined) return of;
  return phrase.startsWith(`${country.demonym} `) || phrase.startsWith(`${country.name} `) ? p.before.exec(phrase)?.[1] : undefined;
}

/**
 * The core of a Spanish or Portuguese national name: `Ejército` of `Ejército Mexicano`,
 * `Policía Nacional` of `Policía Nacional del Perú`, `Armada` of `Armada de Chile`.
 */
export function romanceNationalCore(phrase: string, country: CountryNaming): string | undefined {
  const p = patternsOf(country);
  // ` de`, ` del`, ` da`, ` do` in any case, or no `of` form can match.
  const of = ROMANCE_OF.test(phrase) ? p.romanceOf?.exec(phrase)?.[1] : undefined;
  return of ?? p.romanceAfter?.exec(phrase)?.[1];
}

/**
 * The other ways English writes a national body's name: the demonym before it, the country
 * name before it, or `of [the] Country` after it (`Revolutionary Armed Forces of Colombia`,
 * `Colombian Revolutionary Armed Forces`; `Paraguayan Popular Army`, `Paraguay Popular Army`),
 * and the other spelling of Defence/Defense, Centre/Center, Organisation/Organization; a Spanish or
 * Portuguese name without an article after its `de` (`articleLessVariants`); a state's initials
 * spaced as a typewriter spaces them (`U. S. Navy`).
 */
export function nameVariants(phrase: string, country: CountryNaming | undefined): string[] {
  const out = new Set<string>();
  if (country) {
    const core = nationalCore(phrase, country);
    if (core) {
      for (const v of [`${country.demonym} ${core}`, `${country.name} ${core}`, `${core} of ${country.name}`, `${core} of the ${country.name}`]) out.add(v);
    }
  }
  for (const form of [phrase, ...out]) {
    const serial = serialCommaVariant(form);
    if (serial) out.add(serial);
  }
  for (const v of articleLessVariants(phrase)) out.add(v);
  for (const form of [phrase, ...out]) {
    const spaced = form.includes("-") ? form.replace(HYPHENED_COMPOUND, " ") : form;
    if (spaced !== form) out.add(spaced);
  }
  for (const form of [phrase, ...out]) {
    const spaced = form.includes(".") ? form.replace(DOTTED_INITIALS, (initials) => initials.split(".").filter((l) => l !== "").map((l) => `${l}.`).join(" ")) : form;
    if (spaced !== form) out.add(spaced);
  }
  for (const form of [phrase, ...out]) {
    if (!ANY_SPELLING.test(form)) continue; // most names hold none of the words: one test, not ten
    for (const [re, to] of SPELLING_PAIRS) {
      const v = form.replace(re, to);
      if (v !== form) out.add(v);
    }
  }
  out.delete(phrase);
  return [...out];
}

/**
 * `U.S.`, `U.K.`: a state's initials, each with its point, which typewritten and OCR'd text spaces
 * (`U. S. Navy`); the spaced form is a variant of the listed one (`spacedInitialsJoined` undoes it in a name read off the text).
 */
const DOTTED_INITIALS = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,4}(?=\s|$)/gu;

/** Spaced initials (`U. S.`, `U. N.`) as one abbreviation (`U.S.`, `U.N.`), in a name built from the text's words. */
const SPACED_INITIALS = /(?<![\p{L}\p{N}.])\p{Lu}\.(?: \p{Lu}\.){1,3}(?![\p{L}\p{N}])/gu;

export function spacedInitialsJoined(name: string): string {
  return name.includes(". ") ? name.replace(SPACED_INITIALS, (initials) => initials.replace(/ /g, "")) : name;
}

/** Portuguese compounds `Estado-Maior`, `Procuradoria-Geral`, also written with a space (`Estado Maior Conjunto`). */
const HYPHENED_COMPOUND = /(?<=\p{Ll})-(?=(?:Geral|Maior|Gerais)(?!\p{L}))/gu;

/** `de los`, `de las`, `de la`, `del`, `dos`, `das` between a name's words: `de` with its article, or fused with it. */
const ROMANCE_ARTICLE_OF = / (?:de (?:los|las|la)|del|dos|das) (?=\p{Lu})/gu;

/**
 * Spanish and Portuguese write a name's `de` with or without the article (`Organización de los
 * Estados Americanos`, `Organización de Estados Americanos`; `Ministerio del Interior`, `Ministerio de
 * Interior`): each article left out alone, and all of them.
 */
function articleLessVariants(phrase: string): string[] {
  const places = [...phrase.matchAll(ROMANCE_ARTICLE_OF)];
  if (places.length === 0) return [];
  const without = (keep: (k: number) => boolean) => {
    let k = 0;
    return phrase.replace(ROMANCE_ARTICLE_OF, (m) => (keep(k++) ? m : " de "));
  };
  const out = new Set([without(() => false)]);
  if (places.length > 1) for (let i = 0; i < places.length; i++) out.add(without((k) => k !== i));
  return [...out];
}

/**
 * A name that lists three or more things is written with or without the serial comma before its
 * last `and` (`Alcohol, Tobacco, Firearms and Explosives`, `..., Firearms, and Explosives`).
 */
function serialCommaVariant(phrase: string): string | undefined {
  if (!phrase.includes(", ")) return undefined;
  if (/, and /.test(phrase)) return phrase.replace(/, and (?!.*, and )/, " and ");
  const m = /^(.*, [^,]*?) and ([^,]*)$/.exec(phrase);
  return m ? `${m[1]}, and ${m[2]}` : undefined;
}

/**
 * Names and aliases as listed, then the variants derived from them (`nameVariants`) for forms
 * no listed name or alias already takes.
 */
/**
 * `Los Choneros` is also written `los Choneros` in running Spanish: a group's name that opens with
 * a plural article (`groupArticles`) is entered with the article in lower case, which the matcher
 * reads as either case while the name's own words must stay capitalized (the mention then starts
 * after the lower-case article, as the guidelines' spans do).
 */
function withLowerArticle(phrase: string, org: Organization, groupArticles: ReadonlySet<string>): string {
  if (org.kind !== "criminal_group" && org.kind !== "armed_group") return phrase;
  const space = phrase.indexOf(" ");
  return space > 0 && groupArticles.has(phrase.slice(0, space)) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}

/**
 * `Cártel de los Arellano Félix` is also `los Arellano Félix`: a group listed as its head word
 * (`groupHeads`, folded) and a connector before a plural article and a family name is also named by
 * the article and the name alone.
 */
function familyForm(phrase: string, org: Organization, groupHeads: ReadonlySet<string>, groupArticles: ReadonlySet<string>): string | undefined {
  if (org.kind !== "criminal_group" || groupHeads.size === 0) return undefined;
  const words = phrase.split(" ");
  if (words.length < 4 || !groupHeads.has(foldKey(words[0]!))) return undefined;
  const [, connector, article] = words as [string, string, string];
  const capitalized = article.charAt(0).toUpperCase() + article.slice(1);
  if (connector !== connector.toLowerCase() || article === capitalized || !groupArticles.has(capitalized)) return undefined;
  return [capitalized, ...words.slice(3)].join(" ");
}

export function compileGazetteer(
  orgs: readonly Organization[],
  countries: ReadonlyMap<string, CountryNaming> = new Map(),
  groupArticles: ReadonlySet<string> = new Set(),
  groupHeads: ReadonlySet<string> = new Set(),
): Gazetteer {
  const entries: PhraseEntry<OrgIdentity>[] = [];
  const byForm = new Map<string, OrgIdentity>();
  const byAcronym = new Map<string, OrgIdentity>();
  const derived: { phrase: string; value: OrgIdentity }[] = [];
  for (const org of orgs) {
    const base: OrgIdentity = { name: org.name, kind: org.kind };
    if (org.englishName) base.englishName = org.englishName;
    if (org.country) base.country = org.country;
    if (org.languages) base.languages = org.languages;
    const acronym = org.acronyms?.[0];
    if (acronym) base.acronym = acronym;
    const listed = [org.name, ...(org.aliases ?? [])];
    for (const phrase of [...listed]) {
      const family = familyForm(phrase, org, groupHeads, groupArticles);
      if (family && !listed.includes(family)) listed.push(family);
    }
    for (const phrase of listed) {
      entries.push({ phrase: withLowerArticle(phrase, org, groupArticles), value: base, case: "capitalized" });
      if (!byForm.has(formKey(phrase))) byForm.set(formKey(phrase), base);
    }
    for (const phrase of org.lowercaseForms ?? []) entries.push({ phrase, value: base, case: "insensitive" });
    const naming = org.country ? countries.get(org.country) : undefined;
    for (const phrase of listed) for (const v of nameVariants(phrase, naming)) derived.push({ phrase: v, value: base });
    for (const short of org.acronyms ?? []) {
      // Acronyms are case-exact: `UN` is not `un`, `ICE` is not `ice`.
      entries.push({ phrase: short, value: { ...base, acronym: short }, case: "exact" });
      byAcronym.set(short, { ...base, acronym: short });
    }
  }
  // `O.A.S.`, `D.E.A.`: an acronym of capitals is also written with a point after each letter.
  const exact = new Set(entries.filter((e) => e.case === "exact").map((e) => e.phrase));
  for (const [short, value] of byAcronym) {
    const dotted = /^[A-Z]{2,5}$/.test(short) ? `${short.split("").join(".")}.` : undefined;
    if (dotted && !exact.has(dotted) && !byForm.has(formKey(dotted))) entries.push({ phrase: dotted, value, case: "exact" });
  }
  for (const { phrase, value } of derived) {
    const key = formKey(phrase);
    if (byForm.has(key)) continue; // a listed form, or a variant another body derived first
    byForm.set(key, value);
    entries.push({ phrase, value, case: "capitalized" });
  }
  // Listed forms whose folded text bodies of different spellings share: each spelling keeps its first body.
  const spellings = new Map<string, Map<string, OrgIdentity>>();
  for (const e of entries) {
    if (e.case !== "capitalized") continue;
    const key = formKey(e.phrase);
    const bySpelling = spellings.get(key) ?? new Map<string, OrgIdentity>();
    if (!bySpelling.has(e.phrase)) bySpelling.set(e.phrase, e.value);
    spellings.set(key, bySpelling);
  }
  const bySpelling = new Map<string, OrgIdentity>();
  for (const forms of spellings.values()) {
    if (forms.size < 2 || new Set([...forms.values()].map((v) => v.name)).size < 2) continue;
    for (const [phrase, value] of forms) bySpelling.set(phrase, value);
  }
  const matcher = new PhraseMatcher(entries);
  // In a paragraph without capitals, names and acronyms match in lower case (gated by caseless.ts).
  matcher.followsWriting = true;
  return { matcher, byForm, byAcronym, bySpelling };
}

/**
 * The gazetteer's organization for a document-defined acronym, when the document's long form
 * names the same body (most of its words appear in the canonical name, or their cognates do): `Bureau
 * of International Narcotics and Law Enforcement (INL)` is INL's `... Law Enforcement Affairs`, and
 * a Portuguese text's `Exército de Libertação Nacional (ELN)` is the listed Spanish body, whose
 * official name the record keeps (the guidelines' foreign bodies).
 */
export function sameAsListed(g: Gazetteer, short: string, longName: string, limits: SameBodyLimits): OrgIdentity | undefined {
  const listed = g.byAcronym.get(short);
  if (!listed) return undefined;
  const words = (s: string) => formKey(s).split(" ").filter((w) => w.length > 3);
  const long = words(longName);
  if (long.length === 0) return undefined;
  const canonical = words(listed.name);
  if (long.filter((w) => canonical.some((c) => cognate(w, c, limits))).length / long.length >= limits.sharedWords) return listed;
  // For a body listed in its own language, its English name's words in another order (`Armed Revolutionary Forces
  // of Colombia (FARC)`): the same body, the order a translation chose. A long form with a word of its own
  // (`National Joint Interagency Security Force (FUSINA)`) keeps the text's name.
  if (listed.englishName === undefined) return undefined;
  const english = words(listed.englishName);
  return english.length === long.length && long.every((w) => english.includes(w)) && english.every((w) => long.includes(w)) ? listed : undefined;
}

/**
 * The same word, or its Spanish/Portuguese/English cognate (`exercito`/`ejercito`,
 * `libertacao`/`liberacion`): same first letter and most letter pairs shared (org-patterns.json `sameBody`).
 */
export function cognate(a: string, b: string, limits: SameBodyLimits): boolean {
  if (a === b) return true;
  if (a.charAt(0) !== b.charAt(0) || a.length < limits.cognateMinLetters || b.length < limits.cognateMinLetters) return false;
  const pairs = (w: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < w.length; i++) out.set(w.slice(i, i + 2), (out.get(w.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const pa = pairs(a);
  const pb = pairs(b);
  let common = 0;
  for (const [k, n] of pa) common += Math.min(n, pb.get(k) ?? 0);
  return (2 * common) / (a.length - 1 + b.length - 1) >= limits.cognateDice;
}
