import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import { formKey } from "./gazetteer.js";
import type { OrgLexicon } from "./pattern-words.js";

/** Capitalized words of a group's name at most; more is a heading or a list. */
const MAX_NAME_WORDS = 4;

/**
 * `la banda criminal de los Chapulines`, `el grupo criminal Los Cuervos`, `a facção Bonde dos
 * Cabeças`: after a lower-case group noun (and its modifier, where the noun needs one), the
 * capitalized name is a criminal group; a lower-case plural article before it (`los`) is outside
 * the span (as the guidelines' spans) but opens the name (`Los Chapulines`). After a connector the article is required (`banda de Sinaloa` names a place).
 * Inner connectors join capitalized words (`Bonde dos Cabeças`). Country names are no group.
 */
export function namedGroups(
  doc: AnalyzedDocument,
  lex: OrgLexicon,
  known: ReadonlyMap<string, OrgIdentity>,
  isCountry: (key: string) => boolean,
  /** The document's tokens whose key is a group noun (`lex.namedGroupNouns`), ascending (triggers.ts). */
  at: Int32Array,
): OrgCandidate[] {
  const t = doc.tokens;
  const out: OrgCandidate[] = [];
  const lowerWord = (k: number) => k < t.count && t.isWord(k) && !t.isCapitalized(k) && !t.opensBlock(k);
  let next = 0;
  for (const i of at) {
    if (i < next || !lowerWord(i) || doc.langAt(t.start(i)) === "en") continue;
    let k = i + 1;
    let modified = false;
    while (lowerWord(k) && lex.namedGroupModifiers.has(t.key(k))) {
      modified = true;
      k++;
    }
    if (!modified && lex.namedGroupNeedModifier.has(t.key(i))) continue;
    const connector = lowerWord(k) && lex.romancePartOf.has(t.key(k));
    if (connector) k++;
    const article = lowerWord(k) && lex.groupArticles.has(capitalize(t.text(k))) ? k++ : -1;
    // After a connector, a plural article (`de los`) or a plural contraction of both (`dos`, `das`).
    if (connector && article < 0 && !t.key(k - 1).endsWith("s")) continue;
    const first = k;
    let last = -1;
    let words = 0;
    while (k < t.count && !t.opensBlock(k) && words < MAX_NAME_WORDS) {
      if (t.isWord(k) && t.isCapitalized(k)) {
        last = k++;
        words++;
      } else if (last >= 0 && lowerWord(k) && lex.romancePartOf.has(t.key(k)) && k + 1 < t.count && t.isCapitalized(k + 1) && t.isWord(k + 1)) k++;
      else break;
    }
    if (last < 0) continue;
    const nameText = doc.text.slice(t.start(first), t.end(last)).replace(/\s+/g, " ");
    if (isCountry(formKey(nameText))) continue;
    const start = t.start(first);
    const end = t.end(last);
    const name = article >= 0 ? `${capitalize(t.text(article))} ${nameText}` : nameText;
    const listed = known.get(formKey(name)) ?? known.get(formKey(nameText));
    out.push(listed ? { ...listed, start, end, rule: "name_pattern" } : { name, kind: "criminal_group", start, end, rule: "name_pattern" });
    next = last + 1;
  }
  return out;
}

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
