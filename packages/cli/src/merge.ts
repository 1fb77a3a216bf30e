/**
 * `procmine merge part1/ part2/ … -o dataset/`: joins the partial datasets of a sharded run
 * (`annotate --shard i/n`) into the dataset one run over all the inputs would have written, byte
 * for byte (run.json aside). Each part's manifest says where each of its documents' bytes are in
 * the files documents are appended to; merge puts the documents back in the one run's order and
 * hands them to the same writers annotate uses (headers, footers and the manifest are written
 * anew), into a new folder switched in whole under the out dir's lock, as annotate does.
 */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ANNOTATION_TYPES } from "@procmine/core";
import { FORMATS, type Format } from "./formats.js";
import { assembleManifest, type Manifest, type ManifestInput, type RunDescription, type ShardDocument } from "./manifest.js";
import { AtomicFile, abortAll, commitAll, writeJsonFiles } from "./outputs/atomic.js";
import { BRAT_DIR } from "./outputs/brat.js";
import { StagedDataset, recoverDataset, resolveTarget } from "./outputs/commit.js";
import { DOCUMENTS_DIR, documentFileName } from "./outputs/json.js";
import { REVIEW_DIR, reviewPartName } from "./outputs/html.js";
import { cleanUpOnExit, DatasetLock } from "./outputs/lock.js";
import { openWriters } from "./outputs/open-writers.js";
import type { FilePiece } from "./outputs/spool.js";
import { TEXTS_DIR } from "./outputs/texts.js";
import { zeroCounts, type DocumentResult } from "./protocol.js";
import { VERSION } from "./version.js";

/** A part that cannot be merged: `procmine: <path>: <reason>`, nothing written. */
export class MergeError extends Error {
  override readonly name = "MergeError";
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(reason);
  }
}

export interface MergeOptions {
  parts: readonly string[];
  outDir: string;
  command?: readonly string[];
  /** The folder relative paths (parts, out dir) are resolved in (default: process.cwd()). */
  cwd?: string;
}

export interface MergeResult {
  parts: number;
  documents: number;
  failed: number;
  files: string[];
}

interface Part {
  /** As the user named it (for messages). */
  dir: string;
  /** Where it is. */
  root: string;
  manifest: Manifest & { shard: NonNullable<Manifest["shard"]> };
  outputs: Set<string>;
}

/** The manifest fields every part of one run must share (same procmine, data, options), in the manifest's order. */
const RUN_FIELDS = ["procmine", "extractors", "dataFiles", "userData", "dependencies", "options"] as const;
/** The same, in the order a difference is reported: the most telling cause first. */
const CHECKED = ["options", "procmine", "dependencies", "userData", "dataFiles", "extractors"] as const;

async function readPart(dir: string, cwd: string): Promise<Part> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(resolve(cwd, dir), "manifest.json"), "utf8")) as Manifest;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new MergeError(dir, code === "ENOENT" ? "not a procmine dataset (no manifest.json)" : `unreadable manifest.json: ${(e as Error).message.split("\n", 1)[0]}`);
  }
  if (!manifest.shard) throw new MergeError(dir, "not a part of a sharded run (made without --shard i/n)");
  if (manifest.shard.documents.length !== manifest.inputs.length) throw new MergeError(dir, "manifest.json: shard.documents and inputs differ in length");
  return { dir, root: resolve(cwd, dir), manifest: manifest as Part["manifest"], outputs: new Set(manifest.outputs.map((o) => o.file)) };
}

