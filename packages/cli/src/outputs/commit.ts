/**
 * A dataset is replaced as a whole. A run writes its dataset into a new folder beside the out
 * dir (`<name>.procmine-new-<id>`, on the same file system) and, once every file is complete,
 * switches folders with two renames:
 *
 *   <name>  ->  <name>.procmine-old-<id>     the previous dataset, set aside
 *   <name>.procmine-new-<id>  ->  <name>     the new one, in place
 *
 * Both renames run back to back in one synchronous step (no signal handler or other callback
 * can run between them), so the out dir is either the previous complete dataset or the new
 * complete one, except for the instant between the two system calls. If the process dies in
 * that instant, `<name>` is missing and both complete datasets are beside it; the next run (under
 * the lock, before anything else) finishes the switch. Node has no renameat2(RENAME_EXCHANGE),
 * which would swap two folders in one call, and a symbolic link swap would make the dataset a
 * link (copied as a link by cp -r, tar, zip, git), so two renames it is.
 *
 * Files in the out dir that procmine did not write (anything the previous manifest does not
 * list, apart from manifest.json and run.json) are carried into the new folder as hard links
 * before the switch (the same files, not copies: they never disappear, and a file still being
 * written keeps growing in place); where hard links are not supported they are moved across
 * right after it. Nothing of theirs is ever deleted; a new output file by the same name as one
 * of them replaces it, as it always did; a folder of theirs in the way of an output, or an
 * output in the way of one of their folders, stops the run before the switch.
 *
 * What a killed run leaves beside the out dir (its unfinished new folder, with the spool folder
 * inside it, and a set-aside previous dataset) is cleaned by the next run into the same folder.
 */
import { createHash, randomBytes } from "node:crypto";
import { lstatSync, renameSync, rmSync } from "node:fs";
import { chmod, link, lstat, mkdir, readFile, readdir, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, normalize, resolve, sep } from "node:path";

/** The out dir cannot hold a dataset: reported as `procmine: <dir>: <reason>`, nothing annotated. */
export class OutDirError extends Error {
  override readonly name = "OutDirError";
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(reason);
  }
}

const OUT_DIR_REASONS: Record<string, string> = {
  EEXIST: "cannot write the dataset here: it is a file, not a folder",
  ENOTDIR: "cannot write the dataset here: part of the path is a file, not a folder",
  EACCES: "cannot write the dataset here: permission denied",
  EPERM: "cannot write the dataset here: permission denied",
  EROFS: "cannot write the dataset here: read-only file system",
  ENOSPC: "cannot write the dataset here: no space left on device",
};

export function outDirReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  return OUT_DIR_REASONS[code] ?? `cannot write the dataset here: ${(e as Error).message}`;
}

/** Where a dataset lives and the names of the things procmine keeps beside it. */
export interface DatasetTarget {
  /** The out dir as the user wrote it, for messages. */
  given: string;
  /** Absolute path of the dataset folder (a symbolic link to a folder is followed). */
  path: string;
  /** Its parent folder, where the new folder, the set-aside one and the lock are made. */
  parent: string;
  /** Prefix of the sibling names. */
  base: string;
  lockPath: string;
}

/** Longest base kept whole in sibling names (names are at most 255 bytes; the suffix takes ~30). */
const MAX_BASE_BYTES = 200;

function siblingBase(name: string): string {
  if (Buffer.byteLength(name) <= MAX_BASE_BYTES) return name;
  let cut = name;
  while (Buffer.byteLength(cut) > MAX_BASE_BYTES - 13) cut = cut.slice(0, -1);
  return `${cut}~${createHash("sha256").update(name).digest("hex").slice(0, 12)}`;
}

