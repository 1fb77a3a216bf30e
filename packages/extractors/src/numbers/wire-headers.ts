// A news wire archived in SGML (`<DOC>`, `<DOCNO>`, `<TEXT>`: the TIPSTER/LDC layout of AP, NYT, LA Times copy)
// writes its machinery in header elements: `<DOCID> 13561 </DOCID>`, `<LENGTH>⏎545 words⏎</LENGTH>`,
// `<SECTION>⏎Part 1; Page 14; Column 1⏎</SECTION>`. Their numbers count nothing; the story's are in `<TEXT>`
// and its headline (numeric-non-claims.json wireHeaders: the header elements' names).

/** How far back a number looks for the element it stands in: header elements are short. */
const MAX_BACK = 600;
/** A wire document opens with its `<DOC>` tag, perhaps after white space. */
const OPENS_WIRE = /^\uFEFF?\s*<DOC>/;


/**
 * The number at raw offset `at` stands in a header element of an SGML wire document: the nearest tag
 * before it opens one of `tags` (`<LENGTH>`, `<DOCID>`), not a closing one or another element.
 */
export function insideWireHeader(raw: string, at: number, tags: ReadonlySet<string>): boolean {
  if (tags.size === 0 || !OPENS_WIRE.test(raw.slice(0, 64))) return false;
  const from = Math.max(0, at - MAX_BACK);
  // Walk back only within MAX_BACK: lastIndexOf would run to the text's start in a long tag-free story.
  for (let lt = at - 1; lt >= from; lt--) {
    if (raw.charCodeAt(lt) !== 0x3c /* < */) continue;
    const m = /^<(\/?)([A-Z][A-Z0-9_-]*)(?:\s[^<>\n]*)?>/.exec(raw.slice(lt, lt + 80));
    if (m === null) continue; // a `<` of the prose, or a tag's inner markup
    return m[1] === "" && tags.has(m[2]!);
  }
  return false;
}

