import type { AnalyzedDocument } from "@procmine/core";
import { eponymKinds, honorifics, isGivenName } from "../person-names.js";
import { normalizeName, type OrgCandidate } from "./candidate.js";
import type { OrgLexicon } from "./pattern-words.js";

// A person's name is no part of an organization's: a pattern name stops before one
// (`Unit for North America` + `Roberto Velasco`), and a body named in a title right before one
// is the person's office, not an actor (`Secretary of the Navy` + a name).

/** Token `i` opens a person's name: a capitalized given name before another capitalized word. */
function opensPersonName(doc: AnalyzedDocument, i: number): boolean {
  const t = doc.tokens;
  if (i + 1 >= t.count || !t.isCapitalized(i) || t.isUpper(i) || !isGivenName(t.key(i))) return false;
  return !t.opensBlock(i + 1) && t.isWord(i + 1) && t.isCapitalized(i + 1);
}

/** The most capitalized words a leading person's name runs to before its `of` (`Peter Dale Scott`). */
const MAX_PERSON_WORDS = 4;

/**
 * `Adam Isaacson of the Center for International Policy`, `Prof Jane Doe of the University of X`:
 * an English pattern name that opens with a person's name (a given name or an honorific before
 * capitalized words, no head among them) and `of (the)` names the person's body, which starts
 * after the `of`: the token it starts at, or -1.
 */
function afterLeadingPerson(doc: AnalyzedDocument, lex: OrgLexicon, first: number, last: number): number {
  const t = doc.tokens;
  if (doc.langAt(t.start(first)) !== "en") return -1;
  const honorific = honorifics().has(t.key(first)) && first + 1 <= last && t.isCapitalized(first + 1);
  if (!honorific && !opensPersonName(doc, first)) return -1;
  let i = first + 1;
  while (i <= last && i - first <= MAX_PERSON_WORDS && t.isWord(i) && t.isCapitalized(i) && !t.isUpper(i) && !lex.heads.has(t.key(i)) && !lex.standalone.has(t.key(i))) i++;
  if (i >= last || i - first < 2 || t.key(i) !== "of") return -1;
  let body = i + 1;
  while (body < last && lex.afterOf.has(t.key(body))) body++;
  return t.isCapitalized(body) && holdsHead(doc, lex, body, last + 1) ? body : -1;
}

/** `Title of (the)` right before token `first`. */
function afterTitle(doc: AnalyzedDocument, lex: OrgLexicon, first: number): boolean {
  const t = doc.tokens;
  let i = first - 1;
  while (i >= 0 && lex.afterOf.has(t.key(i))) i--;
  if (i < 1 || !lex.complement.has(t.key(i))) return false;
  return lex.titles.has(t.key(i - 1));
}

/** A head word or a body named on its own among tokens [from, to). */
function holdsHead(doc: AnalyzedDocument, lex: OrgLexicon, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lex.heads.has(doc.tokens.key(i)) || lex.standalone.has(doc.tokens.key(i))) return true;
  return false;
}

/** A Romance name of an `eponymKinds` kind whose head word alone stands before the person's name. */
function namedAfterPerson(doc: AnalyzedDocument, c: OrgCandidate, first: number, person: number): boolean {
  return person === first + 1 && c.kind !== undefined && eponymKinds().has(c.kind) && doc.langAt(c.start) !== "en";
}

/** Pattern names cut before a person's name; a titled body before one dropped. Linear in the mentions' tokens. */
export function separatePersons(doc: AnalyzedDocument, lex: OrgLexicon, candidates: OrgCandidate[]): OrgCandidate[] {
  const t = doc.tokens;
  const out: OrgCandidate[] = [];
  for (const c of candidates) {
    if (c.rule !== "name_pattern") {
      out.push(c);
      continue;
    }
    const first = doc.tokenAt(c.start);
    if (first < 0) {
      out.push(c);
      continue;
    }
    let last = first;
    let person = -1;
    for (let i = first; i < t.count && t.end(i) <= c.end; i++) {
      if (i > first && person < 0 && opensPersonName(doc, i)) person = i;
      last = i;
    }
    const opening = afterLeadingPerson(doc, lex, first, last);
    if (opening >= 0) {
      const start = t.start(opening);
      out.push(...separatePersons(doc, lex, [{ ...c, start, name: c.name === normalizeName(doc.text.slice(c.start, c.end)) ? normalizeName(doc.text.slice(start, c.end)) : c.name }]));
      continue;
    }
    const followed = person >= 0 || (last + 1 < t.count && !t.opensBlock(last + 1) && opensPersonName(doc, last + 1));
    if (followed && afterTitle(doc, lex, first)) continue;
    // `San Francisco Police Department`: a given name inside a place's name; the cut would leave no head.
    // `Frente Jaime Martínez`: a Spanish or Portuguese group's bare head before a person's name is named after the person.
    if (person < 0 || !holdsHead(doc, lex, first, person) || namedAfterPerson(doc, c, first, person)) {
      out.push(c);
      continue;
    }
    // `University of California, Berkeley and Jonathan Marshall`: the `and` that joined the person goes too.
    let end = person - 1;
    while (end > first && lex.coordination.has(t.key(end))) end--;
    end = t.end(end);
    const name = normalizeName(doc.text.slice(c.start, end));
    out.push({ ...c, end, name: c.name === normalizeName(doc.text.slice(c.start, c.end)) ? name : c.name });
  }
  return out;
}

/**
 * `Mexico Attorney General Eduardo Medina-Mora`: a listed name that ends in a person's title word
 * (`General`, `Director`) right before a person's name is that person's office, not the body acting.
 */
export function withoutTitlesBeforePersons(doc: AnalyzedDocument, lex: OrgLexicon, listed: OrgCandidate[]): OrgCandidate[] {
  const t = doc.tokens;
  return listed.filter((c) => {
    const last = doc.tokenAt(c.end - 1);
    if (last < 0 || !lex.titles.has(t.key(last)) || last + 1 >= t.count || t.opensBlock(last + 1)) return true;
    return !opensPersonName(doc, last + 1);
  });
}
