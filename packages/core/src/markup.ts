/** How far back on its line an offset looks for the markup it may sit in. */
const MARKUP_REACH = 300;

/**
 * Whether raw offset `at` sits inside markup rather than prose: a Markdown link's target
 * (`[text](#1-organized-crime)`, `](/page?id=141299)`), an HTML tag (`<img width="450">`) or a
 * Markdown callout's type (`> [!TIP]`). Read back on the offset's own line only (a bounded scan).
 */
export function insideMarkup(raw: string, at: number): boolean {
  const stop = Math.max(0, at - MARKUP_REACH);
  for (let k = at - 1; k >= stop; k--) {
    const c = raw.charCodeAt(k);
    if (c === 10 || c === 41 /* ) */ || c === 62 /* > */ || c === 93 /* ] */) return false;
    if (c === 40 /* ( */) return k > 0 && raw.charCodeAt(k - 1) === 93; /* ]( */
    if (c === 60 /* < */) return /^[A-Za-z][A-Za-z0-9]*\s/.test(raw.slice(k + 1, k + 34));
    if (c === 33 /* ! */ && k > 0 && raw.charCodeAt(k - 1) === 91 /* [! */) return true;
  }
  return false;
}
