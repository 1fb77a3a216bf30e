import type { AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { COMPLEMENT } from "./coordination.js";
import type { Lexicon, ThreatValue } from "./lexicon.js";

/** How far a commodity may stand from a bare `trafficking` and still be its own. */
const MAX_GAP = 4;
/** How many words either side of a bare smuggling word the goods its clause names may stand. */
const GOODS_WORDS = 8;
/** Punctuation that closes the clause the goods must be in. */
const CLAUSE_END = new Set([".", ";", ":", "?", "!"]);

/**
 * Bare `trafficking` is illicit_trafficking only when no commodity is named (ANNOTATION.md §3).
 * The commodity may be named by its object (`trafficking of dangerous synthetic drugs`,
 * `trafficking drugs`) or shared from the coordinated item before it (`drug production and
 * trafficking`, `poppy cultivation, production, and trafficking`). A bare smuggling word
 * (`smuggled`, `smugglers`) is the smuggling of the goods its clause names as well, before or
 * after it (`cocaine which drug bands intended to smuggle`, `smuggled in from Mexico by drug
 * cartels`): the DEV gold gives 33 of 38 bare smuggling words the category of their goods.
 */
export function inheritCommodity(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[]): ThreatCandidate[] {
  const bare = lex.dictionary.get("trafficking")?.category;
  return kept.map((c, i) => {
    if (c.endToken - c.firstToken !== 1) return c;
    const smuggling = isBareSmuggling(doc, lex, c);
    if (c.value.category !== bare && !smuggling) return c;
    const value = objectCommodity(doc, lex, c.endToken, smuggling) ?? sharedCommodity(doc, lex, kept[i - 1], c.firstToken, smuggling);
    return value ? { ...c, value } : c;
  });
}

/**
 * The last resort for a bare smuggling word, once its object, a coordinated item and (for a
 * participle) its subject have named nothing: the goods its clause names. In place.
 */
export function inheritClauseGoods(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[]): void {
  kept.forEach((c, i) => {
    if (c.endToken - c.firstToken !== 1 || !isBareSmuggling(doc, lex, c)) return;
    // The goods of a trade coordinated with it are that trade's (`trafficked cocaine and smuggled cash`).
    const prev = kept[i - 1];
    if (prev && prev.value.category.endsWith("_trafficking") && coordinated(doc, lex, prev, c.firstToken)) return;
    const value = clauseCommodity(doc, lex, c.firstToken);
    if (value) kept[i] = { ...c, value };
  });
}

/** One English smuggling word (`smuggled`, `smugglers`) with the bare activity's category. */
function isBareSmuggling(doc: AnalyzedDocument, lex: Lexicon, c: ThreatCandidate): boolean {
  return c.value.category === lex.dictionary.get("smuggling")?.category && doc.tokens.key(c.firstToken).startsWith("smuggl");
}

/** `trafficking (of|in) [up to 3 words] drugs`: the commodity of the first word that names one. */
function objectCommodity(doc: AnalyzedDocument, lex: Lexicon, after: number, smuggling: boolean): ThreatValue | undefined {
  const t = doc.tokens;
  let i = after;
  if (i < t.count && COMPLEMENT.has(t.key(i))) i++;
  for (let n = 0; n < MAX_GAP && i < t.count && t.isWord(i) && !t.opensBlock(i); n++, i++) {
    const value = commodityOf(lex, t.key(i), smuggling);
    if (value) return value;
  }
  return undefined;
}

/** The previous kept phrase's commodity, when only list words stand between the two. */
function sharedCommodity(doc: AnalyzedDocument, lex: Lexicon, prev: ThreatCandidate | undefined, first: number, smuggling: boolean): ThreatValue | undefined {
  if (!prev || prev.value.category === lex.dictionary.get("trafficking")?.category || !coordinated(doc, lex, prev, first)) return undefined;
  // A smuggling word shares the goods a coordinated item names, not that item's category (`trafficked cocaine and smuggled cash`).
  return commodityOf(lex, doc.tokens.key(prev.firstToken), smuggling) ?? (!smuggling && prev.value.category.endsWith("_trafficking") ? prev.value : undefined);
}

/** Whether `prev` and the phrase at `first` are items of one list: only list words between, a conjunction last. */
function coordinated(doc: AnalyzedDocument, lex: Lexicon, prev: ThreatCandidate, first: number): boolean {
  if (first - prev.endToken > MAX_GAP || first === 0) return false;
  const t = doc.tokens;
  for (let i = prev.endToken; i < first; i++) {
    if (t.opensBlock(i) || (!t.isWord(i) && t.text(i) !== ",")) return false;
  }
  return lex.conjunctions.has(t.key(first - 1));
}

/** The nearest commodity word to `token` within its clause, a few words either side (the nearer side first at equal distance: before). */
function clauseCommodity(doc: AnalyzedDocument, lex: Lexicon, token: number): ThreatValue | undefined {
  const t = doc.tokens;
  let before: number | undefined = token - 1;
  let after: number | undefined = token + 1;
  if (t.opensBlock(token)) before = undefined;
  for (let n = 0; n < GOODS_WORDS && (before !== undefined || after !== undefined); n++) {
    for (const side of [-1, 1]) {
      let i = side < 0 ? before : after;
      // Step over punctuation to the next word on this side; a clause's end or a block's start closes the side
      // (before: punctuation that opens the block, `(Smugglers ...`, has nothing of this block before it).
      while (i !== undefined && i >= 0 && i < t.count && !t.isWord(i)) {
        if (CLAUSE_END.has(t.text(i)) || t.opensBlock(i)) i = undefined;
        else i += side;
      }
      if (i === undefined || i < 0 || i >= t.count || (side > 0 && t.opensBlock(i))) {
        if (side < 0) before = undefined;
        else after = undefined;
        continue;
      }
      const value = commodityOf(lex, t.key(i), true);
      if (value) return value;
      if (side < 0) before = t.opensBlock(i) ? undefined : i - 1;
      else after = i + 1;
    }
  }
  return undefined;
}

/** The category `<word> trafficking` (or smuggling) names, singular or plural; smuggled people are migrants. */
export function commodityOf(lex: Lexicon, key: string, smuggling = false): ThreatValue | undefined {
  const bare = lex.dictionary.get("trafficking")?.category;
  for (const word of [key, key.replace(/s$/, "")]) {
    for (const activity of smuggling ? ["smuggling", "trafficking"] : ["trafficking", "smuggling"]) {
      const value = lex.dictionary.get(`${word} ${activity}`);
      if (value && value.category !== bare) return value;
    }
  }
  return undefined;
}
