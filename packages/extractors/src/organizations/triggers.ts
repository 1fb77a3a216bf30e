import { foldKey, keyIdMemo, type AnalyzedDocument } from "@procmine/core";
import type { OrgIdentity } from "./candidate.js";
import type { OrgLexicon } from "./pattern-words.js";

/**
 * The organization rules' trigger words, one bit each. A rule that can only fire at (or next to)
 * a word of its own class visits the document's tokens of that class instead of every token; the
 * classes are answered for all rules at once, one key lookup per token and document.
 */
export const TRIGGER = {
  /** A lower-case Spanish or Portuguese head that opens a name (`cártel del Pacífico`): lowercase-heads.ts. */
  lowerHead: 1,
  /** A type noun before a name (`the newspaper Reforma`) or an outlet noun after one (`the Harbour Press news agency`): typed-names.ts. */
  typeBefore: 2,
  /** An article that opens an apposition (`Global Exchange, a ... organization`): typed-names.ts. */
  apposition: 4,
  /** A word whose capitals spell a listed acronym (`Farc`): title-acronyms.ts. */
  titleAcronym: 8,
  /** A lower-case group noun before a group's name (`la banda ... Los Cuervos`): named-groups.ts. */
  namedGroup: 16,
  /** A determiner before an acronym (`la CVR`): article-acronyms.ts. */
  determiner: 32,
  /** A head's last word, a standalone or a plural head: name-patterns.ts classifies only runs with one. */
  patternHead: 64,
  /** A group's plural article (`Los Monos`): name-patterns.ts. */
  groupArticle: 128,
  /** A group noun after a name (`the Sinaloa cartel`): name-patterns.ts. */
  groupNoun: 256,
  /** `the`, before a capitalized head of the document's own government (`the Government`): own-government.ts. */
  the: 512,
} as const;

/** `force-4` -> `force`: a numbered unit keeps its head word; `ltd.` -> `ltd`: an abbreviated one too. */
export function withoutHyphenSuffix(key: string): string {
  const dash = key.indexOf("-");
  const word = dash > 0 ? key.slice(0, dash) : key;
  return word.endsWith(".") ? word.replace(/(?<=\p{L})\.$/u, "") : word;
}

/** A document's tokens that are some rule's trigger, ascending, with the classes of each. */
interface Hits {
  at: Int32Array;
  bits: Uint16Array;
}

export class Triggers {
  /** Trigger classes of a folded key (key id), computed once per key for the process. */
  readonly bitsOf: (keyId: number) => number;
  private readonly byDoc = new WeakMap<AnalyzedDocument, Hits>();

  constructor(lex: OrgLexicon, byAcronym: ReadonlyMap<string, OrgIdentity>) {
    // Every listed word's classes in one table: a key new to the process costs a lookup or two.
    const listed = new Map<string, number>();
    const add = (words: Iterable<string>, bit: number) => {
      for (const w of words) listed.set(w, (listed.get(w) ?? 0) | bit);
    };
    add(lex.lowercaseNameHeads.keys(), TRIGGER.lowerHead);
    add(lex.lowercasePluralHeads.keys(), TRIGGER.lowerHead);
    add(lex.typeNouns.before.keys(), TRIGGER.typeBefore);
    add(lex.typeNouns.compound.keys(), TRIGGER.typeBefore);
    add(lex.typeNouns.roles.keys(), TRIGGER.typeBefore);
    add(lex.appositionArticles.keys(), TRIGGER.apposition);
    add(lex.namedGroupNouns, TRIGGER.namedGroup);
    add(lex.articleAcronyms.determiners.keys(), TRIGGER.determiner);
    add(lex.standalone, TRIGGER.patternHead);
    add(lex.pluralHeads.keys(), TRIGGER.patternHead);
    add([...lex.groupArticles].map(foldKey), TRIGGER.groupArticle);
    add(lex.groupNouns.keys(), TRIGGER.groupNoun);
    add(lex.genericGroupNouns, TRIGGER.groupNoun);
    add(["the"], TRIGGER.the);
    // A head's last word, also after a hyphenated or abbreviated form (`force-4`, `ltd.`).
    const headEnds = new Set([...lex.heads.keys()].map((h) => h.split(" ").pop()!));
    this.bitsOf = keyIdMemo((key) => {
      let bits = listed.get(key) ?? 0;
      if ((bits & TRIGGER.patternHead) === 0 && headEnds.has(withoutHyphenSuffix(key))) bits |= TRIGGER.patternHead;
      // A title-case acronym's capitals are its folded key's (no letter of `[A-Z]` folds from another).
      if (key.length >= 3 && key.length <= 12) {
        const capitals = key.toUpperCase();
        if (byAcronym.has(capitals) && /^[A-Z]{3,6}$/.test(capitals)) bits |= TRIGGER.titleAcronym;
      }
      return bits;
    });
  }

  /** The document's tokens whose key is of any class in `mask`, ascending. */
  positions(doc: AnalyzedDocument, mask: number): Int32Array {
    const { at, bits } = this.hits(doc);
    // One pass into room for every hit; the view is as long as what matched.
    const out = new Int32Array(at.length);
    let m = 0;
    for (let k = 0; k < at.length; k++) if ((bits[k]! & mask) !== 0) out[m++] = at[k]!;
    return out.subarray(0, m);
  }

  private hits(doc: AnalyzedDocument): Hits {
    let hits = this.byDoc.get(doc);
    if (hits) return hits;
    const t = doc.tokens;
    const all = new Uint16Array(t.count);
    let n = 0;
    for (let i = 0; i < t.count; i++) if ((all[i] = this.bitsOf(t.keyId(i))) !== 0) n++;
    hits = { at: new Int32Array(n), bits: new Uint16Array(n) };
    for (let i = 0, m = 0; i < t.count; i++) {
      if (all[i] === 0) continue;
      hits.at[m] = i;
      hits.bits[m++] = all[i]!;
    }
    this.byDoc.set(doc, hits);
    return hits;
  }
}
