import { insideMarkup, insideWebAddress, keyIdMemo, type AnalyzedDocument, type Mention } from "@procmine/core";
import { hasCountryPreposition, isAmbiguousLowerCase } from "../caseless.js";
import { foldPhrase, type LexiconEntry } from "./forms.js";

/** Folded phrases the lookup reads: a state's name (its alpha-3) or a region that holds one (null: blocks it). */
export interface PlacedNames {
  byKey: ReadonlyMap<string, string | null>;
  /** Every phrase of `byKey` cut before one of its spaces: a phrase not here and not in `byKey` grows into no name. */
  prefixes: ReadonlySet<string>;
  /** Most words of any phrase in `byKey`. */
  maxWords: number;
}

/** Shortest name read in lower case: shorter ones are too near words and acronyms (`us`, `uk`). */
const MIN_LETTERS = 4;

/**
 * The lookup: full names of one state (no short form, short name, demonym or form shared by states,
 * no form tied to one language or read only in lists), and the regions that hold one (`america do sul`).
 */
export function compilePlacedNames(lexicon: readonly LexiconEntry[], americas: ReadonlySet<string>): PlacedNames {
  const byKey = new Map<string, string | null>();
  let maxWords = 1;
  for (const { phrase, value } of lexicon) {
    const key = foldPhrase(phrase);
    if (value.kind === "region") byKey.set(key, null);
    else if (value.rule !== "name" || value.shortName || value.alternatives !== undefined || value.language !== undefined || value.listedOnly === true) continue;
    else if (key.length < MIN_LETTERS || americas.has(value.key) || byKey.get(key) === null) continue;
    else byKey.set(key, value.iso3);
    maxWords = Math.max(maxWords, key.split(" ").length);
  }
  const prefixes = new Set<string>();
  for (const key of byKey.keys()) for (let s = key.indexOf(" "); s > 0; s = key.indexOf(" ", s + 1)) prefixes.add(key.slice(0, s));
  return { byKey, prefixes, maxWords };
}

// Kept beside the lookup, not in it: the lookup is stored at build time (lexicon-snapshots.ts),
// and a closure cannot be.
const STARTS_NAME = new WeakMap<PlacedNames, (keyId: number) => number>();

/** 1 when a key id's word is a phrase of `byKey` or of `prefixes` (a name's first word): an array read, no string hashed. */
function startsName(names: PlacedNames): (keyId: number) => number {
  let memo = STARTS_NAME.get(names);
  if (!memo) {
    memo = keyIdMemo((key) => (names.byKey.has(key) || names.prefixes.has(key) ? 1 : 0));
    STARTS_NAME.set(names, memo);
  }
  return memo;
}

/**
 * `I'm from mexico`, `residents of costa rica`: in a paragraph that writes capitals (elsewhere the
 * matcher reads lower case already), a state's full name written in lower case after a word that
 * places a country (caseless.json `countryPrepositions`) is the state: forum comments and casual
 * text drop the capital. A name that lower-cased is most often a word (`turkey`, `chile`) stays out,
 * as in caseless text. Only words no other mention covers; the longest phrase wins, a region's blocks.
 */
export function placedLowerCaseMentions(doc: AnalyzedDocument, names: PlacedNames, found: readonly Mention[], confidence: number): Mention[] {
  const t = doc.tokens;
  const text = doc.text;
  const out: Mention[] = [];
  const starts = startsName(names);
  let next = 0; // the first found mention that may end after the token looked at
  for (let i = 1; i < t.count; i++) {
    // Most lower-case words start no name: one array read, before any phrase is built.
    if (!t.isWord(i) || !t.isLowerCase(i) || !t.isWord(i - 1) || starts(t.keyId(i)) === 0) continue;
    const start = t.start(i);
    while (next < found.length && found[next]!.end <= start) next++;
    if (next < found.length && found[next]!.start < t.end(i)) continue;
    const hit = longestName(doc, i, names);
    if (hit === null) continue;
    const m = { start, end: t.end(hit.endToken - 1), firstToken: i, endToken: hit.endToken };
    if (!doc.writingAt(start).capitals || !hasCountryPreposition(doc, m) || isAmbiguousLowerCase(doc, m)) continue;
    if (next < found.length && found[next]!.start < m.end) continue;
    if (insideWebAddress(text, m.start, m.end) || insideMarkup(doc.raw, doc.map.rawIndex(m.start))) continue;
    out.push({ type: "country", start: m.start, end: m.end, attrs: { iso3: hit.iso3 }, rule: "name", confidence });
    i = hit.endToken - 1;
  }
  return out;
}

/** The longest phrase of lower-case words apart by one space each from token `first`, if a state's name. */
function longestName(doc: AnalyzedDocument, first: number, names: PlacedNames): { iso3: string; endToken: number } | null {
  const t = doc.tokens;
  let best: { iso3: string; endToken: number } | null = null;
  let key = "";
  for (let j = first; j < t.count && j - first < names.maxWords; j++) {
    if (!t.isWord(j) || !t.isLowerCase(j)) break;
    if (j > first && (t.start(j) - t.end(j - 1) !== 1 || doc.text.charAt(t.end(j - 1)) !== " ")) break;
    key = j === first ? t.key(j) : `${key} ${t.key(j)}`;
    // A phrase that is neither a name nor the start of one grows into none: stop there.
    if (!names.byKey.has(key)) {
      if (names.prefixes.has(key)) continue;
      break;
    }
    const iso3 = names.byKey.get(key)!;
    best = iso3 === null ? null : { iso3, endToken: j + 1 };
  }
  return best;
}
