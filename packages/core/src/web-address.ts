import { z } from "./zod.js";
import { loadDataFile, once } from "./data-file.js";

const WebAddressSchema = z
  .object({
    $comment: z.string().optional(),
    maxWordChars: z.number().int().min(1),
    fileExtensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/, "not a lower-case file extension")).min(1),
  })
  .strict();

const data = once(() => {
  const file = loadDataFile(new URL("../data/web-address.json", import.meta.url), WebAddressSchema);
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
  while (a > 0 && start - a < maxWordChars && !BOUNDARY.test(text.charAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < maxWordChars && !BOUNDARY.test(text.charAt(b))) b++;
  if (a === start && b === end) return false;
  const word = text.slice(a, b).replace(/[.,;:!?]+$/, "");
  return ADDRESS_START.test(word) || PERCENT_ESCAPE.test(word) || fileExtension.test(word);
}
