import type { AnalyzedDocument } from "./document.js";
import { tokenize } from "./segment.js";
import { subtreeClasses, walkStates } from "./subtree-classes.js";
import { foldKey, keyIdOf, type TokenTable } from "./tokens.js";
import type { Span } from "./span.js";
import { packedText, packTexts, type PackedTexts } from "./string-table.js";

/**
 * How an entry's case must agree with the text: `exact` (acronyms: `US` is not `us`),
 * `capitalized` (names: every capitalized entry word is capitalized in the text, so `Chad`
 * the country but not `chad`; all-caps text passes), `insensitive` (threat terms).
 */
export type CasePolicy = "exact" | "capitalized" | "insensitive";

export interface PhraseEntry<V> {
  phrase: string;
  value: V;
  case?: CasePolicy;
}

export interface PhraseMatch<V> extends Span {
  value: V;
  phrase: string;
}

/**
 * A match whose `phrase` is cut from the matcher's strings only when read: most readers never
 * read it, and a matcher restored from lexicons.bin then never decodes its strings at all.
 */
class Found<V> implements PhraseMatch<V> {
  readonly #matcher: PhraseMatcher<V>;
  readonly #entry: number;

  constructor(
    public start: number,
    public end: number,
    public firstToken: number,
    public endToken: number,
    public value: V,
    matcher: PhraseMatcher<V>,
    entry: number,
  ) {
    this.#matcher = matcher;
    this.#entry = entry;
  }

  get phrase(): string {
    return this.#matcher.phraseOf(this.#entry);
  }
}

const POLICIES: readonly CasePolicy[] = ["exact", "capitalized", "insensitive"];
const EXACT = 0;
const INSENSITIVE = 2;

/** `column` with room for at least `size` items, its items kept (`fill` for the new ones). */
function ensure<A extends Int32Array | Uint8Array>(column: A, size: number, make: (n: number) => A, fill = 0): A {
  if (size <= column.length) return column;
  const to = make(Math.max(size, column.length * 2, 64));
  if (fill !== 0) to.fill(fill, column.length);
  to.set(column);
  return to;
}

/**
 * A gazetteer compiled once into a trie of folded tokens, matched over a document's tokens in
 * one pass. It runs on the analysis text, so words cut by line-break hyphenation or page breaks
 * are already whole.
 *
 * The trie is flat: numbered nodes, edges in one open-addressing table keyed by (node, key id),
 * entries as columns of typed arrays, every phrase and entry token in one string. So a matcher
 * stored at build time (snapshot.ts) loads as a few buffers and its distinct values, with no Map to
 * rebuild, and matching makes no object but the matches it returns.
 */
