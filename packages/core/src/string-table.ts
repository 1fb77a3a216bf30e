import { automatonValue, buildWordAutomaton, type WordAutomaton } from "./word-automaton.js";

/**
 * A read-only map from strings to values, kept as one string of keys (stored as their words), a
 * few typed arrays and the distinct values: what a large compiled dictionary (the threat
 * lexicon's 250,000 folded phrase forms, a few hundred readings) is stored as, because a snapshot
 * restores it as a few buffers, where a Map of as many keys costs a process some 150 ms to
 * rebuild on every start.
 * It answers as the Map it was made from: `get` by key, `values` in the Map's order.
 */
export class StringTable<V> implements ReadonlyTable<V> {
  /** Every key, one after another; key k is `keys.slice(keyEnds[k], keyEnds[k + 1])`. */
  private keys: string;
  /** The keys as words while stored (see `compact`): looked up as they are, never decoded (`keyIs`). */
  private words: PackedTexts | undefined = undefined;
  private keyEnds: Int32Array;
  /** Key -> index into `distinct`. */
  private valueOf: Int32Array;
  private readonly distinct: V[];
  /** Open addressing: slot -> key index + 1 (0: empty); the size is a power of two. */
  private slots: Int32Array;
  /**
   * Set on a table made by `withSharedTails`: the keys as the minimal automaton over their words
   * (in place of `keys`, `valueOf` and `slots`), the values in key order as runs of (value index,
   * count), and how many keys there are.
   */
  private tails: WordAutomaton | undefined = undefined;
  private valueRuns = new Int32Array(0);
  private tailKeys = 0;

  constructor(entries: ReadonlyMap<string, V>) {
    const ids = new Map<V, number>();
    this.distinct = [];
    this.keyEnds = new Int32Array(entries.size + 1);
    this.valueOf = new Int32Array(entries.size);
    let size = 2;
    while (size < 2 * entries.size) size *= 2;
    this.slots = new Int32Array(size);
    const parts: string[] = [];
    let at = 0;
    let k = 0;
    for (const [key, value] of entries) {
      let id = ids.get(value);
      if (id === undefined) {
        id = this.distinct.length;
        ids.set(value, id);
        this.distinct.push(value);
      }
      this.valueOf[k] = id;
      parts.push(key);
      at += key.length;
      this.keyEnds[k + 1] = at;
      let slot = hashOf(key) & (size - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.slots[slot] = k + 1;
      k++;
    }
    this.keys = parts.join("");
  }

  get size(): number {
    return this.tails !== undefined ? this.tailKeys : this.valueOf.length;
  }

  get(key: string): V | undefined {
    if (this.tails !== undefined) {
      const id = automatonValue(this.tails, key);
      return id < 0 ? undefined : this.distinct[id];
    }
    const k = this.indexOf(key);
    return k < 0 ? undefined : this.distinct[this.valueOf[k]!];
  }

  has(key: string): boolean {
    if (this.tails !== undefined) return automatonValue(this.tails, key) >= 0;
    return this.indexOf(key) >= 0;
  }

  /** Each key's value, in the order the keys were first set. */
  *values(): IterableIterator<V> {
    if (this.tails !== undefined) {
      for (let r = 0; r < this.valueRuns.length; r += 2) for (let n = 0; n < this.valueRuns[r + 1]!; n++) yield this.distinct[this.valueRuns[r]!]!;
      return;
    }
    for (let k = 0; k < this.valueOf.length; k++) yield this.distinct[this.valueOf[k]!]!;
  }

  /**
   * The same table with its keys kept as the minimal automaton over their words (see
   * word-automaton.ts): a dictionary of forms expanded from templates repeats the same tails under
   * every prefix and stores in a small part of the bytes. It answers `get`, `has`, `values` and
   * `size` as this one; looking up walks the key's words. This table itself if a character of a key
   * does not fit one byte.
   */
  withSharedTails(): StringTable<V> {
    if (this.tails !== undefined) return this;
    const count = this.valueOf.length;
    const keys = Array.from({ length: count }, (_, k) => (this.words !== undefined ? packedText(this.words, k) : this.keys.slice(this.keyEnds[k], this.keyEnds[k + 1])));
    const tails = buildWordAutomaton(keys, this.valueOf);
    if (tails === undefined) return this;
    const runs: number[] = [];
    for (let k = 0; k < count; k++) {
      if (runs.length > 0 && runs[runs.length - 2] === this.valueOf[k]) runs[runs.length - 1]!++;
      else runs.push(this.valueOf[k]!, 1);
    }
    const out = new StringTable<V>(new Map());
    out.distinct.push(...this.distinct);
    out.tails = tails;
    out.valueRuns = Int32Array.from(runs);
    out.tailKeys = count;
    out.valueOf = new Int32Array(0);
    out.slots = new Int32Array(0);
    out.keys = "";
    out.keyEnds = new Int32Array(0);
    return out;
  }

  /**
   * Before a snapshot stores it: the keys as words (see `PackedTexts`), which restore as views of the
   * file where a string is copied slower, in about a quarter of the bytes of the keys themselves.
   */
  compact(): void {
    if (this.words !== undefined || this.tails !== undefined) return;
    this.words = packTexts(Array.from({ length: this.keyEnds.length - 1 }, (_, k) => this.keys.slice(this.keyEnds[k], this.keyEnds[k + 1])));
    if (this.words === undefined) return;
    this.keys = "";
    this.keyEnds = new Int32Array(0);
  }

  private indexOf(key: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(key) & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]! - 1;
      if (k < 0) return -1;
      if (this.keyIs(k, key)) return k;
    }
  }

  /**
   * Key `k` is `key`. Compared with the stored words while they are words (a Latin-1 byte is its
   * character's code): a restored table is asked a few keys per document, and decoding its
   * megabytes of keys cost each start some 10 ms.
   */
  private keyIs(k: number, key: string): boolean {
    const w = this.words;
    if (w !== undefined) return packedTextIs(w, k, key);
    const start = this.keyEnds[k]!;
    return this.keyEnds[k + 1]! - start === key.length && this.keys.startsWith(key, start);
  }
}

