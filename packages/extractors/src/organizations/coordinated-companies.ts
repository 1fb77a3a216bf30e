import { foldKey, type AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import type { OrgLexicon } from "./pattern-words.js";
import { formKey } from "./gazetteer.js";
import { isGivenName } from "../person-names.js";

// `CNN, Fox and MSNBC`, `Netflix or Facebook`: a single capitalized word listed side by side with a
// listed company is a company too (outlets, platforms and firms are named in such lists). The word
// must stand alone (no capitalized word right before or after it: `Oliver Herrmann, Google` is a
// person's name) and be no function word, given name, title, head, country or legal form.
// English lists only (`and`, `or`, a comma).

const AFTER = /^(?:,|[ \t]+(?:and|or))[ \t\r\n]+(\p{Lu}\p{L}*)(?![\p{L}\p{N}'’.&-])/u;
const BEFORE = /(?<![\p{L}\p{N}'’.&-])(\p{Lu}\p{L}*)(?:,|[ \t]+(?:and|or))[ \t\r\n]+$/u;
/** Characters looked at on either side of a listed company. */
const WINDOW = 40;

/** Lone capitalized words coordinated with a listed company, as companies. Linear in the listed companies. */
export function coordinatedCompanies(doc: AnalyzedDocument, listed: readonly OrgCandidate[], lex: OrgLexicon, countryForms: ReadonlySet<string>): OrgCandidate[] {
  const text = doc.text;
  const out: OrgCandidate[] = [];
  const known = new Set(listed.map((c) => c.start));
  const legal = new Set(lex.legalSuffixes.words.map(foldKey));
  const fits = (word: string, start: number): boolean => {
    const key = foldKey(word);
    if (known.has(start) || lex.functionWords.has(key) || isGivenName(key) || lex.titles.has(key) || lex.heads.has(key) || lex.nonOrg.has(key) || lex.notCoordinatedCompanies.has(key) || legal.has(key)) return false;
    if (countryForms.has(formKey(word))) return false;
    // A capitalized word right before (a first name, a sentence's opening) or right after (a longer name) makes it no lone name.
    if (/\p{Lu}[\p{L}.'’-]*[ \t]+$/u.test(text.slice(Math.max(0, start - WINDOW), start)) || /[.!?:;"“]\s*$|^\s*$/u.test(text.slice(Math.max(0, start - 3), start))) return false;
    return !/^[ \t\r\n]+\p{Lu}/u.test(text.slice(start + word.length, start + word.length + 3));
  };
  for (const c of listed) {
    if (c.kind !== "company" || doc.langAt(c.start) !== "en") continue;
    const after = AFTER.exec(text.slice(c.end, c.end + WINDOW));
    if (after) {
      const start = c.end + after[0].length - after[1]!.length;
      if (fits(after[1]!, start)) out.push({ name: after[1]!, kind: "company", start, end: start + after[1]!.length, rule: "name_pattern" });
    }
    const before = BEFORE.exec(text.slice(Math.max(0, c.start - WINDOW), c.start));
    if (before) {
      const start = c.start - before[0].length;
      if (fits(before[1]!, start)) out.push({ name: before[1]!, kind: "company", start, end: start + before[1]!.length, rule: "name_pattern" });
    }
  }
  return out;
}