export class PhraseMatcher<V> {
  private size = 0;
  private nodeCount = 1;
  /** Per node: its first entry (-1: none; the rest follow `entryNext`) and how many children it has. */
  private nodeFirst = new Int32Array(64).fill(-1);
  /** Per node: its last entry, where the next one joins; only while adding (not stored: see `lastEntries`). */
  private nodeLast: Int32Array = new Int32Array(64).fill(-1);
  private nodeChildren = new Int32Array(64);
  /**
   * Per node n: its parent at 2n and the key id of the edge into it at 2n + 1. Every node but the
   * root has one edge in, so the edge table keeps only its child and finds the rest here: half
   * the bytes of a table of (parent, key, child) at a load under one half.
   */
  private nodeEdge = new Int32Array(128);
  /** Edges: slot -> child node + 1 (0: an empty slot). */
  private edgeTo = new Int32Array(64);
  private edgeCount = 0;
  /** Per entry, in the order added: its value, an index into `distinct` (equal readings are one object, stored once). */
  private readonly distinct: V[] = [];
  private entryValue = new Int32Array(64);
  private entryNext = new Int32Array(64);
  private entryPolicy = new Uint8Array(64);
  /** The entry's phrase is `strings[entryPhrase[2e], entryPhrase[2e + 1])`. */
  private entryPhrase = new Int32Array(128);
  /** The entry's tokens are tokens `entryTokens[e]` to `entryTokens[e + 1]` (exclusive); none for a case-insensitive entry. */
  private entryTokens = new Int32Array(65);
  /** Per entry token: where its text starts and ends in `strings`, and 1 if it starts with a capital. */
  private tokenSpan = new Int32Array(128);
  private tokenCapital = new Uint8Array(64);
  private tokenCount = 0;
  /** Every phrase and entry token's text, one after another. */
  private strings = "";
  /**
   * While stored (see `compact`), the phrases (text e: entry e's) and then the entry tokens (text
   * `size + k`: token k) as words, in place of `strings`, `entryPhrase` and `tokenSpan`: read as
   * they are (`tokenIs`, `phraseOf`), decoded only to add to (`text`).
   */
  private packed: PackedTexts | undefined = undefined;
  /** Key id -> 1 if an entry starts with it: most tokens start none, and an array answers fastest. */
  private starts = new Uint8Array(0);
  /** (entry, end token) of each match found at one start, reused from start to start. */
  private found = new Int32Array(16);
  /**
   * When set, a `capitalized` or `exact` entry also matches lower-case words in a paragraph that
   * writes no capitals (the document's writing profile, writing.ts): there a name's or an
   * acronym's missing capitals tell nothing. Gazetteers of names (countries, organizations) set
   * it; their readers gate the words that lower-cased are common nouns (`turkey`, `ice`).
   */
  followsWriting = false;
  /**
   * Set on a matcher made by `withSharedSubtries`: equal subtries are one, so a node may have
   * several edges in; `nodeEdge` then holds each edge's (parent, key id) and `edgeChild` its child.
   * Such a matcher keeps no phrases and is not added to.
   */
  private sharesSubtries = false;
  private edgeChild = new Int32Array(0);

  constructor(entries: Iterable<PhraseEntry<V>> = []) {
    for (const e of entries) this.add(e);
  }

  get entryCount(): number {
    return this.size;
  }

  add(entry: PhraseEntry<V>): void {
    if (this.sharesSubtries) throw new Error("PhraseMatcher: a matcher whose subtries are shared is not added to");
    const tokens = tokenize(entry.phrase);
    if (tokens.length === 0) return;
    let node = 0;
    let first = -1;
    for (const t of tokens) {
      const key = this.tokenKeyId(t);
      if (first < 0) first = key;
      let child = this.child(node, key);
      if (child < 0) child = this.addChild(node, key);
      node = child;
    }
    this.starts = ensure(this.starts, first + 1, (n) => new Uint8Array(n));
    this.starts[first] = 1;

    const e = this.size++;
    this.entryValue = ensure(this.entryValue, e + 1, (n) => new Int32Array(n));
    this.entryValue[e] = this.valueId(entry.value);
    this.entryNext = ensure(this.entryNext, e + 1, (n) => new Int32Array(n));
    this.entryPolicy = ensure(this.entryPolicy, e + 1, (n) => new Uint8Array(n));
    this.entryPhrase = ensure(this.entryPhrase, 2 * e + 2, (n) => new Int32Array(n));
    this.entryTokens = ensure(this.entryTokens, e + 2, (n) => new Int32Array(n));
    this.entryNext[e] = -1;
    this.entryPolicy[e] = POLICIES.indexOf(entry.case ?? "capitalized");
    this.text();
    const phraseAt = this.strings.length;
    this.entryPhrase[2 * e] = phraseAt;
    this.strings += entry.phrase;
    this.entryPhrase[2 * e + 1] = this.strings.length;
    this.entryTokens[e] = this.tokenCount;
    let from = 0;
    // Only a case check reads an entry's tokens: an entry whose case does not matter keeps none.
    for (const t of this.entryPolicy[e] === INSENSITIVE ? [] : tokens) {
      const k = this.tokenCount++;
      this.tokenSpan = ensure(this.tokenSpan, 2 * k + 2, (n) => new Int32Array(n));
      this.tokenCapital = ensure(this.tokenCapital, k + 1, (n) => new Uint8Array(n));
      // A token is most often the phrase's own text: it points there instead of being written again.
      const inPhrase = entry.phrase.indexOf(t, from);
      if (inPhrase >= 0) {
        from = inPhrase + t.length;
        this.tokenSpan[2 * k] = phraseAt + inPhrase;
      } else {
        this.tokenSpan[2 * k] = this.strings.length;
        this.strings += t;
      }
      this.tokenSpan[2 * k + 1] = this.tokenSpan[2 * k]! + t.length;
      this.tokenCapital[k] = t.charAt(0) !== t.charAt(0).toLowerCase() ? 1 : 0;
    }
    this.entryTokens[e + 1] = this.tokenCount;
    // Entries of one node keep the order they were added in: the first whose case passes wins.
    const last = this.lastEntries();
    if (this.nodeFirst[node] === -1) this.nodeFirst[node] = e;
    else this.entryNext[last[node]!] = e;
    last[node] = e;
  }

