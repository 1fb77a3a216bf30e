/**
 * `--extractor ./my-extractor.mjs`: a researcher's extractor module. It exports an extractor (as
 * `default` or `extractor`) or a list of them (`extractors`); each is checked here, in the main
 * thread, so a bad module stops the run with one clear line before any worker starts.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ANNOTATION_TYPES, type Extractor } from "@procmine/core";

export class ExtractorModuleError extends Error {
  override readonly name = "ExtractorModuleError";
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(reason);
  }
}

export interface ExtractorModule {
  /** Absolute path. */
  path: string;
  sha256: string;
  extractors: Extractor[];
}

const isTypeList = (v: unknown) => Array.isArray(v) && v.every((t) => (ANNOTATION_TYPES as readonly unknown[]).includes(t));

function check(path: string, value: unknown, where: string): Extractor {
  const e = value as Partial<Extractor> | undefined;
  const fail = (reason: string) => new ExtractorModuleError(path, `${where}: ${reason}`);
  if (!e || typeof e !== "object") throw fail("is not an extractor object");
  if (typeof e.name !== "string" || !/^[\w.-]+$/.test(e.name)) throw fail("needs a name (letters, digits, _ . -)");
  if (typeof e.version !== "string" || e.version === "") throw fail("needs a version string");
  if (!isTypeList(e.types) || e.types!.length === 0) throw fail(`needs types, a list of ${ANNOTATION_TYPES.join(", ")}`);
  if (e.requires !== undefined && !isTypeList(e.requires)) throw fail(`requires must be a list of ${ANNOTATION_TYPES.join(", ")}`);
  if (e.dataFiles !== undefined && !(Array.isArray(e.dataFiles) && e.dataFiles.every((f) => typeof f === "string"))) throw fail("dataFiles must be a list of paths");
  if (typeof e.extract !== "function") throw fail("needs an extract(doc, layers) function");
  return e as Extractor;
}

/** Import a module (a relative path is found in `cwd`) and return its checked extractors. */
export async function loadExtractorModule(file: string, cwd: string): Promise<ExtractorModule> {
  const path = resolve(cwd, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new ExtractorModuleError(file, (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : `cannot read: ${(e as Error).message}`);
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (e) {
    throw new ExtractorModuleError(file, `cannot load: ${(e as Error).message.split("\n")[0]}`);
  }
  let extractors: Extractor[];
  if (Array.isArray(mod.extractors)) extractors = mod.extractors.map((x, i) => check(file, x, `extractors[${i}]`));
  else if (mod.default !== undefined) extractors = [check(file, mod.default, "default export")];
  else if (mod.extractor !== undefined) extractors = [check(file, mod.extractor, "extractor export")];
  else throw new ExtractorModuleError(file, "exports no extractor (export default, `extractor` or `extractors`)");
  return { path, sha256: createHash("sha256").update(bytes).digest("hex"), extractors };
}
