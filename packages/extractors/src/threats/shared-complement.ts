import { foldKey, keyIdMembership, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import type { Lexicon, ThreatValue } from "./lexicon.js";
import type { Occupancy } from "./select.js";

// Spanish and Portuguese: a list of nouns that shares one complement is one noun phrase
// (`la producción, tráfico ilícito y consumo indebido de drogas`, as English `production,
// trafficking, sale, and use of illicit drugs`): a threat noun inside the list takes the
// complement even where the noun nearest it names no threat (`consumo de drogas`).

/** The most nouns of a list, and the words of each (a noun and one adjective). */
const MAX_ITEMS = 5;
const ITEM_WORDS = 2;
/** The most words of the complement after its link (`de drogas sintéticas ilícitas`). */
const COMPLEMENT_WORDS = 4;

interface Item {
  first: number;
  end: number;
}

/**
 * Where a list of nouns ends on a link word whose complement the last noun does not make a threat
 * with, an earlier noun that does (`tráfico de drogas`) makes one mention from it to the
 * complement's end, of that phrase's threat. Kept phrases inside (`tráfico ilícito`) join it.
 * One pass over the tokens, each link looking a bounded number of tokens back and ahead.
 */
export function widenOverSharedComplement(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[], occupancy: Occupancy): ThreatCandidate[] {
  const t = doc.tokens;
  const owner = new Int32Array(t.count).fill(-1);
  kept.forEach((c, k) => owner.fill(k, c.firstToken, c.endToken));
  const replaced = new Set<number>();
  const added: ThreatCandidate[] = [];
  // Most tokens are no link word of either language: they are passed over before the language is
  // asked, by key id (an array read, no string hashed).
  const anyLink = keyIdMembership(linkWords(lex));
  for (let i = 1; i < t.count; i++) {
    if (anyLink(t.keyId(i)) === 0) continue;
    const lang = doc.langAt(t.start(i));
    const links = lang === "en" ? undefined : lex.headFirst.get(lang)?.links;
    if (!links) continue;
    const isLink = (key: string) => links.some((l) => l.length === 1 && l[0] === key);
    if (!isLink(t.key(i)) || !occupancy.free(i, i + 1)) continue;
    const items = listBefore(doc, lex, i, isLink, owner, kept);
    if (items.length < 2) continue;
    const found = sharedComplement(doc, lex, items, i, occupancy);
    // A list that is the complement of a noun before it describes that noun (`países de tránsito y
    // consumidores de drogas`), not an activity.
    if (!found || complementOfNounBefore(doc, lex, found.first, isLink)) continue;
    const inside = new Set<number>();
    let free = true;
    for (let j = found.first; j < found.end && free; j++) {
      const k = owner[j]!;
      if (k >= 0 && !replaced.has(k) && kept[k]!.firstToken >= found.first && kept[k]!.endToken <= found.end) inside.add(k);
      else if (!occupancy.free(j, j + 1)) free = false;
    }
    if (!free) continue;
    for (const k of inside) replaced.add(k);
    occupancy.take(found.first, found.end);
    added.push({ start: t.start(found.first), end: t.end(found.end - 1), firstToken: found.first, endToken: found.end, coreStart: t.start(found.first), value: found.value, rule: "coordination" });
  }
  if (added.length === 0) return kept;
  return [...kept.filter((_, k) => !replaced.has(k)), ...added].sort((a, b) => a.start - b.start);
}

const LINK_WORDS = new WeakMap<Lexicon, ReadonlySet<string>>();

/** The one-word links of every language's head-first phrases (`de`, `do`), made once per lexicon. */
function linkWords(lex: Lexicon): ReadonlySet<string> {
  let words = LINK_WORDS.get(lex);
  if (!words) LINK_WORDS.set(lex, (words = new Set([...lex.headFirst.values()].flatMap((h) => h.links.filter((l) => l.length === 1).map((l) => l[0]!)))));
  return words;
}

/**
 * The nouns of a list that ends right before `link`, nearest first (`consumo indebido`,
 * `tráfico ilícito`, `producción`): items are joined by commas, a conjunction opens the last
 * one, and an article may open any. Fewer than two: no list.
 */
function listBefore(doc: AnalyzedDocument, lex: Lexicon, link: number, isLink: (key: string) => boolean, owner: Int32Array, kept: readonly ThreatCandidate[]): Item[] {
  const t = doc.tokens;
  const items: Item[] = [];
  let end = link;
  while (items.length < MAX_ITEMS) {
    let first = end;
    while (first > 0 && end - first < ITEM_WORDS && word(doc, lex, first - 1, isLink) && !t.opensBlock(first)) first--;
    // A kept phrase is one item whole (`tráfico ilícito`), however many words it has.
    const k = first < end ? owner[end - 1]! : -1;
    if (k >= 0 && kept[k]!.endToken === end) first = kept[k]!.firstToken;
    if (first === end) break;
    items.push({ first, end });
    let j = first - 1;
    if (j >= 0 && lex.articles.has(t.key(j)) && !t.opensBlock(first)) j--;
    if (j < 1 || t.opensBlock(j + 1)) break;
    const conjunction = lex.conjunctions.has(t.key(j));
    if (!conjunction && t.text(j) !== ",") break;
    // The conjunction opens the last item; one further back ends the list (`armas y tráfico, y ...`).
    if (conjunction !== (items.length === 1)) break;
    if (conjunction && t.text(j - 1) === ",") j--;
    end = j;
  }
  return items.length >= 2 ? items : [];
}

/** Whether a link word (after skipping an article) stands right before `first`. */
function complementOfNounBefore(doc: AnalyzedDocument, lex: Lexicon, first: number, isLink: (key: string) => boolean): boolean {
  const t = doc.tokens;
  let j = first - 1;
  if (j >= 0 && lex.articles.has(t.key(j)) && !t.opensBlock(first)) j--;
  return j >= 0 && !t.opensBlock(j + 1) && isLink(t.key(j));
}

/** A lower-case word of a list item (no conjunction, article, or link of its own). */
function word(doc: AnalyzedDocument, lex: Lexicon, i: number, isLink: (key: string) => boolean): boolean {
  const t = doc.tokens;
  const text = t.text(i);
  return t.isWord(i) && text === text.toLowerCase() && !lex.conjunctions.has(t.key(i)) && !lex.articles.has(t.key(i)) && !isLink(t.key(i));
}

/**
 * The earliest item that makes a listed phrase with the link and the longest complement
 * (`tráfico ilícito` + `de drogas`), when the nearest item makes none; its span runs to the
 * complement's end.
 */
function sharedComplement(doc: AnalyzedDocument, lex: Lexicon, items: readonly Item[], link: number, occupancy: Occupancy): { first: number; end: number; value: ThreatValue } | undefined {
  const t = doc.tokens;
  const words: string[] = [];
  const ends: number[] = [];
  for (let k = link + 1; k < t.count && words.length < COMPLEMENT_WORDS && t.isWord(k) && !t.opensBlock(k) && occupancy.free(k, k + 1); k++) {
    words.push(t.key(k));
    ends.push(k + 1);
  }
  const reading = (item: Item): { end: number; value: ThreatValue } | undefined => {
    const text = foldKey(doc.text.slice(t.start(item.first), t.end(item.end - 1))).replace(/\s+/g, " ");
    const heads = item.end - item.first > 1 ? [text, t.key(item.first)] : [text];
    for (let n = words.length; n > 0; n--) {
      for (const h of heads) {
        const v = lex.dictionary.get(`${h} ${t.key(link)} ${words.slice(0, n).join(" ")}`);
        if (v?.standalone) return { end: ends[n - 1]!, value: v };
      }
    }
    return undefined;
  };
  if (reading(items[0]!)) return undefined; // the nearest noun's own phrase: the coordination rule's case
  for (let k = items.length - 1; k > 0; k--) {
    const r = reading(items[k]!);
    if (r) return { first: items[k]!.first, end: r.end, value: r.value };
  }
  return undefined;
}
