import { once, opensSentence, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { phraseKey, type Lexicon } from "./lexicon.js";
import { taxonomyFile } from "./taxonomy.js";

// A named storm (`Hurricane Mitch`, `Tropical Storm Agatha`, `Huracán Otis`) is one natural event:
// ANNOTATION.md tags hurricanes as threats to be met, and the real-text gold tags the named ones
// whole. The storm's word right after a capitalized name word ends another name (`Eurofighter
// Typhoon`, a jet): no threat. Words in threats.json `properNames.namedEvents`.

const events = once(() => {
  const d = taxonomyFile().data.properNames.namedEvents;
  return { words: new Set(d.words.map(phraseKey)), nameWords: d.nameWords };
});

/** `candidates` with a storm word that opens a name widened over the name, and one that closes a name dropped. */
export function nameNaturalEvents(doc: AnalyzedDocument, lex: Lexicon, candidates: ThreatCandidate[]): ThreatCandidate[] {
  const { words, nameWords } = events();
  const t = doc.tokens;
  // A name word: capitalized, not a function word (`Hurricane Season and …` aside, a name follows).
  const nameWord = (i: number) =>
    i >= 0 && i < t.count && t.isWord(i) && t.isCapitalized(i) && !t.isUpper(i) && !lex.conjunctions.has(t.key(i)) && !lex.determiners.has(t.key(i));
  return candidates.filter((c) => {
    if (c.rule !== "term" || !t.isCapitalized(c.firstToken) || t.isUpper(c.firstToken)) return true;
    if (!words.has(phraseKey(doc.text.slice(c.start, c.end)))) return true;
    let end = c.endToken;
    while (end < c.endToken + nameWords && nameWord(end) && !t.opensBlock(end)) end++;
    if (end > c.endToken) {
      c.endToken = end;
      c.end = t.end(end - 1);
      return true;
    }
    const prev = c.firstToken - 1;
    return !(nameWord(prev) && !t.opensBlock(c.firstToken) && !opensSentence(doc, prev));
  });
}
