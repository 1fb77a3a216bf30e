/**
 * The one directory walker: the files below a folder, for input folders, globs and eval's
 * prediction folders. What differs between them is an option, not another walker.
 */
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";

export interface WalkOptions {
  /** Which file names are listed (names starting with a dot are never listed nor entered). */
  accept: (name: string) => boolean;
  /**
   * Enter folders reached through symbolic links (a folder whose real path was seen is entered
   * once: no cycles). Without it a link is listed as a file, whatever it points at.
   */
  followLinks: boolean;
  /** How many levels below the root are entered at the most. */
  maxDepth?: number;
  /** A folder that cannot be read (`rel` "" for the root); without it the error is thrown. */
  onUnreadable?: (rel: string, error: unknown) => void;
}

export interface WalkedFile {
  /** The path below the root (joined with the platform's separator). */
  rel: string;
  /** A regular file, or a link whose target is one or cannot be reached (reading it says why). */
  regular: boolean;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The accepted files below `root` (an absolute path), folder by folder in code-unit order of names. */
export async function walkFiles(root: string, options: WalkOptions): Promise<WalkedFile[]> {
  const out: WalkedFile[] = [];
  const seen = options.followLinks ? new Set([await realpath(root).catch(() => root)]) : undefined;
  const maxDepth = options.maxDepth ?? Infinity;
  const visit = async (rel: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(rel ? join(root, rel) : root, { withFileTypes: true });
    } catch (e) {
      if (!options.onUnreadable) throw e;
      options.onUnreadable(rel, e);
      return;
    }
    entries.sort(byName);
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const childRel = rel ? join(rel, entry.name) : entry.name;
      let isDir = entry.isDirectory();
      let regular = entry.isFile();
      if (entry.isSymbolicLink() && seen) {
        const target = await stat(join(root, childRel)).catch(() => undefined);
        isDir = target?.isDirectory() ?? false;
        regular = target ? target.isFile() : true;
      }
      if (isDir) {
        if (seen) {
          const real = await realpath(join(root, childRel)).catch(() => join(root, childRel));
          if (seen.has(real)) continue;
          seen.add(real);
        }
        if (depth < maxDepth) await visit(childRel, depth + 1);
      } else if (options.accept(entry.name)) {
        out.push({ rel: childRel, regular });
      }
    }
  };
  await visit("", 0);
  return out;
}
