/**
 * A set of strings numbered in the order added, looked up by a span of another string
 * (`text[start, end)`) without making its substring: an open-addressing table hashed over
 * character codes (FNV-1a). Reading a document then costs no substring and no hashing of a new
 * string per token, which is what a `Map` keyed by the token's text cost.
 */
export class TextIndex {
  private readonly texts: string[] = [];
  private hashes: Int32Array = new Int32Array(1 << 10);
  /** Index + 1 into `texts` (0: an empty slot). */
  private slots: Int32Array = new Int32Array(1 << 10);

  get size(): number {
    return this.texts.length;
  }

  /** The index of `text[start, end)`, or -1. */
  find(text: string, start: number, end: number): number {
    return this.findHashed(text, start, end, hashSpan(text, start, end));
  }

  /** `find`, with the span's `hashSpan` already known (a caller that also adds it hashes once). */
  findHashed(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      if (this.hashes[slot] === h) {
        const known = this.texts[entry - 1]!;
        if (known.length === length && text.startsWith(known, start)) return entry - 1;
      }
    }
  }

  /** Add `text[start, end)` (not yet in the index) and return its index. */
  add(text: string, start = 0, end = text.length): number {
    return this.addHashed(text, start, end, hashSpan(text, start, end));
  }

  /** `add`, with the span's `hashSpan` already known. */
  addHashed(text: string, start: number, end: number, h: number): number {
    // A copy, so the index never keeps a document alive through a sliced string.
    const copy = end - start < 13 ? text.slice(start, end) : (" " + text.slice(start, end)).slice(1);
    this.texts.push(copy);
    if (this.texts.length * 2 > this.slots.length) this.grow();
    this.place(h, this.texts.length);
    return this.texts.length - 1;
  }

  /** The table's columns (what a build stores beside the texts, for `adopt`). */
  table(): { hashes: Int32Array; slots: Int32Array } {
    return { hashes: this.hashes, slots: this.slots };
  }

  /**
   * Become the index `table()` of another process gave, holding `texts` (the texts that index
   * held, in order): a start files thousands of texts without hashing or placing one. The caller
   * vouches that the columns are that index's; they are checked for shape only (false: nothing changes).
   */
  adopt(texts: readonly string[], table: { hashes: Int32Array; slots: Int32Array }): boolean {
    const size = table.slots.length;
    if (size === 0 || (size & (size - 1)) !== 0 || table.hashes.length !== size || texts.length * 2 > size) return false;
    this.texts.length = 0;
    for (const text of texts) this.texts.push(text);
    this.hashes = table.hashes;
    this.slots = table.slots;
    return true;
  }

  /** The text added as index `i`. */
  text(i: number): string {
    return this.texts[i]!;
  }

  private place(h: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
    this.hashes[slot] = h;
  }

  /**
   * Room for `count` texts in all, made at once: a start that files thousands of texts places
   * each once, instead of again at every doubling of the table.
   */
  reserve(count: number): void {
    let size = this.slots.length;
    while (count * 2 > size) size *= 2;
    if (size > this.slots.length) this.resize(size);
  }

  private grow(): void {
    this.resize(this.slots.length * 2);
  }

  /** `size` slots, each entry placed again by the hash it was filed by (no text is hashed again). */
  private resize(size: number): void {
    const hashes = this.hashes;
    const slots = this.slots;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    for (let slot = 0; slot < slots.length; slot++) if (slots[slot] !== 0) this.place(hashes[slot]!, slots[slot]!);
  }
}

/** FNV-1a over the character codes of `text[start, end)`: the hash `TextIndex` files a span by. */
export function hashSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // As an int32, as the Int32Array of hashes stores it: the empty span's hash is the offset
  // basis, above 2^31, and would never equal its stored self (every other hash is Math.imul's).
  return h | 0;
}
