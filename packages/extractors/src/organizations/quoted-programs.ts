import { foldKey, type AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import { normalizeName } from "./candidate.js";

// A government names its programs in quotes beside a lower-case noun of their type: `el programa
// “Vida Sana”`, `the "Borders for Prosperity" plan`. The noun says what the quoted words are, and
// the quotes where the name ends, so a name with no head word (`Barrio en Paz`) is found too.
// Linear: one pass over the quoted spans, each looked at within a few words of its quotes.

/** What a quoted name may hold: capitalized words, numbers, and lower-case links between them. */
export interface QuotedNameWords {
  /** Lower-case nouns of a program (`programa`, `plan`), as written. */
  nouns: ReadonlySet<string>;
  /** Whether a lower-case word (folded) links a name's words (`en`, `for`, `de la`). */
  isLink: (word: string) => boolean;
  /** Whether a phrase is a country's name, no program's. */
  isCountry: (phrase: string) => boolean;
}

const QUOTED = /["“«]([^"“”«»\n]{2,80})["”»]/gu;
const NOUN_BEFORE = /(\p{Ll}+)(?:\s+(\p{Ll}+))?\s+$/u;
const NOUN_AFTER = /^\s+(\p{Ll}+)/u;
const MAX_WORDS = 6;

/** Programs named in quotes beside a lower-case noun of their type. */
export function quotedPrograms(doc: AnalyzedDocument, words: QuotedNameWords): OrgCandidate[] {
  const text = doc.text;
  const out: OrgCandidate[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    if (!isName(m[1]!, words)) continue;
    // `el programa “…”`, `la estrategia multisectorial “…”`: the noun, or the noun and one modifier, before the quotes.
    const before = NOUN_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const after = NOUN_AFTER.exec(text.slice(end + 1, end + 30));
    const nounBefore = before !== null && (words.nouns.has(before[2] ?? before[1]!) || (before[2] !== undefined && words.nouns.has(before[1]!)));
    if (!nounBefore && !(after !== null && words.nouns.has(after[1]!))) continue;
    out.push({ name: normalizeName(m[1]!), kind: "program", start, end, rule: "name_pattern" });
  }
  return out;
}

/** Capitalized words (or numbers) with lower-case links between them, opening and closing capitalized. */
function isName(quoted: string, words: QuotedNameWords): boolean {
  if (quoted !== quoted.trim()) return false;
  const parts = quoted.split(/\s+/);
  if (parts.length > MAX_WORDS || words.isCountry(quoted)) return false;
  const capitalized = (w: string) => /^[\p{Lu}\p{N}][\p{L}\p{N}’'-]*$/u.test(w);
  if (!/^\p{Lu}/u.test(parts[0]!) || !capitalized(parts[parts.length - 1]!)) return false;
  return parts.every((w) => capitalized(w) || (/^\p{Ll}+$/u.test(w) && words.isLink(foldKey(w))));
}
