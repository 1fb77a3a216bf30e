import type { AnalyzedDocument } from "@procmine/core";
import { foldKey } from "@procmine/core";
import { accentedSpelling } from "./accented-names.js";

const WORD = /\p{L}+/gu;

/**
 * `SISTEMA NACIONAL DE EMPLEO PUBLICO`: a Spanish or Portuguese name the text writes in capitals
 * (an official bulletin's convention for bodies, a heading) is the body's name in ordinary case, as
 * the gold gives it: its words capitalized, its links (`de`, `la`, `y`) in lower case, and the
 * accents the capitals dropped put back (`Sistema Nacional de Empleo Público`). Only a name of
 * several words with a link or a head opening it: a pair of capitals words without either
 * (`XHMAP TV`) may be a brand's own spelling. A name the gazetteer gives is already in ordinary case.
 */
export function inOrdinaryCase(doc: AnalyzedDocument, name: string, start: number, isLink: (key: string) => boolean, isHead: (key: string) => boolean): string {
  const lang = doc.langAt(start);
  if (lang === "en" || name !== name.toUpperCase() || name === name.toLowerCase()) return name;
  const words = name.match(WORD) ?? [];
  if (words.length < 2 || !(words.some((w) => isLink(foldKey(w))) || isHead(foldKey(words[0]!)))) return name;
  let first = true;
  return name.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    const spelled = accentedSpelling(lower, lang) ?? lower;
    const cased = !first && isLink(foldKey(word)) ? spelled : spelled.charAt(0).toUpperCase() + spelled.slice(1);
    first = false;
    return cased;
  });
}
