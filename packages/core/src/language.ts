import { z } from "./zod.js";
import { loadDataFile, once } from "./data-file.js";
import { keyIdMemo, keyIdOf, type TokenTable } from "./tokens.js";

/** The languages procmine reads. The order breaks ties, so detection is deterministic. */
export const LANGUAGES = ["en", "es", "pt"] as const;
export type Language = (typeof LANGUAGES)[number];

// Built only when the file is validated (loadDataFile), not at import.
function languagesSchema() {
  const Profile = z.object({ stopWords: z.array(z.string().min(1)) }).strict();
  return z
    .object({
      $comment: z.string().optional(),
      minEvidence: z.number().int().positive(),
      margin: z.number().min(1),
      default: z.enum(LANGUAGES),
      languages: z.object({ en: Profile, es: Profile, pt: Profile }).strict(),
    })
    .strict();
}

interface Profiles {
  path: string;
  sha256: string;
  minEvidence: number;
  margin: number;
  fallback: Language;
  /** Bit i set when the folded key is a stop word of LANGUAGES[i]; read per token by key id. */
  maskOf: (keyId: number) => number;
}

export const languageProfiles = once((): Profiles => {
  const file = loadDataFile(new URL("../data/languages.json", import.meta.url), languagesSchema);
  const masks = new Map<number, number>();
  LANGUAGES.forEach((lang, bit) => {
    for (const w of file.data.languages[lang].stopWords) {
      const id = keyIdOf(w);
      masks.set(id, (masks.get(id) ?? 0) | (1 << bit));
    }
  });
  const byId = (id: number) => masks.get(id) ?? 0;
  return {
    path: file.path,
    sha256: file.sha256,
    minEvidence: file.data.minEvidence,
    margin: file.data.margin,
    fallback: file.data.default,
    // Key ids are interned process-wide, so a plain array memo is exact.
    maskOf: keyIdMemo((key) => byId(keyIdOf(key))),
  };
});

/** Stop-word hits per language (in LANGUAGES order). */
export type LanguageScores = [number, number, number];

/** Stop-word hits of tokens [from, to): one look-up per token. */
export function scoreTokens(tokens: TokenTable, from: number, to: number): LanguageScores {
  const { maskOf } = languageProfiles();
  const scores: LanguageScores = [0, 0, 0];
  for (let i = from; i < to; i++) {
    if (!tokens.isWord(i)) continue;
    const m = maskOf(tokens.keyId(i));
    if (m === 0) continue;
    if (m & 1) scores[0]++;
    if (m & 2) scores[1]++;
    if (m & 4) scores[2]++;
  }
  return scores;
}

/**
 * The language the scores show, or undefined when they are too few or too close to tell (the
 * caller then falls back on the document's language).
 */
export function decideLanguage(scores: LanguageScores): Language | undefined {
  const { minEvidence, margin } = languageProfiles();
  let best = 0;
  for (let i = 1; i < LANGUAGES.length; i++) if (scores[i]! > scores[best]!) best = i;
  if (scores[best]! < minEvidence) return undefined;
  for (let i = 0; i < LANGUAGES.length; i++) {
    if (i !== best && scores[best]! < margin * scores[i]!) return undefined;
  }
  return LANGUAGES[best];
}

/** The document's language from its whole scores: the best language, the default if there is no evidence. */
export function documentLanguage(scores: LanguageScores): Language {
  const decided = decideLanguage(scores);
  if (decided) return decided;
  let best = 0;
  for (let i = 1; i < LANGUAGES.length; i++) if (scores[i]! > scores[best]!) best = i;
  return scores[best]! > 0 ? LANGUAGES[best]! : languageProfiles().fallback;
}

export function addScores(a: LanguageScores, b: LanguageScores): LanguageScores {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}
