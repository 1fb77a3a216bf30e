import { deserialize, serialize } from "node:v8";
import { restoreKeys, savedKeys } from "./tokens.js";

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
  const visit = (v: unknown, path: string): void => {
    if (typeof v === "function") throw new Error(`snapshot: a function at ${path} cannot be stored`);
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v) || v instanceof RegExp) return;
    if (v instanceof Map) {
      for (const [k, x] of v) {
        visit(k, `${path}.<key>`);
        visit(x, `${path}[${String(k)}]`);
      }
      return;
    }
    if (v instanceof Set) {
      for (const x of v) visit(x, `${path}.<item>`);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, `${path}[${i}]`));
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
    for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`);
  };
  visit(root, "root");
  return serialize({ root, instances, classOf });
}

export function unpackSnapshot<T>(bytes: Uint8Array, classes: SnapshotClasses): T {
  const { root, instances, classOf } = deserialize(bytes) as { root: T; instances: object[]; classOf: string[] };
  instances.forEach((o, i) => {
    const c = classes[classOf[i]!];
    if (!c) throw new Error(`snapshot: unknown class ${classOf[i]}`);
    Object.setPrototypeOf(o, c.prototype as object);
  });
  return root;
}

/**
 * The process-wide key vocabulary (tokens.ts) in id order: compiled tries are keyed by key id, so
 * a snapshot holds only while the process gives every key the id it had in the build.
 */
export function vocabularySnapshot(): string[] {
  return savedKeys();
}

/**
 * Give the keys of a build the ids they had there. True if done: the process has read no key yet
 * or only the same first keys in the same order; else nothing changes and snapshots keyed by
 * those ids must not be used.
 */
export function restoreVocabulary(keys: readonly string[]): boolean {
  return restoreKeys(keys);
}
