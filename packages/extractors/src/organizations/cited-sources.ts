import type { AnalyzedDocument } from "@procmine/core";
import { normalizeName, type OrgCandidate } from "./candidate.js";
import type { OrgLexicon } from "./pattern-words.js";
import { formKey } from "./gazetteer.js";
import { isGivenName } from "../person-names.js";
import { isNounVerb, sourceSpans } from "./reported.js";
import { functionWords } from "../function-words.js";

// A body no list knows, named by the text as the source of what it reports (`the Guardian
// reported`, `according to AP`). A reporting verb's subject is a person as often as a body, so the
// name must also carry the text's own sign that it is no person: a definite article before it
// (people take none: `the Guardian`, `la Fundación Ideas`), or capitals throughout (`AP`, `EFE`).
// Kind stays empty: the verb says the name is a source, not what kind of body it is.

/** Most words a cited body's name may have here (longer runs are titles or lists). */
const MAX_WORDS = 5;

/** Cited sources with no organization head, each a bare name the text gives as no person's. Linear in the cited names. */
export function citedSources(doc: AnalyzedDocument, lex: OrgLexicon, countryForms: ReadonlySet<string>): OrgCandidate[] {
  const { en, es, pt } = functionWords().articles;
  const articles = new Set([...en, ...es, ...pt].map((a) => a.toLowerCase()));
  const english = new Set(en.map((a) => a.toLowerCase()));
  const t = doc.tokens;
  const out: OrgCandidate[] = [];
  let inner: Set<string> | undefined;
  for (const { from, to, byVerb } of sourceSpans(doc)) {
    // `the United States`: a verb written capitalized is the name's own word.
    // `FOIA documents`: a verb that is a plural noun too may end a noun phrase instead.
    if (to - from > MAX_WORDS || (byVerb && (!t.isLowerCase(to) || isNounVerb(t.key(to))))) continue;
    // `according to a June analysis`: a name before a lower-case noun is that noun's modifier; not before an
    // English function word (`told IPS that`, `told the Tribune in an interview`).
    if (!byVerb && to < t.count && t.isWord(to) && t.isLowerCase(to) && !t.opensBlock(to) && !(lex.functionWords.has(t.key(to)) && doc.langAt(t.start(to)) === "en")) continue;
    const keys: string[] = [];
    for (let i = from; i < to; i++) keys.push(t.key(i));
    const text = doc.text.slice(t.start(from), t.end(to - 1));
    const acronym = to - from === 1 && /^\p{Lu}{2,6}$/u.test(text);
    // The article right before the name, in lower case: a capitalized one opens a sentence or a title.
    // In English only `the` (`according to a June analysis`: `a` is no definite article there).
    const definite = doc.langAt(t.start(from)) === "en" ? english : articles;
    const article = from > 0 && !t.opensBlock(from) && definite.has(t.key(from - 1)) && t.isLowerCase(from - 1);
    // Capitals after an article are article-acronyms.ts's to read (an ambiguous `la PF` names no body).
    if (acronym === article) continue;
    // A person's name, a title (`the President`), a document (`the Constitution`), a body's head (`the Ministry`: the patterns' or an
    // antecedent's), a function word or a state are not a new body's name.
    if (isGivenName(keys[0]!) || keys.some((k) => lex.titles.has(k) || lex.heads.has(k) || lex.romanceHeads.has(k) || lex.nonOrg.has(k) || lex.functionWords.has(k))) continue;
    if (countryForms.has(formKey(text))) continue;
    // `segundo a Federal` after `Polícia Federal`: a longer name's last word is that name, shortened.
    if (to - from === 1 && !acronym && (inner ??= innerWords(doc, articles)).has(keys[0]!)) continue;
    out.push({ name: normalizeName(text), start: t.start(from), end: t.end(to - 1), rule: "cited_source" });
  }
  return out;
}

/** Folded words that follow another capitalized word, not an article, somewhere in the text (`Federal` in `Polícia Federal`, not `Guardian` in `The Guardian`). Linear in the tokens. */
function innerWords(doc: AnalyzedDocument, articles: ReadonlySet<string>): Set<string> {
  const t = doc.tokens;
  const out = new Set<string>();
  for (let i = 1; i < t.count; i++) if (!t.opensBlock(i) && t.isWord(i) && t.isCapitalized(i) && t.isWord(i - 1) && t.isCapitalized(i - 1) && !articles.has(t.key(i - 1))) out.add(t.key(i));
  return out;
}
