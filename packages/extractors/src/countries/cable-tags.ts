import type { AnalyzedDocument, Mention } from "@procmine/core";

/**
 * A diplomatic cable's `TAGS:` line (`TAGS: PGOV PREL PTER CO`) lists subject codes of four
 * letters and the ISO alpha-2 codes of the countries the cable is about: there a two-letter code
 * in capitals is a country. Nowhere else: two letters in prose are words and initials.
 */
// The field ends at its line's end, however the line break is written (a cable kept in one line
// of HTML writes it `&#x000A;`), or where `SUBJECT:` follows on the same line.
const TAGS_LINE = /(?<![\p{L}\p{N}])TAGS:([^\n]{0,1000}?)(?=$|&#x0*[aA];|&#0*10;|SUBJECT:)/gmu;
const TWO_LETTERS = /(?<![\p{L}\p{N}_])[A-Z]{2}(?![\p{L}\p{N}_])/gu;

/** Alpha-2 codes in `TAGS:` lines that no other mention covers, with `iso2s` alpha-2 -> alpha-3. */
export function cableTagMentions(doc: AnalyzedDocument, iso2s: ReadonlyMap<string, string>, found: readonly Mention[], confidence: number): Mention[] {
  const taken = new Set(found.map((m) => m.start));
  const out: Mention[] = [];
  // The raw text keeps the field's line break (the analysis text may join a paragraph's lines).
  for (const line of doc.raw.matchAll(TAGS_LINE)) {
    const offset = line.index + line[0].length - line[1]!.length;
    for (const code of line[1]!.matchAll(TWO_LETTERS)) {
      const iso3 = iso2s.get(code[0]);
      const start = doc.map.fromRaw(offset + code.index);
      if (iso3 === undefined || taken.has(start) || !doc.text.startsWith(code[0], start)) continue;
      out.push({ type: "country", start, end: start + 2, attrs: { iso3 }, rule: "short_form", confidence });
    }
  }
  return out;
}
