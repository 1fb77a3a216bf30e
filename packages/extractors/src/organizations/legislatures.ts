import { foldKey, keyIdMemo, type AnalyzedDocument, type Mention } from "@procmine/core";
import { documentContext } from "../context/document-context.js";
import type { OrgCandidate } from "./candidate.js";

/**
 * A legislature's own record names its chamber and its parties by short forms only its members
 * use (org-patterns.json `legislatures`): `the House` is the chamber of the record's own
 * country; `the Liberals`, `the Bloc` and `Liberal` before `government` or hyphened to another
 * party (`NDP-Liberal government`, `Liberal-Bloc coalition`) are that country's parties. Read only
 * in a document whose own country the context marks make plain (a Hansard's `Madam Speaker`),
 * since the same words elsewhere name other things (`the White House`, `liberal democracies`).
 */
export interface LegislatureWords {
  /** A chamber's short word (`House`) -> country -> the chamber's name. */
  chambers: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** A party's short name (`Liberals`, `Bloc`), as written -> country -> the party's name. */
  partyNames: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** A party's adjective (`Liberal`) -> country -> the party's name: a mention only before `modifierNouns` or hyphened to a party. */
  partyAdjectives: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Lower-case nouns a party adjective modifies (`government`, `coalition`, `caucus`). */
  modifierNouns: ReadonlySet<string>;
  /** Words after a chamber's short word that make it part of another name (`of`: `House of Saud`). */
  chamberBreakers: ReadonlySet<string>;
  /** Words a chamber's short word follows (`the House`, `this House`). */
  chamberDeterminers: ReadonlySet<string>;
  /**
   * A document with no country of its own: a capitalized word (`Senate`, `Congress`) that makes
   * its bare chamber another's (`the House` beside `the Senate` is the United States House), as written -> country.
   */
  chamberCompanions: ReadonlyMap<string, string>;
  /** A party's abbreviation after a member's riding in a speaker's line (`(Riverside, Ref.)`), as written -> country -> the party's name. */
  speakerForms: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** 1 for a folded key some chamber or party word folds to (a token's key is its text folded): a lookup by key id per token, no substring. */
const mayName = new WeakMap<LegislatureWords, (keyId: number) => number>();

function mayNameOf(words: LegislatureWords): (keyId: number) => number {
  let memo = mayName.get(words);
  if (memo === undefined) {
    const keys = new Set([...words.chambers.keys(), ...words.partyNames.keys(), ...words.partyAdjectives.keys()].map(foldKey));
    memo = keyIdMemo((key) => (keys.has(key) ? 1 : 0));
    mayName.set(words, memo);
  }
  return memo;
}

export function legislatureNames(doc: AnalyzedDocument, words: LegislatureWords, countryLayer: readonly Mention[]): OrgCandidate[] {
  if (words.chambers.size === 0 && words.partyNames.size === 0 && words.partyAdjectives.size === 0) return [];
  const country = documentContext(doc, countryLayer.map((m) => ({ iso3: String(m.attrs.iso3) }))).authorCountry;
  const t = doc.tokens;
  // No country of its own: the chamber only, of the state whose other chamber or congress the text names bare.
  const chamberCountry = country ?? companionCountry(doc, words.chamberCompanions);
  if (chamberCountry === undefined) return [];
  const may = mayNameOf(words);
  const out: OrgCandidate[] = [];
  const partyAt = (i: number, forms: ReadonlyMap<string, ReadonlyMap<string, string>>) => (i >= 0 && i < t.count && country !== undefined ? forms.get(t.text(i))?.get(country) : undefined);
  for (let i = 0; i < t.count; i++) {
    if (!t.isCapitalized(i) || may(t.keyId(i)) === 0 || doc.langAt(t.start(i)) !== "en") continue;
    const text = t.text(i);
    const chamber = words.chambers.get(text)?.get(chamberCountry);
    if (chamber !== undefined) {
      // `the House` alone: no capitalized word or `of` after it (`House Judiciary Committee`,
      // `House of Saud`), a determiner right before it (`the`, `this`; `White House`, `Government House` have another word).
      const next = i + 1 < t.count && !t.opensBlock(i + 1) ? i + 1 : -1;
      const before = i > 0 && !t.opensBlock(i) ? i - 1 : -1;
      const closed = next < 0 || (!t.isCapitalized(next) && !words.chamberBreakers.has(t.key(next)));
      if (before >= 0 && words.chamberDeterminers.has(t.key(before)) && closed) out.push({ name: chamber, kind: "government", country: chamberCountry, start: t.start(i), end: t.end(i), rule: "name_pattern" });
      continue;
    }
    if (country === undefined) continue;
    const named = partyAt(i, words.partyNames);
    if (named !== undefined) {
      out.push({ name: named, country, start: t.start(i), end: t.end(i), rule: "name_pattern" });
      continue;
    }
    const party = partyAt(i, words.partyAdjectives);
    if (party === undefined) continue;
    // `NDP-Liberal government`, `Liberal-Bloc coalition`: a chain of parties joined by hyphens before the noun.
    let k = i + 1;
    let joined = false;
    while (k + 1 < t.count && t.is(k, "-") && (partyAt(k + 1, words.partyAdjectives) !== undefined || partyAt(k + 1, words.partyNames) !== undefined || t.isUpper(k + 1))) {
      k += 2;
      joined = true;
    }
    const hyphenedAfter = i > 1 && t.is(i - 1, "-") && t.end(i - 1) === t.start(i);
    const noun = k < t.count && !t.opensBlock(k) && words.modifierNouns.has(t.key(k));
    if (noun || joined || hyphenedAfter) out.push({ name: party, country, start: t.start(i), end: t.end(i), rule: "name_pattern" });
  }
  if (country !== undefined) out.push(...speakerPartyForms(doc, words.speakerForms, country));
  return out;
}

/**
 * The one state whose companion word (`Senate`, `Congress`) an English paragraph writes
 * capitalized, not before another capitalized word (`Senate Foreign Relations Committee` is a
 * committee's name, `Congress Party` a party's) nor after one (`Mexican Senate`, `Indian National Congress`).
 */
function companionCountry(doc: AnalyzedDocument, companions: ReadonlyMap<string, string>): string | undefined {
  if (companions.size === 0) return undefined;
  const t = doc.tokens;
  const found = new Set<string>();
  for (let i = 0; i < t.count; i++) {
    const iso3 = t.isCapitalized(i) && !t.isUpper(i) ? companions.get(t.text(i)) : undefined;
    if (iso3 === undefined || doc.langAt(t.start(i)) !== "en") continue;
    const next = i + 1 < t.count && !t.opensBlock(i + 1) && t.isWord(i + 1) && t.isCapitalized(i + 1);
    const prev = i > 0 && !t.opensBlock(i) && t.isWord(i - 1) && t.isCapitalized(i - 1) && !t.opensBlock(i - 1) && !isSentenceStart(doc, i - 1);
    if (!next && !prev) found.add(iso3);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The token opens its sentence (a capitalized article there is no name's word). */
function isSentenceStart(doc: AnalyzedDocument, i: number): boolean {
  return doc.sentenceAt(doc.tokens.start(i))?.start === doc.tokens.start(i);
}

const speakerPatterns = new WeakMap<ReadonlyMap<string, ReadonlyMap<string, string>>, RegExp>();

/**
 * `Mr. Tom Ashby (Riverside, Ref.):`: a member's line gives the riding, a comma and the party's
 * abbreviation before the parenthesis closes; the abbreviation is the party of the record's country.
 */
function speakerPartyForms(doc: AnalyzedDocument, forms: ReadonlyMap<string, ReadonlyMap<string, string>>, country: string): OrgCandidate[] {
  if (forms.size === 0) return [];
  let pattern = speakerPatterns.get(forms);
  if (pattern === undefined) {
    const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    pattern = new RegExp(`\\(\\s*\\p{Lu}[^()\\n,]{1,80},\\s*(${alternatives.join("|")})\\s*\\)`, "gu");
    speakerPatterns.set(forms, pattern);
  }
  const out: OrgCandidate[] = [];
  for (const m of doc.text.matchAll(pattern)) {
    const form = m[1]!;
    const name = forms.get(form)?.get(country);
    if (name === undefined) continue;
    const start = m.index + m[0].lastIndexOf(form);
    if (doc.langAt(start) === "en") out.push({ name, country, start, end: start + form.length, rule: "name_pattern" });
  }
  return out;
}
