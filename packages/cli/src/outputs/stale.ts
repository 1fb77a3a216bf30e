/**
 * A dataset folder holds one run's outputs. When a run writes fewer files than the run before it
 * (fewer formats, fewer documents), the older files would sit beside the new manifest looking
 * current: they are removed once the new dataset is in place. Only files the previous manifest
 * lists are touched, never anything else in the folder.
 */
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { isAbsolute, join, normalize, sep } from "node:path";

/** The output files the manifest in `outDir` lists (relative paths), or none. */
export function previousOutputs(outDir: string): string[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8"));
  } catch {
    return []; // no dataset here yet, or not one procmine wrote
  }
  const outputs = (manifest as { outputs?: unknown }).outputs;
  if (!Array.isArray(outputs)) return [];
  return outputs.map((o) => (o as { file?: unknown }).file).filter((f): f is string => typeof f === "string" && insideFolder(f));
}

/** Remove the files of `before` that the new run did not write; returns those removed. */
export async function removeStale(outDir: string, before: readonly string[], written: readonly string[]): Promise<string[]> {
  const now = new Set(written);
  const removed: string[] = [];
  for (const file of before) {
    if (now.has(file)) continue;
    await rm(join(outDir, file), { force: true });
    removed.push(file);
  }
  return removed;
}

/** A relative path that stays inside the folder (a hand-edited manifest must not reach outside). */
function insideFolder(file: string): boolean {
  if (file === "" || isAbsolute(file)) return false;
  const n = normalize(file);
  return n !== ".." && !n.startsWith(`..${sep}`) && !n.startsWith("../");
}
