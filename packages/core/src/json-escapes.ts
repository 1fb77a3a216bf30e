import { z } from "./zod.js";
import { loadDataFile, once } from "./data-file.js";

// Text stored as an escaped JSON string (a court opinion or a news record in a JSON field) writes
// its line breaks and tabs as two characters, `\n`, `\t`: read as they stand, `how\n\ndrug
// trafficking` has the word `ndrug`. A run of such escapes before a letter is read as spaces in
// the analysis text (one-for-one, so offsets do not move) when the document holds more of them
// than real line breaks and at least minEscapes (data/json-escapes.json). Before a digit or a mark
// the run stays as it is: a page number or a note mark after a break (`\n-20-`, `\n3`) is not
// read as a number in running text.

const schema = () =>
  z
    .object({
      $comment: z.string().optional(),
      minEscapes: z.number().int().min(1),
    })
    .strict();

const data = once(() => loadDataFile(new URL("../data/json-escapes.json", import.meta.url), schema).data);

/** A backslash escape of a line break, tab, form feed or carriage return (not an escaped backslash's `n`). */
const ESCAPE = /(?<!\\)\\[nrtf]/g;

/** Whether `raw` reads as an escaped JSON string: more escaped line breaks than real ones, and enough. */
export function isJsonEscaped(raw: string): boolean {
  const escapes = raw.match(ESCAPE)?.length ?? 0;
  if (escapes < data().minEscapes) return false;
  let breaks = 0;
  for (let k = raw.indexOf("\n"); k >= 0 && breaks < escapes; k = raw.indexOf("\n", k + 1)) breaks++;
  return escapes > breaks;
}

/** A run of escapes right before a letter. */
const RUN_BEFORE_LETTER = /(?<!\\)(?:\\[nrtf])+(?=\p{L})/gu;

/** `mapped` with each run of escapes before a letter as spaces where `raw` is such a document, else `mapped` itself. */
export function blankJsonEscapes(raw: string, mapped: string): string {
  return isJsonEscaped(raw) ? mapped.replace(RUN_BEFORE_LETTER, (run) => " ".repeat(run.length)) : mapped;
}
