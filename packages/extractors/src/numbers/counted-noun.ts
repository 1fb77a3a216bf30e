import type { Lexicon } from "./vocabulary.js";
import type { Tok, Toks } from "./tokenize.js";

/**
 * The counted noun after a plain count: `unit` of `over 23,000 members`, `four police forces`,
 * `12 million Lebanese descendants`. Without a tagger: take the first plural noun among the next
 * few words (skipping proper modifiers such as `FARC`, `U.S.`, `Brazilian`), then the lower-case
 * nouns right before it that are not adjectives (`police officers`, `demobilization zones`).
 */
export function countedNoun(toks: Toks, at: number, lex: Lexicon): string | undefined {
  const c = lex.counted;
  let k = at;
  // `a 12-member team`: the noun is glued to the number.
  const glued = toks.get(at + 1);
  if (toks.get(at)?.text === "-" && !toks.get(at)!.spaced && glued?.kind === "word" && !glued.spaced && !isModifier(glued.key, lex)) {
    return glued.key;
  }
  // `four of them`, `seven of the world's 50 most violent cities`: look past the partitive.
  if (c.partitives.has(toks.get(k)?.key ?? "")) {
    while (toks.get(k) && (c.partitiveSkips.has(toks.get(k)!.key) || toks.get(k)!.key.endsWith("'s") || toks.get(k)!.kind === "num")) k++;
  }
  const words: Tok[] = [];
  for (; k < toks.length && words.length < c.maxWords; k++) {
    const t = toks.get(k)!;
    if (t.breakBefore && k > at) break;
    if (t.kind === "sym") {
      if (/^["'“”‘’]$/.test(t.text)) continue;
      if (t.text === "." && !t.spaced && isCapital(toks.get(k - 1))) continue; // U.S.
      break;
    }
    if (t.kind !== "word" || c.stopWords.has(t.key)) break;
    words.push(t);
  }
  const lowerWords = words.map((w, n) => ({ w, n })).filter(({ w }) => !isCapital(w));
  const head =
    lowerWords.find(({ w }) => isPlural(w.key, lex)) ?? lowerWords.find(({ w }) => c.irregularPlurals.has(w.key));
  if (!head) return properPlural(words);
  const phrase = [head.w.key];
  for (let n = head.n - 1; n >= 0 && phrase.length < 3; n--) {
    const w = words[n]!;
    if (isCapital(w) || isModifier(w.key, lex) || isPlural(w.key, lex)) break;
    phrase.unshift(w.key);
  }
  return phrase.join(" ");
}

function isCapital(t: Tok | undefined): boolean {
  return !!t && t.text.charAt(0) !== t.text.charAt(0).toLowerCase();
}

function isPlural(key: string, lex: Lexicon): boolean {
  if (lex.counted.irregularPlurals.has(key) && !key.endsWith("s")) return false;
  if (key.length < 3 || !key.endsWith("s") || lex.counted.notPlurals.has(key)) return false;
  return !/(ss|us|is|ous|'s)$/.test(key);
}

function isModifier(key: string, lex: Lexicon): boolean {
  if (lex.counted.modifiers.has(key) || key.includes("-")) return true;
  return lex.counted.modifierSuffixes.some((s) => key.endsWith(s) && key.length > s.length + 2);
}

/** `about one million Shiites`, `5,000 Venezuelans`: a capitalized plural when no common noun follows. */
function properPlural(words: readonly Tok[]): string | undefined {
  const w = words.find((t) => isCapital(t) && t.text !== t.text.toUpperCase() && /[a-z]s$/.test(t.text));
  return w?.text;
}
