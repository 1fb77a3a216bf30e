import type { Lexicon } from "./vocabulary.js";

/**
 * Note marks that PDF text sets apart from their word: `Mencías 246 , de`, `cercanos 247 . Así`
 * (a space before the punctuation the mark was glued to), `Aspects, 3` before a wide gap or the
 * line's end (a space after the comma it followed), or a mark pushed alone onto its own
 * line far to the right (`<many spaces>248`) while its sentence goes on in lower case below (a
 * page number of a running foot stands so too), or after a sentence's stop and before the next
 * sentence's capital (`tariffs of up to 60%. 2 On March 4`), or between a lower-case word and a capitalized one
 * (a note's text run into the page: `mercancias 7 Datos de la revista`). Each such shape is only a candidate: a count may
 * stand so too. Notes run in sequence, so a candidate is a mark when the number just before or
 * after it is a candidate of the same document as well.
 */
export interface NoteMarks {
  /** Raw offsets where a note mark starts. */
  readonly at: ReadonlySet<number>;
}

const cache = new WeakMap<object, Map<Lexicon, NoteMarks>>();

/** The note marks of a document's raw text, read once per document and lexicon. */
export function spacedNoteMarks(owner: object, raw: string, lex: Lexicon): NoteMarks {
  let byLex = cache.get(owner);
  if (!byLex) cache.set(owner, (byLex = new Map()));
  let marks = byLex.get(lex);
  if (!marks) byLex.set(lex, (marks = findMarks(raw, lex)));
  return marks;
}

function findMarks(raw: string, lex: Lexicon): NoteMarks {
  const { marginIndent, maxDigits, closers } = lex.spacedNoteMarks;
  // The number's first digit comes before the look-behind, which then ends just after it: the
  // same matches, but the engine tries only where a digit stands, not at every character of the text.
  const marked = (before: string) => `(\\d(?<=${before}\\d)\\d{0,${maxDigits - 1}})`;
  // After a letter or a closing quote or bracket, a space, the number, a space and a stop or comma.
  const inline = new RegExp(`${marked(`[\\p{L}${escape(closers)}] `)}(?= [.,;:](?:\\s|$))`, "gu");
  // Alone on its line after at least `marginIndent` spaces, inside a sentence that goes on in lower case on the next line.
  const margin = new RegExp(`${marked(`(?:^|\\n)[ \\t]{${marginIndent},}`)}(?=[ \\t]*\\r?\\n[ \\t]*\\p{Ll})`, "gu");
  // After a word's comma and a space, the number and then a wide gap or the line's end (a raw
  // newline, or a JSON string's `\n` escape): `Secretary-General, 2  and`, `Aspects, 3 \n`.
  const afterComma = new RegExp(`${marked(`[\\p{L}${escape(closers)}], `)}(?= {2,}\\S| *(?:\\r?\\n|\\\\n))`, "gu");
  // After a sentence's stop (and a closing quote or bracket) and a space, the number, then a
  // capital or the line's end: a mark set apart after the stop it followed (`… in 2019). 1 He said`).
  const afterStop = new RegExp(`${marked(`[\\p{L}\\p{N}%${escape(closers)}][.!?][${escape(closers)}]? `)}(?= +\\p{Lu}| *\\r?\\n)`, "gu");
  // A note's own text run into the page (`transporte de mercancias 7 Datos de la revista`): after a lower-case word or a
  // number and a space, the number, a space and a capitalized word that a lower-case word follows (the note's first words;
  // a table's row run into one line, `Cali 16 Medellín 17`, puts a name and a number there).
  const noteText = new RegExp(`${marked(`[\\p{Ll}\\p{N}] `)}(?= \\p{Lu}\\p{Ll}* \\p{Ll})`, "gu");
  const found: { at: number; n: number }[] = [];
  for (const re of [inline, margin, afterComma, afterStop, noteText]) for (const m of raw.matchAll(re)) found.push({ at: m.index, n: Number(m[1]) });
  const numbers = new Set(found.map((f) => f.n));
  return { at: new Set(found.filter((f) => numbers.has(f.n - 1) || numbers.has(f.n + 1)).map((f) => f.at)) };
}

const escape = (chars: string) => chars.replace(/[\\\]^-]/g, "\\$&");
