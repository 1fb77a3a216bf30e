import { deserialize, serialize } from "node:v8";
import { StringTable } from "./string-table.js";

/** What a reader of a string-keyed index asks of it: a Map or a `LazyTable`. */
export interface Lookup<V> {
  readonly size: number;
  get(key: string): V | undefined;
}

/**
 * A read-only map from strings to values, each value kept as its own bytes and read the first time
 * it is asked for: how a lexicon stores an index of many small objects that a document looks up a
 * few keys of (an organization name's tails, listed names by initials). Restored from a snapshot it
 * is a few buffers, where a Map of as many objects cost every process tens of ms to rebuild at
 * start-up. Each key's value is its own copy (objects two values shared are not shared).
 */
export class LazyTable<V> implements Lookup<V> {
  readonly size: number;
  /** Key -> its index. */
  private readonly index: StringTable<number>;
  /** The values, each as V8 serialized it; value k is `bytes.subarray(ends[k - 1] ?? 0, ends[k])`. */
  private readonly bytes: Uint8Array;
  private readonly ends: Int32Array;
  /** Values read so far, by index (never stored: see `compact`). */
  private read: Map<number, V> | undefined = undefined;

  constructor(entries: ReadonlyMap<string, V>) {
    const indexes = new Map<string, number>();
    const parts: Uint8Array[] = [];
    this.ends = new Int32Array(entries.size);
    let at = 0;
    for (const [key, value] of entries) {
      const bytes = serialize(value);
      this.ends[parts.length] = at += bytes.length;
      indexes.set(key, parts.length);
      parts.push(bytes);
    }
    this.size = parts.length;
    this.index = new StringTable(indexes);
    // A plain Uint8Array (not a Buffer): a snapshot stores it as a column, viewed in place when restored.
    this.bytes = new Uint8Array(at);
    for (let k = 0; k < parts.length; k++) this.bytes.set(parts[k]!, k === 0 ? 0 : this.ends[k - 1]);
  }

  get(key: string): V | undefined {
    const k = this.index.get(key);
    if (k === undefined) return undefined;
    this.read ??= new Map();
    let value = this.read.get(k);
    if (value === undefined) {
      value = deserialize(this.bytes.subarray(k === 0 ? 0 : this.ends[k - 1], this.ends[k])) as V;
      this.read.set(k, value);
    }
    return value;
  }

  /** Before a snapshot stores it: the values read are not stored (they are the bytes again). */
  compact(): void {
    this.read = undefined;
  }
}