/** Find the dataset folder for `outDir` (relative to `cwd`) and check that it can be replaced as a whole. */
export async function resolveTarget(outDir: string, cwd: string): Promise<DatasetTarget> {
  let path = resolve(cwd, outDir);
  try {
    path = await realpath(path);
    const info = await stat(path);
    if (!info.isDirectory()) throw new OutDirError(outDir, OUT_DIR_REASONS.EEXIST!);
  } catch (e) {
    if (e instanceof OutDirError) throw e;
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new OutDirError(outDir, outDirReason(e));
    // Not there yet: make its parent (the dataset folder itself appears whole, at the end).
    try {
      await mkdir(dirname(path), { recursive: true });
      path = join(await realpath(dirname(path)), basename(path));
    } catch (e2) {
      throw new OutDirError(outDir, outDirReason(e2));
    }
  }
  const parent = dirname(path);
  if (parent === path) throw new OutDirError(outDir, "cannot write the dataset here: procmine replaces the out dir as a whole, and this is the root folder");
  const here = await realpath(cwd).catch(() => resolve(cwd));
  if (here === path || here.startsWith(path + sep)) {
    throw new OutDirError(outDir, "cannot write the dataset here: procmine replaces the out dir as a whole, and you are inside it (give -o a folder below it, e.g. -o dataset)");
  }
  const [own, up] = await Promise.all([stat(path).catch(() => undefined), stat(parent)]);
  if (own && own.dev !== up.dev) {
    throw new OutDirError(outDir, "cannot write the dataset here: procmine replaces the out dir as a whole, and this one is a mount point (write to a folder inside it)");
  }
  const base = siblingBase(basename(path));
  return { given: outDir, path, parent, base, lockPath: join(parent, `${base}.procmine-lock`) };
}

const SPOOL = ".procmine-spool";

/** The folder a run writes its dataset into, beside the out dir. */
export class StagedDataset {
  state: "building" | "switching" | "done" | "discarding" | "discarded" = "building";

  private constructor(
    readonly target: DatasetTarget,
    readonly id: string,
    /** The new dataset folder. */
    readonly dir: string,
  ) {}

  /** Where the workers spool huge documents' outputs (inside the new folder, removed before the switch). */
  get spoolDir(): string {
    return join(this.dir, SPOOL);
  }

  static async create(target: DatasetTarget, onNamed?: (staging: StagedDataset) => void): Promise<StagedDataset> {
    const id = `${process.pid}-${randomBytes(4).toString("hex")}`;
    const staging = new StagedDataset(target, id, join(target.parent, `${target.base}.procmine-new-${id}`));
    // Named before the folder exists, so an exit while it is being made (a second Ctrl-C) removes it.
    onNamed?.(staging);
    try {
      await mkdir(staging.dir);
      await mkdir(staging.spoolDir);
    } catch (e) {
      await rm(staging.dir, { recursive: true, force: true }).catch(() => undefined);
      throw new OutDirError(target.given, `${outDirReason(e).replace("here", "beside this folder")} (procmine builds the new dataset there, then switches it in)`);
    }
    return staging;
  }

  /** Make the new folder the dataset (see the top of this file). */
  async commit(): Promise<void> {
    if (this.state !== "building") throw new Error(`cannot commit a dataset that is ${this.state}`);
    const { path } = this.target;
    await rm(this.spoolDir, { recursive: true, force: true });
    const previous = await lstat(path).catch(() => undefined);
    const owned = previous ? await ownedFiles(path) : undefined;
    if (previous && owned) {
      await carryOver(path, this.dir, owned, this.target.given);
      await chmod(this.dir, previous.mode & 0o7777).catch(() => undefined);
    }
    const aside = join(this.target.parent, `${this.target.base}.procmine-old-${this.id}`);
    this.state = "switching";
    try {
      switchFolders(this.dir, path, aside);
    } catch (e) {
      // Nothing switched (a failed second rename is undone): the run fails as any other would.
      this.state = "building";
      throw e;
    }
    this.state = "done";
    if (!lstatOrUndefined(aside)) return;
    try {
      if (owned) await sweep(aside, path, owned);
      await rm(aside, { recursive: true, force: true });
    } catch {
      // The new dataset is in place; whatever is left of the previous one (and any file of the
      // user's not yet moved out of it) is finished by the next run's recoverDataset.
    }
  }

