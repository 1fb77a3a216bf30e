import { z } from "./zod.js";
import { loadDataFile, once } from "./data-file.js";
import { foldKey, keyIdOf, type TokenTable } from "./tokens.js";
import type { Language } from "./language.js";

/**
 * How a text is written: whether it writes capitals (names, sentence starts) and accents. A
 * lower-cased corpus or an ASCII-folded scrape still names countries and bodies; extractors that
 * ask a name's capitals or accents read this profile to know whether their absence tells anything.
 */
export interface WritingProfile {
  /**
   * Whether a word's capitals tell anything (a name, an acronym, a sentence start): false in a
   * block written without capitals and in one written all in capitals (`upper`).
   */
  capitals: boolean;
  accents: boolean;
  /**
   * Written all in capitals (a wire or telegram copy, a typed memo, a shouted headline): every
   * word is capitalized, so capitals are no evidence; such a block reads as one without them.
   */
  upper?: true;
}

/** What normal text shows: capitals and accents. */
export const NORMAL_WRITING: WritingProfile = Object.freeze({ capitals: true, accents: true });

// Built only when the file is validated (loadDataFile), not at import.
function writingSchema() {
  return z
    .object({
      $comment: z.string().optional(),
      capitals: z.object({ minWords: z.number().int().positive(), minSentences: z.number().int().positive(), minWordsWithoutStops: z.number().int().positive(), minShare: z.number().min(0).max(1) }).strict(),
      upper: z.object({ minWords: z.number().int().positive(), minShare: z.number().min(0).max(1) }).strict(),
      accents: z
        .object({
          minEvidence: z.number().int().positive(),
          minShare: z.number().min(0).max(1),
          // Each word is written with its accent: the evidence is a folded key's accented spelling missing.
          words: z.array(z.string().regex(/[^\p{ASCII}]/u, "an accent-evidence word carries a non-ASCII letter")).min(1),
        })
        .strict(),
    })
    .strict();
}

const settings = once(() => {
  const { data } = loadDataFile(new URL("../data/writing.json", import.meta.url), writingSchema);
  return { ...data, evidence: new Set(data.accents.words.map((w) => keyIdOf(foldKey(w)))) };
});

/** Counts behind a profile, summed over blocks for the document's. */
export interface WritingCounts {
  /**
   * Sentences, counted by their stops (a word after `.`, `?`, `!`), not by the segmenter, which
   * needs a capital to start one: one lower-case list item (`e) "vessel" means …`) is no evidence
   * of a text without capitals.
   */
  sentences: number;
  words: number;
  capitalized: number;
  /** Capitalized words none of whose letters is lower case (`THE`, `POLICÍA`, `U.S.`). */
  upper: number;
  /** Accent-evidence words seen, and how many of them carry a non-ASCII letter. */
  evidence: number;
  accented: number;
}

export function emptyCounts(): WritingCounts {
  return { sentences: 0, words: 0, capitalized: 0, upper: 0, evidence: 0, accented: 0 };
}

const NON_ASCII = /[^\p{ASCII}]/u;

/** Adds tokens [from, to) to `counts`: one look-up per word token (accents read in Spanish and Portuguese only). */
export function countWriting(text: string, tokens: TokenTable, from: number, to: number, lang: Language, counts: WritingCounts): WritingCounts {
  const { evidence } = settings();
  const romance = lang !== "en";
  if (to > from) counts.sentences++;
  for (let i = from; i < to; i++) {
    if (!tokens.isWord(i)) continue;
    if (i > from && stopBefore(text, tokens, i)) counts.sentences++;
    counts.words++;
    if (tokens.isCapitalized(i)) {
      counts.capitalized++;
      if (tokens.isUpper(i)) counts.upper++;
    }
    if (romance && evidence.has(tokens.keyId(i))) {
      counts.evidence++;
      if (NON_ASCII.test(tokens.text(i))) counts.accented++;
    }
  }
  return counts;
}

/** A sentence stop (`.`, `?`, `!`) ends the token before word `i` or stands between the two (the table may hold no punctuation). */
function stopBefore(text: string, tokens: TokenTable, i: number): boolean {
  for (let k = tokens.start(i) - 1, end = tokens.start(i - 1); k >= end; k--) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 63 || c === 33) return true;
    // Only white space and closing marks may stand between the stop and the word.
    if (!(c === 32 || c === 10 || c === 9 || c === 13 || c === 41 || c === 34 || c === 39 || c === 0x201d)) return false;
  }
  return false;
}

/**
 * The profile the counts show; where they are too few to tell (a short block), `fallback`'s
 * (the document's) for that half.
 */
export function decideWriting(counts: WritingCounts, fallback: WritingProfile): WritingProfile {
  const { capitals, accents, upper } = settings();
  // A long block tells without stops (a transcript dumped into one field); a list item is short.
  const enough = counts.words >= capitals.minWords && (counts.sentences >= capitals.minSentences || counts.words >= capitals.minWordsWithoutStops);
  // Capitals: a block long enough tells by its words; a block in capitals tells over fewer words
  // (a headline, a dateline) and needs no sentence stop.
  const upperShown = counts.words >= upper.minWords ? counts.upper >= upper.minShare * counts.words : undefined;
  const isUpper = upperShown ?? fallback.upper === true;
  const capitalsShown = isUpper ? false : enough ? counts.capitalized >= capitals.minShare * counts.words : upperShown === false && fallback.upper ? true : fallback.capitals;
  const accentsShown = counts.evidence >= accents.minEvidence ? counts.accented >= accents.minShare * counts.evidence : fallback.accents;
  if (capitalsShown === fallback.capitals && accentsShown === fallback.accents && isUpper === (fallback.upper === true)) return fallback;
  if (isUpper) return { capitals: false, accents: accentsShown, upper: true };
  return capitalsShown && accentsShown ? NORMAL_WRITING : { capitals: capitalsShown, accents: accentsShown };
}
