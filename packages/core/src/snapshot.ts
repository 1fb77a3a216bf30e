import { DefaultDeserializer, DefaultSerializer } from "node:v8";
import { restoreKeys, savedKeys, savedKeyTable } from "./tokens.js";

/**
 * A compiled structure (tries, phrase tables, indexes: Maps, Sets, arrays, typed arrays, plain
 * objects and instances of the classes named in `classes`) as bytes, and back: what a build step
 * stores so a process loads a lexicon in a few ms instead of compiling it. One graph keeps its
 * shared objects shared. Class instances get their prototype back (a class's `compact()`, if it
 * has one, runs first); a function (a closure) cannot be stored and throws when packing, naming
 * where it was found.
 */
export type SnapshotClasses = Readonly<Record<string, abstract new (...args: never[]) => unknown>>;

export function packSnapshot(root: unknown, classes: SnapshotClasses): Buffer {
  const names = new Map<object, string>(Object.entries(classes).map(([name, c]) => [c.prototype as object, name]));
  const instances: object[] = [];
  const classOf: string[] = [];
  const seen = new Set<object>();
  // V8 writes an array densely or sparsely by its elements kind ("holey" or not), which its
  // allocation-site feedback can change from run to run for the same code: every array is stored
  // as a copy made by pushing, so the same graph gives the same bytes on every build.
  const denseCopies = new Map<unknown[], unknown[]>();
  const dense = <T>(x: T): T => {
    if (!Array.isArray(x)) return x;
    let copy = denseCopies.get(x);
    if (copy === undefined) {
      copy = [];
      for (let i = 0; i < x.length; i++) copy.push(x[i]);
      denseCopies.set(x, copy);
    }
    return copy as T;
  };
  const visit = (v: unknown, path: string): void => {
    if (typeof v === "function") throw new Error(`snapshot: a function at ${path} cannot be stored`);
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v) || v instanceof RegExp) return;
    if (v instanceof Map) {
      for (const [k, x] of v) {
        visit(k, `${path}.<key>`);
        visit(x, `${path}[${String(k)}]`);
        if (Array.isArray(x)) v.set(k, dense(x));
      }
      return;
    }
    if (v instanceof Set) {
      for (const x of v) visit(x, `${path}.<item>`);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x: unknown, i) => {
        visit(x, `${path}[${i}]`);
        if (Array.isArray(x)) v[i] = dense(x);
      });
      return;
    }
    const proto = Object.getPrototypeOf(v) as object | null;
    if (proto !== Object.prototype && proto !== null) {
      const name = names.get(proto);
      if (name === undefined) throw new Error(`snapshot: an instance of ${(proto as { constructor?: { name?: string } }).constructor?.name ?? "?"} at ${path} has no registered class`);
      instances.push(v);
      classOf.push(name);
      // A class may cut what it stores to what it uses first (a matcher's columns grow by doubling).
      if (typeof (v as { compact?: unknown }).compact === "function") (v as { compact(): void }).compact();
    }
    for (const [k, x] of Object.entries(v)) {
      visit(x, `${path}.${k}`);
      if (Array.isArray(x)) (v as Record<string, unknown>)[k] = dense(x);
    }
  };
  visit(root, "root");
  root = dense(root);
  const serializer = new ColumnSerializer();
  serializer.writeHeader();
  serializer.writeValue({ root, instances, classOf });
  const graph = serializer.releaseBuffer();
  // [graph length][graph][the columns, each at a multiple of ALIGN from the start]
  const parts: Uint8Array[] = [Buffer.alloc(4), graph];
  parts[0]!.set(new Uint8Array(new Uint32Array([graph.length]).buffer));
  let at = 4 + graph.length;
  for (const column of serializer.columns) {
    const pad = padding(at);
    parts.push(Buffer.alloc(pad), new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
    at += pad + column.byteLength;
  }
  return Buffer.concat(parts);
}

/**
 * Unpack `bytes` (from `packSnapshot`). The typed arrays of the graph are views of `bytes`
 * itself, not copies, when it lies at a multiple of ALIGN in its buffer (as a region of a file
 * read whole, laid out so): a 30 MB lexicon then restores without copying its columns. Bytes
 * unpacked a second time are copied first, so two restored graphs never share a column.
 */
