import { TextIndex, hashSpan } from "./text-index.js";
import { LIGATURE } from "./ligatures.js";

/** Token kinds, from wink-nlp's `its.type`. */
export const TOKEN_KINDS = ["word", "number", "punctuation", "symbol", "other"] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];
/** Token kinds as stored: the index in `TOKEN_KINDS`. */
export const KIND_CODE: Record<string, number> = { word: 0, number: 1, punctuation: 2, symbol: 3 };

/**
 * The document's tokens, stored column by column (offsets in the analysis text), so a
 * document of millions of tokens costs a few typed arrays rather than millions of objects.
 */
export class TokenTable {
  private starts: Int32Array;
  private ends: Int32Array;
  private kinds: Uint8Array;
  private flags: Uint8Array;
  /** Folded key of each token as a process-wide key id (-1 until first asked for). */
  private keyIds: Int32Array;
  count = 0;

  constructor(private readonly source: string) {
    // English prose runs about six characters a token: size for that, grow gently past it.
    const size = Math.max(1024, Math.ceil(source.length / 6));
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.kinds = new Uint8Array(size);
    this.flags = new Uint8Array(size);
    this.keyIds = new Int32Array(size).fill(-1);
  }

  /** Append a token whose kind code and key id are known (`KIND_CODE`, `keyIdOfToken`). */
  push(start: number, end: number, kind: number, keyId: number, opensBlock: boolean): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.keyIds[this.count] = keyId;
    this.kinds[this.count] = kind;
    this.flags[this.count] = opensBlock ? 1 : 0;
    this.count++;
  }

  /** True when token i is the first of its block: no phrase runs across it from the left. */
  opensBlock(i: number): boolean {
    return this.flags[i] === 1;
  }

  start(i: number): number {
    return this.starts[i]!;
  }
  end(i: number): number {
    return this.ends[i]!;
  }
  text(i: number): string {
    return this.source.slice(this.starts[i]!, this.ends[i]!);
  }
  kind(i: number): TokenKind {
    return TOKEN_KINDS[this.kinds[i]!]!;
  }
  isWord(i: number): boolean {
    return this.kinds[i] === 0;
  }
  /** The token folded for matching: lower case, diacritics removed. */
  key(i: number): string {
    return keyText(this.keyId(i));
  }
  /** The folded key as a process-wide id: what gazetteer tries are keyed by. */
  keyId(i: number): number {
    const id = this.keyIds[i]!;
    if (id >= 0) return id;
    // Looked up by span: a spelling seen before makes no substring.
    const kid = keyIdAt(this.source, this.starts[i]!, this.ends[i]!);
    this.keyIds[i] = kid;
    return kid;
  }
  /** Token i is exactly `s` (no substring is made). */
  is(i: number, s: string): boolean {
    return this.ends[i]! - this.starts[i]! === s.length && this.source.startsWith(s, this.starts[i]!);
  }
  /** Token i is exactly `text[start, end)` (no string is made). */
  isSpan(i: number, text: string, start: number, end: number): boolean {
    const from = this.starts[i]!;
    if (this.ends[i]! - from !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (this.source.charCodeAt(from + k) !== text.charCodeAt(start + k)) return false;
    return true;
  }
  /** Token i is exactly the Latin-1 bytes `bytes[start, end)` (a byte is its character's code). */
  isLatin1Span(i: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.starts[i]!;
    if (this.ends[i]! - from !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (this.source.charCodeAt(from + k) !== bytes[start + k]) return false;
    return true;
  }
  endsWithPeriod(i: number): boolean {
    return this.source.charCodeAt(this.ends[i]! - 1) === 46;
  }
  /** First character is an upper-case letter. */
  isCapitalized(i: number): boolean {
    const c = this.source.charCodeAt(this.starts[i]!);
    if (c < 128) return c >= 65 && c <= 90;
    const ch = this.source.charAt(this.starts[i]!);
    return ch !== ch.toLowerCase();
  }
  /** Lower case throughout: `text(i) === text(i).toLowerCase()`, with no string made for ASCII. */
  isLowerCase(i: number): boolean {
    for (let k = this.starts[i]!, end = this.ends[i]!; k < end; k++) {
      const c = this.source.charCodeAt(k);
      if (c >= 65 && c <= 90) return false;
      if (c >= 128) {
        const t = this.text(i);
        return t === t.toLowerCase();
      }
    }
    return true;
  }
  /** Has letters, and none of them lower case (`FARC`, `U.S.`). */
  isUpper(i: number): boolean {
    let letters = false;
    for (let k = this.starts[i]!, end = this.ends[i]!; k < end; k++) {
      const c = this.source.charCodeAt(k);
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters = true;
      else if (c >= 128) {
        // Beyond ASCII, ask the string methods.
        const t = this.text(i);
        return t !== t.toLowerCase() && t === t.toUpperCase();
      }
    }
    return letters;
  }
  /** Index of the token that contains analysis offset `pos`, or -1. */
  at(pos: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= pos) lo = mid + 1;
      else if (this.starts[mid]! > pos) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
  /** Token i is the span [start, end) exactly. */
  spans(i: number, start: number, end: number): boolean {
    return this.starts[i] === start && this.ends[i] === end;
  }
  /** Index of the first token that starts at or after `pos`. */
  firstFrom(pos: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private grow(): void {
    const size = Math.ceil(this.starts.length * 1.25) + 1024;
    this.starts = grown(this.starts, new Int32Array(size));
    this.ends = grown(this.ends, new Int32Array(size));
    this.kinds = grown(this.kinds, new Uint8Array(size));
    this.flags = grown(this.flags, new Uint8Array(size));
    this.keyIds = grown(this.keyIds, new Int32Array(size).fill(-1));
  }
}

/** `to` (a larger column) with `from` copied into its start. */
/** `to` holding `from`'s values at its start: a typed column grown into a larger array. */
export function grown<A extends Int32Array | Uint8Array>(from: A, to: A): A {
  to.set(from);
  return to;
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

// One vocabulary of folded keys for the whole process, so a token's key is a small integer that
// the matchers' tries, compiled once, can look up without hashing strings. It grows with the
// distinct words read (a few MB for thousands of documents), never with their count. A key's id
// is its index: keys are looked up by span, so a token already folded (`peru`) needs no string.
const KEYS = new TextIndex();

/** The id of a folded key, interned on first sight. */
export function keyIdOf(key: string): number {
  const id = KEYS.find(key, 0, key.length);
  return id >= 0 ? id : KEYS.add(key, 0, key.length);
}

/** The vocabulary in id order (what a build stores beside tries keyed by these ids: snapshot.ts). */
export function savedKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < KEYS.size; i++) keys.push(KEYS.text(i));
  return keys;
}

/** The vocabulary's hash table, as `savedKeys` gives its keys: a build stores both (`restoreKeys`). */
export function savedKeyTable(): { hashes: Int32Array; slots: Int32Array } {
  const { hashes, slots } = KEYS.table();
  return { hashes: hashes.slice(), slots: slots.slice() };
}

/**
 * Intern `keys` so each gets its index as id; only while the vocabulary so far is their prefix
 * (else false, and nothing changes). With `table` (`savedKeyTable` where `keys` were saved) the
 * vocabulary takes that table as it is instead of hashing and filing every key again.
 */
export function restoreKeys(keys: readonly string[], table?: { hashes: Int32Array; slots: Int32Array }): boolean {
  if (KEYS.size > keys.length) return false;
  for (let i = 0; i < KEYS.size; i++) if (KEYS.text(i) !== keys[i]) return false;
  if (table !== undefined && KEYS.adopt(keys, table)) return true;
  // Each key hashed once (a start interns thousands): checked for a duplicate, then filed.
  const from = KEYS.size;
  const hashes = new Int32Array(keys.length - from);
  for (let i = from; i < keys.length; i++) {
    const key = keys[i]!;
    hashes[i - from] = hashSpan(key, 0, key.length);
    if (KEYS.findHashed(key, 0, key.length, hashes[i - from]!) >= 0) return false;
  }
  // Nor twice among themselves (a vocabulary saved by a process that held a key twice): two
  // equal keys have equal hashes, so the strings are compared only when two hashes agree.
  if (hasEqualHashes(hashes) && new Set(keys.slice(from)).size !== keys.length - from) return false;
  KEYS.reserve(keys.length);
  for (let i = from; i < keys.length; i++) KEYS.addHashed(keys[i]!, 0, keys[i]!.length, hashes[i - from]!);
  return true;
}

/** The key id of a token as written (folded once per distinct spelling). */
export function keyIdOfToken(token: string): number {
  return SPELLINGS.keyIdAt(token, 0, token.length);
}

/** The key id of the token `text[start, end)`, without making its substring. */
export function keyIdAt(text: string, start: number, end: number): number {
  return SPELLINGS.keyIdAt(text, start, end);
}

/** `keyIdAt`, with the span's `hashSpan` already known (a reader that hashed it as it scanned). */
export function keyIdAtHashed(text: string, start: number, end: number, h: number): number {
  return SPELLINGS.keyIdAtHashed(text, start, end, h);
}

/** Spellings seen (`Perú`, `PERU`), and the key id of each (by its index). */
class SpellingTable {
  private readonly index = new TextIndex();
  private ids = new Int32Array(1024);

  keyIdAt(text: string, start: number, end: number): number {
    return this.keyIdAtHashed(text, start, end, hashSpan(text, start, end));
  }

  keyIdAtHashed(text: string, start: number, end: number, h: number): number {
    // A span reaching past the text (a block whose end overshoots it) is what it holds of the
    // text, hashed as that: the caller's hash then counted characters that are not there
    // (`charCodeAt` gives NaN), and its key, filed under a hash no lookup computes, would be
    // interned again on every such span (the empty key many times over).
    if (end > text.length || start > end || start < 0) {
      const from = Math.min(Math.max(start, 0), text.length);
      const to = Math.max(from, Math.min(end, text.length));
      return this.keyIdAt(text, from, to);
    }
    const i = this.index.findHashed(text, start, end, h);
    if (i >= 0) return this.ids[i]!;
    const added = this.index.addHashed(text, start, end, h);
    if (added === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    // A spelling in ASCII without capitals is its own key, filed under the same hash.
    let id: number;
    if (isFoldedAscii(text, start, end)) {
      id = KEYS.findHashed(text, start, end, h);
      if (id < 0) id = KEYS.addHashed(text, start, end, h);
    } else id = keyIdOf(foldKey(this.index.text(added)));
    this.ids[added] = id;
    return id;
  }
}

const SPELLINGS = new SpellingTable();

/**
 * A property of folded keys, computed once per key id and then read from an array (key ids are
 * process-wide), so testing every token of a document costs no string work. `compute` returns a
 * small integer (0 for "no").
 */
export function keyIdMemo(compute: (key: string) => number): (keyId: number) => number {
  const UNKNOWN = -0x80000000;
  let values = new Int32Array(0);
  return (keyId) => {
    if (keyId >= values.length) {
      const grown = new Int32Array(Math.max(keyId + 1, values.length * 2, 1024)).fill(UNKNOWN);
      grown.set(values);
      values = grown;
    }
    let v = values[keyId]!;
    if (v === UNKNOWN) {
      v = compute(KEYS.text(keyId));
      values[keyId] = v;
    }
    return v;
  };
}

const MEMBERSHIPS = new WeakMap<ReadonlySet<string>, (keyId: number) => number>();

/**
 * Whether a key id's folded key is in `set` (1) or not (0), answered from an array: for a set of
 * folded words tested against every token. The set must not change once asked.
 */
export function keyIdMembership(set: ReadonlySet<string>): (keyId: number) => number {
  let memo = MEMBERSHIPS.get(set);
  if (!memo) {
    // Every word of the set interned now, so a key interned later (a word never seen before,
    // most of a new text's) is none of them: every answer is an array read, and no key's string
    // is hashed again to ask the set. An interned word no token folds to is never asked.
    const ids: number[] = [];
    for (const word of set) ids.push(keyIdOf(word));
    const members = new Uint8Array(KEYS.size);
    for (const id of ids) members[id] = 1;
    memo = (keyId) => (keyId < members.length ? members[keyId]! : 0);
    MEMBERSHIPS.set(set, memo);
  }
  return memo;
}

export function keyText(id: number): string {
  return KEYS.text(id);
}

/** Whether two of `hashes` are equal (sorted in a copy: no string is hashed again). */
function hasEqualHashes(hashes: Int32Array): boolean {
  const sorted = hashes.slice().sort();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return true;
  return false;
}

/** ASCII with no upper-case letter: what `foldKey` returns unchanged. */
function isFoldedAscii(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

// The Latin typographic ligatures (ligatures.ts) are folded to their letters so the key matches
// (`tráﬁco` as `trafico`), and only these: a wider compatibility fold would also rewrite
// superscripts, fractions and full-width forms.
const LIGATURES = new RegExp(LIGATURE.source, "g");

/** Lower case with diacritics and typographic ligatures removed (`Perú` and `PERU` share the key `peru`). */
export function foldKey(s: string): string {
  const lower = s.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower.replace(LIGATURES, (c) => c.normalize("NFKC")).normalize("NFD").replace(/\p{M}/gu, "");
}