/** Parts of one run: the same count, each index once, the same procmine, data, options and inputs. */
function checkParts(parts: Part[]): void {
  const first = parts[0]!;
  const count = first.manifest.shard.count;
  const seen = new Map<number, string>();
  for (const p of parts) {
    const { index, count: n } = p.manifest.shard;
    if (n !== count) throw new MergeError(p.dir, `is part ${index}/${n}, but ${first.dir} is part of ${count}`);
    if (seen.has(index)) throw new MergeError(p.dir, `is part ${index}/${n}, as ${seen.get(index)} is`);
    seen.set(index, p.dir);
    for (const field of CHECKED) {
      if (JSON.stringify(p.manifest[field]) !== JSON.stringify(first.manifest[field])) {
        throw new MergeError(p.dir, `made with other ${field === "options" ? "options" : field === "procmine" ? "procmine versions" : field === "dependencies" ? "library versions" : field} than ${first.dir} (manifest.json: ${field})`);
      }
    }
    if (JSON.stringify(p.manifest.problems) !== JSON.stringify(first.manifest.problems)) throw new MergeError(p.dir, `made from other inputs than ${first.dir} (manifest.json: problems)`);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new MergeError(first.dir, `part${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")} of this run not given`);
}

/** One document of a part, as the writers take it: its bytes are ranges of the part's files. */
function resultOf(part: Part, input: ManifestInput, sd: ShardDocument, index: number): DocumentResult {
  const range = (file: string): FilePiece[] => {
    const r = sd.ranges[file];
    return r ? [{ file: join(part.root, file), start: r[0], end: r[1], keep: true }] : [];
  };
  const whole = (file: string): FilePiece => ({ file: join(part.root, file), keep: true });
  const row = range("documents.csv")[0];
  const base = { index, doc: input.doc, path: input.path, ...(input.sha256 ? { sha256: input.sha256 } : {}), ...(input.bytes !== undefined ? { bytes: input.bytes } : {}), ...(row ? { row } : {}) };
  if (input.error !== undefined) return { ...base, ok: false, reason: input.error };
  const counts = zeroCounts();
  for (const t of ANNOTATION_TYPES) counts[t] = input.annotations?.[t] ?? 0;
  const formats = part.manifest.options.formats as Format[];
  const rendered: Extract<DocumentResult, { ok: true }>["rendered"] = {};
  if (formats.includes("jsonl")) rendered.jsonl = range("annotations.jsonl");
  if (formats.includes("csv")) rendered.csv = range("annotations.csv");
  if (formats.includes("html")) rendered.html = range("review.html");
  if (formats.includes("json")) rendered.json = [whole(`${DOCUMENTS_DIR}/${documentFileName(input.doc)}`)];
  if (formats.includes("brat")) rendered.brat = [whole(`${BRAT_DIR}/${input.doc}.txt`), whole(`${BRAT_DIR}/${input.doc}.ann`), sd.brat ?? "{}"];
  const text = `${TEXTS_DIR}/${input.doc}.txt`;
  const reviewParts: FilePiece[] = [];
  for (let k = 1; part.outputs.has(`${REVIEW_DIR}/${reviewPartName(input.doc, k)}`); k++) reviewParts.push(whole(`${REVIEW_DIR}/${reviewPartName(input.doc, k)}`));
  return {
    ...base,
    ok: true,
    sha256: input.sha256!,
    bytes: input.bytes!,
    encoding: (input.encoding ?? "utf-8") as "utf-8",
    characters: input.characters ?? 0,
    pages: input.pages ?? 0,
    pageNumbering: input.pageNumbering ?? "",
    sections: input.sections ?? 0,
    lang: input.lang ?? "",
    paragraphLangs: sd.paragraphLangs ?? "",
    counts,
    skipped: input.skipped ?? 0,
    rendered,
    ...(reviewParts.length ? { reviewParts } : {}),
    ...(part.outputs.has(text) ? { text: [whole(text)] } : {}),
  };
}

export async function mergeDatasets(options: MergeOptions): Promise<MergeResult> {
  const started = new Date();
  const t0 = performance.now();
  if (options.parts.length === 0) throw new MergeError(options.outDir, "no parts to merge");
  const cwd = options.cwd ?? process.cwd();
  const parts: Part[] = [];
  for (const dir of options.parts) parts.push(await readPart(dir, cwd));
  checkParts(parts);

  // The one run's order: by doc id (doc ids are unique in a run).
  const entries = parts.flatMap((part) => part.manifest.inputs.map((input, k) => ({ part, input, sd: part.manifest.shard.documents[k]! })));
  entries.sort((a, b) => (a.input.doc < b.input.doc ? -1 : a.input.doc > b.input.doc ? 1 : 0));
  for (let i = 1; i < entries.length; i++) {
    if (entries[i]!.input.doc === entries[i - 1]!.input.doc) throw new MergeError(entries[i]!.part.dir, `document "${entries[i]!.input.doc}" is also in ${entries[i - 1]!.part.dir}`);
  }
  const first = parts[0]!.manifest;
  const run = Object.fromEntries(RUN_FIELDS.map((f) => [f, first[f]])) as unknown as RunDescription;
  const types = first.options.types;
  const formats = FORMATS.filter((f) => (first.options.formats as string[]).includes(f));

  // Written whole beside the out dir and switched in at once, under its lock, as annotate does.
  const target = await resolveTarget(options.outDir, cwd);
  const lock = await DatasetLock.acquire(target.lockPath);
  let staging: StagedDataset | undefined;
  const dropExitCleanUp = cleanUpOnExit(lock, () => staging);
  try {
    await recoverDataset(target);
    staging = await StagedDataset.create(target, (named) => (staging = named));
    const outDir = staging.dir;
    const writers = await openWriters(outDir, formats, types, { version: VERSION, documents: entries.length });
    const results: DocumentResult[] = [];
    for (const [index, { part, input, sd }] of entries.entries()) {
      const r = resultOf(part, input, sd, index);
      for (const w of writers) await w.document(r);
      results.push(r.ok ? { ...r, rendered: {} } : r);
    }
    const files: AtomicFile[] = [];
    for (const w of writers) files.push(...(await w.finish()));
    const outputs = await commitAll(files);
    const manifest = assembleManifest(run, types, results, first.problems, outputs);
    const seconds = (performance.now() - t0) / 1000;
    const timing = {
      note: "Timing and machine of this merge; the only output file that differs from the dataset one run would have written.",
      started: started.toISOString(),
      finished: new Date().toISOString(),
      seconds: Math.round(seconds * 1000) / 1000,
      merged: parts.map((p) => ({ part: `${p.manifest.shard.index}/${p.manifest.shard.count}`, documents: p.manifest.inputs.length })),
      node: process.version,
      command: options.command ?? [],
    };
    await writeJsonFiles(outDir, { "manifest.json": manifest, "run.json": timing });
    await staging.commit();
    return { parts: parts.length, documents: entries.length, failed: manifest.totals.failed, files: [...outputs.map((o) => o.file), "manifest.json", "run.json"] };
  } catch (e) {
    if (staging) await abortAll(staging.dir);
    await staging?.discard().catch(() => undefined);
    throw e;
  } finally {
    await lock.release().catch(() => undefined);
    dropExitCleanUp();
  }
}
