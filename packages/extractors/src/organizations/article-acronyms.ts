import { acronymUses, type AnalyzedDocument } from "@procmine/core";
import { normalizeName, type OrgCandidate } from "./candidate.js";
import { isAcronym } from "./acronyms.js";
import { formKey } from "./gazetteer.js";

/** Where an acronym may be read as a body (org-patterns.json `articleAcronyms`). */
export interface ArticleAcronymWords {
  /** Determiner (article or preposition fused with one) -> the language it is one in (`the` en, `del` es, `pelo` pt). */
  determiners: ReadonlyMap<string, string>;
  /** Acronyms that name no body (units, currencies, laws, diseases, documents): folded. */
  nonBodies: ReadonlySet<string>;
}

// Press and report texts use a body's acronym with an article and never define it (`la CVR ha
// estimado`, `organizado pelo MST`, `the ESA`): a word in capitals after a determiner of the
// paragraph's language is a body's name, unless it is an acronym of something else (`el PIB`,
// `the GDP`, `la COVID`) or a country's code (`the US`). Once so read, its other uses in the text
// are that body too. The name is the acronym itself: the text gives no other. An acronym the text
// defines in parentheses is read by its definition (`Objetivos Estratégicos (OBE)`, `Convención
// ... (CNUDM)`: the definition rules found no body there), one with a figure (`BR-262`) is a code, and
// one before a number or a capitalized word opens a longer name or a reference (`OBE 3`, `CAI Caldas`).

/** A legal citation just before a use (`art. 105 da CF`, `artículo 3 del COIP`, `Section 7 of the`): the acronym names a law. */
const CITED_ARTICLE = /(?:\b(?:arts?|art[íi]culos?|artigos?|articles?|sections?|secci[óo]n|se[çc][ãa]o|incisos?)\.?|§)\s*\d+[^.;\n]{0,40}$/i;

/** Whether a use of the acronym follows a legal citation. */
const citedAsLaw = (text: string, uses: readonly { start: number }[]) => uses.some((u) => CITED_ARTICLE.test(text.slice(Math.max(0, u.start - 60), u.start)));

/** The most initials a spelled-out phrase is read for (an acronym is at most 16 characters). */
const MAX_INITIALS = 16;

/**
 * The text's own capitalized phrases by the initials of their capitalized words (`RDD` ->
 * `Regime Disciplinar Diferenciado`), linked by lower-case words `isLink` accepts; the first
 * phrase in the text for each. A phrase that runs on past its initials into another capitalized
 * word (`... Diferenciado Federal`) is not one of those initials'. Built once per document: each
 * token opens at most MAX_INITIALS steps, so looking up every acronym stays linear in the text.
 */
function spelledOutPhrases(doc: AnalyzedDocument, isLink: (word: string) => boolean): Map<string, string> {
  const t = doc.tokens;
  const out = new Map<string, string>();
  const nameWord = (k: number) => k < t.count && t.isWord(k) && t.isCapitalized(k) && !t.isUpper(k);
  for (let i = 0; i < t.count; i++) {
    if (!nameWord(i)) continue;
    let k = i;
    let initials = t.text(i).charAt(0);
    for (;;) {
      if (initials.length > 1 && !nameWord(k + 1) && !out.has(initials)) out.set(initials, doc.text.slice(t.start(i), t.end(k)));
      if (initials.length >= MAX_INITIALS) break;
      let j = k + 1;
      while (j < t.count && t.isWord(j) && !t.isCapitalized(j) && isLink(t.key(j)) && j - k <= 3) j++;
      if (!nameWord(j)) break;
      k = j;
      initials += t.text(j).charAt(0);
    }
  }
  return out;
}

/**
 * A spelled-out acronym names a body when its phrase has an organization head where the language
 * puts one: last in English (`Transnational Institute`), first in Spanish and Portuguese
 * (`Instituto Nacional ...`; `Adicional por Tempo de Serviço` is a pay, `Imposto Sobre Serviço ...` a tax).
 */
function bodyName(phrase: string, english: boolean, names: { hasHead: (phrase: string) => boolean; isHead: (word: string) => boolean }): boolean {
  const words = phrase.split(/\s+/);
  return names.hasHead(phrase) && names.isHead(english ? words[words.length - 1]! : words[0]!);
}

/** Acronyms the text writes first in a parenthesis (`(OBE)`, `(FAA, by its initials)`): defined there. */
function parenthesized(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\(\s*([A-Z][A-Za-z0-9]*(?:[-&][A-Za-z0-9]+)*)\s*[),;:=]/g)) out.add(m[1]!);
  return out;
}

