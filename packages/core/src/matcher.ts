import type { AnalyzedDocument } from "./document.js";
import { tokenize } from "./segment.js";
import { foldKey, keyIdOf, type TokenTable } from "./tokens.js";
import type { Span } from "./span.js";

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

interface CompiledEntry<V> {
  phrase: string;
  value: V;
  policy: CasePolicy;
  tokens: string[];
  /** Whether each entry token starts with a capital (what `capitalized` asks of the text). */
  capitals: boolean[];
}

interface TrieNode<V> {
  /** Children by key id (see tokens.ts: one process-wide vocabulary). */
  next: Map<number, TrieNode<V>>;
  entries: CompiledEntry<V>[];
}

/**
 * A gazetteer compiled once into a trie of folded tokens, matched over a document's tokens in
 * one pass. It runs on the analysis text, so words cut by line-break hyphenation or page breaks
 * are already whole.
 */
export class PhraseMatcher<V> {
  private readonly root: TrieNode<V> = { next: new Map(), entries: [] };
  private size = 0;
  /** Key id -> 1 if an entry starts with it: most tokens start none, and an array answers fastest. */
  private starts = new Uint8Array(0);

  constructor(entries: Iterable<PhraseEntry<V>> = []) {
    for (const e of entries) this.add(e);
  }

  get entryCount(): number {
    return this.size;
  }

  add(entry: PhraseEntry<V>): void {
    const tokens = tokenize(entry.phrase);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      const key = keyIdOf(foldKey(t));
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    const first = keyIdOf(foldKey(tokens[0]!));
    if (first >= this.starts.length) {
      const grown = new Uint8Array(Math.max(first + 1, this.starts.length * 2));
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[first] = 1;
    const capitals = tokens.map((t) => t.charAt(0) !== t.charAt(0).toLowerCase());
    node.entries.push({ phrase: entry.phrase, value: entry.value, policy: entry.case ?? "capitalized", tokens, capitals });
    this.size++;
  }

  /** Leftmost-longest matches that do not overlap, in text order. */
  match(doc: AnalyzedDocument, from = 0, to = doc.tokens.count): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    const tokens = doc.tokens;
    for (let i = from; i < to; ) {
      if (!this.startsEntry(tokens.keyId(i))) {
        i++;
        continue;
      }
      const m = this.longestAt(doc, i, to);
      if (m) {
        out.push(m);
        i = m.endToken;
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
      const found = this.walk(doc, i, to);
      for (let k = found.length - 1; k >= 0; k--) out.push(found[k]!);
    }
    return out;
  }

  private startsEntry(keyId: number): boolean {
    return keyId < this.starts.length && this.starts[keyId] === 1;
  }

  /** The longest match that starts at token `i`, if any. */
  longestAt(doc: AnalyzedDocument, i: number, to = doc.tokens.count): PhraseMatch<V> | undefined {
    const found = this.walk(doc, i, to);
    return found[found.length - 1];
  }

  private walk(doc: AnalyzedDocument, i: number, to: number): PhraseMatch<V>[] {
    const tokens = doc.tokens;
    // Most tokens start no entry: look that up before allocating anything.
    const id = tokens.keyId(i);
    let node: TrieNode<V> | undefined = this.startsEntry(id) ? this.root.next.get(id) : undefined;
    if (!node) return NONE;
    const found: PhraseMatch<V>[] = [];
    for (let j = i; ; ) {
      for (const e of node.entries) {
        if (casePasses(tokens, e, i)) {
          found.push({ start: tokens.start(i), end: tokens.end(j), firstToken: i, endToken: j + 1, value: e.value, phrase: e.phrase });
          break;
        }
      }
      j++;
      if (j >= to || tokens.opensBlock(j) || node.next.size === 0) break;
      node = node.next.get(tokens.keyId(j));
      if (!node) break;
    }
    return found;
  }
}

const NONE: never[] = [];

function casePasses<V>(tokens: TokenTable, e: CompiledEntry<V>, first: number): boolean {
  if (e.policy === "insensitive") return true;
  for (let k = 0; k < e.tokens.length; k++) {
    const want = e.tokens[k]!;
    if (e.policy === "exact") {
      if (!tokens.is(first + k, want)) return false;
    } else if (e.capitals[k] && !tokens.isCapitalized(first + k)) return false;
  }
  return true;
}
