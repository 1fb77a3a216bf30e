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
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { registerCompiledData, seedChunks, startupMark } from "@procmine/core";
import { loadLexicons } from "./lexicon-snapshots.js";

export const COMPILED_FORMAT = 1;

export interface CompiledArtifact {
  format: number;
  /** sha256 of the code that compiled it: every module of core and of the extractors. */
  code: string;
  /** Data file name (in the package's data/) -> the file's sha256 and its validated content. */
  files: Record<string, { sha256: string; data: unknown }>;
  /** The same for core's data files (in core's data/) that annotating reads. */
  coreFiles?: Record<string, { sha256: string; data: unknown }>;
  /** Phrase pieces and where each of their tokens starts and ends (see core's `seedChunks`). */
  chunks: [chunk: string, spans: number[]][];
}

const here = dirname(fileURLToPath(import.meta.url));
export const ARTIFACT_PATH = join(here, "..", "dist", "compiled.json");
export const DATA_DIR = join(here, "..", "data");
/** Core's data folder (beside its dist/, where `@procmine/core` resolves). */
export const CORE_DATA_DIR = join(dirname(createRequire(import.meta.url).resolve("@procmine/core")), "..", "data");
/** The built-in lexicons compiled (lexicon-snapshots.ts). */
export const LEXICONS_PATH = join(here, "..", "dist", "lexicons.bin");

/**
 * sha256 of the built modules of core and of the extractors (paths and bytes), or undefined when
 * they are not running from a build (`dist/`).
 */
export function codeHash(): string | undefined {
  if (basename(here) !== "dist") return undefined;
  const coreDir = dirname(createRequire(import.meta.url).resolve("@procmine/core"));
  const hash = createHash("sha256");
  for (const dir of [coreDir, here]) {
    for (const file of modulesUnder(dir)) hash.update(`${relative(dir, file)}\0`).update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
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

/** The artifact at `path` if it was compiled by the code running now, else undefined. */
export function readArtifact(path: string = ARTIFACT_PATH, code: string | undefined = codeHash()): CompiledArtifact | undefined {
  if (code === undefined || !existsSync(path)) return undefined;
  let artifact: CompiledArtifact;
  try {
    artifact = JSON.parse(readFileSync(path, "utf8")) as CompiledArtifact;
  } catch {
    return undefined;
  }
  return artifact.format === COMPILED_FORMAT && artifact.code === code ? artifact : undefined;
}

/** Hand an artifact's validated data files and phrase tokens to core (see `loadDataFile`). */
export function useArtifact(artifact: CompiledArtifact, dataDir: string = DATA_DIR, coreDataDir: string = CORE_DATA_DIR): void {
  registerCompiledData(Object.entries(artifact.files).map(([name, file]) => [join(dataDir, name), file]));
  registerCompiledData(Object.entries(artifact.coreFiles ?? {}).map(([name, file]) => [join(coreDataDir, name), file]));
  seedChunks(artifact.chunks);
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
}
startupMark(artifact ? "extractors: compiled data and phrase pieces in place" : "extractors: no compiled artifact for this code");
