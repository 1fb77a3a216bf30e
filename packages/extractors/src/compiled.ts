/**
 * The extractors' compiled artifact, `dist/compiled.json`, written by the package's build
 * (`scripts/build-compiled.mjs`): the data files already validated and the gazetteers' phrases
 * already cut into tokens, so a process (each worker) starts without doing either. It is used
 * only where it still holds: its code hash must be that of the modules running now (a build of
 * other code, or the TypeScript sources under test, ignore it whole), and a data file's entry only
 * while the file has the sha256 recorded (an edited data file is validated as without it). The
 * researcher's own data is merged on top at run time, as before.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLED_CODE, registerCompiledData, seedChunks, seedScanner, seedWinkCore, startupMark, type ScannerTable } from "@procmine/core";
import { loadLexicons } from "./lexicon-snapshots.js";

export const COMPILED_FORMAT = 1;

export interface CompiledArtifact {
  format: number;
  /** sha256 of the code that compiled it: every module of core and of the extractors. */
  code: string;
  /** `codeStamp` of those modules when it was compiled. */
  codeStamp?: string;
  /** Data file name (in the package's data/) -> the file's sha256 and its validated content. */
  files: Record<string, { sha256: string; data: unknown }>;
  /** The same for core's data files (in core's data/) that annotating reads. */
  coreFiles?: Record<string, { sha256: string; data: unknown }>;
  /** Phrase pieces and where each of their tokens starts and ends (see core's `seedChunks`). */
  chunks: [chunk: string, spans: number[]][];
  /** What core's scanner reads of wink-nlp's model (see core's `seedScanner`). */
  scanner?: ScannerTable;
}

const here = dirname(fileURLToPath(import.meta.url));
export const ARTIFACT_PATH = join(here, "..", "dist", "compiled.json");
export const DATA_DIR = join(here, "..", "data");
/** Core's data folder (beside its dist/, where `@procmine/core` resolves). */
export const CORE_DATA_DIR = join(dirname(createRequire(import.meta.url).resolve("@procmine/core")), "..", "data");
/** The built-in lexicons compiled (lexicon-snapshots.ts). */
export const LEXICONS_PATH = join(here, "..", "dist", "lexicons.bin");
/** What core's tokenizer reads of wink-nlp's model, packed (core's `packWinkCore`). */
export const WINK_CORE_PATH = join(here, "..", "dist", "wink-core.bin");

/**
 * sha256 of the built modules of core and of the extractors (paths and bytes), or undefined when
 * they are not running from a build (`dist/`).
 */
export function codeHash(): string | undefined {
  if (basename(here) !== "dist") return undefined;
  const hash = createHash("sha256");
  for (const dir of builtDirs()) {
    for (const file of modulesUnder(dir)) hash.update(`${relative(dir, file)}\0`).update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/** The folders of the built modules of core and of the extractors. */
function builtDirs(): string[] {
  return [dirname(createRequire(import.meta.url).resolve("@procmine/core")), here];
}

/**
 * What `codeHash` costs a start to read (every module, some 30 ms) in one stat per module: a
 * sha256 of each module's path, size and modification time under `dirs`. A module written again
 * since the build (tsc, a checkout, a copy) changes it, and then the bytes decide.
 */
export function codeStamp(dirs: readonly string[] | undefined = basename(here) === "dist" ? builtDirs() : undefined): string | undefined {
  if (dirs === undefined) return undefined;
  const hash = createHash("sha256");
  for (const dir of dirs) {
    for (const file of modulesUnder(dir)) {
      const { size, mtimeMs } = statSync(file);
      hash.update(`${relative(dir, file)}\0${size}\0${mtimeMs}\0`);
    }
  }
  return hash.digest("hex");
}

/**
 * The code hash of the modules running now, for `artifact`: the CLI bundle's own (see core's
 * `BUNDLED_CODE`), else the artifact's when they are the very files it was compiled with
 * (`codeStamp`), else read from their bytes.
 */
function runningCode(artifact: CompiledArtifact): string | undefined {
  // A bundle is the very code it was made of: its hash was taken then, no module is read now.
  if (BUNDLED_CODE !== undefined) return BUNDLED_CODE;
  const stamp = codeStamp();
  return stamp !== undefined && artifact.codeStamp === stamp ? artifact.code : codeHash();
}

function modulesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...modulesUnder(path));
    else if (e.name.endsWith(".js")) out.push(path);
  }
  return out.sort();
}

/** The artifact at `path` if it was compiled by the code running now (`code`, by default the running modules'), else undefined. */
export function readArtifact(path: string = ARTIFACT_PATH, code: string | undefined | ((artifact: CompiledArtifact) => string | undefined) = runningCode): CompiledArtifact | undefined {
  if (code === undefined || !existsSync(path)) return undefined;
  let artifact: CompiledArtifact;
  try {
    artifact = JSON.parse(readFileSync(path, "utf8")) as CompiledArtifact;
  } catch {
    return undefined;
  }
  if (artifact.format !== COMPILED_FORMAT) return undefined;
  const wanted = typeof code === "function" ? code(artifact) : code;
  return wanted !== undefined && artifact.code === wanted ? artifact : undefined;
}

/** Hand an artifact's validated data files and phrase tokens to core (see `loadDataFile`). */
export function useArtifact(artifact: CompiledArtifact, dataDir: string = DATA_DIR, coreDataDir: string = CORE_DATA_DIR): void {
  registerCompiledData(Object.entries(artifact.files).map(([name, file]) => [join(dataDir, name), file]));
  registerCompiledData(Object.entries(artifact.coreFiles ?? {}).map(([name, file]) => [join(coreDataDir, name), file]));
  seedChunks(artifact.chunks);
  if (artifact.scanner) seedScanner(artifact.scanner);
}

// Never in the way: an artifact that cannot be checked is not used, and the extractors compile.
let artifact: CompiledArtifact | undefined;
try {
  artifact = readArtifact();
} catch {
  artifact = undefined;
}
if (artifact) {
  // The lexicons' keys first: their ids must be those of the build, before seeding reads any key.
  try {
    loadLexicons(LEXICONS_PATH, artifact.code, DATA_DIR);
  } catch {
    // Unreadable: the extractors compile their lexicons.
  }
  startupMark("extractors: compiled lexicons read");
  useArtifact(artifact);
  // Read only when a piece needs wink-nlp; written by the same build as the artifact.
  seedWinkCore(WINK_CORE_PATH);
}
startupMark(artifact ? "extractors: compiled data and phrase pieces in place" : "extractors: no compiled artifact for this code");
