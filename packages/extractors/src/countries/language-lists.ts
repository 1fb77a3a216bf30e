import type { AnalyzedDocument } from "@procmine/core";
import type { ContextRules, TokenSpan } from "./context.js";

// Demonyms inside lists of languages. A list is known by its items: a demonym that names a
// language (countries-extra.json `languages.forms`) and names of languages that name no state
// (`languages.languageNames`: Arabic, Hindi, árabe). Two kinds of list:
// - coordinated (`in Spanish, Arabic and French`): a demonym that is a language by its own
//   context makes the items joined to it by commas and conjunctions languages, across bare
//   language names; a bare name alone does not (`English and French colonists` stay France);
// - juxtaposed (a language menu, one name a line; `Haitian Creole`): a run of language names with
//   nothing between them but space or a parenthesized qualifier (`Chinese (Simplified)`) that
//   holds a bare language name is a list of languages, if it stays on one line or its lines hold
//   nothing else and it has three items.

interface Item {
  firstToken: number;
  endToken: number;
  /** The index of the country match, or -1 for a bare language name. */
  match: number;
}

/** Space, a short qualifier in parentheses (`Chinese (Simplified)`), and at most one line break. */
const JUXTAPOSED = /^[ \t]*(?:\([\p{L} ]{1,30}\)[ \t]*)?(?:\r?\n[ \t]*)?$/u;
/** What may follow a list's last name on its line, or precede its first: space and a qualifier. */
const LINE_REST = /^[ \t\r]*(?:\([\p{L} ]{1,30}\)[ \t\r]*)?(?:\n|$)/u;
/** How far around a list LINE_REST and the line's start are looked for (a qualifier is short). */
const LINE_REST_REACH = 64;
/** A run over several lines (one name a line) needs this many items to be a list. */
const MIN_RUN_OVER_LINES = 3;

export function languageListUses(doc: AnalyzedDocument, found: readonly TokenSpan[], language: readonly boolean[], rules: ContextRules): boolean[] {
  const out = [...language];
  if (rules.languageNames.size === 0 || !found.some((m) => rules.languages.has(m.value.key))) return out;
  const items = languageItems(doc, found, rules);
  const marked = items.map((it) => it.match >= 0 && language[it.match] === true);
  markJuxtaposedRuns(doc, items, marked);
  const joined = (a: Item, b: Item) => coordinated(doc, a, b, rules);
  // Spread both ways along a coordinated list.
  for (let k = 1; k < items.length; k++) if (marked[k - 1] && joined(items[k - 1]!, items[k]!)) marked[k] = true;
  for (let k = items.length - 2; k >= 0; k--) if (marked[k + 1] && joined(items[k]!, items[k + 1]!)) marked[k] = true;
  items.forEach((it, k) => {
    if (it.match >= 0 && marked[k]) out[it.match] = true;
  });
  return out;
}

/** Language demonyms among the matches, and bare language names outside them, in text order. */
function languageItems(doc: AnalyzedDocument, found: readonly TokenSpan[], rules: ContextRules): Item[] {
  const t = doc.tokens;
  const covered = new Set<number>();
  const items: Item[] = [];
  found.forEach((m, i) => {
    for (let j = m.firstToken; j < m.endToken; j++) covered.add(j);
    if (rules.languages.has(m.value.key)) items.push({ firstToken: m.firstToken, endToken: m.endToken, match: i });
  });
  for (let j = 0; j < t.count; j++) {
    if (!covered.has(j) && t.isWord(j) && rules.languageNames.has(t.key(j))) items.push({ firstToken: j, endToken: j + 1, match: -1 });
  }
  return items.sort((a, b) => a.firstToken - b.firstToken);
}

const start = (doc: AnalyzedDocument, it: Item) => doc.tokens.start(it.firstToken);
const end = (doc: AnalyzedDocument, it: Item) => doc.tokens.end(it.endToken - 1);

function markJuxtaposedRuns(doc: AnalyzedDocument, items: readonly Item[], marked: boolean[]): void {
  let first = 0;
  let overLines = false;
  for (let k = 1; k <= items.length; k++) {
    if (k < items.length) {
      // The raw text: the analysis text joins a block's lines with spaces.
      const gap = doc.rawText(end(doc, items[k - 1]!), start(doc, items[k]!));
      if (JUXTAPOSED.test(gap)) {
        overLines ||= gap.includes("\n");
        continue;
      }
    }
    if (isLanguageRun(doc, items.slice(first, k), overLines)) for (let r = first; r < k; r++) marked[r] = true;
    first = k;
    overLines = false;
  }
}

/**
 * A run with a bare language name: on one line (`Haitian Creole`), or over lines that hold
 * nothing else (a menu), with three names at least.
 */
function isLanguageRun(doc: AnalyzedDocument, run: readonly Item[], overLines: boolean): boolean {
  if (run.length < 2 || !run.some((it) => it.match < 0)) return false;
  if (!overLines) return true;
  if (run.length < MIN_RUN_OVER_LINES) return false;
  const first = start(doc, run[0]!);
  const last = end(doc, run[run.length - 1]!);
  const before = doc.rawText(Math.max(0, first - LINE_REST_REACH), first);
  const lineStart = before.lastIndexOf("\n") + 1;
  const opensLine = (lineStart > 0 || first <= LINE_REST_REACH) && /^[ \t\r]*$/.test(before.slice(lineStart));
  return opensLine && LINE_REST.test(doc.rawText(last, Math.min(doc.text.length, last + LINE_REST_REACH)));
}

/** Joined as items of a list: a comma, a conjunction, or a comma and a conjunction. */
function coordinated(doc: AnalyzedDocument, a: Item, b: Item, rules: ContextRules): boolean {
  const t = doc.tokens;
  const gap = b.firstToken - a.endToken;
  if (gap === 1) return t.text(a.endToken) === "," || rules.listConjunctions.has(t.key(a.endToken));
  return gap === 2 && t.text(a.endToken) === "," && rules.listConjunctions.has(t.key(a.endToken + 1));
}
