import { foldKey, type AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import { normalizeName } from "./candidate.js";

// A government names its programs in quotes beside a lower-case noun of their type: `el programa
// “Vida Sana”`, `the "Borders for Prosperity" plan`. The noun says what the quoted words are, and
// the quotes where the name ends, so a name with no head word (`Barrio en Paz`) is found too. An
// article opens the phrase: after a person's possessive (`Uribe's "Democratic Security" program`)
// the quoted words name that person's policy, not a standing program.
// Linear: one pass over the quoted spans, each looked at within a few words of its quotes.

/** What a quoted name may hold: capitalized words, numbers, and lower-case links between them. */
export interface QuotedNameWords {
  /** Lower-case nouns of a program (`programa`, `plan`), as written. */
  nouns: ReadonlySet<string>;
  /** The words (folded) that open such a phrase: articles, demonstratives, `of`, `de`. */
  openers: ReadonlySet<string>;
  /** Whether a lower-case word (folded) links a name's words (`en`, `for`, `de la`). */
  isLink: (word: string) => boolean;
  /** Whether a phrase is a country's name, no program's. */
  isCountry: (phrase: string) => boolean;
}

const QUOTED = /["“«]([^"“”«»\n]{2,80})["”»]/gu;
/** `el programa “`, `la estrategia regional “`: opener, noun, and perhaps one modifier before the quotes. */
const NOUN_BEFORE = /(?<!\p{L})(\p{L}+)\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?\s+$/u;
/** `the "`: the opener before quotes a noun follows. */
const OPENER_BEFORE = /(?<!\p{L})(\p{L}+)\s+$/u;
const NOUN_AFTER = /^\s+(\p{Ll}+)/u;
/** `el Programa “`: opener, a capitalized noun, one space before the quotes. */
const CAPITAL_NOUN_BEFORE = /(?<!\p{L})(\p{L}+)\s+(\p{Lu}\p{Ll}+) $/u;
const MAX_WORDS = 6;

/** Programs named in quotes beside a lower-case noun of their type. */
export function quotedPrograms(doc: AnalyzedDocument, words: QuotedNameWords): OrgCandidate[] {
  const text = doc.text;
  const out: OrgCandidate[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    if (!isName(m[1]!, words)) continue;
    const preceding = text.slice(Math.max(0, m.index - 60), m.index);
    // `el Programa “Calle Segura”`: a capitalized noun is the name's first word, the quotes inside the span.
    const head = capitalNounBefore(preceding, words);
    if (head !== undefined) {
      out.push({ name: normalizeName(`${head.noun} ${m[1]!}`), kind: "program", start: m.index - head.length, end: end + 1, rule: "name_pattern" });
      continue;
    }
    if (!nounBefore(preceding, words) && !nounAfter(preceding, text.slice(end + 1, end + 30), words)) continue;
    out.push({ name: normalizeName(m[1]!), kind: "program", start, end, rule: "name_pattern" });
  }
  return out;
}

/** `el programa “…”`, `la estrategia regional “…”`: an opener, the noun, perhaps one modifier. */
function nounBefore(preceding: string, words: QuotedNameWords): boolean {
  const m = NOUN_BEFORE.exec(preceding);
  if (m === null) return false;
  // Greedy: with three words matched, either the last two are noun and modifier, or the first is an opener's.
  if (m[3] !== undefined && words.openers.has(foldKey(m[1]!)) && words.nouns.has(m[2]!)) return true;
  if (m[3] !== undefined) return words.openers.has(foldKey(m[2]!)) && words.nouns.has(m[3]);
  return words.openers.has(foldKey(m[1]!)) && words.nouns.has(m[2]!);
}

/** `el Programa “`: an opener, then a listed noun capitalized and one space; the noun and how far back it starts. */
function capitalNounBefore(preceding: string, words: QuotedNameWords): { noun: string; length: number } | undefined {
  const m = CAPITAL_NOUN_BEFORE.exec(preceding);
  if (m === null || !words.openers.has(foldKey(m[1]!)) || !words.nouns.has(m[2]!.toLowerCase())) return undefined;
  return { noun: m[2]!, length: m[2]!.length + 1 };
}

/** `the "…" plan`: an opener before the quotes, the noun right after them. */
function nounAfter(preceding: string, following: string, words: QuotedNameWords): boolean {
  const opener = OPENER_BEFORE.exec(preceding);
  const noun = NOUN_AFTER.exec(following);
  return opener !== null && noun !== null && words.openers.has(foldKey(opener[1]!)) && words.nouns.has(noun[1]!);
}

/** Capitalized words (or numbers) with lower-case links between them, opening and closing capitalized. */
export function isName(quoted: string, words: Pick<QuotedNameWords, "isLink" | "isCountry">): boolean {
  if (quoted !== quoted.trim()) return false;
  const parts = quoted.split(/\s+/);
  if (parts.length > MAX_WORDS || words.isCountry(quoted)) return false;
  const capitalized = (w: string) => /^[\p{Lu}\p{N}][\p{L}\p{N}’'-]*$/u.test(w);
  if (!/^\p{Lu}/u.test(parts[0]!) || !capitalized(parts[parts.length - 1]!)) return false;
  return parts.every((w) => capitalized(w) || (/^\p{Ll}+$/u.test(w) && words.isLink(foldKey(w))));
}
