/**
 * `<a class="icon" title="Sumário: … por seis meses …">`: a tag's quoted attribute value (a
 * tooltip repeating a table cell, an address, a style) is the page's machinery, not what its reader
 * reads, however long it runs and whatever brackets it holds. Read from the start of the number's
 * line, at most `maxLine` characters back (numeric-non-claims.json lineReach), tag by tag.
 */

/** Raw offset `at` lies inside the quoted value of an attribute of a tag opened on its line. */
export function insideAttributeValue(raw: string, at: number, maxLine: number): boolean {
  // The line's start, looked for at most `maxLine` back (a one-line file is not rescanned for each number).
  let start = at;
  while (start > 0 && raw.charCodeAt(start - 1) !== 10) {
    if (at - start >= maxLine) return false;
    start--;
  }
  let inTag = false;
  let quote = 0;
  for (let i = start; i < at; i++) {
    const c = raw.charCodeAt(i);
    if (!inTag) {
      // `<name` opens a tag (not `a < b`).
      if (c === 60 && /[A-Za-z]/.test(raw.charAt(i + 1))) inTag = true;
    } else if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if ((c === 34 || c === 39) && raw.charCodeAt(i - 1) === 61) {
      // A value's quote right after its `=`.
      quote = c;
    } else if (c === 62) {
      inTag = false;
    }
  }
  return inTag && quote !== 0;
}
