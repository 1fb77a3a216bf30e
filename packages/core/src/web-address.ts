import { z } from "./zod.js";
import { loadDataFile, once } from "./data-file.js";

// Built only when the file is validated (loadDataFile), not at import.
const webAddressSchema = () =>
  z
    .object({
      $comment: z.string().optional(),
      maxWordChars: z.number().int().min(1),
      fileExtensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/, "not a lower-case file extension")).min(1),
    })
    .strict();

const data = once(() => {
  const file = loadDataFile(new URL("../data/web-address.json", import.meta.url), webAddressSchema);
  const extensions = [...new Set(file.data.fileExtensions)].join("|");
  return { maxWordChars: file.data.maxWordChars, fileExtension: new RegExp(`\\.(?:${extensions})$`, "i") };
});

/** Characters that end a word here: spaces, and the quotes, parentheses and brackets around an address. */
const BOUNDARY = /[\s"'()<>[\]]/;

const ADDRESS_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|\.{0,2}\/)/i;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;

/**
 * Whether [start, end) of `text` lies inside a web address or a file path
 * (`/files/Case%20study%20-%20Honduras.pdf`, `https://site.org/2021/05/report`, `peru-map.png`):
 * a file or a page named after a country, or numbered, is no mention and no claim. The whole run
 * of non-space characters around the span decides; each side is read at most maxWordChars
 * (data/web-address.json).
 */
export function insideWebAddress(text: string, start: number, end: number): boolean {
  const { maxWordChars, fileExtension } = data();
  let a = start;
  while (a > 0 && start - a < maxWordChars && !isBoundary(text, a - 1)) a--;
  let b = end;
  while (b < text.length && b - end < maxWordChars && !isBoundary(text, b)) b++;
  if (a === start && b === end) return false;
  // Each shape below has a `/`, a `%` or a `.`: a run with none is text, and no string is made.
  if (!hasAddressMark(text, a, b)) return false;
  // A record row (`2021,Lima,,,femicidio,,https://….html`): only the span's own field decides.
  if (isRecordRow(text, a, b)) {
    a = lastCommaBefore(text, a, start) + 1;
    b = firstCommaFrom(text, end, b);
    if ((a === start && b === end) || !hasAddressMark(text, a, b)) return false;
  }
  const word = text.slice(a, b).replace(/[.,;:!?]+$/, "");
  return ADDRESS_START.test(word) || PERCENT_ESCAPE.test(word) || fileExtension.test(word);
}

/** `BOUNDARY` at `text[i]`, told by its code for ASCII (what text mostly is). */
function isBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 128) return BOUNDARY.test(text.charAt(i));
  return c === 32 || (c >= 9 && c <= 13) || c === 34 || c === 39 || c === 40 || c === 41 || c === 60 || c === 62 || c === 91 || c === 93;
}

const ADDRESS_AFTER_COMMA = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;

/**
 * Whether the run `text[a, b)` is a row of comma-separated fields rather than one address: it has
 * an empty field (`,,`) or an address that starts right after a comma (`detenido,https://…`). A
 * comma inside an address (`?q=Peru,Bolivia`) shows neither.
 */
function isRecordRow(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (text.charCodeAt(k) !== 44) continue;
    if (text.charCodeAt(k + 1) === 44) return true;
    if (ADDRESS_AFTER_COMMA.test(text.slice(k + 1, k + 41))) return true;
  }
  return false;
}

/** The last comma in `text[a, end)`, or a - 1 when there is none. */
function lastCommaBefore(text: string, a: number, end: number): number {
  for (let k = end - 1; k >= a; k--) if (text.charCodeAt(k) === 44) return k;
  return a - 1;
}

/** The first comma in `text[from, b)`, or b when there is none. */
function firstCommaFrom(text: string, from: number, b: number): number {
  for (let k = from; k < b; k++) if (text.charCodeAt(k) === 44) return k;
  return b;
}

/** Whether `text[a, b)` has a `/`, a `%` or a `.`. */
function hasAddressMark(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 47 || c === 37 || c === 46) return true;
  }
  return false;
}