  /** Remove the new folder (the run failed or was interrupted): the out dir stays as it was. */
  async discard(): Promise<void> {
    if (this.state !== "building") return;
    // "discarding" until the folder is gone: an exit in the meantime (a second Ctrl-C) finishes it.
    this.state = "discarding";
    await rm(this.dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
    this.state = "discarded";
  }

  /** The same, from an exit handler. During the switch nothing is removed: the next run finishes it. */
  discardSync(): void {
    if (this.state !== "building" && this.state !== "discarding") return;
    this.state = "discarded";
    removeFolderSync(this.dir);
  }
}

/**
 * Remove a folder from an exit handler. An open already handed to libuv's thread pool may still
 * create a file while the folder is emptied; rmSync's own retries only retry the last rmdir, so
 * the folder is emptied again after a pause that lets those opens land. What still fails is left
 * to the next run into this folder.
 */
function removeFolderSync(dir: string): void {
  for (let attempt = 1; attempt <= 10; attempt++) {
    try {
      rmSync(dir, { recursive: true, force: true });
      return;
    } catch {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10 * attempt);
    }
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The switch itself: synchronous, so nothing runs between the two renames. A missing or empty
 * out dir is replaced by one rename (rename(2) replaces an empty folder atomically).
 */
function switchFolders(fresh: string, path: string, aside: string): void {
  try {
    renameSync(fresh, path);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "ENOTEMPTY" && code !== "EEXIST") throw e;
  }
  renameSync(path, aside);
  try {
    renameSync(fresh, path);
  } catch (e) {
    renameSync(aside, path);
    throw e;
  }
}

/** What procmine wrote in a dataset folder (relative paths with `/`): its manifest's outputs. */
export interface Owned {
  files: Set<string>;
  /** Folders that hold outputs (`documents`, `review`): looked into, never carried whole. */
  dirs: Set<string>;
}

export async function ownedFiles(dir: string): Promise<Owned> {
  const files = new Set(["manifest.json", "run.json"]);
  try {
    const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as { outputs?: unknown };
    if (Array.isArray(manifest.outputs)) {
      for (const o of manifest.outputs) {
        const file = (o as { file?: unknown }).file;
        if (typeof file === "string" && insideFolder(file)) files.add(file);
      }
    }
  } catch {
    // no dataset here yet, or not one procmine wrote: everything but manifest.json and run.json is foreign
  }
  const dirs = new Set<string>();
  for (const f of files) {
    const parts = f.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  return { files, dirs };
}

/** A relative `/`-separated path that stays inside the folder (a hand-edited manifest must not reach outside). */
function insideFolder(file: string): boolean {
  if (file === "" || isAbsolute(file) || file.includes("\0")) return false;
  const parts = file.split("/");
  return !parts.some((p) => p === ".." || p === "." || p === "") && normalize(file) === file.split("/").join(sep);
}

/** Names earlier procmine versions gave their temporary files (`.annotations.jsonl.4242.tmp`), left by a crash. */
const LEGACY_TMP_TOP = /^\.(annotations\.jsonl|annotations\.csv|documents\.csv|review\.html|manifest\.json|run\.json)\.\d+\.tmp$/;
const LEGACY_TMP_DOC = /^\..+\.json\.\d+\.tmp$/;
const legacyTmp = (rel: string, name: string) => (rel === "" ? LEGACY_TMP_TOP.test(name) : rel === "documents" && LEGACY_TMP_DOC.test(name));

/** Walk the entries of `root` that procmine did not write, handing each to `visit`. */
async function forEachForeign(
  root: string,
  owned: Owned,
  visit: (rel: string, isDir: boolean) => Promise<"descend" | "done">,
  rel = "",
): Promise<void> {
  let entries;
  try {
    entries = await readdir(rel ? join(root, rel) : root, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw e;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const key = rel ? `${rel}/${entry.name}` : entry.name;
    const childRel = rel ? join(rel, entry.name) : entry.name;
    const isDir = entry.isDirectory();
    if (!isDir && owned.files.has(key)) continue;
    if (!isDir && legacyTmp(rel.split(sep).join("/"), entry.name)) continue;
    if (isDir && owned.dirs.has(key)) {
      await forEachForeign(root, owned, visit, childRel);
      continue;
    }
    if ((await visit(childRel, isDir)) === "descend") await forEachForeign(root, owned, visit, childRel);
  }
}

/** A foreign entry and a new output want one name in incompatible ways (a folder and a file). */
export class ForeignClashError extends OutDirError {}

/** Hard-link every foreign entry of `from` into the new folder `to`; links that fail are moved after the switch. */
async function carryOver(from: string, to: string, owned: Owned, given: string): Promise<void> {
  await forEachForeign(from, owned, async (rel, isDir) => {
    const there = await lstat(join(to, rel)).catch(() => undefined);
    if (isDir) {
      if (there && !there.isDirectory()) throw clash(given, rel, "a folder");
      if (!there) {
        await mkdir(join(to, rel), { recursive: true });
        const mode = (await stat(join(from, rel))).mode & 0o7777;
        await chmod(join(to, rel), mode).catch(() => undefined);
      }
      return "descend";
    }
    if (there?.isDirectory()) throw clash(given, rel, "a file");
    if (there) return "done"; // a new output by that name replaces it, as a rerun always did
    try {
      await mkdir(dirname(join(to, rel)), { recursive: true });
      await link(join(from, rel), join(to, rel));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return "done"; // removed by its owner meanwhile
      // No hard links here (FAT, some network file systems): moved across after the switch.
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EMLINK" && code !== "EXDEV") throw e;
    }
    return "done";
  });
}

function clash(given: string, rel: string, what: string): ForeignClashError {
  return new ForeignClashError(
    join(given, rel),
    `${what} procmine did not write is in the way of this run's outputs; move it out of the dataset folder (the previous dataset was kept)`,
  );
}

/** After the switch: move whatever foreign entry the new folder still lacks from the set-aside folder. */
async function sweep(aside: string, path: string, owned: Owned): Promise<void> {
  await forEachForeign(aside, owned, async (rel, isDir) => {
    const there = await lstat(join(path, rel)).catch(() => undefined);
    if (!there) {
      await mkdir(dirname(join(path, rel)), { recursive: true });
      await rename(join(aside, rel), join(path, rel)).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== "ENOENT") throw e;
      });
      return "done";
    }
    return isDir && there.isDirectory() ? "descend" : "done";
  });
}

