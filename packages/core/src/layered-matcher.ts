import type { AnalyzedDocument } from "./document.js";
import type { PhraseMatch, PhraseMatcher } from "./matcher.js";

/** What readers of a phrase matcher call: a `PhraseMatcher`, or one layered over another. */
export interface PhraseMatching<V> {
  readonly entryCount: number;
  match(doc: AnalyzedDocument, from?: number, to?: number): PhraseMatch<V>[];
  matchAll(doc: AnalyzedDocument, from?: number, to?: number): PhraseMatch<V>[];
  longestAt(doc: AnalyzedDocument, i: number, to?: number): PhraseMatch<V> | undefined;
}

/**
 * A small matcher over a large one, matching as the one matcher of both lists would, the top's
 * entries added first: a researcher's own terms over a lexicon stored compiled (lexicons.bin), so
 * `--data` costs the few terms instead of compiling the lexicon again. Exact only where no
 * entry of `top` ends where one of `base` does (`PhraseMatcher.hasEntryFor`): at a node of both,
 * one matcher would merge them. There, at each end token the top's match (its entries come first
 * at a node) else the base's, as one walk over the union of the two tries finds them.
 */
export class LayeredMatcher<V> implements PhraseMatching<V> {
  constructor(
    readonly top: PhraseMatcher<V>,
    readonly base: PhraseMatcher<V>,
  ) {}

  get entryCount(): number {
    return this.top.entryCount + this.base.entryCount;
  }

  /** The matches that start at token `i`, shortest first. */
  private at(doc: AnalyzedDocument, i: number, to: number): PhraseMatch<V>[] {
    const top = this.top.matchesAt(doc, i, to);
    const base = this.base.matchesAt(doc, i, to);
    if (top.length === 0) return base;
    if (base.length === 0) return top;
    const out: PhraseMatch<V>[] = [];
    let a = 0;
    let b = 0;
    while (a < top.length || b < base.length) {
      const ta = a < top.length ? top[a]!.endToken : Infinity;
      const tb = b < base.length ? base[b]!.endToken : Infinity;
      if (ta <= tb) {
        out.push(top[a++]!);
        if (ta === tb) b++;
      } else out.push(base[b++]!);
    }
    return out;
  }

  match(doc: AnalyzedDocument, from = 0, to = doc.tokens.count): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = from; i < to; ) {
      const found = this.at(doc, i, to);
      const longest = found[found.length - 1];
      if (longest) {
        out.push(longest);
        i = longest.endToken;
      } else i++;
    }
    return out;
  }

  matchAll(doc: AnalyzedDocument, from = 0, to = doc.tokens.count): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = from; i < to; i++) {
      const found = this.at(doc, i, to);
      for (let k = found.length - 1; k >= 0; k--) out.push(found[k]!);
    }
    return out;
  }

  longestAt(doc: AnalyzedDocument, i: number, to = doc.tokens.count): PhraseMatch<V> | undefined {
    const found = this.at(doc, i, to);
    return found[found.length - 1];
  }
}
