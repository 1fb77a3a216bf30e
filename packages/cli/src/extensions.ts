/**
 * The extractors of a run: the built-in four over the built-in data plus the researcher's data
 * files (`--data`, `procmine.config.json`), then the researcher's extractor modules
 * (`--extractor`). Built the same way in the main thread (to check everything and describe the
 * run in the manifest) and in every worker (to annotate).
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { createPipeline, type AnnotationType, type Extractor, type Pipeline } from "@procmine/core";
import { createExtractors, loadUserData, type UserData } from "@procmine/extractors";
import { loadExtractorModule, type ExtractorModule } from "./user-extractors.js";

/** The config file procmine reads from the folder it runs in, as if given with `--data`. */
export const CONFIG_FILE = "procmine.config.json";

export interface Extensions {
  /** User data files, in the order given (absolute, or relative to the run's folder). */
  dataFiles: string[];
  /** User extractor modules, in the order given. */
  extractorModules: string[];
}

export interface RunExtractors {
  pipeline: Pipeline;
  data: UserData;
  modules: ExtractorModule[];
  /** The module each user extractor came from. */
  moduleOf: Map<Extractor, ExtractorModule>;
}

/** `procmine.config.json` in `cwd` first (if there), then the `--data` files. */
export function dataFilesOf(given: readonly string[], cwd: string): string[] {
  const config = resolve(cwd, CONFIG_FILE);
  const named = given.some((f) => resolve(cwd, f) === config);
  return existsSync(config) && !named ? [CONFIG_FILE, ...given] : [...given];
}

/** `cwd`: the folder relative paths in `ext` are found in (errors name them as given). */
export async function buildRunExtractors(ext: Extensions, types: readonly AnnotationType[], cwd: string): Promise<RunExtractors> {
  const data = loadUserData(ext.dataFiles, cwd);
  const modules: ExtractorModule[] = [];
  for (const file of ext.extractorModules) modules.push(await loadExtractorModule(file, cwd));
  const moduleOf = new Map<Extractor, ExtractorModule>();
  for (const m of modules) for (const e of m.extractors) moduleOf.set(e, m);
  const builtIn = createExtractors({ data });
  const extractors = [...builtIn, ...modules.flatMap((m) => m.extractors)];
  const names = new Set<string>();
  for (const e of extractors) {
    if (names.has(e.name)) throw new Error(`two extractors are named "${e.name}"; extractor names must differ`);
    names.add(e.name);
  }
  return { pipeline: createPipeline({ extractors, types, checked: builtIn }), data, modules, moduleOf };
}
