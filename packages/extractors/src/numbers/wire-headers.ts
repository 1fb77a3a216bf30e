// A news wire archived in SGML writes its machinery in header elements: the TIPSTER/LDC layout of AP, NYT, LA Times
// copy (`<DOC>`, `<DOCID> 13561 </DOCID>`, `<LENGTH>⏎545 words⏎</LENGTH>`, `<SECTION>⏎Part 1; Page 14; Column 1⏎</SECTION>`)
// and Reuters-21578's (`<REUTERS …>`, `<PLACES><D>usa</D></PLACES>`, `<UNKNOWN> … 06-02 0125</UNKNOWN>`). Their numbers
// count nothing; the story's are in `<TEXT>` (`<BODY>`) and its headline (numeric-non-claims.json wireHeaders: the
// elements a wire document opens with and the header elements' names).

/** How far back a number looks for the element it stands in: header elements are short. */
const MAX_BACK = 600;
/** A wire document opens with its element, perhaps after white space and a DOCTYPE (`<!DOCTYPE lewis SYSTEM "lewis.dtd">`). */
const OPENER = /^\uFEFF?\s*(?:<!DOCTYPE[^<>]{0,200}>\s*)?<([A-Z][A-Z0-9_-]*)[\s>]/;

export interface WireHeaders {
  readonly openers: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
}

/**
 * The number at raw offset `at` stands in a header element of an SGML wire document: the nearest tag
 * before it opens one of the header tags (`<LENGTH>`, `<DOCID>`), not a closing one or another element.
 */
export function insideWireHeader(raw: string, at: number, wire: WireHeaders): boolean {
  if (wire.tags.size === 0) return false;
  const opener = OPENER.exec(raw.slice(0, 300));
  if (opener === null || !wire.openers.has(opener[1]!)) return false;
  const from = Math.max(0, at - MAX_BACK);
  // Walk back only within MAX_BACK: lastIndexOf would run to the text's start in a long tag-free story.
  for (let lt = at - 1; lt >= from; lt--) {
    if (raw.charCodeAt(lt) !== 0x3c /* < */) continue;
    const m = /^<(\/?)([A-Z][A-Z0-9_-]*)(?:\s[^<>\n]*)?>/.exec(raw.slice(lt, lt + 80));
    if (m === null) continue; // a `<` of the prose, or a tag's inner markup
    return m[1] === "" && wire.tags.has(m[2]!);
  }
  return false;
}
