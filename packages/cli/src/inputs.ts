/**
 * Turn the command line's files, folders and globs into a sorted list of documents, and the
 * paths that gave none into problems (reported, never fatal to the rest of the batch).
 */
import { realpath, stat } from "node:fs/promises";
import { basename, extname, join, resolve, sep } from "node:path";
import { terminalPath, quoted } from "./display.js";
import { GlobError, globBase, globRegExp, isGlob } from "./glob.js";
import { notRegularReason } from "./inputs/read.js";
import { fsReason } from "./fs-reason.js";
import { walkFiles } from "./walk.js";

export interface InputDocument {
  /** The file name without its extension, as the gold files use; `stdin` for `-`. */
  doc: string;
  /** The path as the user wrote it (joined with the path found inside a folder); `-` for stdin. */
  path: string;
  stdin?: boolean;
}

export interface InputProblem {
  path: string;
  reason: string;
}

export interface Discovery {
  documents: InputDocument[];
  problems: InputProblem[];
}

/** Two inputs would write the same doc id: the run stops before doing any work. */
export class DuplicateDocumentError extends Error {
  override readonly name = "DuplicateDocumentError";
  constructor(readonly duplicates: { doc: string; paths: string[] }[]) {
    super(
      duplicates
        .map((d) => `duplicate document id ${quoted(d.doc)}: ${d.paths.map(terminalPath).join(", ")} (doc ids are file names without extension; rename one or annotate them in separate runs)`)
        .join("\n"),
    );
  }
}

export const STDIN_DOC = "stdin";

export function docIdOf(path: string): string {
  const name = basename(path);
  return basename(name, extname(name)) || name;
}

/** Folders are searched for `*.txt` and `*.pdf` (any case), skipping names that start with a dot. */
const isText = (name: string) => /\.(txt|pdf)$/i.test(name);

/** `cwd`: the folder relative inputs are found in; documents keep the paths as written. */
export async function discoverInputs(args: readonly string[], cwd: string): Promise<Discovery> {
  const at = (path: string) => resolve(cwd, path);
  const found: InputDocument[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    if (arg === "-") {
      found.push({ doc: STDIN_DOC, path: "-", stdin: true });
      continue;
    }
    let info;
    try {
      info = await stat(at(arg));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" && isGlob(arg)) {
        let matches: string[];
        try {
          matches = await expandGlob(arg, problems, at);
        } catch (e) {
          if (!(e instanceof GlobError)) throw e;
          problems.push({ path: arg, reason: e.message });
          continue;
        }
        if (matches.length === 0) problems.push({ path: arg, reason: "no files match this pattern" });
        found.push(...matches.map((path) => ({ doc: docIdOf(path), path })));
      } else if (code === "ENOENT") {
        problems.push({ path: arg, reason: "no such file or directory" });
      } else {
        problems.push({ path: arg, reason: fsReason(e).replace(/^cannot read: /, "") });
      }
      continue;
    }
    if (info.isDirectory()) {
      const files = await textFilesOf(arg, problems, at);
      if (files.length === 0) problems.push({ path: arg, reason: "no .txt or .pdf files in this folder" });
      found.push(...files.map((path) => ({ doc: docIdOf(path), path })));
    } else if (info.isFile()) {
      // An explicit file is annotated whatever its extension: the user named it.
      found.push({ doc: docIdOf(arg), path: arg });
    } else {
      // A FIFO would block the read forever, a device such as /dev/zero never ends.
      problems.push({ path: arg, reason: notRegularReason(info) });
    }
  }
  return { documents: await orderAndCheck(found, at), problems };
}

/** The text files of the folder `dir`, following symbolic links but not cycles. */
async function textFilesOf(dir: string, problems: InputProblem[], at: (path: string) => string): Promise<string[]> {
  const files: string[] = [];
  const walked = await walkFiles(at(dir), {
    accept: isText,
    followLinks: true,
    onUnreadable: (rel, e) => problems.push({ path: rel ? join(dir, rel) : dir, reason: `cannot read folder: ${fsReason(e).replace(/^cannot read: /, "")}` }),
  });
  for (const { rel, regular } of walked) {
    const path = join(dir, rel);
    const info = regular ? undefined : await stat(at(path)).catch(() => undefined);
    // A file that went between the two looks is still a document: reading it reports why it failed.
    if (!info) files.push(path);
    else problems.push({ path, reason: notRegularReason(info) });
  }
  return files;
}

/** The files a glob matches; a match that is not a regular file is a problem, a folder is skipped. */
async function expandGlob(pattern: string, problems: InputProblem[], at: (path: string) => string): Promise<string[]> {
  const { base, rest } = globBase(pattern);
  const re = globRegExp(rest);
  let all: string[];
  try {
    // Links are matched as files (stat below tells what they are); a subfolder that cannot be read is passed over.
    const walked = await walkFiles(at(base), { accept: () => true, followLinks: false, maxDepth: 64, onUnreadable: (rel, e) => { if (!rel) throw e; } });
    all = walked.map((f) => f.rel);
  } catch {
    return []; // reported as "no files match this pattern"
  }
  const files: string[] = [];
  for (const rel of all.filter((r) => re.test(r.split(sep).join("/")))) {
    const path = base === "." ? rel : join(base, rel);
    const info = await stat(at(path)).catch(() => undefined);
    // A broken link is still a document: reading it reports why it failed.
    if (!info || info.isFile()) files.push(path);
    else if (!info.isDirectory()) problems.push({ path, reason: notRegularReason(info) });
  }
  return files;
}

/** Drop repeats of one file, sort by doc id then path, and refuse two files with one doc id. */
async function orderAndCheck(found: InputDocument[], at: (path: string) => string): Promise<InputDocument[]> {
  const unique: InputDocument[] = [];
  const seen = new Set<string>();
  for (const d of found) {
    const key = d.stdin ? "\0stdin" : await realpath(at(d.path)).catch(() => at(d.path));
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(d);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  unique.sort((a, b) => cmp(a.doc, b.doc) || cmp(a.path, b.path));
  const duplicates: { doc: string; paths: string[] }[] = [];
  for (let i = 0; i < unique.length; ) {
    let j = i + 1;
    while (j < unique.length && unique[j]!.doc === unique[i]!.doc) j++;
    if (j - i > 1) duplicates.push({ doc: unique[i]!.doc, paths: unique.slice(i, j).map((d) => d.path) });
    i = j;
  }
  if (duplicates.length) throw new DuplicateDocumentError(duplicates);
  return unique;
}
