import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import type { OrgLexicon } from "./pattern-words.js";
import { normalizeName } from "./candidate.js";
import { formKey } from "./gazetteer.js";
import { sourceSpans } from "./reported.js";
import { functionWords } from "../function-words.js";

// Spanish and Portuguese newspapers and channels are titled with a capitalized article (`La Nación`,
// `El Tiempo`, `O Globo`). A capitalized article inside a sentence opens a title, never a common
// noun phrase, and a title the text cites as its source (`según La Hora`, `El Diario reported`) is
// a publication: a company. Linear in the cited names.

/** Publications titled with an article that the text cites as a source. */
export function citedTitles(doc: AnalyzedDocument, lex: OrgLexicon, countryForms: ReadonlySet<string>): OrgCandidate[] {
  const { es, pt } = functionWords().articles;
  const romance = new Set([...es, ...pt]);
  // `La`, `El`: no English word, so a title's article even where an English sentence opens
  // (`La Nación reported`); `A`, `As`, `O` are English words too (`As I said`).
  const singularEs = new Set(es.filter((a) => a.length === 2));
  const t = doc.tokens;
  const out: OrgCandidate[] = [];
  for (const { from, to, byVerb } of sourceSpans(doc)) {
    // `LA Times`: an article is written `La`, not in capitals (a one-letter `O` is both).
    if (to - from < 2 || !t.isCapitalized(from) || (t.isUpper(from) && t.end(from) - t.start(from) > 1)) continue;
    const english = doc.langAt(t.start(from)) === "en";
    if (!(english ? singularEs : romance).has(t.key(from))) continue;
    // Opening a sentence any article is capitalized (`La Fiscalía informó`): only in an English
    // paragraph is a Spanish article there still a title's.
    if (!english && (t.opensBlock(from) || opensSentence(doc, t.start(from)))) continue;
    // `A Barlovento Informa`: a capitalized verb is the title's own word.
    if (byVerb && t.isCapitalized(to)) continue;
    // `according to El Paso police`: a place before a lower-case noun, not a title.
    if (!byVerb && to < t.count && t.isWord(to) && t.isLowerCase(to) && !t.opensBlock(to)) continue;
    const words: string[] = [];
    for (let i = from + 1; i < to; i++) words.push(t.key(i));
    // A body's head (`La Policía`) is a back-reference or a pattern's name; a country is a state.
    if (words.some((w) => lex.heads.has(w) || lex.romanceHeads.has(w))) continue;
    const text = doc.text.slice(t.start(from), t.end(to - 1));
    if (countryForms.has(formKey(text)) || countryForms.has(formKey(doc.text.slice(t.start(from + 1), t.end(to - 1))))) continue;
    out.push({ name: normalizeName(text), kind: "company", start: t.start(from), end: t.end(to - 1), rule: "name_pattern" });
  }
  return out;
}


/** Whether the word at `at` opens a sentence or a line: nothing but spaces, quotes or brackets since a stop, a colon or a line break. */
function opensSentence(doc: AnalyzedDocument, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /[\s"“”'‘’([«—-]/u.test(doc.text.charAt(k))) k--;
  if (k < 0 || /[.!?:;…]/u.test(doc.text.charAt(k))) return true;
  // A line that opens with the article starts a paragraph or a heading (normalization writes the break as a space).
  return doc.raw.slice(doc.map.rawIndex(k + 1), doc.map.rawIndex(at)).includes("\n");
}
