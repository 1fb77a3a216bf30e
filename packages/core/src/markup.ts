/** How far back on its line an offset looks for the markup it may sit in. */
const MARKUP_REACH = 300;

/**
 * Whether raw offset `at` sits inside markup rather than prose: a Markdown link's target
 * (`[text](#1-organized-crime)`, `](/page?id=141299)`), an HTML tag (`<img width="450">`) or a
 * Markdown callout's type (`> [!TIP]`), a Markdown footnote mark (`[^2]`) or a Hugo shortcode
 * (`{{< vimeo 1234 >}}`). An opening parenthesis that is not a link target's is passed over, so
 * `style="color: rgb(221, 221, 221)"` inside a tag is markup too. Read back on the offset's own
 * line only (a bounded scan).
 */
export function insideMarkup(raw: string, at: number): boolean {
  const stop = Math.max(0, at - MARKUP_REACH);
  for (let k = at - 1; k >= stop; k--) {
    const c = raw.charCodeAt(k);
    if (c === 10 || c === 41 /* ) */ || c === 62 /* > */ || c === 93 /* ] */) return false;
    if (c === 40 /* ( */ && k > 0 && raw.charCodeAt(k - 1) === 93 /* ]( */) return true;
    if (c === 94 /* ^ */ && k > 0 && raw.charCodeAt(k - 1) === 91 /* [^ */) return true;
    if (c === 60 /* < */) return (k >= 2 && raw.startsWith("{{", k - 2)) || /^[A-Za-z][A-Za-z0-9]*\s/.test(raw.slice(k + 1, k + 34));
    if (c === 33 /* ! */ && k > 0 && raw.charCodeAt(k - 1) === 91 /* [! */) return true;
  }
  return false;
}