/** The acronym starting at token `i`, hyphenated parts joined (`PCP-SL`, `MS-18`), or "". */
function acronymAt(doc: AnalyzedDocument, i: number): string {
  const m = /^[A-Z0-9]+(?:[-&][A-Z0-9]+)*/.exec(doc.text.slice(doc.tokens.start(i), doc.tokens.start(i) + 16));
  const s = m?.[0] ?? "";
  // A word in capitals runs on (`CVRs`, `MSTista`): not this rule's.
  if (/[\p{L}\p{N}]/u.test(doc.text.charAt(doc.tokens.start(i) + s.length))) return "";
  return isAcronym(s) && /[A-Z]{2}/.test(s) ? s : "";
}

/** Whether the word right after `end`, on the same line, is a document's or an event's (`survey`, `Index`). */
function namesDocument(doc: AnalyzedDocument, end: number, isNotBody: (word: string) => boolean): boolean {
  const next = doc.tokenAt(end - 1) + 1;
  const t = doc.tokens;
  return next > 0 && next < t.count && !t.opensBlock(next) && t.isWord(next) && !doc.text.slice(end, t.start(next)).includes("\n") && isNotBody(t.text(next));
}

/** Mentions of acronyms read as bodies by their article, each acronym's other uses included. */
export function articleAcronyms(
  doc: AnalyzedDocument,
  mentions: readonly OrgCandidate[],
  words: ArticleAcronymWords,
  isCountry: (key: string) => boolean,
  isLink: (word: string) => boolean,
  names: { hasHead: (phrase: string) => boolean; isHead: (word: string) => boolean; isNotBody?: (word: string) => boolean },
  countryLayer: readonly { start: number; end: number }[],
  isShared: (short: string) => boolean,
  /** The document's tokens whose key is one of `words.determiners`, ascending (triggers.ts): an acronym follows one. */
  determinersAt: Int32Array,
): OrgCandidate[] {
  const t = doc.tokens;
  // A body's span, or a country's (`os EUA`): marked when a determiner's acronym first asks.
  let taken: Uint8Array | undefined;
  const isTaken = (at: number): boolean => {
    if (taken === undefined) {
      taken = new Uint8Array(doc.text.length + 1);
      for (const m of [...mentions, ...countryLayer]) taken.fill(1, m.start, m.end);
    }
    return taken[at] === 1;
  };
  const upperWord = (k: number) => k >= 0 && k < t.count && t.isWord(k) && t.isUpper(k) && t.end(k) - t.start(k) > 1;
  const found = new Set<string>();
  let defined: Set<string> | undefined;
  for (const d of determinersAt) {
    const i = d + 1;
    if (i >= t.count || !t.isWord(i) || !t.isUpper(i) || t.opensBlock(i)) continue;
    const language = words.determiners.get(t.key(i - 1));
    // A lower-case or capitalized determiner (`la`, `La`), never one in a heading in capitals (`THE`).
    if (language === undefined || !t.isWord(i - 1) || (t.isUpper(i - 1) && t.end(i - 1) - t.start(i - 1) > 1)) continue;
    if (doc.langAt(t.start(i)) !== language) continue;
    const short = acronymAt(doc, i);
    if (!short || found.has(short) || isTaken(t.start(i))) continue;
    // Capitals on either side: a heading or a name in capitals, which other rules read.
    const next = doc.tokenAt(t.start(i) + short.length - 1) + 1;
    if (upperWord(i - 2) || (next < t.count && !t.opensBlock(next) && (t.isCapitalized(next) || /^\d/.test(t.text(next))))) continue;
    // A national acronym many countries' bodies share (`PF`) names one only where the text names it (local-acronyms.ts).
    if (isShared(short) || /\d/.test(short) || /^[IVXLC]+$/.test(short) || words.nonBodies.has(formKey(short)) || isCountry(formKey(short))) continue;
    defined ??= parenthesized(doc.text);
    if (defined.has(short)) continue;
    found.add(short);
  }
  const out: OrgCandidate[] = [];
  let spelled: Map<string, string> | undefined;
  for (const short of found) {
    const uses = acronymUses(doc, short);
    if (citedAsLaw(doc.text, uses)) continue;
    // `the ENVIPE survey`, `the CPI index`: an acronym before a document's or an event's word names that.
    if (names.isNotBody && uses.some((u) => namesDocument(doc, u.end, names.isNotBody!))) continue;
    // Spelled out by the text: a body's name when the phrase has an organization head, else no body's.
    spelled ??= spelledOutPhrases(doc, isLink);
    const long = spelled.get(short.replace(/[^A-Z]/g, ""));
    if (long !== undefined && !bodyName(long, doc.langAt(uses[0]?.start ?? 0) === "en", names)) continue;
    const name = long !== undefined ? normalizeName(long) : short;
    for (const u of uses) {
      if (isTaken(u.start) || isTaken(u.end - 1)) continue;
      out.push({ name, ...(long !== undefined ? { acronym: short } : {}), start: u.start, end: u.end, rule: "acronym_use" });
    }
  }
  return out;
}
