import { foldKey, type AnalyzedDocument, type Lookup } from "@procmine/core";
import { normalizeName, type OrgCandidate, type OrgIdentity } from "./candidate.js";
import type { Organization } from "./data.js";
import { cognate, type SameBodyLimits } from "./gazetteer.js";
import { isGroupKind } from "./kinds.js";

// A Portuguese text names a Colombian body in Portuguese (`Forças Armadas Revolucionárias da
// Colômbia`), a Spanish text a Brazilian one in Spanish: the guidelines' name is the body's own
// official name, which the gazetteer lists. A name built from the text's words is that listed body
// when it is the listed name word for word in the other language: the same number of words, each
// the same word or its cognate once the two spellings' regular differences are set aside
// (`fuerzas`/`forças`, `ejército`/`exército`, `movimiento`/`movimento`).

export interface Listed {
  identity: OrgIdentity;
  /** The listed phrase's content words, in lower case with their accents. */
  written: string[];
  /** The same words, spelled as `skeleton` spells them. */
  words: string[];
}

export interface CognateIndex {
  /** Initials of the content words (`faarc`) -> listed phrases spelling them. */
  byInitials: Lookup<Listed[]>;
  limits: SameBodyLimits;
}

/** Fewer content words than this and two different bodies share too many (`Policía Federal`). */
const MIN_WORDS = 3;

/**
 * A word's letters with its language's spelling set aside: folded (no accents, `ç` as `c`), then
 * each of the data's spelling pairs rewritten (`fuerzas` -> `forcas`, `ejercito` -> `exercito`).
 */
function skeleton(word: string, spellings: readonly (readonly [string, string])[]): string {
  let w = foldKey(word);
  for (const [from, to] of spellings) w = w.split(from).join(to);
  return w;
}

function contentWords(phrase: string, isLink: (folded: string) => boolean): string[] {
  return phrase.split(/[\s,]+/).filter((w) => w !== "" && !isLink(foldKey(w)));
}

function lower(word: string): string {
  return word.toLowerCase().normalize("NFC");
}

function initialsOf(words: readonly string[]): string {
  return words.map((w) => w.charAt(0)).join("");
}

/**
 * `namesState`: whether a phrase names a state (`... de Colombia`, `... Colombiano`). A state's
 * body is one body in both languages only when its name says whose it is: every state has a
 * `Ministerio de Relaciones Exteriores`, and a Spanish text's is not Brazil's `Ministério das
 * Relações Exteriores`; a group's proper name, or an international body's, is one body anywhere.
 */
export function buildCognateIndex(orgs: readonly Organization[], limits: SameBodyLimits, isLink: (folded: string) => boolean, namesState: (phrase: string) => boolean): CognateIndex {
  const byInitials = new Map<string, Listed[]>();
  for (const org of orgs) {
    const distinct = !org.country || isGroupKind(org.kind);
    const identity: OrgIdentity = { name: org.name, kind: org.kind };
    if (org.englishName) identity.englishName = org.englishName;
    if (org.country) identity.country = org.country;
    if (org.acronyms?.[0]) identity.acronym = org.acronyms[0];
    for (const phrase of [org.name, ...(org.aliases ?? [])]) {
      const content = contentWords(phrase, isLink);
      if (content.length < MIN_WORDS || !(distinct || namesState(phrase))) continue;
      const words = content.map((w) => skeleton(w, limits.spellings));
      const key = initialsOf(words);
      const listed = byInitials.get(key) ?? [];
      listed.push({ identity, written: content.map(lower), words });
      byInitials.set(key, listed);
    }
  }
  return { byInitials, limits };
}

/** Whether two content words are one word in two spellings; a number only as itself. */
function sameWord(a: string, b: string, limits: SameBodyLimits): boolean {
  if (/\d/.test(a) || /\d/.test(b)) return a === b;
  return cognate(a, b, limits);
}

/**
 * Names built from a Spanish or Portuguese paragraph's words (as written, no country read into
 * them) that are a listed name in the other language: that listed body, when only one fits.
 */
export function resolveCognates(doc: AnalyzedDocument, candidates: OrgCandidate[], index: CognateIndex, isLink: (folded: string) => boolean): OrgCandidate[] {
  if (index.byInitials.size === 0) return candidates;
  return candidates.map((c) => {
    if (c.rule !== "name_pattern" || c.country || doc.langAt(c.start) === "en") return c;
    if (c.name !== normalizeName(doc.text.slice(c.start, c.end))) return c;
    const content = contentWords(c.name, isLink);
    if (content.length < MIN_WORDS) return c;
    const written = content.map(lower);
    const words = content.map((w) => skeleton(w, index.limits.spellings));
    // One word at least is the listed word in the other spelling (`forças` for `fuerzas`, `polícia`
    // for `policía`): the name is the listed one translated, not a like-named body of the same
    // language (`Dirección General de Migración`, `... de Migraciones`).
    const translated = (l: Listed) => l.words.some((w, k) => w === words[k] && l.written[k] !== written[k]);
    const fits = (index.byInitials.get(initialsOf(words)) ?? []).filter((l) => l.words.length === words.length && l.words.every((w, k) => sameWord(w, words[k]!, index.limits)) && translated(l));
    const only = fits[0];
    if (!only || fits.some((f) => f.identity.name !== only.identity.name)) return c;
    return { ...only.identity, start: c.start, end: c.end, rule: c.rule };
  });
}
