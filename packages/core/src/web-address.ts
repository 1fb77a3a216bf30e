/** How far a word is read each way: a longer run of non-space characters is read as text. */
const MAX_WORD_CHARS = 300;

/** Characters that end a word here: spaces, and the quotes, parentheses and brackets around an address. */
const BOUNDARY = /[\s"'()<>[\]]/;

const ADDRESS_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|\.{0,2}\/)/i;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;
const FILE_EXTENSION = /\.(?:pdf|jpe?g|png|gif|svg|webp|tiff?|html?|php|aspx?|docx?|xlsx?|pptx?|csv|txt|json|xml|md|zip)$/i;

/**
 * Whether [start, end) of `text` lies inside a web address or a file path
 * (`/files/Case%20study%20-%20Honduras.pdf`, `https://site.org/2021/05/report`, `peru-map.png`):
 * a file or a page named after a country, or numbered, is no mention and no claim. The whole run
 * of non-space characters around the span decides; each side is read at most MAX_WORD_CHARS.
 */
export function insideWebAddress(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < MAX_WORD_CHARS && !BOUNDARY.test(text.charAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < MAX_WORD_CHARS && !BOUNDARY.test(text.charAt(b))) b++;
  if (a === start && b === end) return false;
  const word = text.slice(a, b).replace(/[.,;:!?]+$/, "");
  return ADDRESS_START.test(word) || PERCENT_ESCAPE.test(word) || FILE_EXTENSION.test(word);
}
