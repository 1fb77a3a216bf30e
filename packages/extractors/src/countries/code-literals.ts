import type { AnalyzedDocument, Mention } from "@procmine/core";

/**
 * A country's ISO alpha-3 code quoted on its own, as program code and data files write it
 * (`id: "COL"`, `toCountryId: 'FRA'`): the quotes make the code a value, not a word of prose or
 * part of a project code (`COL/J12`). Only codes of listed states count.
 */
const QUOTED_CODE = /(["'`])([A-Z]{3})\1/g;

/** Quoted codes in `doc`, with `iso3s` the codes of the states listed in countries.json. */
export function quotedCodes(doc: AnalyzedDocument, iso3s: ReadonlySet<string>): { start: number; end: number; iso3: string }[] {
  const out: { start: number; end: number; iso3: string }[] = [];
  const text = doc.text;
  for (const m of text.matchAll(QUOTED_CODE)) {
    const code = m[2]!;
    const open = m.index;
    const close = open + 4;
    // `don't'` or `'USA's`: a quote inside a word is an apostrophe, not a literal's delimiter.
    if (!iso3s.has(code) || /[\p{L}\p{N}]/u.test(text.charAt(open - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(close + 1))) continue;
    out.push({ start: open + 1, end: close, iso3: code });
  }
  return out;
}

/** Quoted codes no other country mention covers, as mentions of their state. */
export function codeLiteralMentions(doc: AnalyzedDocument, iso3s: ReadonlySet<string>, found: readonly Mention[], confidence: number): Mention[] {
  const taken = new Set(found.map((m) => m.start));
  return quotedCodes(doc, iso3s)
    .filter((c) => !taken.has(c.start))
    .map((c) => ({ type: "country", start: c.start, end: c.end, attrs: { iso3: c.iso3 }, rule: "short_form", confidence }));
}