const SIBLING = (base: string) => new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.procmine-(new|old)-(\\d+-[0-9a-f]+)$`);

/**
 * Put right what an earlier run into this folder left when it was killed: finish a switch it
 * was in the middle of, move foreign files out of a set-aside dataset, remove its unfinished new
 * folder (and the spool inside it) and stray lock takeovers. Call with the lock held: then every
 * sibling belongs to a run that is gone. Returns the names removed.
 */
export async function recoverDataset(target: DatasetTarget): Promise<string[]> {
  const pattern = SIBLING(target.base);
  const names = await readdir(target.parent).catch(() => [] as string[]);
  const siblings = names.map((name) => ({ name, m: pattern.exec(name) })).filter((s) => s.m);
  const old = siblings.filter((s) => s.m![1] === "old");
  const fresh = new Map(siblings.filter((s) => s.m![1] === "new").map((s) => [s.m![2]!, s.name]));
  if (!lstatOrUndefined(target.path) && old.length > 0) {
    // Killed between the two renames: the new folder is complete (it is set up only then).
    const last = old.sort((a, b) => (lstatOrUndefined(join(target.parent, b.name))?.mtimeMs ?? 0) - (lstatOrUndefined(join(target.parent, a.name))?.mtimeMs ?? 0))[0]!;
    const next = fresh.get(last.m![2]!);
    if (next) {
      renameSync(join(target.parent, next), target.path);
      fresh.delete(last.m![2]!);
    } else {
      renameSync(join(target.parent, last.name), target.path);
      old.splice(old.indexOf(last), 1);
    }
  }
  const removed: string[] = [];
  for (const s of old) {
    const aside = join(target.parent, s.name);
    if (lstatOrUndefined(target.path)) await sweep(aside, target.path, await ownedFiles(aside));
    await rm(aside, { recursive: true, force: true });
    removed.push(s.name);
  }
  for (const name of fresh.values()) {
    await rm(join(target.parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  const lockName = basename(target.lockPath);
  for (const name of names) {
    if (name.startsWith(`${lockName}.stale-`)) {
      await rm(join(target.parent, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}
