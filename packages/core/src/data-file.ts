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
 */
export function loadDataFile<S extends z.ZodType>(url: URL, schema: S): DataFile<z.infer<S>> {
  const path = fileURLToPath(url);
  const bytes = readFileSync(path);
  const data = parseDataText(path, bytes.toString("utf8"), schema);
  return { path, sha256: createHash("sha256").update(bytes).digest("hex"), data };
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
