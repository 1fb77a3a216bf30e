/**
 * `h2 #[span 3.1] Extorsión`, `h3.titulo 2.4 Marco legal`: a Pug template's heading line (a Vue
 * course page) opening with a number, in the heading tag's text or in an inline tag there, before a
 * capitalized title. The number numbers the section; it is no quantity, and no evidence of how the
 * document writes decimals.
 */
const PUG_HEADING = /(?:^|\s)h[1-6](?:[.#][\w-]+)*(?:\([^()\n]*\))?[ \t]+(#\[[a-z][\w-]*(?:[.#][\w-]+)*[ \t]+)?$/;

/**
 * The number at `text[start, end)` opens a Pug heading's text and a capitalized title follows it.
 * `maxPrefix`: how much of its line the heading may have before its number (numeric-non-claims.json lineReach).
 */
export function isPugHeadingNumber(text: string, start: number, end: number, maxPrefix: number): boolean {
  // The tag opens its line; the analysis text joins lines with spaces, so white space before it is read as the line's start.
  const m = PUG_HEADING.exec(text.slice(Math.max(0, start - maxPrefix), start));
  if (!m) return false;
  let at = end;
  if (m[1] !== undefined) {
    if (text.charCodeAt(at) !== 93) return false; // `]` closes the inline tag
    at++;
  }
  return /^[ \t]+\p{Lu}/u.test(text.slice(at, at + 3));
}
