/**
 * manifest.json: what a dataset needs to be cited and reproduced (versions, a sha256 of every
 * data file and input, the options, counts, the output files' hashes). Everything in it is
 * determined by the inputs and the installed procmine, so it is byte-identical between runs;
 * timing and the machine go to run.json, the one file that varies.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ANNOTATION_TYPES, CORE_VERSION, layout, type AnnotationType } from "@procmine/core";
import { PDF_DATA_FILES } from "@procmine/pdf";
import type { InputProblem } from "./inputs.js";
import type { OutputFile } from "./outputs/atomic.js";
import type { RunExtractors } from "./extensions.js";
import { displayPath } from "./paths.js";
import { zeroCounts, type DocumentResult, type ExtractorInfo, type TypeCounts } from "./protocol.js";
import { VERSION } from "./version.js";

export interface DataFileEntry {
  /** `<package name>/<path inside the package>`, the same on every machine. */
  file: string;
  sha256: string;
}

export interface ManifestExtractor {
  name: string;
  version: string;
  types: AnnotationType[];
  requires?: AnnotationType[];
  /** A user extractor's module (`--extractor`), named as the dataset names its inputs. */
  module?: DataFileEntry;
  dataFiles: DataFileEntry[];
}

export interface ManifestInput {
  doc: string;
  path: string;
  bytes?: number;
  sha256?: string;
  /** utf-8, utf-16le or utf-16be (UTF-16 needs a byte-order mark); offsets are in the decoded text. */
  encoding?: string;
  characters?: number;
  pages?: number;
  /** Which pages `page` counts: physical, printed, marked or none (core's PageNumbering). */
  pageNumbering?: string;
  sections?: number;
  lang?: string;
  annotations?: Partial<TypeCounts>;
  /** Invalid mentions left out (only when there were some). */
  skipped?: number;
  error?: string;
}

export interface Manifest {
  procmine: { version: string; core: string };
  extractors: ManifestExtractor[];
  dataFiles: DataFileEntry[];
  /** The researcher's data files (`--data`, procmine.config.json), in the order merged. */
  userData: DataFileEntry[];
  dependencies: Record<string, string>;
  options: { types: AnnotationType[]; formats: string[] };
  totals: { documents: number; failed: number; problems: number; bytes: number; characters: number; annotations: Partial<TypeCounts> };
  inputs: ManifestInput[];
  problems: InputProblem[];
  outputs: OutputFile[];
  note: string;
  /** Only in a partial dataset (`--shard i/n`): which part, and where each document's bytes are. */
  shard?: ShardIndex;
}

/** What describes the run rather than its documents: every part of a sharded run must agree on it. */
export type RunDescription = Pick<Manifest, "procmine" | "extractors" | "dataFiles" | "userData" | "dependencies" | "options">;

export interface ShardIndex {
  index: number;
  count: number;
  /** Per document of this part, in order: its byte range in each file documents are appended to. */
  documents: ShardDocument[];
}

export interface ShardDocument {
  doc: string;
  ranges: Record<string, [number, number]>;
  /** documents.csv's paragraph_langs (not in the manifest's inputs). */
  paragraphLangs?: string;
  /** The brat attribute values the document uses (for annotation.conf). */
  brat?: string;
}

export function hashFile(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** The nearest package.json above a file, for a machine-independent name of the file. */
function owningPackage(path: string): { dir: string; name: string; json: Record<string, unknown> } | undefined {
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    const pj = join(dir, "package.json");
    if (existsSync(pj)) {
      const json = JSON.parse(readFileSync(pj, "utf8")) as Record<string, unknown>;
      if (typeof json.name === "string") return { dir, name: json.name, json };
    }
  }
  return undefined;
}

export function dataFileEntry(path: string, cwd: string): DataFileEntry {
  const pkg = owningPackage(path);
  // procmine's own files by package; anyone else's as the dataset names its inputs.
  const file = pkg?.name.startsWith("@procmine/") ? `${pkg.name}/${relative(pkg.dir, path).split("\\").join("/")}` : displayPath(path, cwd);
  return { file, sha256: hashFile(resolve(cwd, path)) };
}

/** What the manifest says of each extractor that ran (in the order it ran). */
export function extractorInfo(run: RunExtractors): ExtractorInfo[] {
  return run.pipeline.active.map((e) => {
    const m = run.moduleOf.get(e);
    return {
      name: e.name,
      version: e.version,
      types: [...e.types],
      ...(e.requires?.length ? { requires: [...e.requires] } : {}),
      dataFiles: [...(e.dataFiles ?? [])],
      ...(m ? { module: { path: m.path, sha256: m.sha256 } } : {}),
    };
  });
}

