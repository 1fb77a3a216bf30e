import type { AnalyzedDocument, Mention } from "@procmine/core";
import { foldPhrase } from "./forms.js";

/**
 * A country's name or short form written in lower case as the whole value of a markup element, as
 * data files and tagged corpora write a field (`<PLACES><D>usa</D><D>el-salvador</D></PLACES>`). A
 * field's value is written as the data's keys are, so its case tells nothing; in prose around it,
 * capitals still do (the matcher reads lower case only where a paragraph writes none). An element
 * counts only where it opens its line or follows another tag: inline markup in prose (`we ate
 * <b>turkey</b>`) holds words of prose. Only forms that name one state count, never a demonym.
 * (Quoted list items, `['brasil', …]`, were tried too: they took words of prose on unseen text.)
 */
const ELEMENT_VALUE = /(?:^|>)[ \t]*<[A-Za-z][\w:.-]*(?:\s[^<>\n]*)?>(\p{Ll}[\p{Ll}\p{M} .-]{0,40})<\//gmu;

/** Lower-case element values that fold to a key of `forms` (folded name -> alpha-3) and no other mention covers. */
export function fieldValueMentions(doc: AnalyzedDocument, forms: ReadonlyMap<string, string>, found: readonly Mention[], confidence: number): Mention[] {
  const text = doc.text;
  const out: Mention[] = [];
  // Characters another mention covers (a field value may hold a capital-less match already).
  const taken = new Set<number>();
  for (const m of found) for (let k = m.start; k < m.end; k++) taken.add(k);
  // Tags are blanked in the analysis text: an element's value is found in the raw text.
  for (const m of doc.raw.matchAll(ELEMENT_VALUE)) {
    const value = m[1]!;
    const start = doc.map.fromRaw(m.index + m[0].length - 2 - value.length);
    if (!text.startsWith(value, start) || taken.has(start) || taken.has(start + value.length - 1)) continue;
    const iso3 = forms.get(foldPhrase(value.replace(/-/g, " ")));
    if (iso3 !== undefined) out.push({ type: "country", start, end: start + value.length, attrs: { iso3 }, rule: "name", confidence });
  }
  return out;
}