export function unpackSnapshot<T>(bytes: Uint8Array, classes: SnapshotClasses): T {
  const graphLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  const seen = unpacked.get(bytes.buffer) ?? new Set<number>();
  unpacked.set(bytes.buffer, seen);
  const inPlace = bytes.byteOffset % ALIGN === 0 && !seen.has(bytes.byteOffset);
  seen.add(bytes.byteOffset);
  const region = inPlace ? bytes : new Uint8Array(bytes);
  const deserializer = new ColumnDeserializer(region.subarray(4, 4 + graphLength), region, 4 + graphLength);
  deserializer.readHeader();
  const { root, instances, classOf } = deserializer.readValue() as { root: T; instances: object[]; classOf: string[] };
  instances.forEach((o, i) => {
    const c = classes[classOf[i]!];
    if (!c) throw new Error(`snapshot: unknown class ${classOf[i]}`);
    Object.setPrototypeOf(o, c.prototype as object);
  });
  return root;
}

/** Columns start at multiples of this many bytes, so each can be viewed in place whatever its element size. */
const ALIGN = 8;
const padding = (at: number): number => (ALIGN - (at % ALIGN)) % ALIGN;
/** Typed array classes a column may have, by the index written for it. */
const COLUMN_TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array] as const;
/** Written instead of a column index for a view of another kind (a Buffer, a DataView), which V8 keeps as usual. */
const OTHER_VIEW = 0xff;
/** Per buffer, where the snapshots start whose columns a restored graph already views. */
const unpacked = new WeakMap<ArrayBufferLike, Set<number>>();

/** Writes each typed array of a graph as its type and length, its bytes set aside (the columns) to be laid out after the graph. */
class ColumnSerializer extends DefaultSerializer {
  readonly columns: ArrayBufferView[] = [];

  _writeHostObject(view: ArrayBufferView): void {
    const type = COLUMN_TYPES.findIndex((c) => Object.getPrototypeOf(view) === c.prototype);
    if (type < 0) {
      this.writeUint32(OTHER_VIEW);
      (DefaultSerializer.prototype as unknown as { _writeHostObject(v: ArrayBufferView): void })._writeHostObject.call(this, view);
      return;
    }
    this.writeUint32(type);
    this.writeUint32(view.byteLength);
    this.columns.push(view);
  }
}

/** Reads what ColumnSerializer wrote: each column a view of `region` at the next aligned offset, in the order written. */
class ColumnDeserializer extends DefaultDeserializer {
  constructor(
    graph: Uint8Array,
    private readonly region: Uint8Array,
    private at: number,
  ) {
    super(graph as Buffer);
  }

  _readHostObject(): ArrayBufferView {
    const type = this.readUint32();
    if (type === OTHER_VIEW) return (DefaultDeserializer.prototype as unknown as { _readHostObject(): ArrayBufferView })._readHostObject.call(this);
    const byteLength = this.readUint32();
    const column = COLUMN_TYPES[type];
    if (!column) throw new Error(`snapshot: unknown column type ${type}`);
    this.at += padding(this.at);
    const view = new column(this.region.buffer as ArrayBuffer, this.region.byteOffset + this.at, byteLength / column.BYTES_PER_ELEMENT);
    this.at += byteLength;
    return view;
  }
}

/**
 * The process-wide key vocabulary (tokens.ts) in id order: compiled tries are keyed by key id, so
 * a snapshot holds only while the process gives every key the id it had in the build.
 */
export function vocabularySnapshot(): string[] {
  return savedKeys();
}

/** The vocabulary's hash table beside `vocabularySnapshot`'s keys, so a process files them without hashing one. */
export function vocabularyTableSnapshot(): { hashes: Int32Array; slots: Int32Array } {
  return savedKeyTable();
}

/**
 * Give the keys of a build the ids they had there. True if done: the process has read no key yet
 * or only the same first keys in the same order; else nothing changes and snapshots keyed by
 * those ids must not be used.
 */
export function restoreVocabulary(keys: readonly string[], table?: { hashes: Int32Array; slots: Int32Array }): boolean {
  return restoreKeys(keys, table);
}
