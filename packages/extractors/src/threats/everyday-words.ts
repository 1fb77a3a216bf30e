import type { AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import type { Lexicon } from "./lexicon.js";

/**
 * `Colocamos carteles con códigos QR`: a Spanish or Portuguese threat noun that is also an everyday
 * word (a poster, a band, political dissent), alone, is a threat only where the text speaks of
 * crime: another kept mention, or a word of crime (`asaltó`), within `reach` characters. Two passes
 * over the sorted mentions; the words near an everyday one are read only for it (at most `reach`).
 */
export function dropUncuedEverydayWords(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[]): ThreatCandidate[] {
  const { words, reach } = lex.everydayWords;
  const everyday = kept.map((c) => c.endToken - c.firstToken === 1 && isEverydayWord(doc, words, c));
  if (!everyday.includes(true)) return kept;
  // The nearest cue (a mention not itself an everyday word) on each side.
  const cueEndBefore: number[] = [];
  let lastEnd = -Infinity;
  for (let i = 0; i < kept.length; i++) {
    cueEndBefore.push(lastEnd);
    if (!everyday[i]) lastEnd = Math.max(lastEnd, kept[i]!.end);
  }
  const out: ThreatCandidate[] = [];
  let nextStart = Infinity;
  for (let i = kept.length - 1; i >= 0; i--) {
    const c = kept[i]!;
    if (!everyday[i] || c.start - cueEndBefore[i]! <= reach || nextStart - c.end <= reach || crimeWordNear(doc, lex, c)) out.push(c);
    if (!everyday[i]) nextStart = c.start;
  }
  return out.reverse();
}

function isEverydayWord(doc: AnalyzedDocument, words: ReadonlyMap<string, ReadonlySet<string>>, c: ThreatCandidate): boolean {
  const list = words.get(doc.langAt(c.start));
  return list !== undefined && list.has(doc.text.slice(c.start, c.end).normalize("NFC").toLowerCase());
}

/** A lower-case word (a name is none: `Armando`) beginning with one of the language's crime stems within `reach` characters of `c`. */
function crimeWordNear(doc: AnalyzedDocument, lex: Lexicon, c: ThreatCandidate): boolean {
  const { reach, cueStems } = lex.everydayWords;
  const stems = cueStems.get(doc.langAt(c.start)) ?? [];
  const t = doc.tokens;
  const isCue = (i: number) => t.isWord(i) && isLowerCase(doc.text[t.start(i)]!) && stems.some((s) => t.key(i).startsWith(s));
  for (let i = c.firstToken - 1; i >= 0 && c.start - t.end(i) <= reach; i--) if (isCue(i)) return true;
  for (let i = c.endToken; i < t.count && t.start(i) - c.end <= reach; i++) if (isCue(i)) return true;
  return false;
}

function isLowerCase(ch: string): boolean {
  return ch !== ch.toUpperCase();
}