/** What readers of a `StringTable` call: one, or one layered over another (`LayeredTable`). */
export interface ReadonlyTable<V> {
  readonly size: number;
  get(key: string): V | undefined;
  has(key: string): boolean;
  values(): IterableIterator<V>;
}

/**
 * A small table over a large one, answering as the one table of both would with the top's keys
 * set first (a researcher's terms over a stored lexicon's dictionary); for tables that share no key.
 */
export class LayeredTable<V> implements ReadonlyTable<V> {
  constructor(
    readonly top: ReadonlyTable<V>,
    readonly base: ReadonlyTable<V>,
  ) {}

  get size(): number {
    return this.top.size + this.base.size;
  }

  get(key: string): V | undefined {
    return this.top.has(key) ? this.top.get(key) : this.base.get(key);
  }

  has(key: string): boolean {
    return this.top.has(key) || this.base.has(key);
  }

  *values(): IterableIterator<V> {
    yield* this.top.values();
    yield* this.base.values();
  }
}

const SPACE = 32;

/**
 * Texts as the words between their spaces: each distinct word once, as Latin-1 bytes, and each
 * text as the ids of its words. A large dictionary of phrase forms (`drug conspiracy`, `drug
 * conspiracies`, `narcotic conspiracy`…) repeats a few thousand words in hundreds of thousands of
 * texts, so it stores in about a quarter of the bytes. Text k is words `textWords[textWordEnds[k]]`
 * … `textWords[textWordEnds[k + 1] - 1]` joined by one space; word w is
 * `wordBytes[wordEnds[w], wordEnds[w + 1])`.
 */
export interface PackedTexts {
  wordBytes: Uint8Array;
  wordEnds: Int32Array;
  textWords: Uint16Array | Int32Array;
  textWordEnds: Int32Array;
}

/** `texts` as words, or undefined when a character does not fit one byte. */
export function packTexts(texts: readonly string[]): PackedTexts | undefined {
  const ids = new Map<string, number>();
  const distinct: string[] = [];
  const textWordEnds = new Int32Array(texts.length + 1);
  const words: number[] = [];
  texts.forEach((text, k) => {
    for (const word of text.split(" ")) {
      let id = ids.get(word);
      if (id === undefined) {
        id = distinct.length;
        ids.set(word, id);
        distinct.push(word);
      }
      words.push(id);
    }
    textWordEnds[k + 1] = words.length;
  });
  const wordBytes = latin1Bytes(distinct.join(""));
  if (wordBytes === undefined) return undefined;
  const wordEnds = new Int32Array(distinct.length + 1);
  distinct.forEach((word, w) => (wordEnds[w + 1] = wordEnds[w]! + word.length));
  const textWords = distinct.length <= 0x10000 ? Uint16Array.from(words) : Int32Array.from(words);
  return { wordBytes, wordEnds, textWords, textWordEnds };
}

/** Text `k` of `packed` is `s`, compared word by word with the bytes (a Latin-1 byte is its character's code). */
export function packedTextIs(packed: PackedTexts, k: number, s: string): boolean {
  const { wordBytes, wordEnds, textWords, textWordEnds } = packed;
  let at = 0;
  for (let i = textWordEnds[k]!, end = textWordEnds[k + 1]!; i < end; i++) {
    // Words after the first stand after one space.
    if (i > textWordEnds[k]! && s.charCodeAt(at++) !== SPACE) return false;
    const word = textWords[i]!;
    const from = wordEnds[word]!;
    const length = wordEnds[word + 1]! - from;
    if (at + length > s.length) return false;
    for (let j = 0; j < length; j++) if (wordBytes[from + j] !== s.charCodeAt(at + j)) return false;
    at += length;
  }
  return at === s.length;
}

/** Text `k` of `packed`, decoded. */
export function packedText(packed: PackedTexts, k: number): string {
  const words: string[] = [];
  for (let i = packed.textWordEnds[k]!, end = packed.textWordEnds[k + 1]!; i < end; i++) {
    const word = packed.textWords[i]!;
    words.push(latin1Text(packed.wordBytes.subarray(packed.wordEnds[word], packed.wordEnds[word + 1])));
  }
  return words.join(" ");
}

/**
 * `s` as Latin-1 bytes, or undefined when a character does not fit one. A snapshot restores a
 * long string some five times slower than a buffer of its bytes is decoded (13 against 2.5 ms
 * for 6 MB), so compiled classes store their long strings so.
 */
export function latin1Bytes(s: string): Uint8Array | undefined {
  if (/[\u0100-\uffff]/.test(s)) return undefined;
  const bytes = Buffer.from(s, "latin1");
  // A plain Uint8Array (not a Buffer), which a snapshot lays out as a column.
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function latin1Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}