/** Installed versions of the packages whose behaviour shapes the output (tokenizer, model, NLP). */
function dependencyVersions(packageFiles: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of packageFiles) {
    const pkg = owningPackage(file);
    if (!pkg) continue;
    const deps = Object.keys((pkg.json.dependencies as Record<string, string> | undefined) ?? {});
    for (const dep of deps) {
      if (dep.startsWith("@procmine/")) continue;
      out[dep] = installedVersion(pkg.dir, dep) ?? String((pkg.json.dependencies as Record<string, string>)[dep]);
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function installedVersion(fromDir: string, dep: string): string | undefined {
  for (let dir = fromDir; dir !== dirname(dir); dir = dirname(dir)) {
    const pj = join(dir, "node_modules", dep, "package.json");
    if (existsSync(pj)) return (JSON.parse(readFileSync(pj, "utf8")) as { version?: string }).version;
  }
  return undefined;
}

export interface ManifestParts {
  /** Every extractor that ran, whether or not its type is in the output (a layer another reads). */
  extractors: readonly ExtractorInfo[];
  /** The researcher's data files (absolute paths). */
  userData?: readonly string[];
  types: AnnotationType[];
  formats: string[];
  results: readonly DocumentResult[];
  problems: readonly InputProblem[];
  outputs: OutputFile[];
  /** The run's folder: paths in the manifest are relative to it (paths.ts). */
  cwd: string;
}

export function buildManifest(parts: ManifestParts): Manifest {
  const problems = parts.problems.map((p) => ({ ...p, path: displayPath(p.path, parts.cwd) }));
  return assembleManifest(describeRun(parts), parts.types, parts.results, problems, parts.outputs);
}

function describeRun(parts: Pick<ManifestParts, "extractors" | "userData" | "types" | "formats" | "cwd">): RunDescription {
  const { cwd } = parts;
  const entry = (path: string) => dataFileEntry(path, cwd);
  const extractors: ManifestExtractor[] = parts.extractors.map((e) => ({
    name: e.name,
    version: e.version,
    types: [...e.types],
    ...(e.requires ? { requires: [...e.requires] } : {}),
    ...(e.module ? { module: { file: displayPath(e.module.path, cwd), sha256: e.module.sha256 } } : {}),
    dataFiles: [...e.dataFiles].sort().map(entry),
  }));
  const core = layout();
  const userData = (parts.userData ?? []).map(entry);
  const pdf = PDF_DATA_FILES.map(entry);
  const dataFiles = [entry(core.path), ...pdf, ...extractors.flatMap((e) => e.dataFiles), ...userData];
  const unique = [...new Map(dataFiles.map((d) => [d.file, d])).values()];
  const packages = ["@procmine/core", "@procmine/extractors", "@procmine/pdf"].map((p) => fileURLToPath(import.meta.resolve(p)));
  return {
    procmine: { version: VERSION, core: CORE_VERSION },
    extractors,
    dataFiles: unique,
    userData,
    dependencies: dependencyVersions(packages),
    options: { types: parts.types, formats: parts.formats },
  };
}

/** The manifest of a run's documents (`problems` already named as the dataset names paths); merge builds it too. */
export function assembleManifest(run: RunDescription, types: readonly AnnotationType[], results: readonly DocumentResult[], problems: readonly InputProblem[], outputs: OutputFile[]): Manifest {
  const selected = (counts: TypeCounts) => Object.fromEntries(types.map((t) => [t, counts[t]])) as Partial<TypeCounts>;
  const totals = zeroCounts();
  let bytes = 0;
  let characters = 0;
  const inputs: ManifestInput[] = results.map((r) => {
    bytes += r.bytes ?? 0;
    if (!r.ok) return { doc: r.doc, path: r.path, bytes: r.bytes, sha256: r.sha256, error: r.reason };
    characters += r.characters;
    for (const t of ANNOTATION_TYPES) totals[t] += r.counts[t];
    const entry: ManifestInput = { doc: r.doc, path: r.path, bytes: r.bytes, sha256: r.sha256, encoding: r.encoding, characters: r.characters, pages: r.pages, pageNumbering: r.pageNumbering, sections: r.sections, lang: r.lang, annotations: selected(r.counts) };
    if (r.skipped > 0) entry.skipped = r.skipped;
    return entry;
  });
  return {
    ...run,
    totals: {
      documents: results.length,
      failed: results.filter((r) => !r.ok).length,
      problems: problems.length,
      bytes,
      characters,
      annotations: selected(totals),
    },
    inputs,
    problems: [...problems],
    outputs,
    note: "Every field here is reproducible from the inputs and the installed procmine; timing is in run.json.",
  };
}
