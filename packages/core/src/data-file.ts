import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { parseDataText } from "./data-schema.js";

/** A JSON data file shipped with a package, validated by its schema once when first read. */
export interface DataFile<T> {
  readonly path: string;
  readonly sha256: string;
  readonly data: T;
}

/**
 * Load and validate a JSON data file. `url` is resolved by the caller against its own
 * `import.meta.url`, which lands on the same `data/` folder from `src/` and from `dist/`.
 * `schema` may be a function that builds it: building a zod schema costs far more than checking
 * one, and a run reads the build's compiled copy, so a module need not build its schemas at
 * import (every process and worker would pay for it) but only when a file is validated.
 */
export function loadDataFile<S extends z.ZodType>(url: URL, schema: S | (() => S)): DataFile<z.infer<S>> {
  const path = fileURLToPath(url);
  const bytes = readFileSync(path);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // Validated at build time (a package's compiled artifact) when the file is still those bytes.
  const compiled = precompiled.get(path);
  const data = compiled && compiled.sha256 === sha256 ? (compiled.data as z.infer<S>) : parseDataText(path, bytes.toString("utf8"), typeof schema === "function" ? schema() : schema);
  const file = { path, sha256, data };
  loaded.set(path, file);
  return file;
}

const precompiled = new Map<string, { sha256: string; data: unknown }>();
const loaded = new Map<string, DataFile<unknown>>();

/**
 * Data files a package's build already validated (path -> the file's sha256 and its parsed data).
 * `loadDataFile` uses an entry only while the file on disk has that sha256; else it validates.
 */
export function registerCompiledData(files: Iterable<[path: string, file: { sha256: string; data: unknown }]>): void {
  for (const [path, file] of files) precompiled.set(path, file);
}

/** The data files loaded so far in this process (what a build step compiles into its artifact). */
export function loadedDataFiles(): DataFile<unknown>[] {
  return [...loaded.values()];
}

/** Memoize a loader so a data file is read and compiled once per process. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
