/**
 * A read-only map from strings to values, kept as one string of keys, a few typed arrays and
 * the distinct values: what a large compiled dictionary (the threat lexicon's 167,000 folded
 * phrase forms, a few hundred readings) is stored as, because a snapshot restores it as a few
 * buffers, where a Map of as many keys costs a process some 150 ms to rebuild on every start.
 * It answers as the Map it was made from: `get` by key, `values` in the Map's order.
 */
export class StringTable<V> {
  /** Every key, one after another; key k is `keys.slice(keyEnds[k], keyEnds[k + 1])`. */
  private keys: string;
  /** `keys` as Latin-1 bytes while stored (see `compact`): looked up as they are, never decoded (`keyIs`). */
  private keyBytes: Uint8Array | undefined = undefined;
  private readonly keyEnds: Int32Array;
  /** Key -> index into `distinct`. */
  private readonly valueOf: Int32Array;
  private readonly distinct: V[];
  /** Open addressing: slot -> key index + 1 (0: empty); the size is a power of two. */
  private readonly slots: Int32Array;

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
    return this.valueOf.length;
  }

  get(key: string): V | undefined {
    const k = this.indexOf(key);
    return k < 0 ? undefined : this.distinct[this.valueOf[k]!];
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  /** Each key's value, in the order the keys were first set. */
  *values(): IterableIterator<V> {
    for (let k = 0; k < this.valueOf.length; k++) yield this.distinct[this.valueOf[k]!]!;
  }

  /** Before a snapshot stores it: the keys as bytes, which restore as a view of the file where a string is copied slower. */
  compact(): void {
    if (this.keyBytes === undefined) this.keyBytes = latin1Bytes(this.keys);
    if (this.keyBytes !== undefined) this.keys = "";
  }

  private indexOf(key: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(key) & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]! - 1;
      if (k < 0) return -1;
      const start = this.keyEnds[k]!;
      if (this.keyEnds[k + 1]! - start === key.length && this.keyIs(start, key)) return k;
    }
  }

  /**
   * The key stored from `start` is `key` (its length already equal). Compared with the stored
   * bytes while they are bytes (a Latin-1 byte is its character's code): a restored table is
   * asked a few keys per document, and decoding its megabytes of keys cost each start some 10 ms.
   */
  private keyIs(start: number, key: string): boolean {
    const bytes = this.keyBytes;
    if (bytes === undefined) return this.keys.startsWith(key, start);
    for (let i = 0; i < key.length; i++) if (bytes[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }
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
