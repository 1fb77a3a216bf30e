import { acronymUses, type AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import { isGivenName } from "../person-names.js";

// News and machine-translated text write acronyms in title case (`Farc`, `Eln`, `Onu`, `Unodc`).
// With no dictionary at hand, the document itself tells whether such a word is an ordinary one.

/** A title-case word of 3-6 letters: the shape of an acronym written as a name. */
const TITLE_WORD = /^\p{Lu}\p{Ll}{2,5}$/u;
const CAPITALS = /^[A-Z]{3,6}$/;

/**
 * Gazetteer acronyms of 3-6 capitals written in title case, where the text does not use the same
 * word as an ordinary one: the word is no listed ordinary word (`ordinary`, folded), never appears
 * in lower case in the document and is no given name; one that opens a sentence (where any word is capitalized) counts only when the document
 * also writes the acronym mid-sentence, in title case or in capitals. Linear in the tokens.
 */
export function titleCaseAcronyms(doc: AnalyzedDocument, byAcronym: ReadonlyMap<string, OrgIdentity>, ordinary: ReadonlySet<string>, at: Int32Array): OrgCandidate[] {
  const t = doc.tokens;
  const found: { i: number; short: string; opening: boolean }[] = [];
  // `at`: the tokens whose folded key spells a listed acronym (triggers.ts), ascending: no other can be one.
  for (const i of at) {
    if (!t.isWord(i)) continue;
    // 3-6 code points (at most 12 code units), the first a capital: no other token is looked at
    // further, and no string is made for it.
    const length = t.end(i) - t.start(i);
    const first = doc.text.charCodeAt(t.start(i));
    if (length < 3 || length > 12 || (first < 128 && (first < 65 || first > 90))) continue;
    if (first >= 128 && t.isLowerCase(i)) continue; // a capital with no lower case of its own
    const text = t.text(i);
    if (!TITLE_WORD.test(text)) continue;
    const short = text.toUpperCase();
    if (!CAPITALS.test(short) || !byAcronym.has(short)) continue;
    found.push({ i, short, opening: opensSentence(doc, i) });
  }
  if (found.length === 0) return [];
  // The words found that the document also writes in lower case (by key id).
  const asked = new Set(found.map((f) => t.keyId(f.i)));
  const lower = new Set<number>();
  for (let i = 0; i < t.count; i++) {
    if (t.isWord(i) && asked.has(t.keyId(i)) && t.isLowerCase(i)) lower.add(t.keyId(i));
  }
  const midSentence = new Set(found.filter((f) => !f.opening).map((f) => f.short));
  const inCapitals = new Map<string, boolean>();
  const writtenInCapitals = (short: string) => {
    let yes = inCapitals.get(short);
    if (yes === undefined) inCapitals.set(short, (yes = acronymUses(doc, short).length > 0));
    return yes;
  };
  const out: OrgCandidate[] = [];
  for (const { i, short, opening } of found) {
    const key = t.key(i);
    if (lower.has(t.keyId(i)) || ordinary.has(key) || isGivenName(key)) continue;
    if (opening && !midSentence.has(short) && !writtenInCapitals(short)) continue;
    out.push({ ...byAcronym.get(short)!, start: t.start(i), end: t.end(i), rule: "gazetteer" });
  }
  return out;
}

/** Token `i` is the first of its sentence or block. */
function opensSentence(doc: AnalyzedDocument, i: number): boolean {
  return doc.tokens.opensBlock(i) || doc.sentenceAt(doc.tokens.start(i))?.firstToken === i;
}