  /** Leftmost-longest matches that do not overlap, in text order. */
  match(doc: AnalyzedDocument, from = 0, to = doc.tokens.count): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    const tokens = doc.tokens;
    for (let i = from; i < to; ) {
      const n = this.startsEntry(tokens.keyId(i)) ? this.walk(doc, i, to) : 0;
      if (n > 0) {
        const end = this.found[2 * n - 1]!;
        out.push(this.matchOf(tokens, i, this.found[2 * n - 2]!, end));
        i = end;
      } else i++;
    }
    return out;
  }

  /** Every match, overlapping ones included (the longest per start first). */
  matchAll(doc: AnalyzedDocument, from = 0, to = doc.tokens.count): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    const tokens = doc.tokens;
    for (let i = from; i < to; i++) {
      if (!this.startsEntry(tokens.keyId(i))) continue;
      for (let k = this.walk(doc, i, to) - 1; k >= 0; k--) out.push(this.matchOf(tokens, i, this.found[2 * k]!, this.found[2 * k + 1]!));
    }
    return out;
  }

  /** The longest match that starts at token `i`, if any. */
  longestAt(doc: AnalyzedDocument, i: number, to = doc.tokens.count): PhraseMatch<V> | undefined {
    const tokens = doc.tokens;
    const n = this.startsEntry(tokens.keyId(i)) ? this.walk(doc, i, to) : 0;
    return n > 0 ? this.matchOf(tokens, i, this.found[2 * n - 2]!, this.found[2 * n - 1]!) : undefined;
  }

  /** Every match that starts at token `i`, shortest first (none: an empty list). */
  matchesAt(doc: AnalyzedDocument, i: number, to = doc.tokens.count): PhraseMatch<V>[] {
    const tokens = doc.tokens;
    const n = this.startsEntry(tokens.keyId(i)) ? this.walk(doc, i, to) : 0;
    const out: PhraseMatch<V>[] = [];
    for (let k = 0; k < n; k++) out.push(this.matchOf(tokens, i, this.found[2 * k]!, this.found[2 * k + 1]!));
    return out;
  }

  /** Whether an entry ends where `phrase`'s tokens lead (an entry of the same tokens, whatever its case). */
  hasEntryFor(phrase: string): boolean {
    let node = 0;
    for (const t of tokenize(phrase)) {
      node = this.child(node, keyIdOf(foldKey(t)));
      if (node < 0) return false;
    }
    return node > 0 && this.nodeFirst[node]! >= 0;
  }

  private startsEntry(keyId: number): boolean {
    return keyId < this.starts.length && this.starts[keyId] === 1;
  }

  private matchOf(tokens: TokenTable, first: number, entry: number, end: number): PhraseMatch<V> {
    return new Found(tokens.start(first), tokens.end(end - 1), first, end, this.distinct[this.entryValue[entry]!]!, this, entry);
  }

  /** The phrase of entry `entry`, as added. */
  phraseOf(entry: number): string {
    if (this.sharesSubtries) throw new Error("PhraseMatcher: a matcher whose subtries are shared keeps no phrases");
    // Stored words: only this phrase's are decoded (see `tokenIs`).
    if (this.packed !== undefined) return packedText(this.packed, entry);
    return this.strings.slice(this.entryPhrase[2 * entry], this.entryPhrase[2 * entry + 1]);
  }

  /**
   * The key id of an entry token: a lexicon of many phrase forms (the threat lexicon's 700,000)
   * repeats a few thousand words, so each is folded once per matcher (the memo kept beside it,
   * never stored).
   */
  private tokenKeyId(token: string): number {
    let ids = tokenKeyIds.get(this);
    if (!ids) tokenKeyIds.set(this, (ids = new Map()));
    let id = ids.get(token);
    if (id === undefined) {
      id = keyIdOf(foldKey(token));
      ids.set(token, id);
    }
    return id;
  }

  /** The index of `value` in `distinct`, added if new (the index kept beside the matcher, never stored). */
  private valueId(value: V): number {
    let ids = valueIds.get(this) as Map<V, number> | undefined;
    if (!ids) {
      // A matcher restored from a snapshot and added to again: its index is made from `distinct`.
      ids = new Map(this.distinct.map((v, i) => [v, i]));
      valueIds.set(this, ids);
    }
    let id = ids.get(value);
    if (id === undefined) {
      id = this.distinct.length;
      ids.set(value, id);
      this.distinct.push(value);
    }
    return id;
  }

  /**
   * Before a snapshot stores it: every column cut to the length it uses (they grow by doubling),
   * the strings as words where each character fits one byte (`packed`). Adding
   * afterwards still works (the columns grow again).
   */
  compact(): void {
    const trim = <A extends Int32Array | Uint8Array>(column: A, size: number): A => (column.length > size ? (column.slice(0, size) as A) : column);
    const nodes = this.nodeCount;
    const entries = this.size;
    this.nodeFirst = trim(this.nodeFirst, nodes);
    // Only adding reads it, and it is made again from `entryNext` then.
    this.nodeLast = new Int32Array(0);
    this.nodeEdge = trim(this.nodeEdge, 2 * (this.sharesSubtries ? this.edgeCount : nodes));
    this.nodeChildren = trim(this.nodeChildren, nodes);
    this.entryValue = trim(this.entryValue, entries);
    this.entryNext = trim(this.entryNext, entries);
    this.entryPolicy = trim(this.entryPolicy, entries);
    this.entryPhrase = trim(this.entryPhrase, 2 * entries);
    this.entryTokens = trim(this.entryTokens, entries + 1);
    this.tokenSpan = trim(this.tokenSpan, 2 * this.tokenCount);
    this.tokenCapital = trim(this.tokenCapital, this.tokenCount);
    if (this.packed !== undefined) return;
    const texts: string[] = [];
    // A matcher whose subtries are shared keeps only its entry tokens.
    if (!this.sharesSubtries) for (let e = 0; e < entries; e++) texts.push(this.strings.slice(this.entryPhrase[2 * e], this.entryPhrase[2 * e + 1]));
    for (let k = 0; k < this.tokenCount; k++) texts.push(this.strings.slice(this.tokenSpan[2 * k], this.tokenSpan[2 * k + 1]));
    this.packed = packTexts(texts);
    if (this.packed === undefined) return;
    this.strings = "";
    this.entryPhrase = new Int32Array(0);
    this.tokenSpan = new Int32Array(0);
  }

  /** Every phrase and entry token's text (`strings`), decoded from its bytes if restored so. */
  private text(): string {
    const packed = this.packed;
    if (packed !== undefined) {
      const parts: string[] = [];
      let at = 0;
      const place = (text: string, spans: Int32Array, i: number): void => {
        spans[2 * i] = at;
        at += text.length;
        spans[2 * i + 1] = at;
        parts.push(text);
      };
      // `add` calls this with its entry counted already: the packed entries are the texts before the tokens.
      const entries = packedEntries(packed, this.tokenCount);
      this.entryPhrase = new Int32Array(Math.max(2 * this.size, 128));
      for (let e = 0; e < entries; e++) place(packedText(packed, e), this.entryPhrase, e);
      this.tokenSpan = new Int32Array(Math.max(2 * this.tokenCount, 128));
      for (let k = 0; k < this.tokenCount; k++) place(packedText(packed, entries + k), this.tokenSpan, k);
      this.strings = parts.join("");
      this.packed = undefined;
    }
    return this.strings;
  }

  /**
   * The matches that start at token `i` (whose first token starts an entry), shortest first, into
   * `found` as (entry, end token) pairs; returns how many.
   */
  private walk(doc: AnalyzedDocument, i: number, to: number): number {
    const tokens = doc.tokens;
    let node = this.child(0, tokens.keyId(i));
    let n = 0;
    for (let j = i; node >= 0; ) {
      for (let e = this.nodeFirst[node]!; e >= 0; e = this.entryNext[e]!) {
        if (this.casePasses(doc, e, i)) {
          if (2 * n + 2 > this.found.length) this.found = ensure(this.found, 2 * n + 2, (size) => new Int32Array(size));
          this.found[2 * n] = e;
          this.found[2 * n + 1] = j + 1;
          n++;
          break;
        }
      }
      j++;
      if (j >= to || tokens.opensBlock(j) || this.nodeChildren[node] === 0) break;
      node = this.child(node, tokens.keyId(j));
    }
    return n;
  }

  private casePasses(doc: AnalyzedDocument, e: number, first: number): boolean {
    const policy = this.entryPolicy[e]!;
    if (policy === INSENSITIVE) return true;
    const tokens = doc.tokens;
    for (let k = this.entryTokens[e]!, end = this.entryTokens[e + 1]!, at = first; k < end; k++, at++) {
      if (policy === EXACT) {
        if (!this.tokenIs(tokens, at, k)) return (tokens.isLowerCase(at) || tokens.isUpper(at)) && this.uncapitalizedPasses(doc, first);
      } else if (this.tokenCapital[k] === 1 && !tokens.isCapitalized(at)) return this.uncapitalizedPasses(doc, first);
    }
    return true;
  }

  /**
   * A `capitalized` or `exact` entry met in lower case (or an `exact` one in capitals): it passes
   * where the paragraph's capitals tell nothing, written without them or all in them (`followsWriting`).
   */
  private uncapitalizedPasses(doc: AnalyzedDocument, first: number): boolean {
    return this.followsWriting && !doc.writingAt(doc.tokens.start(first)).capitals;
  }

  /**
   * Token `at` is entry token `k`, read from the stored words while they are words: a restored
   * matcher compares a few tokens per document, and decoding its megabytes of strings cost each
   * start some 10 ms.
   */
  private tokenIs(tokens: TokenTable, at: number, k: number): boolean {
    const packed = this.packed;
    if (packed === undefined) return tokens.isSpan(at, this.strings, this.tokenSpan[2 * k]!, this.tokenSpan[2 * k + 1]!);
    const text = packedEntries(packed, this.tokenCount) + k;
    const first = packed.textWordEnds[text]!;
    if (packed.textWordEnds[text + 1] !== first + 1) {
      const whole = packedText(packed, text);
      return tokens.isSpan(at, whole, 0, whole.length);
    }
    // One word, the usual token: compared with its bytes where they lie.
    const word = packed.textWords[first]!;
    return tokens.isLatin1Span(at, packed.wordBytes, packed.wordEnds[word]!, packed.wordEnds[word + 1]!);
  }

  /** The child of `node` by key id `key`, or -1. */
  private child(node: number, key: number): number {
    const mask = this.edgeTo.length - 1;
    for (let slot = edgeHash(node, key) & mask; ; slot = (slot + 1) & mask) {
      const to = this.edgeTo[slot]! - 1;
      if (to < 0) return -1;
      if (this.nodeEdge[2 * to] === node && this.nodeEdge[2 * to + 1] === key) return this.sharesSubtries ? this.edgeChild[to]! : to;
    }
  }

  /**
   * The same matcher with equal subtries made one (a minimal automaton of the trie): what a
   * phrase list made of templates repeats under every prefix (`{activity} {qualifier} de {drug}`:
   * the same `de {drug}` after each activity and qualifier) is stored once. Two nodes are equal
   * when their entries are (in order: each case-insensitive entry by its value; an entry whose case
   * is checked is never shared) and so are their children by key. Every walk visits the same
   * entries in the same order, so every match is the same; only `phrase` is gone (it would tell
   * which of the shared paths was taken): use it for matchers whose readers never read it.
   */
  withSharedSubtries(): PhraseMatcher<V> {
    if (this.sharesSubtries) return this;
    const nodes = this.nodeCount;
    // Each node's class, children first: its entries (a checked-case entry never shared) and its children's (key, class).
    const classes = subtreeClasses(
      nodes,
      (c) => this.nodeEdge[2 * c]!,
      (c) => this.nodeEdge[2 * c + 1]!,
      (n) => {
        const parts: string[] = [];
        for (let e = this.nodeFirst[n]!; e >= 0; e = this.entryNext[e]!) parts.push(this.entryPolicy[e] === INSENSITIVE ? `v${this.entryValue[e]}` : `e${e}`);
        return parts.join(",");
      },
    );
    // The classes numbered from the root's, breadth first; each class's entries and edges once.
    const out = new PhraseMatcher<V>();
    const nodeFirst: number[] = [];
    const nodeChildren: number[] = [];
    const entryValue: number[] = [];
    const entryNext: number[] = [];
    const entryPolicy: number[] = [];
    const entryTokens: number[] = [0];
    const tokenTexts: string[] = [];
    const tokenCapital: number[] = [];
    const edges: number[] = [];
    const edgeChild: number[] = [];
    walkStates(
      classes,
      (i, n) => {
        nodeFirst.push(-1);
        let previous = -1;
        for (let e = this.nodeFirst[n]!; e >= 0; e = this.entryNext[e]!) {
          const f = entryValue.length;
          entryValue.push(this.entryValue[e]!);
          entryNext.push(-1);
          entryPolicy.push(this.entryPolicy[e]!);
          for (let k = this.entryTokens[e]!; k < this.entryTokens[e + 1]!; k++) {
            tokenTexts.push(this.tokenText(k));
            tokenCapital.push(this.tokenCapital[k]!);
          }
          entryTokens.push(tokenTexts.length);
          if (previous < 0) nodeFirst[i] = f;
          else entryNext[previous] = f;
          previous = f;
        }
        nodeChildren.push(classes.childStart[n + 1]! - classes.childStart[n]!);
      },
      (i, c, target) => {
        edges.push(i, this.nodeEdge[2 * c + 1]!);
        edgeChild.push(target);
      },
    );
    out.sharesSubtries = true;
    out.followsWriting = this.followsWriting;
    out.size = entryValue.length;
    out.nodeCount = nodeFirst.length;
    out.nodeFirst = Int32Array.from(nodeFirst);
    out.nodeLast = new Int32Array(0);
    out.nodeChildren = Int32Array.from(nodeChildren);
    out.nodeEdge = Int32Array.from(edges);
    out.edgeChild = Int32Array.from(edgeChild);
    out.edgeCount = edgeChild.length;
    let slots = 64;
    while (2 * (out.edgeCount + 1) > slots) slots *= 2;
    out.edgeTo = new Int32Array(slots);
    for (let e = 0; e < out.edgeCount; e++) out.placeEdge(edges[2 * e]!, edges[2 * e + 1]!, e);
    out.distinct.push(...this.distinct);
    out.entryValue = Int32Array.from(entryValue);
    out.entryNext = Int32Array.from(entryNext);
    out.entryPolicy = Uint8Array.from(entryPolicy);
    out.entryPhrase = new Int32Array(0);
    out.entryTokens = Int32Array.from(entryTokens);
    out.tokenCount = tokenTexts.length;
    out.tokenCapital = Uint8Array.from(tokenCapital);
    out.tokenSpan = new Int32Array(2 * tokenTexts.length);
    let at = 0;
    tokenTexts.forEach((text, k) => {
      out.tokenSpan[2 * k] = at;
      at += text.length;
      out.tokenSpan[2 * k + 1] = at;
    });
    out.strings = tokenTexts.join("");
    out.starts = this.starts.slice();
    return out;
  }

  /** Entry token `k`'s text. */
  private tokenText(k: number): string {
    const packed = this.packed;
    if (packed === undefined) return this.strings.slice(this.tokenSpan[2 * k], this.tokenSpan[2 * k + 1]);
    return packedText(packed, packedEntries(packed, this.tokenCount) + k);
  }

  private addChild(node: number, key: number): number {
    const child = this.nodeCount++;
    this.nodeFirst = ensure(this.nodeFirst, child + 1, (n) => new Int32Array(n), -1);
    this.nodeLast = ensure(this.lastEntries(), child + 1, (n) => new Int32Array(n), -1);
    this.nodeEdge = ensure(this.nodeEdge, 2 * child + 2, (n) => new Int32Array(n));
    this.nodeEdge[2 * child] = node;
    this.nodeEdge[2 * child + 1] = key;
    this.nodeChildren = ensure(this.nodeChildren, child + 1, (n) => new Int32Array(n));
    this.nodeChildren[node]!++;
    if (2 * (this.edgeCount + 1) > this.edgeTo.length) this.growEdges();
    this.placeEdge(node, key, child);
    this.edgeCount++;
    return child;
  }

  private placeEdge(node: number, key: number, child: number): void {
    const mask = this.edgeTo.length - 1;
    let slot = edgeHash(node, key) & mask;
    while (this.edgeTo[slot] !== 0) slot = (slot + 1) & mask;
    this.edgeTo[slot] = child + 1;
  }

  private growEdges(): void {
    const { edgeTo, nodeEdge } = this;
    this.edgeTo = new Int32Array(edgeTo.length * 2);
    for (let s = 0; s < edgeTo.length; s++) {
      const child = edgeTo[s]! - 1;
      if (child >= 0) this.placeEdge(nodeEdge[2 * child]!, nodeEdge[2 * child + 1]!, child);
    }
  }

  /** `nodeLast`, made again from the entry chains if a snapshot left it out. */
  private lastEntries(): Int32Array {
    if (this.nodeLast.length >= this.nodeCount) return this.nodeLast;
    const last = new Int32Array(Math.max(this.nodeFirst.length, 64)).fill(-1);
    for (let node = 0; node < this.nodeCount; node++) {
      for (let e = this.nodeFirst[node]!; e >= 0; e = this.entryNext[e]!) last[node] = e;
    }
    this.nodeLast = last;
    return last;
  }
}

/** Each matcher's value -> its index in `distinct`, while it is built; outside the matcher, so a snapshot does not store it. */
const valueIds = new WeakMap<object, Map<unknown, number>>();
/** Each matcher's entry token -> its key id, while it is built (as `valueIds`). */
const tokenKeyIds = new WeakMap<object, Map<string, number>>();

/** How many of `packed`'s texts are phrases: all but the last `tokenCount`. */
function packedEntries(packed: PackedTexts, tokenCount: number): number {
  return packed.textWordEnds.length - 1 - tokenCount;
}

/** Spreads (node, key id) pairs over the edge table's slots. */
function edgeHash(node: number, key: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(key, 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}
